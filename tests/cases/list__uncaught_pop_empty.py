# === draining a stack too far ===
stack = [1, 2]
print(stack.pop())
print(stack.pop())
print(stack)
stack.pop()
