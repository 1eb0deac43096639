"""`conflict-events sql`: ad-hoc SQL over the warehouse, read-only unless --write."""

from __future__ import annotations

import sys

import click

from flows.cli.common import db_option, friendly_errors, settings_from

FORMATS = ["table", "csv", "json", "parquet"]


@click.command()
@click.argument("query")
@db_option
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="Output format. parquet needs --output.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None,
              help="Write to this file instead of standard output.")
@click.option("--max-rows", type=int, default=50, show_default=True, help="Rows shown in table format.")
@click.option("--write", is_flag=True, help="Allow statements that change the warehouse (INSERT, DELETE, DROP...).")
@click.option("--snapshot", is_flag=True,
              help="Read the published read copy (<db>.read.duckdb): never waits for a running crawl.")
@click.option("--publish-snapshot", is_flag=True,
              help="Publish a fresh read copy first (waits for the write lock), then run QUERY on it.")
@click.option("--wait", type=float, default=30.0, show_default=True,
              help="Seconds to wait while a crawl holds the warehouse's write lock.")
@friendly_errors
def sql(query: str, db_path: str | None, fmt: str, output: str | None, max_rows: int, write: bool,
        snapshot: bool, publish_snapshot: bool, wait: float) -> None:
    """Run a SQL QUERY against the warehouse and print the result.

    Read-only by default: statements that would change data are refused unless --write is
    given. While a crawl writes, the query waits for a gap between its write batches (--wait),
    or reads the published snapshot (--snapshot). Views: events_dedup, daily_counts,
    monthly_counts, actor_dyads, source_coverage, crawl_failures, crawl_daily (docs/warehouse.md).

    \b
    Examples:
      conflict-events sql "SELECT event_type, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC"
      conflict-events sql "SELECT * FROM monthly_counts WHERE country = 'SYR'" --snapshot
      conflict-events sql "SELECT * FROM events" --format csv --output events.csv
      conflict-events sql --write "DELETE FROM events WHERE extractor_version = 'old'"
    """
    import polars as pl

    from warehouse import Warehouse
    from warehouse.sql import run_sql

    warehouse = Warehouse(settings_from(db_path=db_path).db_path, lock_timeout=wait)
    if publish_snapshot:
        click.echo(f"published {warehouse.snapshot()}", err=True)
        snapshot = True
    frame = run_sql(warehouse, query, write=write, snapshot=snapshot)
    if fmt == "parquet":
        if not output:
            raise click.UsageError("--format parquet needs --output FILE")
        frame.write_parquet(output)
    elif fmt == "csv":
        frame.write_csv(output) if output else sys.stdout.write(frame.write_csv())
    elif fmt == "json":
        frame.write_ndjson(output) if output else sys.stdout.write(frame.write_ndjson())
    else:
        # Rows stay on one line each (like psql), rather than squeezed into many-line cells.
        with pl.Config(tbl_rows=max_rows, tbl_cols=-1, fmt_str_lengths=60, tbl_hide_dataframe_shape=True,
                       tbl_width_chars=30_000, tbl_hide_column_data_types=True,
                       tbl_formatting="ASCII_MARKDOWN"):
            text = str(frame)
        if output:
            with open(output, "w", encoding="utf-8") as fh:
                fh.write(text + "\n")
        else:
            click.echo(text)
            click.echo(f"({frame.height} rows)")
    if output:
        click.echo(f"wrote {frame.height} rows to {output}", err=True)


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
