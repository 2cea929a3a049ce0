# === literals ===
empty = []
nums = [1, 2, 3]
mixed = [1, "two", 3.0, None, [5], (6,), True]
print(empty, nums, mixed, len(mixed))
print([1, 2, 3,], [[]], [[], []], type(nums).__name__)

# === indexing ===
print(nums[0], nums[-1], mixed[1], mixed[4][0], mixed[-2][0])

# === item assignment ===
nums[1] = 20
nums[-1] = 30
print(nums)

# === nested mutation visible through alias ===
grid = [[0, 0], [0, 0]]
row = grid[0]
row[1] = 5
print(grid)

# === IndexError ===
try:
    nums[3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    nums[-4] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    empty[0]
except IndexError as e:
    print(type(e).__name__, e)

# === TypeError for bad index ===
try:
    nums["0"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    nums[1.0]
except TypeError as e:
    print(type(e).__name__, e)
