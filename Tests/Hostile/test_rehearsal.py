"""Snapshots and rehearsals end to end (issue 24): a "live" account played by `buildsh sandbox serve`
with an API key, behind a reverse proxy that records every request; `sandbox import`, `--rehearse`
of docs/examples/cleanup.bsh and of a script that creates and promotes, the same scripts run for
real, and `sandbox diff` of the rehearsal's kept state against the live account: identical. The live
account sees GET requests only during import and rehearsal."""

import json
import os
import pathlib
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from collections import Counter
from types import SimpleNamespace
from urllib.parse import urlparse

import pytest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "PythonSupport"))
import served_sandbox  # noqa: E402
from conftest import buildsh_binary  # noqa: E402
from hostile_server import HostileServer, forwarding_to, twilio_error  # noqa: E402

REPO = pathlib.Path(__file__).resolve().parents[2]
ACCOUNT = "AC" + "b2" * 16
KEY = "SK" + "d4" * 16
SECRET = "live-api-secret-4f3e2d1c"
SECRET_VALUE = "variable-value-never-shown-7a6b"

SEED = """
foreach name in ["alpha", "beta"] {
  create service unique_name=$name friendly_name="Service ${$name}"
  use service $name
  let hello = create function friendly_name=hello
  let logo = create asset friendly_name=logo
  let v1 = create function version $hello path=/hello visibility=public content="exports.handler = (c, e, cb) => cb(null, 1)"
  let a1 = create asset version $logo path=/logo.svg visibility=public content="<svg/>"
  let dev = create environment unique_name=dev domain_suffix=dev
  use environment dev
  create variable key=GREETING value="%SECRET%"
  let first = create build functions=[$v1] assets=[$a1] dependencies={twilio: "5.3.0"} runtime=node22
  create build functions=[$v1] runtime=node22
  sleep 1100ms
  let mid = create build functions=[$v1] runtime=node22
  sleep 1100ms
  let newest = create build functions=[$v1] dependencies={twilio: "three"} runtime=node22
  let live = create build functions=[$v1] runtime=node20
  sleep 200ms
  create deployment dev build=$first
  use environment
  use service
}
""".replace("%SECRET%", SECRET_VALUE)

PROMOTE = """
use service alpha
let stage = create environment unique_name=staging domain_suffix=stage
promote from=dev to=staging
let v2 = create function version (list functions | first 1)[0] path=/hello visibility=protected content="exports.handler = () => 2"
let b = await (create build functions=[$v2] runtime=node22)
create deployment dev build=$b
update service alpha friendly_name="Alpha, renamed"
delete variable (list variables environment=dev | first 1)[0]
"""


def start_live(tmp_path, build_time="0s", seed=SEED):
    """The live account (`sandbox serve` with an API key, builds taking `build_time`) seeded with
    `seed`, behind a recording proxy; `run` runs buildsh on it (through the proxy unless `direct`)."""
    binary = buildsh_binary()
    process, url, _ = served_sandbox.start(
        binary, "--in-memory", "--build-time", build_time, "--account", f"{ACCOUNT}:live-token-0123456789abcdef",
        "--api-key", f"{ACCOUNT}:{KEY}:{SECRET}")
    parsed = urlparse(url)
    proxy = HostileServer()
    proxy.route = forwarding_to(SimpleNamespace(host=parsed.hostname, port=parsed.port))
    home = tmp_path / "home"
    home.mkdir()

    def run(*args, direct=False, check=True, extra_env=None):
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TWILIO_", "XDG_", "BUILDSH_"))}
        env.update(HOME=str(home), TWILIO_ACCOUNT_SID=ACCOUNT, TWILIO_API_KEY=KEY, TWILIO_API_SECRET=SECRET,
                   BUILDSH_API_URL=url if direct else proxy.base_url, LANG="C.UTF-8", NO_COLOR="1",
                   XDG_DATA_HOME=str(tmp_path / "xdg"))
        env.update(extra_env or {})
        result = subprocess.run([binary, *args], capture_output=True, text=True, env=env, cwd=str(tmp_path),
                                timeout=120, stdin=subprocess.DEVNULL)
        # The seed prints what it creates (the variable's value too); nothing else may show it.
        for secret in (SECRET,) if direct else (SECRET, SECRET_VALUE):
            assert secret not in result.stdout + result.stderr, "a secret reached the output"
        assert "Optional(" not in result.stdout + result.stderr
        if check:
            assert result.returncode == 0, result.stdout + result.stderr
        return result

    def stop():
        proxy.stop()
        served_sandbox.stop(process)

    seeded = run("-c", seed, direct=True)
    assert seeded.returncode == 0
    return SimpleNamespace(run=run, proxy=proxy, tmp=tmp_path, stop=stop)


