"""twilio-cli profiles (`-p/--profile`, ~/.twilio-cli/config.json): which credentials reach the
server, in twilio-cli's order of precedence, and that the secret is never shown.

A tiny local HTTP listener stands in for Twilio and records the Authorization header it gets."""

import base64
import http.server
import json
import shutil
import subprocess
import threading

import pytest

import served_sandbox
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
    env = {"BUILDSH_API_URL": listener.url, "TWILIO_ACCOUNT_SID": ACCOUNT, "TWILIO_API_KEY": ENV_KEY,
           "TWILIO_API_SECRET": ENV_SECRET}
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


def write_eu_config(home):
    """A config whose profile 'eu' has region ie1, and whose file sets edge dublin; its folder."""
    folder = home / ".twilio-cli"
    folder.mkdir()
    (folder / "config.json").write_text(json.dumps({
        "projects": [{"id": "eu", "accountSid": ACCOUNT, "region": "ie1"}],
        "profiles": {"eu": {"apiKey": KEY, "apiSecret": SECRET}},
        "edge": "dublin",
    }))
    return folder


def test_the_profile_region_and_the_file_edge_choose_the_host(binary, home):
    folder = write_eu_config(home)
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


def test_an_active_profile_without_a_key_is_an_error_not_the_sandbox(binary, home):
    write_config(home, active="old")
    result = run(binary, home, ["--verbose", "-c", "list services"])
    assert result.returncode == 2, result.stdout
    assert result.stdout == ""
    assert "profile 'old' in ~/.twilio-cli/config.json has no API key and secret stored in the file" in result.stderr
    assert result.stderr.rstrip().endswith("nothing was sent")
    assert "sandbox" not in result.stderr


@pytest.mark.parametrize("text", [
    '{"projects": [], "profiles": {},}',
    '{"projects": [{"id": "work", "accountSid": "%s"},], "activeProject": "work"}' % ACCOUNT,
    '{"activeProject": "work" "profiles": {}}',
    '{"edge": 01}',
    '{"edge": "\\x"}',
    '{"activeProject": "work"} trailing',
    '',
])
def test_a_config_file_that_is_not_json_stops_the_run_and_sends_nothing(binary, home, listener, text):
    """Reproducer: a stray comma made buildsh list the embedded sandbox, exit 0. twilio-cli's
    JSON.parse refuses these texts, and so does buildsh (Foundation's parsers take a trailing comma)."""
    folder = home / ".twilio-cli"
    folder.mkdir()
    (folder / "config.json").write_text(text)
    result = run(binary, home, ["-c", "list services"], {"BUILDSH_API_URL": listener.url})
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr.startswith("buildsh: cannot read twilio-cli config ~/.twilio-cli/config.json: ")
    assert result.stderr.rstrip().endswith("; nothing was sent")
    assert listener.authorizations == []
    result = run(binary, home, ["-c", "list services"])
    assert result.returncode == 2
    assert result.stdout == ""


def test_the_strict_reading_agrees_with_javascripts_json_parse(binary, home):
    """Which texts are JSON is decided by twilio-cli's own parser (node's JSON.parse), not by us."""
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    folder = home / ".twilio-cli"
    folder.mkdir()
    texts = [
        '{}', '{"a": [1, 2.5e-3, -0, true, false, null, "\\u00e9\\n"]}', '{"a": [],}', '[1,]', '{"a": 1,,}',
        '{"a": 01}', '{"a": 1.}', '{"a": .5}', '{"a": "\\q"}', '{"a": "\t"}', '{a: 1}', "{'a': 1}",
        '{"a": NaN}', '{"a": 1} // c', '\ufeff{"a": 1}', '{"a": "\\ud800"}', '{"a": 1e}', '{"a": -}', ' \n{}\n ',
        '"text"', '{"a": [[[[]]]]}', '{"a": 1 "b": 2}', '{"a" 1}', '{"a": tru}',
    ]
    for text in texts:
        (folder / "config.json").write_text(text, encoding="utf-8")
        script = "const fs = require('fs'); let t = fs.readFileSync(process.argv[1], 'utf8');" \
                 "if (t.charCodeAt(0) === 0xFEFF) t = t.slice(1);" \
                 "try { JSON.parse(t); console.log('ok') } catch (e) { console.log('bad') }"
        verdict = subprocess.run([node, "-e", script, str(folder / "config.json")], capture_output=True, text=True).stdout.strip()
        result = run(binary, home, ["-c", "print 1"])
        refused = "cannot read twilio-cli config" in result.stderr and "not valid JSON" in result.stderr
        assert refused == (verdict == "bad"), (text, verdict, result.stderr)


