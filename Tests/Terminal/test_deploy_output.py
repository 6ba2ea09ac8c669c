"""`deploy` through the real buildsh, as a script in CI would use it: with `-o json` stdout is one
JSON record (the plan and the summary go to stderr), with every function's and asset's URL."""

import io
import json
import shutil

import pexpect

from conftest import REPO, environment


def test_deploy_with_json_output_prints_one_clean_record(run_buildsh, home):
    shutil.copytree(REPO / "docs" / "examples" / "project", home / "project")
    shutil.rmtree(home / "project" / ".buildsh", ignore_errors=True)
    result = run_buildsh("--sandbox-data", str(home / "s.sqlite"), "-o", "json", "-c", "deploy project environment=dev")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    domain = record["domain_name"]
    assert record["status"] == "deployed"
    assert record["url"] == f"https://{domain}"
    assert record["runtime"] == "node22"
    urls = {item["path"]: item["url"] for item in record["functions"] + record["assets"]}
    assert urls["/hello"] == f"https://{domain}/hello"
    assert urls["/style.css"] == f"https://{domain}/style.css"
    assert urls["/greeting"] is None and urls["/config.json"] is None
    assert "deploy plan: service hello-project" in result.stderr
    assert f"  asset     /index.html  public     https://{domain}/index.html" in result.stderr

    # A second run of the same folder: up to date, and still one record.
    again = run_buildsh("--sandbox-data", str(home / "s.sqlite"), "-o", "json", "-c", "deploy project environment=dev")
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["status"] == "up to date"
    assert json.loads(again.stdout)["assets"] == record["assets"]


def test_a_deploy_that_fails_prints_nothing_on_stdout(run_buildsh, home):
    shutil.copytree(REPO / "docs" / "examples" / "project", home / "project")
    (home / "project" / "functions" / "broken.js").write_text("")
    result = run_buildsh("--sandbox-data", str(home / "s.sqlite"), "-o", "json", "-c", "deploy project")
    assert result.returncode == 1
    assert result.stdout == ""
    assert "of service hello-project failed: Function /broken is empty" in result.stderr


def test_in_a_terminal_the_summary_replaces_the_progress_line(binary, home):
    """Reproducer: the summary was written before the progress line was cleared, so a terminal
    showed `… · 1.2sdeployed build ZB…` on one line."""
    shutil.copytree(REPO / "docs" / "examples" / "project", home / "project")
    shutil.rmtree(home / "project" / ".buildsh", ignore_errors=True)
    child = pexpect.spawn(binary, ["--sandbox-data", str(home / "s.sqlite"), "--sandbox-build-time", "1s",
                                   "-c", "deploy project"],
                          env=environment(home), cwd=str(home), encoding="utf-8", dimensions=(40, 120), timeout=60)
    child.logfile_read = io.StringIO()
    child.expect(pexpect.EOF)
    child.close()
    text = child.logfile_read.getvalue()
    assert child.exitstatus == 0, text
    assert "\r\x1b[2K" in text, "no progress line was drawn"
    before, found, _ = text.partition("deployed build ")
    assert found, text
    # Whatever the progress line drew last was cleared: the summary starts a clean line.
    assert before.endswith("\r\x1b[2K") or before.endswith("\n"), repr(before[-80:])
