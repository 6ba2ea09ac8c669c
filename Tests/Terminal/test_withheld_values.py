"""A variable's value never reaches the history file or a script written by `.save`, whatever its key:
history keeps the line with the value replaced by a placeholder that fails when run, and the saved script
reads each value from an environment variable it checks before running anything."""

import subprocess

from conftest import environment

SECRETS = ("sk_test_abc123", "sk_live_zzz", "sk_upd_999", "sk_broken")


def history_text(home) -> str:
    return (home / ".local" / "state" / "buildsh" / "history").read_text()


def buildsh(binary, home, *arguments, **variables):
    """Runs buildsh without a terminal, with `variables` added to its environment."""
    env = environment(home)
    env.update(variables)
    return subprocess.run([binary, *arguments], env=env, cwd=str(home), capture_output=True, text=True, timeout=60)


def test_a_variables_value_never_reaches_history_or_save(spawn, home, binary):
    (home / "from-file.txt").write_text("read from a file")
    shell = spawn()
    shell.expect_prompt()
    shell.run("create service unique_name=S friendly_name=S")
    shell.run("create environment service=S unique_name=dev domain_suffix=dev")
    shell.run("create variable service=S environment=dev key=STRIPE_SECRET value=sk_test_abc123")
    shell.run('let v = create variable service=S environment=dev key=PLAIN value="sk_live_zzz"')
    shell.run('update variable $v service=S environment=dev value="sk_upd_999"')
    shell.run("create variable service=S environment=dev key=FILE value=@from-file.txt")   # a path, not a value
    assert "error" in shell.run('create variable service=S key=BAD value="sk_broken" )')   # does not parse: kept nowhere
    output = shell.run(".save f.bsh")
    assert (
        "saved 6 statements to f.bsh (3 values not written down: "
        "set BUILDSH_VALUE_STRIPE_SECRET, BUILDSH_VALUE_PLAIN, BUILDSH_VALUE_1 to run it)" in output
    )

    # Up-arrow brings the line back without its value; run as it is, it stops with an error.
    shell.child.send("\x1b[A" * 5)
    output = shell.run("")
    assert "error: value not kept in history" in output
    assert 'key=STRIPE_SECRET value=error("value not kept in history")' in output   # the line, under the error
    assert "1" in shell.run("list variables service=S environment=dev | where key == 'STRIPE_SECRET' | count")
    assert shell.exit() == 0

    history = history_text(home)
    assert 'create variable service=S environment=dev key=STRIPE_SECRET value=error("value not kept in history")' in history
    assert "value=@from-file.txt" in history
    script = (home / "f.bsh").read_text()
    for secret in SECRETS:
        assert secret not in history
        assert secret not in script
    assert "key=STRIPE_SECRET value=env(\"BUILDSH_VALUE_STRIPE_SECRET\")" in script
    assert "value=@from-file.txt" in script
    assert "#   BUILDSH_VALUE_1  (value= of update variable)" in script

    # Without the values the script stops before it does anything, naming what to set.
    data = str(home / "fresh.sqlite")
    result = buildsh(binary, home, "--sandbox-data", data, "f.bsh", BUILDSH_VALUE_STRIPE_SECRET="from-env")
    assert result.returncode == 1
    assert "set BUILDSH_VALUE_PLAIN to the value= of create variable key=PLAIN" in result.stderr
    assert buildsh(binary, home, "--sandbox-data", data, "-c", "list services | count").stdout.strip() == "0"

    # With them it does what the session did, with the values from the environment.
    result = buildsh(
        binary, home, "--sandbox-data", data, "f.bsh",
        BUILDSH_VALUE_STRIPE_SECRET="one", BUILDSH_VALUE_PLAIN="two", BUILDSH_VALUE_1="three",
    )
    assert result.returncode == 0, result.stderr
    listed = buildsh(
        binary, home, "--sandbox-data", data, "-o", "tsv", "-c",
        "list variables service=S environment=dev | select key, value",
    )
    rows = sorted(line for line in listed.stdout.strip().splitlines() if not line.startswith("key"))
    assert rows == ["FILE\tread from a file", "PLAIN\tthree", "STRIPE_SECRET\tone"]
