# bench: N=120
# Sorting records with key functions, lambdas and tuples.
records = []
seed = 12345
for i in range(N * 100):
    seed = (seed * 1103515245 + 12345) % 2147483648
    records.append({"id": i, "score": seed % 1000, "name": "user" + str(seed % 5000)})
checksum = 0
for rep in range(3):
    by_score = sorted(records, key=lambda r: r["score"])
    by_name = sorted(records, key=lambda r: (r["name"], -r["id"]))
    by_both = sorted(records, key=lambda r: (r["score"] % 10, r["name"]), reverse=True)
    checksum += by_score[0]["id"] + by_name[-1]["id"] + by_both[len(by_both) // 2]["id"]
nums = [r["score"] for r in records]
nums.sort()
print(checksum, nums[:5], nums[-5:])
