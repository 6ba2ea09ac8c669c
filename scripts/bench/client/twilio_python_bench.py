"""The official twilio library's side of the client benchmark.

Usage: twilio_python_bench.py BASE_URL ACCOUNT_SID SERVICE_SID BUILD_SID FETCHES PAGE_SIZE ROUNDS
(the auth token comes from TWILIO_AUTH_TOKEN). Prints one JSON line with the best time of
ROUNDS rounds for each measurement.
"""
import json
import os
import sys
import time

from twilio.rest import Client


def main() -> None:
    base_url, account_sid, service_sid, build_sid = sys.argv[1:5]
    fetches, page_size, rounds = int(sys.argv[5]), int(sys.argv[6]), int(sys.argv[7])
    client = Client(account_sid, os.environ["TWILIO_AUTH_TOKEN"])
    client.serverless.base_url = base_url
    service = client.serverless.v1.services(service_sid)

    service.builds(build_sid).fetch()  # warm-up: connection and imports
    fetch_seconds = list_seconds = float("inf")
    listed = 0
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(fetches):
            service.builds(build_sid).fetch()
        fetch_seconds = min(fetch_seconds, time.perf_counter() - start)

        start = time.perf_counter()
        listed = sum(1 for _ in service.builds.stream(page_size=page_size))
        list_seconds = min(list_seconds, time.perf_counter() - start)

    print(json.dumps({"fetch_seconds": fetch_seconds, "list_seconds": list_seconds, "listed": listed}))


if __name__ == "__main__":
    main()
