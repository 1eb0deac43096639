"""`conflict-events sql`: ad-hoc, read-only SQL over the warehouse."""

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
@friendly_errors
def sql(query: str, db_path: str | None, fmt: str, output: str | None, max_rows: int) -> None:
    """Run a read-only SQL QUERY against the warehouse and print the result.

    \b
    Examples:
      conflict-events sql "SELECT event_type, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC"
      conflict-events sql "SELECT * FROM events" --format csv --output events.csv
    """
    import polars as pl

    from warehouse import Warehouse

    frame = Warehouse(settings_from(db_path=db_path).db_path).query(query)
    if fmt == "parquet":
        if not output:
            raise click.UsageError("--format parquet needs --output FILE")
        frame.write_parquet(output)
    elif fmt == "csv":
        frame.write_csv(output) if output else sys.stdout.write(frame.write_csv())
    elif fmt == "json":
        frame.write_ndjson(output) if output else sys.stdout.write(frame.write_ndjson())
    else:
        with pl.Config(tbl_rows=max_rows, tbl_cols=-1, fmt_str_lengths=80, tbl_hide_dataframe_shape=True):
            text = str(frame)
        if output:
            with open(output, "w", encoding="utf-8") as fh:
                fh.write(text + "\n")
        else:
            click.echo(text)
            click.echo(f"({frame.height} rows)")
    if output:
        click.echo(f"wrote {frame.height} rows to {output}", err=True)


def register(group: click.Group) -> None:
    group.add_command(sql)
