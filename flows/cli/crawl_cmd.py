"""`conflict-events demo | crawl | status` (and, registered from here, `sources ...` and `serve`)."""

from __future__ import annotations

import os

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


def _print_summary(summary) -> None:
    click.echo(summary.render())


def _quiet_libraries() -> None:
    """trafilatura warns for every page without article text; the summary already counts those."""
    import logging

    ctx = click.get_current_context(silent=True)
    verbose = (ctx.find_root().obj or {}).get("verbose", 0) if ctx else 0
    if not verbose:
        logging.getLogger("trafilatura").setLevel(logging.ERROR)


@click.command()
@db_option
@progress_option
@friendly_errors
def demo(db_path: str | None, progress: bool | None) -> None:
    """Crawl the bundled fictional news site into the warehouse and print what landed.

    Serves three fictional outlets (RSS feeds, sitemaps, robots.txt, one broken page) on
    127.0.0.1, runs the real crawl flow against them, and prints pages fetched and failed
    (with reasons), reports and incidents by type and country, and a SQL query to try next. Running it
    again changes no row counts: pages already stored are skipped.

    \b
    Examples:
      conflict-events demo
      conflict-events demo --db /tmp/demo.duckdb
    """
    _quiet_libraries()
    settings = settings_from(db_path=db_path, progress=progress)
    with flow_command():
        from flows.demo import NEXT_QUERY, run_demo
        from warehouse import Warehouse

        summary = run_demo(settings)
    _print_summary(summary)
    wh = Warehouse(settings.db_path)
    frame = wh.query("SELECT event_type, coalesce(country, '?') AS country, count(*) AS n, "
                     "count(DISTINCT coalesce(cluster_id, event_id)) AS incidents FROM events "
                     "GROUP BY ALL ORDER BY n DESC, event_type, country")
    click.echo("in the warehouse by type and country (reports: articles' event records; incidents: "
               "the real-world events they tell of):")
    click.echo(f"  {'type':<28} {'':<4} reports incidents")
    for row in frame.iter_rows(named=True):
        click.echo(f"  {row['event_type']:<28} {row['country']:<4} {row['n']:>7} {row['incidents']:>9}")
    db_flag = f" --db {settings.db_path}" if db_path else ""
    # run.py says how it was started, so the hint is a command that works as printed.
    launcher = os.environ.get("CONFLICT_EVENTS_LAUNCHER", "conflict-events")
    click.echo(f'try next:\n  {launcher} sql{db_flag} "{NEXT_QUERY}"')


@click.command()
@click.argument("seed_urls", nargs=-1, metavar="SEED_URL...")
@db_option
@click.option("--group", default=None, help="With no SEED_URL: crawl only sources of this schedule group.")
@click.option("--max-pages", type=int, default=None, help="Fetch at most this many new pages.")
@click.option("--concurrency", type=int, default=None, help="Requests in flight at once [default 16].")
@click.option("--per-host", "per_host_concurrency", type=int, default=None,
              help="Requests in flight per host [default 4].")
@click.option("--delay", "per_host_delay", type=float, default=None,
              help="Seconds between requests to one host [default 0; robots.txt Crawl-delay wins if larger].")
@click.option("--allow-private", is_flag=True, default=None,
              help="Allow loopback/private addresses (refused by default to prevent SSRF).")
@click.option("--ignore-robots", is_flag=True, help="Do not read robots.txt (only for sites you run).")
@click.option("--user-agent", default=None, help="User-Agent header [env CONFLICT_EVENTS_USER_AGENT].")
@progress_option
@gate_options
@friendly_errors
def crawl(seed_urls: tuple[str, ...], db_path: str | None, group: str | None, max_pages: int | None,
          concurrency: int | None, per_host_concurrency: int | None, per_host_delay: float | None,
          allow_private: bool | None, ignore_robots: bool, user_agent: str | None, progress: bool | None,
          gate: bool | None, keep_gated_raw: bool | None) -> None:
    """Crawl feeds, sitemaps or pages and store their events.

    SEED_URL may be an RSS/Atom feed, a sitemap (index, Google News, .xml.gz) or an article
    page. Without SEED_URL, crawls the enabled sources stored with `conflict-events sources`.
    Pages already stored (or failed for good) are skipped; transient failures (timeouts,
    5xx, 429) are retried on the next run. Ctrl-C keeps every batch already written.

    Exit status: 0 when the crawl ran (pages that failed are listed in the summary), 3 when
    nothing could be fetched (every seed and page failed: DNS, refused, HTTP errors), 1 on an
    error (bad argument, warehouse locked), 130 when interrupted.

    \b
    Examples:
      conflict-events crawl https://example.org/rss.xml https://example.org/sitemap.xml
      conflict-events crawl --db events.duckdb --max-pages 500 --concurrency 32
      conflict-events crawl --group hourly          # stored sources of one schedule group
      conflict-events crawl http://127.0.0.1:8000/feed.xml --allow-private
    """
    _quiet_libraries()
    settings = settings_from(db_path=db_path, max_pages=max_pages, concurrency=concurrency,
                             per_host_concurrency=per_host_concurrency, per_host_delay=per_host_delay,
                             allow_private=allow_private, user_agent=user_agent,
                             respect_robots=False if ignore_robots else None,
                             progress=progress, gate=gate, keep_gated_raw=keep_gated_raw)
    if not seed_urls:
        from flows.sources import list_sources
        from warehouse import Warehouse

        if not list_sources(Warehouse(settings.db_path), group=group, enabled_only=True):
            where = f" in group {group!r}" if group else ""
            raise click.UsageError(f"nothing to crawl: give SEED_URLs, or add sources{where} to "
                                   f"{settings.db_path} with `conflict-events sources add URL`")
    with flow_command():
        from flows.crawl import crawl_flow

        summary = crawl_flow(list(seed_urls) or None, settings, group=group,
                             label="adhoc" if seed_urls else (group or "sources"))
    _print_summary(summary)
    if summary.nothing_fetched:
        nothing_fetched(summary.nothing_fetched_reason())


@click.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the status as JSON.")
@friendly_errors
def status(db_path: str | None, as_json: bool) -> None:
    """Show what the warehouse holds: rows per table, failures by reason, last fetch per source,
    reports and incidents by type, feeds and backfill checkpoints.

    \b
    Examples:
      conflict-events status
      conflict-events status --db events.duckdb --json
    """
    from flows.status import status_report, warehouse_status

    settings = settings_from(db_path=db_path)
    if as_json:
        import json

        click.echo(json.dumps(status_report(settings), indent=2, ensure_ascii=False))
    else:
        click.echo(warehouse_status(settings))


def register(group: click.Group) -> None:
    group.add_command(demo)
    group.add_command(crawl)
    group.add_command(status)
    from flows.cli import sources_cmd

    sources_cmd.register(group)
