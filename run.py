#!/usr/bin/env python3
"""Set up and run conflict-events with nothing but python3 (3.11+) and pip.

    python3 run.py demo      # make .venv, install the project, run the demo crawl
    python3 run.py test      # make .venv, install the project with test tools, run ruff and pytest
    python3 run.py -- ARGS   # run any `conflict-events ARGS` inside the project's .venv

The virtual environment lives in ./.venv and is reused; it is reinstalled when pyproject.toml changes.
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


def _stamp(extras: str) -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()[:16]
    return f"{digest}:{extras}"


def ensure_venv(extras: str = "") -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 (run.py is what tells users of older Pythons)
        sys.exit(f"conflict-events needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    if not PY.exists():
        print(f"creating virtual environment in {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp_file = VENV / ".installed"
    wanted = _stamp(extras)
    if stamp_file.exists() and stamp_file.read_text() == wanted:
        return
    target = f".[{extras}]" if extras else "."
    print(f"installing conflict-events{f'[{extras}]' if extras else ''} into {VENV} (first run takes a minute)",
          flush=True)
    subprocess.run([str(PY), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-e", target],
                   cwd=ROOT, check=True)
    stamp_file.write_text(wanted)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "demo"
    if command == "test":
        ensure_venv("test")
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
        lint = subprocess.run([str(BIN / "ruff"), "check", "."], cwd=ROOT, env=env)
        tests = subprocess.run([str(PY), "-m", "pytest", *argv[1:]], cwd=ROOT, env=env)
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
