"""`buildsh sandbox serve` started for a test: the one way every pytest suite starts it and reads its
banner, so a change to the banner or the flags is made once."""

import re
import subprocess


def start(binary, *flags, env=None):
    """Starts `buildsh sandbox serve --port 0 FLAGS…`; returns the process, its URL and its banner
    (everything printed up to `Press Ctrl-C`)."""
    process = subprocess.Popen(
        [binary, "sandbox", "serve", "--port", "0", *flags],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
    )
    banner = ""
    for line in process.stdout:
        banner += line
        if line.startswith("Press Ctrl-C"):
            break
    match = re.search(r"http://[0-9.:\[\]a-z]+", banner)
    if match is None:
        process.kill()
        raise RuntimeError(f"sandbox serve did not start: {banner!r}")
    return process, match.group(0), banner


def stop(process, timeout=20):
    """Stops it as Ctrl-C would (SIGTERM) and returns its exit status."""
    process.terminate()
    return process.wait(timeout=timeout)