@pytest.fixture
def live(tmp_path):
    account = start_live(tmp_path)
    yield account
    account.stop()


def methods(proxy):
    return Counter(request.method for request in proxy.requests)


def service_sids(data):
    """The services of a data file, unique name to SID, in the order they were written."""
    with sqlite3.connect(data) as db:
        return dict(db.execute("SELECT unique_name, sid FROM service ORDER BY seq"))


def test_import_reads_everything_with_get_requests_only(live):
    data = live.tmp / "snapshot.sqlite"
    result = live.run("sandbox", "import", "--data", str(data))
    assert set(methods(live.proxy)) == {"GET"}, methods(live.proxy)
    assert "2 services" in result.stdout and "10 builds" in result.stdout and "2 variables" in result.stdout
    assert f"{len(live.proxy.requests)} GET requests" in result.stdout
    assert "variable values" in result.stdout
    assert stat.S_IMODE(os.stat(data).st_mode) == 0o600
    assert not (live.tmp / "snapshot.sqlite.partial").exists()
    with sqlite3.connect(data) as db:
        statuses = Counter(row[0] for row in db.execute("SELECT status FROM build"))
        assert statuses == {"completed": 8, "failed": 2}
        assert db.execute("SELECT count(*) FROM environment WHERE build_sid IS NOT NULL").fetchone() == (2,)
        content = db.execute("SELECT content FROM version WHERE kind = 'function'").fetchone()[0]
        assert b"exports.handler" in content
    # The snapshot is the live account: diff against live says identical, still with GETs only.
    live.proxy.requests.clear()
    same = live.run("sandbox", "diff", str(data), "live")
    assert same.stdout == "no changes\n"
    assert set(methods(live.proxy)) == {"GET"}


def test_import_of_one_named_service(live):
    data = live.tmp / "beta.sqlite"
    result = live.run("sandbox", "import", "--data", str(data), "--service", "beta")
    assert "1 services" in result.stdout
    with sqlite3.connect(data) as db:
        assert db.execute("SELECT unique_name FROM service").fetchall() == [("beta",)]


@pytest.mark.parametrize("script", ["cleanup", "promote"])
def test_a_rehearsal_predicts_the_real_run(live, script):
    path = REPO / "docs/examples/cleanup.bsh" if script == "cleanup" else live.tmp / "promote.bsh"
    if script == "promote":
        path.write_text(PROMOTE)
    env = {"KEEP": "2"}
    kept = live.tmp / "rehearsed.sqlite"
    live.proxy.requests.clear()
    rehearsed = live.run("--rehearse", "--yes", "--keep", str(kept), str(path), extra_env=env)
    assert set(methods(live.proxy)) == {"GET"}, methods(live.proxy)
    assert "changed" in rehearsed.stdout or "deleted" in rehearsed.stdout or "created" in rehearsed.stdout
    assert stat.S_IMODE(os.stat(kept).st_mode) == 0o600

    # Nothing changed on the live account yet: the kept state differs from it (exit 1, as diff(1)).
    before = live.run("sandbox", "diff", "live", str(kept), check=False)
    assert before.returncode == 1, before.stdout + before.stderr
    # Run it for real; now reality matches the rehearsal.
    live.run("--yes", str(path), extra_env=env)
    after = live.run("sandbox", "diff", str(kept), "live", check=False)
    assert after.returncode == 0, after.stdout + after.stderr
    assert after.stdout == "no changes\n"


