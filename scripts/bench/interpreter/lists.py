# Lists: append, index, slice, a map (comprehension), a filter (comprehension), sorted, unique, sum.
def bench():
    l = []
    for i in range(120000):
        l.append((i * 37) % 1000)
    doubled = [x * 2 for x in l]
    evens = [x for x in l if x % 2 == 0]
    middle = l[1000:2000]
    picked = 0
    for k in range(0, 120000, 7):
        picked += doubled[k]
    u = sorted(dict.fromkeys(l), reverse=True)
    print(len(evens), sum(evens), sum(middle), picked, len(u), u[0], u[-1], l[-1])


bench()
