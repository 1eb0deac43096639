"""Scheduled crawls: one Prefect deployment per schedule group of the ``sources`` table.

``build_deployments`` makes ``crawl_flow.to_deployment(...)`` objects (one per group, each with its own
interval or cron, at most one run at a time); ``serve_crawls`` hands them to ``prefect.serve``, which
keeps running and starts flow runs on schedule against whatever Prefect API is configured (a local
``prefect server start`` or Prefect Cloud, see docs/crawling.md).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging

from flows.settings import Settings
from flows.sources import list_sources
from warehouse import Warehouse
from warehouse.errors import WarehouseError

__all__ = ["ScheduleError", "parse_schedule", "build_deployments", "serve_api_url", "serve_crawls"]

log = logging.getLogger(__name__)


class ScheduleError(WarehouseError):
    """A schedule spec is invalid or there is nothing to schedule; the message says what to fix."""


def parse_schedule(spec: str) -> dict:
    """``"3600"``, ``"15m"``, ``"6h"``, ``"1d"`` -> interval; five cron fields -> cron."""
    spec = spec.strip()
    if len(spec.split()) == 5:
        return {"cron": spec}
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    try:
        seconds = float(spec[:-1]) * units[spec[-1]] if spec[-1:] in units else float(spec)
    except (ValueError, KeyError):
        raise ScheduleError(f"schedule {spec!r}: use seconds, 15m, 6h, 1d or a 5-field cron "
                            "expression like '0 */6 * * *'") from None
    if seconds < 60:
        raise ScheduleError(f"schedule {spec!r}: crawl at most once a minute")
    return {"interval": dt.timedelta(seconds=seconds)}


def build_deployments(settings: Settings, schedules: dict[str, str] | None = None,
                      default: str = "1h") -> list:
    """One deployment per enabled schedule group; ``schedules`` maps group -> spec (else ``default``)."""
    from prefect.deployments.runner import EntrypointType

    from flows.crawl import crawl_flow

    groups = sorted({s.schedule_group for s in list_sources(Warehouse(settings.db_path), enabled_only=True)})
    if not groups:
        raise ScheduleError(f"no enabled sources in {settings.db_path}: add some with "
                            "`conflict-events sources add URL` or `sources import FILE`")
    params = {k: (str(v) if k == "db_path" else v) for k, v in dataclasses.asdict(settings).items()}
    params["progress"] = False
    deployments = []
    for group in groups:
        schedule = parse_schedule((schedules or {}).get(group, default))
        deployments.append(crawl_flow.to_deployment(
            name=f"crawl-{group}", **schedule, concurrency_limit=1,  # never two runs of a group at once
            parameters={"settings": params, "group": group, "label": group, "scheduled": True},
            description=f"Crawl the '{group}' sources of {settings.db_path}",
            tags=["conflict-events", f"group:{group}"], enforce_parameter_schema=False,
            entrypoint_type=EntrypointType.MODULE_PATH))
    return deployments


def serve_api_url() -> str:
    """The API ``serve`` uses: a configured one, else the local server of ``conflict-events server``.

    Never a temporary server: its schedules would die with this process and never fire again.
    """
    from flows.prefect_api import configured_api_url, local_server

    url = configured_api_url()
    if url:
        return url
    server = local_server()
    if server is None:
        raise ScheduleError("serve needs a running Prefect API: run `conflict-events server start` (or set "
                            "PREFECT_API_URL, or `prefect cloud login`)")
    return server.url


def _finish_stale_runs(deployment_ids: list) -> int:
    """Runs of these deployments still "Running" (or about to) when serving starts were left by a serve
    process that died: mark them Crashed, so they stop holding the one-run slot of their group."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (
        FlowRunFilter,
        FlowRunFilterDeploymentId,
        FlowRunFilterState,
        FlowRunFilterStateType,
    )
    from prefect.client.schemas.objects import StateType
    from prefect.states import Crashed

    live = [StateType.RUNNING, StateType.PENDING, StateType.CANCELLING]
    with get_client(sync_client=True) as client:
        runs = client.read_flow_runs(flow_run_filter=FlowRunFilter(
            deployment_id=FlowRunFilterDeploymentId(any_=deployment_ids),
            state=FlowRunFilterState(type=FlowRunFilterStateType(any_=live))))
        for run in runs:
            client.set_flow_run_state(run.id, Crashed(message="the serve process running it stopped"),
                                      force=True)
    return len(runs)


def serve_crawls(settings: Settings, schedules: dict[str, str] | None = None, default: str = "1h") -> None:
    """Serve the deployments until interrupted. Ctrl-C stops like SIGTERM does: the runs in progress are
    cancelled (so they never stay "Running" and block their group's slot) and the schedules paused.

    Only one ``serve`` per warehouse (``<db>.serve.lock``): at start, runs that an earlier serve left
    behind (killed, crashed machine) are marked Crashed.
    """
    import asyncio
    import signal

    from flows.crawl import crawl_lock
    from flows.lifecycle import interrupts
    from flows.prefect_api import use_api

    with use_api(serve_api_url()), crawl_lock(settings.db_path, "serve"), interrupts():
        from prefect.runner import Runner

        deployments = build_deployments(settings, schedules, default)
        runner = Runner(pause_on_shutdown=True)
        ids = [runner.add_deployment(d) for d in deployments]
        stale = _finish_stale_runs(ids)
        if stale:
            log.warning("marked %d run(s) left behind by an earlier serve as Crashed", stale)

        def on_sigint(signum, frame) -> None:
            from flows.lifecycle import _interrupted

            _interrupted.set()
            if not runner.started or runner.stopping:
                raise KeyboardInterrupt("interrupted")
            runner.handle_sigterm()  # graceful: cancel runs in progress, stop polling, pause schedules

        signal.signal(signal.SIGINT, on_sigint)
        asyncio.run(runner.start())
