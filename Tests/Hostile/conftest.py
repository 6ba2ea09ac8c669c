"""Runs the built buildsh against a HostileServer on loopback, with credentials for it."""

import base64
import os
import pathlib
import subprocess
import sys
from dataclasses import dataclass

import pytest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "PythonSupport"))

from built_binary import buildsh_binary  # noqa: E402  (after the path it is found on)
from hostile_server import ACCOUNT, TOKEN, HostileServer  # noqa: E402

REPO = pathlib.Path(__file__).resolve().parents[2]
# Swift value dumps and type names that must never reach a user.
DUMPS = ("Optional(", "VerbError(", "ServerlessError", "CancellationError", "Error(", "PageEnvelope", "DecodingError")
BASIC = base64.b64encode(f"{ACCOUNT}:{TOKEN}".encode()).decode()


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str
    seconds: float

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


@pytest.fixture
def server():
    hostile = HostileServer("127.0.0.1")
    yield hostile
    hostile.stop()


@pytest.fixture
def other_host():
    """A second listener on another loopback address: it must never see a credential."""
    try:
        hostile = HostileServer("127.0.0.2")
    except OSError as error:
        pytest.skip(f"127.0.0.2 is not usable here: {error}")
    yield hostile
    hostile.stop()


@pytest.fixture
def buildsh(server, tmp_path):
    binary = buildsh_binary()
    if not os.access(binary, os.X_OK):
        pytest.fail(f"buildsh binary not found at {binary}; run `swift build` first")
    home = tmp_path / "home"
    home.mkdir()

    def run(*args, script=None, timeout=60, extra_env=None, api_url=None, stdin_text=None) -> Run:
        import time

        env = {k: v for k, v in os.environ.items() if not k.startswith(("TWILIO_", "XDG_", "BUILDSH_"))}
        env.update(HOME=str(home), TWILIO_ACCOUNT_SID=ACCOUNT, TWILIO_AUTH_TOKEN=TOKEN, LANG="C.UTF-8",
                   NO_COLOR="1", BUILDSH_API_URL=api_url or server.base_url)
        env.update(extra_env or {})
        command = [binary, *args]
        if script is not None:
            path = tmp_path / "script.bsh"
            path.write_text(script)
            command.append(str(path))
        started = time.monotonic()
        completed = subprocess.run(command, capture_output=True, text=True, env=env, timeout=timeout,
                                   cwd=str(tmp_path), input=stdin_text if stdin_text is not None else "")
        result = Run(completed.returncode, completed.stdout, completed.stderr, time.monotonic() - started)
        for dump in DUMPS:
            assert dump not in result.output, f"a Swift value dump reached the user: {result.output!r}"
        for secret in (TOKEN, BASIC):
            assert secret not in result.output, f"the credential reached the user: {result.output!r}"
        return result

    return run
