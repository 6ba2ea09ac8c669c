"""Every headline figure of buildsh beside the peer a user would pick, in one run, as one table.

  P1   one-shot `list builds` (20 builds), whole processes: buildsh vs a twilio-python script
  P1b  `buildsh -c 'print 1'` with credentials vs a bare binary linking the same libraries
  P1c  `buildsh -c 'print 1'` with the embedded sandbox (absolute: target 20 ms)
  P2   delete 2,000 builds 16 at a time: buildsh `parallel 16` vs twilio-python with 16 threads
  P4   peak memory of `list builds | where … | count` over N builds vs twilio-python `stream()`
  P4b  peak memory of `foreach b in (list builds page_size=1000) { n += 1 }` over the same N
  P5   1,000,000-iteration loop, BuildScript vs tclsh (CPU time, best of runs)
  P5b  filter 100,000 records, whole run, BuildScript vs tclsh (CPU time, best of runs)
  F1–F7  the floors: curl for the wire, Lua 5.4 and CPython for the interpreter, the first prompt
         and the binary's size (floors.py; F3 and F5 from interpreter/run)

Run through scripts/bench/all, which builds the binaries, installs the floors and prepares the venv.
Usage: all.py BUILDSH BARE_BINARY [--builds N] [--runs R] [--only P1,F1,…]
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bulk_delete  # noqa: E402  (the sandbox, seeding and P2 timing live there)
import floors  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ACCOUNT, TOKEN = bulk_delete.ACCOUNT, bulk_delete.TOKEN


def clean_environment(**extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TWILIO_", "BUILDSH_", "XDG_"))}
    env["HOME"] = tempfile.mkdtemp(prefix="buildsh-bench-home-")
    env.update(extra)
    return env


def median_seconds(command, env, runs, cpu=False):
    """The median wall time of `runs` whole runs, or with `cpu` their median CPU time (user +
    system), which a busy machine disturbs far less."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"bench: {command[:3]} failed")
        samples.append(usage.ru_utime + usage.ru_stime if cpu else time.perf_counter() - start)
    return statistics.median(samples)


def peak_rss_mb(command, env):
    """The peak resident memory of the program `command` runs, read from /proc (VmHWM) every 5 ms
    until it exits: the child's own rusage would also count the pages it had, as a fork of this
    large benchmark process, before it exec'd."""
    import threading
    process = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL)
    peak = [0]

    def watch():
        while process.poll() is None:
            try:
                with open(f"/proc/{process.pid}/status") as status:
                    for line in status:
                        if line.startswith("VmHWM:"):
                            peak[0] = max(peak[0], int(line.split()[1]))
            except OSError:
                pass
            time.sleep(0.005)

    watcher = threading.Thread(target=watch)
    watcher.start()
    output = process.stdout.read()
    process.wait()
    watcher.join()
    if process.returncode != 0:
        raise SystemExit(f"bench: {command[:3]} failed with {process.returncode}")
    return peak[0] / 1024, output.decode().strip()


PYTHON_LIST = """
import sys
from twilio.rest import Client
client = Client(sys.argv[1], sys.argv[2])
client.serverless.base_url = sys.argv[3]
for build in client.serverless.v1.services(sys.argv[4]).builds.list():
    print(build.sid, build.status)
"""

PYTHON_STREAM_COUNT = """
import sys
from twilio.rest import Client
client = Client(sys.argv[1], sys.argv[2])
client.serverless.base_url = sys.argv[3]
builds = client.serverless.v1.services(sys.argv[4]).builds.stream(page_size=1000)
print(sum(1 for build in builds if build.status == "completed"))
"""


