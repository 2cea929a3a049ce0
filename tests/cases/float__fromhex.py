def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# === float.fromhex and float.hex round trip ===
for s in ['0x1.8p1', '-0x1p-1074', '0x1p-1075', '0x1.0000000000001p0', '0x1.00000000000008p0',
          '0x1.00000000000018p0', '0x1.fffffffffffffp1023', ' 0X1.AP+2 ', 'inf', '-Infinity', 'nan',
          '1', '.8', '8.', '0x.8p1', '0x123456789abcdef123p0', '0x1p-1022', '0x0.0000000000001p-1022',
          '0x1.8p-1074', '-0x0p0', '0x1P10']:
    t(lambda: float.fromhex(s))
for s in ['0x1p1024', '0x1p', 'p1', '', '0x1.8p+0x', '0x', 'abc', '1e5', '0x1..2']:
    t(lambda: float.fromhex(s))
for v in [0.1, 1e-310, 5e-324, 1.7976931348623157e308, 123.456, -2.5, 0.0]:
    print(v.hex(), float.fromhex(v.hex()) == v)
t(lambda: float.fromhex(1))
t(lambda: (1.5).fromhex('0x1p0'))
