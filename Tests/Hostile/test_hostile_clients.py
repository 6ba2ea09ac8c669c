"""The other way round: `buildsh sandbox serve` against clients that misbehave. Any account holder
can send these requests; none of them may take the sandbox down or hold its resources for ever."""

import base64
import json
import socket
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

import served_sandbox
from conftest import buildsh_binary

ACCOUNT = "AC" + "5a" * 16
TOKEN = "hostile-client-token-0123456789"
BASIC = "Basic " + base64.b64encode(f"{ACCOUNT}:{TOKEN}".encode()).decode()


@pytest.fixture
def sandbox():
    """A served sandbox with one account, at most 2 requests of it in flight and a 1 s read deadline."""
    process, url, _ = served_sandbox.start(
        buildsh_binary(), "--in-memory", "--build-time", "0s", "--account", f"{ACCOUNT}:{TOKEN}",
        "--max-concurrent", "2", "--read-timeout", "1s")
    yield url
    served_sandbox.stop(process)


def call(url, path, method="GET", form=None):
    data = urllib.parse.urlencode(form).encode() if form is not None else None
    request = urllib.request.Request(url + path, data=data, method=method, headers={"Authorization": BASIC})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null")


def test_a_huge_page_number_beside_a_page_token_is_refused_and_the_server_stays_up(sandbox):
    """Reproducer: `Page=9223372036854775807` beside a real PageToken overflowed `page + 1` while
    rendering the next page's URL, and the whole sandbox died."""
    for name in ("a", "b", "c"):
        assert call(sandbox, "/v1/Services", "POST", {"UniqueName": name, "FriendlyName": name})[0] == 201
    status, page = call(sandbox, "/v1/Services?PageSize=1")
    assert status == 200
    next_url = urllib.parse.urlsplit(page["meta"]["next_page_url"])
    query = dict(urllib.parse.parse_qsl(next_url.query))
    assert query["PageToken"]
    for bad in ("99999999999999999999999", "-1", "1e3"):
        query["Page"] = bad
        status, body = call(sandbox, next_url.path + "?" + urllib.parse.urlencode(query))
        assert status == 400, body
        assert body["code"] == 20001
    for huge in ("9223372036854775807", "9223372036854775806"):
        query["Page"] = huge
        status, body = call(sandbox, next_url.path + "?" + urllib.parse.urlencode(query))
        assert status == 200, body
        assert [s["unique_name"] for s in body["services"]] == ["b"]
        # The next page's URL still carries a page number, and following it works.
        following = urllib.parse.urlsplit(body["meta"]["next_page_url"])
        assert dict(urllib.parse.parse_qsl(following.query))["Page"] == "9223372036854775807"
        status, body = call(sandbox, following.path + "?" + following.query)
        assert status == 200, body
        assert [s["unique_name"] for s in body["services"]] == ["c"]
    # Still serving.
    assert call(sandbox, "/v1/Services")[0] == 200


def open_request_without_body(url):
    """Sends a POST's head, promising a body it never sends."""
    host, port = urllib.parse.urlsplit(url).hostname, urllib.parse.urlsplit(url).port
    connection = socket.create_connection((host, port))
    connection.sendall(
        (f"POST /v1/Services HTTP/1.1\r\nHost: {host}:{port}\r\nAuthorization: {BASIC}\r\n"
         "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\n").encode())
    return connection


def closed_within(connection, seconds):
    """Whether the server closes the connection (read gives EOF or a reset) within `seconds`."""
    connection.settimeout(seconds)
    try:
        while True:
            chunk = connection.recv(4096)
            if not chunk:
                return True
    except socket.timeout:
        return False
    except ConnectionResetError:
        return True


def test_a_client_that_never_sends_its_body_gives_its_slot_back(sandbox):
    """Reproducer: headers without the body held one of the account's concurrency slots for 45 s
    and more; two such connections made every request of the account 429."""
    stalled = [open_request_without_body(sandbox) for _ in range(2)]
    time.sleep(0.3)
    status, body = call(sandbox, "/v1/Services")
    assert status == 429, body  # both slots are taken while the heads wait for their bodies
    started = time.monotonic()
    for connection in stalled:
        assert closed_within(connection, 5), "the server kept a stalled request open"
    assert time.monotonic() - started < 4
    assert call(sandbox, "/v1/Services")[0] == 200


def test_a_client_that_drips_its_body_is_cut_off_at_the_deadline(sandbox):
    """A byte every 0.3 s keeps an idle timer happy; the deadline counts from the head."""
    connection = open_request_without_body(sandbox)
    connection.settimeout(0.3)
    started = time.monotonic()
    closed = False
    while time.monotonic() - started < 5:
        try:
            connection.sendall(b"U")
        except (BrokenPipeError, ConnectionResetError):
            closed = True
            break
        try:
            if connection.recv(4096) == b"":
                closed = True
                break
        except socket.timeout:
            pass
        except ConnectionResetError:
            closed = True
            break
    assert closed, "a dripping client kept its request open past the deadline"
    assert time.monotonic() - started < 3
    assert call(sandbox, "/v1/Services")[0] == 200


def test_half_a_request_head_is_dropped_too(sandbox):
    host, port = urllib.parse.urlsplit(sandbox).hostname, urllib.parse.urlsplit(sandbox).port
    connection = socket.create_connection((host, port))
    connection.sendall(b"GET /v1/Services HTTP/1.1\r\nHost: x\r\n")
    assert closed_within(connection, 5)
