# bench: N=90
# Generator pipelines: chained generators, generator expressions, yield from.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x


def squared(xs):
    for x in xs:
        yield x * x


def chunks(xs, size):
    chunk = []
    for x in xs:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


total = sum(squared(evens(numbers(N * 1000))))
chunk_sums = [sum(c) for c in chunks(numbers(N * 100), 7)]
gen_expr = sum(x * 3 for x in range(N * 1000) if x % 5)
print(total, len(chunk_sums), chunk_sums[-1], gen_expr)
