"""The browse app: a Starlette application over a read-only warehouse (see docs/browse.md).

Each request opens its own read-only connection and closes it before answering, so a crawl can take the
write lock between two requests. While a crawl holds it, a request waits a moment (``lock_wait``) and
then reads the published read copy (``<db>.read.duckdb``) when there is one, saying so on the page.

Security: the server binds 127.0.0.1 unless told otherwise; requests whose Host header is not an allowed
name are refused (DNS rebinding); every response carries a Content-Security-Policy that allows only the
app's own scripts, styles and data; stored raw HTML is served as text, or rendered in a CSP sandbox with
no scripts and no network; the SQL box's queries run in a child process whose DuckDB has file and network
access off and its settings locked, so they read the warehouse's tables and views and nothing else.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import shutil
import tempfile
import threading
import time
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from flows.browse import pages
from warehouse import browse
from warehouse.browse_index import BrowseIndex
from warehouse.errors import WarehouseError, WarehouseLocked
from warehouse.store import Warehouse

log = logging.getLogger(__name__)

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
# Stored pages rendered: their own inline styles and data: images, nothing else (no script, no request).
RAW_CSP = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:"
SECURITY_HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
                    "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY",
                    "Cross-Origin-Opener-Policy": "same-origin", "Cache-Control": "no-store"}
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
SQL_MAX_ROWS = 1000
# A query of the SQL box is interrupted after this long: its read connection would keep a crawl's writer out.
SQL_TIMEOUT = 30.0
# Queries of the SQL box running at once (each in a process of its own: warehouse/sandbox.py); more wait.
SQL_SLOTS = 2
MEDIA = {"csv": ("text/csv", "events.csv"), "acled": ("text/csv", "events_acled.csv"),
         "parquet": ("application/vnd.apache.parquet", "events.parquet"),
         "geojson": ("application/geo+json", "events.geojson")}
_STATIC = {"browse.css": "text/css", "map.js": "text/javascript"}
_WORLD = Path(browse.__file__).with_name("data") / "world_110m.geojson"


class Db:
    """How the app reads: the warehouse read-only, or its read copy while a crawl writes."""

    def __init__(self, path: str | Path, *, snapshot: bool = False, lock_wait: float = 2.0):
        self.warehouse = Warehouse(path, lock_timeout=lock_wait)
        self.snapshot = snapshot

    @contextlib.contextmanager
    def reader(self) -> Iterator[tuple[object, str | None]]:
        """``(connection, notice)``: the notice says when the page comes from the read copy."""
        wh = self.warehouse
        use_copy = self.snapshot
        if not use_copy:
            try:
                ctx = wh.reader()
                con = ctx.__enter__()
            except WarehouseLocked:
                if not wh.snapshot_path.exists():
                    raise WarehouseError(
                        f"{wh.path} is being written by a crawl right now and there is no read copy: reload in "
                        "a moment, or publish one (`conflict-events snapshot`) and start browse with "
                        "--snapshot") from None
                use_copy = True
            else:
                try:
                    yield con, None
                finally:
                    ctx.__exit__(None, None, None)
                return
        with wh.reader(snapshot=True) as con:
            yield con, self._copy_notice()

    def _copy_notice(self) -> str:
        wh = self.warehouse
        stamp = dt.datetime.fromtimestamp(wh.snapshot_path.stat().st_mtime).strftime("%Y-%m-%d %H:%M:%S")
        return f"reading the read copy published {stamp} ({wh.snapshot_path.name})"

    def sandboxed(self, query: str, timeout: float = SQL_TIMEOUT):
        """``(SandboxResult, notice)``: a query of the SQL box, in a child process that can read the
        warehouse (or, while a crawl holds it, its read copy) and no other file (warehouse/sandbox.py)."""
        from warehouse.sandbox import QueryTimeout, run_sandboxed

        wh = self.warehouse
        paths = [wh.snapshot_path] if self.snapshot else [wh.path, wh.snapshot_path]
        try:
            result = run_sandboxed(paths, query, lock_wait=wh.lock_timeout, timeout=timeout, max_rows=SQL_MAX_ROWS)
        except QueryTimeout as exc:
            raise WarehouseError(f"query interrupted after {timeout:.0f} s: the SQL box holds the warehouse "
                                 "open while it runs, which keeps crawls from writing; use `conflict-events "
                                 "sql` for long queries") from exc
        except WarehouseLocked:
            raise WarehouseError(
                f"{wh.path} is being written by a crawl right now and there is no read copy: reload in "
                "a moment, or publish one (`conflict-events snapshot`) and start browse with "
                "--snapshot") from None
        return result, (self._copy_notice() if result.path == wh.snapshot_path else None)


def _args(request: Request) -> dict[str, str]:
    return {k: v for k, v in request.query_params.items() if v.strip()}


def _html(text: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(text, status_code=status)


def _page_args(args: dict) -> tuple[str, str, int, int]:
    try:
        page, per_page = int(args.get("page", 1)), int(args.get("per_page", 50))
    except ValueError:
        raise WarehouseError("page and per_page are whole numbers") from None
    return args.get("sort", "date"), args.get("order", "desc"), page, per_page


def create_app(db_path: str | Path, *, snapshot: bool = False, allowed_hosts: list[str] | None = None,
               lock_wait: float = 2.0, refresh: float = 5.0, sql_box: bool = True) -> Starlette:
    """The ASGI application. ``allowed_hosts``: Host header names accepted (loopback names by default);
    ``refresh``: seconds between checks whether the warehouse changed (then the index is rebuilt);
    ``sql_box``: False turns the SQL page off (its queries run in a child process that reads the
    warehouse's tables and views only: warehouse/sandbox.py)."""
    db = Db(db_path, snapshot=snapshot, lock_wait=lock_wait)
    sql_slots = threading.BoundedSemaphore(SQL_SLOTS)
    index = BrowseIndex(db_path, snapshot=snapshot, refresh=refresh, lock_wait=max(lock_wait, 5.0))

    def events(request: Request) -> Response:
        args = _args(request)
        notice = None
        try:
            flt = browse.EventFilter.parse(args)
            sort, order, page, per_page = _page_args(args)
            with index.cursor() as con:
                t0 = time.perf_counter()
                result = browse.events_page(con, flt, sort=sort, order=order, page=page, per_page=per_page)
                log.debug("events page in %.0f ms", 1000 * (time.perf_counter() - t0))
            notice = index.notice()
        except WarehouseError as exc:
            return _html(pages.events_page(None, args, str(exc), notice), 400)
        return _html(pages.events_page(result, args, None, notice))

    def map_view(request: Request) -> Response:
        args = _args(request)
        try:
            browse.EventFilter.parse(args)
        except WarehouseError as exc:
            return _html(pages.map_page(args, str(exc), None), 400)
        return _html(pages.map_page(args, None, None))

    def points(request: Request) -> Response:
        try:
            flt = browse.EventFilter.parse(_args(request))
            with index.cursor() as con:
                data = browse.map_points(con, flt)
        except WarehouseError as exc:
            return JSONResponse({"error": str(exc)}, status_code=400)
        return JSONResponse({**data, "notice": index.notice()})

    def incident(request: Request) -> Response:
        iid = request.path_params["incident_id"]
        notice = None
        try:
            with db.reader() as (con, notice):
                rows = browse.incident(con, iid)
        except WarehouseError as exc:
            return _html(pages.incident_page(iid, None, str(exc), notice), 404)
        return _html(pages.incident_page(iid, rows, None, notice))

    def article(request: Request) -> Response:
        notice = None
        try:
            with db.reader() as (con, notice):
                art = browse.article(con, request.path_params["doc_id"])
        except WarehouseError as exc:
            return _html(pages.article_page(None, str(exc), notice), 404)
        return _html(pages.article_page(art, None, notice))

    def raw(request: Request) -> Response:
        try:
            with db.reader() as (con, _notice):
                body, encoding = browse.raw_body(con, request.path_params["content_hash"])
        except WarehouseError as exc:
            return _html(pages.layout("Raw HTML", "", error=str(exc)), 404)
        charset = encoding or "utf-8"
        if request.query_params.get("view") == "rendered":
            return Response(body, media_type=f"text/html; charset={charset}", headers={"X-Raw-Csp": "1"})
        return Response(body, media_type=f"text/plain; charset={charset}")

    def sources(request: Request) -> Response:
        notice = None
        try:
            with db.reader() as (con, notice):
                health = browse.sources_health(con)
        except WarehouseError as exc:
            return _html(pages.sources_page(None, str(exc), notice), 400)
        return _html(pages.sources_page(health, None, notice))

    def sql(request: Request) -> Response:
        from warehouse.sql import READ_STATEMENTS, statement_kinds

        query = request.query_params.get("q", "").strip()
        if not sql_box:
            return _html(pages.sql_page(query, [], [], 0, None, "the SQL box is turned off (browse --no-sql)",
                                        None), 403)
        if not query:
            return _html(pages.sql_page("SELECT event_type, count(*) AS events FROM events GROUP BY 1 "
                                        "ORDER BY 2 DESC", [], [], 0, None, None, None))
        notice = None
        try:
            kinds = statement_kinds(query)
            writes = sorted({k for k in kinds if k not in READ_STATEMENTS})
            if writes:
                raise WarehouseError(f"refusing {', '.join(writes)}: the SQL box is read-only "
                                     "(SELECT, EXPLAIN, PRAGMA, CALL)")
            if not sql_slots.acquire(timeout=SQL_TIMEOUT):
                raise WarehouseError(f"the SQL box is busy ({SQL_SLOTS} queries running): try again in a moment")
            try:
                result, notice = db.sandboxed(query)
            finally:
                sql_slots.release()
        except WarehouseError as exc:
            return _html(pages.sql_page(query, [], [], 0, None, str(exc), notice), 400)
        frame = result.frame
        return _html(pages.sql_page(query, frame.columns, frame.rows(), frame.height, result.total, None,
                                    notice))

    def download(request: Request) -> Response:
        from warehouse.export import export

        fmt = request.path_params["fmt"]
        args = _args(request)
        try:
            if fmt not in MEDIA:
                raise WarehouseError(f"unknown download format {fmt!r}: use {', '.join(MEDIA)}")
            flt = browse.EventFilter.parse(args)
            with index.cursor() as con:
                browse.check_values(con, flt)
            tmp = Path(tempfile.mkdtemp(prefix="conflict-events-browse-"))
            media, name = MEDIA[fmt]
            options = dict(selection=browse.selection_sql(flt), per="incident" if fmt == "acled" else "report",
                           single_file=True,
                           overwrite=True)
            try:
                try:
                    export(db.warehouse, fmt, tmp / name, snapshot=db.snapshot, **options)
                except WarehouseLocked:  # a crawl holds the file: the read copy, when there is one
                    if db.snapshot or not db.warehouse.snapshot_path.exists():
                        raise WarehouseError("a crawl is writing the warehouse right now and there is no read "
                                             "copy: try again in a moment, or publish one with "
                                             "`conflict-events snapshot`") from None
                    export(db.warehouse, fmt, tmp / name, snapshot=True, **options)
            except BaseException:
                shutil.rmtree(tmp, ignore_errors=True)
                raise
        except WarehouseError as exc:
            return _html(pages.events_page(None, args, str(exc), None), 400)
        return FileResponse(tmp / name, media_type=media, filename=name,
                            background=BackgroundTask(shutil.rmtree, tmp, ignore_errors=True))

    def static(request: Request) -> Response:
        name = request.path_params["name"]
        if name == "world.json":
            return FileResponse(_WORLD, media_type="application/json")
        if name not in _STATIC:
            return Response("not found", status_code=404, media_type="text/plain")
        text = resources.files("flows.browse").joinpath("static", name).read_bytes()
        return Response(text, media_type=_STATIC[name])

    routes = [
        Route("/", lambda request: RedirectResponse("/events")),
        Route("/favicon.ico", lambda request: Response(status_code=204)),
        Route("/events", events), Route("/map", map_view), Route("/api/points", points),
        Route("/incident/{incident_id:path}", incident), Route("/article/{doc_id}", article),
        Route("/raw/{content_hash}", raw), Route("/sources", sources), Route("/sql", sql),
        Route("/download/{fmt}", download), Route("/static/{name}", static),
    ]
    hosts = list(allowed_hosts or LOOPBACK_HOSTS)

    @contextlib.asynccontextmanager
    async def lifespan(app):
        index.start()  # build the copy while the user opens the browser; the first page waits for it
        yield
        index.close()

    app = Starlette(routes=routes, middleware=[Middleware(SecurityHeaders),
                                               Middleware(HostAllowList, allowed=hosts)],
                    exception_handlers={Exception: _internal_error, 404: _not_found}, lifespan=lifespan)
    app.state.index = index
    return app


def host_name(header: str) -> str:
    """The name in a Host header, without the port: ``[::1]:8765`` -> ``::1``, ``Localhost:80`` -> ``localhost``."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class HostAllowList:
    """ASGI middleware: refuse requests whose Host header is not an allowed name (DNS rebinding)."""

    def __init__(self, app, allowed: list[str]):
        self.app = app
        self.allowed = {host_name(h) for h in allowed}

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            host = dict(scope["headers"]).get(b"host", b"").decode("latin-1")
            if host_name(host) not in self.allowed:
                response = Response(f"Invalid host header {host!r}: this server answers only for "
                                    f"{', '.join(sorted(self.allowed))} (browse --allow-host NAME adds one)",
                                    status_code=400, media_type="text/plain")
                return await response(scope, receive, send)
        await self.app(scope, receive, send)


class SecurityHeaders:
    """ASGI middleware: the security headers on every response (the raw-HTML view gets its sandbox CSP)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"x-raw-csp"]
                raw_page = len(headers) != len(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                for key, value in SECURITY_HEADERS.items():
                    if key == "Content-Security-Policy" and raw_page:
                        value = RAW_CSP
                    if key.lower().encode() not in names:
                        headers.append((key.lower().encode(), value.encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


async def _not_found(request: Request, exc: Exception) -> Response:
    return _html(pages.layout("Not found", "", error=f"no page at {request.url.path}"), 404)


async def _internal_error(request: Request, exc: Exception) -> Response:
    log.exception("browse: %s failed", request.url.path)
    response = _html(pages.layout("Error", "", error=f"internal error ({type(exc).__name__}): the server log "
                                                     "has the details"), 500)
    response.headers.update(SECURITY_HEADERS)
    return response
