"""URL lists for ``backfill urls``: one URL a line, optionally with a publication date.

Accepted lines: ``url``, ``url<TAB>2024-01-02``, or CSV ``url,2024-01-02`` (a header row such as
``url,date`` is skipped; quoted fields are fine). Blank lines and ``#`` comments are ignored. A line that
is not an http(s) URL is reported with its number and skipped; an unreadable date is dropped (the page's
own date is used instead).
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit


@dataclass(frozen=True, slots=True)
class UrlLine:
    lineno: int
    url: str | None  # None when the line was rejected
    published: str | None = None  # ISO date
    problem: str | None = None


def _date(text: str | None) -> str | None:
    text = (text or "").strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        return None


def parse_line(line: str, lineno: int) -> UrlLine | None:
    """One line of a URL list; None for blank lines, comments and a CSV header."""
    text = line.strip().lstrip("\ufeff")
    if not text or text.startswith("#"):
        return None
    if "\t" in text:
        fields = text.split("\t")
    elif "," in text:
        fields = next(csv.reader([text]))
    else:
        fields = [text]
    url = fields[0].strip()
    if url.lower() in {"url", "link", "href"}:
        return None
    parts = urlsplit(url)
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc:
        return UrlLine(lineno, None, problem=f"not an http(s) URL: {url[:80]!r}")
    raw_date = fields[1] if len(fields) > 1 else None
    published = _date(raw_date)
    problem = f"unreadable date {raw_date.strip()[:30]!r} ignored" if raw_date and raw_date.strip() and not published else None
    return UrlLine(lineno, url, published, problem)


def read_url_list(path: str | Path, start_line: int = 0) -> Iterator[UrlLine]:
    """Yield parsed lines after line number ``start_line`` (a checkpoint)."""
    with open(path, encoding="utf-8", errors="replace") as fh:
        for lineno, line in enumerate(fh, 1):
            if lineno <= start_line:
                continue
            parsed = parse_line(line, lineno)
            if parsed is not None:
                yield parsed


def count_lines(path: str | Path) -> int:
    with open(path, "rb") as fh:
        return sum(1 for _ in fh)
