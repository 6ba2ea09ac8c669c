"""History never keeps a line that shows the configured secret, in any form."""

import base64

import pexpect

from conftest import PROMPT, environment

ACCOUNT = "AC" + "b2" * 16
TOKEN = "feedfacefeedfacefeedfacefeedface"


def test_lines_showing_the_token_in_any_form_are_left_out_of_history(binary, home):
    env = environment(home)
    # No request is made: the REPL only needs credentials to start against this (closed) port.
    env.update(TWILIO_ACCOUNT_SID=ACCOUNT, TWILIO_AUTH_TOKEN=TOKEN, BUILDSH_API_URL="http://127.0.0.1:1")
    child = pexpect.spawn(binary, [], env=env, cwd=str(home), encoding="utf-8", dimensions=(40, 200), timeout=30)
    prompt = r"AC[0-9a-f]{4}…[0-9a-f]{4}> "
    child.expect(prompt)
    encoded = base64.b64encode(f"{ACCOUNT}:{TOKEN}".encode()).decode()
    secret_lines = [
        f'print "{TOKEN.upper()}"',
        f'print "Basic {encoded}"',
        f'print "{encoded.rstrip("=")}"',
        f'print "x{TOKEN}y"',
    ]
    for line in secret_lines + ['print "harmless"']:
        child.sendline(line)
        child.expect(prompt)
    child.sendcontrol("d")
    child.expect(pexpect.EOF)
    text = (home / ".local" / "state" / "buildsh" / "history").read_text()
    assert "harmless" in text
    assert TOKEN not in text.lower()
    assert encoded.rstrip("=") not in text
