"""WARC backfill without Prefect: reading, corrupt and truncated records, resume, one page per article."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from extractors.records import Page
from flows.backfill import backfill_warc
from flows.backfill.warc import iter_warc, write_warc
from flows.pipeline import process_pages, store_batch
from flows.settings import Settings

ROOT = Path(__file__).resolve().parents[2]

PAGE = """<html><head><title>{title}</title>{meta}</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article><h1>{title}</h1>
<p>Fighting broke out on Monday between army troops and militants near the town of {place} in Nigeria,
officials said. Three soldiers were killed and five people were wounded in the clashes, according to a
local official who asked not to be named.</p>
<p>Residents of {place} said the gunfight lasted several hours before the army regained control of the
area by evening. Aid groups called for calm and for access to the wounded. Story number {i}.</p>
</article><footer>Copyright Example News. All rights reserved.</footer></body></html>"""


def page_bytes(i: int, place: str = "Maiduguri", encoding: str = "utf-8", meta: str = "") -> bytes:
    return PAGE.format(title=f"Clashes near {place}, report {i}", place=place, i=i, meta=meta).encode(encoding)


def make_records(n: int, host: str = "news.example.org") -> list[tuple]:
    recs = [(f"https://{host}/story/{i}?utm_source=feed", page_bytes(i), "text/html; charset=utf-8", 200)
            for i in range(n)]
    recs.insert(2, (f"https://{host}/logo.png", b"\x89PNG\r\n\x1a\n....", "image/png", 200))
    recs.insert(4, (f"https://{host}/old", b"<html>moved</html>", "text/html", 301))
    return recs


def settings_for(tmp_path: Path, **kw) -> Settings:
    return Settings(db_path=tmp_path / "bf.duckdb", progress=False, **{"batch_size": 4, **kw})


def test_reads_gzip_and_plain_warc_skipping_non_html(tmp_path):
    for gz, name in ((True, "a.warc.gz"), (False, "a.warc")):
        path = tmp_path / name
        write_warc(path, make_records(5), gzip=gz)
        items = list(iter_warc(path))
        kinds = [i.kind for i in items]
        assert kinds.count("page") == 5 and kinds.count("skip") == 2
        assert {i.reason for i in items if i.kind == "skip"} == {"not html: image/png", "http 301"}
        page = items[0].page
        assert page.url.startswith("https://news.example.org/story/0") and page.status == 200
        assert page.encoding == "utf-8" and b"Maiduguri" in page.body
        assert page.fetched_at.startswith("2024-01-15")
        # offsets chain: each record ends where the next starts, so any end is a resume point
        assert all(a.end <= b.offset for a, b in zip(items, items[1:], strict=False))
        resumed = list(iter_warc(path, items[3].end))
        assert [i.offset for i in resumed] == [i.offset for i in items[4:]]


def test_charset_from_http_header_is_used(tmp_path):
    body = page_bytes(1, place="Sévaré", encoding="iso-8859-1")
    path = tmp_path / "latin.warc.gz"
    write_warc(path, [("https://x.example.org/a", body, "text/html; charset=ISO-8859-1", 200)])
    [item] = list(iter_warc(path))
    assert item.page.encoding == "iso-8859-1"
    batch = process_pages([item.page])
    assert "Sévaré" in batch.articles[0]["text"]


def _corrupt_second_member(path: Path) -> int:
    data = bytearray(path.read_bytes())
    starts = [m.start() for m in re.finditer(b"\x1f\x8b\x08", bytes(data))]
    bad = starts[1]
    for k in range(bad + 40, bad + 120):
        data[k] ^= 0x5A
    path.write_bytes(bytes(data))
    return bad


def test_corrupt_and_truncated_records_are_reported_and_the_run_goes_on(tmp_path):
    path = tmp_path / "broken.warc.gz"
    write_warc(path, make_records(8))
    bad = _corrupt_second_member(path)
    path.write_bytes(path.read_bytes()[:-200])  # the last record is cut short
    settings = settings_for(tmp_path)
    report = backfill_warc([str(path)], settings)
    assert len(report.corrupt) == 2
    assert f"broken.warc.gz:{bad}" in report.corrupt[0]
    assert report.articles == 6  # 8 stories minus the corrupt and the truncated one
    from warehouse import Warehouse

    failed = Warehouse(settings.db_path).query("SELECT url, error_reason FROM pages WHERE NOT ok")
    # records whose URL is still readable are stored as failures with their reason
    reasons = dict(zip(failed["url"], failed["error_reason"], strict=True))
    assert reasons["https://news.example.org/story/7?utm_source=feed"] == "truncated WARC record"
    assert all(r.startswith(("corrupt WARC record", "truncated")) for r in reasons.values())


def test_truncated_plain_records_are_failures_with_reason(tmp_path):
    stories = [r for r in make_records(3) if r[2].startswith("text/html") and r[3] == 200]
    path = tmp_path / "cut.warc"
    write_warc(path, stories, gzip=False)
    data = path.read_bytes()
    path.write_bytes(data[:-300])  # inside the last record's body
    last = list(iter_warc(path))[-1]
    assert last.kind == "corrupt" and "truncated" in last.reason
    assert last.page.error_reason == "truncated WARC record" and last.page.url.endswith("/story/2?utm_source=feed")
    header_cut = data.rindex(b"WARC/1.0") + 200  # inside the last record's header
    path.write_bytes(data[:header_cut])
    items = list(iter_warc(path))
    assert [i.kind for i in items] == ["page", "page", "corrupt"]
    assert items[-1].page.url.endswith("/story/2?utm_source=feed")


def test_stop_and_resume_stores_everything_once(tmp_path):
    path = tmp_path / "big.warc.gz"
    write_warc(path, make_records(18))
    settings = settings_for(tmp_path)
    first = backfill_warc([str(path)], settings, max_batches=2)
    assert first.stopped and first.articles == 8
    second = backfill_warc([str(path)], settings)
    assert not second.stopped and second.articles == 10
    third = backfill_warc([str(path)], settings)
    assert third.records == 0 and third.skipped["file already backfilled"] == 1
    from warehouse import Warehouse

    wh = Warehouse(settings.db_path)
    counts = wh.counts()
    assert counts["pages"] == counts["articles"] == 18
    assert wh.query("SELECT count(DISTINCT doc_id) AS n FROM events")["n"][0] == 18
    cp = wh.query("SELECT done FROM backfill_checkpoints WHERE job = 'warc'")
    assert cp["done"].to_list() == [True]


def test_crawled_article_and_backfilled_copy_are_stored_once(tmp_path):
    settings = settings_for(tmp_path)
    from warehouse import Warehouse

    wh = Warehouse(settings.db_path)
    crawled = Page(url="https://NEWS.example.org/story/1", fetched_at="2024-01-16T08:00:00+00:00", status=200,
                   content_type="text/html", body=page_bytes(1), encoding="utf-8")
    store_batch(wh, process_pages([crawled]))
    path = tmp_path / "dup.warc.gz"
    write_warc(path, make_records(3))  # story/1?utm_source=feed is the same article
    report = backfill_warc([str(path)], settings)
    assert report.already_stored == 1
    assert wh.counts()["pages"] == 3 and wh.counts()["articles"] == 3


def test_killed_backfill_resumes_without_duplicates(tmp_path):
    """A real SIGKILL in the middle of a run, then a rerun."""
    path = tmp_path / "kill.warc.gz"
    write_warc(path, make_records(24))
    db = tmp_path / "kill.duckdb"
    script = textwrap.dedent(f"""
        import sys, time
        from flows.backfill import backfill_warc
        import flows.pipeline
        from flows.backfill.runner import submit_inline
        from flows.settings import Settings
        flows.pipeline.extract_events = lambda doc: []  # cleaning only: the subprocess starts fast
        n = 0
        def submit(pages):
            global n
            n += 1
            print("submitted", n, flush=True)  # with max_inflight=1, batch n-1 is stored by now
            time.sleep(0.05)
            return submit_inline(pages)
        backfill_warc([{str(path)!r}], Settings(db_path={str(db)!r}, batch_size=4, progress=False),
                      submit=submit, max_inflight=1)
        print("finished", flush=True)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    for line in proc.stdout:
        if line.strip() == "submitted 4":
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    settings = Settings(db_path=db, batch_size=4, progress=False)
    report = backfill_warc([str(path)], settings)
    assert 0 < report.records < 26  # resumed, not started over
    from warehouse import Warehouse

    counts = Warehouse(db).counts()
    assert counts["pages"] == counts["articles"] == 24
    assert report.articles < 24 and report.events > 0


