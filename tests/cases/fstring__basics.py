# === simple substitution ===
name = "World"
n = 3
print(f"Hello, {name}!", f"{n} items", F"upper F {n}", f"")

# === expressions ===
print(f"{n * 2}", f"{n > 2}", f"{name.lower()}", f"{name[::-1]}", f"{[i * i for i in range(n)]}")
print(f"{'yes' if n > 2 else 'no'}", f"{n if n else 'zero'}")

# === quotes inside ===
print(f"{'single'}", f'{"double"}', f"""{"triple" + 'mix'}""")

# === multi-line f-string ===
msg = (f"name={name} "
       f"n={n} "
       "plain {not_formatted}")
print(msg)

# === dict and method calls ===
person = {"first": "Ada", "last": "Lovelace"}
print(f"{person['first']} {person['last'].upper()} ({len(person)})")

# === None, bool, float values ===
print(f"{None} {True} {False} {0.1 + 0.2} {1e16} {-0.0}")

# === raw f-string ===
print(rf"\n{name}", fr"\t{n}")

# === str vs f-string equivalence ===
assert f"{n}" == str(n), "str equiv"
assert f"{name!r}" == repr(name), "repr equiv"
