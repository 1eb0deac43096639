"""run.py keeps one virtualenv for `test` and every other command: no reinstall when switching."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run_module():
    spec = importlib.util.spec_from_file_location("run_py_under_test", ROOT / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_test_install_satisfies_demo_and_other_commands(tmp_path):
    run = _run_module()
    run.VENV = tmp_path / "venv"
    run.PY = Path(sys.executable)  # exists: no venv is created
    run.VENV.mkdir()
    stamp = run.VENV / ".installed"
    stamp.write_text(f"{run._digest()}:test")
    # Would call pip (and fail on this fake venv) if it thought a reinstall was needed.
    run.ensure_venv("")
    run.ensure_venv("test")
    assert stamp.read_text() == f"{run._digest()}:test"
    assert run._installed(stamp) == {"test"}
    stamp.write_text("0000000000000000:test")  # pyproject.toml changed since: reinstall
    assert run._installed(stamp) is None
    stamp.write_text(f"{run._digest()}:")
    assert run._installed(stamp) == set()


def test_the_suite_spreads_over_the_cores_unless_the_caller_chooses(monkeypatch):
    run = _run_module()
    monkeypatch.setattr(run.os, "cpu_count", lambda: 2)
    assert run._workers([]) == ["-n", "2"]
    assert run._workers(["tests/extractors"]) == ["-n", "2"]
    assert run._workers(["-n", "0"]) == []
    assert run._workers(["-n3"]) == []
    assert run._workers(["-p", "no:xdist"]) == []
    monkeypatch.setattr(run.os, "cpu_count", lambda: 64)
    assert run._workers([]) == ["-n", "4"]
    monkeypatch.setattr(run.os, "cpu_count", lambda: 1)
    assert run._workers([]) == []