def test_the_rehearsal_diff_in_json_withholds_variable_values(live):
    data = live.tmp / "snapshot.sqlite"
    live.run("sandbox", "import", "--data", str(data))
    before = data.read_bytes()
    script = live.tmp / "vars.bsh"
    script.write_text('use service alpha\nlet v = (list variables environment=dev | first 1)[0]\n'
                      'update variable $v environment=dev value="another-value-0000"\ndelete service beta\n')
    result = live.run("--rehearse", "--yes", "--snapshot", str(data), "-o", "json", str(script))
    assert data.read_bytes() == before, "the snapshot was changed"
    document = json.loads(result.stdout.strip().splitlines()[-1])
    assert document["identical"] is False
    changes = {(c["kind"], c["change"]) for c in document["changes"]}
    assert ("service", "deleted") in changes and ("variable", "changed") in changes
    variable = next(c for c in document["changes"] if c["kind"] == "variable" and c["change"] == "changed")
    assert variable["fields"] == [{"field": "value", "old": "[withheld]", "new": "[withheld]"}]
    assert "another-value-0000" not in result.stdout.strip().splitlines()[-1]


def test_the_exit_status_is_the_scripts(live):
    data = live.tmp / "snapshot.sqlite"
    live.run("sandbox", "import", "--data", str(data))
    result = live.run("--rehearse", "--snapshot", str(data), "-c", "delete service alpha\nexit 3", check=False)
    assert result.returncode == 3
    assert "service" in result.stdout and "deleted" in result.stdout


def fail_after_the_first_service(live, data):
    """Runs an import of the whole account whose second service's listing fails once: the first
    service (alpha) is kept in FILE.partial."""
    calls = Counter()
    forward = live.proxy.route

    def failing(request):
        if "/Builds" in request.target and calls["failed"] == 0 and calls["builds"] >= 1:
            calls["failed"] += 1
            return twilio_error(404, 20404, "gone for a moment", "Not Found")
        if "/Builds" in request.target:
            calls["builds"] += 1
        return forward(request)

    live.proxy.route = failing
    first = live.run("sandbox", "import", "--data", str(data), check=False)
    live.proxy.route = forward
    assert first.returncode == 1
    assert "run the same command again" in first.stderr
    assert pathlib.Path(f"{data}.partial").exists() and not data.exists()
    assert list(service_sids(f"{data}.partial")) == ["alpha"]


def test_a_failed_import_is_continued_by_the_next_run(live):
    data = live.tmp / "snapshot.sqlite"
    fail_after_the_first_service(live, data)
    second = live.run("sandbox", "import", "--data", str(data))
    # The summary counts what the file holds, the service kept from the first run included.
    assert "imported 2 services" in second.stdout and "10 builds" in second.stdout, second.stdout
    assert "1 service(s) kept from the earlier run" in second.stdout
    assert "warning" not in second.stderr
    with sqlite3.connect(data) as db:
        assert db.execute("SELECT count(*) FROM service").fetchone() == (2,)


def test_a_continued_import_of_only_kept_services_says_what_the_file_holds(live):
    data = live.tmp / "snapshot.sqlite"
    fail_after_the_first_service(live, data)
    second = live.run("sandbox", "import", "--data", str(data), "--service", "alpha", "--service", "alpha")
    assert "imported 1 services" in second.stdout and "5 builds" in second.stdout, second.stdout
    assert "nothing" not in second.stdout
    assert "1 service(s) kept from the earlier run" in second.stdout


def test_a_continued_import_of_other_services_warns_that_the_file_holds_more(live):
    data = live.tmp / "snapshot.sqlite"
    fail_after_the_first_service(live, data)
    second = live.run("sandbox", "import", "--data", str(data), "--service", "beta")
    assert "warning" in second.stderr and "alpha" in second.stderr, second.stderr
    assert "imported 2 services" in second.stdout and "kept from the earlier run" not in second.stdout
    assert sorted(service_sids(data)) == ["alpha", "beta"]


