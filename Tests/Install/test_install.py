"""scripts/install: where the files go, what it prints, and an uninstall that leaves nothing."""

import os
import subprocess

from conftest import INSTALLED, MANIFEST, REPO, environment, run_script


def test_installs_each_file_under_the_prefix_and_lists_them(installed):
    prefix, _, result = installed
    for path in INSTALLED:
        assert (prefix / path).is_file(), path
    listed = (prefix / MANIFEST).read_text().splitlines()
    files = [line for line in listed if not line.startswith("folder ")]
    assert sorted(files) == sorted([str(prefix / path) for path in INSTALLED] + [str(prefix / MANIFEST)])
    for path in INSTALLED:
        assert str(prefix / path) in result.stdout
    assert f"{prefix}/bin is NOT on PATH" in result.stdout


def test_the_installed_binary_is_stripped_and_runs(installed):
    prefix, home, _ = installed
    binary = prefix / "bin/buildsh"
    assert os.access(binary, os.X_OK)
    sections = subprocess.run(["objdump", "-h", str(binary)], capture_output=True, text=True, check=True).stdout
    assert ".debug_info" not in sections and ".symtab" not in sections
    ran = subprocess.run([str(binary), "--sandbox", "-c", "print 1"], capture_output=True, text=True,
                         env=environment(home), timeout=60)
    assert (ran.returncode, ran.stdout) == (0, "1\n"), ran.stderr


def test_the_manual_page_renders_without_warnings(installed):
    prefix, _, _ = installed
    shown = subprocess.run(["man", "--warnings", "-l", str(prefix / "share/man/man1/buildsh.1")],
                           capture_output=True, text=True, env={**os.environ, "MANWIDTH": "80"}, timeout=60)
    assert shown.returncode == 0 and shown.stderr == "", shown.stderr
    for heading in ["SYNOPSIS", "OPTIONS", "THE LANGUAGE", "THE REPL", "FILES", "EXIT STATUS", "EXAMPLES"]:
        assert heading in shown.stdout


def test_says_when_the_prefix_is_on_path(tmp_path, binary):
    prefix = tmp_path / "prefix"
    env = environment(tmp_path, BUILDSH_BINARY=binary, PATH=f"{prefix}/bin:{os.environ['PATH']}")
    result = subprocess.run([str(REPO / "scripts/install"), "--prefix", str(prefix)],
                            capture_output=True, text=True, env=env, timeout=600)
    assert result.returncode == 0, result.stderr
    assert f"{prefix}/bin is on PATH" in result.stdout


def test_uninstall_removes_exactly_what_was_installed(tmp_path, binary):
    prefix = tmp_path / "prefix"
    (prefix / "share/man/man1").mkdir(parents=True)
    mine = prefix / "share/man/man1/other.1"
    mine.write_text("not buildsh's\n")
    run_script("install", "--prefix", str(prefix), home=tmp_path, binary=binary)
    # Installing again replaces the first install rather than adding to it.
    run_script("install", "--prefix", str(prefix), home=tmp_path, binary=binary)
    removed = run_script("install", "--uninstall", "--prefix", str(prefix), home=tmp_path, binary=binary)
    assert f"removed {prefix}/bin/buildsh" in removed.stdout
    left = sorted(str(path.relative_to(prefix)) for path in prefix.rglob("*"))
    assert left == ["share", "share/man", "share/man/man1", "share/man/man1/other.1"]


def test_uninstall_of_a_prefix_created_by_the_install_leaves_no_folder(tmp_path, binary):
    prefix = tmp_path / "fresh" / "prefix"
    run_script("install", "--prefix", str(prefix), home=tmp_path, binary=binary)
    run_script("install", "--uninstall", "--prefix", str(prefix), home=tmp_path, binary=binary)
    assert not tmp_path.joinpath("fresh").exists()


def test_refuses_what_it_cannot_do(tmp_path, binary):
    nothing = run_script("install", "--uninstall", "--prefix", str(tmp_path / "none"), home=tmp_path,
                         binary=binary, check=False)
    assert nothing.returncode == 2 and "nothing to uninstall" in nothing.stderr
    unknown = run_script("install", "--prefx", str(tmp_path), home=tmp_path, binary=binary, check=False)
    assert unknown.returncode == 2 and "unknown argument '--prefx'" in unknown.stderr
    missing = run_script("install", "--prefix", str(tmp_path / "p"), home=tmp_path,
                         binary=str(tmp_path / "no-binary"), check=False)
    assert missing.returncode == 2 and "is not an executable file" in missing.stderr
    assert not (tmp_path / "p").exists()


def test_a_failure_half_way_removes_what_it_had_installed(tmp_path):
    # Answers --version, so it is taken for buildsh, but strip cannot read it and it writes no
    # completion script: the install stops after making folders and copying files.
    fake = tmp_path / "fake-buildsh"
    fake.write_text('#!/bin/sh\n[ "$1" = --version ] && echo "9.9.9 (unknown commit)" && exit 0\nexit 3\n')
    fake.chmod(0o755)
    prefix = tmp_path / "prefix"
    result = run_script("install", "--prefix", str(prefix), home=tmp_path, binary=str(fake), check=False)
    assert result.returncode != 0
    assert "removing what it had installed" in result.stderr
    assert not prefix.exists()
