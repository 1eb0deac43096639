"""Fetch a crawl's pages in a background thread and hand them over as each one completes.

One ``Fetcher`` serves the whole fetch phase, so robots.txt is read once per origin and per-host
delays (``Crawl-delay``) hold from the first page to the last, not per batch. A page that is slow or
being retried holds only its own slot: pages that finished meanwhile are handed over at once, and the
caller stores them in its next batch (``PageStream.batches``), so a 60 s timeout never holds back 199
finished pages.

Memory and loss are bounded by ``window``: at most that many pages are in flight or fetched but not
yet taken by the caller. A crash loses at most the batch being stored plus ``window`` pages.
"""

from __future__ import annotations

import asyncio
import queue
import threading
import time
from collections.abc import Iterator

from extractors.records import Page
from flows.fetch import Fetcher, Politeness
from flows.settings import Settings

__all__ = ["PageStream"]

_END = object()


class PageStream:
    """``with PageStream(items, settings) as stream: for batch in stream.batches(200, 5.0): ...``

    ``items`` are ``(url, date hint, source id)``. Batches come in completion order.
    """

    def __init__(self, items: list[tuple[str, str | None, str | None]], settings: Settings, *,
                 resolve: dict[str, str] | None = None, politeness: Politeness | None = None,
                 window: int | None = None, on_page=None):
        self.items = items
        self.settings = settings
        self.resolve = resolve
        self.politeness = politeness or Politeness()
        self.window = max(1, window or settings.batch_size)
        self.on_page = on_page  # called in the fetch thread per finished page (a progress bar)
        self._pages: queue.Queue = queue.Queue()
        self._stop = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._budget: asyncio.Semaphore | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="page-stream", daemon=True)

    def __enter__(self) -> PageStream:
        self._thread.start()
        self._ready.wait()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    # -- the consumer side ---------------------------------------------------------------------------
    def batches(self, size: int, max_wait: float) -> Iterator[list[Page]]:
        """Lists of up to ``size`` pages; a batch is cut early once its first page waited ``max_wait`` s."""
        size = max(1, size)
        batch: list[Page] = []
        first_at = 0.0
        while True:
            timeout = None if not batch else max(0.0, first_at + max_wait - time.monotonic())
            try:
                item = self._pages.get(timeout=timeout)
            except queue.Empty:
                item = None
            if item is _END:
                if self._error is not None:
                    raise self._error
                if batch:
                    self._taken(len(batch))
                    yield batch
                return
            if item is not None:
                if not batch:
                    first_at = time.monotonic()
                batch.append(item)
            if batch and (len(batch) >= size or time.monotonic() - first_at >= max_wait):
                self._taken(len(batch))
                yield batch
                batch = []

    def _taken(self, n: int) -> None:
        """The caller took ``n`` pages: the fetcher may start ``n`` more (it fetches while we store)."""
        loop, budget = self._loop, self._budget
        if loop is None or budget is None:
            return
        try:
            for _ in range(n):
                loop.call_soon_threadsafe(budget.release)
        except RuntimeError:  # the fetch loop already ended
            pass

    # -- the fetching side (its own thread and event loop) -------------------------------------------
    def _run(self) -> None:
        try:
            asyncio.run(self._main())
        except BaseException as exc:  # noqa: BLE001 (handed to the consumer's thread)
            self._error = exc
        finally:
            self._ready.set()
            self._pages.put(_END)

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._budget = asyncio.Semaphore(self.window)
        self._ready.set()
        work = asyncio.ensure_future(self._fetch_all())
        while not work.done():
            await asyncio.wait({work}, timeout=0.2)
            if self._stop.is_set() and not work.done():
                work.cancel()
                try:
                    await work
                except asyncio.CancelledError:
                    pass
                return
        work.result()

    async def _fetch_all(self) -> None:
        running: set[asyncio.Task] = set()
        async with Fetcher(self.settings, resolve=self.resolve, politeness=self.politeness) as fetcher:
            try:
                for url, hint, source_id in self.items:
                    await self._budget.acquire()
                    task = asyncio.ensure_future(self._one(fetcher, url, hint, source_id))
                    running.add(task)
                    task.add_done_callback(running.discard)
                if running:
                    await asyncio.gather(*running)
            finally:
                for task in list(running):
                    task.cancel()

    async def _one(self, fetcher: Fetcher, url: str, hint: str | None, source_id: str | None) -> None:
        page = await fetcher.fetch(url, source_id=source_id, hint=hint)
        self._pages.put(page)
        if self.on_page is not None:
            self.on_page(page)
