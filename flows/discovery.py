"""Find article URLs: RSS/Atom feeds and sitemaps (urlset, sitemapindex, Google News) to (url, date hint).

The parsers are pure functions over bytes. ``discover`` fetches seeds with the crawl's ``Fetcher`` (so
robots.txt, the private-address guard and politeness apply to feeds too), sends conditional requests
when validators from an earlier run are known, and follows sitemap indexes a bounded number of levels.
A seed that turns out to be an HTML page is reported as a page to fetch (seeds that look like pages by
their URL are not fetched here at all, see ``seed_kind``).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils
import gzip
import zlib
from dataclasses import dataclass, field
from typing import NamedTuple
from urllib.parse import urljoin

from lxml import etree

from extractors.records import Page
from flows.fetch import FEED_TYPES, HTML_TYPES, Fetcher

__all__ = ["Link", "Parsed", "Discovery", "FeedState", "parse_feed", "parse_sitemap", "parse_xml", "discover"]

MAX_SITEMAP_DEPTH = 2
MAX_CHILD_SITEMAPS = 200
MAX_XML_BYTES = 50_000_000  # the sitemap protocol's own limit for one uncompressed file


class Link(NamedTuple):
    url: str
    published: str | None  # ISO date (YYYY-MM-DD) from the feed or sitemap, if any


@dataclass
class Parsed:
    """What one XML document yields: article links, child sitemaps, and entries skipped (no URL)."""

    kind: str  # rss | atom | sitemap | sitemapindex | unknown
    links: list[Link] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    skipped: int = 0


@dataclass(frozen=True)
class FeedState:
    """HTTP validators remembered per feed/sitemap URL for conditional GETs."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    links: int = 0  # article links it listed when last fetched


@dataclass
class Discovery:
    """Links found (deduplicated, in order), seeds that were pages, failures with reasons, feed states."""

    links: list[tuple[Link, str | None]] = field(default_factory=list)  # (link, source_id)
    pages: list[tuple[str, str | None]] = field(default_factory=list)  # seeds that were HTML pages
    failures: list[tuple[str, str]] = field(default_factory=list)  # (url, reason)
    not_modified: list[str] = field(default_factory=list)
    states: list[FeedState] = field(default_factory=list)
    skipped_entries: int = 0


# -- dates ------------------------------------------------------------------------------------------
def parse_date(value: str | None) -> str | None:
    """RFC 822 (RSS) or ISO 8601 (Atom, sitemaps) to an ISO date; None when unparseable."""
    if not value or not value.strip():
        return None
    value = value.strip()
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


# -- parsing ----------------------------------------------------------------------------------------
_PARSER = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False,
                          remove_comments=True, remove_pis=True)


def _local(tag: object) -> str:
    return etree.QName(tag).localname.lower() if isinstance(tag, str) else ""


def _children(el, name: str) -> list:
    return [c for c in el if _local(c.tag) == name]


def _text(el, *names: str) -> str | None:
    for name in names:
        for c in el.iter():
            if c is not el and _local(c.tag) == name and c.text and c.text.strip():
                return c.text.strip()
    return None


def _unpack(data: bytes) -> bytes:
    if data[:2] == b"\x1f\x8b":
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out = d.decompress(data, MAX_XML_BYTES)
        if d.unconsumed_tail:
            raise ValueError("sitemap larger than 50 MB uncompressed")
        return out
    return data


def _root(data: bytes):
    try:
        data = _unpack(data)
    except (OSError, zlib.error, ValueError, gzip.BadGzipFile):
        return None
    data = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not data:
        return None
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError:
        return None


def parse_feed(root, base_url: str) -> Parsed:
    """RSS 2.0, RSS 1.0 (RDF) and Atom entries to links; entries without a usable link are counted."""
    kind = "atom" if _local(root.tag) == "feed" else "rss"
    parsed = Parsed(kind)
    entries = [e for e in root.iter() if _local(e.tag) in ("item", "entry")]
    for entry in entries:
        url = None
        for link in _children(entry, "link"):
            href = link.get("href")
            if href and link.get("rel", "alternate") == "alternate":
                url = href
                break
            if not href and link.text and link.text.strip():
                url = link.text.strip()
                break
        if url is None:
            guid = next(iter(_children(entry, "guid")), None)
            if guid is not None and guid.get("isPermaLink", "true") == "true" and (guid.text or "").strip():
                url = guid.text.strip()
        url = urljoin(base_url, url) if url else None
        if not url or not url.startswith(("http://", "https://")):
            parsed.skipped += 1
            continue
        published = parse_date(_text(entry, "pubdate", "published", "date", "issued", "updated"))
        parsed.links.append(Link(url, published))
    return parsed


