"""`.reset` (a fresh, empty sandbox, asked first, never an account) and `.dryrun on|off`."""

import pexpect

from conftest import assert_no_value_dump, environment


def prompt(shell) -> str:
    return shell.child.before.rsplit("\n", 1)[-1] + shell.child.after


def test_reset_asks_then_empties_the_sandbox(spawn, home):
    shell = spawn()
    shell.expect_prompt()
    shell.run("create service unique_name=demo friendly_name=Demo")
    shell.run("use service demo")
    assert "1" in shell.run("list services | count")
    # Anything but y leaves it as it was.
    shell.child.sendline(".reset")
    shell.child.expect(r"Empty the sandbox \(data in ~/\.local/share/buildsh/sandbox\.sqlite\)\? .*\[y/N\] ")
    output = shell.run("n")
    assert "reset cancelled: nothing was changed" in output
    assert "1" in shell.run("list services | count")
    shell.child.sendline(".reset")
    shell.child.expect(r"\[y/N\] ")
    output = shell.run("y")
    assert "sandbox reset: empty" in output
    # `use` starts afresh with the sandbox.
    assert prompt(shell) == "sandbox> "
    assert "0" in shell.run("list services | count")
    shell.run("create service unique_name=again friendly_name=Again")
    assert shell.exit() == 0
    # The data file holds the new sandbox from then on.
    shell = spawn()
    shell.expect_prompt()
    listing = shell.run("list services | select unique_name")
    assert "again" in listing and "demo" not in listing
    assert shell.exit() == 0


def test_reset_with_yes_does_not_ask(spawn):
    shell = spawn("--yes")
    shell.expect_prompt()
    shell.run("create service unique_name=demo friendly_name=Demo")
    output = shell.run(".reset")
    assert "[y/N]" not in output and "sandbox reset: empty" in output
    assert "0" in shell.run("list services | count")
    assert shell.exit() == 0


def test_reset_refuses_against_an_account(binary, home):
    env = environment(home)
    env.update(TWILIO_ACCOUNT_SID="AC0123456789abcdef0123456789abcdef", TWILIO_AUTH_TOKEN="f00dfeedf00dfeedf00dfeedf00dfeed")
    child = pexpect.spawn(binary, [], env=env, cwd=str(home), encoding="utf-8", timeout=30)
    child.expect(r"AC0123…cdef> ")
    child.sendline(".reset")
    child.expect(r"AC0123…cdef> ")
    output = child.before
    assert "error: .reset empties the embedded sandbox only; this session talks to account AC0123…cdef: nothing was changed" in output
    assert "[y/N]" not in output and "f00dfeed" not in output
    child.sendcontrol("d")
    child.expect(pexpect.EOF)


def test_dry_run_switches_inside_the_repl_and_the_prompt_shows_it(spawn):
    shell = spawn()
    shell.expect_prompt()
    shell.run("create service unique_name=demo friendly_name=Demo")
    assert "dry run off" in shell.run(".dryrun")
    output = shell.run(".dryrun on")
    assert "dry run on" in output
    assert prompt(shell) == "(dry) sandbox> "
    output = shell.run("delete service demo")
    assert "dry run: would delete service" in output
    assert "1" in shell.run("list services | count")
    assert "dry run off" in shell.run(".dryrun off")
    assert prompt(shell) == "sandbox> "
    shell.run("delete service demo")
    assert "0" in shell.run("list services | count")
    assert "error: .dryrun takes on|off, not 'maybe'" in shell.run(".dryrun maybe")
    assert shell.exit() == 0


def test_dry_run_from_the_command_line_shows_in_the_prompt_and_can_be_switched_off(spawn):
    shell = spawn("--dry-run")
    shell.expect_prompt()
    assert prompt(shell) == "(dry) sandbox> "
    shell.run(".dryrun off")
    assert prompt(shell) == "sandbox> "
    assert shell.exit() == 0


def test_dot_help_names_the_new_settings_and_tab_offers_them(spawn):
    shell = spawn()
    shell.expect_prompt()
    output = shell.run(".help")
    assert ".dryrun on|off" in output and ".reset" in output
    assert_no_value_dump(output)
    shell.child.send(".dr\t")
    shell.child.sendline("on")
    shell.child.expect("dry run on")
    shell.expect_prompt()
    assert shell.exit() == 0
