"""Paging stays on the configured host: a next_page_url that would leave it is refused before
anything is sent, and the other host never sees a request, let alone a credential."""

import pytest

from hostile_server import SERVICE, builds_page

PAGE_2 = f"/v1/Services/{SERVICE}/Builds?PageSize=2&PageToken=second"


def serve_next(server, next_url):
    def route(request):
        if "PageToken=second" in request.target:
            return builds_page(server.base_url, [3], None, page=1)
        return builds_page(server.base_url, [1, 2], next_url)

    server.route = route


def hostile_urls(server, other):
    return [
        f"@{other.host}:{other.port}{PAGE_2}",                      # scheme-less user-info form
        f"//{other.host}:{other.port}{PAGE_2}",                     # protocol-relative
        f"http://{other.host}:{other.port}{PAGE_2}",                # another host
        f"http://{server.host}:{other.port}{PAGE_2}",               # another port
        f"https://{server.host}:{server.port}{PAGE_2}",             # another scheme
        f"http://user@{server.host}:{server.port}{PAGE_2}",         # user info on the right host
        f"http://{server.host}:{server.port}@{other.host}:{other.port}{PAGE_2}",
        f"v1/Services/{SERVICE}/Builds?PageToken=second",           # a relative path not starting with /
    ]


def test_urls_that_leave_the_configured_host_are_refused_and_nothing_is_sent(server, other_host, buildsh):
    for url in hostile_urls(server, other_host):
        serve_next(server, url)
        before = len(server.requests)
        result = buildsh("-o", "ndjson", "-c", f"list builds service={SERVICE}")
        assert result.code == 1, (url, result)
        assert "nothing was sent" in result.stderr, (url, result.stderr)
        assert "next_page_url" in result.stderr, url
        assert len(server.requests) - before == 1, url
        assert not any("PageToken=second" in r.target for r in server.requests), url
    assert other_host.requests == [], "the other host saw a request"
    assert other_host.connections == 0, "the other host saw a connection"


@pytest.mark.parametrize("relative", [True, False])
def test_same_origin_and_absolute_path_urls_are_followed(server, buildsh, relative):
    serve_next(server, PAGE_2 if relative else server.base_url + PAGE_2)
    result = buildsh("-o", "ndjson", "-c", f"list builds service={SERVICE} | count")
    assert result.code == 0, result
    assert result.stdout.strip() == "3"
    for request in server.requests:
        assert request.headers.get("authorization", "").startswith("Basic ")
