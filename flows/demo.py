"""The demo: a bundled fictional news site on 127.0.0.1, crawled by the real crawl flow.

``DemoSite`` renders ``flows/demo_site/articles.yaml`` as three outlets, each on its own host name
(``sahel-courier.test`` ...) with article pages, an RSS feed, a sitemap (Google News, sitemap index,
plain) and a robots.txt; one page answers 500 and one has no article text. It runs on a random free port
of 127.0.0.1 in a background thread (stdlib ``http.server``) and tells the crawler to resolve the outlet
names to that port, so page URLs and ids stay the same from run to run and the demo needs no network.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import html
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from xml.sax.saxutils import escape

import yaml

from flows.settings import Settings

__all__ = ["DemoSite", "demo_settings", "run_demo", "NEXT_QUERY"]

NEXT_QUERY = ("SELECT country, event_type, count(*) AS incidents, sum(n_reports) AS reports, "
              "sum(fatalities) AS fatalities FROM incidents GROUP BY ALL ORDER BY incidents DESC")

ROBOTS = {"ea-ledger": "User-agent: *\nDisallow: /private/\n"}
_ALLOW_ALL = "User-agent: *\nAllow: /\n"
DOMAIN = ".test"  # reserved for testing (RFC 2606): never a real site


@dataclass(frozen=True)
class _Article:
    outlet: str
    slug: str
    title: str
    published: str
    author: str
    section: str
    paragraphs: tuple[str, ...]
    kind: str = "article"
    feed: bool = True
    sitemap: bool = True
    private: bool = False  # under /private/, which the outlet's robots.txt disallows

    @property
    def path(self) -> str:
        return f"/{'private' if self.private else 'news'}/{self.slug}.html"

    @property
    def when(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.published.replace("Z", "+00:00"))


def _load() -> tuple[list[dict], list[_Article]]:
    text = resources.files("flows.demo_site").joinpath("articles.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    articles = [_Article(**{**a, "paragraphs": tuple(a.get("paragraphs") or ())}) for a in data["articles"]]
    return data["outlets"], articles


def _article_html(outlet: dict, a: _Article, others: list[_Article]) -> str:
    paras = "\n".join(f"      <p>{html.escape(p)}</p>" for p in a.paragraphs)
    related = "\n".join(f'        <li><a href="{o.path}">{html.escape(o.title)}</a></li>' for o in others[:3])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{html.escape(a.title)} | {html.escape(outlet['name'])}</title>
  <meta name="author" content="{html.escape(a.author)}">
  <meta property="og:title" content="{html.escape(a.title)}">
  <meta property="og:site_name" content="{html.escape(outlet['name'])}">
  <meta property="article:published_time" content="{a.published}">
  <meta property="article:section" content="{html.escape(a.section)}">
</head>
<body>
  <header><a href="/">{html.escape(outlet['name'])}</a>
    <nav><a href="/">Home</a> | <a href="/rss.xml">RSS</a></nav></header>
  <main>
    <article>
      <h1>{html.escape(a.title)}</h1>
      <p class="byline">By {html.escape(a.author)} | {a.when:%d %B %Y %H:%M} UTC | {html.escape(a.section)}</p>
{paras}
    </article>
    <aside><h2>More from {html.escape(outlet['name'])}</h2>
      <ul>
{related}
      </ul>
    </aside>
  </main>
  <footer>&copy; 2026 {html.escape(outlet['name'])} (a fictional outlet of the conflict-events demo)</footer>
</body>
</html>
"""


# Looks like a page but has no article: a login wall with scripts and navigation only.
_GARBAGE = (b"<!DOCTYPE html><html><head><title>Sign in</title><script>var a=1;</script></head>"
            b"<body><nav><a href='/'>Home</a></nav><div id='app'></div>"
            b"<form><input name='user'><input name='pw' type='password'></form></body></html>")


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):  # clients that hang up are routine here
            super().handle_error(request, client_address)
    request_queue_size = 128  # the default 5 drops connections under concurrency (1 s SYN retransmits)


