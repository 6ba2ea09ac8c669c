"""scripts/stamp-commit, which the build-tool plugin Plugins/BuildCommit runs whenever HEAD moves:
the commit a checkout is at, nil (`unknown commit` in --version) without git or a checkout."""

import os
import re
import shutil
import subprocess

from conftest import REPO

SCRIPT = str(REPO / "scripts/stamp-commit")


def stamp(output, package, path=None):
    env = {**os.environ, "PATH": path} if path else None
    result = subprocess.run(["/bin/sh", SCRIPT, str(output), str(package)], capture_output=True, text=True,
                            env=env, timeout=30)
    assert result.returncode == 0, result.stderr
    return (output / "BuildCommit.swift").read_text()


def commit_of(text):
    return re.search(r"static let short: String\? = (.*)$", text, re.M).group(1)


def test_names_the_commit_of_a_checkout(tmp_path):
    head = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short=7", "HEAD"], capture_output=True, text=True,
                          check=True).stdout.strip()
    assert commit_of(stamp(tmp_path, REPO)) == f'"{head}"'


def test_outside_a_checkout_the_commit_is_nil(tmp_path):
    (tmp_path / "tarball").mkdir()
    assert commit_of(stamp(tmp_path / "out", tmp_path / "tarball")) == "nil"


def test_without_git_the_commit_is_nil(tmp_path):
    tools = tmp_path / "bin"
    tools.mkdir()
    for tool in ["mkdir", "cat"]:
        os.symlink(shutil.which(tool), tools / tool)
    assert commit_of(stamp(tmp_path / "out", REPO, path=str(tools))) == "nil"


def test_an_unchanged_commit_leaves_the_file_alone(tmp_path):
    stamp(tmp_path, REPO)
    file = tmp_path / "BuildCommit.swift"
    os.utime(file, (1_000_000, 1_000_000))
    stamp(tmp_path, REPO)
    assert file.stat().st_mtime == 1_000_000


def test_usage(tmp_path):
    result = subprocess.run(["/bin/sh", SCRIPT], capture_output=True, text=True, timeout=30)
    assert result.returncode == 2 and "usage" in result.stderr
