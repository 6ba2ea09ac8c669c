"""`buildsh sandbox serve` on a data file: the generated account, its one-time token, and persistence."""
import os
import re
import subprocess

from twilio.rest import Client


def start(data_path):
    process = subprocess.Popen(
        [os.environ["BUILDSH_BIN"], "sandbox", "serve", "--port", "0", "--data", str(data_path), "--build-time", "0s"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    banner = []
    for line in process.stdout:
        banner.append(line)
        if line.startswith("Press Ctrl-C"):
            break
    return process, "".join(banner)


def stop(process):
    process.terminate()
    assert process.wait(timeout=20) == 0


def client_for(url, sid, token):
    client = Client(sid, token)
    client.serverless.base_url = url
    return client


def test_first_start_creates_an_account_and_shows_its_token_once(tmp_path):
    data = tmp_path / "sandbox.sqlite"
    process, banner = start(data)
    try:
        url = re.search(r"http://[0-9.:]+", banner).group(0)
        sid, token = re.search(r"account: (AC[0-9a-f]{32})\s+auth token: ([0-9a-f]{32})", banner).groups()
        created = client_for(url, sid, token).serverless.v1.services.create(unique_name="kept", friendly_name="Kept")
    finally:
        stop(process)

    process, banner = start(data)
    try:
        assert sid in banner
        assert token not in banner
        url = re.search(r"http://[0-9.:]+", banner).group(0)
        services = client_for(url, sid, token).serverless.v1.services.list()
        assert [s.sid for s in services] == [created.sid]
    finally:
        stop(process)
