"""The Wayback Machine: list captures with the CDX API, fetch the archived bytes as originally served.

Listing uses ``/cdx/search/cdx`` with JSON output, HTML and status 200 only, one capture per URL
(``collapse=urlkey``), paged with ``showResumeKey``/``resumeKey`` so a long listing can be resumed from a
checkpoint. Archived pages come from ``/web/<timestamp>id_/<url>``: the ``id_`` flag returns the original
bytes without the Wayback banner or rewritten links. The base URL is ``Settings.wayback_url``.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass

import httpx

from flows.settings import Settings

DEFAULT_WAYBACK = "https://web.archive.org"
_MONTH = re.compile(r"^(\d{4})-?(\d{2})$")


class WaybackError(RuntimeError):
    """The CDX listing failed for good (after retries)."""


@dataclass(frozen=True, slots=True)
class Capture:
    timestamp: str  # YYYYMMDDhhmmss
    original: str  # the URL as captured

    def archive_url(self, base: str) -> str:
        return f"{base.rstrip('/')}/web/{self.timestamp}id_/{self.original}"


def cdx_month(value: str) -> str:
    """``2024-01`` (or ``202401``) as the CDX API wants it; a clear error otherwise."""
    m = _MONTH.match(value.strip())
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise ValueError(f"expected a month as YYYY-MM, got {value!r}")
    return m.group(1) + m.group(2)


def wayback_base(settings: Settings) -> str:
    return (getattr(settings, "wayback_url", None) or DEFAULT_WAYBACK).rstrip("/")


class CdxClient:
    """A small synchronous CDX client with retries and backoff (the listing is cheap next to fetching)."""

    def __init__(self, settings: Settings, *, client: httpx.Client | None = None, page_size: int = 1000):
        self.settings = settings
        self.base = wayback_base(settings)
        self.page_size = page_size
        self._client = client or httpx.Client(timeout=settings.timeout, follow_redirects=True,
                                              headers={"User-Agent": settings.user_agent})

    def close(self) -> None:
        self._client.close()

    def _get(self, params: list[tuple[str, str]]) -> list:
        url = f"{self.base}/cdx/search/cdx"
        last = ""
        for attempt in range(self.settings.retries + 1):
            try:
                resp = self._client.get(url, params=params)
            except httpx.HTTPError as exc:
                last = f"{type(exc).__name__}"
            else:
                if resp.status_code == 200:
                    text = resp.text.strip()
                    if not text:
                        return []
                    try:
                        return resp.json()
                    except ValueError as exc:
                        raise WaybackError(f"CDX answered with something other than JSON: {text[:80]!r}") from exc
                last = f"http {resp.status_code}"
                if resp.status_code < 500 and resp.status_code != 429:
                    break
            time.sleep(self.settings.backoff * (2 ** attempt))
        raise WaybackError(f"CDX listing failed ({last}) at {url}")

    def pages(self, domain: str, month_from: str, month_to: str,
              resume_key: str | None = None) -> Iterator[tuple[list[Capture], str | None]]:
        """Yield (captures of one CDX page, resume key of the next page or None at the end)."""
        while True:
            params = [("url", f"{domain}/*"), ("from", cdx_month(month_from)), ("to", cdx_month(month_to)),
                      ("output", "json"), ("filter", "statuscode:200"), ("filter", "mimetype:text/html"),
                      ("collapse", "urlkey"), ("limit", str(self.page_size)), ("showResumeKey", "true")]
            if resume_key:
                params.append(("resumeKey", resume_key))
            rows = self._get(params)
            captures, next_key = parse_cdx_rows(rows)
            yield captures, next_key
            if not next_key or next_key == resume_key:
                return
            resume_key = next_key


def parse_cdx_rows(rows: list) -> tuple[list[Capture], str | None]:
    """CDX JSON: a header row, capture rows, then (with showResumeKey) an empty row and [resumeKey]."""
    if not rows:
        return [], None
    header, body = rows[0], rows[1:]
    next_key = None
    if len(body) >= 2 and body[-2] == [] and len(body[-1]) == 1:
        next_key, body = body[-1][0], body[:-2]
    try:
        ts_i, orig_i = header.index("timestamp"), header.index("original")
    except ValueError as exc:
        raise WaybackError(f"unexpected CDX header {header!r}") from exc
    captures = [Capture(str(r[ts_i]), str(r[orig_i])) for r in body if len(r) > max(ts_i, orig_i)]
    return captures, next_key
