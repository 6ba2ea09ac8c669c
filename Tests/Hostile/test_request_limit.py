"""`--max-requests N` bounds the requests in flight, whatever the width of a parallel loop."""

import threading
import time

import pytest

from hostile_server import SERVICE, build, json_reply


@pytest.mark.parametrize("limit", [None, 3])
def test_requests_in_flight_never_exceed_the_limit(server, buildsh, limit):
    lock = threading.Lock()
    state = {"now": 0, "most": 0}

    def route(request):
        with lock:
            state["now"] += 1
            state["most"] = max(state["most"], state["now"])
        time.sleep(0.3)
        with lock:
            state["now"] -= 1
        return json_reply(build(1, server.base_url))

    server.route = route
    options = [] if limit is None else ["--max-requests", str(limit)]
    code = f'foreach i in range(24) parallel 16 {{ fetch build ZB{"1".zfill(32)} service={SERVICE} }}'
    result = buildsh(*options, "-c", code)
    assert result.code == 0, result
    assert len(server.requests) == 24
    if limit is None:
        # The default of 10 is a ceiling; how close a run comes depends on how fast connections open.
        assert 3 < state["most"] <= 10, state
    else:
        assert state["most"] == limit, state