def test_an_api_key_without_the_account_sid_is_not_used_as_twilio_cli_does(binary, home, listener):
    """Reproducer: TWILIO_API_KEY + TWILIO_API_SECRET without TWILIO_ACCOUNT_SID won over the active
    profile. twilio-cli reads the environment only with TWILIO_ACCOUNT_SID."""
    write_config(home, active="work")
    env = {"BUILDSH_API_URL": listener.url, "TWILIO_API_KEY": ENV_KEY, "TWILIO_API_SECRET": ENV_SECRET}
    result = run(binary, home, ["--verbose", "-c", "list services | count"], env)
    assert result.returncode == 0, result.stderr
    assert listener.users() == [f"{KEY}:{SECRET}"]
    assert "account AC1212…1212 (API key from the active twilio-cli profile 'work')" in result.stderr
    assert "warning: the TWILIO_* variables make no credentials (incomplete credentials: also set TWILIO_ACCOUNT_SID)" in result.stderr
    assert ENV_SECRET not in result.stderr and SECRET not in result.stderr
    # With no profile to fall back on, the half-set environment is an error, not the sandbox.
    (home / ".twilio-cli" / "config.json").unlink()
    result = run(binary, home, ["-c", "list services | count"], env)
    assert result.returncode == 2
    assert "incomplete credentials: also set TWILIO_ACCOUNT_SID; nothing was sent" in result.stderr
    assert listener.users() == [f"{KEY}:{SECRET}"]


def test_a_profile_flag_skips_the_environment_entirely(binary, home, listener):
    write_config(home, active="work")
    env = {"BUILDSH_API_URL": listener.url, "TWILIO_ACCOUNT_SID": ACCOUNT, "TWILIO_AUTH_TOKEN": "env-token-0123"}
    assert run(binary, home, ["-p", "work", "-c", "list services | count"], env).returncode == 0
    assert listener.users() == [f"{KEY}:{SECRET}"]


@pytest.mark.parametrize("active", ["gone", None, ""])
def test_an_unknown_or_missing_active_profile_means_the_first_profile(binary, home, listener, active):
    """Reproducer: activeProject naming a missing profile gave the sandbox; twilio-cli takes the
    first entry of `projects`."""
    folder = home / ".twilio-cli"
    folder.mkdir()
    config = {
        "projects": [{"id": "work", "accountSid": ACCOUNT}, {"id": "old", "accountSid": ACCOUNT}],
        "profiles": {"old": {"apiKey": ENV_KEY, "apiSecret": ENV_SECRET}, "work": {"apiKey": KEY, "apiSecret": SECRET}},
    }
    if active is not None:
        config["activeProject"] = active
    (folder / "config.json").write_text(json.dumps(config))
    result = run(binary, home, ["--verbose", "-c", "list services | count"], {"BUILDSH_API_URL": listener.url})
    assert result.returncode == 0, result.stderr
    assert listener.users() == [f"{KEY}:{SECRET}"]
    why = f"activeProject '{active}' is not in ~/.twilio-cli/config.json" if active else "no activeProject in ~/.twilio-cli/config.json"
    assert f"(API key from the first twilio-cli profile 'work': {why})" in result.stderr


