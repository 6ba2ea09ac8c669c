# 1,000,000 iterations of arithmetic and string building (inside a function, CPython's fastest form).
def bench():
    acc = 0
    parts = []
    for i in range(1000000):
        acc = acc + i * 3 % 7
        parts.append(str(i % 10))
    s = "".join(parts)
    print(len(s), acc)


bench()
