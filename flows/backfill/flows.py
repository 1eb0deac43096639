"""Prefect flows for the backfills, with coarse batch-level tasks.

The flow body (this process) reads the archive, fetches, and is the only process that opens the
warehouse; every stored batch is one ``store-batch`` task run (one transaction plus its checkpoint).
Decoding, cleaning and extraction (pure CPU) run elsewhere, chosen by ``runner``:

* ``process`` (default): a plain process pool, one process per core (see ``batch_workers``);
* ``dask`` / ``dask_address="tcp://scheduler:8786"``: the ``extract-batch`` task on a local or existing
  Dask cluster through prefect-dask (workers need conflict-events and the Prefect API, docs/backfill.md);
* ``thread`` / ``dask-threads``: threads in this process (tests, debugging).
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import functools
import logging
import multiprocessing as mp
import os
from collections.abc import Callable
from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from extractors.records import Page
from flows.backfill import jobs
from flows.backfill.runner import BackfillReport
from flows.backfill.units import process_work
from flows.lifecycle import stop_children, worker_init
from flows.pipeline import Batch, events_mark, recluster
from flows.runinfo import publish_summary
from flows.settings import Settings
from warehouse import Warehouse


class PageBatch:
    """Pages of one task, in an opaque box: Prefect walks lists and dataclasses among task arguments
    looking for futures (hundreds of pages each time), but leaves plain objects alone."""

    __slots__ = ("pages",)

    def __init__(self, pages: list[Page]):
        self.pages = pages

    def __getstate__(self):
        return self.pages

    def __setstate__(self, state):
        self.pages = state


@task(name="extract-batch", cache_policy=NO_CACHE, persist_result=False)
def extract_batch(batch: PageBatch) -> Batch:
    """Read (work units), decode, clean and extract one batch (hundreds of pages) in a worker."""
    return process_work(batch.pages)


def _submit(pages: list[Page]):
    return extract_batch.submit(PageBatch(pages))


class _Work:
    """An opaque thunk for the store task (Prefect leaves plain objects among arguments alone)."""

    __slots__ = ("fn",)

    def __init__(self, fn):
        self.fn = fn


@task(name="store-batch", cache_policy=NO_CACHE, persist_result=False, task_run_name="store-batch-{number}")
def store_batch_task(work: _Work, number: int) -> None:
    """Write one batch (one transaction) and its checkpoint, in the flow's process."""
    work.fn()


def _commit(store, number: int) -> None:
    store_batch_task(_Work(store), number)


@contextlib.contextmanager
def batch_workers(runner: str = "process", workers: int | None = None):
    """Yield the ``submit`` function that sends a batch of pages to the CPU workers.

    ``process``: a plain process pool running ``process_pages``. Prefect's ProcessPoolTaskRunner would
    run Prefect's task engine in every worker (each worker then needs the API and ships a state back per
    batch) for no gain in what is tracked: Prefect records the per-batch ``store-batch`` task instead.
    Other runners (Dask, threads) submit the ``extract-batch`` task to the flow's task runner.
    """
    if runner != "process":
        yield _submit
        return
    # Workers ignore the terminal's Ctrl-C (this process stops them) and exit if this process dies.
    context = _worker_context()
    pool = cf.ProcessPoolExecutor(workers or os.cpu_count() or 1, mp_context=context,
                                  initializer=worker_init, initargs=(os.getpid(),))
    try:
        yield lambda work: pool.submit(process_work, work)
    except BaseException:
        # Interrupted or failed: do not wait for the batches in the workers (seconds each), stop them.
        pool.shutdown(wait=False, cancel_futures=True)
        stop_children()
        _stop_fork_server(context)
        raise
    pool.shutdown(wait=True)
    _stop_fork_server(context)


WARM_WORKERS_ENV = "CONFLICT_EVENTS_WARM_WORKERS"  # "0": spawn every worker cold, as before


