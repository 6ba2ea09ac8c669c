"""The serverless-toolkit's real deploy library (serverless-api 5.8.0 in ../shared/toolkit-client, run
under node) and buildsh taking turns on one `buildsh sandbox serve`: the helpers the suite shares."""
import json
import os
import pathlib
import secrets
import shutil
import subprocess
import sys

import pytest
import requests

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "PythonSupport"))
import served_sandbox  # noqa: E402

REPO = pathlib.Path(__file__).resolve().parents[2]


def toolkit_client_dir():
    """TOOLKIT_CLIENT_DIR (scripts/test sets it), else ../shared/toolkit-client beside the checkout."""
    given = os.environ.get("TOOLKIT_CLIENT_DIR")
    candidates = [pathlib.Path(given)] if given else [REPO.parent / "shared" / "toolkit-client", REPO.parent.parent / "shared" / "toolkit-client"]
    for candidate in candidates:
        if (candidate / "deploy.js").is_file():
            return candidate.resolve()
    return None


class Turns:
    """One served sandbox with one account; the toolkit and buildsh both talk to it."""

    def __init__(self, url, account, token, client_dir, binary):
        self.url = url
        self.account = account
        self.token = token
        self.client_dir = client_dir
        self.binary = binary

    def toolkit_deploy(self, service_name, *flags, service_sid=None, suffix="dev"):
        """Runs the toolkit's deployLocalProject (deploy.js); returns its JSON report."""
        env = dict(os.environ, TWILIO_SERVERLESS_API_URL=self.url, TWILIO_ACCOUNT_SID=self.account,
                   TWILIO_AUTH_TOKEN=self.token, TOOLKIT_SERVICE_NAME=service_name, TOOLKIT_ENV_SUFFIX=suffix)
        env.pop("TOOLKIT_SERVICE_SID", None)
        if service_sid:
            env["TOOLKIT_SERVICE_SID"] = service_sid
        done = subprocess.run(["node", str(self.client_dir / "deploy.js"), *flags], capture_output=True, text=True,
                              env=env, timeout=180)
        try:
            report = json.loads(done.stdout)
        except ValueError:
            pytest.fail(f"deploy.js printed no JSON (exit {done.returncode}): {done.stdout[-2000:]} {done.stderr[-2000:]}")
        assert done.returncode == 0 and report.get("ok"), json.dumps(report, indent=1)[:4000]
        if "extras" in report:
            failed = [check for check in report["extras"] if not check["ok"]]
            assert not failed, json.dumps(failed, indent=1)[:4000]
        return report

    def buildsh(self, code, cwd, expect_ok=True):
        """Runs `buildsh -o json -c CODE` against the sandbox as this account; returns (stdout, stderr)."""
        env = dict(os.environ, TWILIO_ACCOUNT_SID=self.account, TWILIO_AUTH_TOKEN=self.token, HOME=str(cwd))
        for name in ("TWILIO_API_KEY", "TWILIO_API_SECRET", "TWILIO_REGION", "TWILIO_EDGE", "BUILDSH_API_URL"):
            env.pop(name, None)
        done = subprocess.run([self.binary, "--api-url", self.url, "-o", "json", "--yes", "-c", code], cwd=cwd,
                              capture_output=True, text=True, env=env, timeout=180)
        if expect_ok:
            assert done.returncode == 0, f"buildsh exited {done.returncode}:\n{done.stderr}"
        assert self.token not in done.stdout + done.stderr
        return done.stdout, done.stderr

    def get(self, path):
        response = requests.get(f"{self.url}/v1/{path}", auth=(self.account, self.token), timeout=30)
        assert response.status_code == 200, response.text
        return response.json()

    def environments(self, service_sid):
        return self.get(f"Services/{service_sid}/Environments?PageSize=1000")["environments"]


@pytest.fixture(scope="session")
def turns():
    binary = os.environ.get("BUILDSH_BIN")
    if not binary:
        pytest.fail("BUILDSH_BIN must name the buildsh binary (scripts/test sets it)")
    client_dir = toolkit_client_dir()
    if client_dir is None:
        pytest.skip("the serverless-toolkit client (../shared/toolkit-client, or TOOLKIT_CLIENT_DIR) is not on this machine")
    if shutil.which("node") is None:
        pytest.fail("node is not installed (scripts/test installs it with apt-get)")
    account = "AC" + secrets.token_hex(16)
    token = secrets.token_hex(16)
    try:
        process, url, _ = served_sandbox.start(binary, "--in-memory", "--account", f"{account}:{token}", "--build-time", "0s")
    except RuntimeError as error:
        pytest.fail(str(error))
    try:
        yield Turns(url, account, token, client_dir, binary)
    finally:
        served_sandbox.stop(process)
