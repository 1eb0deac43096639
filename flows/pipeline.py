"""The batch step every ingestion path shares: fetched pages in, warehouse rows out.

Crawls, URL-list backfills, WARC and Wayback backfills and re-extraction all hand lists of ``Page`` to
``process_pages`` and write its ``Batch`` with ``store_batch``. No Prefect here: the flows wrap these in
coarse tasks.

With ``Options(gate=True)`` (what crawls and backfills use unless ``--no-gate``), each page first goes
through the relevance gate (``extractors.gate``): a page it rejects is stored as a page row with reason
``gate: not conflict`` and its gate version and score, its raw HTML kept (unless ``keep_gated_raw`` is
off), and is neither cleaned nor extracted; ``reextract`` can judge it again later without a refetch.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from extractors import (
    EXTRACTOR_VERSION,
    CleaningError,
    Document,
    Event,
    Page,
    assign_clusters,
    clean_html,
    decode_html,
    extract_events,
)
from extractors.gate import gate
from extractors.records import Article, content_hash
from flows.urls import canonicalize, page_id
from warehouse import Warehouse
from warehouse.codec import PackedBody, pack

GATED = "gate: not conflict"  # pages.error_reason of a page the relevance gate rejected (ok stays TRUE)


@dataclass(frozen=True)
class Options:
    """How the batch step treats pages; crawls and backfills build it from ``Settings``."""

    gate: bool = False  # judge each page with the relevance gate before cleaning it
    keep_gated_raw: bool = True  # store the raw HTML of pages the gate rejects (off: huge archives)

    @classmethod
    def from_settings(cls, settings) -> Options:
        return cls(gate=settings.gate, keep_gated_raw=settings.keep_gated_raw)


@dataclass
class Batch:
    """Rows of one batch, ready for one warehouse transaction, plus counts for the summary."""

    pages: list[dict] = field(default_factory=list)
    # compressed bodies (PackedBody), or (content_hash, raw bytes, encoding) which the store compresses
    raw: list[PackedBody | tuple[str, bytes, str | None]] = field(default_factory=list)
    articles: list[dict] = field(default_factory=list)
    events: dict[str, list[Event]] = field(default_factory=dict)
    failures: Counter = field(default_factory=Counter)
    gated: int = 0  # pages the relevance gate rejected (stored, not cleaned)
    reprocessed: bool = False  # processed again from raw_html (reextract): page rows replace, no new attempt

    @property
    def n_events(self) -> int:
        return sum(len(v) for v in self.events.values())


def _today(fetched_at: str) -> dt.date:
    try:
        return dt.datetime.fromisoformat(fetched_at).date()
    except ValueError:
        return dt.datetime.now(dt.UTC).date()


def article_to_document(doc_id: str, article: Article, published_hint: str | None = None) -> Document:
    return Document(doc_id=doc_id, text=article.text, url=article.canonical_url or article.url,
                    published=article.published or published_hint, title=article.title,
                    language=article.language)


def process_page(page: Page, batch: Batch, options: Options | None = None) -> None:
    """Gate, clean and extract one page into ``batch``; failures become page rows with their reason."""
    options = options or Options()
    canonical = canonicalize(page.final_url or page.url)
    row = {
        "page_id": page_id(canonical), "url": page.url, "canonical_url": canonical,
        "source_id": page.source_id, "http_status": page.status, "ok": False,
        "error_reason": page.error_reason, "transient": page.transient,
        "content_type": page.content_type, "content_hash": None,
        "fetched_at": dt.datetime.fromisoformat(page.fetched_at), "attempts": 1,
        "gate_version": None, "gate_score": None,
    }
    if page.ok:
        body = page.body or b""
        row["content_hash"] = content_hash(body)
        try:
            html, enc = decode_html(body, page.encoding)
            if options.gate:
                verdict = gate(html)
                row["gate_version"], row["gate_score"] = verdict.gate_version, verdict.score
                if not verdict.passed:
                    # fetched fine and judged: ok, with the reason; no article (reextract can judge it again)
                    row.update(ok=True, error_reason=GATED, transient=False)
                    if options.keep_gated_raw:
                        batch.raw.append(pack(row["content_hash"], body, page.encoding))
                    batch.gated += 1
                    batch.pages.append(row)
                    return
            # compressed here, in the worker: the writer process then only stores the small form
            batch.raw.append(pack(row["content_hash"], body, page.encoding))
            article = clean_html(html, canonical, today=_today(page.fetched_at))
        except CleaningError as exc:
            row["error_reason"] = exc.reason
            row["transient"] = False
        else:
            row["ok"] = True
            doc_id = row["page_id"]
            batch.articles.append({
                **{f.name: getattr(article, f.name) for f in dataclasses.fields(article)},
                "doc_id": doc_id, "url": page.url, "canonical_url": canonical,
                "site": article.site or urlsplit(canonical).hostname,
                "content_hash": row["content_hash"], "source_id": page.source_id,
                "extractor_version": EXTRACTOR_VERSION,
            })
            batch.events[doc_id] = extract_events(article_to_document(doc_id, article, page.published_hint))
    if row["error_reason"]:
        batch.failures[row["error_reason"]] += 1
    batch.pages.append(row)


def process_pages(pages: list[Page], options: Options | None = None) -> Batch:
    """Gate, clean and extract a batch of fetched pages (pure apart from CPU)."""
    batch = Batch()
    for page in pages:
        process_page(page, batch, options)
    return batch


def store_batch(warehouse: Warehouse, batch: Batch, *, then=None) -> None:
    """Write one batch in a single transaction; ``then(con)`` writes more in the same one (a checkpoint)."""
    warehouse.store_fetch_results(batch.pages, batch.raw, batch.articles, batch.events,
                                  reprocessed=batch.reprocessed, then=then)


def events_mark(warehouse: Warehouse):
    """The newest ``created_at`` in ``events`` now: pass it to ``recluster(after=...)`` at the end of a run."""
    if not warehouse.path.exists():
        return None
    return warehouse.query("SELECT max(created_at) AS m FROM events")["m"][0]


def iso_text(value) -> str | None:
    """Dates and timestamps read from the warehouse back as the ISO text that ``Event`` carries."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        return value.date().isoformat()
    return value.isoformat()


