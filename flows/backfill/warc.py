"""Stream HTML pages out of WARC files (plain or gzip per record, Common Crawl CC-NEWS layout included).

``iter_warc`` yields one ``WarcItem`` per record with the byte offset just past it, so a caller can
checkpoint "everything before this offset is stored" and later resume with ``start=offset``. A corrupt
or truncated record never stops the file: it is reported with its file and offset (and, where the
header could still be read, as a failed ``Page`` carrying its URL), then reading resynchronises on the
next record boundary.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from extractors.records import Page

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")
_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_MAGIC = b"WARC/1."
_TARGET_URI = re.compile(rb"WARC-Target-URI:[ \t]*<?([^\s>]+)", re.I)
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:\-]+)", re.I)


@dataclass(frozen=True, slots=True)
class WarcItem:
    """One record's outcome: a page to process, or something counted (skip / corrupt)."""

    offset: int  # where the record starts
    end: int  # where the next record starts: resume here once this record is stored
    kind: str  # "page" | "skip" | "corrupt"
    page: Page | None = None
    reason: str | None = None  # why skipped or corrupt


def _charset(content_type: str | None) -> str | None:
    m = _CHARSET.search(content_type or "")
    return m.group(1).lower() if m else None


def _iso(warc_date: str | None) -> str:
    if warc_date:
        try:
            return dt.datetime.fromisoformat(warc_date.replace("Z", "+00:00")).astimezone(dt.UTC).isoformat()
        except ValueError:
            pass
    return dt.datetime.now(dt.UTC).isoformat()


def _short(exc: BaseException) -> str:
    """A one-line, printable reason (warcio quotes binary garbage in its messages)."""
    text = str(exc).splitlines()[0] if str(exc) else ""
    text = "".join(ch if " " <= ch <= "~" else "?" for ch in text)[:80]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _looks_like_record(head: bytes) -> bool:
    return head.startswith(_GZIP_MAGIC) or head.lstrip(b"\r\n").startswith(_WARC_MAGIC)


def _resync(fh, after: int, gzipped: bool, chunk: int = 1 << 20) -> int | None:
    """Offset of the next plausible record start after ``after``, or None at end of file.

    A gzip magic inside compressed data is a false positive now and then; the reader then fails on it
    and resyncs again, always moving forward.
    """
    magic = _GZIP_MAGIC if gzipped else b"\n" + _WARC_MAGIC
    pos = after + 1
    while True:
        fh.seek(pos)
        data = fh.read(chunk + len(magic))
        if not data:
            return None
        i = data.find(magic)
        if i >= 0:
            return pos + i + (0 if gzipped else 1)
        if len(data) < chunk + len(magic):
            return None
        pos += chunk


def _peek_url(fh, offset: int, gzipped: bool) -> str | None:
    """Best effort: the Target-URI of a record warcio could not parse (decompress what is readable)."""
    fh.seek(offset)
    raw = fh.read(65536)
    if gzipped:
        try:
            raw = zlib.decompressobj(31).decompress(raw, 65536)
        except zlib.error:
            return None
    m = _TARGET_URI.search(raw[:16384])
    return m.group(1).decode("utf-8", "replace") if m else None


def _is_gzipped(path: Path, fh) -> bool:
    fh.seek(0)
    return fh.read(3) == _GZIP_MAGIC or path.name.endswith(".gz")


