# Closures: functions defined inside a function, reading and assigning its variables, 120,000 calls.
def tally(step):
    total = calls = 0

    def bump(x):
        nonlocal total, calls
        total = total + x * step
        calls += 1

    for i in range(40000):
        bump(i % 100)
    return total + calls


def bench():
    total = 0
    for step in [1, 2, 3]:
        total += tally(step)
    print(total)


bench()