def test_profiles_without_an_active_one_or_projects_are_an_error(binary, home, listener):
    folder = home / ".twilio-cli"
    folder.mkdir()
    (folder / "config.json").write_text(json.dumps(
        {"projects": [], "activeProject": "gone", "profiles": {"work": {"apiKey": KEY, "apiSecret": SECRET, "accountSid": ACCOUNT}}}))
    result = run(binary, home, ["-c", "list services"], {"BUILDSH_API_URL": listener.url})
    assert result.returncode == 2
    assert "there is no active profile in ~/.twilio-cli/config.json (it has 'work')" in result.stderr
    assert listener.authorizations == []


def test_require_profile_input_asks_for_dash_p(binary, home, listener):
    folder = home / ".twilio-cli"
    folder.mkdir()
    (folder / "config.json").write_text(json.dumps({
        "projects": [{"id": "work", "accountSid": ACCOUNT}], "activeProject": "work",
        "profiles": {"work": {"apiKey": KEY, "apiSecret": SECRET}}, "requireProfileInput": True}))
    result = run(binary, home, ["-c", "list services | count"], {"BUILDSH_API_URL": listener.url})
    assert result.returncode == 2
    assert "sets requireProfileInput: pass -p NAME" in result.stderr
    assert run(binary, home, ["-p", "work", "-c", "list services | count"], {"BUILDSH_API_URL": listener.url}).returncode == 0
    assert listener.users() == [f"{KEY}:{SECRET}"]


def test_a_config_file_without_profiles_leaves_the_sandbox(binary, home):
    folder = home / ".twilio-cli"
    folder.mkdir()
    (folder / "config.json").write_text(json.dumps({"email": {}, "prompts": {}, "projects": [], "profiles": {}}))
    result = run(binary, home, ["--verbose", "-c", "print 1"], {"TWILIO_PHONE_NUMBER": "+15550100"})
    assert result.returncode == 0, result.stderr
    assert "sandbox (no TWILIO_ACCOUNT_SID set, no profile in ~/.twilio-cli/config.json)" in result.stderr


@pytest.mark.parametrize("variable", ["BUILDSH_API_URL", "--api-url"])
def test_an_api_url_without_credentials_is_an_error_not_the_sandbox(binary, home, listener, variable):
    """Reproducer: BUILDSH_API_URL without credentials ran the embedded sandbox, exit 0."""
    if variable == "--api-url":
        result = run(binary, home, ["--api-url", listener.url, "-c", "list services"])
    else:
        result = run(binary, home, ["-c", "list services"], {"BUILDSH_API_URL": listener.url})
    assert result.returncode == 2
    assert result.stderr == (f"buildsh: {variable} needs credentials: set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN, "
                             "or pass -p PROFILE; nothing was sent\n")
    assert listener.authorizations == []
    assert run(binary, home, ["--sandbox", "-c", "print 1"], {"BUILDSH_API_URL": listener.url}).returncode == 0


@pytest.mark.parametrize("variables", [{"TWILIO_REGION": "ie1"}, {"TWILIO_EDGE": "dublin"}, {"TWILIO_AUTH_TOKEN": "tok-9f8e7d"},
                                       {"TWILIO_ACCOUNT_SID": ACCOUNT}])
def test_a_twilio_variable_without_credentials_is_an_error(binary, home, variables):
    result = run(binary, home, ["-c", "print 1"], variables)
    assert result.returncode == 2, result.stdout
    assert "nothing was sent" in result.stderr
    assert "tok-9f8e7d" not in result.stderr


