"""The per-user cache of the gazetteer's built index, read a part at a time.

The two big tables (folded name -> entries, ~480,000 keys; first word -> longest name, ~340,000) are split
by the first three characters of their keys, and each part is unmarshalled the first time a key of it is
looked up (``Shards``): a short article reads a few percent of them, where unmarshalling all of them cost
~0.3 s of every process's first article. The rest (rows, country tables) is read whole when the file is
opened. Layout: 8 bytes (little-endian length of the head), the head (marshal of ``(CACHE_FORMAT, rows,
common, iso2, country_by_iso3, by_country, max_words, size of the parts, index parts, heads parts)``, a
part being prefix -> (offset after the head, length)), then the parts (marshal of a dict each). A part
is read with ``os.pread`` from the file as it was opened (a newer cache file replacing it is another file).

Anything wrong with the file (missing, truncated, corrupt, foreign) means building the index again: when
opened, the whole file; for a part found corrupt later, every part of the process from the data file.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
import weakref
from collections.abc import Callable
from pathlib import Path

CACHE_ENV = "CONFLICT_EVENTS_CACHE_DIR"  # where the built index is cached; "" turns the cache off
CACHE_FORMAT = 2  # bump when the built index or this layout changes shape or meaning
PREFIX = 3  # characters of a key that choose its part
_HEAD = 8


def cache_file(raw: bytes) -> Path | None:
    """Per user, keyed by the data file's sha256, the interpreter (marshal's format may change between
    versions) and CACHE_FORMAT, so a stale or foreign file is never even opened."""
    folder = os.environ.get(CACHE_ENV)
    if folder is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "conflict-events")
    if not folder:
        return None
    digest = hashlib.sha256(raw).hexdigest()[:32]
    return Path(folder) / f"gazetteer-{digest}-{sys.implementation.cache_tag}-v{CACHE_FORMAT}.marshal"


class Shards:
    """A read-only dict (``get``, ``items``, ``==``) whose parts are unmarshalled from the cache on first use.

    ``rebuild`` gives the whole dict again, from the data file: it is called only if a part is corrupt."""

    __slots__ = ("_parts", "_spans", "_read", "_base", "_rebuild")

    def __init__(self, spans: dict[str, tuple[int, int]], read: Callable[[int, int], bytes], base: int,
                 rebuild: Callable[[], dict]):
        self._parts: dict[str, dict] = {}
        self._spans, self._read, self._base, self._rebuild = spans, read, base, rebuild

    def get(self, key: str, default=None):
        part = self._parts.get(key[:PREFIX])
        if part is None:
            part = self._part(key[:PREFIX])
        return part.get(key, default)

    def _part(self, prefix: str) -> dict:
        span = self._spans.get(prefix)
        if span is None:
            part = {}
        else:
            try:
                part = marshal.loads(self._read(self._base + span[0], span[1]))
            except Exception:
                part = None
            if part.__class__ is not dict:
                self._spans, self._parts = {}, split(self._rebuild())
                return self._parts.get(prefix, {})
        self._parts[prefix] = part
        return part

    def items(self):
        for prefix in self._spans:
            yield from (self._parts.get(prefix) or self._part(prefix)).items()
        for prefix, part in list(self._parts.items()):
            if prefix not in self._spans:
                yield from part.items()

    def __len__(self) -> int:
        return sum(1 for _ in self.items())

    def __eq__(self, other) -> bool:
        mine = dict(self.items())
        return mine == (dict(other.items()) if isinstance(other, Shards) else other)

    __hash__ = None


def split(table: dict) -> dict[str, dict]:
    parts: dict[str, dict] = {}
    for key, value in table.items():
        part = parts.get(key[:PREFIX])
        if part is None:
            part = parts[key[:PREFIX]] = {}
        part[key] = value
    return parts


def _reader(path: Path) -> tuple[Callable[[int, int], bytes], int]:
    """(read(offset, length), size) of the file as it is now; the file is closed with the last reader."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    if not hasattr(os, "pread"):  # Windows: the whole file in memory
        with os.fdopen(fd, "rb") as fh:
            data = fh.read()
        return (lambda offset, n: data[offset:offset + n]), len(data)

    def read(offset: int, n: int) -> bytes:
        return os.pread(fd, n, offset)

    weakref.finalize(read, os.close, fd)
    return read, os.fstat(fd).st_size


def read(path: Path | None, rebuild: Callable[[], tuple]) -> tuple | None:
    """(rows, index, common, iso2, country_by_iso3, heads, by_country, max_words) from the cache, the two
    big tables as ``Shards``; None when there is no usable file. ``rebuild`` gives ``_build``'s tables."""
    if path is None:
        return None
    try:
        reader, size = _reader(path)
        n = int.from_bytes(reader(0, _HEAD), "little")
        head = marshal.loads(reader(_HEAD, n))
        if not isinstance(head, tuple) or len(head) != 10 or head[0] != CACHE_FORMAT \
                or _HEAD + n + head[7] != size:  # a truncated file
            return None
        _fmt, lines, common, iso2, country_by_iso3, by_country, max_words, _size, index_spans, head_spans = head
        if not all(isinstance(x, t) for x, t in zip(
                head[1:], (list, list, dict, dict, dict, int, int, dict, dict), strict=True)):
            return None
    except Exception:
        return None
    index = Shards(index_spans, reader, _HEAD + n, lambda: rebuild()[0])
    heads = Shards(head_spans, reader, _HEAD + n, lambda: rebuild()[4])
    return lines, index, common, iso2, country_by_iso3, heads, by_country, max_words


def write(path: Path | None, built: tuple) -> None:
    """Save ``(rows, index, common, iso2, country_by_iso3, heads, by_country)``. Written to a temporary file
    then renamed, so a concurrent reader sees the whole file or none; a read-only or full disk just leaves
    the next process to build again."""
    if path is None:
        return
    lines, index, common, iso2, country_by_iso3, heads, by_country = built
    tmp = None
    try:
        blobs: list[bytes] = []
        offset = 0

        def spans(table: dict) -> dict[str, tuple[int, int]]:
            nonlocal offset
            out = {}
            for prefix, part in split(table).items():
                blob = marshal.dumps(part)
                out[prefix] = (offset, len(blob))
                blobs.append(blob)
                offset += len(blob)
            return out

        index_spans, head_spans = spans(index), spans(heads)
        max_words = max(heads.values(), default=1)
        data = marshal.dumps((CACHE_FORMAT, lines, common, iso2, country_by_iso3, by_country, max_words, offset,
                              index_spans, head_spans))
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(len(data).to_bytes(_HEAD, "little"))
            fh.write(data)
            for blob in blobs:
                fh.write(blob)
        os.replace(tmp, path)
        tmp = None
    except Exception:
        pass
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
