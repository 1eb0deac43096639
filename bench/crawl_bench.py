"""Fetch throughput and memory: our fetcher vs a bare httpx.AsyncClient loop, same server, same run.

Usage: python bench/crawl_bench.py [--pages 2000] [--concurrency 16] [--rounds 3] [--pipeline]

A small asyncio HTTP/1.1 server runs in a separate process on 127.0.0.1 (so the client is not
competing with it for the GIL) and serves ~12 KB HTML pages. Politeness is off for the measurement
(no robots.txt, no per-host cap beyond the global concurrency, no delay), the private-address guard is
allowed, and both clients keep every body in memory. Rounds alternate the two clients; the best round of
each is compared. ``--pipeline`` also times fetch + clean + extract + store into a temporary DuckDB
file (no Prefect) and reports pages/s. Peak memory is this process's maximum resident set size.
Targets (issue 4): ratio >= 0.8, peak RSS < 500 MB.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing as mp
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PARAGRAPH = ("<p>NAIROBI (Bench Wire) - Police fired tear gas at protesters in the city centre on Tuesday, "
             "witnesses said, as crowds gathered for a third day against a proposed tax increase.</p>\n")
BODY = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Bench page</title></head><body><article>"
        "<h1>Bench page</h1>\n" + PARAGRAPH * 60 + "</article></body></html>").encode()


def _serve(port_queue) -> None:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                + str(len(BODY)).encode() + b"\r\n\r\n")
        try:
            while True:
                request = await reader.readuntil(b"\r\n\r\n")
                if not request:
                    break
                writer.write(head + BODY)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def main() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=1024)
        port_queue.put(server.sockets[0].getsockname()[1])
        async with server:
            await server.serve_forever()

    asyncio.run(main())


async def bare_httpx(urls: list[str], concurrency: int) -> list[bytes]:
    import httpx

    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    # trust_env=False like our fetcher: with it on, httpx's per-request proxy lookups make the baseline
    # slower, which would flatter the ratio.
    async with httpx.AsyncClient(limits=limits, timeout=20, trust_env=False) as client:
        sem = asyncio.Semaphore(concurrency)

        async def one(url: str) -> bytes:
            async with sem:
                response = await client.get(url)
                return response.content

        return await asyncio.gather(*(one(u) for u in urls))


def bench_settings(concurrency: int, db: Path):
    from flows.settings import Settings

    return Settings(db_path=db, concurrency=concurrency, per_host_concurrency=concurrency, per_host_delay=0,
                    respect_robots=False, allow_private=True, retries=0, progress=False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--pipeline", action="store_true", help="also time fetch+clean+extract+store")
    args = parser.parse_args()

    from flows.fetch import fetch_pages

    ctx = mp.get_context("spawn")
    ports = ctx.Queue()
    server = ctx.Process(target=_serve, args=(ports,), daemon=True)
    server.start()
    port = ports.get(timeout=30)
    urls = [f"http://127.0.0.1:{port}/news/{i}.html" for i in range(args.pages)]
    tmp = Path(tempfile.mkdtemp(prefix="crawl_bench_"))
    settings = bench_settings(args.concurrency, tmp / "bench.duckdb")
    asyncio.run(bare_httpx(urls[:50], args.concurrency))  # warm up both paths once
    asyncio.run(fetch_pages(urls[:50], settings))

    best = {"bare": float("inf"), "ours": float("inf")}
    for r in range(args.rounds):
        for name in (("bare", "ours") if r % 2 == 0 else ("ours", "bare")):
            started = time.perf_counter()
            if name == "bare":
                bodies = asyncio.run(bare_httpx(urls, args.concurrency))
                assert len(bodies) == args.pages and all(len(b) == len(BODY) for b in bodies)
            else:
                pages = asyncio.run(fetch_pages(urls, settings))
                failed = [p.error_reason for p in pages if not p.ok]
                assert not failed, f"{len(failed)} failures, e.g. {failed[:3]}"
            best[name] = min(best[name], time.perf_counter() - started)
            del name
    bare_rate = args.pages / best["bare"]
    our_rate = args.pages / best["ours"]
    print(f"pages: {args.pages}, concurrency: {args.concurrency}, body: {len(BODY) / 1024:.1f} KB, "
          f"best of {args.rounds} rounds")
    print(f"bare httpx.AsyncClient loop: {bare_rate:8.0f} pages/s")
    print(f"flows.fetch.fetch_pages:     {our_rate:8.0f} pages/s")
    print(f"ratio (ours / bare): {our_rate / bare_rate:.2f}   (target >= 0.80)")

    if args.pipeline:
        from flows.fetch import fetch_batch
        from flows.pipeline import process_pages, store_batch
        from warehouse import Warehouse

        warehouse = Warehouse(settings.db_path)
        warehouse.init()
        process_pages(fetch_batch(urls[:1], settings))  # the extractor's one-off warm-up is not throughput
        started = time.perf_counter()
        for i in range(0, args.pages, settings.batch_size):
            store_batch(warehouse, process_pages(fetch_batch(urls[i:i + settings.batch_size], settings)))
        elapsed = time.perf_counter() - started
        print(f"fetch+clean+extract+store (no Prefect): {args.pages / elapsed:6.0f} pages/s "
              f"({warehouse.counts()['articles']} articles stored)")

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process: {peak_mb:.0f} MB   (target < 500 MB)")
    server.terminate()
    return 0


if __name__ == "__main__":
    sys.exit(main())
