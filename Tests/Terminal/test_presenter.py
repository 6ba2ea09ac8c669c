"""Presenter mode (`--presenter`, `.presenter on|off`) against a served sandbox whose account SID and
token are known: nothing a screen share shows holds the account SID, the token or a variable's value,
and tables show SIDs short, while the values themselves stay whole."""

import io
import re
import shutil

import pexpect
import pytest

import served_sandbox
from conftest import REPO, TIMEOUT, assert_no_value_dump, environment

ACCOUNT_SID = "AC" + "5e" * 16
TOKEN = "presenter-token-0a1b2c3d4e5f"
VALUE = "tea-for-two-4242"
BANNER = "presenter mode on"
API_KEY = "SK" + "b2" * 16
API_SECRET = "presenter-key-secret-9f8e7d"
# Longer than an 80-column table leaves a cell: it is cut short, and must be hidden before that.
LONG_VALUE = "a-greeting-long-enough-that-a-table-at-eighty-columns-cuts-it-short-" + "x" * 20
SHORT_SID = r"Z[A-Z]…[0-9a-f]{4}"
FULL_SID = r"Z[A-Z][0-9a-f]{32}"


@pytest.fixture
def served(binary):
    process, url, _ = served_sandbox.start(
        binary, "--in-memory", "--build-time", "200ms", "--account", f"{ACCOUNT_SID}:{TOKEN}")
    yield url
    served_sandbox.stop(process)


@pytest.fixture
def served_with_key(binary):
    process, url, _ = served_sandbox.start(
        binary, "--in-memory", "--build-time", "200ms", "--account", f"{ACCOUNT_SID}:{TOKEN}",
        "--api-key", f"{API_KEY}:{API_SECRET}")
    yield url
    served_sandbox.stop(process)


def spawn(binary, home, url, args, cwd=None, columns=200, api_key=False):
    env = environment(home)
    env.update(TWILIO_ACCOUNT_SID=ACCOUNT_SID, BUILDSH_API_URL=url)
    if api_key:
        env.update(TWILIO_API_KEY=API_KEY, TWILIO_API_SECRET=API_SECRET)
    else:
        env.update(TWILIO_AUTH_TOKEN=TOKEN)
    child = pexpect.spawn(binary, list(args), env=env, cwd=str(cwd or home), encoding="utf-8",
                          dimensions=(40, columns), timeout=TIMEOUT * 4)
    child.logfile_read = io.StringIO()
    return child


def assert_nothing_leaks(text):
    assert ACCOUNT_SID not in text
    assert ACCOUNT_SID.lower() not in text
    assert TOKEN not in text
    assert VALUE not in text
    assert "Hello from buildsh" not in text        # the tour's project/.env variable
    assert "Hello%20from%20buildsh" not in text    # the same, as a form sends it
    assert_no_value_dump(text)


def assert_no_part_of(secret, text, length=10):
    """Not even the start of `secret` is shown: a table cuts a long cell to its first characters."""
    assert secret[:length] not in text, (secret, text)


def test_the_tour_in_presenter_mode_shows_no_account_token_or_variable_value(binary, home, served):
    examples = home / "examples"
    shutil.copytree(REPO / "docs" / "examples", examples)
    child = spawn(binary, home, served, ["--presenter", "tour.bsh"], cwd=examples)
    child.expect(pexpect.EOF)
    child.close()
    text = child.logfile_read.getvalue()
    assert child.exitstatus == 0, text
    assert "tour finished" in text
    assert BANNER in text
    assert_nothing_leaks(text)
    # The tour's tables (`list builds | … | select sid, …`, `list function versions`) show short SIDs.
    assert re.search(r"ZB…[0-9a-f]{4}", text), text
    assert re.search(r"ZN…[0-9a-f]{4}", text), text
    assert "[hidden]" in text


