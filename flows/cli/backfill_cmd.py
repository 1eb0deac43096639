"""`conflict-events backfill warc|urls|wayback` and `conflict-events reextract` (see docs/backfill.md)."""

from __future__ import annotations

import json

import click

from flows.cli.common import (
    db_option,
    flow_command,
    friendly_errors,
    gate_options,
    nothing_fetched,
    progress_option,
    settings_from,
)


def _common(func):
    """Options every backfill shares: where to write, batch size, where the CPU work runs, resume."""
    options = [
        db_option,
        click.option("--batch-size", type=int, default=None,
                     help="Pages per batch (one Prefect task and one transaction each) [default 200]."),
        click.option("--workers", type=int, default=None, help="Worker processes [default: all cores]."),
        click.option("--runner", type=click.Choice(["process", "dask", "thread"]), default="process",
                     show_default=True, help="Where batches are extracted: a process pool, a local Dask "
                     "cluster, or threads."),
        click.option("--dask-address", default=None, metavar="tcp://HOST:8786",
                     help="Run batches on an existing Dask cluster (its workers need conflict-events)."),
        click.option("--restart", is_flag=True, help="Ignore saved progress and start over (stored pages "
                     "are still upserted, never duplicated)."),
        click.option("--max-batches", type=int, default=None,
                     help="Stop after this many stored batches (a trial run; rerun to resume)."),
        click.option("--source-id", default=None, help="Record this source id on the stored pages."),
        progress_option,
        click.option("--json", "as_json", is_flag=True, help="Print the final report as JSON."),
        click.option("--recluster/--no-recluster", "do_recluster", default=True, show_default=True,
                     help="Link the new events with other sources' reports of the same incidents at the end "
                     "(compares only the new events' neighbourhood)."),
    ]
    for option in reversed(options):
        func = option(func)
    return gate_options(func)


def _run(flow_name: str, args: tuple, *, db_path, batch_size, workers, runner, dask_address, restart,
         max_batches, source_id, progress, as_json, do_recluster, **settings_overrides) -> None:
    settings = settings_from(db_path=db_path, batch_size=batch_size, progress=progress, **settings_overrides)
    with flow_command():
        from flows.backfill import flows as bf

        flow_fn = getattr(bf, flow_name)
        result = bf.run_flow(flow_fn, *args, settings, runner=runner, workers=workers,
                             dask_address=dask_address, max_batches=max_batches, restart=restart,
                             source_id=source_id, do_recluster=do_recluster)
    _print_report(result, as_json)


def _print_report(result: dict, as_json: bool) -> None:
    from flows.backfill.runner import BackfillReport

    report = BackfillReport.from_dict(result)
    if as_json:
        click.echo(json.dumps(result, indent=2, default=str))
    else:
        click.echo(report.summary(), err=True)
    if report.nothing_read:
        nothing_fetched(report.nothing_read_reason())


@click.group()
def backfill() -> None:
    """Load archives into the warehouse: WARC files, URL lists, the Wayback Machine.

    Every backfill is resumable: progress is checkpointed in the warehouse after each stored batch, so
    rerunning an interrupted command continues where it stopped, and a page already stored (by a crawl
    or another backfill) is stored once.

    Exit status: 0 when the backfill ran (failures are counted in the report), 3 when nothing could
    be fetched or read (every page failed, or every WARC record was corrupt), 1 on an error (no such
    file, a pattern that matches nothing, warehouse locked), 130 when interrupted (Ctrl-C; rerun to
    resume).
    """


@backfill.command("warc")
@click.argument("paths", nargs=-1, required=True)
@_common
@friendly_errors
def warc_cmd(paths: tuple[str, ...], **opts) -> None:
    """Backfill WARC / WARC.gz files (files, directories or glob patterns; CC-NEWS works as is).

    \b
    Example:
      conflict-events backfill warc 'cc-news/CC-NEWS-2024*.warc.gz' --db events.duckdb
    """
    from flows.backfill import expand_paths

    expand_paths(paths)  # a pattern that matches nothing stops here, before Prefect starts
    _run("backfill_warc_flow", (list(paths),), **opts)


@backfill.command("urls")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@_common
@click.option("--allow-private", is_flag=True, default=None,
              help="Allow URLs on loopback/private addresses (off by default: SSRF guard).")
