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
_NEXT_RECORD = re.compile(rb"\r\n\r\nWARC/1\.[01]\r\n")
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
    if str(getattr(record, "format", "")).startswith("arc"):
        length = (record.rec_headers.get_header("length") or "").strip()
        if not length.isdigit():  # warcio reads on with length 0; the record's content is unknown
            return WarcItem(offset, end, "corrupt", reason=f"corrupt ARC record at offset {offset}: "
                            f"invalid length {length[:20]!r}")
    rec_type = record.rec_type
    if rec_type != "response":
        return WarcItem(offset, end, "skip", reason=f"record {rec_type}")
    url = record.rec_headers.get_header("WARC-Target-URI") or record.rec_headers.get_header("uri") or ""
    url = url.strip("<>").strip()  # ARC files name it "uri"
    if not url.startswith(("http://", "https://")):
        return WarcItem(offset, end, "skip", reason="no http(s) target URI")
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


def _single_stream(fh, limit: int = 8 << 20) -> bool:
    """True for a .gz whose first gzip member holds more than one record (the whole file gzipped at
    once). warcio reads only per-record gzip and refuses these; they are read as one stream instead."""
    fh.seek(0)
    d = zlib.decompressobj(31)
    seen = b""
    try:
        while not d.eof and len(seen) < limit:
            chunk = fh.read(1 << 16)
            if not chunk:
                break
            seen += d.decompress(chunk, limit)
            if _NEXT_RECORD.search(seen):
                return True
    except zlib.error:
        return False
    return False


def one_stream(path: str | Path) -> bool:
    """A .gz compressed as one stream: its offsets count decompressed bytes (workers cannot seek)."""
    path = Path(path)
    with open(path, "rb") as fh:
        return _is_gzipped(path, fh) and _single_stream(fh)


def _decompressed(fh) -> tuple[object, str | None]:
    """The whole-file gzip stream decompressed into a temporary file; and why it stopped early, if it did."""
    import tempfile

    fh.seek(0)
    out = tempfile.TemporaryFile()
    d = zlib.decompressobj(31)
    problem = None
    try:
        while chunk := fh.read(1 << 20):
            out.write(d.decompress(chunk))
            while d.eof and d.unused_data:  # further members: go on with them
                rest = d.unused_data
                d = zlib.decompressobj(31)
                out.write(d.decompress(rest))
        out.write(d.flush())
        if not d.eof:
            problem = "gzip stream ends early"
    except zlib.error as exc:
        problem = f"bad gzip data: {exc}"
    out.seek(0)
    return out, problem


def iter_warc(path: str | Path, start: int = 0, *, source_id: str | None = None,
              max_bytes: int = 50_000_000) -> Iterator[WarcItem]:
    """Yield an item per record of one WARC file, from byte ``start`` (a previous item's ``end``).

    A .gz compressed as one stream (not per record) is read as one stream: its positions count
    decompressed bytes, and it is reported once as a corrupt record (it cannot be entered in the
    middle, so a resume re-reads it from the start and skips what was stored).
    """
    path = Path(path)
    with open(path, "rb") as fh:
        gzipped = _is_gzipped(path, fh)
        if gzipped and _single_stream(fh):
            if start == 0:
                reason = (f"corrupt WARC record at {path.name}:0: gzip is not per record (one stream for "
                          "the whole file); read as one stream")
                log.warning(reason)
                yield WarcItem(0, 0, "corrupt", reason=reason)
            plain, problem = _decompressed(fh)
            with plain:
                size = plain.seek(0, 2)
                yield from _iter_records(plain, path, start, False, source_id, max_bytes, size)
            if problem:
                reason = f"corrupt WARC record at {path.name}:{size}: {problem}"
                log.warning(reason)
                yield WarcItem(size, path.stat().st_size, "corrupt", reason=reason)
            return
        yield from _iter_records(fh, path, start, gzipped, source_id, max_bytes, path.stat().st_size)


def _checked(item: WarcItem | None, it, errors: int, path: Path) -> tuple[WarcItem | None, int]:
    """warcio counts a record whose Content-Length did not end at a record boundary when it reads
    the next one (``err_count``): such a record's body is cut or padded, so it is corrupt, not a page."""
    if it.err_count == errors or item is None:
        return item, it.err_count
    reason = f"corrupt WARC record at {path.name}:{item.offset}: Content-Length does not match the record"
    log.warning(reason)
    page = item.page
    if page is not None:
        page = Page(url=page.url, fetched_at=page.fetched_at, status=page.status,
                    content_type=page.content_type, error_reason="corrupt WARC record: bad Content-Length",
                    source_id=page.source_id)
    return WarcItem(item.offset, item.end, "corrupt", page=page, reason=reason), it.err_count


