"""Tab completes SIDs and names read from the account, not only those seen in this session: against
a `buildsh sandbox serve` whose resources another process made."""

import re
import subprocess
import time

import pexpect
import pytest

import served_sandbox
from conftest import PROMPT, TIMEOUT, environment

ACCOUNT = ("AC" + "c" * 32, "completion-token")


@pytest.fixture
def served(binary):
    process, url, _ = served_sandbox.start(binary, "--in-memory", "--account", f"{ACCOUNT[0]}:{ACCOUNT[1]}")
    yield url
    served_sandbox.stop(process)


def outside(binary, home, url, source):
    """Runs `source` in another buildsh process against the served sandbox: what the REPL did not see."""
    env = environment(home)
    env.update(TWILIO_ACCOUNT_SID=ACCOUNT[0], TWILIO_AUTH_TOKEN=ACCOUNT[1], BUILDSH_API_URL=url)
    result = subprocess.run([binary, "-o", "json", "-c", source], env=env, cwd=str(home), capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout


def repl(binary, home, url):
    env = environment(home)
    env.update(TWILIO_ACCOUNT_SID=ACCOUNT[0], TWILIO_AUTH_TOKEN=ACCOUNT[1], BUILDSH_API_URL=url)
    child = pexpect.spawn(binary, [], env=env, cwd=str(home), encoding="utf-8", dimensions=(40, 160), timeout=TIMEOUT)
    child.expect(r"> ")
    return child


def test_tab_lists_the_accounts_builds_with_descriptions_and_a_write_refreshes_them(binary, home, served):
    outside(binary, home, served, """
        create service unique_name=live friendly_name="Live one"
        create service unique_name=other friendly_name="Other"
        let fn = create function service=live friendly_name=hello
        let v = create function version $fn service=live path=/hello visibility=public content="exports.handler=(c,e,cb)=>cb()"
        await (create build service=live functions=[$v] runtime=node22) service=live
        create environment service=live unique_name=dev-environment domain_suffix=dev
    """)
    child = repl(binary, home, served)
    child.send("use service l\t")                                  # the account's services, never seen here
    child.sendline("")
    child.expect(r":live> ")
    child.send("fetch build \t\t")                                  # the build made outside, described
    child.expect(r"ZB[0-9a-f]{32}\s+completed · node22 · \d{4}-\d\d-\d\d")
    child.sendcontrol("u")
    child.send("tail logs environment=d\t\t")                      # environment= by unique name or suffix
    child.expect(r"live> tail logs environment=dev")
    assert re.search(r"environment=dev\s+dev-environment · live-[0-9a-f]+-dev\.twil\.io", child.before)
    assert re.search(r"environment=dev-environment\s+dev-environment", child.before)
    child.sendcontrol("u")
    child.send("use environment d\t")
    child.sendline("")
    child.expect(r":live/dev-environment> ")
    child.send("create build runtime=node2\t\t")
    child.expect("runtime=node20")
    child.sendcontrol("u")
    # A build created in this session is listed at the next Tab: the write dropped the cached listing.
    for line in ["let f = (list functions | first 1)[0]", "let v = (list function versions $f | first 1)[0]",
                 "create build functions=[$v] runtime=node20"]:
        child.sendline(line)
        child.expect(r"live/dev-environment> ")
    child.send("fetch build \t\t")
    child.expect(r"building · node20|completed · node20")
    child.sendcontrol("u")
    child.sendline("exit")
    child.expect(pexpect.EOF)


def test_a_friendly_name_holding_an_escape_is_shown_escaped_and_the_screen_is_not_cleared(binary, home, served):
    outside(binary, home, served, 'create service unique_name=hostile friendly_name="clear\\u{1b}[2J me"')
    child = repl(binary, home, served)
    child.send("use service \t\t")
    index = child.expect([r"hostile\s+clear\\e\[2J me", r"\x1b\[2J"])
    assert index == 0, "a server name reached the terminal as an escape sequence"
    child.sendcontrol("u")
    child.sendline("exit")
    child.expect(pexpect.EOF)


def test_offline_tab_falls_back_to_seen_identifiers_without_an_error(binary, home):
    env = environment(home)
    env.update(TWILIO_ACCOUNT_SID=ACCOUNT[0], TWILIO_AUTH_TOKEN=ACCOUNT[1], BUILDSH_API_URL="http://127.0.0.1:9")
    child = pexpect.spawn(binary, [], env=env, cwd=str(home), encoding="utf-8", dimensions=(40, 160), timeout=TIMEOUT)
    child.expect(r"> ")
    started = time.monotonic()
    child.send("use service \t")
    time.sleep(0.8)
    child.sendcontrol("u")
    child.sendline('print "alive"')
    child.expect("alive")
    assert time.monotonic() - started < 10
    assert "error" not in child.before.lower()
    child.sendline("exit")
    child.expect(pexpect.EOF)
