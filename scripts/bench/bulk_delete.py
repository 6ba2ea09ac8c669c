"""Times deleting COUNT builds with buildsh (`parallel N`) and with the twilio Python library.

Run through scripts/bench/bulk-delete, which picks the binary and prepares the venv.
"""
import concurrent.futures
import os
import subprocess
import sys
import time

import requests
from twilio.rest import Client

ACCOUNT = "AC" + "b3" * 16
TOKEN = "bench-token-0123456789abcdef0123"


def start_sandbox(buildsh):
    process = subprocess.Popen(
        [buildsh, "sandbox", "serve", "--port", "0", "--in-memory", "--account", f"{ACCOUNT}:{TOKEN}",
         "--build-time", "0s"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    for line in process.stdout:
        if "listening on " in line:
            return process, line.split("listening on ", 1)[1].strip()
    raise SystemExit("bulk-delete: the sandbox did not start")


def make_builds(url, service_name, count):
    """A service with one function version and COUNT builds of it (16 requests at a time)."""
    client = Client(ACCOUNT, TOKEN)
    client.serverless.base_url = url
    service = client.serverless.v1.services.create(unique_name=service_name, friendly_name=service_name)
    function = client.serverless.v1.services(service.sid).functions.create(friendly_name="hello")
    upload = requests.post(
        f"{url}/v1/Services/{service.sid}/Functions/{function.sid}/Versions", auth=(ACCOUNT, TOKEN),
        data={"Path": "/hello", "Visibility": "public"},
        files={"Content": ("hello.js", b"exports.handler = (c, e, cb) => cb(null, 'hi');", "application/javascript")})
    upload.raise_for_status()
    version = upload.json()["sid"]
    builds = client.serverless.v1.services(service.sid).builds
    with concurrent.futures.ThreadPoolExecutor(16) as pool:
        list(pool.map(lambda _: builds.create(function_versions=[version]), range(count)))
    return client, service.sid


def remaining(client, service_sid):
    return len(list(client.serverless.v1.services(service_sid).builds.stream(page_size=1000)))


def time_buildsh(buildsh, url, service_name, parallel):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TWILIO_", "BUILDSH_"))}
    env.update(TWILIO_ACCOUNT_SID=ACCOUNT, TWILIO_AUTH_TOKEN=TOKEN, BUILDSH_API_URL=url)
    script = f"use service {service_name}; foreach b in (list builds page_size=100) parallel {parallel} {{ delete build $b }}"
    start = time.perf_counter()
    # As many requests in flight as the Python side has threads.
    result = subprocess.run([buildsh, "--yes", "--max-requests", str(parallel), "-c", script], env=env,
                            capture_output=True, text=True,
                            stdin=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"bulk-delete: buildsh failed ({result.returncode}): {result.stderr}")
    return elapsed


def time_python(client, service_sid, parallel):
    start = time.perf_counter()
    builds = client.serverless.v1.services(service_sid).builds
    sids = [build.sid for build in builds.stream(page_size=100)]
    with concurrent.futures.ThreadPoolExecutor(parallel) as pool:
        list(pool.map(lambda sid: builds(sid).delete(), sids))
    return time.perf_counter() - start


def main():
    buildsh, count, parallel = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    sandbox, url = start_sandbox(buildsh)
    try:
        client, first = make_builds(url, "bench-buildsh", count)
        buildsh_seconds = time_buildsh(buildsh, url, "bench-buildsh", parallel)
        assert remaining(client, first) == 0, "buildsh left builds behind"
        client, second = make_builds(url, "bench-python", count)
        python_seconds = time_python(client, second, parallel)
        assert remaining(client, second) == 0, "python left builds behind"
    finally:
        sandbox.terminate()
        sandbox.wait()
    print(f"deleting {count} builds, {parallel} at a time, sandbox at {url}")
    print(f"  buildsh ({os.path.relpath(buildsh)}): {buildsh_seconds:6.2f} s  ({count / buildsh_seconds:6.0f} deletes/s, process start included)")
    print(f"  python twilio 9.13.0:    {python_seconds:6.2f} s  ({count / python_seconds:6.0f} deletes/s)")
    print(f"  ratio python / buildsh: {python_seconds / buildsh_seconds:.2f}x")


if __name__ == "__main__":
    main()