def _iter_records(fh, path: Path, start: int, gzipped: bool, source_id: str | None, max_bytes: int,
                  size: int) -> Iterator[WarcItem]:
    skip_before = 0
    fh.seek(start)
    if start and not _looks_like_record(fh.read(8)):
        # Not at a record boundary (a stream that cannot be entered in the middle): read and skip.
        skip_before, start = start, 0
    pos: int | None = start
    while pos is not None:
        fh.seek(pos)
        it = ArchiveIterator(fh, no_record_parse=False)
        held: WarcItem | None = None  # yielded once the next record shows whether its length was right
        errors = 0
        try:
            for record in it:
                held, errors = _checked(held, it, errors, path)
                if held is not None:
                    yield held
                    held = None
                offset = it.offset
                body = record.content_stream().read()
                end = offset + it.get_record_length()
                if end <= offset or offset < pos:  # offsets that do not chain: no position to trust
                    raise ValueError(f"record offsets do not chain ({offset}, {end})")
                if offset < skip_before:
                    continue
                held = _record_item(record, body, offset, end, source_id, max_bytes)
            held, errors = _checked(held, it, errors, path)
            if held is not None:
                yield held
                held = None
            pos = None
            # warcio ends quietly on a header cut short at the end of the file: report it.
            tail_at = it.offset
            fh.seek(tail_at)
            tail = fh.read(1 << 16)
            if tail.strip(b"\r\n\x00") and tail_at >= skip_before:
                url = _peek_url(fh, tail_at, gzipped)
                reason = f"truncated WARC record at {path.name}:{tail_at}"
                log.warning(reason)
                yield WarcItem(tail_at, size, "corrupt", reason=reason, page=Page(
                    url=url, fetched_at=dt.datetime.now(dt.UTC).isoformat(),
                    error_reason="truncated WARC record", source_id=source_id) if url else None)
        except Exception as exc:  # warcio, zlib, EOF and header parsers all raise their own types
            if held is not None:
                yield held
            bad = max(it.offset or 0, pos)
            reason = f"corrupt WARC record at {path.name}:{bad}: {_short(exc)}"
            log.warning(reason)
            nxt = _resync(fh, bad, gzipped)
            end = nxt if nxt is not None else size
            url = _peek_url(fh, bad, gzipped)
            page = None
            if url:
                page = Page(url=url, fetched_at=dt.datetime.now(dt.UTC).isoformat(),
                            error_reason=f"corrupt WARC record: {_short(exc)}", source_id=source_id)
            if bad >= skip_before:
                yield WarcItem(bad, end, "corrupt", page=page, reason=reason)
            pos = nxt


def read_record_pages(path: str | Path, offsets, *, source_id: str | None = None,
                      max_bytes: int = 50_000_000, ends=None) -> list[Page]:
    """The pages of the records starting at ``offsets`` of a per-record gzip or plain WARC (workers).

    With ``ends`` (where each record ends, as listed by ``iter_warc``), a worker reads exactly each
    record's bytes: the listing already checked every record against the next one (``_checked``), so
    the next record's headers need not be decompressed again. A record that cannot be read so is read
    as without ``ends``.
    """
    path = Path(path)
    pages = []
    ends = tuple(ends) if ends else (None,) * len(offsets)
    with open(path, "rb") as fh:
        gzipped = _is_gzipped(path, fh)
        size = path.stat().st_size
        for offset, end in zip(offsets, ends, strict=True):
            page = _read_range(fh, offset, end, source_id, max_bytes) if end is not None else None
            if page is None:
                for item in _iter_records(fh, path, offset, gzipped, source_id, max_bytes, size):
                    page = item.page
                    break
            if page is not None:
                pages.append(page)
    return pages


def _read_range(fh, offset: int, end: int, source_id: str | None, max_bytes: int) -> Page | None:
    """The page of the one record in bytes ``offset:end``, or None when it is not one readable page."""
    import io

    if end <= offset:
        return None
    fh.seek(offset)
    data = fh.read(end - offset)
    try:
        for record in ArchiveIterator(io.BytesIO(data), no_record_parse=False):
            item = _record_item(record, record.content_stream().read(), offset, end, source_id, max_bytes)
            return item.page if item.kind == "page" else None
    except Exception:  # noqa: BLE001 - the full reader decides (and reports) what is wrong with it
        return None
    return None


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
