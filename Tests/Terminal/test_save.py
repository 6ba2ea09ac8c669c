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


def test_a_saved_script_reads_its_files_wherever_it_is_saved_and_run(spawn, home, run_buildsh, binary):
    """A script reads relative paths from its own folder: `.save` writes a path the REPL read
    relative to its folder so that the script, saved elsewhere and run from anywhere, reads the
    same file (relative to the saved file when the file lies inside its folder, else absolute)."""
    import subprocess

    from conftest import environment

    (home / "docs" / "examples").mkdir(parents=True)
    (home / "docs" / "examples" / "hello.js").write_text("exports.handler = 1")
    (home / "my files").mkdir()
    (home / "my files" / "a b.txt").write_text("spaced")
    (home / "lib.bsh").write_text('let from_lib = "sourced"\n')
    (home / "out").mkdir()
    shell = spawn()
    shell.expect_prompt()
    shell.run('create service unique_name=files friendly_name="Files"')
    shell.run("use service files")
    shell.run("let hello = create function friendly_name=hello")
    shell.run("let v1 = create function version $hello path=/hello visibility=public content=@docs/examples/hello.js")
    shell.run('print len(@"my files/a b.txt")')
    shell.run('source "lib.bsh"')
    shell.run("print $from_lib")
    assert "saved 7 statements to out/away.bsh" in shell.run(".save out/away.bsh")
    assert "saved 7 statements to docs/near.bsh" in shell.run(".save docs/near.bsh")
    assert "saved 7 statements to same.bsh" in shell.run(".save same.bsh")
    assert shell.exit() == 0

    away = (home / "out" / "away.bsh").read_text()
    assert f"content=@{home}/docs/examples/hello.js" in away
    assert f'print len(@"{home}/my files/a b.txt")' in away
    assert f'source "{home}/lib.bsh"' in away
    near = (home / "docs" / "near.bsh").read_text()
    assert "content=@examples/hello.js" in near              # inside the saved file's folder: relative to it
    assert f'source "{home}/lib.bsh"' in near
    same = (home / "same.bsh").read_text()
    assert "content=@docs/examples/hello.js" in same         # saved beside the REPL's folder: as typed
    assert 'source "lib.bsh"' in same

    # Each runs from another folder, on a fresh sandbox, and reads the same files.
    elsewhere = home.parent / "elsewhere"
    elsewhere.mkdir()
    for script in (home / "out" / "away.bsh", home / "docs" / "near.bsh", home / "same.bsh"):
        result = subprocess.run(
            [binary, "--sandbox-data", str(elsewhere / (script.stem + ".sqlite")), str(script)],
            env=environment(home), cwd=str(elsewhere), capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, (script, result.stderr)
        assert "6\nsourced\n" in result.stdout, result.stdout
        assert "cannot read" not in result.stderr

    # Sourced by a relative path from a script in yet another folder, each still reads its files
    # relative to itself: paths in a sourced file resolve against that file's folder.
    (elsewhere / "sub").mkdir()
    for script in (home / "out" / "away.bsh", home / "docs" / "near.bsh", home / "same.bsh"):
        top = elsewhere / "sub" / ("top-" + script.stem + ".bsh")
        top.write_text(f'source "{os.path.relpath(script, top.parent)}"\n')
        result = subprocess.run(
            [binary, "--sandbox-data", str(elsewhere / ("sourced-" + script.stem + ".sqlite")), "sub/" + top.name],
            env=environment(home), cwd=str(elsewhere), capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, (script, result.stderr)
        assert "6\nsourced\n" in result.stdout, result.stdout


def test_save_to_tilde_writes_under_HOME_not_the_accounts_home_folder(spawn, home):
    import pwd

    account_home = pwd.getpwuid(os.getuid()).pw_dir
    assert account_home != str(home)
    name = f"tilde-{os.getpid()}-{id(home)}.bsh"
    shell = spawn()
    shell.expect_prompt()
    shell.run('print "x"')
    assert f"saved 1 statement to ~/{name}" in shell.run(f".save ~/{name}")
    assert "error: cannot write ~/nosuch/x.bsh: no such folder" in shell.run(".save ~/nosuch/x.bsh")
    assert "error: cannot write ~: permission denied or not a file" in shell.run(".save ~")
    assert shell.exit() == 0
    assert (home / name).exists()
    assert not os.path.exists(os.path.join(account_home, name))


def test_help_and_dot_commands_are_left_out(spawn, home):
    shell = spawn()
    shell.expect_prompt()
    assert "create" in shell.run("help")
    shell.run("help deploy")
    shell.run("help create build")
    shell.run(".help")
    shell.run(".timing on")
    shell.run(".hints off")
    shell.run('print "kept"')
    shell.run('let h = help deploy')                            # keeps a value: a statement like any other
    assert "saved 2 statements to h.bsh" in shell.run(".save h.bsh")
    assert shell.exit() == 0
    body = [line for line in (home / "h.bsh").read_text().splitlines() if line and not line.startswith("#")]
    assert body == ['print "kept"', "let h = help deploy"]


def test_a_withheld_value_that_reads_a_file_stays_withheld_when_paths_are_rewritten(spawn, home):
    (home / "part.txt").write_text("-tail")
    (home / "out").mkdir()
    shell = spawn()
    shell.expect_prompt()
    shell.run("create service unique_name=S friendly_name=S")
    shell.run("create environment service=S unique_name=dev domain_suffix=dev")
    shell.run('create variable service=S environment=dev key=MIXED value=("sk_live_mixed" + @part.txt)')
    shell.run("create variable service=S environment=dev key=FILE value=@part.txt")
    output = shell.run(".save out/v.bsh")
    assert "saved 4 statements to out/v.bsh (1 value not written down: set BUILDSH_VALUE_MIXED to run it)" in output
    assert shell.exit() == 0
    script = (home / "out" / "v.bsh").read_text()
    assert "sk_live_mixed" not in script
    assert 'key=MIXED value=env("BUILDSH_VALUE_MIXED")' in script
    assert f"key=FILE value=@{home}/part.txt" in script


def test_at_tilde_reads_under_HOME_as_the_saved_script_expects(run_buildsh, home):
    """`.save` writes `@~/…` as typed, so the script must read it from `$HOME` as the REPL did."""
    (home / "greeting.txt").write_text("hello from HOME")
    result = run_buildsh("--sandbox-data", str(home / "s.sqlite"), "-c", "print @~/greeting.txt")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "hello from HOME\n"
