"""Fetch pages over HTTP, politely and safely. Every URL yields exactly one ``Page``.

Failures are data, never exceptions: a failed fetch is a ``Page`` with a short, countable
``error_reason`` ("http 500", "timeout", "not html: image/png", "too large", "robots disallow",
"robots unavailable", "too many redirects", "connect error", "private address", "unsupported scheme")
and ``transient=True`` when a later attempt may succeed (timeouts, connect errors, 408, 429, 5xx).

Politeness: robots.txt (and its Crawl-delay), a per-host concurrency cap and delay, retries with
exponential backoff and jitter that honour ``Retry-After``. Safety: URLs whose host resolves to a
loopback, private, link-local or reserved address are refused unless ``settings.allow_private``; every
redirect hop is checked again; bodies are streamed and cut at ``settings.max_bytes``.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils
import random
import socket
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from extractors.records import Page
from extractors.text.clean import decode_html
from flows.robots import RobotsPolicy, agent_token, is_public_address, policy_from_response
from flows.settings import Settings

__all__ = ["HTML_TYPES", "FEED_TYPES", "Fetcher", "FetchInterrupted", "Politeness", "fetch_batch", "fetch_pages"]

HTML_TYPES = ("text/html", "application/xhtml+xml")
# Feeds and sitemaps come with many labels; a seed may also turn out to be an HTML page.
FEED_TYPES = HTML_TYPES + ("application/xml", "text/xml", "application/rss+xml", "application/atom+xml",
                           "application/rdf+xml", "application/x-gzip", "application/gzip",
                           "application/octet-stream", "text/plain")
MAX_RETRY_AFTER = 60.0  # a longer Retry-After ends this run's attempts; the page stays transient
_TRANSIENT_STATUS = {408, 425, 429}


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(timespec="seconds")


def _mime(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())


@dataclass
class _Host:
    """Politeness state for one host: concurrency slots and the earliest time of the next request."""

    slots: asyncio.Semaphore
    delay: float
    netloc: str = ""
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


class Politeness:
    """What one crawl knows per origin, shared by all its fetchers (discovery tasks, the page stream):
    robots.txt rules (read once per origin per crawl), Crawl-delays, and when the next request to a
    host may start, so the delay holds across batches and tasks, not only within one fetcher."""

    def __init__(self) -> None:
        self.robots: dict[str, RobotsPolicy] = {}
        self.delays: dict[str, float] = {}
        self.next_at: dict[str, float] = {}


@dataclass
class _Outcome:
    page: Page
    retry_after: float | None = None
    validators: dict[str, str] = field(default_factory=dict)  # ETag / Last-Modified for conditional GETs


class Fetcher:
    """One crawl's HTTP state: the client, per-host politeness, robots and DNS caches.

    Use as ``async with Fetcher(settings) as f: pages = await f.fetch_many(urls)``.
    """

    def __init__(self, settings: Settings, *, client: httpx.AsyncClient | None = None,
                 resolve: dict[str, str] | None = None, politeness: Politeness | None = None):
        self.settings = settings
        self.politeness = politeness or Politeness()
        # Like curl --resolve: "news.example:80" or "news.example" -> "127.0.0.1:8123". URLs (and so
        # page ids) keep the public name while the bytes come from the mapped address.
        self._resolve = {k.lower(): v for k, v in (resolve or {}).items()}
        self._own_client = client is None
        self._client = client or httpx.AsyncClient(
            follow_redirects=False,  # redirects are followed by hand so every hop passes the guards
            timeout=httpx.Timeout(settings.timeout),
            limits=httpx.Limits(max_connections=settings.concurrency,
                                max_keepalive_connections=settings.concurrency),
            headers={"User-Agent": settings.user_agent,
                     "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"},
            trust_env=False,  # proxies from the environment must not silently reroute a crawl
        )
        self._slots = asyncio.Semaphore(settings.concurrency)
        self._agent = agent_token(settings.user_agent)
        self._hosts: dict[str, _Host] = {}
        self._robots: dict[str, asyncio.Task] = {}
        self._dns: dict[str, asyncio.Task] = {}

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        for pending in (*self._robots.values(), *self._dns.values()):
            pending.cancel()
        if self._own_client:
            await self._client.aclose()

    # -- public --------------------------------------------------------------------------------------
    async def fetch_many(self, urls: Iterable[str], *, source_id: str | None = None,
                         hints: dict[str, str] | None = None,
                         source_ids: dict[str, str] | None = None) -> list[Page]:
        hints = hints or {}
        source_ids = source_ids or {}
        return list(await asyncio.gather(*(
            self.fetch(u, source_id=source_ids.get(u, source_id), hint=hints.get(u)) for u in urls)))

    async def fetch(self, url: str, *, source_id: str | None = None, hint: str | None = None,
                    accept: tuple[str, ...] = HTML_TYPES, headers: dict[str, str] | None = None,
                    max_bytes: int | None = None) -> Page:
        """Fetch one URL with retries; never raises for network or HTTP problems."""
        outcome = await self._fetch(url, accept, headers, max_bytes)
        return _with(outcome.page, source_id=source_id, published_hint=hint)

    async def fetch_with_validators(self, url: str, *, accept: tuple[str, ...] = FEED_TYPES,
                                    headers: dict[str, str] | None = None,
                                    max_bytes: int | None = None) -> tuple[Page, dict[str, str]]:
        """Like ``fetch``, also returning the response's ``etag`` / ``last-modified`` validators."""
        outcome = await self._fetch(url, accept, headers, max_bytes)
        return outcome.page, outcome.validators

    async def _fetch(self, url: str, accept: tuple[str, ...], headers: dict[str, str] | None,
                     max_bytes: int | None) -> _Outcome:
        s = self.settings
        for attempt in range(s.retries + 1):
            try:
                outcome = await self._attempt(url, accept, headers, max_bytes or s.max_bytes)
            except Exception as exc:  # a bug or an exotic protocol error must not sink the batch
                outcome = _Outcome(self._failed(url, f"fetch error: {type(exc).__name__}", transient=True))
            if not outcome.page.transient or attempt == s.retries:
                break
            wait = s.backoff * (2 ** attempt) * (0.5 + random.random())
            if outcome.retry_after is not None:
                if outcome.retry_after > MAX_RETRY_AFTER:
                    break
                wait = max(wait, outcome.retry_after)
            await asyncio.sleep(wait)
        return outcome

    # -- one attempt ---------------------------------------------------------------------------------
    def _failed(self, url: str, reason: str, *, transient: bool = False, status: int | None = None,
                final_url: str | None = None, content_type: str | None = None) -> Page:
        return Page(url=url, fetched_at=_now(), final_url=final_url, status=status,
                    content_type=content_type, error_reason=reason, transient=transient)

    async def _attempt(self, url: str, accept: tuple[str, ...], headers: dict[str, str] | None,
                       max_bytes: int, *, check_robots: bool = True) -> _Outcome:
        current = url
        for _hop in range(self.settings.max_redirects + 1):
            parts = urlsplit(current)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                return _Outcome(self._failed(url, "unsupported scheme", final_url=current))
            target = self._aliased(parts)
            refusal = await self._guard(urlsplit(target).hostname if target else parts.hostname)
            if refusal:
                return _Outcome(self._failed(url, refusal[0], transient=refusal[1], final_url=current))
            if check_robots and self.settings.respect_robots:
                policy = await self._policy(parts.scheme, parts.netloc)
                if not policy.allows(self._agent, current):
                    reason = (policy.reason or "robots unavailable") if policy.unavailable else "robots disallow"
                    return _Outcome(self._failed(url, reason, transient=policy.unavailable, final_url=current))
            hop_headers = {**(headers or {}), "Host": parts.netloc} if target else headers
            outcome, location = await self._request(url, current, parts.netloc, accept, hop_headers,
                                                     max_bytes, target)
            if location is None:
                return outcome
            current = urljoin(current, location)
        return _Outcome(self._failed(url, "too many redirects", final_url=current))

    def _aliased(self, parts) -> str | None:
        if not self._resolve:
            return None
        mapped = self._resolve.get(parts.netloc.lower()) or self._resolve.get((parts.hostname or "").lower())
        if not mapped:
            return None
        return parts._replace(netloc=mapped).geturl()

    async def _request(self, url: str, current: str, netloc: str, accept: tuple[str, ...],
                       headers: dict[str, str] | None, max_bytes: int,
                       target: str | None = None) -> tuple[_Outcome, str | None]:
        host = await self._host(netloc)
        async with host.slots:
            await self._wait_turn(host)
            async with self._slots:
                try:
                    async with asyncio.timeout(self.settings.timeout):
                        return await self._send(url, current, accept, headers, max_bytes, target)
                except (TimeoutError, httpx.TimeoutException):
                    return _Outcome(self._failed(url, "timeout", transient=True, final_url=current)), None
                except (httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError,
                        httpx.ProxyError) as exc:
                    reason = "connect error" if isinstance(exc, httpx.ConnectError) else "connection dropped"
                    return _Outcome(self._failed(url, reason, transient=True, final_url=current)), None
                except httpx.DecodingError:
                    return _Outcome(self._failed(url, "bad content encoding", final_url=current)), None
                except httpx.InvalidURL:
                    return _Outcome(self._failed(url, "invalid url", final_url=current)), None

    async def _send(self, url: str, current: str, accept: tuple[str, ...], headers: dict[str, str] | None,
                    max_bytes: int, target: str | None) -> tuple[_Outcome, str | None]:
        request = self._client.build_request("GET", target or current, headers=headers)
        response = await self._client.send(request, stream=True)
        try:
            status = response.status_code
            ctype = _mime(response.headers.get("content-type"))
            fail = {"final_url": current, "status": status, "content_type": ctype or None}
            if 300 <= status < 400 and status != 304 and "location" in response.headers:
                return _Outcome(self._failed(url, f"http {status}", **fail)), response.headers["location"]
            if status == 304:
                return _Outcome(self._failed(url, "not modified", **fail)), None
            if status >= 400 or status < 200:
                transient = status in _TRANSIENT_STATUS or status >= 500
                retry_after = _retry_after(response.headers.get("retry-after")) if transient else None
                return _Outcome(self._failed(url, f"http {status}", transient=transient, **fail),
                                retry_after), None
            if ctype and not ctype.startswith(accept):
                return _Outcome(self._failed(url, f"not html: {ctype}", **fail)), None
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                return _Outcome(self._failed(url, "too large", **fail)), None
            chunks: list[bytes] = []
            size = 0
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    return _Outcome(self._failed(url, "too large", **fail)), None
                chunks.append(chunk)
            body = b"".join(chunks)
            if not ctype and b"\x00" in body[:1024]:
                return _Outcome(self._failed(url, "not html: binary", **fail)), None
            encoding = response.charset_encoding
            if ctype.startswith(HTML_TYPES) or not ctype:
                # Record the charset that really decodes the bytes, not the one the server claims.
                _, encoding = decode_html(body, encoding)
            page = Page(url=url, fetched_at=_now(), final_url=current, status=status,
                        content_type=ctype or None, body=body, encoding=encoding)
            validators = {k: response.headers[k] for k in ("etag", "last-modified") if k in response.headers}
            return _Outcome(page, validators=validators), None
        finally:
            await response.aclose()

    # -- politeness and guards ----------------------------------------------------------------------
    async def _host(self, netloc: str) -> _Host:
        host = self._hosts.get(netloc)
        if host is None:
            s = self.settings
            host = self._hosts[netloc] = _Host(asyncio.Semaphore(max(1, s.per_host_concurrency)),
                                               max(s.per_host_delay, self.politeness.delays.get(netloc, 0.0)))
            host.netloc = netloc
        return host

    async def _wait_turn(self, host: _Host) -> None:
        if host.delay <= 0:
            return
        shared = self.politeness.next_at
        async with host.lock:
            wait = shared.get(host.netloc, 0.0) - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            shared[host.netloc] = time.monotonic() + host.delay

    async def _guard(self, hostname: str) -> tuple[str, bool] | None:
        """Refuse hosts that resolve to non-public addresses (SSRF), unless the settings allow them."""
        if self.settings.allow_private:
            return None
        pending = self._dns.get(hostname)
        if pending is None:
            pending = self._dns[hostname] = asyncio.ensure_future(self._lookup(hostname))
        return await asyncio.shield(pending)

    async def _lookup(self, hostname: str) -> tuple[str, bool] | None:
        literal = hostname.strip("[]")
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(literal, None, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError):
            return ("dns error", True)
        addresses = {info[4][0] for info in infos}
        if not addresses or not all(is_public_address(a) for a in addresses):
            return ("private address", False)
        return None

    async def _policy(self, scheme: str, netloc: str) -> RobotsPolicy:
        key = f"{scheme}://{netloc}"
        known = self.politeness.robots.get(key)
        if known is not None:
            return known
        pending = self._robots.get(key)
        if pending is None:
            pending = self._robots[key] = asyncio.ensure_future(self._load_robots(key, netloc))
        return await asyncio.shield(pending)

    async def _load_robots(self, origin: str, netloc: str) -> RobotsPolicy:
        page = (await self._attempt(origin + "/robots.txt", ("text/", "application/octet-stream"), None,
                                    500_000, check_robots=False)).page
        if page.ok:
            policy = policy_from_response(200, page.body)
        elif page.transient and page.status is None:
            # Unreachable: RFC 9309 says assume disallow; the site's own failure is the honest reason.
            policy = RobotsPolicy(unavailable=True, reason=page.error_reason)
        elif page.status is not None and page.error_reason.startswith("http "):
            policy = policy_from_response(page.status, None)
        else:  # refused, too large, odd type: no usable rules; page fetches meet their own guards
            policy = RobotsPolicy()
        host = await self._host(netloc)
        host.delay = max(host.delay, policy.crawl_delay(self._agent))
        self.politeness.delays[netloc] = max(self.politeness.delays.get(netloc, 0.0), host.delay)
        self.politeness.robots[origin] = policy
        return policy


