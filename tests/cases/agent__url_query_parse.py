# === URLs from a crawler tool ===
urls = [
    "https://example.com/search?q=rust&page=2&lang=en",
    "http://test.org/items?id=42",
    "https://example.com/about",
    "https://shop.example.com/cart?item=a&item=b&coupon=",
    "ftp://files.net/pub?x=1",
]

def parse_url(url):
    scheme, _, rest = url.partition("://")
    host_path, _, query = rest.partition("?")
    host, slash, path = host_path.partition("/")
    params = {}
    if query:
        for pair in query.split("&"):
            key, _, value = pair.partition("=")
            params.setdefault(key, []).append(value)
    return {"scheme": scheme, "host": host, "path": "/" + path, "params": params}

parsed = [parse_url(u) for u in urls]
for p in parsed:
    print(p["scheme"], p["host"], p["path"], p["params"])

# === group by host ===
hosts = {}
for p in parsed:
    hosts[p["host"]] = hosts.get(p["host"], 0) + 1
print(sorted(hosts.items(), key=lambda kv: (-kv[1], kv[0])))

# === filter secure with params ===
secure_with_params = [p["host"] + p["path"] for p in parsed if p["scheme"] == "https" and p["params"]]
print(secure_with_params)

# === rebuild query strings sorted ===
def build_query(params):
    parts = []
    for k in sorted(params):
        for v in params[k]:
            parts.append(f"{k}={v}")
    return "&".join(parts)

for p in parsed:
    q = build_query(p["params"])
    print(f"{p['scheme']}://{p['host']}{p['path']}" + (f"?{q}" if q else ""))

# === empty values ===
empty = [(p["host"], k) for p in parsed for k, vs in p["params"].items() if "" in vs]
print("empty params:", empty)
