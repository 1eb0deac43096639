"""The HTML report: written through the CLI, self-contained, and drawn by a real headless Chromium."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from flows.cli import main

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"  # git-ignored
sys.path.insert(0, str(Path(__file__).resolve().parent))


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
    assert "2 incidents" in result.output
    return out


def test_report_is_self_contained(syria_report):
    page = syria_report.read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page), "report must not load anything"
    assert "Military Forces of Syria" in page and "news-b.example" in page
    assert '"iso3":"SYR"' in page  # the embedded world map


def test_labels_say_incidents_or_reports_never_events(syria_report):
    """Every count in the report is of incidents (the cards also give reports): no label says "events"."""
    page = syria_report.read_text(encoding="utf-8")
    markup = re.sub(r"<(script|style).*?</\1>", "", page, flags=re.S)  # data, world map, script, CSS
    text = re.sub(r"<[^>]+>", " ", markup)  # what a reader sees: headings, cards, table headers, notes
    text = re.sub(r"conflict[ -]events", "", text, flags=re.I)  # the title and the tool's name, not counts
    # ("event" alone stays where it names no count: "a real-world event", "event type", "event record")
    assert not re.search(r"\bevents\b", text, re.I), re.findall(r".{0,40}\bevents\b.{0,40}", text, re.I)
    for label in ("Incidents over time (daily)", "<h2>Incidents</h2>", "Click a point for its incidents.",
                  "<b>2</b>incidents</div>", "<b>4</b>reports</div>", "2 incidents with coordinates"):
        assert label in page, label
    for section in ("Top actors", "Event types", "Actor dyads", "Sources"):
        head = page.split(f"<h2>{section}</h2>", 1)[1].split("</thead>", 1)[0]
        assert "<th class=n>incidents</th>" in head and "events" not in head, (section, head)
    script = page.rsplit("<script>", 1)[1]
    for label in ('" incident" +', '" of " + events.length + " incidents"', "show these in the incident list"):
        assert label in script, label
    assert not re.search(r'" events?"', script)


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


def _report(db, *args) -> object:
    return CliRunner().invoke(main, ["report", "--db", str(db), *args])


def test_country_names_and_codes_are_accepted_and_unknown_ones_refused(sample_warehouse, tmp_path):
    for name in ("Syria", "syr", "SY"):
        result = _report(sample_warehouse.path, "--country", name, "--output", str(tmp_path / "r.html"))
        assert result.exit_code == 0 and "(2 incidents)" in result.output, result.output
    result = _report(sample_warehouse.path, "--country", "Syrai", "--output", str(tmp_path / "x.html"))
    assert result.exit_code == 1 and not (tmp_path / "x.html").exists()
    assert "unknown country 'Syrai'" in result.output and "did you mean Syria (SYR)" in result.output


def test_report_to_standard_output(sample_warehouse):
    result = _report(sample_warehouse.path, "--country", "SYR", "--output", "-")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("<!DOCTYPE html>") and "report e1" in result.stdout


def test_event_list_map_popup_and_filters_in_real_chromium(sample_warehouse, tmp_path):
    """Click a map point, read its popup, list its events, filter by text: a real browser, real clicks."""
    from chromium import Browser, chromium_path

    exe = chromium_path()
    if exe is None:
        pytest.skip("chromium is not installed (CI installs it)")
    out = tmp_path / "syria.html"
    assert _report(sample_warehouse.path, "--country", "Syria", "--output", str(out)).exit_code == 0
    with Browser(exe, tmp_path / "cdp-profile") as page:
        assert page.open(out.as_uri()) == "ok", page.js("document.body.dataset.error")
        # the list: every event with date, type, actors, place, fatalities, evidence and a source link
        assert page.js("document.body.dataset.events") == "2"
        rows = page.js("[...document.querySelectorAll('#event-list tbody tr')].map(r => r.innerText)")
        assert "Aleppo, Syria" in rows[1] and "report e1" in rows[1] and "HTS" in rows[1] and "4" in rows[1]
        links = page.js("[...document.querySelectorAll('#event-list tbody a')].map(a => a.href)")
        assert links == ["https://www.news-a.example/d4", "https://www.news-a.example/d1"]
        page.screenshot(ARTIFACTS / "report-list.png", "#events")
        # a map point: its popup lists its events
        assert page.js("document.getElementById('popup').hidden") is True
        page.click('circle.event[data-point="1"]')
        assert page.js("document.getElementById('popup').hidden") is False
        popup = page.js("document.getElementById('popup').innerText")
        assert "Aleppo" in popup and "report e1" in popup and "1 incident, 4 killed" in popup
        assert "show these in the incident list" in popup
        title = page.js("document.querySelector('circle.event[data-point=\"1\"] title').textContent")
        assert title == "Aleppo: 1 incident, 4 killed", title
        page.screenshot(ARTIFACTS / "report-popup.png", "#map")
        page.click("#popup-list")
        assert page.js("document.body.dataset.events") == "1"
        assert "Aleppo" in page.js("document.querySelector('#event-list tbody').innerText")
        # text filter
        page.click("#f-clear")
        assert page.js("document.body.dataset.events") == "2"
        page.type("#f-text", "idlib")
        assert page.js("document.body.dataset.events") == "1"
        assert "Air/drone strike" in page.js("document.querySelector('#event-list tbody').innerText")
        assert page.js("document.getElementById('list-count').innerText") == "1 of 2 incidents"
        page.screenshot(ARTIFACTS / "report-filtered.png", "#events")
        page.click("#f-clear")
        page.click("#f-fatal")
        assert page.js("document.body.dataset.events") == "2"  # both Syrian events have fatalities
        errors = [c for c in page.console if "exceptionDetails" in c or '"type": "error"' in c]
        assert errors == [], errors
    print(f"\nscreenshots: {ARTIFACTS}/report-list.png, report-popup.png, report-filtered.png")


def test_crawl_health_names_sources_instead_of_their_ids(sample_warehouse, tmp_path):
    import datetime as dt

    sample_warehouse.upsert("sources", [{"source_id": "3f9a1c0d5e7b2a64", "name": "Levant Wire", "kind": "rss",
                                         "url": "https://levant.example/rss.xml"}])
    sample_warehouse.store_fetch_results(
        [{"page_id": "lw1", "url": "https://levant.example/a", "canonical_url": "https://levant.example/a",
          "source_id": "3f9a1c0d5e7b2a64", "ok": False, "error_reason": "http 500", "transient": True,
          "fetched_at": dt.datetime(2024, 3, 1)}], [], [], {})
    out = tmp_path / "health.html"
    assert _report(sample_warehouse.path, "--output", str(out)).exit_code == 0
    health = out.read_text(encoding="utf-8").split("<h2>Crawl health</h2>", 1)[1].split("</table>", 1)[0]
    assert "<td>Levant Wire</td>" in health and "3f9a1c0d5e7b2a64" not in health