def read_events(warehouse: Warehouse, where: str = "", params: list | None = None) -> list[Event]:
    """Events of the warehouse as ``Event`` records (dates as ISO text, as the extractors made them)."""
    frame = warehouse.query(f"SELECT * EXCLUDE (created_at) FROM events {where}", params)
    names = {f.name for f in dataclasses.fields(Event)}
    return [Event(**{k: iso_text(v) if k in ("event_date", "published") else v
                     for k, v in row.items() if k in names}) for row in frame.iter_rows(named=True)]


def recluster(warehouse: Warehouse, *, after=None, window_days: int = 2, reach_days: int = 14) -> int:
    """Recompute ``cluster_id`` so that reports from new articles join the incidents already stored.

    With ``after`` (a mark from ``events_mark``), only the reports stored since then, any report still
    without a cluster (left by an interrupted run, or lacking the date or country that neighbours are
    found by), and the neighbours of those (same countries, event day, or publication day for undated
    reports, within ``reach_days``; in any country, the incidents of reports with a new report's type and
    toll, which a report placed at country level only may join across a border) are compared, so a run costs what it added rather than the whole
    warehouse: near-linear in the size of the new batch's neighbourhood. Every report compared gets a
    ``cluster_id``, a one-report incident included. Returns how many reports changed incident; only
    those rows are written.
    """
    where, params = "", []
    if after is not None:
        fresh = "(created_at > ? OR cluster_id IS NULL)"
        day = "coalesce(event_date, published::DATE)"
        span = warehouse.query(
            f"SELECT min({day}) AS lo, max({day}) AS hi, list(DISTINCT country) AS countries "
            f"FROM events WHERE {fresh} AND {day} IS NOT NULL", [after]).row(0)
        lo, hi, countries = span
        where, params = f"WHERE {fresh}", [after]
        if lo is not None:
            reach = dt.timedelta(days=reach_days + window_days)
            where += f" OR ({day} BETWEEN ? AND ? AND list_contains(?, country))"
            params += [lo - reach, hi + reach, [c for c in countries if c]]
            # a report placed at country level only may join another country's reports of the same type and
            # toll (``linking.score.country_only_across``): those, with every report of their incidents
            tolls = [r[0] for r in warehouse.query(
                f"SELECT DISTINCT event_type || ':' || fatalities FROM events WHERE {fresh} AND fatalities > 0",
                [after]).iter_rows()]
            if tolls:
                where += (f" OR cluster_id IN (SELECT cluster_id FROM events WHERE {day} BETWEEN ? AND ? "
                          f"AND fatalities > 0 AND list_contains(?, event_type || ':' || fatalities))")
                params += [lo - reach, hi + reach, tolls]
    events = read_events(warehouse, where, params)
    if not events:
        return 0
    before = {e.event_id: e.cluster_id for e in events}
    changed = {e.event_id: e.cluster_id for e in assign_clusters(events, window_days=window_days)
               if before[e.event_id] != e.cluster_id}
    return warehouse.set_cluster_ids(changed)
