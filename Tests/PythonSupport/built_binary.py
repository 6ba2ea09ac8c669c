"""The buildsh binary a pytest suite runs: the one way every suite finds it."""

import os
import pathlib
import subprocess

REPO = pathlib.Path(__file__).resolve().parents[2]


def buildsh_binary() -> str:
    """BUILDSH_BIN when set, else the debug build's binary (`swift build --show-bin-path`)."""
    binary = os.environ.get("BUILDSH_BIN")
    if binary:
        return binary
    bin_path = subprocess.run(
        ["swift", "build", "--show-bin-path"], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.strip()
    return os.path.join(bin_path, "buildsh")


def checked_buildsh_binary() -> str:
    """The binary, failing the test run with what to do when it has not been built."""
    import pytest

    path = buildsh_binary()
    if not os.access(path, os.X_OK):
        pytest.fail(f"buildsh binary not found at {path}; run `swift build` first")
    return path
