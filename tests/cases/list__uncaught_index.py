# === safe indexing ===
scores = [88, 92, 75]
print(scores[0], scores[-1], scores[-3])
print(scores[5:], scores[1:10])

# === handled IndexError ===
try:
    scores[-4]
except IndexError as e:
    print("handled:", e)

# === walking off the end of a list ===
i = 0
while i < 3:
    print(i, scores[i])
    i += 1
print(scores[i])
