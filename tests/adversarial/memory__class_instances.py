# expect: limit=memory
# limits: memory=2000000
# Instances are charged to the memory budget like any other object.
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
        self.payload = [0] * 10


head = None
while True:
    head = Node(head)
