"""The floor rows of scripts/bench/all: buildsh against what the machine needs to do the same work at
all (curl for the wire; `lua5.4 -i` and `python3 -i` for a first prompt; a Go CLI's size for the
binary). F3 and F5 (the interpreter against Lua 5.4 and CPython) come from interpreter/run.

  F1  one-shot `list builds service=S` (20 builds) vs `curl -s -u … URL/v1/Services/S/Builds`
  F2  delete 2,000 builds, 16 in flight (buildsh lists them too) vs `curl --parallel-max 16 -X DELETE -K urls`
  F4  peak memory of `list builds page_size=1000 | where … | count` at two sizes (flat within 5%)
  F6  start to the first REPL prompt on a pty vs `lua5.4 -i` and `python3 -i`
  F7  what scripts/install puts on disk (the stripped binary, manual page, completions)
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

import bulk_delete

ACCOUNT, TOKEN = bulk_delete.ACCOUNT, bulk_delete.TOKEN


def wire_one_shot(buildsh, url, api, runs, median_seconds, row):
    """F1: whole processes, run in turn, medians."""
    client, service = bulk_delete.make_builds(url, "bench-floor-one-shot", 20)
    ours = [buildsh, "-c", f"list builds service={service}"]
    curl = ["curl", "-s", "-f", "-o", "/dev/null", "-u", f"{ACCOUNT}:{TOKEN}", f"{url}/v1/Services/{service}/Builds"]
    ours_ms = median_seconds(ours, api, runs) * 1000
    curl_ms = median_seconds(curl, api, runs) * 1000
    row("F1", "one-shot list builds (20), whole process", ours_ms, curl_ms, "ms", ours_ms / curl_ms,
        "curl, one request", "≤ 1.3×", ours_ms / curl_ms <= 1.3)


def wire_bulk_delete(buildsh, url, row, count=2000, parallel=16):
    """F2: buildsh lists and deletes; curl only deletes, from a list of URLs made beforehand."""
    client, mine = bulk_delete.make_builds(url, "bench-floor-delete-buildsh", count)
    ours = bulk_delete.time_buildsh(buildsh, url, "bench-floor-delete-buildsh", parallel)
    client, theirs = bulk_delete.make_builds(url, "bench-floor-delete-curl", count)
    sids = [build.sid for build in client.serverless.v1.services(theirs).builds.stream(page_size=1000)]
    with tempfile.NamedTemporaryFile("w", suffix=".curl", delete=False) as config:
        for sid in sids:
            config.write(f'url = "{url}/v1/Services/{theirs}/Builds/{sid}"\n-o /dev/null\n')
    start = time.perf_counter()
    subprocess.run(["curl", "-s", "-f", "--parallel", "--parallel-max", str(parallel), "-u", f"{ACCOUNT}:{TOKEN}",
                    "-X", "DELETE", "-K", config.name], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    curl = time.perf_counter() - start
    os.unlink(config.name)
    assert bulk_delete.remaining(client, mine) == 0 and bulk_delete.remaining(client, theirs) == 0
    row("F2", f"delete {count:,} builds, {parallel} in flight", ours, curl, "s", ours / curl,
        "curl --parallel (deletes only)", "≤ 1.3×", ours / curl <= 1.3)


def memory(buildsh, api, sizes, seeded, peak_rss_mb, row):
    """F4: the streaming path's peak at each size (`seeded(size)` names a service with that many
    builds), and how much it grows between them."""
    peaks = []
    for size in sizes:
        service = seeded(size)
        count = f"list builds service={service} page_size=1000 | where status == \"completed\" | count"
        peak, counted = peak_rss_mb([buildsh, "-c", count], api)
        assert counted == str(size), (counted, size)
        peaks.append(peak)
    # The sleep keeps the process alive until the watcher has read its peak.
    baseline, _ = peak_rss_mb([buildsh, "-c", "sleep 200ms; print 1"], api)
    growth = peaks[-1] / peaks[0]
    for size, peak in zip(sizes, peaks):
        row("F4", f"peak memory, where then count over {size:,} builds", peak, baseline, "MB", peak / baseline,
            "`buildsh -c 'print 1'`", "≤ 30 MB, flat (±5%)", peak <= 30 and abs(growth - 1) <= 0.05)


def first_prompt(buildsh, python, runs, row):
    """F6: spawn on a pty until the prompt is drawn, for buildsh (embedded sandbox), Lua and Python."""
    lua = shutil.which("lua5.4")
    home = tempfile.mkdtemp(prefix="buildsh-bench-home-")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TWILIO_", "BUILDSH_", "XDG_"))}
    env.update(HOME=home, TERM="xterm-256color", LANG="C.UTF-8")
    subprocess.run([buildsh, "-c", "print 1"], env=env, capture_output=True, check=True)  # the sandbox file exists
    program = r"""
import statistics, sys, time, pexpect
command, prompt, runs = sys.argv[1:-2], sys.argv[-2], int(sys.argv[-1])
samples = []
for _ in range(runs):
    start = time.perf_counter()
    child = pexpect.spawn(command[0], command[1:], encoding="utf-8", timeout=30)
    child.delaybeforesend = None
    child.expect_exact(prompt)
    samples.append(time.perf_counter() - start)
    child.sendcontrol("d")
    child.expect(pexpect.EOF)
    child.close()
print(statistics.median(samples) * 1000)
"""

    def median_ms(command, prompt):
        output = subprocess.run([python, "-c", program, *command, prompt, str(runs)], env=env, capture_output=True,
                                text=True, check=True).stdout
        return float(output.strip())

    ours = median_ms([buildsh], "sandbox> ")
    lua_ms = median_ms([lua, "-i"], "> ")
    # The interpreter itself, not a version manager's shim in front of it.
    python_ms = median_ms([os.path.realpath(python), "-i"], ">>> ")
    row("F6", f"REPL start to first prompt (pty); python3 -i {python_ms:.1f} ms", ours, lua_ms, "ms",
        ours / lua_ms, "lua5.4 -i", "≤ 10 ms", ours <= 10)


def binary_size(buildsh, row):
    """F7: what `scripts/install` puts on disk: the stripped binary, the manual page, the completions."""
    repo = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
    with tempfile.TemporaryDirectory() as prefix:
        subprocess.run([os.path.join(repo, "scripts", "install"), "--prefix", prefix],
                       env={**os.environ, "BUILDSH_BINARY": buildsh}, check=True, stdout=subprocess.DEVNULL)
        binary = os.path.getsize(os.path.join(prefix, "bin", "buildsh")) / 1e6
        installed = sum(os.path.getsize(os.path.join(folder, name))
                        for folder, _, names in os.walk(prefix) for name in names) / 1e6
    row("F7", f"scripts/install, every file (the stripped binary {binary:.1f} MB; unstripped "
        f"{os.path.getsize(buildsh) / 1e6:.0f} MB)", installed, 45.0, "MB",
        installed / 45.0, "a Go CLI of this kind (gh, kubectl: 40–50 MB)", "≤ 40 MB", installed <= 40)


if __name__ == "__main__":
    sys.exit("floors.py is run by scripts/bench/all")
