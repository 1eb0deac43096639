"""`conflict-events export`: events as Parquet, CSV, ACLED-style CSV or GeoJSON."""

from __future__ import annotations

import click

from flows.cli.common import db_option, friendly_errors, settings_from
from flows.cli.output import binary_output, echo_written, is_stdout

FORMATS = ["parquet", "csv", "acled", "geojson"]


@click.command()
@click.argument("fmt", metavar="FORMAT", type=click.Choice(FORMATS))
@click.option("--output", "-o", required=True, type=click.Path(allow_dash=True),
              help="File to write, '-' for standard output (parquet: a directory, partitioned "
                   "month=YYYY-MM/country=ISO3).")
@db_option
@click.option("--country", default=None,
              help="Only this country: an ISO 3166 code or a name (SYR, Syria); an unknown one is an error.")
@click.option("--from", "start", default=None, help="First event date, YYYY-MM-DD (inclusive).")
@click.option("--to", "end", default=None, help="Last event date, YYYY-MM-DD (inclusive).")
@click.option("--per", "per", type=click.Choice(["incident", "report"]), default="incident", show_default=True,
              help="One row per incident (the real-world event, view incidents; ACLED's source lists its "
                   "outlets) or per report (one article's event record, table events).")
@click.option("--reports", is_flag=True, help="Same as --per report.")
@click.option("--overwrite", is_flag=True, help="Replace OUTPUT if it exists.")
@click.option("--snapshot", is_flag=True, help="Export from the published read copy (never waits for a crawl).")
@friendly_errors
def export(fmt: str, output: str, db_path: str | None, country: str | None, start: str | None,
           end: str | None, per: str, reports: bool, overwrite: bool, snapshot: bool) -> None:
    """Export events in FORMAT: parquet, csv, acled (ACLED's column layout) or geojson.

    A report is one article's event record; an incident is the real-world event, told by one or more
    reports (linked by cluster_id). Rows are incidents unless --per report.

    \b
    Examples:
      conflict-events export parquet --output events_parquet/
      conflict-events export acled --country SYR --from 2024-01-01 --to 2024-06-30 --output syr.csv
      conflict-events export geojson --output events.geojson
      conflict-events export acled --per report --output reports.csv
      conflict-events export csv --country SYR --output - | head
    """
    from warehouse import Warehouse
    from warehouse.export import export as run_export

    per = "report" if reports else per
    warehouse = Warehouse(settings_from(db_path=db_path).db_path)
    options = dict(country=country, start=start, end=end, per=per, overwrite=overwrite, snapshot=snapshot)
    if is_stdout(output):
        with binary_output(output) as out:
            count = run_export(warehouse, fmt, out, **options)
    else:
        count = run_export(warehouse, fmt, output, **options)
    echo_written(count, "reports" if per == "report" else "incidents", output)


def register(group: click.Group) -> None:
    group.add_command(export)
