# expect: limit=memory
# limits: memory=8000000
x = []
while True:
    x.append(len(x))
