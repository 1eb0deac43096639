"""The ``conflict-events`` command: a thin layer over the library. One module per command group."""

from __future__ import annotations

import importlib

import click

from flows.cli.common import prepare_environment

# Each module defines click commands and a ``register(group)`` function.
COMMAND_MODULES = [
    "flows.cli.crawl_cmd",
    "flows.cli.extract_cmd",
    "flows.cli.sql_cmd",
    "flows.cli.export_cmd",
    "flows.cli.report_cmd",
    "flows.cli.backfill_cmd",
    "flows.cli.eval_cmd",
    "flows.cli.server_cmd",
    "flows.cli.browse_cmd",
]


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="conflict-events")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for Prefect task logs).")
@click.pass_context
def main(ctx: click.Context, verbose: int) -> None:
    """Turn news into conflict-event data: crawl, clean, extract, store in DuckDB.

    Start with `conflict-events demo`, then query the result with `conflict-events sql`.
    A report is one article's event record (table events); an incident is the real-world event
    that one or more reports tell of (view incidents). Commands say which they count.
    Settings come from flags, then CONFLICT_EVENTS_* environment variables (for example
    CONFLICT_EVENTS_DB=/data/events.duckdb), then defaults.

    Flow commands (crawl, backfill, reextract, demo) reuse the local Prefect server of
    `conflict-events server start` when it runs; otherwise each starts a temporary one (7-15 s).

    \b
    Exit status:
      0    done (pages that failed are counted in the summary, not fatal)
      1    error: the one-line message names the problem and the fix
      2    bad usage (unknown option, missing argument)
      3    nothing could be fetched or read (crawl, backfill: every seed, page or record failed)
      130  interrupted (Ctrl-C): everything already stored is kept; rerun to resume
    """
    prepare_environment(verbose)
    ctx.ensure_object(dict)
    ctx.obj["verbose"] = verbose


for _name in COMMAND_MODULES:
    try:
        importlib.import_module(_name).register(main)
    except ModuleNotFoundError as exc:  # a command group still being written must not break the others
        if exc.name != _name:
            raise


def run() -> None:
    """The console entry point: ``main`` as a command, then a quick exit.

    A flow command leaves hundreds of megabytes of objects behind (the NLP model, the gazetteer,
    Prefect's clients); letting the interpreter free them one by one costs ~1 s after the summary is
    printed. Everything that matters at exit is done here first, in the order the interpreter itself
    uses: non-daemon threads are joined, then the ``atexit`` handlers run (Prefect drains its log and
    event services there; logging flushes), then the standard streams are flushed. Warehouse
    connections are closed by the commands themselves. Only then does the process end with
    ``os._exit``, skipping the teardown of the heap.
    """
    import atexit
    import os
    import sys
    import threading

    try:
        main.main(prog_name="conflict-events")
        code = 0
    except SystemExit as exc:
        code = exc.code
    if code is None:
        code = 0
    elif not isinstance(code, int):  # sys.exit("message"): print it as the interpreter would
        print(code, file=sys.stderr)
        code = 1
    try:
        for thread in threading.enumerate():
            if thread is not threading.current_thread() and not thread.daemon:
                thread.join()
        atexit._run_exitfuncs()
    except KeyboardInterrupt:  # a second Ctrl-C while stopping: stop now, as interrupted
        code = 130
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (`| head`) or stream
            pass
    os._exit(code)
