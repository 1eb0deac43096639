"""What the crawler remembers between runs besides pages: feed validators and retry candidates.

``feed_state`` keeps each feed's or sitemap's ETag / Last-Modified so the next crawl sends a conditional
GET and an unchanged feed costs one 304. The table is created here (``CREATE TABLE IF NOT EXISTS``), not
by a numbered migration: it is crawler bookkeeping, and an older warehouse gains it on its next crawl.
Validators are saved only after every page the feed listed has been processed, so an interrupted crawl
never leaves a feed marked "seen" with pages still unfetched. Feeds that failed keep their reason here
(``error_reason``), like pages do in ``pages``.
"""

from __future__ import annotations

import datetime as dt

import pyarrow as pa

from flows.discovery import FeedState
from warehouse import Warehouse

__all__ = ["MAX_ATTEMPTS", "load_feed_states", "save_feed_states", "retry_candidates", "given_up",
           "stored_link_urls", "lifted_refusals", "needs_no_fetch"]

MAX_ATTEMPTS = 5  # transient failures are retried on later runs until a page has had this many fetches

DDL = """CREATE TABLE IF NOT EXISTS feed_state (
    url VARCHAR PRIMARY KEY,     -- the feed or sitemap URL as given
    etag VARCHAR,                -- validators for the next conditional GET
    last_modified VARCHAR,
    links INTEGER,               -- article links it listed when last fetched
    error_reason VARCHAR,        -- why the last fetch or parse failed; null when it worked
    checked_at TIMESTAMP NOT NULL
)"""


def _has_table(warehouse: Warehouse, name: str) -> bool:
    if not warehouse.path.exists():
        return False
    return bool(warehouse.query("SELECT count(*) FROM information_schema.tables WHERE table_name = ?",
                                [name]).item())


def load_feed_states(warehouse: Warehouse, urls: list[str] | None = None) -> dict[str, FeedState]:
    """States of these feed URLs, or of all (``None``: child sitemaps are not known in advance)."""
    if urls == [] or not _has_table(warehouse, "feed_state"):
        return {}
    sql = "SELECT url, etag, last_modified, coalesce(links, 0) AS links FROM feed_state"
    frame = (warehouse.query(sql) if urls is None
             else warehouse.query(sql + " WHERE url IN (SELECT unnest(?))", [urls]))
    return {r["url"]: FeedState(**r) for r in frame.iter_rows(named=True)}


def save_feed_states(warehouse: Warehouse, states: list[FeedState],
                     failures: list[tuple[str, str | None]] | None = None) -> int:
    """Upsert fetched feeds' validators; record other checks' outcomes, keeping the old validators.

    ``failures`` holds (url, reason) of feeds that failed, or (url, None) of feeds that answered 304.
    """
    failures = failures or []
    if not states and not failures:
        return 0
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    rows = pa.table({"url": pa.array([s.url for s in states], pa.string()),  # noqa: F841
                     "etag": pa.array([s.etag for s in states], pa.string()),
                     "last_modified": pa.array([s.last_modified for s in states], pa.string()),
                     "links": pa.array([s.links for s in states], pa.int32()),
                     "error_reason": pa.array([None] * len(states), pa.string()),
                     "checked_at": pa.array([now] * len(states), pa.timestamp("us"))})
    failed = pa.table({"url": pa.array([u for u, _ in failures], pa.string()),  # noqa: F841
                       "error_reason": pa.array([r for _, r in failures], pa.string()),
                       "checked_at": pa.array([now] * len(failures), pa.timestamp("us"))})
    with warehouse.connect() as con:
        con.execute(DDL)
        con.execute("BEGIN TRANSACTION")
        con.execute("INSERT OR REPLACE INTO feed_state BY NAME SELECT * FROM rows")
        con.execute("INSERT INTO feed_state BY NAME SELECT * FROM failed ON CONFLICT (url) DO UPDATE SET "
                    "error_reason = excluded.error_reason, checked_at = excluded.checked_at")
        con.execute("COMMIT")
    return len(states) + len(failures)


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


def _lifted_reasons(settings) -> list[str]:
    """Failure reasons that were our own guard's decision, which these settings switch off."""
    if settings is None:
        return []
    reasons = ["private address"] if settings.allow_private else []
    if not settings.respect_robots:
        reasons += ["robots disallow", "robots unavailable"]
    return reasons


def lifted_refusals(warehouse: Warehouse, page_ids: list[str], settings) -> set[str]:
    """Pages refused by a guard that this run turns off (``--allow-private``, ``--ignore-robots``).

    Such a refusal is stored as a permanent failure (retrying under the same settings would only be
    refused again), but it says nothing about the page: a run that lifts the guard fetches it.
    """
    reasons = _lifted_reasons(settings)
    if not page_ids or not reasons or not warehouse.path.exists():
        return set()
    frame = warehouse.query(
        "SELECT page_id FROM pages WHERE NOT ok AND error_reason IN (SELECT unnest(?)) "
        "AND page_id IN (SELECT unnest(?))", [reasons, page_ids])
    return set(frame["page_id"].to_list())


def needs_no_fetch(warehouse: Warehouse, page_ids: list[str], settings=None) -> set[str]:
    """Pages stored OK or failed for good, minus refusals that ``settings`` lift."""
    stored = warehouse.stored_page_ids(list(page_ids)) if page_ids else set()
    return stored - lifted_refusals(warehouse, sorted(stored), settings) if stored else stored


def stored_link_urls(warehouse: Warehouse, urls: list[str], settings=None) -> set[str]:
    """Links already handled under another page id: a redirected page is keyed by where it landed,
    so only its original link (``pages.url``) tells the next crawl that it needs no fetch."""
    if not urls or not warehouse.path.exists():
        return set()
    frame = warehouse.query(
        "SELECT url FROM pages WHERE (ok OR NOT coalesce(transient, TRUE) OR attempts >= ?) "
        "AND NOT (NOT ok AND coalesce(error_reason IN (SELECT unnest(?)), FALSE)) "
        "AND url IN (SELECT unnest(?))", [MAX_ATTEMPTS, _lifted_reasons(settings), urls])
    return set(frame["url"].to_list())
