"""`watch EXPR [every=] [until=]`: both arguments are evaluated again every round."""

import signal
import time

import pexpect

from conftest import environment


def test_watch_redraws_on_the_alternate_screen_until_ctrl_c_cancels_it(spawn):
    shell = spawn()
    shell.expect_prompt()
    shell.run('create service unique_name=watched friendly_name="Watched"')
    shell.child.sendline("watch (list services | select unique_name) every=200ms")
    shell.child.expect_exact("\x1b[?1049h")                        # the alternate screen
    shell.child.expect(r"round 2,")                                 # evaluated again
    shell.child.expect("watched")
    shell.child.sendcontrol("c")
    shell.child.expect_exact("\x1b[?1049l")                        # the shell's screen back
    shell.child.expect("interrupted")
    shell.expect_prompt()
    assert "still here" in shell.run('print "still here"')         # Ctrl-C ended the command, not the session
    assert shell.exit() == 0


def test_until_is_evaluated_every_round_and_ends_the_watch(run_buildsh, home):
    # The condition changes between rounds only because it is evaluated again each time.
    (home / "until.bsh").write_text(
        'create service unique_name=w friendly_name="W"\n'
        "use service w\n"
        'def more() { create function friendly_name=f; return 1 }\n'
        "watch (list functions | count) every=100ms until=((more()) == 1 and (list functions | count) >= 3)\n"
        'print "done"\n'
    )
    result = run_buildsh("until.bsh")
    assert result.returncode == 0, result.stderr
    rounds = [line for line in result.stdout.splitlines() if line.startswith("every 0.1s: (list functions | count)")]
    assert len(rounds) == 3, result.stdout
    assert result.stdout.splitlines()[-1] == "done"
    assert "\x1b" not in result.stdout                              # piped: plain, no screen control


def test_a_script_stopped_by_ctrl_c_during_watch_exits_130(binary, home):
    (home / "forever.bsh").write_text("watch (len([1, 2])) every=100ms\n")
    child = pexpect.spawn(binary, ["forever.bsh"], env=environment(home), cwd=str(home), encoding="utf-8", timeout=30)
    child.expect(r"round 2,")
    child.kill(signal.SIGINT)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130


def test_bad_every_is_refused_before_any_round(run_buildsh):
    result = run_buildsh("-c", "watch (len([1])) every=10ms")
    assert result.returncode == 1
    assert "every expects a duration of at least 100ms, got 0.01s" in result.stderr
    assert "round" not in result.stdout
