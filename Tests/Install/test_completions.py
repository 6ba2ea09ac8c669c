"""The installed completion scripts: they know the options, `sandbox serve`'s flags, twilio-cli's
profile names for -p, and .bsh files for the script; bash's is exercised for real."""

import json
import shutil
import subprocess

import pytest

from conftest import environment

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
        offered = complete(prefix, home, [str(prefix / "bin/buildsh"), ""], folder=tmp_path)
        assert "tour.bsh" in offered and "examples" in offered and "notes.txt" not in offered

    def test_completes_options_and_sandbox_serve_flags(self, installed):
        prefix, home, _ = installed
        binary = str(prefix / "bin/buildsh")
        options = complete(prefix, home, [binary, "--"])
        assert {"--profile", "--output", "--dry-run", "--sandbox", "--version"} <= set(options)
        assert complete(prefix, home, [binary, "-o", ""]) == ["json", "ndjson", "table", "tsv"]
        assert {"diff", "import", "serve"} <= set(complete(prefix, home, [binary, "sandbox", ""]))
        serve = complete(prefix, home, [binary, "sandbox", "serve", "--"])
        assert {"--port", "--host", "--in-memory", "--build-time", "--seed"} <= set(serve)
