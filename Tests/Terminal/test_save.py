"""`.save FILE` in the REPL: the statements of the session that succeeded, as a runnable script."""

import os


def test_save_writes_the_statements_that_succeeded_and_the_script_runs(spawn, home, run_buildsh):
    shell = spawn()
    shell.expect_prompt()
    shell.run('create service unique_name=saved friendly_name="Saved service"')
    shell.run("use service saved")
    assert "error" in shell.run("create environment")                    # fails: not saved
    assert "error" in shell.run("print )")                               # syntax error: not saved
    shell.run("let fn = create function friendly_name=hello")
    shell.child.sendline("foreach n in [1, 2] {")
    shell.child.expect(r"\.\.\.> ")
    shell.child.sendline('  print "item ${$n}"')
    shell.child.expect(r"\.\.\.> ")
    assert "item 2" in shell.run("}")
    shell.run('let auth_token = "not-for-files"')                        # sets a secret: left out
    shell.run(".mode json")                                              # a REPL setting: not saved
    output = shell.run(".save session.bsh")
    assert "saved 4 statements to session.bsh (left out 1 holding a secret)" in output
    assert shell.exit() == 0

    script = (home / "session.bsh").read_text()
    body = [line for line in script.splitlines() if line and not line.startswith("#")]
    assert body == [
        'create service unique_name=saved friendly_name="Saved service"',
        "use service saved",
        "let fn = create function friendly_name=hello",
        "foreach n in [1, 2] {",
        '  print "item ${$n}"',
        "}",
    ]
    assert script.startswith("#!/usr/bin/env buildsh\n")
    assert "not-for-files" not in script
    assert "# Left out: 1 holding a secret" in script

    # It runs from scratch on a fresh sandbox and does what the session did.
    result = run_buildsh("--sandbox-data", str(home / "fresh.sqlite"), "session.bsh")
    assert result.returncode == 0, result.stderr
    assert "item 1\nitem 2\n" in result.stdout
    assert "Saved service" in result.stdout


def test_save_without_a_file_or_to_an_unwritable_place_says_so(spawn, home):
    shell = spawn()
    shell.expect_prompt()
    assert "error: .save needs a file name: .save FILE" in shell.run(".save")
    assert "error: cannot write nosuch/dir/x.bsh: no such folder" in shell.run(".save nosuch/dir/x.bsh")
    assert "saved 0 statements to empty.bsh" in shell.run(".save empty.bsh")
    assert os.path.exists(home / "empty.bsh")
    assert shell.exit() == 0


def test_save_leaves_out_a_line_showing_this_runs_secret(binary, home):
    import pexpect

    from conftest import environment

    account, token = "AC" + "b3" * 16, "beadfacebeadfacebeadfacebeadface"
    env = environment(home)
    # No request is made: the REPL only needs credentials to start against this (closed) port.
    env.update(TWILIO_ACCOUNT_SID=account, TWILIO_AUTH_TOKEN=token, BUILDSH_API_URL="http://127.0.0.1:1")
    child = pexpect.spawn(binary, [], env=env, cwd=str(home), encoding="utf-8", dimensions=(40, 200), timeout=30)
    prompt = r"AC[0-9a-f]{4}…[0-9a-f]{4}> "
    child.expect(prompt)
    for line in [f'print "{token.upper()}"', 'print "harmless"', ".save run.bsh"]:
        child.sendline(line)
        child.expect(prompt)
    assert "saved 1 statement to run.bsh (left out 1 holding a secret)" in child.before
    child.sendcontrol("d")
    child.expect(pexpect.EOF)
    script = (home / "run.bsh").read_text()
    assert 'print "harmless"' in script
    assert token not in script.lower()
