"""Tab completes SIDs and names read from the account, not only those seen in this session: against
a `buildsh sandbox serve` whose resources another process made."""

import re
import subprocess
import time

import pexpect
import pytest

import served_sandbox
from conftest import TIMEOUT, environment
from delaying_proxy import DelayingProxy

ACCOUNT = ("AC" + "c" * 32, "completion-token")
# The prompt names the account (`ACcccc…cccc> `), then what is in `use`.
PROMPT = r"cccc(:[\w/-]+)?> "
# How long the slow API holds each answer: far past Tab's 250 ms budget.
HOLD = 3.0
# The 250 ms rule, plus what a machine busy compiling adds to a key's round trip through the pty;
# an editor waiting for the listing would take the whole HOLD.
ECHO_LIMIT = 0.4
BUILD_LINE = r"ZB[0-9a-f]{32}\s+completed · node2\d · \d{4}-\d\d-\d\d"


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


def service_with_a_build(binary, home, url, name, more=""):
    """Made outside: service `name` with function hello (`$fn`), its version `$v` and a completed
    node22 build, then `more` (script lines that may use `$fn` and `$v`)."""
    return outside(binary, home, url, f"""
        create service unique_name={name} friendly_name="{name.title()}"
        let fn = create function service={name} friendly_name=hello
        let v = create function version $fn service={name} path=/hello visibility=public content="exports.handler=(c,e,cb)=>cb()"
        await (create build service={name} functions=[$v] runtime=node22) service={name}
    """ + more)


def redrawn(child, keys, line):
    """Types `keys` (with their Tabs), redraws the whole line (Ctrl-L), expects it to read `line` (a
    pattern), then clears it; returns the match. Tab alone redraws only what changed."""
    child.send(keys)
    child.sendcontrol("l")
    child.expect("> " + line)
    match = child.match
    child.sendcontrol("u")
    return match


def leave(child):
    child.sendline("exit")
    child.expect(pexpect.EOF)


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
    leave(child)


def test_a_friendly_name_holding_an_escape_is_shown_escaped_and_the_screen_is_not_cleared(binary, home, served):
    outside(binary, home, served, 'create service unique_name=hostile friendly_name="clear\\u{1b}[2J me"')
    child = repl(binary, home, served)
    child.send("use service \t\t")
    index = child.expect([r"hostile\s+clear\\e\[2J me", r"\x1b\[2J"])
    assert index == 0, "a server name reached the terminal as an escape sequence"
    child.sendcontrol("u")
    leave(child)


def test_offline_tab_falls_back_to_seen_identifiers_without_an_error(binary, home):
    process, url, _ = served_sandbox.start(binary, "--in-memory", "--account", f"{ACCOUNT[0]}:{ACCOUNT[1]}")
    try:
        child = repl(binary, home, url)
        child.sendline("create service unique_name=seen-here friendly_name=Seen")
        child.expect(r"sid\s+(ZS[0-9a-f]{32})")
        sid = child.match.group(1)
        child.expect(PROMPT)
    finally:
        served_sandbox.stop(process)                                  # the API is gone from here on
    started = time.monotonic()
    redrawn(child, "fetch service ZS\t", "fetch service " + sid)      # seen in this session: still offered
    child.sendline('print "alive"')
    child.expect("alive")
    assert time.monotonic() - started < 10
    assert "error" not in child.before.lower()
    leave(child)


def test_a_slow_listing_never_holds_the_line_and_the_next_tab_offers_it(binary, home, served):
    service_with_a_build(binary, home, served, "slow", "await (create build service=slow functions=[$v] runtime=node20) service=slow")
    proxy = DelayingProxy(served)
    try:
        child = repl(binary, home, proxy.url)
        child.sendline(".hints off")
        child.expect(PROMPT)
        child.sendline("use service slow")
        child.expect(r":slow> ")
        proxy.delay = HOLD                                            # from now on every answer takes 3 s
        child.delaybeforesend = None                                  # pexpect's own 50 ms pause, not timed
        child.send("fetch build Z")
        child.expect("fetch build Z")
        started = time.monotonic()
        child.send("\tB")                                             # Tab, then a key typed at once
        child.expect_exact("B")
        echoed = time.monotonic() - started
        assert echoed < ECHO_LIMIT, f"the key after Tab took {echoed:.2f} s to echo"
        time.sleep(HOLD + 0.5 - echoed)                               # the listing arrives meanwhile
        child.send("\t\t")                                            # the next Tab offers it, described
        child.expect(BUILD_LINE)
        assert len(proxy.requests_to("/Builds")) == 1, proxy.requests  # one request for the listing
        child.sendcontrol("u")
        leave(child)
    finally:
        proxy.close()


def test_tab_offers_the_accounts_functions_environments_and_builds_where_each_is_asked_for(binary, home, served):
    service_with_a_build(binary, home, served, "tabbed", """
        create function service=tabbed friendly_name=goodbye
        create environment service=tabbed unique_name=staging domain_suffix=qa
        create environment service=tabbed unique_name=production domain_suffix=live
    """)
    child = repl(binary, home, served)
    child.sendline("use service tabbed")
    child.expect(r":tabbed> ")
    child.send("delete function \t\t")                              # the functions, described by name
    described = set()
    while described != {"goodbye", "hello"}:
        child.expect(r"ZH[0-9a-f]{32}\s+(goodbye|hello) · \d{4}-\d\d-\d\d")
        described.add(child.match.group(1))
    child.sendcontrol("u")
    redrawn(child, "promote from=sta\tto=pro\t", "promote from=staging to=production ")  # environments
    redrawn(child, "await Z\t", r"await ZB[0-9a-f]{32} ")             # await takes builds: the only one
    leave(child)


def test_tabcache_sets_how_long_tab_reuses_a_listing(binary, home, served):
    service_with_a_build(binary, home, served, "cached")
    child = repl(binary, home, served)
    child.sendline("use service cached")
    child.expect(r":cached> ")
    child.sendline(".tabc\t")                                        # Tab completes the setting's name
    child.expect(r"tabcache 30\.0s")
    first = redrawn(child, "fetch build Z\t", r"fetch build (ZB[0-9a-f]{32}) ").group(1)  # listed, then reused
    made = outside(binary, home, served, """
        let v = (list function versions (list functions service=cached | first 1)[0] service=cached | first 1)[0]
        print (create build service=cached functions=[$v] runtime=node20).sid
    """)
    second = re.search(r"ZB[0-9a-f]{32}", made).group(0)
    redrawn(child, "fetch build Z\t", "fetch build " + first + " ")  # within 30 s: the listing of one build
    child.sendline(".tabcache 0s")
    child.expect(r"tabcache 0\.0s")
    child.send("fetch build Z\t\t")                                  # asked again: the new build is there
    child.expect(second)
    child.sendcontrol("u")
    leave(child)
