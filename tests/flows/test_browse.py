"""The browse app end to end: the demo's real warehouse, a real server on 127.0.0.1 and a real headless
Chromium (Debian's package) driven by Playwright. Screenshots go to artifacts/ (git-ignored)."""

from __future__ import annotations

import csv
import os
import shutil
from pathlib import Path

import pytest

from flows.demo import run_demo
from flows.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts" / "browse"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.slow


def _chromium() -> str | None:
    for candidate in (os.environ.get("CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                      shutil.which("chromium-browser")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


@pytest.fixture(scope="module")
def demo_db(prefect_env, tmp_path_factory) -> Path:
    """The demo's warehouse, made by the real crawl flow against the bundled site."""
    db = tmp_path_factory.mktemp("browse") / "demo.duckdb"
    run_demo(Settings(db_path=db, progress=False))
    return db


@pytest.fixture(scope="module")
def server(demo_db):
    from browse_server import BrowseServer

    srv = BrowseServer(demo_db).start()
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def browser(server):
    """Chromium under Playwright; after the server, since Playwright's sync API keeps an event loop running
    in this thread, where the demo's Prefect flow could then not start its own."""
    exe = _chromium()
    if exe is None:
        pytest.skip("chromium is not installed (apt-get install chromium; CI installs it)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is a test extra: pip install -e '.[test]'")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=exe, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(base_url=server.url, accept_downloads=True, viewport={"width": 1400, "height": 900})
    page = context.new_page()
    problems: list[str] = []
    # Error pages answer 400/404 on purpose (Chromium logs those); anything else is a problem (CSP, script).
    page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error"
            and "status of 40" not in msg.text else None)
    page.on("pageerror", lambda exc: problems.append(str(exc)))
    page.problems = problems
    yield page
    context.close()


def _one(db: Path, sql: str, params: list | None = None):
    """A value from the demo's warehouse: expected figures follow the extractor, never hard-coded."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchone()
    finally:
        con.close()


def _total(page) -> int:
    return int(page.locator("#summary").get_attribute("data-total"))


def test_filter_events_and_facets(page, demo_db):
    everything, mali = _one(demo_db, "SELECT count(*), count(*) FILTER (WHERE country = 'MLI') FROM events")
    assert everything > 0 and mali > 0, "the demo should code events, some of them in Mali"
    page.goto("/events")
    assert _total(page) == everything
    page.fill("input[name=country]", "Mali")
    page.click("form#filters button[type=submit]")
    page.wait_for_url("**/events?*country=Mali*")
    assert _total(page) == mali
    assert page.locator("#events tbody tr").count() == mali
    assert page.locator("td[title='Mali']").count() == mali
    # A facet link narrows further, and its count is what the table then shows.
    link = page.locator("a[data-facet=type]").first
    etype = link.get_attribute("data-value")
    expected = int(link.locator("xpath=following-sibling::span").inner_text())
    link.click()
    page.wait_for_url(f"**type={etype}*")
    assert _total(page) == expected == _one(
        demo_db, "SELECT count(*) FROM events WHERE country = 'MLI' AND event_type = ?", [etype])[0]
    page.screenshot(path=str(ARTIFACTS / "events-filtered.png"), full_page=True)
    assert not page.problems, page.problems


def test_unknown_filter_value_is_a_message_not_a_trace(page):
    page.goto("/events?country=Narnia")
    alert = page.locator("[role=alert]")
    assert "unknown country 'Narnia'" in alert.inner_text()
    page.goto("/events?type=dragons")
    assert "no event has event type 'dragons'" in page.locator("[role=alert]").inner_text()
    assert "Traceback" not in page.content()


def test_click_a_map_point_lists_its_events(page, demo_db):
    places = _one(demo_db, "SELECT count(DISTINCT (round(latitude, 3), round(longitude, 3))) FROM events "
                           "WHERE latitude IS NOT NULL AND longitude IS NOT NULL")[0]
    page.goto("/map")
    page.wait_for_selector("body[data-map=ok]", timeout=15_000)
    circles = page.locator("#map circle.event")
    assert circles.count() == places > 0
    assert page.locator("#map path").count() > 150  # the bundled world map
    page.screenshot(path=str(ARTIFACTS / "map.png"), full_page=True)
    point = circles.first.get_attribute("data-point")
    circles.first.click()
    page.wait_for_url("**/events?point=*")
    assert _total(page) >= 1
    lat, lon = (float(x) for x in point.split(","))
    assert page.locator("#events tbody tr").count() == _total(page)
    assert not page.problems, page.problems
    assert lat and lon


def test_article_highlights_each_event_evidence(page, demo_db):
    # The article with the most events; of those, the one whose evidence starts latest in the text.
    doc_id, n_events, url = _one(demo_db, "SELECT e.doc_id, count(*), any_value(a.url) FROM events e JOIN "
                                          "articles a USING (doc_id) GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1")
    event_id, evidence = _one(demo_db, "SELECT event_id, evidence FROM events WHERE doc_id = ? "
                                       "ORDER BY evidence_start DESC NULLS LAST LIMIT 1", [doc_id])
    ids = [r for r in _one(demo_db, "SELECT list(event_id) FROM events WHERE doc_id = ?", [doc_id])[0]]
    page.goto(f"/events?doc={doc_id}")
    page.click(f"tr[data-event='{event_id}'] a.evidence")
    page.wait_for_url(f"**/article/{doc_id}#ev-{event_id}")
    marks = page.locator("#text mark.evidence")
    assert 1 <= marks.count() <= n_events == len(ids)
    for other in ids:  # every event's evidence is highlighted (two events may share one sentence)
        assert page.locator(f"#text mark[data-events~='{other}']").count() >= 1, other
    target = page.locator(f"#text mark[data-events~='{event_id}']")
    assert "".join(target.all_inner_texts()) == evidence  # its span, maybe cut where another one starts
    assert page.locator("#original").get_attribute("href") == url
    page.screenshot(path=str(ARTIFACTS / "article.png"), full_page=True)
    page.click("#raw")
    assert "<html" in page.content().lower() or "&lt;html" in page.content().lower()


def test_download_the_filtered_view_as_csv(page, tmp_path, demo_db):
    nigeria = _one(demo_db, "SELECT count(*) FROM events WHERE country = 'NGA'")[0]
    page.goto("/events?country=Nigeria")
    total = _total(page)
    with page.expect_download() as info:
        page.click("a[data-download=csv]")
    path = tmp_path / "events.csv"
    info.value.save_as(path)
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == total == nigeria > 0
    assert {r["country"] for r in rows} == {"NGA"}
    assert all(r["evidence"] for r in rows)


def test_incident_shows_every_report_side_by_side(page, demo_db):
    # The incident with the most reports (the demo has two outlets reporting one Nigerian attack).
    incident, n, outlets = _one(
        demo_db, "SELECT coalesce(e.cluster_id, e.event_id), count(*), list(DISTINCT s.name ORDER BY s.name) "
                 "FROM events e JOIN articles a USING (doc_id) JOIN sources s ON s.source_id = a.source_id "
                 "GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1")
    page.goto(f"/incident/{incident}")
    reports = page.locator("article.report")
    assert reports.count() == n
    assert sorted({reports.nth(i).locator("h3").inner_text() for i in range(n)}) == outlets
    page.screenshot(path=str(ARTIFACTS / "incident.png"), full_page=True)


def test_sources_and_sql_box(page, demo_db):
    page.goto("/sources")
    assert "Levant Wire" in page.locator("table.sources").inner_text()
    assert "http 500" in page.content()
    page.goto("/sql")
    page.fill("textarea[name=q]", "DROP TABLE events")
    page.click("form.sql button")
    assert "refusing DROP" in page.locator("[role=alert]").inner_text()
    page.fill("textarea[name=q]", "SELECT count(*) AS n FROM events")
    page.click("form.sql button")
    assert page.locator("#sql-result td").inner_text() == str(_one(demo_db, "SELECT count(*) FROM events")[0])
    page.fill("textarea[name=q]", "SELEC 1")
    page.click("form.sql button")
    assert "syntax error" in page.locator("[role=alert]").inner_text()
    assert not page.problems, page.problems


# -- HTTP-level checks on the same server (no browser needed) -------------------------------------------
def test_host_header_allow_list_and_security_headers(server):
    import httpx

    ok = httpx.get(server.url + "/events")
    assert ok.status_code == 200
    csp = ok.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert ok.headers["x-content-type-options"] == "nosniff"
    for name in (f"localhost:{server.port}", f"[::1]:{server.port}", "127.0.0.1"):
        assert httpx.get(server.url + "/sources", headers={"Host": name}).status_code == 200, name
    for name in ("attacker.example", f"attacker.example:{server.port}", "127.0.0.1.attacker.example", ""):
        rebound = httpx.get(server.url + "/events", headers={"Host": name})
        assert rebound.status_code == 400, name
        assert "Invalid host header" in rebound.text and "Military" not in rebound.text


def test_raw_html_is_text_or_sandboxed(server, demo_db):
    import httpx

    content_hash = _one(demo_db, "SELECT content_hash FROM articles LIMIT 1")[0]
    text = httpx.get(f"{server.url}/raw/{content_hash}")
    assert text.headers["content-type"].startswith("text/plain") and "<html" in text.text.lower()
    rendered = httpx.get(f"{server.url}/raw/{content_hash}?view=rendered")
    assert rendered.headers["content-type"].startswith("text/html")
    assert rendered.headers["content-security-policy"].startswith("sandbox; default-src 'none'")
    missing = httpx.get(f"{server.url}/raw/nope")
    assert missing.status_code == 404 and "no stored raw HTML" in missing.text


@pytest.mark.parametrize("fmt", ["parquet", "acled", "geojson"])
def test_other_downloads(server, fmt, tmp_path, demo_db):
    import httpx

    r = httpx.get(f"{server.url}/download/{fmt}?country=MLI")
    assert r.status_code == 200, r.text
    out = tmp_path / f"x.{fmt}"
    out.write_bytes(r.content)
    if fmt == "parquet":
        import pyarrow.parquet as pq

        assert set(pq.read_table(out).column("country").to_pylist()) == {"MLI"}
    elif fmt == "acled":
        rows = list(csv.DictReader(out.open(encoding="utf-8")))
        assert rows and {r["iso"] for r in rows} == {"MLI"} and rows[0]["country"] == "Mali"
    else:
        import json

        features = json.loads(out.read_text())["features"]
        mapped = _one(demo_db, "SELECT count(*) FROM events WHERE country = 'MLI' AND latitude IS NOT NULL "
                               "AND longitude IS NOT NULL")[0]
        assert len(features) == mapped and {f["properties"]["country"] for f in features} == {"MLI"}
    bad = httpx.get(f"{server.url}/download/xlsx")
    assert bad.status_code == 400 and "unknown download format" in bad.text
