"""The installed completion scripts: they know the options, `sandbox serve`'s flags, twilio-cli's
profile names for -p, and .bsh files for the script; bash's is exercised for real."""

import json
import os
import re
import shutil
import subprocess
import time

import pexpect
import pytest

from conftest import environment

BASH_COMPLETION = "/usr/share/bash-completion/bash_completion"

PROFILES = {
    "projects": [{"id": "work", "accountSid": "AC" + "0" * 32}],
    "activeProject": "work",
    "profiles": {"personal": {"apiKey": "SK" + "1" * 32, "apiSecret": "s3cret-not-shown", "accountSid": "AC" + "2" * 32}},
}


@pytest.fixture(scope="module")
def profile_home(installed):
    _, home, _ = installed
    (home / ".twilio-cli").mkdir(exist_ok=True)
    (home / ".twilio-cli/config.json").write_text(json.dumps(PROFILES))
    return home


def complete(prefix, home, words, folder=None):
    """What bash's completion offers for the last of `words` (the first is the command)."""
    script = prefix / "share/bash-completion/completions/buildsh"
    line = " ".join(words)
    quoted = " ".join("'" + word.replace("'", "'\\''") + "'" for word in words)
    program = f"""
        source '{script}'
        COMP_WORDS=({quoted})
        COMP_CWORD={len(words) - 1}
        COMP_LINE='{line}'
        COMP_POINT={len(line)}
        function=$(complete -p buildsh)
        function=${{function##*-F }}
        function=${{function%% *}}
        "$function" "{words[0]}" "{words[-1]}" "{words[-2]}"
        printf '%s\\n' "${{COMPREPLY[@]}}"
    """
    result = subprocess.run(["bash", "-c", program], capture_output=True, text=True, cwd=folder,
                            env=environment(home), timeout=60)
    assert result.returncode == 0, result.stderr
    return sorted(set(result.stdout.split()))


def test_each_shell_gets_a_script_naming_profiles_and_bsh_files(installed):
    prefix, _, _ = installed
    for path in ["share/bash-completion/completions/buildsh", "share/zsh/site-functions/_buildsh",
                 "share/fish/vendor_completions.d/buildsh.fish"]:
        text = (prefix / path).read_text()
        assert "--profile" in text and "bsh" in text and "---completion" in text, path
        assert "in-memory" in text and "sandbox-build-time" in text, path


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
class TestBash:
    def test_registers_the_completion(self, installed):
        prefix, home, _ = installed
        script = prefix / "share/bash-completion/completions/buildsh"
        result = subprocess.run(["bash", "-c", f"source '{script}' && complete -p buildsh"],
                                capture_output=True, text=True, env=environment(home), timeout=60)
        assert result.returncode == 0 and "_buildsh" in result.stdout, result.stderr

    @pytest.mark.skipif(not os.path.exists(BASH_COMPLETION), reason="bash-completion is not installed")
    def test_bash_completion_finds_it_where_it_was_installed(self, installed):
        # bash-completion looks in $XDG_DATA_HOME/bash-completion/completions (~/.local/share when
        # unset) the first time a command's completion is asked for; here the prefix stands for ~/.local.
        prefix, home, _ = installed
        program = f"source {BASH_COMPLETION}; __load_completion buildsh; complete -p buildsh"
        result = subprocess.run(["bash", "--norc", "-i", "-c", program], capture_output=True, text=True,
                                stdin=subprocess.DEVNULL, env=environment(home, XDG_DATA_HOME=str(prefix / "share")),
                                timeout=60)
        assert result.returncode == 0 and "-F _buildsh_with_scripts buildsh" in result.stdout, result.stderr

    def test_completes_profile_names_from_twilio_cli(self, installed, profile_home):
        prefix, _, _ = installed
        binary = str(prefix / "bin/buildsh")
        assert complete(prefix, profile_home, [binary, "-p", ""]) == ["personal", "work"]
        assert complete(prefix, profile_home, [binary, "--profile", "w"]) == ["work"]
        assert complete(prefix, profile_home, [binary, "sandbox", "import", "-p", "p"]) == ["personal"]

    def test_a_missing_or_broken_twilio_cli_file_completes_nothing(self, installed, tmp_path):
        prefix, _, _ = installed
        binary = str(prefix / "bin/buildsh")
        assert complete(prefix, tmp_path, [binary, "-p", ""]) == []
        (tmp_path / ".twilio-cli").mkdir()
        (tmp_path / ".twilio-cli/config.json").write_text("{not json")
        assert complete(prefix, tmp_path, [binary, "-p", ""]) == []

    def test_completes_bsh_scripts_and_folders(self, installed, tmp_path):
        prefix, home, _ = installed
        (tmp_path / "tour.bsh").write_text("print 1\n")
        (tmp_path / "notes.txt").write_text("")
        (tmp_path / "examples").mkdir()
        binary = str(prefix / "bin/buildsh")
        offered = complete(prefix, home, [binary, ""], folder=tmp_path)
        assert "tour.bsh" in offered and "examples" in offered and "notes.txt" not in offered
        assert "sandbox" in offered
        # After an option's value the script still goes next; after -c CODE there is none.
        assert "tour.bsh" in complete(prefix, home, [binary, "-o", "json", "--dry-run", ""], folder=tmp_path)
        assert "tour.bsh" not in complete(prefix, home, [binary, "-c", "print 1", ""], folder=tmp_path)
        # The script's own arguments are not the script.
        assert "tour.bsh" not in complete(prefix, home, [binary, "tour.bsh", "sandbox", ""], folder=tmp_path)

    def test_completes_options_and_sandbox_serve_flags(self, installed):
        prefix, home, _ = installed
        binary = str(prefix / "bin/buildsh")
        options = complete(prefix, home, [binary, "--"])
        assert {"--profile", "--output", "--dry-run", "--sandbox", "--version"} <= set(options)
        assert complete(prefix, home, [binary, "-o", ""]) == ["json", "ndjson", "table", "tsv"]
        assert {"diff", "import", "serve"} <= set(complete(prefix, home, [binary, "sandbox", ""]))
        serve = complete(prefix, home, [binary, "sandbox", "serve", "--"])
        assert {"--port", "--host", "--in-memory", "--build-time", "--seed"} <= set(serve)


