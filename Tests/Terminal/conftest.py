"""Starts buildsh in a real pseudo-terminal, each test with its own HOME and XDG folders."""

import os
import pathlib
import subprocess
import sys

import pexpect
import pytest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "PythonSupport"))

from built_binary import checked_buildsh_binary  # noqa: E402  (after the path it is found on)

REPO = pathlib.Path(__file__).resolve().parents[2]
PROMPT = r"sandbox(:[\w/-]+)?> "
# Generous: the machine may be busy compiling; startup is normally a few milliseconds.
TIMEOUT = 30


@pytest.fixture(scope="session")
def binary() -> str:
    return checked_buildsh_binary()


@pytest.fixture
def home(tmp_path: pathlib.Path) -> pathlib.Path:
    """A private home folder; nothing touches the real one."""
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def environment(home: pathlib.Path) -> dict:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("TWILIO_") and not key.startswith("XDG_") and key != "BUILDSH_API_URL"
    }
    env.update(
        HOME=str(home),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        TERM="xterm-256color",
        LANG="C.UTF-8",
        NO_COLOR="1",
    )
    return env


# Text that only a Swift value dump or type name prints; none of it may ever reach a user.
SWIFT_VALUE_DUMPS = ("Optional(", "VerbError(", "ServerlessError", "CancellationError", "Error(", "PageEnvelope<", "Error Domain=")


def assert_no_value_dump(text: str):
    for dump in SWIFT_VALUE_DUMPS:
        assert dump not in text, f"a Swift value dump reached the user: {text!r}"


class Shell:
    """A running buildsh in a pseudo-terminal."""

    def __init__(self, binary: str, home: pathlib.Path, args=()):
        self.home = home
        self.child = pexpect.spawn(
            binary, list(args), env=environment(home), cwd=str(home), encoding="utf-8",
            dimensions=(40, 120), timeout=TIMEOUT,
        )

    def expect_prompt(self):
        self.child.expect(PROMPT)

    def run(self, line: str) -> str:
        """Types `line` and Enter; returns what was printed before the next prompt."""
        self.child.sendline(line)
        self.child.expect(PROMPT)
        assert_no_value_dump(self.child.before)
        return self.child.before

    def exit(self) -> int:
        self.child.sendcontrol("d")
        self.child.expect(pexpect.EOF)
        self.child.close()
        return self.child.exitstatus


@pytest.fixture
def spawn(binary, home):
    shells = []

    def start(*args) -> Shell:
        shell = Shell(binary, home, args)
        shells.append(shell)
        return shell

    yield start
    for shell in shells:
        if shell.child.isalive():
            shell.child.terminate(force=True)


@pytest.fixture
def run_buildsh(binary, home):
    """Runs buildsh without a terminal (script mode); returns the CompletedProcess."""

    def run(*args, input=None, timeout=TIMEOUT):
        return subprocess.run(
            [binary, *args], env=environment(home), cwd=str(home), input=input,
            capture_output=True, text=True, timeout=timeout,
        )

    return run
