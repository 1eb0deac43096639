"""Re-extraction: run the current cleaner and extractors again over stored raw HTML, without refetching.

Articles are selected by ``extractor_version`` (those made by another version, or all), their raw bytes
read from ``raw_html`` in batches, re-processed by workers exactly as a fresh fetch would be, and each
batch written in one transaction: the article row (with the new ``extractor_version``) and the document's
events replaced together (``Warehouse.store_fetch_results`` deletes a document's events and inserts the
new ones atomically). A page the current cleaner can no longer read keeps its previous article and events
and is counted, so nothing stored is lost. With the default selection a rerun resumes where an
interrupted one stopped, because finished articles already carry the current version.

Pages the relevance gate rejected (``pages.error_reason = 'gate: not conflict'``) have no article: they are
judged again, from their stored raw HTML, when another gate version rejected them, or all of them with
``gate_off`` (then without the gate: cleaned and extracted like any page) or ``all_docs``. Their page rows
are rewritten with the new verdict (``attempts`` unchanged: nothing was fetched). Articles are re-extracted
without the gate: they passed it once, and the extractor has the last word.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterator

import pyarrow as pa
from prefect import flow

from extractors import EXTRACTOR_VERSION
from extractors.gate import GATE_VERSION
from extractors.records import Page
from flows.backfill.flows import run_job
from flows.backfill.runner import BackfillReport, BatchRunner, Progress, WorkItem, run_items, submit_inline
from flows.pipeline import GATED, Batch, Options, iso_text
from flows.settings import Settings
from warehouse import Warehouse
from warehouse.codec import decompress

_SELECT = """
SELECT a.doc_id, p.url, p.canonical_url, p.content_type, p.fetched_at, p.http_status, a.published,
       a.source_id, r.encoding, r.body, r.codec
FROM articles a
JOIN pages p ON p.page_id = a.doc_id
JOIN raw_html r ON r.content_hash = a.content_hash
WHERE a.doc_id IN (SELECT doc_id FROM ids)
"""


def select_doc_ids(warehouse: Warehouse, *, all_docs: bool = False,
                   version: str = EXTRACTOR_VERSION) -> tuple[list[str], int]:
    """Doc ids to re-extract (ordered), and how many selected articles have no stored raw HTML."""
    cond = "TRUE" if all_docs else "a.extractor_version IS DISTINCT FROM ?"
    params = [] if all_docs else [version]
    return _with_raw_html(warehouse, "articles a", "a.doc_id", cond, params)


_SELECT_GATED = """
SELECT p.page_id, p.url, p.canonical_url, p.content_type, p.fetched_at, p.http_status, NULL AS published,
       p.source_id, r.encoding, r.body, r.codec
