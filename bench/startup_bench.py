"""How long a flow command waits for Prefect: the temporary-server fallback vs a reused local server.

    python bench/startup_bench.py [--rounds 3]

Runs `conflict-events crawl` of one page from a loopback site as a subprocess, in a Prefect home of
its own (a temporary folder), and prints per mode:

* first output: seconds from starting the command to its first byte on stdout or stderr;
* total: the command's wall time;
* overhead: total minus the crawl's own time (the "crawled 1 seeds in X s" of its summary), i.e.
  Python and Prefect start-up, the API, flow-run bookkeeping and shutdown;
* prefect: overhead minus the import of the libraries the work itself needs (extractors, DuckDB,
  httpx; measured alone as "libraries"): what Prefect costs a command;
* cpu: CPU seconds of the command and its children (the temporary API included), which a busy
  machine inflates less than wall time.

Modes: "temporary (fresh home)" is the very first command on a new machine (database migrations),
"temporary" every later command without a server, "reused" with `conflict-events server start`
running. Figures are medians over the rounds; the machine is shared, so compare ratios.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import selectors
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "flows"]
ARTICLE = b"""<html><head><title>Clashes near Mopti</title></head><body><article>
<p>Fighting broke out on Monday between army troops and militants near the town of Mopti in Mali,
officials said. Three soldiers were killed and five people were wounded in the clashes.</p>
</article></body></html>"""


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802
        body = ARTICLE if self.path.endswith(".html") else b""
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run(args: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """(first output, total, output) of one command."""
    started = time.monotonic()
    proc = subprocess.Popen(args, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    sel.register(proc.stderr, selectors.EVENT_READ)
    first = None
    chunks: list[bytes] = []
    while sel.get_map():
        for key, _ in sel.select():
            data = os.read(key.fileobj.fileno(), 65536)
            if not data:
                sel.unregister(key.fileobj)
                continue
            if first is None:
                first = time.monotonic() - started
            chunks.append(data)
    proc.wait()
    total = time.monotonic() - started
    out = b"".join(chunks).decode(errors="replace")
    if proc.returncode != 0:
        raise SystemExit(f"command failed ({proc.returncode}): {' '.join(args)}\n{out}")
    return first or total, total, out


def _crawl(url: str, work: Path, env: dict[str, str], n: int) -> tuple[float, float, float, float]:
    cpu = _cpu()
    first, total, out = _run([*CLI, "crawl", url, "--db", str(work / f"b{n}.duckdb"), "--allow-private",
                              "--no-progress"], env)
    inner = float(re.search(r"crawled \d+ seeds in ([\d.]+) s", out).group(1))
    return first, total, total - inner, _cpu() - cpu


def _libraries(env: dict[str, str]) -> float:
    """Wall time of importing what the crawl's work needs, without Prefect (a subprocess)."""
    code = "import extractors, flows.pipeline, flows.fetchstream, duckdb, polars, httpx"
    started = time.monotonic()
    subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, check=True)
    return time.monotonic() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-bytecode", action="store_true",
                        help="keep PYTHONDONTWRITEBYTECODE from the environment (compile modules every command)")
    args = parser.parse_args()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{httpd.server_address[1]}/story.html"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_API", "PREFECT_PROFILE"))}
        env["PREFECT_HOME"] = str(work / "prefect-home")
        # As on a user's machine, Python caches compiled modules (some sandboxes and CI images turn that off,
        # which makes every command compile the project's own modules again); --no-bytecode keeps it off.
        if not args.no_bytecode:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
        results: dict[str, list[tuple[float, float, float, float]]] = {}
        n = 0
        results["temporary (fresh home)"] = [_crawl(url, work, env, n)]
        for mode in ("temporary", "reused"):
            if mode == "reused":
                with socket.socket() as sock:
                    sock.bind(("127.0.0.1", 0))
                    port = sock.getsockname()[1]
                _run([*CLI, "server", "start", "--port", str(port)], env)
            try:
                for _ in range(args.rounds):
                    n += 1
                    results.setdefault(mode, []).append(_crawl(url, work, env, n))
            finally:
                if mode == "reused":
                    _run([*CLI, "server", "stop"], env)
        libraries = statistics.median(_libraries(env) for _ in range(args.rounds))
        print(f"{'mode':<24} {'first output':>13} {'total':>8} {'overhead':>9} {'prefect':>8} {'cpu':>6}"
              f"   (median of {args.rounds}; seconds)")
        for mode, rows in results.items():
            first, total, overhead, cpu = (statistics.median(col) for col in zip(*rows, strict=True))
            print(f"{mode:<24} {first:>13.2f} {total:>8.2f} {overhead:>9.2f} {overhead - libraries:>8.2f}"
                  f" {cpu:>6.1f}")
        print(f"libraries (no Prefect): {libraries:.2f} s; bytecode cache "
              f"{'off' if env.get('PYTHONDONTWRITEBYTECODE') else 'on'}; load average {os.getloadavg()[0]:.1f} on "
              f"{os.cpu_count()} cores")
        temp = statistics.median(r[2] for r in results["temporary"])
        reused = statistics.median(r[2] for r in results["reused"])
        print(f"RATIO overhead temporary/reused: {temp / reused:.1f}x")
    httpd.shutdown()


if __name__ == "__main__":
    main()