def _worker_context():
    """How pool workers start: forked from a fork server that warmed up once (``flows.backfill.warmup``:
    imports, the gate's and the English extractor's patterns, spaCy, the language model), so N workers pay
    the seconds of start-up once rather than N times; ``spawn`` where there is no fork server (Windows)
    or with ``CONFLICT_EVENTS_WARM_WORKERS=0``."""
    if os.environ.get(WARM_WORKERS_ENV, "1").strip().lower() in ("0", "false", "no", "off") \
            or "forkserver" not in mp.get_all_start_methods():
        return mp.get_context("spawn")
    context = mp.get_context("forkserver")
    context.set_forkserver_preload(["flows.backfill.warmup"])
    return context


def _stop_fork_server(context) -> None:
    """End the pool's fork server with the pool: the next pool (another run) warms up a fresh one, with
    the code and settings of its time, and no idle process is left behind."""
    if context.get_start_method() != "forkserver":
        return
    from multiprocessing import forkserver

    stop = getattr(forkserver._forkserver, "_stop", None)  # noqa: SLF001 - no public way to stop it
    if stop is not None:
        stop()


def make_task_runner(runner: str = "process", workers: int | None = None, dask_address: str | None = None):
    """The Prefect task runner for the CPU part of a backfill."""
    workers = workers or os.cpu_count() or 1
    if dask_address or runner.startswith("dask"):
        # distributed logs every worker and client event at INFO; keep the terminal for the progress bar
        if not logging.getLogger("distributed").isEnabledFor(logging.DEBUG):
            logging.getLogger("distributed").setLevel(logging.WARNING)
    if dask_address:
        from prefect_dask import DaskTaskRunner

        return DaskTaskRunner(address=dask_address)
    if runner == "dask":
        from prefect_dask import DaskTaskRunner

        return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1,
                                              "processes": True, "dashboard_address": None})
    if runner == "dask-threads":  # one process, no pickling: tests
        from prefect_dask import DaskTaskRunner

        return DaskTaskRunner(cluster_kwargs={"n_workers": 1, "threads_per_worker": workers,
                                              "processes": False, "dashboard_address": None})
    if runner == "thread":
        from prefect.task_runners import ThreadPoolTaskRunner

        return ThreadPoolTaskRunner(max_workers=workers)
    raise ValueError(f"unknown runner {runner!r}: process, dask, dask-threads or thread")


def run_job(job: Callable[..., BackfillReport], settings: Settings, *, runner: str, workers: int | None,
            do_recluster: bool) -> dict:
    """Run ``job(submit=..., commit=...)`` on the chosen workers, then link its new events into clusters.

    Only the events stored by this run and their neighbours are compared (see ``pipeline.recluster``).
    The report goes to the Prefect UI too: the run's logs and a markdown artifact.
    """
    mark = events_mark(Warehouse(settings.db_path))
    with batch_workers(runner, workers) as submit:
        report = job(submit=submit, commit=_commit)
    if do_recluster and report.events:
        recluster(Warehouse(settings.db_path), after=mark)
    from prefect.runtime import flow_run

    publish_summary(flow_run.name or report.job, flow_run.name or report.job, report.summary())
    return report.as_dict()


def run_label(job: str, *args) -> str:
    """What a run does, for its name in the Prefect UI: the job, its files or domain, and counts."""
    if job == "warc":
        files = jobs.expand_paths(args[0])
        size = sum(f.stat().st_size for f in files)
        amount = f"{size / 1e6:.0f} MB" if size >= 1e6 else f"{size / 1e3:.0f} kB"
        first = files[0].name if files else "nothing"
        return (f"{first} ({amount})" if len(files) == 1 else f"{len(files)} files from {first} ({amount})")
    if job == "urls":
        from flows.backfill.urls import count_lines

        return f"{Path(args[0]).name} ({count_lines(args[0])} lines)"
    if job == "wayback":
        domain, month_from, month_to = args[:3]
        return f"{domain} {month_from}..{month_to}"
    if job == "reextract":
        from extractors import EXTRACTOR_VERSION
        from flows.reextract import select_doc_ids

        settings, all_docs = args
        ids, _ = select_doc_ids(Warehouse(settings.db_path), all_docs=all_docs)
        return f"{'all' if all_docs else 'not ' + EXTRACTOR_VERSION} ({len(ids)} articles)"
    return job


