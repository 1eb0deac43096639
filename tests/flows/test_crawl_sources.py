"""Sources, schedules, the crawl lock and crawler bookkeeping: plain function tests on real DuckDB files."""

from __future__ import annotations

import datetime as dt

import pytest
from click.testing import CliRunner

from flows.cli import main
from flows.crawl import CrawlInProgress, crawl_lock, seeds_from
from flows.discovery import FeedState
from flows.feedstate import (
    MAX_ATTEMPTS,
    given_up,
    load_feed_states,
    retry_candidates,
    save_feed_states,
    stored_link_urls,
)
from flows.serve import ScheduleError, build_deployments, parse_schedule
from flows.settings import Settings
from flows.sources import SourceError, add_sources, list_sources, make_source, read_sources_file
from flows.urls import canonicalize, page_id


def test_sources_file_yaml_and_csv(tmp_path):
    y = tmp_path / "s.yaml"
    y.write_text("sources:\n  - url: https://a.test/rss.xml\n    name: A\n    group: hourly\n"
                 "  - https://b.test/sitemap_news.xml\n")
    a, b = read_sources_file(y)
    assert (a.name, a.kind, a.schedule_group) == ("A", "rss", "hourly")
    assert (b.kind, b.name, b.schedule_group) == ("sitemap", "b.test", "default")
    c = tmp_path / "s.csv"
    c.write_text("url,name,kind,enabled\nhttps://c.test/story.html,C,page,false\n")
    [page] = read_sources_file(c)
    assert (page.kind, page.enabled) == ("page", False)
    bad = tmp_path / "bad.yaml"
    bad.write_text("- url: ftp://x.test/feed\n")
    with pytest.raises(SourceError, match="entry 1"):
        read_sources_file(bad)


def test_sources_cli_round_trip(tmp_path):
    db = str(tmp_path / "s.duckdb")
    run = CliRunner().invoke
    out = run(main, ["sources", "add", "https://a.test/rss.xml", "--group", "hourly", "--db", db])
    assert out.exit_code == 0 and out.output.startswith("added "), out.output
    again = run(main, ["sources", "add", "https://a.test/rss.xml", "--name", "Renamed", "--db", db])
    assert again.exit_code == 0 and again.output.startswith("updated ") and "already existed" in again.output
    listed = run(main, ["sources", "list", "--db", db]).output
    assert listed.count("https://a.test/rss.xml") == 1 and "Renamed" in listed
    missing = run(main, ["sources", "remove", "Renamed", "nonexistent", "--db", db])
    assert missing.exit_code == 1 and missing.output.count("\n") == 1, missing.output
    assert missing.output.startswith("error: no source matches 'nonexistent'")
    assert "Renamed" in run(main, ["sources", "list", "--db", db]).output  # nothing removed
    assert "removed 1" in run(main, ["sources", "remove", "Renamed", "--db", db]).output
    bad = run(main, ["sources", "add", "not-a-url", "--db", db])
    assert bad.exit_code == 1 and "must start with http" in bad.output


def test_crawl_lock_refuses_overlapping_runs(tmp_path):
    db = tmp_path / "x.duckdb"
    with crawl_lock(db):
        with pytest.raises(CrawlInProgress, match="another crawl"):
            with crawl_lock(db):
                pass
    with crawl_lock(db):  # released: the next run goes ahead
        pass


def test_seeds_from_urls_and_sources_are_deduplicated():
    src = make_source("https://a.test/rss.xml")
    seeds = seeds_from(["https://a.test/rss.xml", "https://a.test/2026/story.html"], [src])
    assert [(u, k) for u, _, k in seeds] == [("https://a.test/rss.xml", "feed"),
                                             ("https://a.test/2026/story.html", "page")]


def _page(url, ok, transient, attempts, source_id="s1"):
    c = canonicalize(url)
    return {"page_id": page_id(c), "url": url, "canonical_url": c, "source_id": source_id, "ok": ok,
            "error_reason": None if ok else "http 503", "transient": transient, "attempts": attempts,
            "fetched_at": dt.datetime(2026, 11, 1)}


def test_feed_states_and_retry_bookkeeping(fresh_warehouse):
    wh = fresh_warehouse
    assert load_feed_states(wh, ["https://a.test/rss.xml"]) == {}
    save_feed_states(wh, [FeedState("https://a.test/rss.xml", '"e1"', "Tue, 03 Nov 2026 07:40:00 GMT")])
    save_feed_states(wh, [FeedState("https://a.test/rss.xml", '"e2"', None, 7)])
    save_feed_states(wh, [], [("https://a.test/rss.xml", "http 503"), ("https://b.test/feed", "timeout")])
    assert load_feed_states(wh, ["https://a.test/rss.xml"])["https://a.test/rss.xml"] == \
        FeedState("https://a.test/rss.xml", '"e2"', None, 7)  # a failure keeps the old validators
    reasons = dict(wh.query("SELECT url, error_reason FROM feed_state").iter_rows())
    assert reasons == {"https://a.test/rss.xml": "http 503", "https://b.test/feed": "timeout"}
    wh.upsert("pages", [_page("https://a.test/1", False, True, 1), _page("https://a.test/2", False, True, MAX_ATTEMPTS),
                        _page("https://a.test/3", False, False, 1), _page("https://a.test/4", True, False, 1)])
    assert retry_candidates(wh, ["s1"]) == [("https://a.test/1", "s1")]
    ids = [page_id(canonicalize(f"https://a.test/{i}")) for i in range(1, 5)]
    assert given_up(wh, ids) == {ids[1]}
    assert wh.stored_page_ids(ids) == {ids[2], ids[3]}  # permanent failure and OK: never refetched
    redirected = {**_page("https://a.test/landed", True, False, 1), "url": "https://short.test/x"}
    wh.upsert("pages", [redirected])
    assert stored_link_urls(wh, ["https://short.test/x", "https://a.test/1"]) == {"https://short.test/x"}


def test_schedules_and_deployments(fresh_warehouse):
    assert parse_schedule("6h") == {"interval": dt.timedelta(hours=6)}
    assert parse_schedule("0 */6 * * *") == {"cron": "0 */6 * * *"}
    with pytest.raises(ScheduleError):
        parse_schedule("often")
    settings = Settings(db_path=fresh_warehouse.path)
    with pytest.raises(ScheduleError, match="no enabled sources"):
        build_deployments(settings)
    add_sources(fresh_warehouse, [make_source("https://a.test/rss.xml", schedule_group="hourly"),
                                  make_source("https://b.test/sitemap.xml", schedule_group="daily")])
    assert [s.schedule_group for s in list_sources(fresh_warehouse)] == ["daily", "hourly"]
    deployments = build_deployments(settings, {"daily": "0 6 * * *"}, default="1h")
    assert [d.name for d in deployments] == ["crawl-daily", "crawl-hourly"]
    assert deployments[1].parameters["group"] == "hourly"
    assert deployments[1].parameters["settings"]["db_path"] == str(fresh_warehouse.path)
