"""`buildsh sandbox serve` on a data file: the generated account, its one-time token, and persistence."""
import os
import re

import served_sandbox
from twilio.rest import Client


def start(data_path):
    process, url, banner = served_sandbox.start(os.environ["BUILDSH_BIN"], "--data", str(data_path), "--build-time", "0s")
    return process, url, banner


def stop(process):
    assert served_sandbox.stop(process) == 0


def client_for(url, sid, token):
    client = Client(sid, token)
    client.serverless.base_url = url
    return client


def test_first_start_creates_an_account_and_shows_its_token_once(tmp_path):
    data = tmp_path / "sandbox.sqlite"
    process, url, banner = start(data)
    try:
        sid, token = re.search(r"account: (AC[0-9a-f]{32})\s+auth token: ([0-9a-f]{32})", banner).groups()
        created = client_for(url, sid, token).serverless.v1.services.create(unique_name="kept", friendly_name="Kept")
    finally:
        stop(process)

    process, url, banner = start(data)
    try:
        assert sid in banner
        assert token not in banner
        services = client_for(url, sid, token).serverless.v1.services.list()
        assert [s.sid for s in services] == [created.sid]
    finally:
        stop(process)
