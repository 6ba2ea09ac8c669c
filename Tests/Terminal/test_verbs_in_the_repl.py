"""The Serverless verbs in the REPL against the embedded sandbox: output, context prompt,
completion of verbs, nouns, parameters and SIDs, hints, and Ctrl-C during a long await, a
parallel loop or a deploy."""

import re
import shutil

import pexpect
from conftest import REPO, assert_no_value_dump


def create_demo_service(shell):
    output = shell.run('create service unique_name=demo friendly_name="Demo service"')
    match = re.search(r"\b(ZS[0-9a-f]{32})\b", output)
    assert match, output
    return match.group(1)


def use_demo_service_with_a_function_version(shell):
    """Creates service demo, uses it, and sets $v to a function version builds can take."""
    create_demo_service(shell)
    shell.child.sendline("use service demo")
    shell.child.expect("sandbox:demo> ")
    shell.run("let f = create function friendly_name=hello")
    shell.run('let v = create function version $f path=/hello visibility=public content="exports.handler = 1"')


def test_a_verb_and_its_output(spawn):
    shell = spawn()
    shell.expect_prompt()
    output = shell.run('create service unique_name=demo friendly_name="Demo service"')
    assert re.search(r"unique_name\s+demo", output)
    assert re.search(r"friendly_name\s+Demo service", output)
    assert shell.exit() == 0


def test_use_service_shows_in_the_prompt(spawn):
    shell = spawn()
    shell.expect_prompt()
    create_demo_service(shell)
    shell.child.sendline("use service demo")
    shell.child.expect("sandbox:demo> ")
    assert shell.exit() == 0


def test_tab_completes_a_verb_a_noun_and_a_parameter(spawn):
    shell = spawn()
    shell.expect_prompt()
    shell.child.send("cre\t")
    shell.child.send("servi\t")
    shell.child.send("uniq\t")
    shell.child.send("tabbed friendly_name=T\r")
    shell.expect_prompt()
    assert re.search(r"unique_name\s+tabbed", shell.child.before)
    assert shell.exit() == 0


def test_tab_completes_a_sid_seen_in_this_session(spawn):
    shell = spawn()
    shell.expect_prompt()
    sid = create_demo_service(shell)
    shell.child.send("fetch service ZS\t")
    shell.child.send("\r")
    shell.child.expect(re.escape(sid))
    shell.expect_prompt()
    assert re.search(r"unique_name\s+demo", shell.child.before)
    assert shell.exit() == 0


def test_a_hint_lists_the_parameters_after_verb_and_noun(spawn):
    shell = spawn()
    shell.expect_prompt()
    shell.child.send("create service ")
    shell.child.expect(r"\x1b\[2m.*unique_name=STRING")
    shell.child.sendcontrol("u")
    assert shell.exit() == 0


def test_ctrl_c_cancels_a_long_await_and_the_session_lives_on(spawn):
    shell = spawn("--sandbox-build-time", "10m")
    shell.expect_prompt()
    use_demo_service_with_a_function_version(shell)
    shell.run("let b = create build functions=[$v] runtime=node22")
    shell.child.sendline("await $b")
    shell.child.expect(r"await \$b\r\n")
    # Let the await poll for a while before interrupting it.
    index = shell.child.expect([pexpect.TIMEOUT, "sandbox:demo> "], timeout=2)
    assert index == 0, "await returned although the build takes ten minutes"
    shell.child.sendcontrol("c")
    shell.child.expect("interrupted", timeout=15)
    shell.child.expect("sandbox:demo> ")
    output = shell.run("fetch build $b | select status")
    assert "building" in output
    assert shell.exit() == 0


