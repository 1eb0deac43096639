"""How raw HTML bodies are compressed in ``raw_html.body``, and how any stored body is read back.

Rows record their codec in ``raw_html.codec``: ``zstd`` (level 3) from schema v5 on; NULL for rows stored
before, which are zlib. ``decompress`` also recognises either format by its magic bytes, so a body is
readable whatever its row says. On real news pages (~175 KB) zstd-3 stores the same ~20 % of the raw
size as zlib-6 and compresses ~4x faster, decompresses ~3x faster (``bench/codec_bench.py``).

Bodies are compressed where they are produced (a backfill's worker processes), so the process that
writes the warehouse receives and stores the small form.
"""

from __future__ import annotations

import zlib
from typing import NamedTuple

import zstandard

__all__ = ["CODEC", "PackedBody", "compress", "decompress", "pack"]

CODEC = "zstd"
_LEVEL = 3
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
_compressor = zstandard.ZstdCompressor(level=_LEVEL)
_decompressor = zstandard.ZstdDecompressor()


class PackedBody(NamedTuple):
    """A raw body ready for ``raw_html``: the sha256 of the raw bytes first (a batch dedupes on it)."""

    content_hash: str
    blob: bytes
    encoding: str | None
    size: int
    codec: str


def compress(body: bytes) -> bytes:
    return _compressor.compress(body)


def pack(content_hash: str, body: bytes, encoding: str | None) -> PackedBody:
    return PackedBody(content_hash, compress(body), encoding, len(body), CODEC)


def decompress(blob: bytes, codec: str | None = None) -> bytes:
    """The raw bytes of a stored body; ``codec`` NULL (rows from before v5) means zlib."""
    if codec == "zstd" or (codec is None and blob[:4] == _ZSTD_MAGIC):
        # Frames written by ``compress`` carry their size; a stream without it is read incrementally.
        return _decompressor.decompressobj().decompress(blob)
    if codec in (None, "zlib"):
        return zlib.decompress(blob)
    raise ValueError(f"unknown raw_html codec {codec!r}")