@pytest.mark.parametrize("region", ["x.evil.com/", "evil.com#", "IE1", "ie1@127.0.0.2", "ie1\x1b]0;t\x07"])
def test_a_region_or_edge_cannot_move_the_api_host(binary, home, region):
    """Reproducer: TWILIO_REGION='x.evil.com/' was pasted into the host name."""
    for name in ("TWILIO_REGION", "TWILIO_EDGE"):
        env = {"TWILIO_ACCOUNT_SID": ACCOUNT, "TWILIO_AUTH_TOKEN": "env-token-0123", name: region}
        result = run(binary, home, ["--verbose", "-c", "list services"], env)
        assert result.returncode == 2, result.stderr
        assert f"{name} is not usable: expected lower-case letters, digits and hyphens" in result.stderr
        assert "\x1b" not in result.stderr
        assert "env-token-0123" not in result.stderr
    folder = home / ".twilio-cli"
    folder.mkdir(exist_ok=True)
    (folder / "config.json").write_text(json.dumps({
        "projects": [{"id": "eu", "accountSid": ACCOUNT, "region": region}],
        "profiles": {"eu": {"apiKey": KEY, "apiSecret": SECRET}}}))
    result = run(binary, home, ["-p", "eu", "-c", "list services"])
    assert result.returncode == 2
    assert "the region of profile 'eu' in ~/.twilio-cli/config.json is not usable" in result.stderr
    (folder / "config.json").write_text(json.dumps({
        "projects": [{"id": "eu", "accountSid": ACCOUNT}], "edge": region,
        "profiles": {"eu": {"apiKey": KEY, "apiSecret": SECRET}}}))
    result = run(binary, home, ["-p", "eu", "-c", "list services"])
    assert result.returncode == 2
    assert "the edge of profile 'eu' in ~/.twilio-cli/config.json is not usable" in result.stderr


def test_profile_credentials_reach_the_served_sandbox(binary, home, tmp_path):
    """End to end through `buildsh sandbox serve`, which accepts the profile's API key for its account."""
    server, url, _ = served_sandbox.start(
        binary, "--data", str(tmp_path / "sandbox.sqlite"), "--build-time", "0s",
        "--account", f"{ACCOUNT}:sandbox-token-0123456789", "--api-key", f"{ACCOUNT}:{KEY}:{SECRET}", env=environment(home))
    try:
        write_config(home)
        result = run(binary, home, ["-p", "work", "-c", "list services | count"], {"BUILDSH_API_URL": url})
        assert result.returncode == 0, result.stderr
        assert result.stdout == "0\n"
    finally:
        served_sandbox.stop(server)


def explained(binary, home, args, extra_env=None):
    """`explain config` as setting → (value, origin), from its TSV output."""
    result = run(binary, home, [*args, "-o", "tsv", "-c", "explain config"], extra_env)
    assert result.returncode == 0, result.stderr
    rows = [line.split("\t") for line in result.stdout.splitlines()[1:]]
    return {row[0]: (row[1], row[2]) for row in rows}


def test_explain_config_names_the_region_and_edge_and_where_each_came_from(binary, home):
    folder = write_eu_config(home)
    settings = explained(binary, home, ["-p", "eu"])
    assert settings["api_url"][0] == "https://serverless.dublin.ie1.twilio.com"
    assert settings["region"][0] == "ie1" and settings["region"][1].startswith("twilio-cli profile 'eu'")
    assert settings["edge"][0] == "dublin" and settings["edge"][1].startswith("twilio-cli profile 'eu'")
    assert settings["api_url"][1].startswith("twilio-cli profile 'eu'"), settings["api_url"]
    settings = explained(binary, home, ["-p", "eu"], {"TWILIO_EDGE": "sydney"})
    assert settings["edge"] == ("sydney", "environment variable TWILIO_EDGE")
    assert settings["api_url"] == ("https://serverless.sydney.ie1.twilio.com", "environment variable TWILIO_EDGE")
    # From the environment alone; no region or edge: no rows, the host is the default.
    shutil.rmtree(folder)
    base = {"TWILIO_ACCOUNT_SID": ACCOUNT, "TWILIO_AUTH_TOKEN": "t" * 32}
    settings = explained(binary, home, [], {**base, "TWILIO_REGION": "au1"})
    assert settings["region"] == ("au1", "environment variable TWILIO_REGION") and "edge" not in settings
    assert settings["api_url"] == ("https://serverless.au1.twilio.com", "environment variable TWILIO_REGION")
    settings = explained(binary, home, [], base)
    assert "region" not in settings and settings["api_url"] == ("https://serverless.twilio.com", "default")
