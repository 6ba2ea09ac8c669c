"""Paging stays on the configured host. A next_page_url naming another host, port or scheme (the API
behind a reverse proxy writes its own host) has its path and query followed on the configured host;
a malformed one (user info, `@host`, `//host`, another scheme than http(s), a relative reference) is
refused before anything is sent. Either way the other host never sees a request, let alone a
credential."""

import pytest

from hostile_server import SERVICE, HostileServer, builds_page, forwarding_to

PAGE_2 = f"/v1/Services/{SERVICE}/Builds?PageSize=2&PageToken=second"


def serve_next(server, next_url):
    def route(request):
        if "PageToken=second" in request.target:
            return builds_page(server.base_url, [3], None, page=1)
        return builds_page(server.base_url, [1, 2], next_url)

    server.route = route


def malformed_urls(server, other):
    return [
        f"@{other.host}:{other.port}{PAGE_2}",                      # scheme-less user-info form
        f"//{other.host}:{other.port}{PAGE_2}",                     # protocol-relative
        f"http://user@{server.host}:{server.port}{PAGE_2}",         # user info on the right host
        f"http://{server.host}:{server.port}@{other.host}:{other.port}{PAGE_2}",
        f"ftp://{other.host}:{other.port}{PAGE_2}",                 # not http(s)
        f"v1/Services/{SERVICE}/Builds?PageToken=second",           # a relative path not starting with /
    ]


def other_origins(server, other):
    return [
        f"http://{other.host}:{other.port}{PAGE_2}",                # another host
        f"http://{server.host}:{other.port}{PAGE_2}",               # another port
        f"https://{server.host}:{server.port}{PAGE_2}",             # another scheme
        f"http://api.internal.example:8080{PAGE_2}#fragment",       # a name only the API knows
    ]


def list_following(server, buildsh, next_url, pipeline=""):
    """Lists builds whose first page names `next_url`; returns the run and the requests it made."""
    serve_next(server, next_url)
    before = len(server.requests)
    result = buildsh("-o", "ndjson", "-c", f"list builds service={SERVICE}{pipeline}")
    return result, server.requests[before:]


def test_malformed_urls_are_refused_and_nothing_is_sent(server, other_host, buildsh):
    for url in malformed_urls(server, other_host):
        result, requests = list_following(server, buildsh, url)
        assert result.code == 1, (url, result)
        assert "nothing was sent" in result.stderr, (url, result.stderr)
        assert "next_page_url" in result.stderr, url
        assert len(requests) == 1, url
        assert not any("PageToken=second" in r.target for r in server.requests), url
    assert other_host.requests == [], "the other host saw a request"
    assert other_host.connections == 0, "the other host saw a connection"


def test_urls_on_another_origin_are_followed_on_the_configured_host(server, other_host, buildsh):
    for url in other_origins(server, other_host):
        result, followed = list_following(server, buildsh, url, " | count")
        assert result.code == 0, (url, result)
        assert result.stdout.strip() == "3", url
        assert len(followed) == 2, url
        assert followed[1].target == PAGE_2, (url, followed[1].target)
        assert followed[1].headers.get("authorization", "").startswith("Basic ")
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


def test_a_reverse_proxy_in_front_of_the_api_pages_through_the_proxy(server, buildsh):
    """BUILDSH_API_URL → proxy → API, and the API writes its own host into next_page_url."""
    api = HostileServer("127.0.0.1")
    try:
        serve_next(api, api.base_url + PAGE_2)
        server.route = forwarding_to(api)
        result = buildsh("-o", "ndjson", "-c", f"list builds service={SERVICE} | count")
        assert result.code == 0, result
        assert result.stdout.strip() == "3"
        assert [r.target for r in server.requests][1:] == [PAGE_2], "page 2 went through the proxy"
        assert len(api.requests) == 2
        assert api.connections == len(server.requests), "buildsh itself never connected to the API host"
    finally:
        api.stop()
