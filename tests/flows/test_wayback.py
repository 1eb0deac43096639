"""The Wayback backfill against a fake CDX + archive server on 127.0.0.1 (paging, resume, errors)."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

from flows.backfill import backfill_wayback
from flows.backfill.wayback import CdxClient, WaybackError, cdx_month, parse_cdx_rows
from flows.settings import Settings

STORY = """<html><head><title>Protest in Bamako {i}</title></head><body><nav>Home | Politics</nav>
<article><p>Hundreds of demonstrators gathered in Bamako, Mali, on Friday to protest against rising fuel
prices, witnesses said. Police detained several protesters near the central market, according to a
statement. Archived story number {i} from the example site.</p>
<p>Organisers said the demonstration was peaceful and that more protests were planned for next week in
the capital.</p></article><footer>Example Daily</footer></body></html>"""
CAPTURES = [(f"2024020{1 + i % 8}120000", f"https://daily.example.net/news/{i}") for i in range(7)]


class FakeWayback(BaseHTTPRequestHandler):
    page_size = 3
    cdx_requests: list[dict] = []
    fail_cdx = False

    def log_message(self, *args):  # keep test output quiet
        pass

    def _send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8"):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        parts = urlsplit(self.path)
        if parts.path == "/cdx/search/cdx":
            q = parse_qs(parts.query)
            type(self).cdx_requests.append(q)
            if self.fail_cdx:
                return self._send(503, b"busy", "text/plain")
            assert q["url"] == ["daily.example.net/*"] and q["from"] == ["202401"] and q["to"] == ["202403"]
            assert set(q["filter"]) == {"statuscode:200", "mimetype:text/html"} and q["collapse"] == ["urlkey"]
            start = int(q.get("resumeKey", ["0"])[0])
            rows = [["urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length"]]
            chunk = CAPTURES[start:start + self.page_size]
            rows += [["k", ts, url, "text/html", "200", "D", "100"] for ts, url in chunk]
            if start + self.page_size < len(CAPTURES):
                rows += [[], [str(start + self.page_size)]]
            return self._send(200, json.dumps(rows).encode(), "application/json")
        if parts.path.startswith("/web/"):
            stamp, _, original = parts.path[len("/web/"):].partition("/")
            assert stamp.endswith("id_")
            i = int(original.rsplit("/", 1)[1])
            return self._send(200, STORY.format(i=i).encode())
        return self._send(404, b"not found", "text/plain")


@pytest.fixture
def wayback_server():
    FakeWayback.cdx_requests = []
    FakeWayback.fail_cdx = False
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeWayback)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _settings(tmp_path, base: str, **kw) -> Settings:
    return Settings(db_path=tmp_path / "wb.duckdb", wayback_url=base, allow_private=True, progress=False,
                    batch_size=2, retries=0, backoff=0.01, timeout=5, **kw)


def test_cdx_rows_and_months():
    caps, key = parse_cdx_rows([["urlkey", "timestamp", "original"], ["k", "20240101", "http://a/1"], [], ["K2"]])
    assert [c.original for c in caps] == ["http://a/1"] and key == "K2"
    assert caps[0].archive_url("http://wb/") == "http://wb/web/20240101id_/http://a/1"
    assert parse_cdx_rows([]) == ([], None)
    assert cdx_month("2024-03") == "202403"
    with pytest.raises(ValueError):
        cdx_month("2024-13")


def test_wayback_backfill_pages_through_cdx_and_stores_original_urls(tmp_path, wayback_server):
    settings = _settings(tmp_path, wayback_server)
    first = backfill_wayback("daily.example.net", "2024-01", "2024-03", settings, max_batches=3)
    assert first.stopped
    listed = len(FakeWayback.cdx_requests)
    second = backfill_wayback("daily.example.net", "2024-01", "2024-03", settings)
    assert not second.stopped
    # resumed from the saved resume key: the first CDX page was not listed again
    assert FakeWayback.cdx_requests[listed].get("resumeKey") == ["3"]
    from warehouse import Warehouse

    wh = Warehouse(settings.db_path)
    urls = sorted(wh.query("SELECT url FROM pages WHERE ok")["url"].to_list())
    assert urls == sorted(u for _, u in CAPTURES)
    assert wh.counts()["articles"] == 7
    assert first.articles + second.articles == 7
    third = backfill_wayback("daily.example.net", "2024-01", "2024-03", settings)
    assert third.records == 0 and third.skipped["query already backfilled"] == 1


def test_cdx_failure_is_a_clear_error(tmp_path, wayback_server):
    FakeWayback.fail_cdx = True
    client = CdxClient(_settings(tmp_path, wayback_server))
    with pytest.raises(WaybackError, match="http 503"):
        list(client.pages("daily.example.net", "2024-01", "2024-03"))
    client.close()
