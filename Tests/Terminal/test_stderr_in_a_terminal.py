"""Standard error in a real terminal: buildsh's own colours and progress redraws reach it, while
every other control character (here from the script, as it would be from a server) is escaped."""

import pexpect

from conftest import TIMEOUT, assert_no_value_dump, environment

TITLE = r"\u{1B}]0;owned\u{7}"


def run_in_a_terminal(binary, home, code: str, colour: bool) -> str:
    env = environment(home)
    if colour:
        env.pop("NO_COLOR")
    child = pexpect.spawn(binary, ["-c", code], env=env, cwd=str(home), encoding="utf-8",
                          dimensions=(40, 120), timeout=TIMEOUT)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1, child.before
    assert_no_value_dump(child.before)
    return child.before


def test_a_diagnostic_keeps_its_colours_and_escapes_the_message(binary, home):
    shown = run_in_a_terminal(binary, home, f'error("{TITLE} done")', colour=True)
    assert "\x1b[1;31merror:\x1b[0m" in shown, repr(shown)
    assert "\\e]0;owned\\u{7} done" in shown
    assert "\x1b]" not in shown and "\x07" not in shown


def test_without_colour_no_escape_at_all_reaches_the_terminal(binary, home):
    shown = run_in_a_terminal(binary, home, f'error("{TITLE} done")', colour=False)
    assert "\x1b" not in shown and "\x07" not in shown, repr(shown)
    assert "\\e]0;owned\\u{7} done" in shown


def test_a_parallel_loop_redraws_its_progress_and_escapes_its_failure_report(binary, home):
    code = f'foreach s in [{{sid: "ZB{TITLE}"}}, {{sid: "ZB1"}}] parallel 2 {{ sleep 300ms; error("no") }}'
    shown = run_in_a_terminal(binary, home, code, colour=False)
    assert "\r\x1b[2K" in shown, "the progress line is redrawn in place"
    assert "2 of 2 items failed in parallel foreach" in shown
    assert "item 0 (ZB\\e]0;owned\\u{7}): no" in shown, repr(shown)
    assert "\x1b]" not in shown and "\x07" not in shown
