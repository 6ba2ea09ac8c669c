"""`learn`: lessons inside the REPL, checked against the lesson's own sandbox after each statement."""

import json
import re

from conftest import assert_no_value_dump

FAST = ("--sandbox-build-time", "200ms")


def start(spawn):
    shell = spawn(*FAST)
    shell.expect_prompt()
    return shell


def prompt(shell) -> str:
    """The whole prompt the last command ended on (`(functions 2/7, dry) sandbox> `)."""
    return shell.child.before.rsplit("\n", 1)[-1] + shell.child.after


def step_done(shell, line, number):
    output = shell.run(line)
    assert f"✓ step {number} done" in output, output
    assert "hint:" not in output, output
    return output


def answer_yes(shell, line):
    shell.child.sendline(line)
    shell.child.expect(r"\[y/N\] ")
    output = shell.child.before
    return output + shell.run("y")


def cleanup_keeping_one(shell):
    """`cleanup service=junk keep=1`, answering its question if it asks one."""
    shell.child.sendline("cleanup service=junk keep=1")
    index = shell.child.expect([r"\[y/N\] ", r"sandbox(:[\w/-]+)?> "])
    return shell.child.before + (shell.run("y") if index == 0 else "")


def test_learn_lists_one_lesson_a_line_name_first(spawn):
    shell = start(spawn)
    output = shell.run("learn")
    names = [line.split()[0] for line in output.splitlines()[1:] if line.strip() and not line.startswith("learn")]
    assert names[:3] == ["functions", "deploy", "cleanup"], output
    assert "not started" in output
    assert shell.exit() == 0


def test_the_functions_lesson_with_an_alternative_command_and_a_wrong_attempt(spawn, home):
    shell = start(spawn)
    intro = shell.run("learn functions")
    assert "step 1 of 7: Create a service" in intro and "task:" in intro
    assert prompt(shell) == "(functions 1/7) sandbox> "
    # A wrong attempt: the hint, and no advance.
    wrong = shell.run("create service unique_name=other friendly_name=Other")
    assert "hint: create service unique_name=demo friendly_name=Demo" in wrong
    assert "step 1 of 7" in shell.run("learn status")
    # Another correct way than the hint's passes: the check reads the sandbox, not the text typed.
    step_done(shell, 'create service unique_name=demo friendly_name="My demo"', 1)
    step_done(shell, "use service demo", 2)
    step_done(shell, "let hello = create function friendly_name=hello", 3)
    step_done(shell, "let v1 = create function version $hello path=/hello visibility=public content=@hello.js", 4)
    # The failing statement is the lesson: its error is rendered as usual, and the step passes.
    output = step_done(shell, "create build runtime=node22", 5)
    assert "20001" in output
    step_done(shell, "let b = create build functions=[$v1] runtime=node22", 6)
    # Another way than the hint's (`await $b`): the check reads the build it gave back.
    output = step_done(shell, "await (list builds | first)", 7)
    assert "lesson functions finished: 7 of 7 steps done" in output
    # Back in the learner's own sandbox, which the lesson never touched.
    assert "(functions" not in prompt(shell)
    assert "0" in shell.run("list services | count")
    assert "finished" in shell.run("learn")
    progress = json.loads((home / ".local/state/buildsh/lessons/functions.json").read_text())
    assert progress["step"] == 7
    assert shell.exit() == 0


def test_the_deploy_lesson(spawn):
    shell = start(spawn)
    assert "step 1 of 6: Deploy the folder" in shell.run("learn deploy")
    step_done(shell, "deploy project environment=dev", 1)
    step_done(shell, "use service hello-project", 2)
    step_done(shell, "fetch build status (fetch environment dev).build_sid", 3)
    step_done(shell, "promote from=dev to=prod create=true", 4)
    # Reproducer: the lesson never taught `status`, the verb the issue names for it.
    output = step_done(shell, "status", 5)
    assert "prod" in output and "dev" in output
    # A statement that reads no logs does not pass the logs step, even when it runs without an error.
    assert "hint: tail logs" in shell.run("1")
    output = step_done(shell, "tail logs environment=prod for=1s", 6)
    assert "lesson deploy finished: 6 of 6 steps done" in output
    assert shell.exit() == 0


