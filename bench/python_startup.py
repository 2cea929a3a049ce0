"""Start-up latency of the Python module `monty`, printed as a markdown table.

Run by `cargo xtask bench` in a venv holding a release build of monty-py.
"""

import statistics
import sys
import time

import monty

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 2000


def median_us(fn):
    for _ in range(ROUNDS // 10):  # warm up
        fn()
    times = []
    for _ in range(ROUNDS):
        t0 = time.perf_counter_ns()
        fn()
        times.append(time.perf_counter_ns() - t0)
    return statistics.median(times) / 1000, min(times) / 1000


compiled = monty.Monty('1 + 2')
with_input = monty.Monty('{"n": n + 1, "items": [n] * 3}', inputs=['n'])
cases = [
    ('Monty("1 + 2").run()', lambda: monty.Monty('1 + 2').run()),
    ('pre-compiled .run()', compiled.run),
    ('pre-compiled, input + dict out', lambda: with_input.run(inputs={'n': 41})),
]
assert compiled.run() == 3
print('| python module bench              |   median |  fastest |')
print('|----------------------------------|----------|----------|')
for name, fn in cases:
    med, fastest = median_us(fn)
    print(f'| {name:<32} | {med:>5.2f} µs | {fastest:>5.2f} µs |')
