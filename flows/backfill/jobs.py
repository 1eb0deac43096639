"""The three backfills as plain library functions: a source of ``WorkItem``s fed to a ``BatchRunner``.

``submit`` decides where CPU work runs (inline by default; the Prefect flows in ``flows.backfill.flows``
pass a task's ``.submit`` so batches run on a process pool or a Dask cluster). Only this process opens
the warehouse.
"""

from __future__ import annotations

import dataclasses
import glob
import logging
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from extractors.records import Page
from flows.backfill.checkpoint import Checkpoint, Checkpoints
from flows.backfill.runner import BackfillReport, BatchRunner, Progress, WorkItem, run_items, submit_inline
from flows.backfill.units import WarcRecords
from flows.backfill.urls import count_lines, read_url_list
from flows.backfill.warc import iter_warc, one_stream
from flows.backfill.wayback import CdxClient, cdx_month, wayback_base
from flows.feedstate import needs_no_fetch
from flows.pipeline import Options
from flows.settings import Settings
from flows.urls import canonicalize, page_id
from warehouse import Warehouse

log = logging.getLogger(__name__)
_MAX_CORRUPT_LISTED = 200
_WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")


def expand_paths(patterns: Iterable[str]) -> list[Path]:
    """Files from paths, directories (their WARC files) and glob patterns, in a stable order."""
    out: list[Path] = []
    for pattern in patterns:
        p = Path(pattern)
        if any(ch in pattern for ch in "*?["):
            matches = sorted(Path(m) for m in glob.glob(pattern, recursive=True))
            if not matches:
                raise FileNotFoundError(f"no file matches {pattern}")
            out.extend(m for m in matches if m.is_file())
        elif p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.name.endswith(_WARC_SUFFIXES)))
        elif p.is_file():
            out.append(p)
        else:
            raise FileNotFoundError(f"no such WARC file: {pattern}")
    seen: set[Path] = set()
    return [p for p in out if not (p.resolve() in seen or seen.add(p.resolve()))]


def _runner(warehouse: Warehouse, report: BackfillReport, checkpoints: Checkpoints, settings: Settings, *, submit,
            max_inflight, max_batches, progress, skip_stored=True, commit=None) -> BatchRunner:
    return BatchRunner(warehouse, report, submit=submit, checkpoints=checkpoints, max_inflight=max_inflight,
                       skip_stored=skip_stored, max_batches=max_batches, progress=progress, commit=commit,
                       options=Options.from_settings(settings))


def _warc_unit(path: Path, offsets: dict[int, tuple[int, int]], settings: Settings, source_id: str | None):
    """Make a selected batch's work unit: byte ranges of the pages with a body, the others as they are."""

    def unit(pages: list[Page]) -> WarcRecords:
        refs = [offsets[id(p)] for p in pages if id(p) in offsets]
        return WarcRecords(str(path), tuple(r[0] for r in refs), source_id, settings.max_bytes,
                           tuple(p for p in pages if id(p) not in offsets), ends=tuple(r[1] for r in refs))

    return unit


