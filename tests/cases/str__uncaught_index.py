# === string access that goes wrong ===
word = "monty"
print(word[0], word[-1], word[1:3])
for i in range(len(word)):
    print(i, word[i])
print(word[len(word)])
