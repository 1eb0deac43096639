"""End to end: the demo site on 127.0.0.1, crawled by the real Prefect flow into a real DuckDB file."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from flows.cli import main
from flows.demo import DemoSite, run_demo
from flows.settings import Settings
from warehouse import Warehouse


def test_demo_site_serves_feeds_sitemaps_and_faults():
    with DemoSite() as site:
        outlets = {a.outlet for a in site.articles if a.kind == "article"}
        assert len(outlets) == 3 and sum(a.kind == "article" for a in site.articles) >= 12
        assert site.respond("sahel-courier.test", "/rss.xml")[0] == 200
        assert b"news:publication_date" in site.respond("sahel-courier.test", "/sitemap.xml")[2]
        assert b"sitemapindex" in site.respond("ea-ledger.test", "/sitemap.xml")[2]
        assert site.respond("sahel-courier.test", "/news/kano-market-fire-inquiry.html")[0] == 500
        assert site.respond("nowhere.test", "/")[0] == 404


@pytest.mark.slow
def test_demo_crawl_lands_pages_failures_and_events_and_reruns_idempotently(prefect_env, tmp_path):
    db = tmp_path / "demo.duckdb"
    summary = run_demo(Settings(db_path=db, progress=False))
    wh = Warehouse(db)
    first = wh.counts()
    # the three pages that are not about conflict (a rate decision, a marathon, exports) are gated
    assert first["pages"] == 16 and first["articles"] == 10 and first["sources"] == 6
    assert summary.ok == 10 and summary.gated == 3 and summary.fetched == 16
    gated = wh.query("SELECT url FROM pages WHERE error_reason = 'gate: not conflict'")["url"].to_list()
    assert len(gated) == 3 and any("marathon" in u for u in gated) and any("phosphate" in u for u in gated)
    assert dict(summary.failed) == {"http 500": 1, "no article text found": 1, "robots disallow": 1}
    failures = {r["error_reason"]: r["transient"] for r in
                wh.query("SELECT error_reason, transient FROM pages WHERE NOT ok").iter_rows(named=True)}
    assert failures == {"http 500": True, "no article text found": False, "robots disallow": False}
    events = wh.query("SELECT country, event_type, url FROM events")
    assert events.height >= 8
    countries = set(events["country"].drop_nulls())
    assert {"NGA", "KEN", "SYR"} <= countries
    assert not wh.query("SELECT * FROM events WHERE url LIKE '%marathon%' OR url LIKE '%phosphate%'").height
    # Both outlets' reports of the Maiduguri clash are stored as separate documents.
    assert wh.query("SELECT DISTINCT doc_id FROM events WHERE url LIKE '%maiduguri%'").height == 2

    result = CliRunner().invoke(main, ["demo", "--db", str(db), "--no-progress"])
    assert result.exit_code == 0, result.output
    # Feeds answer 304 to the conditional GET; the transient 500 is retried all the same.
    assert "not modified since last crawl: 6" in result.output and "http 500: 1" in result.output
    assert "conflict-events sql" in result.output
    assert wh.counts() == first  # the rerun only retried the transient 500
    assert wh.query("SELECT attempts FROM pages WHERE error_reason = 'http 500'").item() == 2
