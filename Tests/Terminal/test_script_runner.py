"""buildsh as a script runner: files, -c, standard input, $args and the documented exit codes."""

import os
import re
import stat


def test_c_runs_code_and_passes_args(run_buildsh):
    result = run_buildsh("-c", 'print "n=${len($args)}"; print $args', "a", "--b")
    assert result.returncode == 0
    assert result.stdout == 'n=2\n["a", "--b"]\n'


def test_a_script_file_with_a_shebang_runs_directly(home, binary):
    script = home / "hello.bsh"
    script.write_text('#!/usr/bin/env buildsh\nprint "hello ${$args[0]}"\n')
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    import subprocess
    from conftest import environment
    env = environment(home)
    env["PATH"] = os.path.dirname(binary) + os.pathsep + env.get("PATH", "")
    result = subprocess.run([str(script), "world"], env=env, capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "hello world\n"


def test_a_script_on_standard_input_runs_without_a_terminal(run_buildsh):
    result = run_buildsh(input='let x = 20\nprint ($x + 1)\n')
    assert result.returncode == 0, result.stderr
    assert result.stdout == "21\n"


def test_a_dash_reads_the_script_from_standard_input_with_args(run_buildsh):
    result = run_buildsh("-", "one", input="print $args\n")
    assert result.stdout == '["one"]\n'


def test_a_runtime_error_exits_1_with_the_diagnostic_on_stderr(run_buildsh, home):
    script = home / "broken.bsh"
    script.write_text('print "before"\nlet x = nosuch(1)\nprint "after"\n')
    result = run_buildsh(str(script))
    assert result.returncode == 1
    assert result.stdout == "before\n"
    assert f"{script}:2:9: error:" in result.stderr
    assert "let x = nosuch(1)" in result.stderr


def test_a_syntax_error_exits_2_and_runs_nothing(run_buildsh):
    result = run_buildsh("-c", 'print "ran"\nprint (')
    assert result.returncode == 2
    assert result.stdout == ""
    assert "<command>:2:" in result.stderr


def test_exit_n_sets_the_status(run_buildsh):
    assert run_buildsh("-c", "exit 7").returncode == 7


def test_usage_errors_exit_2(run_buildsh):
    assert run_buildsh("--no-such-flag").returncode == 2
    assert run_buildsh("-o", "yaml", "-c", "print 1").returncode == 2
    missing = run_buildsh("missing.bsh")
    assert missing.returncode == 2
    assert "cannot open script 'missing.bsh'" in missing.stderr


def test_help_and_version(run_buildsh):
    help_text = run_buildsh("--help")
    assert help_text.returncode == 0
    for flag in ["--api-url", "-o, --output", "--yes", "--dry-run", "--safe", "--verbose", "--sandbox-data"]:
        assert flag in help_text.stdout
    assert "130" in help_text.stdout
    version = run_buildsh("--version")
    assert version.returncode == 0
    assert re.fullmatch(r"\d+\.\d+\.\d+ \(([0-9a-f]{7}|unknown commit)\)\n", version.stdout), version.stdout


def test_sigint_stops_a_script_with_status_130(binary, home):
    import signal
    import subprocess
    import time
    from conftest import environment
    child = subprocess.Popen(
        [binary, "-c", 'print "started"\nsleep(60s)\nprint "not reached"'],
        env=environment(home), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    assert child.stdout.readline() == "started\n"
    time.sleep(0.2)
    child.send_signal(signal.SIGINT)
    out, err = child.communicate(timeout=30)
    assert child.returncode == 130
    assert "not reached" not in out


def test_a_closed_output_pipe_ends_quietly_with_status_141(binary, home):
    """`buildsh ... | head -1`: when the reader goes, buildsh stops without a message (status 141)."""
    import subprocess
    from conftest import environment
    child = subprocess.Popen(
        [binary, "-c", "foreach i in range(1000000) { print $i }"],
        env=environment(home), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert child.stdout.readline() == b"0\n"
    child.stdout.close()
    _, err = child.communicate(timeout=60)
    assert child.returncode == 141
    assert err == b""


def test_exit_codes_outside_0_to_255_are_runtime_errors(run_buildsh):
    for code, message in [("256", "exit code must be from 0 to 255, not 256"), ("1.5", "exit code must be a whole number, not 1.5"),
                          ("-1", "exit code must be from 0 to 255, not -1")]:
        result = run_buildsh("-c", "exit " + code)
        assert result.returncode == 1, code
        assert message in result.stderr
    assert run_buildsh("-c", "exit 255").returncode == 255


def test_invalid_utf8_is_a_syntax_error_for_files_c_and_standard_input(binary, home):
    """One rule for the three inputs: exit 2 and the place of the first bad byte."""
    import subprocess
    from conftest import environment
    source = b'print "ok"\nprint "\xff"\n'
    script = home / "latin1.bsh"
    script.write_bytes(source)
    runs = {
        str(script): subprocess.run([binary, str(script)], env=environment(home), capture_output=True, timeout=30),
        "<command>": subprocess.run([binary, "-c", source], env=environment(home), capture_output=True, timeout=30),
        "<stdin>": subprocess.run([binary], input=source, env=environment(home), capture_output=True, timeout=30),
    }
    for name, result in runs.items():
        assert result.returncode == 2, name
        assert result.stdout == b"", name
        assert f"{name}:2:8: error: invalid UTF-8 byte 0xFF; scripts must be UTF-8 text".encode() in result.stderr, name


def test_c_takes_a_value_starting_with_a_dash(run_buildsh):
    result = run_buildsh("-c", "-1")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "-1\n"


def test_usage_errors_point_at_help_that_exists(run_buildsh):
    for arguments in [["-c"], ["--sandbox-build-time", "-5s", "-c", "print 1"], ["--sandbox-build-time"]]:
        result = run_buildsh(*arguments)
        assert result.returncode == 2, arguments
        assert "See '" in result.stderr, arguments
        command = result.stderr.split("See '")[1].split("'")[0].split()
        named = run_buildsh(*command[1:])
        assert named.returncode == 0, command
        assert "-c <CODE>" in named.stdout, command


def test_print_of_a_listing_in_parentheses_prints_its_rows(run_buildsh):
    result = run_buildsh("--sandbox", "-c", "print (list services | select sid)")
    assert result.returncode == 0, result.stderr
    assert "<stream" not in result.stdout


def test_await_timeouts_that_are_not_finite_or_too_long_are_errors_naming_timeout(run_buildsh):
    for timeout, message in [('num("nan")', "'timeout' must be a duration (like 30s), not number nan"),
                             ("1e300s", "timeout is too long (at most 115d17h46m40s)"),
                             ("(1s * 1e304 * 1e10)", "the duration is not a finite number (infs)")]:
        result = run_buildsh("--sandbox", "-c", "await ZB00000000000000000000000000000000 timeout=" + timeout)
        assert result.returncode == 1, timeout
        assert message in result.stderr, (timeout, result.stderr)


def test_the_quick_reading_of_common_command_lines_agrees_with_the_full_parser(run_buildsh, home):
    """`buildsh -c CODE ARGS`, `buildsh FILE ARGS` and `buildsh` skip ArgumentParser; a leading
    option (`--yes`, which changes nothing here) sends the same line through it instead."""
    (home / "show.bsh").write_text("print $args\n")
    lines = [
        ["-c", "print $args"],
        ["-c", "print $args", "a", "-o", "json", "--", "b"],
        ["-c", "-1"],
        ["show.bsh"],
        ["show.bsh", "-x", "--yes", "two words"],
    ]
    for line in lines:
        quick = run_buildsh(*line)
        full = run_buildsh("--yes", *line)
        assert (quick.returncode, quick.stdout, quick.stderr) == (full.returncode, full.stdout, full.stderr), line
    assert run_buildsh("-c", "print $args", "a", "-o", "json").stdout == '["a", "-o", "json"]\n'
    piped = run_buildsh(input="print (6 * 7)\n")
    assert piped.returncode == 0 and piped.stdout == "42\n"
