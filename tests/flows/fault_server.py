"""A real HTTP server on 127.0.0.1 that misbehaves on purpose, one path per fault.

Used by the fetcher's tests (no mock transport): each path answers like a broken or hostile site would.
``hits`` counts requests per path so tests can check retries; ``max_in_flight`` records the highest
number of concurrent requests to ``/concurrent/*``.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<article><h1>{title}</h1>
<p>MAIDUGURI, Nigeria (Test Wire) - Soldiers clashed with insurgents near the town on Sunday, and three
people were killed in the fighting, officials said on Monday.</p>
<p>Residents said gunfire lasted for more than an hour before the attackers withdrew into the bush.</p>
</article></body></html>"""

CP1252_BODY = ("<html><head><title>Caf\u00e9</title></head><body><article><p>Le caf\u00e9 \u00e0 Bamako "
               "\u2013 a long enough paragraph of text about a caf\u00e9 for the cleaner to keep.</p>"
               "</article></body></html>").encode("cp1252")

FEED_BROKEN = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Broken</title>
<item><title>Good</title><link>http://example.test/a.html</link><pubDate>Tue, 03 Nov 2026 07:40:00 GMT</pubDate></item>
<item><title>No link at all</title><pubDate>Tue, 03 Nov 2026 07:40:00 GMT</pubDate></item>
<item><title>Relative</title><link>/b.html</link><pubDate>not a date</pubDate></item>
<item><title>Guid only</title><guid>http://example.test/c.html</guid></item>
<item><title>Bad scheme</title><link>javascript:alert(1)</link></item>
<item><title>Unclosed &amp; truncated<link>http://example.test/d.html</link>
"""


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):  # clients that hang up are routine here
            super().handle_error(request, client_address)
    request_queue_size = 256  # the default 5 drops SYNs under concurrency: 1 s retransmit stalls


class FaultServer:
    ETAG = '"v1"'

    def __init__(self) -> None:
        self.hits: Counter = Counter()
        self.in_flight = 0
        self.max_in_flight = 0
        self.many = 300
        self.robots_delay: float | None = None  # Crawl-delay for every host when set
        self.times: list[tuple[float, str]] = []  # (monotonic time, path) of every request
        self.hold = threading.Event()  # /held.html answers once this is set
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            wbufsize = 1 << 16  # headers and body in one write: no Nagle/delayed-ACK stall per request

            def do_GET(self) -> None:  # noqa: N802
                path = self.path.split("?", 1)[0]
                with server._lock:
                    server.hits[path] += 1
                    server.times.append((time.monotonic(), path))
                try:
                    server.route(self, path)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args) -> None:
                pass

        self._httpd = _Server(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def start(self) -> FaultServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    # -- responses ----------------------------------------------------------------------------------
    @staticmethod
    def send(h, status: int, body: bytes = b"", ctype: str | None = "text/html; charset=utf-8",
             headers: dict[str, str] | None = None, length: bool = True) -> None:
        h.send_response(status)
        if ctype:
            h.send_header("Content-Type", ctype)
        for k, v in (headers or {}).items():
            h.send_header(k, v)
        if length:
            h.send_header("Content-Length", str(len(body)))
        else:
            h.send_header("Connection", "close")
        h.end_headers()
        h.wfile.write(body)

    def route(self, h, path: str) -> None:  # noqa: C901 (a table of faults reads best as one switch)
        article = ARTICLE.format(title=path).encode()
        if path == "/robots.txt":
            if self.robots_delay is not None:
                return self.send(h, 200, f"User-agent: *\nCrawl-delay: {self.robots_delay}\n".encode(), "text/plain")
            if (h.headers.get("Host") or "").startswith("delay.test"):
                return self.send(h, 200, b"User-agent: *\nCrawl-delay: 0.3\n", "text/plain")
            return self.send(h, 200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        if path in ("/ok.html", "/private/secret.html", "/malformed-ok.html") or path.startswith("/page/"):
            return self.send(h, 200, article)
        if path == "/slow.html":
            time.sleep(0.3)
            return self.send(h, 200, article)
        if path == "/held.html":  # a page that answers only when the test says so
            self.hold.wait(30)
            return self.send(h, 200, article)
        if path == "/pages-sitemap.xml":  # /page/0..many-1 and, when asked, the held page
            urls = "".join(f"<url><loc>{self.base}/page/{i}.html</loc></url>" for i in range(self.many))
            body = f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
            return self.send(h, 200, body.encode(), "application/xml")
        if path == "/timeout.html":
            time.sleep(3)
            return self.send(h, 200, article)
        if path == "/500.html":
            return self.send(h, 500, b"oops")
        if path == "/404.html":
            return self.send(h, 404, b"gone")
        if path == "/429-once.html":
            if self.hits[path] == 1:
                return self.send(h, 429, b"slow down", headers={"Retry-After": "1"})
            return self.send(h, 200, article)
        if path == "/503-long.html":
            return self.send(h, 503, b"maintenance", headers={"Retry-After": "3600"})
        if path.startswith("/loop/"):
            nxt = "/loop/b" if path == "/loop/a" else "/loop/a"
            return self.send(h, 302, b"", headers={"Location": nxt})
        if path == "/redirect.html":
            return self.send(h, 301, b"", headers={"Location": "/ok.html?utm_source=x"})
        if path == "/huge.html":  # no Content-Length: the fetcher must stop reading by itself
            h.send_response(200)
            h.send_header("Content-Type", "text/html")
            h.send_header("Connection", "close")
            h.end_headers()
            chunk = b"<p>" + b"x" * 65_000 + b"</p>"
            try:
                for _ in range(400):  # ~26 MB if nobody stops us
                    h.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
            return None
        if path == "/huge-declared.html":
            h.send_response(200)
            h.send_header("Content-Type", "text/html")
            h.send_header("Content-Length", str(50_000_000))
            h.send_header("Connection", "close")
            h.end_headers()
            return None
        if path == "/image.png":
            return self.send(h, 200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image/png")
        if path == "/binary":
            return self.send(h, 200, b"\x00\x01\x02\x03" * 100, None)
        if path == "/wrong-charset.html":  # claims UTF-8, is cp1252
            return self.send(h, 200, CP1252_BODY, "text/html; charset=utf-8")
        if path == "/no-charset.html":
            return self.send(h, 200, CP1252_BODY, "text/html")
        if path == "/malformed.html":
            return self.send(h, 200, b"<html><body><div><p>unclosed <b>tags <table><tr><td>\xff\xfe</div")
        if path == "/feed-broken.xml":
            return self.send(h, 200, FEED_BROKEN, "application/rss+xml")
        if path == "/etag-feed.xml":
            if h.headers.get("If-None-Match") == self.ETAG:
                return self.send(h, 304, b"", headers={"ETag": self.ETAG})
            return self.send(h, 200, FEED_BROKEN, "application/rss+xml", headers={"ETag": self.ETAG})
        if path == "/many-sitemap.xml":  # the kill test's crawl: many slow pages
            urls = "".join(f"<url><loc>{self.base}/slowpage/{i}.html</loc></url>" for i in range(self.many))
            body = f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
            return self.send(h, 200, body.encode(), "application/xml")
        if path.startswith("/slowpage/"):
            time.sleep(0.02)
            return self.send(h, 200, article)
        if path.startswith("/concurrent/"):
            with self._lock:
                self.in_flight += 1
                self.max_in_flight = max(self.max_in_flight, self.in_flight)
            time.sleep(0.1)
            with self._lock:
                self.in_flight -= 1
            return self.send(h, 200, article)
        return self.send(h, 404, b"not found")
