"""Raw-HTML codecs on real pages: stored size and speed of zlib and zstd levels, in one run.

    python bench/codec_bench.py                 # the 181 real pages of ../shared (skips without it)
    python bench/codec_bench.py --rounds 5

Reads the article-extraction benchmark's HTML pages (``../shared/golddata/scrapinghub_aeb/html``, measuring
only: nothing is copied into the project), compresses every page with each candidate, and prints the
stored size relative to the raw bytes and compression / decompression throughput, best of ``--rounds``,
with each codec's compression speed as a ratio against zlib level 6 (the codec the warehouse used first).
"""

from __future__ import annotations

import argparse
import sys
import time
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from real_pages import PAGES, available, real_pages  # noqa: E402


def candidates() -> dict[str, tuple]:
    import zstandard

    out = {f"zlib-{lv}": (lambda b, lv=lv: zlib.compress(b, lv), zlib.decompress) for lv in (1, 3, 6)}
    for lv in (1, 3, 6, 9):
        cctx, dctx = zstandard.ZstdCompressor(level=lv), zstandard.ZstdDecompressor()
        out[f"zstd-{lv}"] = (cctx.compress, dctx.decompress)
    return out


def best(fn, pages: list[bytes], rounds: int) -> tuple[float, list]:
    times, out = [], []
    for _ in range(rounds):
        start = time.perf_counter()
        out = [fn(p) for p in pages]
        times.append(time.perf_counter() - start)
    return min(times), out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    if not available():
        print(f"skipped: {PAGES} is not present")
        return 0
    pages = real_pages()
    raw = sum(map(len, pages))
    print(f"{len(pages)} real pages, {raw / 1e6:.1f} MB raw ({raw / len(pages) / 1e3:.0f} KB a page)")
    rows = {}
    for name, (comp, decomp) in candidates().items():
        c_s, packed = best(comp, pages, args.rounds)
        d_s, _ = best(decomp, packed, args.rounds)
        rows[name] = (sum(map(len, packed)), c_s, d_s)
    base = rows["zlib-6"][1]
    print(f"{'codec':8s} {'stored':>7s} {'compress MB/s':>14s} {'decompress MB/s':>16s} {'speed vs zlib-6':>16s}")
    for name, (size, c_s, d_s) in rows.items():
        print(f"{name:8s} {size / raw:7.1%} {raw / c_s / 1e6:14.0f} {raw / d_s / 1e6:16.0f} {base / c_s:15.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
