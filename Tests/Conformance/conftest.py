"""Starts `buildsh sandbox serve` once for the suite and points the official twilio library at it."""
import os
import pathlib
import subprocess
import sys
import time
import uuid

import pytest
import requests
from twilio.rest import Client

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "PythonSupport"))
import served_sandbox  # noqa: E402

ACCOUNT = ("AC" + "a" * 32, "conformance-token")
OTHER_ACCOUNT = ("AC" + "b" * 32, "conformance-token-2")
API_KEY = ("SK" + "c" * 32, "conformance-key-secret")


class Sandbox:
    """A running sandbox process and the helpers the tests share."""

    def __init__(self, url):
        self.url = url

    def client(self, account=ACCOUNT, token=None):
        client = Client(account[0], token or account[1])
        client.serverless.base_url = self.url
        return client

    def upload(self, service_sid, kind, parent_sid, path, content, visibility="public", account=ACCOUNT):
        """Creates a version by multipart upload, as the Serverless Toolkit does (the library has no upload)."""
        response = requests.post(
            f"{self.url}/v1/Services/{service_sid}/{kind}/{parent_sid}/Versions",
            auth=account,
            data={"Path": path, "Visibility": visibility},
            files={"Content": ("file", content, "application/javascript")},
            timeout=30,
        )
        assert response.status_code == 201, response.text
        return response.json()

    def control(self, method, path, **kwargs):
        return requests.request(method, f"{self.url}/sandbox/{path}", auth=ACCOUNT, timeout=30, **kwargs)


@pytest.fixture(scope="session")
def sandbox():
    binary = os.environ.get("BUILDSH_BIN")
    if not binary:
        pytest.fail("BUILDSH_BIN must name the buildsh binary (scripts/test sets it)")
    try:
        process, url, banner = served_sandbox.start(
            binary, "--in-memory", "--account", f"{ACCOUNT[0]}:{ACCOUNT[1]}",
            "--account", f"{OTHER_ACCOUNT[0]}:{OTHER_ACCOUNT[1]}", "--api-key", f"{API_KEY[0]}:{API_KEY[1]}",
            "--build-time", "200ms")
    except RuntimeError as error:
        pytest.fail(str(error))
    assert ACCOUNT[1] not in banner, "a token given with --account must not be printed"
    assert API_KEY[1] not in banner, "an API key secret must not be printed"
    yield Sandbox(url)
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        pytest.fail("the sandbox did not stop on SIGTERM")
    assert process.returncode == 0, f"the sandbox exited with {process.returncode}"


@pytest.fixture
def client(sandbox):
    return sandbox.client()


@pytest.fixture
def service(client):
    """A fresh service, deleted after the test."""
    created = client.serverless.v1.services.create(unique_name=f"conf-{uuid.uuid4().hex[:12]}", friendly_name="Conformance")
    yield created
    try:
        client.serverless.v1.services(created.sid).delete()
    except Exception:
        pass


def wait_for_build(service_context, build_sid, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status = service_context.builds(build_sid).build_status().fetch().status
        if status != "building":
            return status
        time.sleep(0.1)
    return "building"
