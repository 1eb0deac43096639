#!/usr/bin/env python3
"""Set up and run conflict-events with nothing but python3 (3.11+) and pip.

    python3 run.py demo      # make .venv, install the project, run the demo crawl
    python3 run.py test      # make .venv, install the project with test tools, run ruff and pytest
    python3 run.py -- ARGS   # run any `conflict-events ARGS` inside the project's .venv

The virtual environment lives in ./.venv and is reused; it is reinstalled only when pyproject.toml changes
or a command needs extras that are not installed yet (`test` installs the test tools once; `demo` and other
commands are happy with that same install, so switching between them costs nothing).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")


def _digest() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()[:16]


def _installed(stamp_file: Path) -> set[str] | None:
    """Extras installed for the current pyproject.toml (stamp "digest:extra,extra"), None if stale."""
    if not stamp_file.exists():
        return None
    digest, _, extras = stamp_file.read_text().strip().partition(":")
    if digest != _digest():
        return None
    return {e for e in extras.split(",") if e}


def ensure_venv(extras: str = "") -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 (run.py is what tells users of older Pythons)
        sys.exit(f"conflict-events needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    if not PY.exists():
        print(f"creating virtual environment in {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp_file = VENV / ".installed"
    wanted = {e for e in extras.split(",") if e}
    have = _installed(stamp_file)
    if have is not None and wanted <= have:
        return
    # Keep extras installed earlier (a `demo` after a `test` must not drop the test tools, or the next
    # `test` would reinstall everything).
    extras_now = sorted(wanted | (have or set()))
    target = f".[{','.join(extras_now)}]" if extras_now else "."
    label = f"[{','.join(extras_now)}]" if extras_now else ""
    print(f"installing conflict-events{label} into {VENV} (first run takes a minute)", flush=True)
    subprocess.run([str(PY), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-e", target],
                   cwd=ROOT, check=True)
    stamp_file.write_text(f"{_digest()}:{','.join(extras_now)}")


def _workers(args: list[str]) -> list[str]:
    """pytest-xdist workers, one per core up to four (the suite's end-to-end tests wait on processes,
    so two cores run it in about two thirds of the serial time); none when the caller picks its own."""
    if any(a == "-n" or a.startswith(("-n", "--numprocesses", "-p")) for a in args):
        return []
    cores = min(4, os.cpu_count() or 1)
    return ["-n", str(cores)] if cores > 1 else []


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "demo"
    if command == "test":
        ensure_venv("test")
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
        lint = subprocess.run([str(BIN / "ruff"), "check", "."], cwd=ROOT, env=env)
        tests = subprocess.run([str(PY), "-m", "pytest", *_workers(argv[1:]), *argv[1:]], cwd=ROOT, env=env)
        if tests.returncode == 5:
            print("pytest collected no tests: failing on purpose", file=sys.stderr)
            return 1
        return lint.returncode or tests.returncode
    if command == "--":
        argv = argv[1:]
    elif command not in {"demo"}:
        argv = [command, *argv[1:]]
    ensure_venv("")
    env = {**os.environ, "CONFLICT_EVENTS_LAUNCHER": f"python3 {os.path.relpath(__file__)}"}
    return subprocess.run([str(BIN / "conflict-events"), *(argv or ["demo"])], cwd=Path.cwd(), env=env).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
