"""Fetch outcomes against a real misbehaving loopback server: every URL gives one Page with its reason."""

from __future__ import annotations

import time

from flows.fetch import fetch_batch
from flows.robots import is_public_address, policy_from_response


def _one(server, path, settings, **kw):
    [page] = fetch_batch([server.url(path)], settings, **kw)
    return page


def test_ok_page_carries_body_status_type_and_encoding(fault_server, loopback_settings):
    page = _one(fault_server, "/ok.html", loopback_settings, source_id="s1", hints={})
    assert page.ok and page.status == 200 and page.content_type == "text/html"
    assert page.encoding == "utf-8" and b"MAIDUGURI" in page.body and page.source_id == "s1"


def test_every_url_yields_one_page_in_order_with_hints(fault_server, loopback_settings):
    urls = [fault_server.url(p) for p in ("/ok.html", "/404.html", "/image.png", "/page/1")]
    pages = fetch_batch(urls, loopback_settings, hints={urls[0]: "2026-11-03"})
    assert [p.url for p in pages] == urls
    assert pages[0].published_hint == "2026-11-03" and pages[3].published_hint is None


def test_http_errors_are_reasons_and_only_5xx_is_transient(fault_server, loopback_settings):
    fault_server.hits.clear()
    p500, p404 = fetch_batch([fault_server.url("/500.html"), fault_server.url("/404.html")], loopback_settings)
    assert (p500.error_reason, p500.transient, p500.status) == ("http 500", True, 500)
    assert (p404.error_reason, p404.transient) == ("http 404", False)
    assert fault_server.hits["/500.html"] == loopback_settings.retries + 1
    assert fault_server.hits["/404.html"] == 1


def test_429_honours_retry_after_then_succeeds(fault_server, loopback_settings):
    fault_server.hits.clear()
    started = time.monotonic()
    page = _one(fault_server, "/429-once.html", loopback_settings)
    assert page.ok and fault_server.hits["/429-once.html"] == 2
    assert time.monotonic() - started >= 0.95


def test_retry_after_beyond_the_ceiling_is_left_for_a_later_run(fault_server, loopback_settings):
    fault_server.hits.clear()
    started = time.monotonic()
    page = _one(fault_server, "/503-long.html", loopback_settings.with_(retries=3))
    assert (page.error_reason, page.transient) == ("http 503", True)
    assert fault_server.hits["/503-long.html"] == 1 and time.monotonic() - started < 2


def test_timeout_is_transient(fault_server, loopback_settings):
    page = _one(fault_server, "/timeout.html", loopback_settings.with_(timeout=0.5, retries=0))
    assert (page.error_reason, page.transient) == ("timeout", True)


def test_slow_but_in_time_is_fine(fault_server, loopback_settings):
    assert _one(fault_server, "/slow.html", loopback_settings).ok


def test_redirects_are_followed_and_loops_capped(fault_server, loopback_settings):
    page = _one(fault_server, "/redirect.html", loopback_settings)
    assert page.ok and page.final_url.endswith("/ok.html?utm_source=x")
    loop = _one(fault_server, "/loop/a", loopback_settings.with_(max_redirects=3))
    assert (loop.error_reason, loop.transient) == ("too many redirects", False)


def test_bodies_over_the_limit_are_cut_off(fault_server, loopback_settings):
    started = time.monotonic()
    streamed = _one(fault_server, "/huge.html", loopback_settings)
    declared = _one(fault_server, "/huge-declared.html", loopback_settings)
    assert streamed.error_reason == "too large" and declared.error_reason == "too large"
    assert streamed.body is None and time.monotonic() - started < 3


def test_only_html_is_kept(fault_server, loopback_settings):
    png = _one(fault_server, "/image.png", loopback_settings)
    binary = _one(fault_server, "/binary", loopback_settings)
    assert (png.error_reason, png.transient) == ("not html: image/png", False)
    assert binary.error_reason == "not html: binary"


def test_charset_is_the_one_that_decodes(fault_server, loopback_settings):
    wrong = _one(fault_server, "/wrong-charset.html", loopback_settings)
    missing = _one(fault_server, "/no-charset.html", loopback_settings)
    assert wrong.ok and wrong.encoding == "cp1252"
    assert missing.ok and missing.encoding == "cp1252"
    assert "Caf\u00e9" in wrong.body.decode(wrong.encoding)