def parse_sitemap(root, base_url: str) -> Parsed:
    """``urlset`` (with Google News ``news:publication_date`` or ``lastmod``) or ``sitemapindex``."""
    is_index = _local(root.tag) == "sitemapindex"
    parsed = Parsed("sitemapindex" if is_index else "sitemap")
    for entry in root:
        if _local(entry.tag) not in ("sitemap", "url"):
            continue
        loc = next((c.text.strip() for c in _children(entry, "loc") if c.text and c.text.strip()), None)
        if not loc:
            parsed.skipped += 1
            continue
        loc = urljoin(base_url, loc)
        if is_index:
            parsed.sitemaps.append(loc)
        else:
            parsed.links.append(Link(loc, parse_date(_text(entry, "publication_date", "lastmod"))))
    return parsed


def parse_xml(data: bytes, base_url: str) -> Parsed:
    """Sniff a feed or sitemap from its root element and parse it; broken XML yields kind "unknown"."""
    root = _root(data)
    if root is None:
        return Parsed("unknown")
    tag = _local(root.tag)
    if tag in ("rss", "rdf", "feed"):
        return parse_feed(root, base_url)
    if tag in ("urlset", "sitemapindex"):
        return parse_sitemap(root, base_url)
    return Parsed("unknown")


def seed_kind(url: str) -> str:
    """Guess from a URL whether a seed lists articles ("feed") or is one ("page")."""
    path = url.lower().split("?", 1)[0].rstrip("/")
    if path.endswith((".xml", ".xml.gz", ".rss", ".atom", ".rdf", "/feed", "/rss", "/atom")):
        return "feed"
    if any(word in path.rsplit("/", 1)[-1] for word in ("sitemap", "feed", "rss", "atom")):
        return "feed"
    return "page"


# -- fetching ---------------------------------------------------------------------------------------
def _looks_like_html(page: Page) -> bool:
    if (page.content_type or "").startswith(HTML_TYPES):
        return True
    head = (page.body or b"")[:512].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


def _validators(state: FeedState | None) -> dict[str, str] | None:
    # A sitemap index (no article links of its own) is always fetched in full: it may be unchanged while
    # the child sitemaps it points to have changed, and a 304 would hide them.
    if state is None or not state.links:
        return None
    headers = {}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    return headers or None


async def discover(fetcher: Fetcher, seeds: list[tuple[str, str | None]], *,
                   states: dict[str, FeedState] | None = None) -> Discovery:
    """Fetch seeds ``(url, source_id)`` and collect the article links they list."""
    states = states or {}
    result = Discovery()
    seen: set[str] = set()

    async def visit(url: str, source_id: str | None, depth: int) -> list[tuple[str, str | None, int]]:
        page, etag, modified = await _fetch_xml(fetcher, url, _validators(states.get(url)))
        if page.error_reason == "not modified":
            result.not_modified.append(url)
            return []
        if not page.ok:
            result.failures.append((url, page.error_reason or "failed"))
            return []
        parsed = parse_xml(page.body or b"", page.final_url or url)
        if parsed.kind == "unknown":
            if depth == 0 and _looks_like_html(page):
                result.pages.append((page.url, source_id))
            else:
                result.failures.append((url, "not a feed or sitemap"))
            return []
        result.skipped_entries += parsed.skipped
        result.states.append(FeedState(url, etag, modified, len(parsed.links)))
        for link in parsed.links:
            if link.url not in seen:
                seen.add(link.url)
                result.links.append((link, source_id))
        if depth >= MAX_SITEMAP_DEPTH:
            return []
        return [(child, source_id, depth + 1) for child in parsed.sitemaps[:MAX_CHILD_SITEMAPS]]

    level = [(url, sid, 0) for url, sid in dict.fromkeys(seeds)]
    visited: set[str] = set()
    while level:
        level = [item for item in level if item[0] not in visited]
        visited.update(item[0] for item in level)
        found = await asyncio.gather(*(visit(*item) for item in level))
        level = [child for children in found for child in children]
    return result


async def _fetch_xml(fetcher: Fetcher, url: str,
                     headers: dict[str, str] | None) -> tuple[Page, str | None, str | None]:
    page, validators = await fetcher.fetch_with_validators(
        url, accept=FEED_TYPES, headers=headers, max_bytes=MAX_XML_BYTES)
    return page, validators.get("etag"), validators.get("last-modified")
