"""In the REPL a failing listing is reported like any runtime error, and the session carries on."""

import os

import pexpect

from hostile_server import ACCOUNT, SERVICE, TOKEN, builds_page, twilio_error


def test_a_failing_page_is_an_error_with_its_location_and_the_repl_goes_on(server, tmp_path):
    from conftest import DUMPS, buildsh_binary

    def route(request):
        if "PageToken=second" in request.target:
            return twilio_error(400, 20001, "Invalid PageToken", "Bad Request")
        return builds_page(server.base_url, [1, 2], f"/v1/Services/{SERVICE}/Builds?PageToken=second")

    server.route = route
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TWILIO_", "XDG_", "BUILDSH_"))}
    env.update(HOME=str(tmp_path), TWILIO_ACCOUNT_SID=ACCOUNT, TWILIO_AUTH_TOKEN=TOKEN, BUILDSH_API_URL=server.base_url,
               TERM="xterm-256color", LANG="C.UTF-8", NO_COLOR="1")
    child = pexpect.spawn(buildsh_binary(), [], env=env, cwd=str(tmp_path), encoding="utf-8", dimensions=(40, 160),
                          timeout=30)
    prompt = r"AC[0-9a-f]{4}…[0-9a-f]{4}> "
    child.expect(prompt)
    child.sendline(f"list builds service={SERVICE}")
    child.expect(prompt)
    shown = child.before
    assert "error 20001: Invalid PageToken" in shown
    assert "<input 1>:1:1" in shown
    for dump in DUMPS:
        assert dump not in shown
    child.sendline('print "still here"')
    child.expect("still here")
    child.expect(prompt)
    child.sendcontrol("d")
    child.expect(pexpect.EOF)


def test_a_service_name_from_the_server_is_shown_in_the_prompt_never_obeyed(server, tmp_path):
    """The prompt shows the used service's unique name, which the server chose: an escape in it
    (a title change, a screen clear) is written out, not sent to the terminal."""
    from conftest import buildsh_binary
    from hostile_server import json_reply, service

    hostile = dict(service(server.base_url), unique_name="demo\x1b]0;owned\x07\x1b[2J")
    server.route = lambda request: json_reply(hostile)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TWILIO_", "XDG_", "BUILDSH_"))}
    env.update(HOME=str(tmp_path), TWILIO_ACCOUNT_SID=ACCOUNT, TWILIO_AUTH_TOKEN=TOKEN, BUILDSH_API_URL=server.base_url,
               TERM="xterm-256color", LANG="C.UTF-8", NO_COLOR="1")
    child = pexpect.spawn(buildsh_binary(), [], env=env, cwd=str(tmp_path), encoding="utf-8", dimensions=(40, 160),
                          timeout=30)
    child.expect(r"AC[0-9a-f]{4}…[0-9a-f]{4}> ")
    child.sendline(f"use service {SERVICE}")
    child.expect(r"AC[0-9a-f]{4}…[0-9a-f]{4}:demo\\e\]0;owned\\u\{7\}\\e\[2J> ")
    assert "\x1b]0;owned" not in child.before + child.after
    assert "\x1b[2J" not in child.after
    child.sendcontrol("d")
    child.expect(pexpect.EOF)
