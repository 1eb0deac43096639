"""Feed and sitemap parsing (pure), and discovery over a real loopback server."""

from __future__ import annotations

import asyncio
import gzip

from flows.discovery import FeedState, Link, discover, parse_date, parse_xml, seed_kind
from flows.fetch import Fetcher

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
<entry><title>A</title><link rel="alternate" href="https://news.test/a"/><link rel="enclosure" href="https://news.test/a.mp3"/>
<published>2026-11-03T07:40:00+01:00</published></entry>
<entry><title>B</title><link href="/b"/><updated>2026-11-04T00:00:00Z</updated></entry>
</feed>"""

NEWS_SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://news.test/x</loc><lastmod>2026-01-01</lastmod><news:news><news:publication><news:name>N</news:name>
<news:language>en</news:language></news:publication><news:publication_date>2026-11-05T10:00:00Z</news:publication_date>
<news:title>X</news:title></news:news></url>
<url><loc>https://news.test/y</loc><lastmod>2026-11-06</lastmod></url>
<url><lastmod>2026-11-06</lastmod></url>
</urlset>"""

INDEX = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://news.test/s1.xml</loc></sitemap><sitemap><loc>https://news.test/s2.xml.gz</loc></sitemap>
</sitemapindex>"""


def test_rss_with_broken_entries_keeps_the_good_ones():
    from fault_server import FEED_BROKEN

    parsed = parse_xml(FEED_BROKEN, "http://example.test/feed.xml")
    assert parsed.kind == "rss"
    urls = [link.url for link in parsed.links]
    assert urls[:3] == ["http://example.test/a.html", "http://example.test/b.html", "http://example.test/c.html"]
    assert parsed.links[0].published == "2026-11-03" and parsed.links[1].published is None
    assert parsed.skipped == 3  # no link, a javascript: link, and the truncated last entry


def test_atom_prefers_alternate_links_and_resolves_relative_ones():
    parsed = parse_xml(ATOM, "https://news.test/feed")
    assert parsed.kind == "atom"
    assert parsed.links == [Link("https://news.test/a", "2026-11-03"), Link("https://news.test/b", "2026-11-04")]


def test_google_news_sitemap_prefers_publication_date():
    parsed = parse_xml(NEWS_SITEMAP, "https://news.test/sitemap.xml")
    assert parsed.links == [Link("https://news.test/x", "2026-11-05"), Link("https://news.test/y", "2026-11-06")]
    assert parsed.skipped == 1


def test_sitemap_index_and_gzip():
    parsed = parse_xml(gzip.compress(INDEX), "https://news.test/sitemap.xml")
    assert parsed.kind == "sitemapindex"
    assert parsed.sitemaps == ["https://news.test/s1.xml", "https://news.test/s2.xml.gz"]


def test_garbage_and_entities_are_not_feeds():
    assert parse_xml(b"\x00\x01garbage", "https://x.test/").kind == "unknown"
    assert parse_xml(b"<html><body>hi</body></html>", "https://x.test/").kind == "unknown"
    xxe = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]><rss><channel>' \
          b"<item><link>https://x.test/&e;</link></item></channel></rss>"
    assert all("root:" not in link.url for link in parse_xml(xxe, "https://x.test/").links)


def test_dates_and_seed_kinds():
    assert parse_date("Tue, 03 Nov 2026 07:40:00 GMT") == "2026-11-03"
    assert parse_date("2026-11-03") == "2026-11-03" and parse_date("soon") is None
    assert seed_kind("https://a.test/rss.xml") == "feed" and seed_kind("https://a.test/sitemap_news") == "feed"
    assert seed_kind("https://a.test/2026/11/story.html") == "page"


def _discover(settings, seeds, states=None):
    async def run():
        async with Fetcher(settings) as fetcher:
            return await discover(fetcher, seeds, states=states)

    return asyncio.run(run())


def test_discovery_records_failures_and_conditional_get(fault_server, loopback_settings):
    found = _discover(loopback_settings, [(fault_server.url("/etag-feed.xml"), "s1"),
                                          (fault_server.url("/404.html"), "s2"),
                                          (fault_server.url("/ok.html"), "s3")])
    assert ("http://example.test/a.html", "s1") in [(link.url, sid) for link, sid in found.links]
    assert found.failures == [(fault_server.url("/404.html"), "http 404")]
    assert found.pages == [(fault_server.url("/ok.html"), "s3")]  # an HTML seed is a page to fetch
    assert found.states == [FeedState(fault_server.url("/etag-feed.xml"), '"v1"', None, 3)]
    again = _discover(loopback_settings, [(fault_server.url("/etag-feed.xml"), "s1")],
                      states={s.url: s for s in found.states})
    assert again.not_modified == [fault_server.url("/etag-feed.xml")] and not again.links