def test_paths_from_globs_and_directories(tmp_path):
    import pytest

    from flows.backfill import expand_paths

    for name in ("b.warc.gz", "a.warc", "notes.txt"):
        (tmp_path / name).write_bytes(b"")
    assert [p.name for p in expand_paths([str(tmp_path)])] == ["a.warc", "b.warc.gz"]
    assert [p.name for p in expand_paths([str(tmp_path / "*.gz"), str(tmp_path / "b.warc.gz")])] == ["b.warc.gz"]
    with pytest.raises(FileNotFoundError, match="no file matches"):
        expand_paths([str(tmp_path / "*.arc")])


def test_batches_travel_as_file_offsets_not_page_bytes(tmp_path):
    """What a worker (a Dask cluster) receives per batch: where the records are, a few hundred bytes."""
    import pickle

    from flows.backfill.runner import submit_inline

    big = [(f"https://news.example.org/long/{i}", page_bytes(i) + b"<!--" + b"x" * 60_000 + b"-->",
            "text/html", 200) for i in range(8)]
    path = tmp_path / "big.warc.gz"
    write_warc(path, big)
    sizes = []

    def submit(work):
        sizes.append(len(pickle.dumps(work)))
        return submit_inline(pickle.loads(pickle.dumps(work)))  # as a worker process would get it

    report = backfill_warc([str(path)], settings_for(tmp_path), submit=submit)
    assert report.articles == 8 and len(sizes) == 2
    assert max(sizes) < 2_000  # the pages themselves weigh 4 x 60 KB per batch


