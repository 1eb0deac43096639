"""The crawl flow: seeds (feeds, sitemaps, pages, or the ``sources`` table) to stored events.

    discover (a task per group of seeds) -> plan (skip pages already stored) ->
    fetch (one stream for the whole crawl, in a thread: ``flows.fetchstream``) -> clean + extract +
    store (a task per batch of finished pages, one transaction each, so an interrupted crawl keeps
    every finished batch) -> recluster

A batch is stored when ``settings.batch_size`` pages have finished or ``BATCH_MAX_WAIT`` seconds after
its first page finished, whichever comes first: one slow or retried URL never holds back the pages
that finished around it.

Only one crawl runs against a warehouse at a time (a lock file next to it), so overlapping scheduled
runs do not fetch the same pages twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import os
import signal
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from extractors.records import Page, content_hash
from flows.discovery import Discovery, discover, seed_kind
from flows.feedstate import (
    given_up,
    load_feed_states,
    needs_no_fetch,
    retry_candidates,
    save_feed_states,
    stored_link_urls,
)
from flows.fetch import Fetcher, Politeness
from flows.fetchstream import PageStream
from flows.lifecycle import raise_if_interrupted
from flows.pipeline import GATED, Batch, Options, events_mark, process_pages, recluster, store_batch
from flows.runinfo import publish_summary
from flows.settings import Settings
from flows.sources import Source, list_sources, source_id_for
from flows.urls import canonicalize, page_id
from warehouse import Warehouse
from warehouse.errors import WarehouseLocked

__all__ = ["CrawlSummary", "CrawlInProgress", "crawl_flow", "crawl_lock", "seeds_from"]

DISCOVERY_GROUP = 50  # seeds per discovery task
BATCH_MAX_WAIT = 5.0  # seconds a finished page waits for its batch to fill before it is stored anyway


class CrawlInProgress(WarehouseLocked):
    """Another crawl is writing to this warehouse; this one did nothing."""


@dataclass
class CrawlSummary:
    """What one crawl did; ``render()`` gives the terminal text."""

    db_path: str
    seeds: int = 0
    discovered: int = 0
    already_stored: int = 0
    fetched: int = 0
    ok: int = 0
    failed: Counter = field(default_factory=Counter)  # reason -> pages
    seed_failures: list[tuple[str, str]] = field(default_factory=list)
    not_modified: int = 0
    events: int = 0
    events_by_type: Counter = field(default_factory=Counter)
    events_by_country: Counter = field(default_factory=Counter)
    batches: int = 0
    seconds: float = 0.0
    totals: dict[str, int] = field(default_factory=dict)  # warehouse row counts after the crawl
    incidents: int | None = None  # real-world events in the warehouse after the crawl (clusters of reports)
    feeds: int = 0  # feed and sitemap seeds
    answered: int = 0  # feeds and sitemaps that answered (listing, 304, or an HTML page)
    fetched_ok: int = 0  # pages that came back with a 2xx body (cleaning may still find no article)
    gated: int = 0  # pages the relevance gate rejected (stored with reason "gate: not conflict")

    @property
    def nothing_fetched(self) -> bool:
        """Feeds or pages were tried and not one answered: every seed failed (DNS, refused, errors)."""
        return self.feeds + self.fetched > 0 and self.answered + self.fetched_ok == 0

    def nothing_fetched_reason(self) -> str:
        reasons = Counter(reason for _, reason in self.seed_failures) + self.failed
        top = ", ".join(f"{reason} {n}" for reason, n in reasons.most_common(3))
        return (f"nothing could be fetched: {self.feeds} feed(s) and {self.fetched} page(s) tried, "
                f"all failed ({top})")

    def render(self) -> str:
        lines = [f"crawled {self.seeds} seeds in {self.seconds:.1f} s -> {self.db_path}",
                 f"  links found: {self.discovered}, already stored: {self.already_stored}, "
                 f"fetched now: {self.fetched} ({self.ok} ok, "
                 + (f"{self.gated} gated: not conflict, " if self.gated else "")
                 + f"{sum(self.failed.values())} failed)"]
        if self.not_modified:
            lines.append(f"  feeds not modified since last crawl: {self.not_modified}")
        for reason, n in self.failed.most_common():
            lines.append(f"    failed: {reason}: {n}")
        for url, reason in self.seed_failures:
            lines.append(f"    seed failed: {url}: {reason}")
        lines.append(f"  reports extracted now: {self.events} (an article's event record each)")
        for etype, n in self.events_by_type.most_common():
            lines.append(f"    {etype}: {n}")
        if self.events_by_country:
            lines.append("  by country: " + ", ".join(f"{c} {n}" for c, n in self.events_by_country.most_common()))
        if self.totals:
            lines.append("  warehouse now holds: " + ", ".join(f"{n} {t}" for t, n in self.totals.items())
                         + (f" (reports), {self.incidents} incidents" if self.incidents is not None else ""))
        reasons = set(self.failed) | {reason for _, reason in self.seed_failures}
        if "private address" in reasons:
            lines.append("  hint: loopback/private addresses are refused; pass --allow-private for a site you run")
        return "\n".join(lines)


@contextlib.contextmanager
def crawl_lock(db_path: Path, what: str = "crawl") -> Iterator[None]:
    """Hold ``<db>.<what>.lock`` (crawl, serve); the OS releases it if the process dies: no stale locks."""
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks; DuckDB's own file lock still prevents corruption
        yield
        return
    path = Path(f"{db_path}.{what}.lock")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise CrawlInProgress(f"another {what} is running on {db_path} (lock {path}); "
                                  "wait for it to finish") from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        yield
    finally:
        os.close(fd)


@contextlib.contextmanager
def _interrupts_as_keyboard() -> Iterator[None]:
    """DuckDB turns Ctrl-C during a query into "Query interrupted" (or wraps the KeyboardInterrupt raised
    while it reads an Arrow batch): report it as the interruption it is."""
    try:
        yield
    except (RuntimeError, duckdb.Error) as exc:
        if any(word in str(exc).lower() for word in ("interrupted", "keyboardinterrupt")):
            raise KeyboardInterrupt(str(exc)) from exc
        raise


def seeds_from(urls: list[str] | None, sources: list[Source] | None) -> list[tuple[str, str, str]]:
    """(url, source_id, kind) for ad-hoc URLs and stored sources alike; kind is "feed" or "page"."""
    seeds = [(s.url, s.source_id, "page" if s.kind == "page" else "feed") for s in sources or []]
    seeds += [(u, source_id_for(u), seed_kind(u)) for u in urls or []]
    return list({s[0]: s for s in seeds}.values())


# -- tasks ------------------------------------------------------------------------------------------
@task(name="discover", task_run_name="discover-{label}", cache_policy=NO_CACHE, persist_result=False)
def discover_task(seeds: list[tuple[str, str]], settings: Settings, resolve: dict[str, str] | None,
                  label: str = "seeds", politeness: Politeness | None = None) -> Discovery:
    states = load_feed_states(Warehouse(settings.db_path))

    async def run() -> Discovery:
        async with Fetcher(settings, resolve=resolve, politeness=politeness) as fetcher:
            return await discover(fetcher, seeds, states=states)

    return asyncio.run(run())


@task(name="plan", cache_policy=NO_CACHE, persist_result=False)
def plan_task(links: list[tuple[str, str | None, str | None]], settings: Settings
              ) -> tuple[list[tuple[str, str | None, str | None]], int, bool]:
    """Drop duplicates, pages already stored (OK, or failed for good) and retries used up; cap at max_pages.

    Returns (todo, how many were already stored, whether max_pages cut the list).
    """
    unique: dict[str, tuple[str, str | None, str | None]] = {}
    for url, hint, sid in links:
        unique.setdefault(page_id(canonicalize(url)), (url, hint, sid))
    warehouse = Warehouse(settings.db_path)
    stored = needs_no_fetch(warehouse, list(unique), settings) | given_up(warehouse, list(unique))
    redirected = stored_link_urls(warehouse, [item[0] for pid, item in unique.items() if pid not in stored],
                                  settings)
    stored |= {pid for pid, item in unique.items() if item[0] in redirected}
    todo = [item for pid, item in unique.items() if pid not in stored]
    cut = settings.max_pages is not None and len(todo) > settings.max_pages
    if cut:
        todo = todo[: settings.max_pages]
    return todo, len(stored), cut


def _warehouse_busy(task, task_run, state) -> bool:
    """Retry a batch only when the warehouse was locked by someone else (a long `sql --write`, say)."""
    data = state.data if isinstance(getattr(state, "data", None), BaseException) else None
    return isinstance(data, WarehouseLocked) and not isinstance(data, CrawlInProgress)


@task(name="store", task_run_name="store-{label}", cache_policy=NO_CACHE, persist_result=False,
      retries=2, retry_delay_seconds=10, retry_condition_fn=_warehouse_busy)
def process_store_task(pages: list[Page], settings: Settings, label: str = "batch") -> dict:
    """Clean, extract and store one fetched batch in one transaction; return its counts."""
    options = Options.from_settings(settings)
    try:
        batch = process_pages(pages, options)
    except Exception:  # one page broke the cleaner or extractor: isolate it, keep the rest of the batch
        batch = _process_isolated(pages, options)
    store_batch(Warehouse(settings.db_path), batch)
    events = [e for evs in batch.events.values() for e in evs]
    return {"fetched": len(pages), "ok": sum(1 for r in batch.pages if r["ok"] and r["error_reason"] != GATED),
            "gated": batch.gated,
            "fetched_ok": sum(1 for p in pages if p.ok),
            "failed": dict(batch.failures), "events": len(events),
            "by_type": dict(Counter(e.event_type for e in events)),
            "by_country": dict(Counter(e.country or "unknown" for e in events))}


def _process_isolated(pages: list, options: Options | None = None) -> Batch:
    """Process page by page; a page that raises is stored as a failure with its reason and raw HTML."""
    batch = Batch()
    for page in pages:
        try:
            one = process_pages([page], options)
        except Exception as exc:
            failed = dataclasses.replace(page, body=None, error_reason=f"extractor error: {type(exc).__name__}",
                                         transient=False)
            one = process_pages([failed])
            if page.body is not None:  # keep the bytes so a fixed extractor can re-run without a refetch
                one.raw.append((content_hash(page.body), page.body, page.encoding))
                one.pages[0]["content_hash"] = content_hash(page.body)
        batch.pages += one.pages
        batch.raw += one.raw
        batch.articles += one.articles
        batch.events.update(one.events)
        batch.failures.update(one.failures)
        batch.gated += one.gated
    return batch


@task(name="recluster", cache_policy=NO_CACHE, persist_result=False)
def recluster_task(settings: Settings, after=None) -> int:
    """Link this run's events with other sources' reports of the same incidents."""
    return recluster(Warehouse(settings.db_path), after=after)


def _discover_all(all_seeds: list[tuple[str, str, str]], settings: Settings, resolve: dict[str, str] | None,
                  summary: CrawlSummary, bar, politeness: Politeness
                  ) -> tuple[list[tuple[str, str | None, str | None]], Discovery]:
    """Page seeds as they are, plus the links of feed seeds (a discover task per group of feeds)."""
    links = [(url, None, sid) for url, sid, kind in all_seeds if kind == "page"]
    feeds = [(url, sid) for url, sid, kind in all_seeds if kind == "feed"]
    checked = Discovery()
    summary.feeds = len(feeds)
    progress_id = bar.add_task("discovering", total=len(feeds)) if bar and feeds else None
    for i in range(0, len(feeds), DISCOVERY_GROUP):
        group_seeds = feeds[i:i + DISCOVERY_GROUP]
        found = discover_task(group_seeds, settings, resolve,
                              label=f"{i // DISCOVERY_GROUP + 1}-{len(group_seeds)}-seeds",
                              politeness=politeness)
        summary.answered += len(found.states) + len(found.not_modified) + len(found.pages)
        links += [(link.url, link.published, sid) for link, sid in found.links]
        links += [(url, None, sid) for url, sid in found.pages]
        summary.seed_failures += found.failures
        summary.not_modified += len(found.not_modified)
        checked.states += found.states
        checked.not_modified += found.not_modified
        if progress_id is not None:
            bar.update(progress_id, advance=len(group_seeds),
                       description=f"discovering ({len(links)} links)")
    summary.discovered = len(links)
    return links, checked


def _fetch_all(todo: list[tuple[str, str | None, str | None]], settings: Settings,
               resolve: dict[str, str] | None, summary: CrawlSummary, bar, politeness: Politeness) -> None:
    """Stream the pages in (one fetcher, a worker thread) and store them batch by batch as they finish.

    Each batch is committed in its own transaction; an interruption loses at most the batch being
    stored and the pages fetched since (at most one batch more), and the rerun fetches exactly those.
    """
    if not todo:
        return
    progress_id = bar.add_task("fetching", total=len(todo)) if bar else None

    def on_page(page: Page) -> None:
        if progress_id is not None:
            bar.advance(progress_id)

    with PageStream(todo, settings, resolve=resolve, politeness=politeness, on_page=on_page) as stream:
        for number, pages in enumerate(stream.batches(settings.batch_size, BATCH_MAX_WAIT), 1):
            raise_if_interrupted()
            stats = process_store_task(pages, settings, label=f"{number}-{len(pages)}-pages")
            _add(summary, stats)
            if progress_id is not None:
                bar.update(progress_id,
                           description=f"fetching ({summary.ok} ok, {sum(summary.failed.values())} failed)")


def _add(summary: CrawlSummary, stats: dict) -> None:
    summary.batches += 1
    summary.fetched += stats["fetched"]
    summary.fetched_ok += stats["fetched_ok"]
    summary.ok += stats["ok"]
    summary.gated += stats.get("gated", 0)
    summary.failed.update(stats["failed"])
    summary.events += stats["events"]
    summary.events_by_type.update(stats["by_type"])
    summary.events_by_country.update(stats["by_country"])


def _as_settings(value: Settings | dict | None) -> Settings:
    """Deployments hand parameters over as JSON, so settings may arrive as a plain dict."""
    if value is None:
        return Settings()
    if isinstance(value, Settings):
        return value
    known = {f.name for f in dataclasses.fields(Settings)}
    values = {k: v for k, v in value.items() if k in known}
    if "db_path" in values:
        values["db_path"] = Path(values["db_path"])
    return Settings(**values)


# -- flow -------------------------------------------------------------------------------------------
def _progress(settings: Settings):
    if not settings.progress:
        return contextlib.nullcontext(None)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    transient=False)


@flow(name="crawl", flow_run_name="crawl-{label}", validate_parameters=False, persist_result=False)
def crawl_flow(seeds: list[str] | None = None, settings: Settings | None = None, *,
               sources: list[Source] | None = None, group: str | None = None,
               resolve: dict[str, str] | None = None, label: str = "adhoc",
               scheduled: bool = False) -> CrawlSummary:
    """Crawl ``seeds`` (feed, sitemap or page URLs) and/or warehouse sources into the warehouse.

    With neither seeds nor sources, crawls the enabled sources of ``group`` (all groups if None).
    ``resolve`` maps host names to ``ip:port`` (the demo uses it to serve fictional hosts locally).
    ``scheduled``: started by ``serve`` in a process of its own, which then ignores the terminal's
    Ctrl-C: ``serve`` receives it too and cancels the run through Prefect (state Cancelled).
    """
    if scheduled and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    settings = _as_settings(settings)
    if sources is not None:
        sources = [s if isinstance(s, Source) else Source(**s) for s in sources]
    started = time.monotonic()
    summary = CrawlSummary(db_path=str(settings.db_path))
    warehouse = Warehouse(settings.db_path)
    with _interrupts_as_keyboard(), crawl_lock(settings.db_path), _progress(settings) as bar:
        warehouse.init()
        mark = events_mark(warehouse)
        if not seeds and sources is None:
            sources = list_sources(warehouse, group=group, enabled_only=True)
        all_seeds = seeds_from(seeds, sources)
        summary.seeds = len(all_seeds)
        politeness = Politeness()  # robots.txt once per origin, Crawl-delay across all batches
        links, checked = _discover_all(all_seeds, settings, resolve, summary, bar, politeness)
        # Transient failures are retried even when their feed is unchanged (304) or no longer lists them.
        links += [(url, None, sid) for url, sid in retry_candidates(warehouse, [s[1] for s in all_seeds])]
        todo, summary.already_stored, cut = plan_task(links, settings)
        _fetch_all(todo, settings, resolve, summary, bar, politeness)
        if summary.events:
            recluster_task(settings, mark)
        # Validators only when every listed page was handled: next time an unchanged feed may answer 304.
        save_feed_states(warehouse, [] if cut else checked.states,
                         summary.seed_failures + [(url, None) for url in checked.not_modified])
        summary.totals = warehouse.counts()
        summary.incidents = warehouse.query(
            "SELECT count(DISTINCT coalesce(cluster_id, event_id)) AS n FROM events")["n"][0]
    summary.seconds = time.monotonic() - started
    publish_summary(f"crawl-{label}", f"crawl {label}", summary.render())
    return summary
