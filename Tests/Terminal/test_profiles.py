"""twilio-cli profiles (`-p/--profile`, ~/.twilio-cli/config.json): which credentials reach the
server, in twilio-cli's order of precedence, and that the secret is never shown.

A tiny local HTTP listener stands in for Twilio and records the Authorization header it gets."""

import base64
import http.server
import json
import re
import subprocess
import threading

import pytest

from conftest import environment

ACCOUNT = "AC" + "12" * 16
KEY = "SK" + "ab" * 16
SECRET = "profile-secret-0123456789"
ENV_KEY = "SK" + "cd" * 16
ENV_SECRET = "environment-secret-98765"


class Listener:
    """Answers every GET with an empty Serverless list and remembers the Authorization headers."""

    def __init__(self):
        seen = self.authorizations = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                seen.append(self.headers.get("Authorization"))
                body = json.dumps({"services": [], "meta": {"key": "services", "next_page_url": None, "page": 0, "page_size": 50}})
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body.encode())

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def users(self):
        """The Basic user:password pairs received."""
        return [base64.b64decode(value.split(" ", 1)[1]).decode() for value in self.authorizations if value]


@pytest.fixture
def listener():
    server = Listener()
    yield server
    server.server.shutdown()


def write_config(home, active="work", extra_profiles=None):
    folder = home / ".twilio-cli"
    folder.mkdir(exist_ok=True)
    config = {
        "projects": [
            {"id": "work", "accountSid": ACCOUNT, "region": None},
            {"id": "old", "accountSid": ACCOUNT},
        ],
        "activeProject": active,
        "profiles": {"work": {"apiKey": KEY, "apiSecret": SECRET}, **(extra_profiles or {})},
        "edge": None,
        "email": {},
        "prompts": {},
    }
    (folder / "config.json").write_text(json.dumps(config))


def run(binary, home, args, extra_env=None):
    env = environment(home)
    env.update(extra_env or {})
    return subprocess.run([binary, *args], env=env, cwd=str(home), capture_output=True, text=True, timeout=30)


def test_a_named_profile_sends_its_api_key_and_secret(binary, home, listener):
    write_config(home, active="old")
    result = run(binary, home, ["-p", "work", "-c", "list services | count"], {"BUILDSH_API_URL": listener.url})
    assert result.returncode == 0, result.stderr
    assert result.stdout == "0\n"
    assert listener.users() == [f"{KEY}:{SECRET}"]


def test_the_profile_wins_over_the_environment_which_wins_over_the_active_profile(binary, home, listener):
    write_config(home, active="work")
    env = {"BUILDSH_API_URL": listener.url, "TWILIO_API_KEY": ENV_KEY, "TWILIO_API_SECRET": ENV_SECRET}
    assert run(binary, home, ["--profile", "work", "-c", "list services | count"], env).returncode == 0
    assert run(binary, home, ["-c", "list services | count"], env).returncode == 0
    assert run(binary, home, ["-c", "list services | count"], {"BUILDSH_API_URL": listener.url}).returncode == 0
    assert listener.users() == [f"{KEY}:{SECRET}", f"{ENV_KEY}:{ENV_SECRET}", f"{KEY}:{SECRET}"]


def test_verbose_names_the_profile_and_never_the_secret(binary, home, listener):
    write_config(home)
    result = run(binary, home, ["-p", "work", "--verbose", "-c", "list services | count"], {"BUILDSH_API_URL": listener.url})
    assert result.returncode == 0, result.stderr
    assert "account AC1212…1212 (API key from profile 'work')" in result.stderr
    assert SECRET not in result.stderr + result.stdout
    assert base64.b64encode(f"{KEY}:{SECRET}".encode()).decode() not in result.stderr


def test_the_profile_region_and_the_file_edge_choose_the_host(binary, home):
    folder = home / ".twilio-cli"
    folder.mkdir()
    (folder / "config.json").write_text(json.dumps({
        "projects": [{"id": "eu", "accountSid": ACCOUNT, "region": "ie1"}],
        "profiles": {"eu": {"apiKey": KEY, "apiSecret": SECRET}},
        "edge": "dublin",
    }))
    result = run(binary, home, ["-p", "eu", "--verbose", "-c", "print 1"])
    assert result.returncode == 0, result.stderr
    assert "(API key from profile 'eu') · https://serverless.dublin.ie1.twilio.com" in result.stderr
    result = run(binary, home, ["-p", "eu", "--verbose", "-c", "print 1"], {"TWILIO_EDGE": "sydney"})
    assert "https://serverless.sydney.ie1.twilio.com" in result.stderr


def test_a_profile_without_a_stored_key_says_so(binary, home):
    write_config(home)
    result = run(binary, home, ["-p", "old", "-c", "print 1"])
    assert result.returncode == 2
    assert "profile 'old' in ~/.twilio-cli/config.json has no API key and secret stored in the file" in result.stderr
    assert "keychain" in result.stderr


def test_an_unknown_profile_or_missing_file_is_a_usage_error(binary, home):
    result = run(binary, home, ["-p", "work", "-c", "print 1"])
    assert result.returncode == 2
    assert "no twilio-cli configuration at ~/.twilio-cli/config.json" in result.stderr
    write_config(home)
    result = run(binary, home, ["-p", "nope", "-c", "print 1"])
    assert result.returncode == 2
    assert "no profile 'nope' in ~/.twilio-cli/config.json (it has 'work', 'old')" in result.stderr


def test_an_active_profile_without_a_key_falls_back_to_the_sandbox_and_says_why(binary, home):
    write_config(home, active="old")
    result = run(binary, home, ["--verbose", "-c", "print 1"])
    assert result.returncode == 0, result.stderr
    assert result.stdout == "1\n"
    assert re.search(r"sandbox \(no TWILIO_ACCOUNT_SID set, and the active twilio-cli profile 'old' .* has no API key", result.stderr)


def test_profile_credentials_reach_the_served_sandbox(binary, home, tmp_path):
    """End to end through `buildsh sandbox serve`, which accepts the profile's API key for its account."""
    server = subprocess.Popen(
        [binary, "sandbox", "serve", "--port", "0", "--data", str(tmp_path / "sandbox.sqlite"), "--build-time", "0s",
         "--account", f"{ACCOUNT}:sandbox-token-0123456789", "--api-key", f"{ACCOUNT}:{KEY}:{SECRET}"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=environment(home),
    )
    try:
        banner = ""
        for line in server.stdout:
            banner += line
            if line.startswith("Press Ctrl-C"):
                break
        url = re.search(r"http://[0-9.:]+", banner).group(0)
        write_config(home)
        result = run(binary, home, ["-p", "work", "-c", "list services | count"], {"BUILDSH_API_URL": url})
        assert result.returncode == 0, result.stderr
        assert result.stdout == "0\n"
    finally:
        server.terminate()
        server.wait(timeout=20)