GROUPS = "P1,P2,P4,P5,F1,F2,F3,F4,F5,F6,F7"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("buildsh")
    parser.add_argument("bare")
    parser.add_argument("--builds", type=int, default=100_000, help="builds listed by P4 and F4 (default 100000)")
    parser.add_argument("--runs", type=int, default=20, help="runs per one-shot timing (default 20)")
    parser.add_argument("--only", default=GROUPS, help=f"which groups to run (default {GROUPS})")
    options = parser.parse_args()
    buildsh = options.buildsh
    rows = []

    def row(key, workload, ours, peer, unit, target, lower_is_better=True, met=None):
        """A peer row: the ratio says how many times better buildsh is."""
        ratio = peer / ours if lower_is_better else ours / peer
        rows.append((key, workload, ours, peer, unit, ratio, "", target, met))

    def floor_row(key, workload, ours, floor, unit, ratio, floor_name, goal, met):
        """A floor row: the ratio is buildsh / floor, and the goal says whether it was met."""
        rows.append((key, workload, ours, floor, unit, ratio, floor_name, goal, met))

    groups = set(options.only.split(","))
    sandbox, url = bulk_delete.start_sandbox(buildsh)
    api = clean_environment(TWILIO_ACCOUNT_SID=ACCOUNT, TWILIO_AUTH_TOKEN=TOKEN, BUILDSH_API_URL=url)
    try:
        if "P1" in groups:
            one_shot(options, url, api, row, rows)
        if "F1" in groups:
            floors.wire_one_shot(buildsh, url, api, options.runs, median_seconds, floor_row)
        if "P2" in groups:
            client, first = bulk_delete.make_builds(url, "bench-delete-buildsh", 2000)
            ours = bulk_delete.time_buildsh(buildsh, url, "bench-delete-buildsh", 16)
            client, second = bulk_delete.make_builds(url, "bench-delete-python", 2000)
            peer = bulk_delete.time_python(client, second, 16)
            assert bulk_delete.remaining(client, first) == 0 and bulk_delete.remaining(client, second) == 0
            row("P2", "delete 2,000 builds, 16 in flight", ours, peer, "s", "≥ 3× faster", met=peer / ours >= 3)
        if "F2" in groups:
            floors.wire_bulk_delete(buildsh, url, floor_row)
        services = {}

        def seeded(size):
            """A service holding `size` builds, made once for P4 and F4."""
            if size not in services:
                services[size] = bulk_delete.make_builds(url, f"bench-memory-{size}", size)[1]
            return services[size]

        if "P4" in groups:
            memory(options, url, api, row, seeded)
        if "F4" in groups:
            sizes = sorted({min(20_000, options.builds), options.builds})
            floors.memory(buildsh, api, sizes, seeded, peak_rss_mb, floor_row)
    finally:
        sandbox.terminate()
        sandbox.wait()
    if groups & {"P5", "F3", "F5"}:
        interpreter(buildsh, rows, groups, floor_row)
    if "F6" in groups:
        floors.first_prompt(buildsh, sys.executable, options.runs, floor_row)
    if "F7" in groups:
        floors.binary_size(buildsh, floor_row)
    report(buildsh, rows)


def one_shot(options, url, api, row, rows):
    """P1, P1b, P1c: whole processes that list 20 builds, or print 1."""
    buildsh, python = options.buildsh, sys.executable
    client, service = bulk_delete.make_builds(url, "bench-one-shot", 20)
    ours = median_seconds([buildsh, "-c", f"list builds service={service}"], api, options.runs)
    peer = median_seconds([python, "-c", PYTHON_LIST, ACCOUNT, TOKEN, url, service], api, options.runs)
    row("P1", "one-shot list builds (20), whole process", ours * 1000, peer * 1000, "ms", "≥ 10× faster",
        met=peer / ours >= 10)
    ours = median_seconds([buildsh, "-c", "print 1"], api, options.runs * 2, cpu=True)
    bare = median_seconds([options.bare], api, options.runs * 2, cpu=True)
    rows.append(("P1b", "buildsh -c 'print 1' (credentials) vs bare binary, CPU", ours * 1000, bare * 1000,
                 "ms", ours / bare, "", "≤ 1.5× the bare binary", ours / bare <= 1.5))
    sandbox_env = clean_environment()
    sandboxed = median_seconds([buildsh, "-c", "print 1"], sandbox_env, options.runs * 2)
    sandboxed_cpu = median_seconds([buildsh, "-c", "print 1"], sandbox_env, options.runs * 2, cpu=True)
    rows.append(("P1c", f"buildsh -c 'print 1' (embedded sandbox), wall; CPU {sandboxed_cpu * 1000:.1f} ms",
                 sandboxed * 1000, None, "ms", None, "", "≤ 20 ms", sandboxed <= 0.020))


def memory(options, url, api, row, seeded):
    """P4, P4b: peak memory while streaming many builds, beside twilio-python's `stream()`."""
    buildsh, python = options.buildsh, sys.executable
    service = seeded(options.builds)
    count = f"list builds service={service} page_size=1000 | where status == \"completed\" | count"
    ours, counted = peak_rss_mb([buildsh, "-c", count], api)
    peer, streamed = peak_rss_mb([python, "-c", PYTHON_STREAM_COUNT, ACCOUNT, TOKEN, url, service], api)
    assert counted == streamed == str(options.builds), (counted, streamed)
    row("P4", f"peak memory, where then count over {options.builds:,} builds", ours, peer, "MB",
        "≤ 64 MB, flat", lower_is_better=False, met=ours <= 64)
    loop = f"let n = 0; foreach b in (list builds service={service} page_size=1000) {{ n += 1 }}; print $n"
    ours, counted = peak_rss_mb([buildsh, "-c", loop], api)
    assert counted == str(options.builds), counted
    row("P4b", f"peak memory, foreach over {options.builds:,} builds", ours, peer, "MB", "stays flat",
        lower_is_better=False)


