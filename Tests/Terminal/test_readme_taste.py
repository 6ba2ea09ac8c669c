"""The README's "A taste" block, typed line by line into the REPL against a fresh sandbox as a
reader would: every line runs without an error, and the prompt buildsh shows before each line is
the one the README shows. A destructive line asks first (`[y/N]`); the reader answers `y`."""

import re
import shutil

from conftest import PROMPT, REPO, assert_no_value_dump

# tail logs in the block listens for 30 seconds.
LINE_TIMEOUT = 120


def taste_lines():
    """(prompt, statement) for each line of the README's "A taste" block."""
    text = (REPO / "README.md").read_text()
    section = text.split("\n## A taste\n", 1)[1]
    block = section.split("```", 2)[1]
    lines = []
    for line in block.splitlines():
        if not line.strip():
            continue
        match = re.fullmatch(r"(sandbox(?::[\w/-]+)?)> (.*)", line)
        assert match, f"a line of the README's taste block without a prompt: {line!r}"
        lines.append((match.group(1), match.group(2)))
    return lines


def test_the_blocks_lines_are_found():
    lines = taste_lines()
    assert len(lines) >= 10
    assert any(statement.startswith("deploy ") for _, statement in lines)
    assert any(statement.startswith("tail logs ") for _, statement in lines)


def test_the_readme_taste_block_runs_as_written(spawn, home):
    # The block names files relative to the repository's root: a copy, so deploy's state file
    # lands in the test's folder, not in the repository.
    shutil.copytree(REPO / "docs" / "examples", home / "docs" / "examples")
    shutil.rmtree(home / "docs" / "examples" / "project" / ".buildsh", ignore_errors=True)
    shell = spawn("--sandbox-data", str(home / "taste.sqlite"))
    shell.expect_prompt()
    for prompt, statement in taste_lines():
        shown = shell.child.after.strip()
        assert shown == prompt + ">", f"before `{statement}` buildsh shows {shown!r}, the README {prompt + '>'!r}"
        shell.child.sendline(statement)
        output = ""
        while shell.child.expect([PROMPT, r"\[y/N\] ?"], timeout=LINE_TIMEOUT) == 1:
            output += shell.child.before + shell.child.after
            shell.child.sendline("y")
        output += shell.child.before
        assert_no_value_dump(output)
        assert "error:" not in output, f"`{statement}` failed:\n{output}"
    assert shell.exit() == 0