def _with(page: Page, **changes) -> Page:
    from dataclasses import replace

    return replace(page, **changes)


class FetchInterrupted(RuntimeError):
    """The caller asked a running batch to stop (its ``stop`` event was set); nothing was returned."""


async def fetch_pages(urls: list[str], settings: Settings, *, source_id: str | None = None,
                      hints: dict[str, str] | None = None, source_ids: dict[str, str] | None = None,
                      resolve: dict[str, str] | None = None, stop: threading.Event | None = None) -> list[Page]:
    """Fetch ``urls`` concurrently; returns one ``Page`` per URL, in order.

    ``stop``, set from another thread, abandons the batch within ~0.2 s (raises ``FetchInterrupted``):
    a crawl that is interrupted while the next batch downloads in a worker thread must not wait for it.
    """
    async with Fetcher(settings, resolve=resolve) as fetcher:
        work = asyncio.ensure_future(
            fetcher.fetch_many(urls, source_id=source_id, hints=hints, source_ids=source_ids))
        if stop is None:
            return await work
        while not work.done():
            await asyncio.wait({work}, timeout=0.2)
            if stop.is_set() and not work.done():
                work.cancel()
                raise FetchInterrupted(f"batch of {len(urls)} URLs abandoned on request")
        return work.result()


def fetch_batch(urls: list[str], settings: Settings, *, source_id: str | None = None,
                hints: dict[str, str] | None = None, source_ids: dict[str, str] | None = None,
                resolve: dict[str, str] | None = None, stop: threading.Event | None = None) -> list[Page]:
    """Synchronous ``fetch_pages`` for callers without an event loop (Prefect tasks, scripts).

    ``hints`` maps a URL to a publication date known from a feed or URL list; ``source_ids`` optionally
    maps a URL to its source when a batch mixes sources; ``resolve`` maps host names to addresses.
    """
    coro = fetch_pages(list(urls), settings, source_id=source_id, hints=hints, source_ids=source_ids,
                       resolve=resolve, stop=stop)
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    # Called from inside a running loop (a notebook, an async task): run on a private loop in a thread.
    result: list[list[Page]] = []
    errors: list[BaseException] = []

    def runner() -> None:
        try:
            result.append(asyncio.run(coro))
        except BaseException as exc:  # noqa: BLE001 (re-raised in the caller's thread)
            errors.append(exc)

    thread = threading.Thread(target=runner, name="fetch_batch")
    thread.start()
    thread.join()
    if errors:
        raise errors[0]
    return result[0]
