"""Server text that reaches standard error by any road — a `-v` trace, a script error quoting a date,
a parallel loop's failure report naming a SID, a decoding error naming a JSON key — is shown, never
obeyed, and never shows the secret: stderr has one rule, as stdout does. (The buildsh fixture fails
on any sight of the token or its base64 form.)"""

import pytest

from hostile_server import SERVICE, TOKEN, Reply, build, json_reply, list_page, service

TITLE = "\x1b]0;owned\x07"
CONTROLS = ("\x1b", "\x07", "\r", "\x9b")


def assert_shown_not_obeyed(text: str):
    for control in CONTROLS:
        assert control not in text, f"a raw control character reached the terminal: {text!r}"


def test_verbose_traces_escape_an_html_body_on_every_attempt(server, buildsh):
    page = f"<html><title>{TITLE}502 Bad Gateway</title>\x1b[2J</html>".encode()
    server.route = lambda request: Reply(502, "Bad Gateway", [("Content-Type", "text/html"), ("Retry-After", "0")], page)
    result = buildsh("-v", "-c", "list services")
    assert result.code == 1, result
    assert_shown_not_obeyed(result.stderr)
    attempts = len(server.requests)
    assert attempts > 1, "a 502 to a GET is retried"
    assert result.stderr.count("\\e]0;owned\\u{7}502 Bad Gateway") == attempts, result.stderr
    assert "the server answered 502 with an HTML page" in result.stderr


def builds_with(server, **fields):
    record = build(1, server.base_url)
    record.update(fields)
    return lambda request: list_page("builds", [record])


@pytest.mark.parametrize("hostile", [TITLE, TOKEN], ids=["escape", "secret"])
def test_a_script_error_quoting_a_server_date_is_made_safe(server, buildsh, hostile):
    server.route = builds_with(server, date_created=f"2026-11-10{hostile}")
    result = buildsh("-c", f"list builds service={SERVICE} | where date_created < now()")
    assert result.code == 1, result
    assert "<command>:1:" in result.stderr and "error" in result.stderr
    assert_shown_not_obeyed(result.stderr)
    assert ("\\e]0;owned\\u{7}" if hostile == TITLE else "2026-11-10[redacted]") in result.stderr, result.stderr


@pytest.mark.parametrize("hostile", [TITLE, TOKEN], ids=["escape", "secret"])
def test_a_parallel_failure_report_naming_a_server_sid_is_made_safe(server, buildsh, hostile):
    server.route = builds_with(server, sid=f"ZB{hostile}")
    code = f'foreach b in (list builds service={SERVICE}) parallel 2 {{ error("no") }}'
    result = buildsh("-c", code)
    assert result.code == 1, result
    assert "1 of 1 items failed in parallel foreach" in result.stderr
    assert_shown_not_obeyed(result.stderr)
    assert ("item 0 (ZB\\e]0;owned\\u{7}): no" if hostile == TITLE else "item 0 (ZB[redacted]): no") in result.stderr


@pytest.mark.parametrize("hostile", [TITLE, TOKEN], ids=["escape", "secret"])
def test_a_decoding_error_naming_a_server_key_is_made_safe(server, buildsh, hostile):
    server.route = lambda request: json_reply(service(server.base_url, links={f"fn{hostile}": 5}))
    result = buildsh("-c", f"fetch service {SERVICE}")
    assert result.code == 1, result
    assert "has the wrong type" in result.stderr
    assert_shown_not_obeyed(result.stderr)
    shown = "\\e]0;owned\\u{7}" if hostile == TITLE else "[redacted]"
    assert f"'links.fn{shown}' has the wrong type" in result.stderr, result.stderr


@pytest.mark.parametrize("mode", ["table", "tsv"])
def test_server_keys_printed_as_a_table_or_tsv_are_escaped(server, buildsh, mode):
    links = {f"fn{TITLE}": "https://x/1", f"tab\tand\nline{TOKEN}": "https://x/2"}
    server.route = lambda request: json_reply(service(server.base_url, links=links))
    for code in (f"let s = fetch service {SERVICE}; $s.links", f"let s = fetch service {SERVICE}; [$s.links]"):
        result = buildsh("-o", mode, "-c", code)
        assert result.code == 0, result
        assert_shown_not_obeyed(result.stdout)
        assert "\\e]0;owned\\u{7}" in result.stdout.lower(), result.stdout  # headers are upper case
        assert "[redacted]" in result.stdout
        if mode == "tsv":
            header = result.stdout.splitlines()[0]
            assert "tab\\tand\\nline[redacted]" in header, header
