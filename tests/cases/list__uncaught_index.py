# === walking off the end of a list ===
scores = [88, 92, 75]
i = 0
while i < 3:
    print(i, scores[i])
    i += 1
print(scores[i])
