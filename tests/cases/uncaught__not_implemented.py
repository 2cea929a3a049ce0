# === caught NotImplementedError first ===
try:
    raise NotImplementedError
except NotImplementedError as e:
    print("caught:", repr(e), isinstance(e, RuntimeError))

# === dispatch table with unimplemented handler ===
def handle_json(d):
    return "json:" + str(len(d))

def handle_xml(d):
    raise NotImplementedError("xml support is not implemented")

handlers = {"json": handle_json, "xml": handle_xml}
print(handlers["json"]([1, 2]))

# === uncaught NotImplementedError ===
handlers["xml"]([1])
