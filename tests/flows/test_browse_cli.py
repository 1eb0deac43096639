"""`conflict-events browse` as a user starts it: a subprocess of the console entry point, bounded in time and
stopped at the end."""

from __future__ import annotations

import queue
import re
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]


def _start(*args: str) -> tuple[subprocess.Popen, queue.Queue]:
    proc = subprocess.Popen([sys.executable, "-m", "flows", "browse", *args], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    lines: queue.Queue = queue.Queue()

    def pump() -> None:
        for line in proc.stdout:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    return proc, lines


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _line(lines: queue.Queue, pattern: str, deadline: float) -> re.Match:
    seen = []
    while (left := deadline - time.monotonic()) > 0:
        try:
            line = lines.get(timeout=left)
        except queue.Empty:
            break
        if line is None:
            break
        seen.append(line)
        if m := re.search(pattern, line):
            return m
    raise AssertionError(f"no line matching {pattern!r} in: {''.join(seen)!r}")


def test_port_0_prints_the_port_it_got_and_serves_there(browse_warehouse):
    proc, lines = _start("--db", str(browse_warehouse.path), "--port", "0")
    try:
        m = _line(lines, r"at (http://127\.0\.0\.1:(\d+)/) ", time.monotonic() + 60)
        url, port = m.group(1), int(m.group(2))
        assert port != 0
        deadline = time.monotonic() + 30
        while True:
            try:
                events = httpx.get(url + "events", timeout=30)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the printed URL never answered"
                time.sleep(0.1)
        assert events.status_code == 200 and "Aleppo" in events.text
        box = httpx.get(url + "sql", params={"q": "SELECT count(*) AS n FROM events"}, timeout=60)
        assert box.status_code == 200 and "<td>3</td>" in box.text
        refused = httpx.get(url + "sql", params={"q": "SELECT * FROM read_text('/etc/hostname')"}, timeout=60)
        assert refused.status_code == 400 and "file and network access are off" in refused.text
    finally:
        _stop(proc)


def test_a_taken_port_is_a_one_line_error(browse_warehouse):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        proc, lines = _start("--db", str(browse_warehouse.path), "--port", str(port))
        try:
            _line(lines, rf"^error: cannot listen on 127\.0\.0\.1 port {port}: .*--port 0", time.monotonic() + 60)
            assert proc.wait(timeout=30) == 1
        finally:
            _stop(proc)
