# Many small procedure calls: 3 calls per iteration, 100,000 iterations.
def add(a, b):
    return a + b


def twice(x):
    return add(x, x)


def bench():
    acc = 0
    for i in range(100000):
        acc = add(acc, twice(i % 10))
    print(acc)


bench()
