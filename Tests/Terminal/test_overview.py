"""`status`, `diff environment` and `explain build` in the REPL, against a `buildsh sandbox serve`
holding resources another process created: what the session shows is read from the server, and a
function path holding an escape sequence is shown escaped, never obeyed."""

import pathlib
import secrets
import subprocess
import sys

import pexpect
import pytest

from conftest import environment

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "PythonSupport"))
import served_sandbox  # noqa: E402

SETUP = r'''
create service unique_name=demo friendly_name="Demo"
use service demo
let hello = create function friendly_name=hello
let v1 = create function version $hello path=/hello visibility=public content="exports.handler = (c, e, cb) => cb(null, 1);"
let evil = create function version $hello path="/x\u{1b}[2J" visibility=private content="exports.handler = (c, e, cb) => cb(null, 2);"
let b1 = create build functions=[$v1] dependencies={twilio: "5.3.0"} runtime=node22
let b2 = create build functions=[$v1, $evil] dependencies={twilio: "5.4.0"} runtime=node22
create environment unique_name=production
create environment unique_name=dev-environment domain_suffix=dev
create deployment production build=$b1
create deployment dev build=$b2
create variable key=API_SECRET value=never-shown-value environment=production
create variable key=API_SECRET value=other-hidden-value environment=dev
print $b2.sid
'''


@pytest.fixture
def served(binary, home, tmp_path):
    account = "AC" + secrets.token_hex(16)
    token = secrets.token_hex(16)
    env = environment(home)
    process, url, _ = served_sandbox.start(
        binary, "--data", str(tmp_path / "served.sqlite"), "--account", f"{account}:{token}", "--build-time", "0s", env=env)
    env.update(BUILDSH_API_URL=url, TWILIO_ACCOUNT_SID=account, TWILIO_AUTH_TOKEN=token)
    try:
        yield env
    finally:
        served_sandbox.stop(process)


def setup_outside_the_session(binary, home, env) -> str:
    result = subprocess.run([binary, "-c", SETUP], env=env, cwd=str(home), capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def spawn_against(binary, home, env):
    child = pexpect.spawn(binary, [], env=env, cwd=str(home), encoding="utf-8", dimensions=(40, 160), timeout=30)
    child.expect(r"> ")
    return child


def run(child, line: str) -> str:
    child.sendline(line)
    child.expect(r"\n[^\n]*> ")
    return child.before


def test_status_diff_and_explain_show_what_another_process_made(binary, home, served):
    build = setup_outside_the_session(binary, home, served)
    child = spawn_against(binary, home, served)
    try:
        run(child, "use service demo")
        status = run(child, "status")
        assert "production" in status and "dev-environment" in status
        assert "https://demo-" in status and "/hello" in status
        assert "API_SECRET" in status
        assert "\\e[2J" in status
        diff = run(child, "diff environment production dev")
        assert "dependency" in diff and "5.3.0" in diff and "5.4.0" in diff
        assert "(hidden)" in diff
        explained = run(child, f"explain build {build}")
        assert "dev-environment" in explained and "previous_build" in explained
        assert "\\e[2J" in explained
        for shown in (status, diff, explained):
            assert "\x1b[2J" not in shown
            assert "never-shown-value" not in shown and "other-hidden-value" not in shown
            assert "Optional(" not in shown and "error:" not in shown
    finally:
        child.sendcontrol("d")
        child.expect(pexpect.EOF)


def test_explain_config_names_each_origin_and_hides_secrets(binary, home, served):
    (home / ".twilioserverlessrc").write_text('{ serviceName: "demo", authToken: "rc-token-never-shown" }')
    child = spawn_against(binary, home, served)
    try:
        shown = run(child, "explain config")
        assert "environment variable BUILDSH_API_URL" in shown
        assert "environment variable TWILIO_AUTH_TOKEN" in shown
        assert ".twilioserverlessrc key serviceName" in shown
        assert "(set, hidden)" in shown
        assert served["TWILIO_AUTH_TOKEN"] not in shown and "rc-token-never-shown" not in shown
        assert "Optional(" not in shown and "error:" not in shown
    finally:
        child.sendcontrol("d")
        child.expect(pexpect.EOF)