def _warc_items(paths: list[Path], checkpoints: Checkpoints, report: BackfillReport, settings: Settings,
                source_id: str | None, progress: Progress) -> Iterator[WorkItem]:
    # The bar's total (records) is extrapolated from the share of this run's bytes read so far.
    todo_bytes = sum(p.stat().st_size for p in paths)
    before = 0  # bytes of this run's earlier files
    for path in paths:
        unit = str(path.resolve())
        size = path.stat().st_size
        cp = checkpoints.get(unit)
        if cp.done:
            report.skipped["file already backfilled"] += 1
            todo_bytes -= size
            continue
        todo_bytes -= min(cp.position, size)  # stored by an earlier run
        pages: list[Page] = []
        offsets: dict[int, tuple[int, int]] = {}  # id(page) -> its record's bytes, for pages a worker reads itself
        end = cp.position
        since = 0  # records read since the last batch was handed over (its progress units)
        items = iter_warc(path, cp.position, source_id=source_id, max_bytes=settings.max_bytes)
        per_record = not one_stream(path)  # else offsets count decompressed bytes: ship the pages
        while True:
            try:
                item = next(items)
            except StopIteration:
                break
            except Exception as exc:  # an unreadable file must not stop the files after it
                reason = f"unreadable WARC file {path.name} after offset {end}: {type(exc).__name__}: {exc}"
                log.warning(reason)
                report.corrupt_records += 1
                report.corrupt.append(f"{path}:{end}: {reason}"[:300])
                break
            report.records += 1
            since += 1
            if item.kind == "skip":
                report.skipped[item.reason] += 1
            elif item.kind == "corrupt":
                report.corrupt_records += 1
                if len(report.corrupt) < _MAX_CORRUPT_LISTED:
                    report.corrupt.append(f"{path}:{item.offset}: {item.reason}")
            if item.page is not None:
                pages.append(item.page)
                if item.page.body is not None and per_record:
                    offsets[id(item.page)] = (item.offset, item.end)
            end = item.end
            done_here = max(0, min(end, size) - min(cp.position, size))
            progress.estimate(report.records, (before + done_here) / max(todo_bytes, 1))
            if len(pages) >= settings.batch_size:
                yield WorkItem(pages, Checkpoint("warc", unit, end), advance=since,
                               unit=_warc_unit(path, offsets, settings, source_id))
                pages, offsets, since = [], {}, 0
        before += size - min(cp.position, size)
        progress.estimate(report.records, before / max(todo_bytes, 1))
        yield WorkItem(pages, Checkpoint("warc", unit, size, done=True), advance=since,
                       unit=_warc_unit(path, offsets, settings, source_id))


def backfill_warc(paths: Iterable[str], settings: Settings, *, submit: Callable = submit_inline,
                  max_inflight: int = 4, max_batches: int | None = None, restart: bool = False,
                  source_id: str | None = None, commit: Callable | None = None) -> BackfillReport:
    """Store every HTML response of the WARC files; resumes from checkpoints unless ``restart``."""
    files = expand_paths(paths)
    warehouse = Warehouse(settings.db_path)
    checkpoints = Checkpoints(warehouse, "warc")
    if restart:
        checkpoints.reset([str(p.resolve()) for p in files])
    report = BackfillReport("backfill warc")
    progress = Progress(settings.progress, "warc", None, "records")  # total estimated while reading
    runner = _runner(warehouse, report, checkpoints, settings, submit=submit, max_inflight=max_inflight,
                     max_batches=max_batches, progress=progress, commit=commit)
    return run_items(runner, _warc_items(files, checkpoints, report, settings, source_id, progress), report)


def _url_items(path: Path, unit: str, warehouse: Warehouse, checkpoints: Checkpoints, report: BackfillReport,
               settings: Settings, source_id: str | None, fetch: Callable) -> Iterator[WorkItem]:
    cp = checkpoints.get(unit)
    if cp.done:
        report.skipped["file already backfilled"] += 1
        return
    chunk: list = []
    mark = cp.position

    def flush(last_line: int, done: bool) -> WorkItem:
        urls = [u.url for u in chunk if u.url]
        report.records += len(urls)
        ids = {page_id(canonicalize(u)): u for u in urls}
        # Permanent failures (404, robots) are not refetched; transient ones (timeouts, 5xx) are.
        stored = needs_no_fetch(warehouse, list(ids), settings)
        report.already_stored += len(stored)
        todo = list(dict.fromkeys(u for pid, u in ids.items() if pid not in stored))
        report.duplicates += len(urls) - len(ids)
        hints = {u.url: u.published for u in chunk if u.url and u.published}
        pages = fetch(todo, settings, source_id=source_id, hints=hints) if todo else []
        return WorkItem(pages, Checkpoint("urls", unit, last_line, done=done), advance=last_line - mark)

    last = cp.position
    for line in read_url_list(path, cp.position):
        if line.problem:
            report.skipped[line.problem.split(":")[0].split(" '")[0]] += 1
            log.warning("%s:%d: %s", path, line.lineno, line.problem)
        if line.url:
            chunk.append(line)
        last = line.lineno
        if len(chunk) >= settings.batch_size:
            item = flush(last, False)
            chunk, mark = [], last
            yield item
    yield flush(max(last, count_lines(path)), True)