@friendly_errors
def urls_cmd(file: str, allow_private: bool | None, **opts) -> None:
    """Fetch and store a list of URLs: one a line, optionally 'URL<TAB>YYYY-MM-DD' or CSV 'url,date'.

    Fetching follows the crawler's rules (robots.txt, per-host politeness, SSRF guard).
    """
    _run("backfill_urls_flow", (file,), allow_private=allow_private, **opts)


@backfill.command("wayback")
@click.option("--domain", required=True, help="Site to backfill, e.g. example.com (all its URLs).")
@click.option("--from", "month_from", required=True, metavar="YYYY-MM", help="First month.")
@click.option("--to", "month_to", required=True, metavar="YYYY-MM", help="Last month.")
@click.option("--wayback-url", default=None,
              help="Wayback Machine base URL [env CONFLICT_EVENTS_WAYBACK_URL; default https://web.archive.org].")
@click.option("--allow-private", is_flag=True, default=None, help="Allow a Wayback mirror on a private address.")
@_common
@friendly_errors
def wayback_cmd(domain: str, month_from: str, month_to: str, wayback_url: str | None,
                allow_private: bool | None, **opts) -> None:
    """Store a domain's archived pages from the Wayback Machine (CDX listing, original bytes).

    \b
    Example:
      conflict-events backfill wayback --domain example.com --from 2024-01 --to 2024-03
    """
    from flows.backfill.wayback import WaybackError, cdx_month

    for value in (month_from, month_to):
        try:
            cdx_month(value)
        except ValueError as exc:
            raise click.BadParameter(str(exc)) from exc
    try:
        _run("backfill_wayback_flow", (domain, month_from, month_to), wayback_url=wayback_url,
             allow_private=allow_private, **opts)
    except WaybackError as exc:
        raise click.ClickException(f"{exc}; progress so far is saved, rerun to resume") from exc


@click.command()
@click.option("--all", "all_docs", is_flag=True, help="Re-extract every stored article.")
@click.option("--older-than-version", "older", is_flag=True,
              help="Only articles whose extractor_version differs from the current one. This is what "
              "runs when --all is not given; the flag only makes it explicit.")
@db_option
@click.option("--batch-size", type=int, default=None, help="Articles per batch [default 200].")
@click.option("--workers", type=int, default=None, help="Worker processes [default: all cores].")
@click.option("--runner", type=click.Choice(["process", "dask", "thread"]), default="process", show_default=True,
              help="Where articles are re-extracted: a process pool, a local Dask cluster, or threads.")
@click.option("--dask-address", default=None, metavar="tcp://HOST:8786", help="Use an existing Dask cluster.")
@progress_option
@click.option("--json", "as_json", is_flag=True, help="Print the final report as JSON.")
@click.option("--recluster/--no-recluster", "do_recluster", default=True, show_default=True,
              help="Recompute event clusters for the re-extracted events at the end.")
@click.option("--gate-off", is_flag=True, help="Clean and extract every page the relevance gate rejected, "
              "without the gate (their stored raw HTML; nothing is refetched).")
@friendly_errors
def reextract(all_docs: bool, older: bool, db_path, batch_size, workers, runner, dask_address, progress,
              as_json, do_recluster, gate_off) -> None:
    """Re-run the current extractors over stored raw HTML, without refetching.

    Each article's events are replaced atomically and articles.extractor_version updated. Without
    --all, only articles from another extractor version are processed, so an interrupted run resumes.
    Pages the relevance gate rejected are judged again when another gate version rejected them (all of
    them with --all), or cleaned and extracted without the gate with --gate-off.
    """
    if all_docs and older:
        raise click.UsageError("choose --all or --older-than-version, not both")
    settings = settings_from(db_path=db_path, batch_size=batch_size, progress=progress)
    if not settings.db_path.exists():
        raise click.ClickException(f"no warehouse at {settings.db_path}")
    with flow_command():
        from flows.backfill.flows import run_flow
        from flows.reextract import reextract_flow

        result = run_flow(reextract_flow, settings, runner=runner, workers=workers, dask_address=dask_address,
                          all_docs=all_docs, gate_off=gate_off, do_recluster=do_recluster)
    _print_report(result, as_json)


def register(group: click.Group) -> None:
    group.add_command(backfill)
    group.add_command(reextract)


__all__ = ["backfill", "reextract", "register"]
