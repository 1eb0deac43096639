"""`conflict-events export`: events as Parquet, CSV, ACLED-style CSV or GeoJSON."""

from __future__ import annotations

import click

from flows.cli.common import db_option, friendly_errors, settings_from

FORMATS = ["parquet", "csv", "acled", "geojson"]


@click.command()
@click.argument("fmt", metavar="FORMAT", type=click.Choice(FORMATS))
@click.option("--output", "-o", required=True, type=click.Path(),
              help="File to write (for parquet: a directory, partitioned month=YYYY-MM/country=ISO3).")
@db_option
@click.option("--country", default=None, help="Only this country (ISO 3166 alpha-3, e.g. SYR).")
@click.option("--from", "start", default=None, help="First event date, YYYY-MM-DD (inclusive).")
@click.option("--to", "end", default=None, help="Last event date, YYYY-MM-DD (inclusive).")
@click.option("--reports", is_flag=True,
              help="One row per coded report (table events) instead of per real-world event (events_dedup).")
@click.option("--overwrite", is_flag=True, help="Replace OUTPUT if it exists.")
@click.option("--snapshot", is_flag=True, help="Export from the published read copy (never waits for a crawl).")
@friendly_errors
def export(fmt: str, output: str, db_path: str | None, country: str | None, start: str | None,
           end: str | None, reports: bool, overwrite: bool, snapshot: bool) -> None:
    """Export events in FORMAT: parquet, csv, acled (ACLED's column layout) or geojson.

    \b
    Examples:
      conflict-events export parquet --output events_parquet/
      conflict-events export acled --country SYR --from 2024-01-01 --to 2024-06-30 --output syr.csv
      conflict-events export geojson --output events.geojson
    """
    from warehouse import Warehouse
    from warehouse.export import export as run_export

    if reports and fmt == "acled":
        raise click.UsageError("acled rows are real-world events: --reports does not apply")
    count = run_export(Warehouse(settings_from(db_path=db_path).db_path), fmt, output, country=country,
                       start=start, end=end, dedup=not reports, overwrite=overwrite, snapshot=snapshot)
    click.echo(f"wrote {count} {'reports' if reports else 'events'} to {output}", err=True)


def register(group: click.Group) -> None:
    group.add_command(export)
