"""Scheduled crawls: one Prefect deployment per schedule group of the ``sources`` table.

``build_deployments`` makes ``crawl_flow.to_deployment(...)`` objects (one per group, each with its own
interval or cron, at most one run at a time); ``serve_crawls`` hands them to ``prefect.serve``, which
keeps running and starts flow runs on schedule against whatever Prefect API is configured (a local
``prefect server start`` or Prefect Cloud, see docs/crawling.md).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from flows.settings import Settings
from flows.sources import list_sources
from warehouse import Warehouse
from warehouse.errors import WarehouseError

__all__ = ["ScheduleError", "parse_schedule", "build_deployments", "serve_crawls"]


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
            parameters={"settings": params, "group": group, "label": group},
            description=f"Crawl the '{group}' sources of {settings.db_path}",
            tags=["conflict-events", f"group:{group}"], enforce_parameter_schema=False,
            entrypoint_type=EntrypointType.MODULE_PATH))
    return deployments


def serve_crawls(settings: Settings, schedules: dict[str, str] | None = None, default: str = "1h") -> None:
    """Serve the deployments until interrupted (Ctrl-C pauses their schedules)."""
    from prefect import serve
    from prefect.settings import get_current_settings

    deployments = build_deployments(settings, schedules, default)
    if not get_current_settings().api.url:
        # Without a configured API, Prefect would start a temporary server that never fires schedules.
        raise ScheduleError("serve needs a running Prefect API: start `prefect server start --host 127.0.0.1` "
                            "and set PREFECT_API_URL=http://127.0.0.1:4200/api, or run `prefect cloud login`")
    serve(*deployments)
