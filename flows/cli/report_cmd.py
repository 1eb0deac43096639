"""`conflict-events report`: a self-contained HTML report that opens offline."""

from __future__ import annotations

import click

from flows.cli.common import db_option, friendly_errors, settings_from
from flows.cli.output import binary_output, is_stdout


@click.command()
@click.option("--output", "-o", default="report.html", show_default=True,
              type=click.Path(dir_okay=False, allow_dash=True), help="HTML file to write ('-': standard output).")
@db_option
@click.option("--country", default=None,
              help="Only this country: an ISO 3166 code or a name (SYR, Syria); an unknown one is an error.")
@click.option("--from", "start", default=None, help="First event date, YYYY-MM-DD (inclusive).")
@click.option("--to", "end", default=None, help="Last event date, YYYY-MM-DD (inclusive).")
@click.option("--title", default=None, help="Report title (default: 'Conflict events: <country>').")
@click.option("--snapshot", is_flag=True, help="Read the published read copy (never waits for a crawl).")
@friendly_errors
def report(output: str, db_path: str | None, country: str | None, start: str | None, end: str | None,
           title: str | None, snapshot: bool) -> None:
    """Write an HTML report: incidents over time, a map, the incident list, top actors, types and sources.

    Counts are of incidents (real-world events), each told by one or more reports (one article's
    event record each); the report card also gives the number of reports.

    The file embeds its data, map and script: it opens offline and can be shared as one file.
    Clicking a map point shows its incidents; the incident list filters by text, type and fatalities.

    \b
    Examples:
      conflict-events report --country Syria --from 2024-01-01 --to 2024-06-30 --output syria.html
      conflict-events report --country NGA --output - > nigeria.html
    """
    from warehouse import Warehouse
    from warehouse.report import write_report

    warehouse = Warehouse(settings_from(db_path=db_path).db_path)
    options = dict(country=country, start=start, end=end, title=title, snapshot=snapshot)
    if is_stdout(output):
        with binary_output(output) as out:
            n = write_report(warehouse, out, **options)
        click.echo(f"wrote the report ({n} incidents) to standard output", err=True)
    else:
        n = write_report(warehouse, output, **options)
        click.echo(f"wrote {output} ({n} incidents)", err=True)


def register(group: click.Group) -> None:
    group.add_command(report)
