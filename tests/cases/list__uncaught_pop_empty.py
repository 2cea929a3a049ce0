# === using a list as a stack ===
stack = [1, 2]
stack.append(3)
print(stack.pop(), stack.pop(0))

# === handled bad index ===
try:
    stack.pop(10)
except IndexError as e:
    print("handled:", e)

# === draining a stack too far ===
print(stack.pop())
print(stack)
print(len(stack), bool(stack))
stack.pop()
