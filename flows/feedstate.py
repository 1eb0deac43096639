"""What the crawler remembers between runs besides pages: feed validators and retry candidates.

``feed_state`` keeps each feed's or sitemap's ETag / Last-Modified so the next crawl sends a conditional
GET and an unchanged feed costs one 304. The table is created here (``CREATE TABLE IF NOT EXISTS``), not
by a numbered migration: it is crawler bookkeeping, and an older warehouse gains it on its next crawl.
Validators are saved only after every page the feed listed has been processed, so an interrupted crawl
never leaves a feed marked "seen" with pages still unfetched.
"""

from __future__ import annotations

import datetime as dt

import pyarrow as pa

from flows.discovery import FeedState
from warehouse import Warehouse

__all__ = ["MAX_ATTEMPTS", "load_feed_states", "save_feed_states", "retry_candidates", "given_up"]

MAX_ATTEMPTS = 5  # transient failures are retried on later runs until a page has had this many fetches

DDL = """CREATE TABLE IF NOT EXISTS feed_state (
    url VARCHAR PRIMARY KEY,     -- the feed or sitemap URL as given
    etag VARCHAR,
    last_modified VARCHAR,
    checked_at TIMESTAMP NOT NULL
)"""


def _has_table(warehouse: Warehouse, name: str) -> bool:
    if not warehouse.path.exists():
        return False
    return bool(warehouse.query("SELECT count(*) FROM information_schema.tables WHERE table_name = ?",
                                [name]).item())


def load_feed_states(warehouse: Warehouse, urls: list[str]) -> dict[str, FeedState]:
    if not urls or not _has_table(warehouse, "feed_state"):
        return {}
    frame = warehouse.query("SELECT url, etag, last_modified FROM feed_state WHERE url IN (SELECT unnest(?))", [urls])
    return {r["url"]: FeedState(**r) for r in frame.iter_rows(named=True)}


def save_feed_states(warehouse: Warehouse, states: list[FeedState]) -> int:
    if not states:
        return 0
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    rows = pa.table({"url": [s.url for s in states], "etag": [s.etag for s in states],  # noqa: F841
                     "last_modified": [s.last_modified for s in states], "checked_at": [now] * len(states)})
    with warehouse.connect() as con:
        con.execute(DDL)
        con.execute("INSERT OR REPLACE INTO feed_state BY NAME SELECT * FROM rows")
    return len(states)


def retry_candidates(warehouse: Warehouse, source_ids: list[str]) -> list[tuple[str, str | None]]:
    """(url, source_id) of these sources' pages that failed transiently and may be tried again.

    Needed because a feed that answers 304, or has dropped a link, would otherwise never list them again.
    """
    if not source_ids or not warehouse.path.exists():
        return []
    frame = warehouse.query(
        "SELECT url, source_id FROM pages WHERE NOT ok AND coalesce(transient, FALSE) AND attempts < ? "
        "AND source_id IN (SELECT unnest(?)) ORDER BY fetched_at", [MAX_ATTEMPTS, source_ids])
    return [(r["url"], r["source_id"]) for r in frame.iter_rows(named=True)]


def given_up(warehouse: Warehouse, page_ids: list[str]) -> set[str]:
    """Pages whose transient failures have used up ``MAX_ATTEMPTS``: not fetched again automatically."""
    if not page_ids or not warehouse.path.exists():
        return set()
    frame = warehouse.query(
        "SELECT page_id FROM pages WHERE NOT ok AND attempts >= ? AND page_id IN (SELECT unnest(?))",
        [MAX_ATTEMPTS, page_ids])
    return set(frame["page_id"].to_list())
