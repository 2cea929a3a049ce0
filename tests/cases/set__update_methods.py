# === update / |= ===
s = {1, 2}
s.update([3, 4], (5,))
print(sorted(s))
s |= {6}
print(sorted(s))

# === intersection_update / &= ===
s.intersection_update(range(0, 10, 2))
print(sorted(s))
s &= {2, 4, 100}
print(sorted(s))

# === difference_update / -= ===
t = set(range(8))
t.difference_update({0, 1})
print(sorted(t))
t -= {7}
print(sorted(t))

# === symmetric_difference_update / ^= ===
t.symmetric_difference_update({2, 10})
print(sorted(t))
t ^= {3, 11}
print(sorted(t))

# === aliasing with augmented ops ===
u = {1}
alias = u
u |= {2}
print(alias is u, sorted(alias))
u = u | {3}
print(alias is u, sorted(alias), sorted(u))