def test_a_value_typed_does_not_pass_a_step_the_statement_must_do_it(spawn):
    """Reproducer: typing `3` passed the cleanup lesson's step 1, `1` its step 2 in a dry run, and
    `20404` its step 4: the checks read the value, not what the statement did."""
    shell = start(spawn)
    shell.run("learn cleanup")
    assert "hint: list builds" in shell.run("3")
    assert "step 1 of 6" in shell.run("learn status")
    step_done(shell, 'list builds service=junk | where status == "failed" | count', 1)
    shell.run(".dryrun on")
    assert "hint:" in shell.run("1")
    assert "hint:" in shell.run('list builds service=junk | where status == "failed" | count')
    step_done(shell, 'list builds service=junk | where status == "failed" | delete build', 2)
    shell.run(".dryrun off")
    answer_yes(shell, 'list builds service=junk | where status == "failed" | delete build')
    assert "hint:" in shell.run("20404")
    assert "step 4 of 6" in shell.run("learn status")
    step_done(shell, "try { delete build ZB00000000000000000000000000000000 service=junk } catch e { $e.code }", 4)
    assert shell.exit() == 0


def test_the_cleanup_lesson(spawn):
    shell = start(spawn)
    assert "step 1 of 6: Look first" in shell.run("learn cleanup")
    step_done(shell, 'list builds service=junk | where status == "failed" | count', 1)
    assert "dry run on" in shell.run(".dryrun on")
    assert prompt(shell) == "(cleanup 2/6, dry) sandbox:junk> " or prompt(shell) == "(cleanup 2/6, dry) sandbox> "
    step_done(shell, 'list builds service=junk | where status == "failed" | delete build', 2)
    shell.run(".dryrun off")
    output = answer_yes(shell, 'list builds service=junk | where status == "failed" | delete build')
    assert "✓ step 3 done" in output, output
    step_done(shell, "try { delete build ZB00000000000000000000000000000000 service=junk } catch e { $e.code }", 4)
    output = answer_yes(shell, 'foreach f in (list functions service=junk | where starts_with(friendly_name, "scratch")) parallel 4 { delete function $f }')
    assert "✓ step 5 done" in output, output
    assert "3" in shell.run("list builds service=junk | count")
    output = cleanup_keeping_one(shell)
    assert "lesson cleanup finished: 6 of 6 steps done" in output, output
    assert shell.exit() == 0


def test_the_cleanup_lessons_last_step_deletes_the_older_builds(spawn):
    """Reproducer: the lesson's builds were made in one second, so `cleanup keep=1` kept all three
    and the step passed having deleted nothing."""
    shell = start(spawn)
    shell.run("learn cleanup")
    for _ in range(5):
        shell.run("learn next")
    assert "step 6 of 6" in shell.run("learn status")
    # The step passes on what the sandbox holds, not on cleanup's value.
    assert "hint: cleanup" in shell.run('[{service: "junk"}]')
    output = cleanup_keeping_one(shell)
    assert "lesson cleanup finished" in output, output
    assert shell.exit() == 0


def test_hint_next_back_restart_quit_and_status(spawn):
    shell = start(spawn)
    assert "no lesson in progress" in shell.run("learn status")
    assert "error: no lesson in progress" in shell.run("learn hint")
    shell.run("learn functions")
    assert "hint: create service unique_name=demo friendly_name=Demo" in shell.run("learn hint")
    output = shell.run("learn next")
    assert "skipped step 1" in output and "step 2 of 7" in output
    assert "skipped: step 1" in shell.run("learn status")
    assert "step 1 of 7" in shell.run("learn back")
    step_done(shell, "create service unique_name=demo friendly_name=Demo", 1)
    assert "step 2 of 7" in shell.run("learn status")
    output = shell.run("learn restart")
    assert "restarted" in output and "step 1 of 7" in output
    # A fresh sandbox: the service made before the restart is gone.
    assert "0" in shell.run("list services | count")
    output = shell.run("learn quit")
    assert "left lesson functions at step 1 of 7" in output
    assert "(functions" not in prompt(shell)
    assert "error: no lesson 'functoins' (did you mean 'functions'?)" in shell.run("learn functoins")
    assert shell.exit() == 0


def hint(shell):
    """The current step's hint, as `learn hint` prints it."""
    output = shell.run("learn hint")
    return re.search(r"hint: (.*?)(\s{3}\(or:.*)?\r?$", output, re.MULTILINE).group(1).strip()


