"""Pool workers forked from a warmed-up fork server (issue 15): the warm-up runs, and can be turned off."""

from __future__ import annotations

import multiprocessing as mp

import pytest

from flows.backfill import flows


def test_warm_up_processes_its_sample_pages_without_an_error():
    from flows.backfill import warmup

    assert warmup.warm() is True


@pytest.mark.skipif("forkserver" not in mp.get_all_start_methods(), reason="no fork server here")
def test_workers_start_from_the_fork_server_unless_turned_off(monkeypatch):
    monkeypatch.delenv(flows.WARM_WORKERS_ENV, raising=False)
    assert flows._worker_context().get_start_method() == "forkserver"
    monkeypatch.setenv(flows.WARM_WORKERS_ENV, "0")
    assert flows._worker_context().get_start_method() == "spawn"


def test_a_warm_pool_processes_a_batch_and_leaves_no_server():
    from multiprocessing import forkserver

    from extractors.records import Page
    from flows.backfill.units import Job
    from flows.pipeline import Options

    page = Page(url="https://wire.example.org/a", fetched_at="2024-05-21T00:00:00+00:00", status=200,
                content_type="text/html", body=b"<html><head><title>Garden tips</title></head><body><p>"
                + b"Plant tomatoes in spring and water them in the morning, our readers say. " * 8
                + b"</p></body></html>")
    with flows.batch_workers("process", 1) as submit:
        batch = submit(Job([page], Options(gate=True))).result(timeout=300)
    assert len(batch.pages) == 1 and batch.gated == 1
    assert forkserver._forkserver._forkserver_pid is None  # stopped with its pool
