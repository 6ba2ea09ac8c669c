"""A server whose next_page_url carries the auth token in its query: every error that names the
request, and every URL `-v` prints, shows `[redacted]` in its place — also when the token is
percent-encoded. (The buildsh fixture fails on any sight of the token or its base64 form.)"""

import pytest

from hostile_server import SERVICE, TOKEN, Reply, builds_page, drip, json_reply

PAGE_2 = f"/v1/Services/{SERVICE}/Builds?PageSize=50&PageToken="
ENCODED_TOKEN = "".join(f"%{ord(c):02X}" for c in TOKEN)
HTML_404 = b"<html><head><title>404 Not Found</title></head><body>nginx</body></html>"


def second_pages():
    """How page 2 fails (given the server and the token as written), and what the error says."""
    return {
        "html": (lambda server, token: Reply(404, "Not Found", [("Content-Type", "text/html")], HTML_404),
                 "the server answered 404 with an HTML page"),
        "redirect": (lambda server, token: Reply(302, "Found", [("Location", "/login")], b""),
                     "nothing was followed"),
        "invalid json": (lambda server, token: Reply(200, "OK", [("Content-Type", "application/json")], b'{"builds": [ oops'),
                         "invalid JSON"),
        "idle timeout": (lambda server, token: drip(b'{"builds": [], "meta": {}}', interval=3, chunked=False),
                         "the server sent no data for 1s"),
        "loop": (lambda server, token: builds_page(server.base_url, [3], PAGE_2 + token, page=1),
                 "next_page_url repeats an earlier page"),
    }


def serve_token_in_next_page(server, token_text, page_two):
    def route(request):
        if "PageToken=" in request.target:
            return page_two(server, token_text)
        return builds_page(server.base_url, [1, 2], PAGE_2 + token_text)

    server.route = route


@pytest.mark.parametrize("token_text", [TOKEN, ENCODED_TOKEN, TOKEN.upper()], ids=["plain", "percent-encoded", "upper"])
@pytest.mark.parametrize("failure", list(second_pages()))
def test_errors_naming_a_request_redact_the_token_in_its_query(server, buildsh, token_text, failure):
    page_two, said = second_pages()[failure]
    serve_token_in_next_page(server, token_text, page_two)
    result = buildsh("-o", "ndjson", "-c", f"list builds service={SERVICE}",
                     extra_env={"BUILDSH_IDLE_TIMEOUT": "1s"})
    assert result.code == 1, result
    assert said in result.stderr, result.stderr
    assert f"GET {PAGE_2}[redacted]" in result.stderr, result.stderr
    assert ENCODED_TOKEN.lower() not in result.output.lower()
    assert any(token_text in r.target for r in server.requests), "page 2 was asked for with the token as given"


@pytest.mark.parametrize("token_text", [TOKEN, ENCODED_TOKEN], ids=["plain", "percent-encoded"])
def test_verbose_urls_redact_the_token(server, buildsh, token_text):
    serve_token_in_next_page(server, token_text, lambda server, token: builds_page(server.base_url, [3], None, page=1))
    result = buildsh("-v", "-o", "ndjson", "-c", f"list builds service={SERVICE} | count")
    assert result.code == 0, result
    assert result.stdout.strip() == "3"
    assert f"> GET {server.base_url}{PAGE_2}[redacted] (attempt 1)" in result.stderr, result.stderr
    assert f"< 200 GET {server.base_url}{PAGE_2}[redacted]" in result.stderr
    assert ENCODED_TOKEN.lower() not in result.output.lower()


def test_a_refused_next_page_url_redacts_the_token(server, buildsh):
    server.route = lambda request: json_reply({
        "builds": [], "meta": {"key": "builds", "next_page_url": f"//elsewhere{PAGE_2}{TOKEN}"}})
    result = buildsh("-c", f"list builds service={SERVICE}")
    assert result.code == 1, result
    assert f"refused the next_page_url //elsewhere{PAGE_2}[redacted]" in result.stderr, result.stderr
