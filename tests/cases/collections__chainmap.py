from collections import ChainMap, UserDict, UserList, UserString, OrderedDict

a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
c = {"w": 0, "x": 100}
cm = ChainMap(a, b, c)
print(cm)
print(cm["x"], cm["y"], cm["z"], cm["w"], cm.get("q"), cm.get("q", -1))
print(len(cm), list(cm), list(cm.keys()), list(cm.values()), list(cm.items()))
print("z" in cm, "q" in cm, bool(cm), bool(ChainMap()), bool(ChainMap({}, {})))
print(ChainMap(), ChainMap().maps)

cm["z"] = 3
cm["new"] = 4
print(a, b)
del cm["x"]
print(a, cm["x"])
try:
    del cm["z"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    cm["nothere"]
except KeyError as e:
    print(type(e).__name__, e)
print(cm.pop("new"), cm.pop("missing", "dflt"))
try:
    cm.pop("missing")
except KeyError as e:
    print(type(e).__name__, e)

child = cm.new_child()
child["x"] = "child"
print(child, child["x"], child.parents["x"])
print(child.parents == cm, child.maps[1:] == cm.maps)
kid = cm.new_child({"k": 1}, extra=2)
print(kid.maps[0])
print(cm.new_child(m=None, q=9).maps[0])

d = ChainMap({"a": 1}, {"b": 2})
print(d | {"c": 3}, {"c": 3} | d, type({"c": 3} | d).__name__)
d |= {"z": 26}
print(d)
print(d == {"a": 1, "b": 2, "z": 26}, d == ChainMap({"a": 1, "b": 2, "z": 26}), d != {})
cp = d.copy()
cp["a"] = 99
print(d["a"], cp["a"], cp.maps[1] is d.maps[1])
print(ChainMap.fromkeys("ab", 0))
e = ChainMap({"p": 1}, {"q": 2})
print(e.popitem(), e)
try:
    e.popitem()
except KeyError as ex:
    print(type(ex).__name__, ex)
e.clear()
print(e, e.setdefault("s", 5), e)
e.update({"t": 6}, u=7)
print(e, sorted(e))
print(ChainMap(OrderedDict(a=1), {"b": 2}))


class Defaulting(ChainMap):
    def __missing__(self, key):
        return "missing:" + key


print(Defaulting({"a": 1})["b"], Defaulting({"a": 1}))

ud = UserDict({"a": 1}, b=2)
ud["c"] = 3
print(ud, len(ud), ud["a"], "b" in ud, ud.get("zz"), list(ud), ud.data)
del ud["a"]
print(ud, ud == {"b": 2, "c": 3}, ud | {"d": 4}, type(ud.copy()).__name__)
try:
    ud["nope"]
except KeyError as ex:
    print(type(ex).__name__, ex)


class Counting(UserDict):
    def __missing__(self, key):
        return 0

    def __setitem__(self, key, value):
        super().__setitem__(key, value * 2)


cd = Counting(a=1)
cd["b"] = 5
print(cd, cd["zz"], cd.pop("a"), cd)

ul = UserList([3, 1, 2])
ul.append(5)
ul.sort()
print(ul, len(ul), ul[0], ul[1:], type(ul[1:]).__name__, ul + [9], [0] + ul, ul * 2)
ul.extend(UserList([7]))
ul.insert(0, -1)
print(ul, ul.pop(), ul.index(2), ul.count(3), 3 in ul, ul == [-1, 1, 2, 3, 5], ul < [0])
ul.reverse()
ul.remove(3)
print(ul, ul.data, list(reversed(ul)))
ul += (4,)
print(ul)
del ul[0]
ul[0] = "z"
print(ul, UserList())

us = UserString("Hello")
print(us, repr(us), len(us), us.upper(), us.lower(), us[1:3], us + "!", "<" + us, us * 2)
print(us.split("l"), us.replace("l", "L"), us.startswith("He"), us.find("l"), "ell" in us, us == "Hello")
print(type(us.upper()).__name__, us.strip("Ho"), us.center(9, "*"), us.count("l"), us.zfill(8))
