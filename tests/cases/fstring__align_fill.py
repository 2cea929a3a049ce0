s = "cat"

# === alignment ===
print(f"[{s:<8}]", f"[{s:>8}]", f"[{s:^8}]", f"[{s:^7}]", f"[{s:8}]")

# === fill characters ===
print(f"[{s:*<8}]", f"[{s:->8}]", f"[{s:.^9}]", f"[{s:0>6}]", f"[{s: ^5}]")

# === numbers default right-aligned ===
print(f"[{42:8}]", f"[{42:<8}]", f"[{-42:^8}]", f"[{3.5:8}]")

# === = alignment pads after sign ===
print(f"[{-42:=8}]", f"[{42:=+8}]", f"[{-3.5:0=9}]", f"[{-255:#=10x}]")

# === width smaller than content ===
print(f"[{'longword':3}]", f"[{123456:2}]")

# === zero padding ===
print(f"{7:03}", f"{-7:03}", f"{3.14159:08.3f}", f"{-3.14159:08.3f}", f"{42:05d}")
