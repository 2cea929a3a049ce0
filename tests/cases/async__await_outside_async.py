print("never runs")


def f():
    return await g()
