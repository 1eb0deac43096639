"""`conflict-events browse`: the local web app over the warehouse (flows/browse, docs/browse.md)."""

from __future__ import annotations

import socket
import sys

import click

from flows.cli.common import EXIT_ERROR, db_option, friendly_errors, settings_from

LOOPBACK = ("127.0.0.1", "localhost", "::1")


@click.command()
@db_option
@click.option("--port", "-p", type=click.IntRange(0, 65535), default=8765, show_default=True,
              help="TCP port to listen on (0: any free port).")
@click.option("--host", "-H", default="127.0.0.1", show_default=True,
              help="Address to bind. Anything but loopback exposes the warehouse to the network: a warning says so.")
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME",
              help="Also accept requests for this Host header name (repeatable). Loopback names and the --host "
                   "address are always accepted; others are refused, against DNS rebinding.")
@click.option("--snapshot", is_flag=True,
              help="Read the published read copy (<db>.read.duckdb) only: never waits for a running crawl.")
@click.option("--no-sql", "no_sql", is_flag=True,
              help="Turn the SQL box off. Its queries read only the warehouse's tables and views (file and "
                   "network access are off), but anyone who reaches the server can run them: advised with --host.")
@friendly_errors
def browse(db_path: str | None, port: int, host: str, allow_hosts: tuple[str, ...], snapshot: bool,
           no_sql: bool) -> None:
    """Browse, filter and verify events in a local web app: events with facets, a map, incidents,
    articles with the evidence highlighted, crawl health, a read-only SQL box and downloads.

    Read-only, and it works while a crawl or backfill writes: the events page, facets and map read a
    private copy of the events (made at start, refreshed in the background when the warehouse
    changes); the other pages open the warehouse read-only per request and, while a crawl holds it,
    read the published read copy (`conflict-events snapshot`) when there is one. Every asset is
    served by the app (no CDN, no internet). Pages: docs/browse.md. Stop it with Ctrl-C.

    \b
    Examples:
      conflict-events browse                      # http://127.0.0.1:8765/
      conflict-events browse --db events.duckdb --port 9000
      conflict-events browse --host 0.0.0.0 --allow-host analyst-box.lan   # warns: reachable from the network
    """
    import uvicorn

    from flows.browse.app import LOOPBACK_HOSTS, create_app
    from warehouse.errors import WarehouseError

    path = settings_from(db_path=db_path).db_path
    target = path.with_name(path.stem + ".read" + (path.suffix or ".duckdb")) if snapshot else path
    if not target.exists():
        raise WarehouseError(f"no warehouse at {target}: run `conflict-events demo` or a crawl first"
                             + (" (or publish a read copy with `conflict-events snapshot`)" if snapshot else ""))
    hosts = [*LOOPBACK_HOSTS, host, *allow_hosts]
    sock = _listen(host, port)  # bound first, so that --port 0 prints the port it got
    port = sock.getsockname()[1]
    if host not in LOOPBACK:
        click.secho(f"warning: binding {host}: anyone who can reach this machine on port {port} can read the "
                    "whole warehouse (no authentication)" + ("" if no_sql else ", and run any read-only query "
                    "on it in the SQL box (add --no-sql)") + ". Use the default 127.0.0.1 unless you mean it.",
                    fg="yellow", err=True)
    app = create_app(path, snapshot=snapshot, allowed_hosts=hosts, sql_box=not no_sql)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"browsing {target} at http://{shown}:{port}/ (read-only; Ctrl-C stops)", err=True)
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", server_header=False,
                            proxy_headers=False)
    uvicorn.Server(config).run(sockets=[sock])


def _listen(host: str, port: int) -> socket.socket:
    """A TCP socket bound to ``host``:``port`` (0: a free port), as uvicorn binds one (IPv6 for an address
    with a colon); a port already taken is a one-line error and exit status 1."""
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM,
                         socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        click.echo(f"error: cannot listen on {host} port {port}: {exc.strerror or exc} (--port 0 takes any "
                   "free port)", err=True)
        sys.exit(EXIT_ERROR)
    sock.set_inheritable(True)
    return sock


def register(group: click.Group) -> None:
    group.add_command(browse)