class DemoSite:
    """The fictional site on ``127.0.0.1:<random port>``; use as a context manager."""

    def __init__(self) -> None:
        self.outlets, self.articles = _load()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.requests: list[str] = []  # paths served, for tests

    @property
    def address(self) -> str:
        assert self._server is not None, "DemoSite is not running"
        return f"127.0.0.1:{self._server.server_address[1]}"

    @staticmethod
    def base(outlet: dict | str) -> str:
        slug = outlet if isinstance(outlet, str) else outlet["slug"]
        return f"http://{slug}{DOMAIN}"

    def seeds(self) -> list[str]:
        """Every outlet's feed and sitemap: what the demo crawls."""
        return [f"{self.base(o)}/{name}" for o in self.outlets for name in ("rss.xml", "sitemap.xml")]

    def resolve(self) -> dict[str, str]:
        """Host name -> address map for the fetcher (like curl --resolve)."""
        return {f"{o['slug']}{DOMAIN}": self.address for o in self.outlets}

    def url(self, article_slug: str) -> str:
        a = next(a for a in self.articles if a.slug == article_slug)
        return self.base(a.outlet) + a.path

    def start(self) -> DemoSite:
        site = self

        class Handler(BaseHTTPRequestHandler):
            wbufsize = 1 << 16  # headers and body in one write: no Nagle/delayed-ACK stall per request
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                host = (self.headers.get("Host") or "").split(":", 1)[0].lower()
                site.requests.append(host + self.path)
                status, ctype, body = site.respond(host, self.path)
                etag = None
                if status == 200 and "xml" in ctype:  # feeds and sitemaps support conditional GETs
                    etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                    if self.headers.get("If-None-Match") == etag:
                        status, body = 304, b""
                self.send_response(status)
                if etag:
                    self.send_header("ETag", etag)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        self._server = _Server(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, name="demo-site", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> DemoSite:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- content --------------------------------------------------------------------------------------
    def respond(self, host: str, path: str) -> tuple[int, str, bytes]:
        path = path.split("?", 1)[0]
        outlet = next((o for o in self.outlets if f"{o['slug']}{DOMAIN}" == host), None)
        if outlet is None:
            return 404, "text/html; charset=utf-8", b"<html><body><h1>Not found</h1></body></html>"
        if path == "/robots.txt":
            return 200, "text/plain; charset=utf-8", ROBOTS.get(outlet["slug"], _ALLOW_ALL).encode()
        rest = path.lstrip("/")
        mine = [a for a in self.articles if a.outlet == outlet["slug"]]
        if rest == "rss.xml":
            return 200, "application/rss+xml; charset=utf-8", self._rss(outlet, mine).encode()
        if rest == "sitemap.xml" or rest == "sitemap-articles.xml":
            return 200, "application/xml; charset=utf-8", self._sitemap(outlet, mine, rest).encode()
        article = next((a for a in mine if a.path == path), None)
        if article is None:
            return 404, "text/html; charset=utf-8", b"<html><body><h1>Not found</h1></body></html>"
        if article.kind == "broken":
            return 500, "text/html; charset=utf-8", b"<html><body>Internal Server Error</body></html>"
        if article.kind == "garbage":
            return 200, "text/html; charset=utf-8", _GARBAGE
        others = [a for a in mine if a is not article and a.kind == "article" and a.feed]
        return 200, "text/html; charset=utf-8", _article_html(outlet, article, others).encode()

    def _rss(self, outlet: dict, articles: list[_Article]) -> str:
        items = "\n".join(
            f"""    <item>
      <title>{escape(a.title)}</title>
      <link>{self.base(outlet)}{a.path}</link>
      <guid isPermaLink="true">{self.base(outlet)}{a.path}</guid>
      <pubDate>{email.utils.format_datetime(a.when)}</pubDate>
      <category>{escape(a.section)}</category>
    </item>""" for a in sorted(articles, key=lambda a: a.when, reverse=True) if a.feed)
        return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>{escape(outlet['name'])}</title>
    <link>{self.base(outlet)}/</link>
    <description>Latest stories from {escape(outlet['name'])} (fictional)</description>
{items}
  </channel>
</rss>
"""

    def _sitemap(self, outlet: dict, articles: list[_Article], name: str) -> str:
        head = '<?xml version="1.0" encoding="UTF-8"?>\n'
        ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
        listed = [a for a in articles if a.sitemap]
        if outlet["sitemap"] == "index" and name == "sitemap.xml":
            return (f"{head}<sitemapindex {ns}>\n  <sitemap><loc>{self.base(outlet)}/sitemap-articles.xml"
                    f"</loc><lastmod>2026-11-09</lastmod></sitemap>\n</sitemapindex>\n")
        if outlet["sitemap"] == "news":
            news = 'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"'
            urls = "\n".join(
                f"  <url><loc>{self.base(outlet)}{a.path}</loc><news:news><news:publication>"
                f"<news:name>{escape(outlet['name'])}</news:name><news:language>en</news:language>"
                f"</news:publication><news:publication_date>{a.published}</news:publication_date>"
                f"<news:title>{escape(a.title)}</news:title></news:news></url>" for a in listed)
            return f"{head}<urlset {ns} {news}>\n{urls}\n</urlset>\n"
        urls = "\n".join(f"  <url><loc>{self.base(outlet)}{a.path}</loc><lastmod>{a.published[:10]}</lastmod></url>"
                         for a in listed)
        return f"{head}<urlset {ns}>\n{urls}\n</urlset>\n"


def demo_settings(settings: Settings) -> Settings:
    """The demo's site lives on 127.0.0.1, so it opts in to private addresses; fast retries keep it brisk."""
    return settings.with_(allow_private=True, retries=1, backoff=0.1, timeout=10.0)


def run_demo(settings: Settings):
    """Serve the demo site, crawl its feeds and sitemaps with the real crawl flow, return the summary."""
    from flows.crawl import crawl_flow
    from flows.sources import add_sources, make_source
    from warehouse import Warehouse

    with DemoSite() as site:
        sources = [make_source(url, name=next(o["name"] for o in site.outlets if o["slug"] in url),
                               kind="sitemap" if "sitemap" in url else "rss", schedule_group="demo")
                   for url in site.seeds()]
        add_sources(Warehouse(settings.db_path), sources)
        return crawl_flow(sources=sources, settings=demo_settings(settings), resolve=site.resolve(),
                          label="demo")
