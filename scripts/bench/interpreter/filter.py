# Build 100,000 records (dicts), then filter them (timed on its own) and count the matches.
import time


def bench():
    records = []
    for i in range(100000):
        status = "completed"
        if i % 3 == 0:
            status = "failed"
        records.append({"sid": f"ZB{i}", "status": status, "n": i})
    started = time.perf_counter()
    matches = len([r for r in records if r["status"] == "failed" and r["n"] > 50000])
    print("matches", matches, "filter_seconds", f"{time.perf_counter() - started:.6f}")


bench()
