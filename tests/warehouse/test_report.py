"""The HTML report: written through the CLI, self-contained, and drawn by a real headless Chromium."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from flows.cli import main

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"  # git-ignored


def _chromium() -> str | None:
    return next((p for p in (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")) if p),
                None)


def _chromium_args(exe: str, profile: Path) -> list[str]:
    return [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0"]


@pytest.fixture
def syria_report(sample_warehouse, tmp_path) -> Path:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["report", "--country", "SYR", "--from", "2024-01-01", "--to",
                                       "2024-03-31", "--output", str(out), "--db", str(sample_warehouse.path)])
    assert result.exit_code == 0, result.output
    assert "2 events" in result.output
    return out


def test_report_is_self_contained(syria_report):
    page = syria_report.read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page), "report must not load anything"
    assert "Military Forces of Syria" in page and "news-b.example" in page
    assert '"iso3":"SYR"' in page  # the embedded world map


def test_report_draws_in_headless_chromium(syria_report, tmp_path):
    exe = _chromium()
    if exe is None:
        pytest.skip("chromium is not installed (CI installs it)")
    url = syria_report.as_uri()
    dom = subprocess.run([*_chromium_args(exe, tmp_path / "profile"), "--dump-dom", url],
                         capture_output=True, text=True, timeout=60)
    assert dom.returncode == 0, dom.stderr[-2000:]
    body = re.search(r"<body[^>]*>", dom.stdout).group(0)
    assert 'data-report="ok"' in body, body
    assert 'data-bars="2"' in body and 'data-points="2"' in body
    assert int(re.search(r'data-countries="(\d+)"', body).group(1)) > 150
    console = [line for line in dom.stderr.splitlines() if "CONSOLE" in line or "Uncaught" in line]
    assert console == [], console
    assert dom.stdout.count('class="bar"') == 2 and dom.stdout.count('class="event"') == 2

    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "report.png"
    subprocess.run([*_chromium_args(exe, tmp_path / "profile2"), "--window-size=1000,1400",
                    f"--screenshot={shot}", url], capture_output=True, timeout=60, check=True)
    assert shot.stat().st_size > 10_000
    print(f"\nreport screenshot: {shot}")


def test_report_on_an_empty_selection(sample_warehouse, tmp_path):
    from warehouse.report import write_report

    out = tmp_path / "empty.html"
    assert write_report(sample_warehouse, out, country="MLI") == 0
    assert "nothing in this selection" in out.read_text()
