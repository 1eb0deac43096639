"""`backfill urls`: list parsing, and fetching through the crawler's fetcher from a server on 127.0.0.1."""

from __future__ import annotations

import datetime as dt
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from flows.backfill import backfill_urls
from flows.backfill.urls import parse_line, read_url_list
from flows.settings import Settings

ARTICLE = """<html><head><title>Shelling in Kharkiv {n}</title></head><body><nav>Menu</nav><article>
<p>Artillery shelling hit a residential district of Kharkiv, Ukraine, overnight, regional officials said.
Two civilians were killed and four were injured, according to the regional governor. Report {n}.</p>
<p>Emergency crews worked through the morning to clear debris from damaged buildings in the city.</p>
</article></body></html>"""


class Site(BaseHTTPRequestHandler):
    hits: list[str] = []

    def log_message(self, *args):
        pass

    def do_GET(self):
        type(self).hits.append(self.path)
        if self.path.startswith("/a/"):
            body = ARTICLE.format(n=self.path[3:]).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
        else:
            body = b"missing"
            self.send_response(404)
            self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def site():
    Site.hits = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_url_list_formats():
    assert parse_line("# comment", 1) is None and parse_line("   ", 2) is None
    assert parse_line("url,date", 1) is None
    tab = parse_line("https://a.example/x\t2024-01-02", 3)
    assert (tab.url, tab.published, tab.problem) == ("https://a.example/x", "2024-01-02", None)
    csv_line = parse_line('"https://a.example/y?a=1,2",2024-02-03T10:00:00Z', 4)
    assert (csv_line.url, csv_line.published) == ("https://a.example/y?a=1,2", "2024-02-03")
    bad_date = parse_line("https://a.example/z\tyesterday", 5)
    assert bad_date.url and bad_date.published is None and "unreadable date" in bad_date.problem
    not_url = parse_line("ftp://a.example/file", 6)
    assert not_url.url is None and "not an http(s) URL" in not_url.problem


def test_backfill_urls_fetches_resumes_and_skips_stored(tmp_path, site):
    lines = ["url\tdate"] + [f"{site}/a/{i}\t2023-0{1 + i % 9}-15" for i in range(7)]
    lines += [f"{site}/missing", "not a url", f"{site}/a/0?utm_source=x"]
    path = tmp_path / "urls.tsv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [u.lineno for u in read_url_list(path, start_line=8)] == [9, 10, 11]
    settings = Settings(db_path=tmp_path / "u.duckdb", allow_private=True, progress=False, batch_size=3,
                        retries=0, timeout=5)
    first = backfill_urls(str(path), settings, max_batches=1)
    assert first.stopped and first.articles == 3
    second = backfill_urls(str(path), settings)
    assert second.articles == 4
    assert second.failures["http 404"] == 1 and second.skipped["not an http(s) URL"] == 1
    assert second.already_stored == 1  # the tracking-parameter copy of /a/0
    from warehouse import Warehouse

    wh = Warehouse(settings.db_path)
    assert wh.counts()["articles"] == 7
    assert Site.hits.count("/a/0") == 1
    # the page carries no date: its events take the one from the list
    published = wh.query(f"SELECT DISTINCT published FROM events WHERE url = '{site}/a/0'")["published"]
    assert published.to_list() == [dt.datetime(2023, 1, 15)]