def _record_item(record, body: bytes, offset: int, end: int, source_id: str | None,
                 max_bytes: int) -> WarcItem:
    """Turn a fully read response record into a page or a counted skip."""
    rec_type = record.rec_type
    if rec_type != "response":
        return WarcItem(offset, end, "skip", reason=f"record {rec_type}")
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    url = url.strip("<>")
    http = record.http_headers
    if http is None:
        return WarcItem(offset, end, "skip", reason="no http headers")
    content_type = http.get_header("Content-Type") or ""
    mime = content_type.split(";")[0].strip().lower()
    if mime not in HTML_TYPES:
        return WarcItem(offset, end, "skip", reason=f"not html: {mime or 'unknown'}")
    try:
        status = int(http.get_statuscode() or 0)
    except ValueError:
        status = 0
    if not 200 <= status < 300:
        return WarcItem(offset, end, "skip", reason=f"http {status}")
    fetched_at = _iso(record.rec_headers.get_header("WARC-Date"))
    if record.raw_stream.limit > 0:  # the file ended inside this record
        reason = f"truncated WARC record at offset {offset}"
        log.warning("%s: %s", url, reason)
        return WarcItem(offset, end, "corrupt", reason=reason, page=Page(
            url=url, fetched_at=fetched_at, status=status, content_type=content_type,
            error_reason="truncated WARC record", source_id=source_id))
    if len(body) > max_bytes:
        return WarcItem(offset, end, "page", page=Page(
            url=url, fetched_at=fetched_at, status=status, content_type=content_type,
            error_reason="too large", source_id=source_id))
    return WarcItem(offset, end, "page", page=Page(
        url=url, fetched_at=fetched_at, final_url=url, status=status, content_type=content_type, body=body,
        encoding=_charset(content_type), source_id=source_id))


def iter_warc(path: str | Path, start: int = 0, *, source_id: str | None = None,
              max_bytes: int = 50_000_000) -> Iterator[WarcItem]:
    """Yield an item per record of one WARC file, from byte ``start`` (a previous item's ``end``)."""
    path = Path(path)
    with open(path, "rb") as fh:
        gzipped = _is_gzipped(path, fh)
        skip_before = 0
        fh.seek(start)
        if start and not _looks_like_record(fh.read(8)):
            # A single-member .gz (not per-record) cannot be entered in the middle: read and skip.
            skip_before, start = start, 0
        pos: int | None = start
        while pos is not None:
            fh.seek(pos)
            it = ArchiveIterator(fh, no_record_parse=False)
            try:
                for record in it:
                    offset = it.offset
                    body = record.content_stream().read()
                    end = offset + it.get_record_length()
                    if offset < skip_before:
                        continue
                    yield _record_item(record, body, offset, end, source_id, max_bytes)
                pos = None
                # warcio ends quietly on a header cut short at the end of the file: report it.
                tail_at = it.offset
                fh.seek(tail_at)
                tail = fh.read(1 << 16)
                if tail.strip(b"\r\n") and tail_at >= skip_before:
                    url = _peek_url(fh, tail_at, gzipped)
                    reason = f"truncated WARC record at {path.name}:{tail_at}"
                    log.warning(reason)
                    yield WarcItem(tail_at, path.stat().st_size, "corrupt", reason=reason, page=Page(
                        url=url, fetched_at=dt.datetime.now(dt.UTC).isoformat(),
                        error_reason="truncated WARC record", source_id=source_id) if url else None)
            except Exception as exc:  # warcio, zlib, EOF and header parsers all raise their own types
                bad = it.offset
                reason = f"corrupt WARC record at {path.name}:{bad}: {_short(exc)}"
                log.warning(reason)
                nxt = _resync(fh, bad, gzipped)
                end = nxt if nxt is not None else path.stat().st_size
                url = _peek_url(fh, bad, gzipped)
                page = None
                if url:
                    page = Page(url=url, fetched_at=dt.datetime.now(dt.UTC).isoformat(),
                                error_reason=f"corrupt WARC record: {_short(exc)}", source_id=source_id)
                if bad >= skip_before:
                    yield WarcItem(bad, end, "corrupt", page=page, reason=reason)
                pos = nxt


def write_warc(path: str | Path, records, *, gzip: bool = True, date: str = "2024-01-15T10:00:00Z") -> int:
    """Write ``(url, body, content_type, status)`` tuples as WARC/1.0 response records (CC-NEWS style).

    For demos, tests and benchmarks; returns the number of records written.
    """
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    n = 0
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        for url, body, content_type, status in records:
            http = StatusAndHeaders(f"{status} {'OK' if status == 200 else 'Other'}",
                                    [("Content-Type", content_type), ("Content-Length", str(len(body)))],
                                    protocol="HTTP/1.1")
            rec = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                            warc_headers_dict={"WARC-Date": date})
            writer.write_record(rec)
            n += 1
    return n