def test_imported_resources_follow_the_sandboxs_rules(live):
    """A completed build stays completed, a deployed build stays deployed and cannot be deleted
    (409), a build of no versions is 20001: the emulator's rules hold for imported resources."""
    data = live.tmp / "snapshot.sqlite"
    live.run("sandbox", "import", "--data", str(data))
    script = live.tmp / "rules.bsh"
    script.write_text(
        'use service alpha\n'
        'let env = (list environments | first 1)[0]\n'
        'let running = fetch build $env.build_sid\n'
        'print "status ${$running.status}"\n'
        'try { delete build $running } catch e { print "refused ${$e.code}" }\n'
        'try { create build runtime=node22 } catch e { print "empty ${$e.code}" }\n'
        'let failed = list builds | where status == "failed" | count\n'
        'print "failed ${$failed}"\n')
    result = live.run("--rehearse", "--yes", "--snapshot", str(data), str(script))
    assert "status completed" in result.stdout
    assert "refused 20409" in result.stdout
    assert "empty 20001" in result.stdout
    assert "failed 1" in result.stdout
    assert result.stdout.strip().endswith("no changes")


def repl_session(live):
    """`buildsh --yes` in a terminal, on the live account behind the proxy, at its first prompt."""
    import pexpect

    env = {k: v for k, v in os.environ.items() if not k.startswith(("TWILIO_", "XDG_", "BUILDSH_"))}
    env.update(HOME=str(live.tmp / "home"), TWILIO_ACCOUNT_SID=ACCOUNT, TWILIO_API_KEY=KEY, TWILIO_API_SECRET=SECRET,
               BUILDSH_API_URL=live.proxy.base_url, LANG="C.UTF-8", NO_COLOR="1", TERM="xterm-256color",
               XDG_DATA_HOME=str(live.tmp / "xdg"), XDG_STATE_HOME=str(live.tmp / "state"))
    child = pexpect.spawn(buildsh_binary(), ["--yes"], env=env, cwd=str(live.tmp), encoding="utf-8", timeout=120,
                          dimensions=(50, 200))
    child.expect("> ")
    return child


def test_rehearse_in_the_repl_prints_the_diff_and_leaves_the_account_alone(live):
    import pexpect

    (live.tmp / "promote.bsh").write_text(PROMOTE)
    child = repl_session(live)
    live.proxy.requests.clear()
    child.sendline("rehearse promote.bsh keep=repl.sqlite")
    child.expect(r"what the script would change")
    child.expect("> ")
    assert "staging" in child.before
    assert set(methods(live.proxy)) == {"GET"}, methods(live.proxy)
    assert (live.tmp / "repl.sqlite").exists()
    child.sendline("exit")
    child.expect(pexpect.EOF)
    # The live account is as it was: the kept state still differs from it.
    assert live.run("sandbox", "diff", "live", str(live.tmp / "repl.sqlite"), check=False).returncode == 1


@pytest.mark.parametrize("twice", ["by name", "by name and SID"])
def test_a_service_named_twice_is_imported_once(live, twice):
    whole = live.tmp / "whole.sqlite"
    live.run("sandbox", "import", "--data", str(whole))
    second = "alpha" if twice == "by name" else service_sids(whole)["alpha"]
    data = live.tmp / "twice.sqlite"
    result = live.run("sandbox", "import", "--data", str(data), "--service", "alpha", "--service", second)
    assert "imported 1 services" in result.stdout and "5 builds" in result.stdout
    assert list(service_sids(data)) == ["alpha"]
    rehearsed = live.run("--rehearse", "--service", "alpha", "--service", second, "-c", "print 1")
    assert rehearsed.stdout.startswith("1\n") and rehearsed.stdout.endswith("no changes\n")


