"""scripts/install, scripts/package-deb and the completion scripts, on the built binary.

The tests install the debug binary (BUILDSH_BIN, else `swift build --show-bin-path`) through
BUILDSH_BINARY, so no release build is made: what they check (where each file goes, the manifest,
the completions, the package's metadata) does not depend on how the binary was built.
"""

import os
import pathlib
import subprocess
import sys

import pytest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "PythonSupport"))

from built_binary import checked_buildsh_binary  # noqa: E402  (after the path it is found on)

REPO = pathlib.Path(__file__).resolve().parents[2]

# Where each file goes under the prefix.
INSTALLED = [
    "bin/buildsh",
    "share/man/man1/buildsh.1",
    "share/bash-completion/completions/buildsh",
    "share/zsh/site-functions/_buildsh",
    "share/fish/vendor_completions.d/buildsh.fish",
]
MANIFEST = "share/buildsh/install-manifest"


@pytest.fixture(scope="session")
def binary() -> str:
    return checked_buildsh_binary()


def environment(home: pathlib.Path, **extra) -> dict:
    """The caller's environment without Twilio credentials or buildsh settings, HOME replaced."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("TWILIO_", "XDG_", "BUILDSH_"))}
    env.update(HOME=str(home), LANG="C.UTF-8", NO_COLOR="1", **extra)
    return env


def run_script(name, *arguments, home, binary, check=True):
    """Runs scripts/NAME with BUILDSH_BINARY set to the built binary."""
    result = subprocess.run(
        [str(REPO / "scripts" / name), *arguments], capture_output=True, text=True,
        env=environment(home, BUILDSH_BINARY=binary), timeout=600)
    if check and result.returncode != 0:
        pytest.fail(f"scripts/{name} exited {result.returncode}:\n{result.stdout}\n{result.stderr}")
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory, binary):
    """One install into a fresh prefix (a folder that does not exist yet), shared by a module."""
    base = tmp_path_factory.mktemp("install")
    home = base / "home"
    home.mkdir()
    prefix = base / "prefix"
    result = run_script("install", "--prefix", str(prefix), home=home, binary=binary)
    return prefix, home, result
