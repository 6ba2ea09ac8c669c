"""The line editor through a real terminal: history, continuation, Ctrl-C, Ctrl-D, completion."""

import os
import stat

import pexpect

from conftest import PROMPT


def test_ctrl_d_on_an_empty_line_exits_with_status_0(spawn):
    shell = spawn()
    shell.expect_prompt()
    assert shell.exit() == 0


def test_ctrl_c_at_the_prompt_clears_the_line_and_the_session_lives_on(spawn):
    shell = spawn()
    shell.expect_prompt()
    shell.child.send("print this line is abandoned")
    shell.child.expect("abandoned")  # typed and shown, as a person would see it before Ctrl-C
    shell.child.sendcontrol("c")
    shell.expect_prompt()
    output = shell.run("print 41+1")
    assert "abandoned" not in output.split("^C")[-1]
    assert shell.exit() == 0


def test_history_survives_a_restart_and_the_file_is_private(spawn, home):
    shell = spawn()
    shell.expect_prompt()
    shell.run("print remembered")
    assert shell.exit() == 0

    history = home / ".local" / "state" / "buildsh" / "history"
    assert history.exists()
    assert stat.S_IMODE(os.stat(history).st_mode) == 0o600
    assert "print remembered" in history.read_text()

    shell = spawn()
    shell.expect_prompt()
    shell.child.send("\x1b[A")  # Up arrow recalls the last line of the previous session
    shell.child.send("\r")
    shell.child.expect("remembered")
    shell.expect_prompt()
    assert shell.exit() == 0


def test_a_line_setting_a_secret_is_not_written_to_history(spawn, home):
    shell = spawn()
    shell.expect_prompt()
    shell.run("print token=0123456789abcdef")
    shell.run("print harmless")
    assert shell.exit() == 0
    text = (home / ".local" / "state" / "buildsh" / "history").read_text()
    assert "harmless" in text
    assert "0123456789abcdef" not in text


def test_ctrl_r_searches_history(spawn):
    shell = spawn()
    shell.expect_prompt()
    shell.run("print alpha-one")
    shell.run("print beta-two")
    shell.child.sendcontrol("r")
    shell.child.send("alpha")
    shell.child.send("\r")
    shell.child.expect("alpha-one")
    shell.expect_prompt()
    assert shell.exit() == 0


def test_utf8_is_edited_by_character(spawn):
    shell = spawn()
    shell.expect_prompt()
    shell.child.send("print héé")
    shell.child.send("\x7f")  # Backspace removes one character, not one byte
    shell.child.send("\r")
    shell.child.expect("hé\r\n")
    shell.expect_prompt()
    assert shell.exit() == 0


def test_a_hint_is_drawn_after_the_cursor_and_can_be_turned_off(spawn):
    shell = spawn()
    shell.expect_prompt()
    shell.child.send("sleep ")
    shell.child.expect(r"\x1b\[2mduration\x1b\[0m")
    shell.child.sendcontrol("u")
    shell.run(".hints off")
    shell.child.send("sleep ")
    index = shell.child.expect([r"\x1b\[2m", pexpect.TIMEOUT], timeout=1.5)
    assert index == 1, "no hint once hints are off"
    shell.child.sendcontrol("u")
    assert shell.exit() == 0


def test_the_hint_is_never_part_of_the_line(spawn):
    shell = spawn()
    shell.expect_prompt()
    shell.child.send("sleep ")
    shell.child.expect(r"\x1b\[2mduration")
    shell.child.send("1ms\r")
    shell.expect_prompt()
    assert "error" not in shell.child.before
    assert shell.exit() == 0