def test_workers_read_each_record_by_its_byte_range(tmp_path):
    """A unit carries where each record ends: a worker reads just those bytes, and gets the same pages as
    the full reader; a range that is not one readable record falls back to the full reader."""
    import pickle

    from flows.backfill.runner import submit_inline
    from flows.backfill.warc import read_record_pages

    for gz in (True, False):
        path = tmp_path / f"r.warc{'.gz' if gz else ''}"
        write_warc(path, make_records(6), gzip=gz)
        items = [i for i in iter_warc(path) if i.page is not None and i.page.body is not None]
        offsets, ends = [i.offset for i in items], [i.end for i in items]
        assert len(items) == 6
        full = read_record_pages(path, offsets)
        assert full == [i.page for i in items]
        assert read_record_pages(path, offsets, ends=ends) == full
        wrong = [o + 10 for o in offsets[:3]] + ends[3:]  # cut records: read in full instead
        assert read_record_pages(path, offsets, ends=wrong) == full

    units = []

    def submit(work):
        units.append(pickle.loads(pickle.dumps(work)))
        return submit_inline(units[-1])

    report = backfill_warc([str(path)], settings_for(tmp_path), submit=submit)
    assert report.articles == 6
    listed = {i.offset: i.end for i in iter_warc(path)}
    for unit in (u.work for u in units):
        assert unit.ends == tuple(listed[o] for o in unit.offsets) and unit.offsets


def test_a_batch_and_its_checkpoint_commit_together(tmp_path, monkeypatch):
    """The checkpoint is written in the transaction that stores its batch: when either fails, neither is
    stored, and the rerun starts from the previous checkpoint and stores every page once."""
    import pytest

    from flows.backfill.checkpoint import Checkpoints
    from warehouse import Warehouse

    path = tmp_path / "cp.warc.gz"
    write_warc(path, make_records(10))
    settings = settings_for(tmp_path)
    save, calls = Checkpoints.save, []

    def failing_save(self, cp, con=None):
        calls.append(con)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return save(self, cp, con)

    monkeypatch.setattr(Checkpoints, "save", failing_save)
    with pytest.raises(RuntimeError, match="disk full"):
        backfill_warc([str(path)], settings)
    assert all(con is not None for con in calls)  # on the batch's own connection
    wh = Warehouse(settings.db_path)
    assert wh.counts()["pages"] == 4  # the first batch; the second went with its checkpoint
    cp = Checkpoints(wh, "warc").get(str(path.resolve()))
    assert cp.position > 0 and not cp.done
    monkeypatch.setattr(Checkpoints, "save", save)
    report = backfill_warc([str(path)], settings)
    assert report.articles == 6 and report.already_stored == 0
    counts = wh.counts()
    assert counts["pages"] == counts["articles"] == 10
