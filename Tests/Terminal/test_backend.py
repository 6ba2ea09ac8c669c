"""Which API buildsh talks to: the embedded sandbox by default, Twilio when credentials are set."""

import pexpect

from conftest import assert_no_value_dump



def test_without_credentials_the_sandbox_starts_and_says_where_its_data_is(spawn, home):
    shell = spawn()
    shell.child.expect(r"sandbox \(no TWILIO_ACCOUNT_SID set\) · data in ~/\.local/share/buildsh/sandbox\.sqlite")
    shell.expect_prompt()
    data = home / ".local" / "share" / "buildsh" / "sandbox.sqlite"
    assert not data.exists(), "the sandbox starts on the first request, not with the REPL"
    assert "(no results)" in shell.run("list services")
    assert shell.exit() == 0
    assert data.exists()


def test_sandbox_data_moves_the_database(spawn, home):
    target = home / "elsewhere" / "data.sqlite"
    shell = spawn("--sandbox-data", str(target))
    shell.child.expect("data in ~/elsewhere/data.sqlite")
    shell.expect_prompt()
    shell.run("list services")
    assert shell.exit() == 0
    assert target.exists()


def test_a_command_that_sends_nothing_never_starts_the_sandbox(run_buildsh, home):
    result = run_buildsh("-c", "print (1 + 1)")
    assert result.returncode == 0 and result.stdout == "2\n"
    assert not (home / ".local").exists()


def test_a_sandbox_that_cannot_start_fails_the_statement_and_the_session_goes_on(spawn, home):
    blocker = home / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    shell = spawn("--sandbox-data", str(blocker / "data.sqlite"))
    shell.expect_prompt()
    seen = shell.run("list services")
    assert "cannot start the sandbox with data in" in seen and "nothing was sent" in seen
    assert_no_value_dump(seen)
    assert shell.run("print (40 + 2)").strip().endswith("42")
    blocker.unlink()
    blocker.mkdir()
    assert "(no results)" in shell.run("list services"), "the next request tries the start again"
    assert shell.exit() == 0


def spawn_with(binary, home, extra_env, args=()):
    from conftest import environment
    env = environment(home)
    env.update(extra_env)
    return pexpect.spawn(binary, list(args), env=env, cwd=str(home), encoding="utf-8", timeout=30)


def test_with_credentials_it_names_the_account_and_never_the_token(binary, home):
    token = "f00dfeedf00dfeedf00dfeedf00dfeed"
    child = spawn_with(binary, home, {"TWILIO_ACCOUNT_SID": "AC0123456789abcdef0123456789abcdef", "TWILIO_AUTH_TOKEN": token})
    child.expect(r"account AC0123…cdef")
    child.expect(r"AC0123…cdef> ")
    seen = child.before + child.after
    child.sendcontrol("d")
    child.expect(pexpect.EOF)
    seen += child.before
    assert token not in seen
    child.close()
    assert child.exitstatus == 0


def test_sandbox_flag_wins_over_credentials(binary, home):
    child = spawn_with(binary, home, {"TWILIO_ACCOUNT_SID": "AC0123456789abcdef0123456789abcdef", "TWILIO_AUTH_TOKEN": "x" * 32}, ["--sandbox"])
    child.expect(r"sandbox \(--sandbox\)")
    child.expect("sandbox> ")
    child.sendcontrol("d")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_incomplete_credentials_are_a_usage_error(binary, home):
    import subprocess
    from conftest import environment
    env = environment(home)
    env["TWILIO_ACCOUNT_SID"] = "AC0123456789abcdef0123456789abcdef"
    result = subprocess.run([binary, "-c", "print 1"], env=env, capture_output=True, text=True, timeout=30)
    assert result.returncode == 2
    assert "TWILIO_AUTH_TOKEN" in result.stderr