def interpreter(buildsh, rows, groups, floor_row):
    """P5, P5b: scripts/bench/interpreter/run's CPU times against tclsh; F3 (the filter step, timed
    inside each script) and F5 (every workload, and the geometric mean) against Lua 5.4 and CPython."""
    output = subprocess.run([os.path.join(HERE, "interpreter", "run"), "--tsv"],
                            env=dict(os.environ, BUILDSH=buildsh, RUNS="5"),
                            capture_output=True, text=True, check=True).stdout
    lines = [line.split("\t") for line in output.splitlines() if "\t" in line]
    header, table = lines[0], {fields[0]: dict(zip(lines[0], fields)) for fields in lines[1:]}
    assert header[0] == "workload", header

    def seconds(name, column):
        return float(table[name][column])

    if "P5" in groups:
        for key, label, name in [("P5", "1,000,000-iteration loop, CPU", "loop"),
                                 ("P5b", "filter 100,000 records, whole run, CPU", "filter")]:
            ours, tcl = seconds(name, "bsh_cpu"), seconds(name, "tcl_cpu")
            rows.append((key, label + " vs tclsh", ours, tcl, "s", ours / tcl, "", "≤ 0.67 of Tcl", ours / tcl <= 0.67))
    if "F3" in groups:
        ours, lua = seconds("filter-step", "bsh_cpu"), seconds("filter-step", "lua_cpu")
        python = seconds("filter-step", "python_cpu")
        floor_row("F3", f"where over 100,000 records, in-process; CPython {python * 1000:.1f} ms", ours * 1000,
                  lua * 1000, "ms", ours / lua, "Lua 5.4", "≤ 1.0× Lua", ours <= lua)
    if "F5" in groups:
        for name, figures in table.items():
            if name in ("filter-step", "geomean"):
                continue
            ours, lua, python = (float(figures[column]) for column in ("bsh_cpu", "lua_cpu", "python_cpu"))
            floor_row("F5", f"{name}, CPU; Lua {lua:.3f} s ({ours / lua:.2f}×)", ours, python, "s", ours / python,
                      "CPython", "≤ 1.0× CPython", ours <= python)
        geomean = table["geomean"]
        lua_ratio, python_ratio = float(geomean["bsh/lua"]), float(geomean["bsh/python"])
        rows.append(("F5", f"geometric mean over the workloads; vs CPython {python_ratio:.2f}×", lua_ratio, None, "×",
                     lua_ratio, "Lua 5.4", "≤ 1.5× Lua", lua_ratio <= 1.5))


def report(buildsh, rows):
    """The one table of ratios, with the machine's load."""
    load = os.getloadavg()
    print(f"\nbuildsh: {buildsh}\nload average at the end: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}, "
          f"{os.cpu_count()} cores\n")
    print("| # | workload | buildsh | peer or floor | ratio | goal | met |\n|---|---|---|---|---|---|---|")
    for key, workload, ours, peer, unit, ratio, peer_name, target, met in rows:
        digits = 3 if unit == "s" and ours < 10 else 2 if unit == "×" else 1
        peer_text = f"{peer:.{digits}f} {unit}" if peer is not None else "—"
        if peer_name:
            peer_text = f"{peer_name}: {peer_text}" if peer is not None else peer_name
        if ratio is None:
            ratio_text = "—"
        elif key in ("P1", "P2"):
            ratio_text = f"{ratio:.1f}× faster"
        elif key in ("P4", "P4b"):
            ratio_text = f"{ratio:.2f}× the memory"
        else:
            ratio_text = f"{ratio:.2f}×" if key.startswith("F") else f"{ratio:.2f}"
        met_text = "—" if met is None else ("yes" if met else "no")
        print(f"| {key} | {workload} | {ours:.{digits}f} {unit} | {peer_text} | {ratio_text} | {target} | {met_text} |")
    print("\nP1, P2: peer time / buildsh time. P1b: buildsh / bare. P4: buildsh / python. P5: BuildScript CPU / Tcl CPU."
          "\nF rows: buildsh / floor (lower is better; F4 against buildsh's own baseline, F7 against 45 MB).")


if __name__ == "__main__":
    main()
