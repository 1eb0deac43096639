"""The batch engine every backfill shares: CPU work in workers, all warehouse writes in this process.

A source (WARC reader, URL list, Wayback listing) hands ``WorkItem``s to a ``BatchRunner``. The runner
submits each item's pages to a worker (``submit`` returns a future: a Prefect task future, a
``concurrent.futures`` future or an already-finished one), keeps at most ``max_inflight`` batches in
flight (bounded memory whatever the archive size), and stores finished batches strictly in submission
order, writing each item's checkpoint in the transaction that stores its batch.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field

from extractors.records import Page
from flows.backfill.checkpoint import Checkpoint, Checkpoints
from flows.backfill.units import Job, process_work
from flows.lifecycle import raise_if_interrupted
from flows.pipeline import Batch, Options, process_pages, store_batch
from flows.urls import canonicalize, page_id
from warehouse import Warehouse

log = logging.getLogger(__name__)


class BackfillStopped(Exception):
    """Raised after ``max_batches`` stored batches: a deliberate early stop (tests, trial runs)."""


@dataclass
class WorkItem:
    pages: list[Page]
    checkpoint: Checkpoint | None = None  # written once this item's batch is stored
    advance: int = 0  # progress units this item completes when stored (lines, captures, articles)
    unit: Callable[[list[Page]], object] | None = None  # selected pages -> what a worker gets instead
    options: Options | None = None  # the runner's options unless given (reextract judges gated pages)



@dataclass
class BackfillReport:
    job: str
    records: int = 0  # records / lines / captures read
    pages: int = 0  # page rows written (ok or failed)
    articles: int = 0
    events: int = 0
    batches: int = 0
    already_stored: int = 0
    duplicates: int = 0
    skipped: Counter = field(default_factory=Counter)  # not stored at all: reason -> count
    failures: Counter = field(default_factory=Counter)  # stored as failed pages: reason -> count
    corrupt: list[str] = field(default_factory=list)  # "file:offset: reason" (first 200)
    corrupt_records: int = 0  # all of them
    fetched_ok: int = 0  # stored pages that came with a body (a 2xx answer, a readable WARC record)
    gated: int = 0  # pages the relevance gate rejected (stored with their raw HTML, not cleaned)
    stopped: bool = False
    elapsed: float = 0.0

    def as_dict(self) -> dict:
        d = dataclasses.asdict(self)
        d["skipped"], d["failures"] = dict(self.skipped), dict(self.failures)
        return d

    @classmethod
    def from_dict(cls, data: dict) -> BackfillReport:
        known = {f.name for f in dataclasses.fields(cls)}
        report = cls(**{k: v for k, v in data.items() if k in known and k not in {"skipped", "failures"}})
        report.skipped.update(data.get("skipped") or {})
        report.failures.update(data.get("failures") or {})
        return report

    @property
    def nothing_read(self) -> bool:
        """Work was there and none of it could be fetched or read: every page failed, every record corrupt."""
        all_corrupt = self.records > 0 and self.corrupt_records >= self.records
        return all_corrupt or (self.pages > 0 and self.fetched_ok == 0)

    def nothing_read_reason(self) -> str:
        if self.records > 0 and self.corrupt_records >= self.records:
            return f"nothing could be read: all {self.records} records were corrupt"
        top = ", ".join(f"{k} {v}" for k, v in self.failures.most_common(3))
        return f"nothing could be fetched: all {self.pages} pages failed ({top})"

    def summary(self) -> str:
        rate = self.records / self.elapsed if self.elapsed else 0.0
        parts = [f"{self.job}: {self.records} records in {self.elapsed:.1f}s ({rate:.1f}/s)",
                 f"{self.pages} pages stored ({self.articles} articles, {self.events} events, "
                 f"{self.gated} gated: not conflict)",
                 f"{self.already_stored} already stored", f"{self.duplicates} duplicates"]
        text = ", ".join(parts)
        if self.skipped:
            text += "\n  skipped: " + ", ".join(f"{k} {v}" for k, v in self.skipped.most_common(8))
        if self.failures:
            text += "\n  failed: " + ", ".join(f"{k} {v}" for k, v in self.failures.most_common(8))
        if self.corrupt:
            text += f"\n  corrupt records: {max(self.corrupt_records, len(self.corrupt))} (first: {self.corrupt[0]})"
        if self.stopped:
            text += "\n  stopped early; rerun the same command to resume"
        return text


class _Done:
    """A finished future (inline execution and empty batches)."""

    def __init__(self, value=None, exc: BaseException | None = None):
        self._value, self._exc = value, exc

    def result(self, timeout=None):
        if self._exc is not None:
            raise self._exc
        return self._value


def submit_inline(pages) -> _Done:
    """Run the batch (pages or a work unit) in this process (no workers): tests and tiny inputs."""
    try:
        return _Done(process_work(pages))
    except Exception as exc:  # noqa: BLE001 - stored as failures by the runner
        return _Done(exc=exc)


def _dedupe_raw(batch: Batch) -> None:
    """Two URLs with identical bytes in one batch: one raw_html row (one INSERT cannot hit a key twice)."""
    seen: set[str] = set()
    raw = []
    for item in batch.raw:
        if item[0] not in seen:
            seen.add(item[0])
            raw.append(item)
    batch.raw = raw


class Progress:
    """A rich progress bar on stderr: done/total in ``unit`` (records, lines, articles), the articles
    stored, pages per second and an ETA. Silent when disabled.

    For WARC files the total number of records is not known up front: ``estimate`` (called per record
    read) extrapolates it from the share of bytes read, and is exact once the reader reaches the end.
    """

    def __init__(self, enabled: bool, description: str, total: int | None, unit: str = ""):
        self._bar = None
        self._unit = unit
        self._done = 0
        self._seen: int | None = None
        self._total = total
        self._text = ""
        if not enabled:
            return
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            TaskProgressColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )
        from rich.progress import (
            Progress as RichProgress,
        )

        self._bar = RichProgress(
            TextColumn("[bold]{task.description}"), BarColumn(), TaskProgressColumn(),
            TextColumn("{task.fields[counts]}"), TimeElapsedColumn(), TextColumn("eta"), TimeRemainingColumn(),
            console=Console(stderr=True), transient=False)
        self._task = self._bar.add_task(description, total=total, counts="")
        self._bar.start()

    def _counts(self) -> str:
        total = f"/{self._total:,}" if self._total else ""
        seen = f" ({self._seen:,} read)" if self._seen is not None and self._seen > self._done else ""
        return f"{self._done:,}{total} {self._unit}{seen}".strip()

    def advance(self, n: int, pages: int, elapsed: float) -> None:
        """``n`` more units are stored; ``pages`` articles stored so far."""
        self._done += n
        if self._bar is None:
            return
        parts = [self._counts(), f"{pages:,} articles stored"]
        if elapsed > 0:
            parts.append(f"{pages / elapsed:.1f} pages/s")
        self._text = " · ".join(parts)
        self._bar.update(self._task, completed=self._done, counts=self._text)

    def estimate(self, seen: int, fraction: float) -> None:
        """``seen`` units read so far, ``fraction`` of the input read: refine the total."""
        self._seen = seen
        if self._bar is None or fraction <= 0:
            return
        self._total = max(seen, round(seen / min(fraction, 1.0)))
        counts = self._counts() + (self._text[self._text.find(" · "):] if " · " in self._text else "")
        self._bar.update(self._task, total=self._total, counts=counts)

    def set_total(self, total: int | None) -> None:
        self._total = total
        if self._bar is not None:
            self._bar.update(self._task, total=total)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()


class BatchRunner:
    """Submit batches to workers, store results in order, checkpoint after each commit."""

    def __init__(self, warehouse: Warehouse, report: BackfillReport, *,
                 submit: Callable[[list[Page]], object] = submit_inline,
                 checkpoints: Checkpoints | None = None, max_inflight: int = 4, skip_stored: bool = True,
                 max_batches: int | None = None, progress: Progress | None = None,
                 transform: Callable[[Batch], Batch] | None = None,
                 commit: Callable[[Callable[[], None], int], None] | None = None,
                 options: Options | None = None):
        self.warehouse = warehouse
        self.options = options  # how workers process pages (the gate): sent with every batch
        self.report = report
        self.submit = submit
        self.checkpoints = checkpoints
        self.max_inflight = max(1, max_inflight)
        self.skip_stored = skip_stored
        self.max_batches = max_batches
        self.progress = progress or Progress(False, "", None)
        self.transform = transform
        self.commit = commit  # runs the store step (the flows make it a Prefect task per batch)
        self._inflight: deque[tuple[WorkItem, list[Page], object]] = deque()
        self._start = time.monotonic()

    def put(self, item: WorkItem) -> None:
        raise_if_interrupted()
        pages = self._select(item.pages)
        options = item.options or self.options
        if not pages:
            future = _Done(Batch())
        elif item.unit is not None:  # send where the pages are, not their bytes; keep no bytes here
            future = self.submit(Job(item.unit(pages), options))
            pages = [dataclasses.replace(p, body=None) for p in pages]
        else:
            future = self.submit(Job(pages, options))
        item.pages = []
        self._inflight.append((item, pages, future))
        while len(self._inflight) >= self.max_inflight:
            self._finish_oldest()

    def drain(self) -> None:
        while self._inflight:
            self._finish_oldest()

    def _select(self, pages: list[Page]) -> list[Page]:
        """Drop repeats within the batch and (optionally) pages already stored OK by any earlier run."""
        keyed: dict[str, Page] = {}
        for page in pages:
            pid = page_id(canonicalize(page.final_url or page.url))
            if pid in keyed:
                self.report.duplicates += 1
                continue
            keyed[pid] = page
        if self.skip_stored and keyed:
            stored = self.warehouse.stored_page_ids(list(keyed), include_permanent_failures=False)
            self.report.already_stored += len(stored)
            keyed = {k: v for k, v in keyed.items() if k not in stored}
        return list(keyed.values())

    def _finish_oldest(self) -> None:
        raise_if_interrupted()
        item, pages, future = self._inflight.popleft()
        try:
            batch = future.result()
        except Exception as exc:  # an extractor bug must not lose the batch's pages: store them as failures
            reason = f"processing failed: {type(exc).__name__}"
            log.error("batch of %d pages failed in a worker: %s", len(pages), exc)
            batch = process_pages([dataclasses.replace(p, body=None, error_reason=reason) for p in pages])
        _dedupe_raw(batch)
        if self.transform is not None:
            batch = self.transform(batch)
        def store() -> None:  # the batch and its checkpoint: one transaction, one connection
            then = None
            if item.checkpoint is not None and self.checkpoints is not None:
                checkpoints, cp = self.checkpoints, item.checkpoint
                then = lambda con: checkpoints.save(cp, con)  # noqa: E731
            store_batch(self.warehouse, batch, then=then)

        if self.commit is not None:
            self.commit(store, self.report.batches + 1)
        else:
            store()
        rep = self.report
        rep.batches += 1
        rep.pages += len(batch.pages)
        rep.fetched_ok += sum(1 for row in batch.pages if row.get("content_hash"))
        rep.articles += len(batch.articles)
        rep.events += batch.n_events
        rep.gated += batch.gated
        rep.failures.update(batch.failures)
        rep.elapsed = time.monotonic() - self._start
        self.progress.advance(item.advance, rep.articles, rep.elapsed)
        if self.max_batches is not None and rep.batches >= self.max_batches:
            self._inflight.clear()  # results of later batches are dropped, as a crash would
            raise BackfillStopped(f"stopped after {rep.batches} batches")


def run_items(runner: BatchRunner, items, report: BackfillReport) -> BackfillReport:
    """Feed every item to ``runner``; a deliberate stop is reported, not raised."""
    start = time.monotonic()
    try:
        for item in items:
            runner.put(item)
        runner.drain()
    except BackfillStopped:
        report.stopped = True
    finally:
        runner.progress.close()
        report.elapsed = time.monotonic() - start
    return report
