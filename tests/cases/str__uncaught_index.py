# === string access ===
word = "monty"
print(word[0], word[-1], word[1:3])
print(word[10:], word[-10:2])

# === handled error ===
try:
    word[-6]
except IndexError as e:
    print("handled:", e)

# === access that goes wrong ===
for i in range(len(word)):
    print(i, word[i])
print(word[len(word)])
