# The string library: interpolation, upper, replace, contains, split, join and len, 20,000 rounds.
def bench():
    words = "alpha beta gamma delta epsilon zeta eta theta".split(" ")
    total = hits = 0
    out = ""
    for i in range(20000):
        w = words[i % 8]
        line = f"{w.upper()}-{i}-{w.replace('a', '4')}"
        if "4" in line:
            hits += 1
        out = "+".join(line.split("-"))
        total += len(out)
    print(hits, total, out)


bench()
