"""Real news pages for the benches: the 181 HTML pages of ../shared's article-extraction benchmark.

They are read for measuring only and never copied into the project. ``make_real_warc`` repeats them
under distinct URLs, each copy with a distinct HTML comment, so that every record is a new page with
new raw bytes (a real archive: ``raw_html`` grows with it) of real size and structure (~175 KB).
"""

from __future__ import annotations

import gzip
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT.parent / "shared" / "golddata" / "scrapinghub_aeb" / "html"


def available() -> bool:
    return PAGES.is_dir() and any(PAGES.glob("*.html.gz"))


def real_pages(directory: Path = PAGES) -> list[bytes]:
    return [gzip.decompress(p.read_bytes()) for p in sorted(directory.glob("*.html.gz"))]


def make_real_warc(path: Path, n: int) -> int:
    """A WARC.gz of ``n`` records cycling through the real pages; returns its size in bytes."""
    from flows.backfill.warc import write_warc

    pages = real_pages()

    def records():
        for i in range(n):
            body = pages[i % len(pages)] + f"\n<!-- copy {i} -->\n".encode()
            yield f"https://real-{i % 13}.example.org/{i // len(pages)}/page-{i}.html", body, \
                "text/html; charset=utf-8", 200

    write_warc(path, records())
    return path.stat().st_size
