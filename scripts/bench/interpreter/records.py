# Records: build 60,000 of them, sort by a number field and by a string field, read fields back.
def bench():
    records = []
    for i in range(60000):
        records.append({"sid": f"ZB{(i * 7919) % 60013}", "n": (i * 104729) % 60013, "status": "completed"})
    by_n = sorted(records, key=lambda r: r["n"])
    by_sid = sorted(records, key=lambda r: r["sid"], reverse=True)
    checksum = 0
    for k in range(0, 60000, 2000):
        checksum += by_n[k]["n"]
    print(by_n[0]["sid"], by_n[-1]["sid"], by_sid[0]["sid"], by_sid[-1]["sid"], checksum)


bench()
