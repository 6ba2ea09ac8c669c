"""The REPL on the interpreter, through a real terminal."""

import pexpect

from conftest import PROMPT


def test_a_command_and_its_output(spawn):
    shell = spawn()
    shell.expect_prompt()
    assert "42" in shell.run("print (40 + 2)")
    assert shell.exit() == 0


def test_an_incomplete_statement_continues_on_a_continuation_prompt(spawn):
    shell = spawn()
    shell.expect_prompt()
    shell.child.sendline("foreach i in [1, 2] {")
    shell.child.expect(r"\.\.\.> ")
    shell.child.sendline('  print "item ${$i}"')
    shell.child.expect(r"\.\.\.> ")
    output = shell.run("}")
    assert "item 1" in output and "item 2" in output
    assert shell.exit() == 0


def test_errors_never_end_the_session(spawn):
    shell = spawn()
    shell.expect_prompt()
    output = shell.run("let x = nosuch(1)")
    assert "error: unknown command 'nosuch'" in output
    output = shell.run("print )")
    assert "error:" in output
    assert "still here" in shell.run('print "still here"')
    assert shell.exit() == 0


def test_ctrl_c_cancels_a_long_running_command_and_the_session_lives_on(spawn):
    shell = spawn()
    shell.expect_prompt()
    shell.child.sendline("sleep(120s)")
    shell.child.expect(r"sleep\(120s\)\r\n")
    shell.child.sendcontrol("c")
    shell.child.expect("interrupted", timeout=15)
    shell.expect_prompt()
    assert "alive" in shell.run('print "alive"')
    assert shell.exit() == 0


def test_tab_completes_a_command(spawn):
    shell = spawn()
    shell.expect_prompt()
    shell.child.send("pri")
    shell.child.send("\t")
    shell.child.send('"completed"\r')
    shell.child.expect("completed\r\n")
    shell.expect_prompt()
    assert shell.exit() == 0


def test_tab_lists_candidates_when_ambiguous(spawn):
    shell = spawn()
    shell.expect_prompt()
    shell.child.send("le\t")
    shell.child.expect(r"len\s+let")
    shell.child.sendcontrol("u")
    shell.child.sendcontrol("d")
    shell.child.expect(pexpect.EOF)


def test_tab_after_deploy_offers_folders_and_no_space_after_one(spawn, home):
    (home / "projects" / "hello-world").mkdir(parents=True)
    (home / "projects" / "hello-other").mkdir()
    (home / "projects" / "hello.txt").write_text("a file is not a project")
    shell = spawn()
    shell.expect_prompt()
    shell.child.send("deploy proj\t")
    shell.child.sendcontrol("l")                                      # redraws the whole line
    shell.child.expect("> deploy projects/")
    shell.child.send("hello\t\t")                                   # the folders only, listed
    shell.child.expect(r"hello-other/\s+(projects/)?hello-world/")
    assert "hello.txt" not in shell.child.before + shell.child.after
    shell.child.send("w\tX")                                         # a folder is completed without a space
    shell.child.sendcontrol("l")
    shell.child.expect("> deploy projects/hello-world/X")
    shell.child.sendcontrol("u")
    assert shell.exit() == 0


def test_tab_completes_variables_and_fields(spawn):
    shell = spawn()
    shell.expect_prompt()
    shell.run('let build_record = {status: "completed", sid: "ZB1"}')
    shell.child.send("print $build_r\t")
    shell.child.send(".sta\t")
    shell.child.send("\r")
    shell.child.expect("completed\r\n")
    shell.expect_prompt()
    assert shell.exit() == 0


def test_dot_settings(spawn):
    shell = spawn()
    shell.expect_prompt()
    shell.child.send(".mo\tjs\t")
    assert "mode json" in shell.run("")
    assert '"a": 1' in shell.run("{a: 1}")
    assert "timing on" in shell.run(".timing on")
    assert "Time:" in shell.run("print 1")
    assert "hints off" in shell.run(".hints off")
    assert ".mode table|json|ndjson|tsv" in shell.run(".help")
    assert "unknown setting" in shell.run(".bogus")
    assert shell.exit() == 0


def test_exit_n_ends_the_session_with_that_status(spawn):
    shell = spawn()
    shell.expect_prompt()
    shell.child.sendline("exit 3")
    shell.child.expect(pexpect.EOF)
    shell.child.close()
    assert shell.child.exitstatus == 3
