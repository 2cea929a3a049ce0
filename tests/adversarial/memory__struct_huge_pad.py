# expect: limit=memory
import struct
struct.pack('100000000000x')