def backfill_urls(path: str, settings: Settings, *, submit: Callable = submit_inline, max_inflight: int = 4,
                  max_batches: int | None = None, restart: bool = False, source_id: str | None = None,
                  fetch: Callable | None = None, commit: Callable | None = None) -> BackfillReport:
    """Fetch and store the URLs of a list with the crawler's politeness and safety rules."""
    if fetch is None:
        from flows.fetch import fetch_batch as fetch
    file = Path(path)
    if not file.is_file():
        raise FileNotFoundError(f"no such URL list: {path}")
    warehouse = Warehouse(settings.db_path)
    checkpoints = Checkpoints(warehouse, "urls")
    unit = str(file.resolve())
    if restart:
        checkpoints.reset([unit])
    report = BackfillReport("backfill urls")
    progress = Progress(settings.progress, "urls", count_lines(file), "lines")
    runner = _runner(warehouse, report, checkpoints, settings, submit=submit, max_inflight=max_inflight,
                     max_batches=max_batches, progress=progress, skip_stored=False, commit=commit)
    items = _url_items(file, unit, warehouse, checkpoints, report, settings, source_id, fetch)
    return run_items(runner, items, report)


def _wayback_items(domain: str, month_from: str, month_to: str, unit: str, warehouse: Warehouse,
                   checkpoints: Checkpoints, report: BackfillReport, settings: Settings,
                   source_id: str | None, fetch: Callable, cdx: CdxClient) -> Iterator[WorkItem]:
    cp = checkpoints.get(unit)
    if cp.done:
        report.skipped["query already backfilled"] += 1
        return
    base = wayback_base(settings)
    done = cp.position
    key = cp.cursor
    for captures, next_key in cdx.pages(domain, month_from, month_to, resume_key=key):
        for i in range(0, max(len(captures), 1), settings.batch_size):
            chunk = captures[i:i + settings.batch_size]
            last = i + settings.batch_size >= len(captures)
            report.records += len(chunk)
            ids = {page_id(canonicalize(c.original)): c for c in chunk}
            report.duplicates += len(chunk) - len(ids)
            stored = needs_no_fetch(warehouse, list(ids), settings)
            report.already_stored += len(stored)
            todo = [c for pid, c in ids.items() if pid not in stored]
            fetched = fetch([c.archive_url(base) for c in todo], settings, source_id=source_id) if todo else []
            # Store under the original URL, so a crawl and a Wayback backfill of one article meet.
            pages = [dataclasses.replace(p, url=c.original, final_url=c.original) for p, c in zip(fetched, todo, strict=True)]
            done += len(chunk)
            # Mid-page checkpoints keep this page's key: a resume relists it and skips what is stored.
            cursor = next_key if last else key
            yield WorkItem(pages, Checkpoint("wayback", unit, done, cursor, done=last and not next_key),
                           advance=len(chunk))
        key = next_key


def backfill_wayback(domain: str, month_from: str, month_to: str, settings: Settings, *,
                     submit: Callable = submit_inline, max_inflight: int = 4, max_batches: int | None = None,
                     restart: bool = False, source_id: str | None = None, fetch: Callable | None = None,
                     cdx: CdxClient | None = None, commit: Callable | None = None) -> BackfillReport:
    """List a domain's captures in a month range and store the archived pages."""
    if fetch is None:
        from flows.fetch import fetch_batch as fetch
    domain = domain.strip().strip("/")
    if not domain:
        raise ValueError("a domain is needed, e.g. --domain example.com")
    unit = f"{domain} {cdx_month(month_from)}-{cdx_month(month_to)}"
    warehouse = Warehouse(settings.db_path)
    checkpoints = Checkpoints(warehouse, "wayback")
    if restart:
        checkpoints.reset([unit])
    report = BackfillReport("backfill wayback")
    progress = Progress(settings.progress, f"wayback {domain}", None, "captures")
    runner = _runner(warehouse, report, checkpoints, settings, submit=submit, max_inflight=max_inflight,
                     max_batches=max_batches, progress=progress, skip_stored=False, commit=commit)
    own = cdx is None
    cdx = cdx or CdxClient(settings)
    try:
        items = _wayback_items(domain, month_from, month_to, unit, warehouse, checkpoints, report, settings,
                               source_id, fetch, cdx)
        return run_items(runner, items, report)
    finally:
        if own:
            cdx.close()