def test_ctrl_c_while_deploy_awaits_its_build_then_deploy_again_makes_no_second_build(spawn, home):
    shutil.copytree(REPO / "docs" / "examples" / "project", home / "project", ignore=shutil.ignore_patterns(".buildsh"))
    shell = spawn("--sandbox-build-time", "10s")
    shell.expect_prompt()
    shell.child.sendline("deploy project")
    shell.child.expect(r"building (ZB[0-9a-f]{32})")
    build = shell.child.match.group(1)
    shell.child.sendcontrol("c")
    shell.child.expect("interrupted", timeout=15)
    shell.expect_prompt()
    assert build in (home / "project" / ".buildsh" / "deploy-state.json").read_text()
    output = shell.run("deploy project")
    assert f"{build} of an earlier, stopped deploy has this content and is still building" in output
    assert re.search(r"status\s+deployed", output)
    assert re.search(rf"build_sid\s+{build}", output)
    assert shell.run("list builds service=hello-project | count").strip().endswith("1")
    assert shell.exit() == 0


def test_a_destructive_loop_asks_first_and_no_keeps_everything(spawn):
    shell = spawn()
    shell.expect_prompt()
    shell.run("create service unique_name=a friendly_name=A")
    shell.run("create service unique_name=b friendly_name=B")
    shell.child.sendline("foreach s in (list services) { delete service $s }")
    shell.child.expect(r"Delete services\? \[y/N\] ")
    output = shell.run("n")
    assert "not confirmed" in output
    assert "2" in shell.run("list services | count")
    shell.child.sendline("foreach s in (list services) { delete service $s }")
    shell.child.expect(r"\[y/N\] ")
    shell.run("y")
    assert "0" in shell.run("list services | count")
    assert shell.exit() == 0


def test_ctrl_c_during_a_parallel_delete_lists_what_may_have_been_deleted(spawn):
    """Bodies still running when Ctrl-C arrives are "outcome unknown" in the summary and listed by
    SID, so the summary brackets what the sandbox really deleted: done <= deleted <= done + unknown."""
    shell = spawn("--yes", "--sandbox-build-time", "0s")
    shell.expect_prompt()
    use_demo_service_with_a_function_version(shell)
    shell.run("foreach i in range(8) { let made = create build functions=[$v] runtime=node22 }")
    shell.run("let all = (list builds | sort sid)")
    sids = re.findall(r"\bZB[0-9a-f]{32}\b", shell.run("foreach b in $all { print $b.sid }"))
    assert len(sids) == 8, sids
    # Items 0 and 1 delete and finish; items 2 to 5 delete, then wait (an answer never seen);
    # items 6 and 7 never start.
    shell.child.sendline(
        "foreach b in $all parallel 4 { delete build $b; "
        "if $b.sid != $all[0].sid and $b.sid != $all[1].sid { sleep(60s) } }")
    shell.child.expect(r"2/8")
    index = shell.child.expect([pexpect.TIMEOUT, "sandbox:demo> "], timeout=1.5)
    assert index == 0, "the loop ended although four bodies wait a minute"
    shell.child.sendcontrol("c")
    shell.child.expect(r"(\d+) done · (\d+) failed · (\d+) outcome unknown · (\d+) skipped", timeout=15)
    done, failed, unknown, skipped = (int(group) for group in shell.child.match.groups())
    assert (done, failed, unknown, skipped) == (2, 0, 4, 2)
    shell.child.expect("interrupted", timeout=15)
    listing = shell.child.before
    shell.child.expect("sandbox:demo> ")
    assert "4 items were still running when the loop was cancelled" in listing
    listed = re.findall(r"item (\d) \((ZB[0-9a-f]{32})\)", listing)
    assert listed == [(str(i), sids[i]) for i in range(2, 6)], listing
    assert_no_value_dump(listing)
    remaining = set(re.findall(r"\bZB[0-9a-f]{32}\b", shell.run("foreach b in (list builds) { print $b.sid }")))
    deleted = set(sids) - remaining
    assert set(sids[:2]) <= deleted <= set(sids[:6])
    assert done <= len(deleted) <= done + unknown
    assert shell.exit() == 0


def test_version_names_the_build_swift_and_libedit(spawn, run_buildsh):
    release = run_buildsh("--version").stdout.strip()
    shell = spawn()
    shell.expect_prompt()
    output = shell.run("version")
    assert re.search(rf"buildsh\s+{re.escape(release)}\s", output), output
    assert re.search(r"swift\s+\d+\.\d+", output), output
    assert re.search(r"line_editing\s+libedit\s", output), output
    assert shell.exit() == 0