# Control sequences and the bell, which zsh and fish draw the line with.
DRAWING = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07|\x1b[()][A-Z0-9]|[\x07\x08\r]")


def tab(child, line, expected, seconds=15):
    """Types `line` and Tab; whether the drawn line comes to hold `expected` within `seconds`."""
    child.send(line + "\t")
    seen = ""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            seen += child.read_nonblocking(65536, timeout=0.5)
        except pexpect.TIMEOUT:
            pass
        if expected in DRAWING.sub("", seen):
            break
    child.sendcontrol("u")
    return expected in DRAWING.sub("", seen), DRAWING.sub("", seen)[-300:]


def interactive(program, arguments, setup, installed, profile_home, folder):
    """A shell at a terminal with the installed completion loaded, in `folder`."""
    prefix, _, _ = installed
    env = environment(profile_home, PATH=f"{prefix}/bin:{os.environ['PATH']}", TERM="xterm", PS1="> ")
    child = pexpect.spawn(program, arguments, env=env, cwd=str(folder), encoding="utf-8", timeout=30,
                          dimensions=(24, 120))
    child.sendline(setup)
    time.sleep(1)
    return child


def check_shell(child):
    """Tab completes a script, profile names (through `buildsh ---completion`), `sandbox serve`'s
    flags, an option's values and an option."""
    for line, expected in [("buildsh tou", "buildsh tour.bsh"), ("buildsh -p w", "buildsh -p work"), ("buildsh --profile pers", "buildsh --profile personal"),
                           ("buildsh sandbox serve --in-m", "buildsh sandbox serve --in-memory"),
                           ("buildsh -o nd", "buildsh -o ndjson"), ("buildsh --dry-r", "buildsh --dry-run")]:
        completed, seen = tab(child, line, expected)
        assert completed, (line, seen)
    child.sendline("exit")
    child.expect(pexpect.EOF)


# How each shell starts with no configuration of its own, and loads the installed completion.
SHELLS = {
    "zsh": (["-f", "-i"], "fpath=({prefix}/share/zsh/site-functions $fpath); autoload -U compinit; compinit -u"),
    "fish": (["--no-config", "-i"], "source {prefix}/share/fish/vendor_completions.d/buildsh.fish"),
}


@pytest.mark.parametrize("program", sorted(SHELLS))
def test_the_shell_completes_profiles_scripts_and_flags(program, installed, profile_home, tmp_path):
    if shutil.which(program) is None:
        pytest.skip(f"{program} is not installed")
    prefix, _, _ = installed
    (tmp_path / "tour.bsh").write_text("print 1\n")
    arguments, setup = SHELLS[program]
    check_shell(interactive(program, arguments, setup.format(prefix=prefix), installed, profile_home, tmp_path))


def test_the_script_for_the_login_shell_and_an_unknown_shell(binary, tmp_path):
    zsh = subprocess.run([binary, "--generate-completion-script"], capture_output=True, text=True,
                         env=environment(tmp_path, SHELL="/bin/zsh"), timeout=60)
    assert zsh.returncode == 0 and zsh.stdout.startswith("#compdef buildsh") and "__buildsh_scripts" in zsh.stdout
    fish = subprocess.run([binary, "--generate-completion-script=fish"], capture_output=True, text=True,
                          env=environment(tmp_path), timeout=60)
    assert fish.returncode == 0 and "__fish_complete_path" in fish.stdout
    tcsh = subprocess.run([binary, "--generate-completion-script", "tcsh"], capture_output=True, text=True,
                          env=environment(tmp_path), timeout=60)
    assert tcsh.returncode == 2 and "tcsh" in tcsh.stderr and tcsh.stdout == ""
