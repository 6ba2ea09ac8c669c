"""A newcomer's `help`: grouped, fitted to the terminal, only what works, three commands to try."""

import re

import pexpect

from conftest import PROMPT, Shell, environment


def help_at(binary, home, columns):
    child = pexpect.spawn(binary, [], env=environment(home), cwd=str(home), encoding="utf-8",
                          dimensions=(50, columns), timeout=30)
    child.expect(PROMPT)
    child.sendline("help")
    child.expect(PROMPT)
    text = child.before
    child.sendcontrol("d")
    child.expect(pexpect.EOF)
    # What follows the echoed command line.
    return text.split("\r\n", 1)[1]


def test_help_at_80_columns_fits_and_lists_only_what_works(binary, home):
    text = help_at(binary, home, 80)
    lines = text.rstrip("\r\n").split("\r\n")
    too_long = [line for line in lines if len(line) > 80]
    assert not too_long, too_long
    headings = [line for line in lines if not line.startswith(" ")]
    assert [h.split(" (")[0].rstrip(":") for h in headings] == [
        "Build operations", "Workflows", "Functions by library", "Language words", "REPL settings", "Try first"]
    # No noun a verb refuses: `delete` lists only what the API can delete.
    delete = " ".join(line.strip() for line in lines if line.startswith("  delete") or
                      (line.startswith("          ") and lines[lines.index(line) - 1].startswith("  delete")))
    assert "deployment" not in delete and "log" not in delete and "build" in delete
    # Ends with three commands to try.
    assert headings[-1] == "Try first:"
    tries = lines[lines.index("Try first:") + 1:]
    assert len(tries) == 3 and tries[0].strip().startswith("learn functions")


def test_every_noun_help_lists_under_a_verb_is_one_it_takes(binary, home, run_buildsh):
    text = help_at(binary, home, 100)
    lines = text.rstrip("\r\n").split("\r\n")
    block = lines[1:lines.index(next(l for l in lines if l.startswith("Workflows")))]
    entries, verb = {}, None
    for line in block:
        match = re.match(r"  (\w+)\s+(.*)", line)
        if match:
            verb = match.group(1)
            entries[verb] = match.group(2)
        else:
            entries[verb] += " " + line.strip()
    for verb, nouns in entries.items():
        for noun in [n.strip() for n in nouns.split(",")]:
            result = run_buildsh("-c", f"help {verb} {noun}")
            assert result.returncode == 0 and "Not offered" not in result.stdout, (verb, noun, result.stdout)


def test_help_narrow_terminal_still_fits(binary, home):
    text = help_at(binary, home, 60)
    assert all(len(line) <= 60 for line in text.rstrip("\r\n").split("\r\n"))


def test_first_with_no_count_is_the_item_itself(spawn):
    shell = spawn()
    shell.expect_prompt()
    shell.run("create service unique_name=demo friendly_name=Demo")
    assert "demo" in shell.run("print (list services | first).unique_name")
    assert "1" in shell.run("print len(list services | first 1)")
    assert shell.exit() == 0


def test_every_try_first_line_runs_as_printed_in_a_fresh_repl(binary, home, tmp_path):
    """Reproducer: `create service unique_name=demo` lacked friendly_name= (missing parameter), and
    `learn functions   # a lesson…` pasted whole was `unknown command 'learn'`."""
    lines = help_at(binary, home, 80).rstrip("\r\n").split("\r\n")
    tries = [line.strip() for line in lines[lines.index("Try first:") + 1:]]
    assert len(tries) == 3, tries
    for number, line in enumerate(tries):
        fresh = tmp_path / f"fresh-{number}"
        fresh.mkdir()
        shell = Shell(binary, fresh)
        shell.expect_prompt()
        output = shell.run(line)
        assert "error:" not in output and "unknown" not in output, (line, output)
        assert output.strip() != line, (line, "printed nothing")
        assert shell.exit() == 0
