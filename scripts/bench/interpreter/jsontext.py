# JSON: print 2,000 records as JSON text, parse the text back and print it again, 10 rounds.
import json


def bench():
    items = []
    for i in range(2000):
        items.append({"id": i, "name": f"item {i}", "tags": ["a", 'b"q', "ü"], "ok": i % 2 == 0,
                      "score": (i * 7) % 1000, "parent": None})
    text = json.dumps(items, separators=(",", ":"), ensure_ascii=False)
    total = 0
    for round in range(10):
        back = json.loads(text)
        total += back[round * 100]["score"]
        text = json.dumps(back, separators=(",", ":"), ensure_ascii=False)
    print(len(text), total)


bench()