def test_the_repl_hides_the_account_and_values_until_presenter_mode_is_switched_off(binary, home, served):
    child = spawn(binary, home, served, ["--presenter"])
    child.expect(BANNER)
    child.expect(r"> ")

    typed = []

    def run(line):
        typed.append(line)
        child.sendline(line)
        child.expect(r"\S> ")
        return child.before

    run("create service unique_name=demo friendly_name=Demo")
    run("use service demo")
    shown = run("create environment unique_name=stage domain_suffix=stage")
    assert re.search(SHORT_SID, shown) and not re.search(FULL_SID, shown), shown
    shown = run(f'let v = create variable environment=stage key=TEA value="{VALUE}"')
    shown = run("$v")
    assert re.search(r"ZV…[0-9a-f]{4}", shown), shown
    assert "[hidden]" in shown and not re.search(FULL_SID, shown), shown
    assert "[hidden]" in run("print $v.value")
    assert "[hidden]" in run('error("no " + $v.value + " for " + $v.account_sid)')   # stderr
    run("explain config")
    run("list variables environment=stage")
    run("list variables environment=stage | select key, value")
    # The values are whole: a variable holds the full SID and value, and a verb takes them.
    assert "demo" in run("(fetch service $v.service_sid).unique_name")
    assert "yes" in run(f'if $v.value == "{VALUE}" {{ print "yes" }}')
    assert "16" in run("len($v.value)")
    run(".help")
    # What was typed is echoed as typed (the line editor's own echo); everything else is checked.
    everything = child.logfile_read.getvalue()
    for line in sorted(typed, key=len, reverse=True):
        everything = everything.replace(line, "")
    assert_nothing_leaks(everything)

    assert "presenter mode off" in run(".presenter off")
    assert re.search(r"presenter\s+false\s+REPL \.presenter", run("explain config"))
    shown = run("$v")
    assert VALUE in shown and re.search(r"ZV[0-9a-f]{32}", shown), shown
    assert BANNER in run(".presenter on")
    assert VALUE not in run("$v")
    child.sendline("exit")
    child.expect(pexpect.EOF)


def test_json_keeps_sids_whole_but_hides_the_account_and_values(binary, home, served):
    child = spawn(binary, home, served, ["--presenter", "-o", "json", "-c", f"""
        create service unique_name=demo friendly_name=Demo
        create environment service=demo unique_name=stage domain_suffix=stage
        create variable service=demo environment=stage key=TEA value="{VALUE}"
    """])
    child.expect(pexpect.EOF)
    child.close()
    text = child.logfile_read.getvalue()
    assert child.exitstatus == 0, text
    assert re.search(r'"sid" : "ZV[0-9a-f]{32}"|"sid": "ZV[0-9a-f]{32}"', text), text
    assert_nothing_leaks(text)


def test_at_80_columns_nothing_cut_short_shows_part_of_the_api_key_or_a_value(binary, home, served_with_key):
    """Reproducer: at 80 columns `explain config` showed 29 of the API key SID's 34 characters, and a
    long variable value was cut with `…` but not hidden: the text was masked after the table cut it."""
    child = spawn(binary, home, served_with_key, ["--presenter", "-c", f"""
        create service unique_name=demo friendly_name=Demo
        use service demo
        create environment unique_name=stage domain_suffix=stage
        create variable environment=stage key=LONG value="{LONG_VALUE}"
        explain config
        list variables environment=stage
        list variables environment=stage | select key, value
        list variables environment=stage | select key, value, account_sid, service_sid
    """], columns=80, api_key=True)
    child.expect(pexpect.EOF)
    child.close()
    text = child.logfile_read.getvalue()
    assert child.exitstatus == 0, text
    assert re.search(r"credentials\s+API key \[hidden\]", text), text
    assert re.search(r"LONG\s+\[hidden\]", text), text
    for secret in (ACCOUNT_SID, API_KEY, API_SECRET, LONG_VALUE):
        assert_no_part_of(secret, text)


def test_the_verbose_trace_hides_variable_values(binary, home, served):
    """Reproducer: `--presenter --verbose` traced `Key=GREETING&Value=Hello%20from%20buildsh` and
    `"value":"Hello from buildsh"` before any result had told presenter mode the value."""
    examples = home / "examples"
    shutil.copytree(REPO / "docs" / "examples", examples)
    child = spawn(binary, home, served, ["--presenter", "--verbose", "tour.bsh"], cwd=examples)
    child.expect(pexpect.EOF)
    child.close()
    text = child.logfile_read.getvalue()
    assert child.exitstatus == 0, text
    assert "tour finished" in text
    assert "> POST" in text and "Key=GREETING&Value=[hidden]" in text, text
    assert_nothing_leaks(text)
