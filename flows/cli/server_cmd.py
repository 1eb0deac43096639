"""`conflict-events server start|stop|status`: a local Prefect server that flow commands reuse."""

from __future__ import annotations

import sys

import click

from flows.cli.common import friendly_errors


@click.group()
def server() -> None:
    """A local Prefect server (API and UI) that every flow command reuses.

    Without one, each crawl, backfill, reextract or demo starts a temporary Prefect server of its own
    (7-15 s before anything happens, announced on standard error). With one running, commands start
    in about a second and their runs stay visible in the UI. A PREFECT_API_URL you set (or Prefect
    Cloud after `prefect cloud login`) wins over both.

    \b
    Examples:
      conflict-events server start            # in the background; UI at http://127.0.0.1:4200
      conflict-events server status
      conflict-events server stop
    """


@server.command("start")
@click.option("--port", type=int, default=4200, show_default=True, help="Port on 127.0.0.1.")
@friendly_errors
def start(port: int) -> None:
    """Start the server in the background (it keeps running until `server stop`).

    Its state (pid, URL) is kept in $PREFECT_HOME/conflict-events-server.json, its log next to it.
    """
    from flows.prefect_api import start_server

    click.echo(f"starting a Prefect server on 127.0.0.1:{port} (10-20 s the first time)...", err=True)
    info, started = start_server(port)
    click.echo(f"{'started' if started else 'already running'}: {info.url} (UI {info.ui}, pid {info.pid}, "
               f"log {info.log})")


@server.command("stop")
@friendly_errors
def stop() -> None:
    """Stop the server started by `server start`."""
    from flows.prefect_api import stop_server

    info = stop_server()
    click.echo(f"stopped the Prefect server at {info.url} (pid {info.pid})" if info else
               "no server was running")


@server.command("status")
@friendly_errors
def status() -> None:
    """Say which Prefect API flow commands use now; exits 1 when none would be reused."""
    from flows.prefect_api import configured_api_url, local_server

    configured = configured_api_url()
    info = local_server()
    if configured:
        click.echo(f"configured: {configured} (PREFECT_API_URL or the Prefect profile); commands use it")
    elif info:
        click.echo(f"running: {info.url} (UI {info.ui}, pid {info.pid}); commands reuse it")
    else:
        click.echo("not running: each command starts a temporary Prefect server "
                   "(`conflict-events server start` to avoid that)")
        sys.exit(1)


def register(group: click.Group) -> None:
    group.add_command(server)
