"""Tables and sub-tables fit the terminal's width; piped output keeps its natural width."""

import re

import pexpect

from conftest import PROMPT, environment

SETUP = [
    'create service unique_name=wide friendly_name="A service with a rather long friendly name indeed"',
    "use service wide",
    "let f = create function friendly_name=hello",
    'let v = create function version $f path=/a/rather/long/path/to/a/function/that/goes/on visibility=public content="x"',
    'let b = await (create build functions=[$v] dependencies={twilio: "5.3.0", lodash: "4.17.21"} runtime=node22)',
    'let r = {name: "x", links: {a: "http://a", build_status: "https://serverless.twilio.com/v1/Services/ZS0123/Builds/ZB0123/Status"}}',
]


def test_tables_and_sub_tables_fit_60_columns(binary, home):
    child = pexpect.spawn(binary, [], env=environment(home), cwd=str(home), encoding="utf-8", dimensions=(50, 60), timeout=30)
    child.expect(PROMPT)
    for line in SETUP:
        child.sendline(line)
        child.expect(PROMPT)
    for statement in ["list services", "fetch build $b", "list function versions $f", "$r"]:
        child.sendline(statement)
        child.expect(PROMPT)
        lines = child.before.split("\r\n")[1:]
        assert lines and all(len(line) <= 60 for line in lines), (statement, [line for line in lines if len(line) > 60])
    # A record inside a record is an indented key/value block, not JSON.
    assert re.search(r"\r\nlinks\r\n  a +http://a\r\n  build_status +https://serverless\.twilio\.com/\S+…", child.before)
    assert '{"a"' not in child.before
    child.sendcontrol("d")
    child.expect(pexpect.EOF)


def test_piped_tables_keep_their_width(run_buildsh):
    result = run_buildsh("-c", "\n".join(SETUP + ["list function versions $f | select sid, path"]))
    assert result.returncode == 0, result.stderr
    assert "/a/rather/long/path/to/a/function/that/goes/on" in result.stdout