def test_a_scoped_rehearsal_is_compared_with_its_services_only(live):
    """`--rehearse --service alpha --keep K`, the script run for real, then `sandbox diff K live
    --service alpha`: identical, and beta is not read. Without --service every other service of the
    account reads as created."""
    script = live.tmp / "promote.bsh"
    script.write_text(PROMOTE)
    kept = live.tmp / "alpha.sqlite"
    live.run("--rehearse", "--yes", "--service", "alpha", "--keep", str(kept), str(script))
    assert list(service_sids(kept)) == ["alpha"]
    live.run("--yes", str(script))
    whole = live.run("sandbox", "diff", str(kept), "live", check=False)
    assert whole.returncode == 1 and "beta" in whole.stdout
    live.proxy.requests.clear()
    scoped = live.run("sandbox", "diff", str(kept), "live", "--service", "alpha", check=False)
    assert (scoped.returncode, scoped.stdout) == (0, "no changes\n"), scoped.stdout + scoped.stderr
    read = [request.target for request in live.proxy.requests]
    assert set(methods(live.proxy)) == {"GET"}
    # Two files: only the named service is compared.
    everything = live.tmp / "everything.sqlite"
    live.run("sandbox", "import", "--data", str(everything))
    beta = service_sids(everything)["beta"]
    assert not any(beta in target for target in read), read
    assert live.run("sandbox", "diff", str(everything), str(kept), "--service", "alpha").stdout == "no changes\n"
    assert live.run("sandbox", "diff", str(everything), str(kept), check=False).returncode == 1
    # A service one side does not have is absent there, live too: a diff, not an error.
    gamma = live.run("sandbox", "diff", str(kept), "live", "--service", "alpha", "--service", "gamma")
    assert gamma.stdout == "no changes\n"


def test_a_scoped_rehearsal_from_the_repl(live):
    import pexpect

    (live.tmp / "promote.bsh").write_text(PROMOTE)
    child = repl_session(live)
    child.sendline("rehearse promote.bsh service=alpha keep=repl.sqlite")
    child.expect(r"what the script would change")
    child.expect("> ")
    child.sendline("exit")
    child.expect(pexpect.EOF)
    assert list(service_sids(live.tmp / "repl.sqlite")) == ["alpha"]


def rehearsal_changes(live, data, code):
    result = live.run("--rehearse", "--yes", "--snapshot", str(data), "-o", "json", "-c", code)
    return json.loads(result.stdout.strip().splitlines()[-1])["changes"]


def test_a_resource_deleted_and_made_again_shows_in_the_rehearsals_diff(live):
    """Within a rehearsal both states are of one sandbox: a service (or environment) deleted and made
    again under its name is a new resource with a new SID and domain, not the old one unchanged."""
    data = live.tmp / "snapshot.sqlite"
    live.run("sandbox", "import", "--data", str(data))
    changes = rehearsal_changes(live, data, 'delete service beta\ncreate service unique_name=beta friendly_name="Service beta"')
    services = {(c["change"], c["sid"]) for c in changes if c["kind"] == "service"}
    old = service_sids(data)["beta"]
    assert ("deleted", old) in services and len(services) == 2, changes
    assert next(c for c in changes if c["kind"] == "service" and c["change"] == "created")["name"] == "beta"
    changes = rehearsal_changes(live, data, 'use service alpha\ndelete environment dev\n'
                                            'create environment unique_name=dev domain_suffix=dev')
    environments = sorted(c["change"] for c in changes if c["kind"] == "environment")
    assert environments == ["created", "deleted"], changes


def test_a_rehearsal_on_a_whole_snapshot_named_services_shows_those_and_what_the_script_made(live):
    """`--snapshot FILE --service alpha`: the file holds every service; the diff keeps to alpha and
    to services the script made, rather than ignoring --service."""
    data = live.tmp / "snapshot.sqlite"
    live.run("sandbox", "import", "--data", str(data))
    code = ('use service alpha\ndelete environment dev\nuse service beta\ndelete environment dev\n'
            'create service unique_name=gamma friendly_name="Service gamma"')
    everything = {(c["kind"], c["change"], c.get("name")) for c in rehearsal_changes(live, data, code)}
    assert ("service", "created", "gamma") in everything
    result = live.run("--rehearse", "--yes", "--snapshot", str(data), "--service", "alpha", "-o", "json", "-c", code)
    changes = json.loads(result.stdout.strip().splitlines()[-1])["changes"]
    assert all(c["service"] != "beta" for c in changes), changes
    assert sum(1 for c in changes if c["kind"] == "environment") == 1, changes
    assert any(c["kind"] == "service" and c["change"] == "created" and c["name"] == "gamma" for c in changes)


