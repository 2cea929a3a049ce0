# bench: N=60
# Recursion: naive Fibonacci (Python-to-Python call overhead).
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


total = 0
for i in range(N):
    total += fib(20)
print(total)
