def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# === int.to_bytes ===
print((255).to_bytes(2, 'big'), (255).to_bytes(2, byteorder='little'))
print((1024).to_bytes(4, 'little'), (0).to_bytes(3, 'big'), (0).to_bytes(0, 'big'))
print((-1).to_bytes(2, 'big', signed=True), (-129).to_bytes(2, 'little', signed=True))
print((127).to_bytes(1, 'big', signed=True), (1).to_bytes(), True.to_bytes(1, 'big'))
print((2 ** 100).to_bytes(13, 'big'))
print((10).to_bytes(length=2, byteorder='big'))
t(lambda: (256).to_bytes(1, 'big'))
t(lambda: (128).to_bytes(1, 'big', signed=True))
t(lambda: (-1).to_bytes(1, 'big'))
t(lambda: (1).to_bytes(-1, 'big'))
t(lambda: (1).to_bytes(1, 'middle'))
t(lambda: (1).to_bytes(1.5, 'big'))
t(lambda: (1).to_bytes(1, 'big', 0))

# === int.from_bytes ===
print(int.from_bytes(b'\x00\xff', 'big'), int.from_bytes(b'\x00\xff', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\x7f', 'big', signed=True))
print(int.from_bytes(b'', 'big'), int.from_bytes(b'\x01\x00'), int.from_bytes([1, 2], 'big'))
print(int.from_bytes(bytes=b'\x01', byteorder='little'), int.from_bytes(b'\x80' * 10, 'big', signed=True))
print(int.from_bytes((255).to_bytes(4, 'little'), 'little'))
t(lambda: int.from_bytes('ab', 'big'))
t(lambda: int.from_bytes([256], 'big'))
t(lambda: int.from_bytes(5, 'big'))
t(lambda: int.from_bytes(b'1', 'sideways'))

# === the 4300-digit conversion limit ===
t(lambda: int('1' * 4300) > 0)
t(lambda: int('1' * 5000))
t(lambda: int('1' * 4301, 36))
t(lambda: int('1' * 5000, 16) > 0)
t(lambda: len(str(10 ** 4299)))
t(lambda: str(10 ** 4300))
