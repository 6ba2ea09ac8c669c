"""Answers that are not the Serverless API: drip-fed and oversized bodies, HTML pages, invalid JSON,
redirects, echoed credentials and escape sequences. Each ends in an honest one-line error, in time,
with exit status 1 — and nothing the server sends is obeyed by the terminal."""

import signal
import subprocess
import time

import pytest

from conftest import BASIC, buildsh_binary
from hostile_server import ACCOUNT, SERVICE, TOKEN, Reply, build, drip, endless, json_reply, twilio_error

LIST = f"list builds service={SERVICE}"


@pytest.mark.parametrize("chunked", [False, True])
def test_a_body_dripped_slower_than_the_idle_deadline_fails_in_time(server, buildsh, chunked):
    server.route = lambda request: drip(b'{"builds": [], "meta": {}}', interval=3, chunked=chunked)
    result = buildsh("-c", LIST, extra_env={"BUILDSH_IDLE_TIMEOUT": "1s"})
    assert result.code == 1, result
    assert result.seconds < 10, result.seconds
    assert "no data for 1s" in result.stderr
    assert len(server.requests) == 1, "an exchange that ran out of time is not retried"


@pytest.mark.parametrize("chunked", [False, True])
def test_a_body_dripped_within_the_idle_deadline_still_meets_the_whole_deadline(server, buildsh, chunked):
    server.route = lambda request: drip(b'{"builds": [], "meta": {}}' + b" " * 200, interval=0.2, chunked=chunked)
    result = buildsh("-c", LIST, extra_env={"BUILDSH_TIMEOUT": "2s"})
    assert result.code == 1, result
    assert result.seconds < 10, result.seconds
    assert "no complete answer within 2s" in result.stderr
    assert len(server.requests) == 1


@pytest.mark.parametrize("declared", [10 * 1024 ** 3, None])
def test_an_oversized_answer_is_refused_at_once_and_never_retried(server, buildsh, declared):
    server.route = lambda request: endless(declared)
    result = buildsh("-c", LIST)
    assert result.code == 1, result
    assert result.seconds < 15, result.seconds
    assert "larger than the 64 MiB limit" in result.stderr
    assert len(server.requests) == 1


def test_an_html_error_page_is_named_as_such(server, buildsh):
    page = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
    server.route = lambda request: Reply(502, "Bad Gateway", [("Content-Type", "text/html"), ("Retry-After", "0")], page)
    result = buildsh("-c", LIST)
    assert result.code == 1, result
    assert "the server answered 502 with an HTML page, not the Serverless API" in result.stderr
    assert "BUILDSH_API_URL" in result.stderr


def test_an_html_login_page_with_200_is_named_as_such(server, buildsh):
    page = b"<!DOCTYPE html><html><body><form>Sign in</form></body></html>"
    server.route = lambda request: Reply(200, "OK", [("Content-Type", "text/html; charset=utf-8")], page)
    result = buildsh("-c", LIST)
    assert result.code == 1, result
    assert "the server answered 200 with an HTML page, not the Serverless API" in result.stderr


def test_invalid_json_names_the_request_the_status_and_the_first_bytes(server, buildsh):
    server.route = lambda request: Reply(200, "OK", [("Content-Type", "application/json")], b'{"builds": [ oops')
    result = buildsh("-c", LIST)
    assert result.code == 1, result
    assert f"GET /v1/Services/{SERVICE}/Builds" in result.stderr
    assert "200" in result.stderr and "invalid JSON" in result.stderr
    assert '{"builds": [ oops' in result.stderr


def test_a_redirect_is_reported_and_not_followed(server, other_host, buildsh):
    target = f"{other_host.base_url}/login"
    server.route = lambda request: Reply(302, "Found", [("Location", target)], b"")
    result = buildsh("-c", LIST)
    assert result.code == 1, result
    assert f"the server redirected to {target}" in result.stderr
    assert "nothing was followed" in result.stderr
    assert other_host.requests == []


def test_an_echoed_credential_is_redacted(server, buildsh):
    def route(request):
        authorization = request.headers.get("authorization", "")
        return twilio_error(401, 20003, f"Authenticate: you sent {authorization} ({ACCOUNT}:{TOKEN}) {BASIC}")

    server.route = route
    result = buildsh("-c", LIST)  # the fixture fails on any sight of the token or its base64 form
    assert result.code == 1, result
    assert "error 20003: Authenticate: you sent" in result.stderr
    assert "[redacted]" in result.stderr


def test_escape_sequences_from_the_server_are_shown_not_obeyed(server, buildsh):
    hostile = "\x1b]0;owned\x07\x1b[2J\rfake prompt$ "

    def route(request):
        if request.path.endswith("/Builds"):
            record = build(1, server.base_url)
            record["runtime"] = hostile
            return json_reply({"builds": [record], "meta": {"key": "builds", "next_page_url": None}})
        return twilio_error(400, 20001, hostile)

    server.route = route
    for mode in ("table", "tsv"):
        listed = buildsh("-o", mode, "-c", LIST + " | select sid, runtime")
        assert listed.code == 0, listed
        assert "\x1b" not in listed.stdout and "\x07" not in listed.stdout and "\r" not in listed.stdout
        assert "\\e]0;owned" in listed.stdout
    as_json = buildsh("-o", "json", "-c", LIST)
    assert "\\u001b]0;owned\\u0007" in as_json.stdout  # JSON escaping already neutralises them
    failed = buildsh("-c", f"fetch build ZB{'0' * 32} service={SERVICE}")
    assert failed.code == 1
    assert "\x1b" not in failed.stderr and "\x07" not in failed.stderr and "\r" not in failed.stderr
    assert "\\e[2J" in failed.stderr


def test_interrupting_a_slow_listing_says_interrupted_only(server, tmp_path):
    import os

    server.route = lambda request: drip(b'{"builds": [], "meta": {}}', interval=5, chunked=False)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TWILIO_", "XDG_", "BUILDSH_"))}
    env.update(HOME=str(tmp_path), TWILIO_ACCOUNT_SID=ACCOUNT, TWILIO_AUTH_TOKEN=TOKEN,
               BUILDSH_API_URL=server.base_url, NO_COLOR="1")
    child = subprocess.Popen([buildsh_binary(), "-c", LIST], env=env, stdin=subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 20
    while not server.requests and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.3)
    child.send_signal(signal.SIGINT)
    stdout, stderr = child.communicate(timeout=20)
    assert child.returncode == 130, (child.returncode, stderr)
    assert "interrupted" in stderr
    assert "Cancellation" not in stderr and "Error(" not in stderr