def test_progress_survives_a_restart(spawn):
    shell = start(spawn)
    shell.run("learn functions")
    step_done(shell, "create service unique_name=demo friendly_name=Demo", 1)
    step_done(shell, "use service demo", 2)
    assert shell.exit() == 0
    shell = start(spawn)
    assert "at step 3 of 7" in shell.run("learn")
    output = shell.run("learn functions")
    assert "resumed at step 3 of 7" in output and "step 3 of 7: Create a function" in output
    # Resuming shows nothing of what it rebinds.
    assert "ZS" not in output, output
    # Reproducer: after a restart `use service` and the variables the steps before made were gone,
    # so the hint's own command failed (`unknown variable '$hello'`). Each hint is followed as
    # printed, with a restart before every step.
    for number in range(3, 8):
        output = step_done(shell, hint(shell), number)
        assert "error:" not in output or number == 5, output
        if number < 7:
            assert shell.exit() == 0
            shell = start(spawn)
            assert f"resumed at step {number + 1} of 7" in shell.run("learn functions")
    assert "lesson functions finished: 7 of 7 steps done" in output
    assert shell.exit() == 0


LESSON = """\
# A teacher's own lesson.
lesson greetings
title Say hello
about
  Two small steps.
step Make a greeting
  Strings join with +.
task Make the string "hello, world".
check $result == "hello, world"
hint "hello, " + "world"
step Count to three
task Make the list [1, 2, 3] with range.
check
  $result == [1, 2, 3]
hint range(1, 4)
"""


def test_a_custom_lesson_file_runs(spawn, home):
    (home / "greetings.lesson").write_text(LESSON)
    shell = start(spawn)
    assert "greetings.lesson: ok: lesson greetings, 2 steps" in shell.run("learn check greetings.lesson")
    output = shell.run("learn greetings.lesson")
    assert "lesson greetings: Say hello" in output and "step 1 of 2: Make a greeting" in output
    assert "hint:" in shell.run('"hello"')
    step_done(shell, '"hello, " + "world"', 1)
    output = step_done(shell, "[1, 2, 3]", 2)
    assert "lesson greetings finished" in output
    assert shell.exit() == 0


def test_a_lesson_file_named_like_a_built_in_keeps_its_own_progress_and_sandbox(spawn, home):
    """Reproducer: a teacher's lesson file named `functions` shared the built-in lesson's progress
    and sandbox."""
    (home / "mine.lesson").write_text(LESSON.replace("lesson greetings", "lesson functions"))
    shell = start(spawn)
    shell.run("learn functions")
    step_done(shell, "create service unique_name=demo friendly_name=Demo", 1)
    output = shell.run("learn quit")
    assert "`learn functions` resumes it" in output
    output = shell.run("learn mine.lesson")
    assert "resumed" not in output and "step 1 of 2: Make a greeting" in output, output
    assert "0" in shell.run("list services | count")
    step_done(shell, '"hello, " + "world"', 1)
    output = shell.run("learn quit")
    assert "`learn mine.lesson` resumes it" in output, output
    assert "at step 2 of 7" in shell.run("learn")
    output = shell.run("learn functions")
    assert "resumed at step 2 of 7" in output, output
    assert "1" in shell.run("list services | count")
    assert "resumed at step 2 of 2" in shell.run("learn mine.lesson")
    assert shell.exit() == 0


BROKEN = """\
lesson greetings
title Say hello
step Make a greeting
task Make the string "hello".
check $result == (
hint "hello"
stpe Count
step Count to three
task Count.
hint range(1, 4)
"""


def test_learn_check_names_file_and_line_of_each_problem(spawn, home):
    (home / "broken.lesson").write_text(BROKEN)
    shell = start(spawn)
    output = shell.run("learn check broken.lesson")
    assert re.search(r"broken\.lesson:5: error: check: ", output), output
    assert "broken.lesson:7: error: unknown field 'stpe' (did you mean 'step'?)" in output
    assert "broken.lesson:8: error: step 'Count to three' has no check" in output
    # A lesson with problems does not start.
    output = shell.run("learn broken.lesson")
    assert "broken.lesson:7:" in output and "step 1 of" not in output
    assert "error: cannot read lesson file nosuch.lesson" in shell.run("learn check nosuch.lesson")
    assert_no_value_dump(output)
    assert shell.exit() == 0