@flow(name="backfill-warc", flow_run_name="backfill-warc: {label}", validate_parameters=False)
def backfill_warc_flow(paths: list[str], settings: Settings, max_inflight: int = 4,
                       max_batches: int | None = None, restart: bool = False, source_id: str | None = None,
                       do_recluster: bool = True, runner: str = "process", workers: int | None = None,
                       label: str = "warc") -> dict:
    """Backfill WARC / WARC.gz files (CC-NEWS included) into the warehouse."""
    job = functools.partial(jobs.backfill_warc, paths, settings, max_inflight=max_inflight,
                            max_batches=max_batches, restart=restart, source_id=source_id)
    return run_job(job, settings, runner=runner, workers=workers, do_recluster=do_recluster)


@flow(name="backfill-urls", flow_run_name="backfill-urls: {label}", validate_parameters=False)
def backfill_urls_flow(path: str, settings: Settings, max_inflight: int = 4, max_batches: int | None = None,
                       restart: bool = False, source_id: str | None = None, do_recluster: bool = True,
                       runner: str = "process", workers: int | None = None, label: str = "urls") -> dict:
    """Fetch a list of URLs (optionally dated) and store them."""
    job = functools.partial(jobs.backfill_urls, path, settings, max_inflight=max_inflight,
                            max_batches=max_batches, restart=restart, source_id=source_id)
    return run_job(job, settings, runner=runner, workers=workers, do_recluster=do_recluster)


@flow(name="backfill-wayback", flow_run_name="backfill-wayback: {label}", validate_parameters=False)
def backfill_wayback_flow(domain: str, month_from: str, month_to: str, settings: Settings,
                          max_inflight: int = 4, max_batches: int | None = None, restart: bool = False,
                          source_id: str | None = None, do_recluster: bool = True,
                          runner: str = "process", workers: int | None = None, label: str = "wayback") -> dict:
    """Store a domain's archived pages from the Wayback Machine for a month range."""
    job = functools.partial(jobs.backfill_wayback, domain, month_from, month_to, settings, max_inflight=max_inflight,
                            max_batches=max_batches, restart=restart, source_id=source_id)
    return run_job(job, settings, runner=runner, workers=workers, do_recluster=do_recluster)


def api_for_workers():
    """Make worker processes report to this process's Prefect API.

    With no API configured, Prefect would start a temporary server in the flow's process without
    telling subprocesses about it, so every Dask worker would start its own (~15-50 s each). The
    command's API (``flows.prefect_api.command_api``: configured, local server, or a temporary one
    that dies with this process) is exported in the environment instead.
    """
    from flows.prefect_api import command_api

    return command_api()


def run_flow(flow_fn, *args, runner: str = "process", workers: int | None = None,
             dask_address: str | None = None, **kwargs) -> dict:
    """Call a backfill flow with the chosen task runner (the CLI's entry point)."""
    if dask_address and runner == "process":
        runner = "dask"
    workers = workers or os.cpu_count() or 1
    kwargs.setdefault("max_inflight", 2 * workers + 1)
    job = flow_fn.name.removeprefix("backfill-")
    kwargs.setdefault("label", run_label(job, *args, *([kwargs.get("all_docs", False)] if job == "reextract" else [])))
    if runner == "process":  # plain pool: workers never talk to Prefect
        return flow_fn(*args, runner=runner, workers=workers, **kwargs)
    task_runner = make_task_runner(runner, workers, dask_address)
    with api_for_workers():
        return flow_fn.with_options(task_runner=task_runner)(*args, runner=runner, workers=workers, **kwargs)