def test_import_keeps_to_the_request_limit_and_waits_out_429s(live):
    """Function versions' code is read side by side: never more than --max-requests at once at the
    account, and a 429 (with Retry-After) is waited out and asked again, not a failed import."""
    versions = 'use service alpha\nlet f = (list functions | first 1)[0]\n' \
               'foreach i in range(12) { create function version $f path=/hello visibility=public content="exports.n = ${$i}" }'
    live.run("-c", versions, direct=True)
    forward = live.proxy.route
    lock = threading.Lock()
    state = {"now": 0, "most": 0}
    throttled = set()

    def route(request):
        with lock:
            state["now"] += 1
            state["most"] = max(state["most"], state["now"])
            throttle = request.path.endswith("/Content") and len(throttled) < 5 and request.path not in throttled
            if throttle:
                throttled.add(request.path)
        try:
            if throttle:
                reply = twilio_error(429, 20429, "Too Many Requests", "Too Many Requests")
                reply.headers.append(("Retry-After", "1"))
                return reply
            time.sleep(0.1)
            return forward(request)
        finally:
            with lock:
                state["now"] -= 1

    live.proxy.route = route
    data = live.tmp / "limited.sqlite"
    result = live.run("sandbox", "import", "--data", str(data), "--max-requests", "3")
    assert "14 function versions" in result.stdout, result.stdout
    assert len(throttled) == 5
    statuses = Counter(request.path in throttled for request in live.proxy.requests if request.path.endswith("/Content"))
    assert statuses[True] == 10, statuses  # each throttled one asked twice: the 429, then its answer
    assert state["most"] == 3, state
    with sqlite3.connect(data) as db:
        contents = [row[0] for row in db.execute("SELECT content FROM version WHERE kind = 'function'")]
    assert len(contents) == 14 and all(content.startswith(b"exports.") for content in contents)


def test_a_build_still_building_at_import_has_its_outcome_at_once_in_the_snapshot(tmp_path):
    """Builds take an hour on this account: the snapshot keeps them `building`, with the outcome the
    sandbox's rules give them reached at once (a bad dependency version fails)."""
    seed = ('create service unique_name=slow friendly_name=Slow\nuse service slow\nlet f = create function friendly_name=hello\n'
            'let v = create function version $f path=/hello visibility=public content="exports.handler = () => 1"\n'
            'create build functions=[$v] runtime=node22\n'
            'create build functions=[$v] dependencies={twilio: "three"} runtime=node22\n')
    account = start_live(tmp_path, build_time="1h", seed=seed)
    try:
        data = tmp_path / "slow.sqlite"
        account.run("sandbox", "import", "--data", str(data))
        with sqlite3.connect(data) as db:
            assert [row[0] for row in db.execute("SELECT status FROM build ORDER BY seq")] == ["building", "building"]
        script = 'use service slow\nforeach b in (list builds) { print $b.status }'
        result = account.run("--rehearse", "--snapshot", str(data), "-c", script)
        lines = result.stdout.splitlines()
        assert sorted(lines[:2]) == ["completed", "failed"] and lines[2:] == ["no changes"], result.stdout
    finally:
        account.stop()


def test_a_large_service_reports_progress_while_it_is_read(live):
    """Beyond the lines before and after each service, one of 1,000 builds says how far it has got."""
    builds = ('use service beta\nlet f = (list functions | first 1)[0]\n'
              'let v = create function version $f path=/hello visibility=public content="exports.n = 1"\n'
              'foreach i in range(1000) parallel 8 { let b = create build functions=[$v] runtime=node22 }\nprint "made"')
    assert live.run("-c", builds, direct=True).stdout.strip().endswith("made")
    result = live.run("sandbox", "import", "--data", str(live.tmp / "large.sqlite"), "--service", "beta")
    assert "service 1/1 beta: 1000 builds read…" in result.stderr, result.stderr
    assert "1005 builds" in result.stdout
