"""Streaming stays flat: listing 20,000 builds through a reducer or a streaming output mode takes
no more memory than listing 2,000 (within 10 MB). The fake API makes the pages up as they are asked
for, so only buildsh's own memory is measured."""

import os
import subprocess

import pytest

from conftest import buildsh_binary
from hostile_server import ACCOUNT, SERVICE, TOKEN, builds_page

PAGE = 1000
WORKLOADS = {
    "where | count": ("table", f"list builds service={SERVICE} page_size={PAGE} | where status == \"completed\" | count"),
    "select | count": ("table", f"list builds service={SERVICE} page_size={PAGE} | select sid | count"),
    "foreach": ("table", f"let n = 0; foreach b in (list builds service={SERVICE} page_size={PAGE}) {{ n += 1 }}; print $n"),
    "ndjson": ("ndjson", f"list builds service={SERVICE} page_size={PAGE}"),
    "tsv": ("tsv", f"list builds service={SERVICE} page_size={PAGE}"),
}


def serve_builds(server, total):
    def route(request):
        page = int(request.target.split("Page=")[1].split("&")[0]) if "Page=" in request.target else 0
        first = page * PAGE
        indices = range(first, min(first + PAGE, total))
        following = f"/v1/Services/{SERVICE}/Builds?PageSize={PAGE}&Page={page + 1}&PageToken=t{page + 1}"
        return builds_page(server.base_url, indices, following if first + PAGE < total else None, page)

    server.route = route


def peak_kilobytes(server, mode, code):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TWILIO_", "XDG_", "BUILDSH_"))}
    env.update(TWILIO_ACCOUNT_SID=ACCOUNT, TWILIO_AUTH_TOKEN=TOKEN, BUILDSH_API_URL=server.base_url, HOME="/tmp")
    result = subprocess.run(["/usr/bin/time", "-f", "peak %M", buildsh_binary(), "-o", mode, "-c", code],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return int(result.stderr.strip().splitlines()[-1].split()[-1])


@pytest.mark.skipif(not os.access("/usr/bin/time", os.X_OK), reason="needs /usr/bin/time to read the peak RSS")
@pytest.mark.parametrize("name", list(WORKLOADS))
def test_memory_stays_flat_in_the_number_of_builds(server, name):
    mode, code = WORKLOADS[name]
    serve_builds(server, 2_000)
    small = peak_kilobytes(server, mode, code)
    serve_builds(server, 20_000)
    large = peak_kilobytes(server, mode, code)
    assert large - small < 10 * 1024, f"{name}: {small} KB for 2,000 builds, {large} KB for 20,000"
