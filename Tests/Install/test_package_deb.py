"""scripts/package-deb: the package's metadata and files, and the extracted binary and page working.
Skipped, saying why, where dpkg-deb is missing (not a Debian system)."""

import os
import re
import shutil
import subprocess

import pytest

from conftest import environment, run_script

pytestmark = pytest.mark.skipif(shutil.which("dpkg-deb") is None,
                                reason="dpkg-deb is missing: the .deb is built and checked on Debian only")


@pytest.fixture(scope="module")
def package(tmp_path_factory, binary):
    base = tmp_path_factory.mktemp("deb")
    # The debug binary links the toolchain's Swift runtime, which no package holds: left out of
    # Depends here (a release build links Swift statically). No compression: the test is about
    # the contents.
    result = run_script("package-deb", "--output", str(base), "--compression", "none",
                        "--allow-unpackaged-libraries", home=base, binary=binary)
    deb = result.stdout.strip()
    assert re.fullmatch(rf"{re.escape(str(base))}/buildsh_\d+\.\d+\.\d+_[a-z0-9]+\.deb", deb), deb
    return deb, base


def dpkg_deb(*arguments):
    return subprocess.run(["dpkg-deb", *arguments], capture_output=True, text=True, check=True, timeout=120).stdout


def test_control_depends_on_the_libraries_the_binary_links(package, binary):
    deb, _ = package
    info = dpkg_deb("--info", deb)
    assert "Package: buildsh" in info
    version = subprocess.run([binary, "--version"], capture_output=True, text=True).stdout.split(" ")[0]
    assert f"Version: {version}" in info
    depends = re.search(r"^ Depends: (.*)$", info, re.M).group(1)
    names = {part.strip().split(" ")[0] for part in depends.split(",")}
    needed = subprocess.run(["objdump", "-p", binary], capture_output=True, text=True, check=True).stdout
    if "libedit.so" in needed:
        assert "libedit2" in names
    if "libsqlite3.so" in needed:
        assert "libsqlite3-0" in names
    assert "libc6" in names


def test_holds_the_files_scripts_install_installs(package):
    deb, _ = package
    contents = dpkg_deb("--contents", deb)
    for path in ["./usr/bin/buildsh", "./usr/share/man/man1/buildsh.1.gz",
                 "./usr/share/bash-completion/completions/buildsh", "./usr/share/zsh/vendor-completions/_buildsh",
                 "./usr/share/fish/vendor_completions.d/buildsh.fish", "./usr/share/doc/buildsh/copyright"]:
        assert path in contents, path
    assert "root/root" in contents


def test_extracted_binary_runs_and_its_page_renders(package):
    deb, base = package
    root = base / "extracted"
    subprocess.run(["dpkg", "-x", deb, str(root)], check=True, timeout=120)
    ran = subprocess.run([str(root / "usr/bin/buildsh"), "--sandbox", "-c", "print 1"], capture_output=True,
                         text=True, env=environment(base), timeout=60)
    assert (ran.returncode, ran.stdout) == (0, "1\n"), ran.stderr
    shown = subprocess.run(["man", "--warnings", "-l", str(root / "usr/share/man/man1/buildsh.1.gz")],
                           capture_output=True, text=True, env={**os.environ, "MANWIDTH": "80"}, timeout=60)
    assert shown.returncode == 0 and shown.stderr == "" and "EXIT STATUS" in shown.stdout, shown.stderr


# What only the test's package earns: the debug binary's RUNPATH to the toolchain, no compression.
TEST_PACKAGE_TAGS = ["custom-library-search-path", "uses-no-compression-for-control-tarball",
                     "uses-no-compression-for-data-tarball"]


@pytest.mark.skipif(shutil.which("lintian") is None, reason="lintian is not installed")
def test_lintian_finds_no_error_or_warning(package):
    deb, _ = package
    result = subprocess.run(["lintian", "--tag-display-limit", "0", "--suppress-tags", ",".join(TEST_PACKAGE_TAGS), deb],
                            capture_output=True, text=True, timeout=600)
    assert not [line for line in result.stdout.splitlines() if line.startswith(("E:", "W:"))], result.stdout
