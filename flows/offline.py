"""Extraction over JSONL documents, without fetching: ``{doc_id, url, published, text | html}`` per line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from extractors import (
    EXTRACTOR_VERSION,
    CleaningError,
    Document,
    Event,
    assign_clusters,
    clean_html,
    extract_events,
)


@dataclass
class ExtractReport:
    documents: int = 0
    events: int = 0  # reports: one article's event record each
    incidents: int = 0  # the real-world events those reports tell of (distinct cluster ids)
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (line number, reason)


def read_documents(path: Path, report: ExtractReport) -> Iterator[Document]:
    """Yield documents from JSONL; a malformed line is recorded with its number and skipped."""
    with open(path, encoding="utf-8", errors="replace") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                report.skipped.append((lineno, f"invalid JSON: {exc.msg}"))
                continue
            if not isinstance(obj, dict):
                report.skipped.append((lineno, "not a JSON object"))
                continue
            doc_id = obj.get("doc_id")
            text, html = obj.get("text"), obj.get("html")
            if doc_id in (None, ""):
                report.skipped.append((lineno, "missing doc_id"))
                continue
            if not isinstance(text, str) and not isinstance(html, str):
                report.skipped.append((lineno, "needs a 'text' or 'html' string"))
                continue
            title = obj.get("title")
            published = obj.get("published")
            if not isinstance(text, str):
                try:
                    article = clean_html(html, obj.get("url") or f"doc:{doc_id}")
                except CleaningError as exc:
                    report.skipped.append((lineno, exc.reason))
                    continue
                text, title = article.text, title or article.title
                published = published or article.published
            yield Document(doc_id=str(doc_id), text=text, url=obj.get("url"),
                           published=str(published)[:10] if published else None, title=title,
                           language=obj.get("language"))


def extract_jsonl(input_path: str | Path, output_path: str | Path | None = None,
                  warehouse=None) -> tuple[ExtractReport, list[Event]]:
    """Extract events from every document of a JSONL file; write them as JSONL and/or to a warehouse."""
    report = ExtractReport()
    events: list[Event] = []
    docs: list[Document] = []
    for doc in read_documents(Path(input_path), report):
        report.documents += 1
        docs.append(doc)
        events.extend(extract_events(doc))
    events = assign_clusters(events)
    report.events = len(events)
    report.incidents = len({e.cluster_id or e.event_id for e in events})
    if output_path is not None:
        with open(output_path, "w", encoding="utf-8") as out:
            for ev in events:
                out.write(json.dumps(ev.to_dict(), ensure_ascii=False) + "\n")
    if warehouse is not None:
        by_doc: dict[str, list[Event]] = {d.doc_id: [] for d in docs}
        for ev in events:
            by_doc[ev.doc_id].append(ev)
        warehouse.upsert("articles", [
            {"doc_id": d.doc_id, "url": d.url, "canonical_url": d.url, "title": d.title, "text": d.text,
             "published": d.published, "language": d.language, "extractor_version": EXTRACTOR_VERSION}
            for d in docs
        ])
        warehouse.replace_events(by_doc)
    return report, events
