"""A listing that fails, on its first page or a later one, is a runtime error of its statement:
shown with its location, catchable with try/catch, and the script stops with exit status 1."""

import pytest

from hostile_server import SERVICE, builds_page, twilio_error

MODES = ["table", "json", "ndjson", "tsv"]
NOT_FOUND = "The requested resource /Services/ZSnosuch/Builds was not found"


def fail_first_page(server):
    server.route = lambda request: twilio_error(404, 20404, NOT_FOUND, "Not Found")


def fail_second_page(server):
    def route(request):
        if "PageToken=second" in request.target:
            return twilio_error(400, 20001, "Invalid PageToken", "Bad Request")
        return builds_page(server.base_url, [1, 2], f"/v1/Services/{SERVICE}/Builds?PageSize=2&PageToken=second")

    server.route = route


@pytest.mark.parametrize("mode", MODES)
def test_a_failing_first_page_stops_the_script_with_its_location(server, buildsh, mode):
    fail_first_page(server)
    result = buildsh("-o", mode, script=f'print "before"\n\nlist builds service={SERVICE}\nprint "after"\n')
    assert result.code == 1, result
    assert "script.bsh:3:1: error 20404: " + NOT_FOUND in result.stderr
    assert "^" in result.stderr
    assert "after" not in result.stdout


@pytest.mark.parametrize("mode", MODES)
def test_a_failing_second_page_keeps_the_printed_rows_and_stops(server, buildsh, mode):
    fail_second_page(server)
    result = buildsh("-o", mode, "-c", f'list builds service={SERVICE}; print "after"')
    assert result.code == 1, result
    assert "<command>:1:1: error 20001: Invalid PageToken" in result.stderr
    assert "after" not in result.stdout
    if mode in ("ndjson", "tsv"):
        # Streamed rows were printed as the first page arrived; the error follows them.
        assert "ZB" + f"{1:032x}" in result.stdout and "ZB" + f"{2:032x}" in result.stdout


@pytest.mark.parametrize("failure", [fail_first_page, fail_second_page])
def test_try_catches_a_failing_listing_with_its_code(server, buildsh, failure):
    failure(server)
    result = buildsh("-o", "ndjson", "-c", f'try {{ list builds service={SERVICE} }} catch e {{ print "caught ${{$e.code}}" }}; print "after"')
    assert result.code == 0, result
    assert "caught" in result.stdout and "after" in result.stdout
    assert ("20404" if failure is fail_first_page else "20001") in result.stdout


def test_pipelines_and_loops_stop_on_a_failing_page_too(server, buildsh):
    fail_second_page(server)
    for code in (f"list builds service={SERVICE} | count", f"foreach b in (list builds service={SERVICE}) {{ print $b.sid }}",
                 f"list builds service={SERVICE} | select sid"):
        result = buildsh("-c", code + '; print "after"')
        assert result.code == 1, (code, result)
        assert "error 20001: Invalid PageToken" in result.stderr, code
        assert "after" not in result.stdout


def test_connection_refused_is_an_error_with_exit_1(buildsh):
    result = buildsh("-c", f'list builds service={SERVICE}; print "after"', api_url="http://127.0.0.1:1",
                     extra_env={"BUILDSH_TIMEOUT": "5s"})
    assert result.code == 1, result
    assert "<command>:1:1: error: " in result.stderr
    assert "could not connect" in result.stderr
    assert "after" not in result.stdout


def test_standard_input_scripts_stop_on_a_failing_listing(server, buildsh):
    fail_first_page(server)
    result = buildsh(stdin_text=f'print "before"\nlist builds service={SERVICE}\nprint "after"\n')
    assert result.code == 1, result
    assert "<stdin>:2:1: error 20404: " in result.stderr
    assert "before" in result.stdout and "after" not in result.stdout