def test_robots_disallow_is_a_permanent_reason(fault_server, loopback_settings):
    page = _one(fault_server, "/private/secret.html", loopback_settings)
    assert (page.error_reason, page.transient) == ("robots disallow", False)
    ignored = _one(fault_server, "/private/secret.html", loopback_settings.with_(respect_robots=False))
    assert ignored.ok


def test_private_addresses_are_refused_unless_allowed(fault_server, loopback_settings):
    strict = loopback_settings.with_(allow_private=False)
    fault_server.hits.clear()
    pages = fetch_batch([fault_server.url("/ok.html"), "http://169.254.169.254/latest/meta-data/",
                         "http://[::1]:9/x", "file:///etc/passwd"], strict)
    assert [p.error_reason for p in pages] == ["private address"] * 3 + ["unsupported scheme"]
    assert not fault_server.hits  # refused before any connection


def test_connect_error_is_transient(loopback_settings):
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    [page] = fetch_batch([f"http://127.0.0.1:{port}/x"], loopback_settings.with_(retries=0))
    assert (page.error_reason, page.transient) == ("connect error", True)


def test_per_host_concurrency_and_delay(fault_server, loopback_settings):
    fault_server.max_in_flight = 0
    urls = [fault_server.url(f"/concurrent/{i}") for i in range(8)]
    assert all(p.ok for p in fetch_batch(urls, loopback_settings.with_(per_host_concurrency=2)))
    assert fault_server.max_in_flight == 2
    started = time.monotonic()
    fetch_batch([fault_server.url(f"/page/{i}") for i in range(4)], loopback_settings.with_(per_host_delay=0.2))
    assert time.monotonic() - started >= 0.6


def test_address_and_robots_rules():
    assert not is_public_address("10.1.2.3") and not is_public_address("::ffff:127.0.0.1")
    assert not is_public_address("169.254.169.254") and is_public_address("93.184.216.34")
    rules = policy_from_response(200, b"User-agent: conflict-events\nDisallow: /x/\nCrawl-delay: 2\n")
    assert not rules.allows("conflict-events", "http://a.test/x/1") and rules.allows("other", "http://a.test/x/1")
    assert rules.crawl_delay("conflict-events") == 2.0
    assert policy_from_response(404, None).allows("conflict-events", "http://a.test/x/1")
    assert not policy_from_response(503, None).allows("conflict-events", "http://a.test/")


def test_robots_wildcards_longest_match_and_groups():
    rules = policy_from_response(200, b"""# comment
User-agent: *
Disallow: /*?print=
Disallow: /search$
Disallow: /news/
Allow: /news/public/
Crawl-delay: 0.5

User-agent: OtherBot
Disallow: /
""")
    ok = lambda path: rules.allows("conflict-events", "http://a.test" + path)  # noqa: E731
    assert not ok("/2026/story.html?print=1") and ok("/2026/story.html?page=2")
    assert not ok("/search") and ok("/search/results")
    assert not ok("/news/x.html") and ok("/news/public/x.html")
    assert ok("/robots.txt") and not rules.allows("OtherBot", "http://a.test/anything")
    assert rules.crawl_delay("conflict-events") == 0.5 and rules.crawl_delay("OtherBot") == 0.0


def test_robots_crawl_delay_spaces_requests_to_that_host(fault_server, loopback_settings):
    port = fault_server.base.rsplit(":", 1)[1]
    urls = [f"http://delay.test/page/{i}" for i in range(3)]
    started = time.monotonic()
    pages = fetch_batch(urls, loopback_settings, resolve={"delay.test": f"127.0.0.1:{port}"})
    assert all(p.ok for p in pages) and pages[0].final_url == urls[0]  # the public name is kept
    assert time.monotonic() - started >= 0.55


def test_malformed_html_is_fetched_and_its_failure_recorded(fault_server, loopback_settings):
    from flows.pipeline import process_pages

    page = _one(fault_server, "/malformed.html", loopback_settings)
    assert page.ok
    [row] = process_pages([page]).pages
    assert not row["ok"] and row["error_reason"] == "no article text found" and not row["transient"]


def test_a_stop_event_abandons_a_running_batch(fault_server, loopback_settings):
    import threading

    import pytest

    from flows.fetch import FetchInterrupted

    stop = threading.Event()
    threading.Timer(0.3, stop.set).start()
    started = time.monotonic()
    with pytest.raises(FetchInterrupted):
        fetch_batch([fault_server.url(f"/page/{i}") for i in range(20)],
                    loopback_settings.with_(per_host_delay=0.2), stop=stop)
    assert time.monotonic() - started < 1.5  # not the ~4 s the politely spaced batch would take
