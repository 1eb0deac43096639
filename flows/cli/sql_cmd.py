"""`conflict-events sql`: ad-hoc SQL over the warehouse, read-only unless --write."""

from __future__ import annotations

import click

from flows.cli.common import db_option, friendly_errors, settings_from
from flows.cli.output import FORMATS, echo_written, write_frame

_snapshot_option = click.option("--snapshot", is_flag=True,
                                help="Read the published read copy (<db>.read.duckdb): never waits for a crawl.")
_wait_option = click.option("--wait", type=float, default=30.0, show_default=True,
                            help="Seconds to wait while a crawl holds the warehouse's write lock.")


@click.command()
@click.argument("query")
@db_option
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="Output format: json is one array, ndjson one object per line; parquet needs --output.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, allow_dash=True), default=None,
              help="Write to this file instead of standard output ('-': standard output).")
@click.option("--max-rows", type=int, default=50, show_default=True, help="Rows shown in table format.")
@click.option("--max-width", type=int, default=60, show_default=True,
              help="Characters shown per cell in table format; 0 shows whole cells (evidence sentences).")
@click.option("--write", is_flag=True, help="Allow statements that change the warehouse (INSERT, DELETE, DROP...).")
@click.option("--snapshot", is_flag=True,
              help="Read the published read copy (<db>.read.duckdb): never waits for a running crawl.")
@click.option("--publish-snapshot", is_flag=True,
              help="Publish a fresh read copy first (waits for the write lock), then run QUERY on it.")
@click.option("--wait", type=float, default=30.0, show_default=True,
              help="Seconds to wait while a crawl holds the warehouse's write lock.")
@friendly_errors
def sql(query: str, db_path: str | None, fmt: str, output: str | None, max_rows: int, max_width: int,
        write: bool, snapshot: bool, publish_snapshot: bool, wait: float) -> None:
    """Run a SQL QUERY against the warehouse and print the result.

    Read-only by default: statements that would change data are refused unless --write is
    given. While a crawl writes, the query waits for a gap between its write batches (--wait),
    or reads the published snapshot (--snapshot). Table events has one row per report; views
    incidents, events_dedup and event_facts one per incident (one toll per incident in all three);
    daily_counts, monthly_counts and actor_dyads count incidents; source_coverage, crawl_failures,
    crawl_daily (docs/warehouse.md).

    \b
    Examples:
      conflict-events sql "SELECT event_type, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC"
      conflict-events sql "SELECT * FROM monthly_counts WHERE country = 'SYR'" --snapshot
      conflict-events sql "SELECT * FROM events" --format csv --output events.csv
      conflict-events sql "SELECT event_date, evidence FROM events" --max-width 0
      conflict-events sql "SELECT * FROM events_dedup" --format json | jq '.[0]'
      conflict-events sql --write "DELETE FROM events WHERE extractor_version = 'old'"
    """
    from warehouse import Warehouse
    from warehouse.sql import run_sql

    warehouse = Warehouse(settings_from(db_path=db_path).db_path, lock_timeout=wait)
    if publish_snapshot:
        click.echo(f"published {warehouse.snapshot()}", err=True)
        snapshot = True
    frame = run_sql(warehouse, query, write=write, snapshot=snapshot)
    write_frame(frame, fmt, output, max_rows=max_rows, max_width=max_width)
    echo_written(frame.height, "rows", output)


@click.command()
@db_option
@click.option("--counts", is_flag=True, help="Also count the rows of every table and view.")
@click.option("--no-views", is_flag=True, help="Tables only.")
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS[:-1]), default="table", show_default=True,
              help="Output format.")
@_snapshot_option
@_wait_option
@friendly_errors
def tables(db_path: str | None, counts: bool, no_views: bool, fmt: str, snapshot: bool, wait: float) -> None:
    """List the warehouse's tables and views, with their column counts (and rows with --counts).

    Every table and view is described in docs/warehouse.md; `schema` prints their definitions.

    \b
    Examples:
      conflict-events tables --counts
      conflict-events tables --format json
    """
    from warehouse import Warehouse
    from warehouse.sql import list_tables

    frame = list_tables(Warehouse(settings_from(db_path=db_path).db_path, lock_timeout=wait), counts=counts,
                        views=not no_views, snapshot=snapshot)
    write_frame(frame, fmt, None, max_rows=1000, max_width=0)


@click.command()
@click.argument("names", nargs=-1, metavar="[TABLE_OR_VIEW]...")
@db_option
@_snapshot_option
@_wait_option
@friendly_errors
def schema(names: tuple[str, ...], db_path: str | None, snapshot: bool, wait: float) -> None:
    """Print the CREATE statements of tables and views (all of them when none is named).

    \b
    Examples:
      conflict-events schema events
      conflict-events schema events_dedup daily_counts
    """
    from warehouse import Warehouse
    from warehouse.sql import schema_sql

    click.echo(schema_sql(Warehouse(settings_from(db_path=db_path).db_path, lock_timeout=wait), list(names),
                          snapshot=snapshot))


@click.command()
@db_option
@click.option("--wait", type=float, default=30.0, show_default=True,
              help="Seconds to wait while a crawl holds the warehouse's write lock.")
@friendly_errors
def snapshot(db_path: str | None, wait: float) -> None:
    """Publish a read copy of the warehouse (<db>.read.duckdb) for BI tools and notebooks.

    The copy is replaced atomically; readers of the copy never wait for a crawl. Once it exists,
    later crawls refresh it when it is over a minute old.

    \b
    Example:
      conflict-events snapshot && duckdb -readonly conflict_events.read.duckdb
    """
    from warehouse import Warehouse

    path = Warehouse(settings_from(db_path=db_path).db_path, lock_timeout=wait).snapshot()
    click.echo(f"published {path}")


def register(group: click.Group) -> None:
    group.add_command(sql)
    group.add_command(snapshot)
    group.add_command(tables)
    group.add_command(schema)