FROM pages p
JOIN raw_html r ON r.content_hash = p.content_hash
WHERE p.page_id IN (SELECT doc_id FROM ids)
"""


def select_gated(warehouse: Warehouse, *, everything: bool = False,
                 version: str = GATE_VERSION) -> tuple[list[str], int]:
    """Gated pages to judge again (ordered): rejected by another gate version, or all with ``everything``;
    and how many of those have no stored raw HTML (``--drop-gated-html``)."""
    cond = f"p.error_reason = '{GATED}'" + ("" if everything else " AND p.gate_version IS DISTINCT FROM ?")
    params = [] if everything else [version]
    return _with_raw_html(warehouse, "pages p", "p.page_id", cond, params)


def _with_raw_html(warehouse: Warehouse, table: str, id_column: str, cond: str,
                   params: list) -> tuple[list[str], int]:
    """Ids of the rows of ``table`` (SQL "name alias") matching ``cond`` whose raw HTML is stored, ordered,
    and how many matching rows have none."""
    alias = table.split()[1]
    with warehouse.connect() as con:
        ids = [r[0] for r in con.execute(
            f"SELECT {id_column} FROM {table} JOIN raw_html r ON r.content_hash = {alias}.content_hash "
            f"WHERE {cond} ORDER BY {id_column}", params).fetchall()]
        missing = con.execute(
            f"SELECT count(*) FROM {table} WHERE {cond} AND NOT EXISTS "
            f"(SELECT 1 FROM raw_html r WHERE r.content_hash = {alias}.content_hash)", params).fetchone()[0]
    return ids, int(missing)


def _pages(warehouse: Warehouse, doc_ids: list[str], select: str = _SELECT) -> list[Page]:
    ids = pa.table({"doc_id": pa.array(doc_ids, pa.string())})  # noqa: F841 (DuckDB replacement scan)
    with warehouse.connect() as con:
        rows = con.execute(select).fetchall()
    pages = []
    for _doc_id, url, canonical, ctype, fetched_at, status, published, source_id, encoding, body, codec in rows:
        fetched = fetched_at.replace(tzinfo=dt.UTC).isoformat() if fetched_at else dt.datetime.now(dt.UTC).isoformat()
        pages.append(Page(url=url, final_url=canonical, fetched_at=fetched, status=status, content_type=ctype,
                          body=decompress(body, codec), encoding=encoding, source_id=source_id,
                          published_hint=iso_text(published)))
    return pages


def _keep_extractions_only(expected: set[str], gated: set[str]) -> Callable[[Batch], Batch]:
    """Raw bytes are already stored: write new articles and their events, and the page rows of the gated
    pages judged again (their new verdict); articles' pages stay as they are."""

    def transform(batch: Batch) -> Batch:
        ok = {a["doc_id"] for a in batch.articles if a["doc_id"] in expected | gated}
        return Batch(pages=[p for p in batch.pages if p["page_id"] in gated],
                     articles=[a for a in batch.articles if a["doc_id"] in ok],
                     events={d: evs for d, evs in batch.events.items() if d in ok},
                     failures=batch.failures, gated=batch.gated, reprocessed=True)

    return transform


def reextract(settings: Settings, *, all_docs: bool = False, gate_off: bool = False,
              submit: Callable = submit_inline, max_inflight: int = 4, max_batches: int | None = None,
              commit: Callable | None = None) -> BackfillReport:
    """Re-run extraction over stored pages; returns counts (articles re-extracted, events, failures).

    Gated pages are judged again too (see the module's docstring); ``gate_off`` processes every one of
    them without the gate.
    """
    warehouse = Warehouse(settings.db_path)
    doc_ids, missing = select_doc_ids(warehouse, all_docs=all_docs)
    gated_ids, gated_missing = select_gated(warehouse, everything=all_docs or gate_off)
    report = BackfillReport("reextract")
    if missing:
        report.skipped["no stored raw HTML"] += missing
    if gated_missing:
        report.skipped["gated, no stored raw HTML"] += gated_missing
    progress = Progress(settings.progress, "reextract", len(doc_ids) + len(gated_ids), "pages")
    runner = BatchRunner(warehouse, report, submit=submit, max_inflight=max_inflight, skip_stored=False,
                         max_batches=max_batches, progress=progress,
                         transform=_keep_extractions_only(set(doc_ids), set(gated_ids)), commit=commit,
                         options=Options(gate=False))
    judge_again = Options(gate=not gate_off)

    def items() -> Iterator[WorkItem]:
        for ids, select, options in ((doc_ids, _SELECT, None), (gated_ids, _SELECT_GATED, judge_again)):
            for i in range(0, len(ids), settings.batch_size):
                chunk = ids[i:i + settings.batch_size]
                report.records += len(chunk)
                yield WorkItem(_pages(warehouse, chunk, select), advance=len(chunk), options=options)

    return run_items(runner, items(), report)


@flow(name="reextract", flow_run_name="reextract: {label}", validate_parameters=False)
def reextract_flow(settings: Settings, all_docs: bool = False, gate_off: bool = False, max_inflight: int = 4,
                   max_batches: int | None = None, do_recluster: bool = True, runner: str = "process",
                   workers: int | None = None, label: str = "reextract") -> dict:
    """Re-extract stored pages with the current extractors (CPU work on worker processes)."""
    job = functools.partial(reextract, settings, all_docs=all_docs, gate_off=gate_off, max_inflight=max_inflight,
                            max_batches=max_batches)
    return run_job(job, settings, runner=runner, workers=workers, do_recluster=do_recluster)
