"""HTML of the browse app's pages, server-rendered: every value escaped, no inline script or style
(the app's Content-Security-Policy forbids both), and every page works without JavaScript except the map."""

from __future__ import annotations

import html
from urllib.parse import quote, urlencode

from warehouse.browse import FACETS, SORTS
from warehouse.countries import country_name

NAV = (("/events", "Events"), ("/map", "Map"), ("/sources", "Sources"), ("/sql", "SQL"))
FILTER_FIELDS = (  # name, label, input type, placeholder
    ("country", "Country", "text", "Syria or SYR"), ("admin1", "Admin1", "text", "Aleppo"),
    ("type", "Type", "text", "battles"), ("sub_type", "Sub-type", "text", "Armed clash"),
    ("actor", "Actor", "text", "part of a name"), ("from", "From", "date", ""), ("to", "To", "date", ""),
    ("min_fatalities", "Fatalities ≥", "number", ""), ("max_fatalities", "Fatalities ≤", "number", ""),
    ("language", "Language", "text", "en"), ("source", "Source", "text", "outlet name"),
    ("q", "Evidence text", "text", "words in the sentence"),
)
DOWNLOADS = (("csv", "CSV"), ("parquet", "Parquet"), ("acled", "ACLED CSV"), ("geojson", "GeoJSON"))


def e(value) -> str:
    return "" if value is None else html.escape(str(value))


def qs(args: dict, **changes) -> str:
    merged = {**args, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "")})


def layout(title: str, body: str, *, active: str = "", notice: str | None = None, error: str | None = None,
           script: str | None = None, body_attrs: str = "") -> str:
    nav = "".join(f'<a href="{href}"{" class=active" if href == active else ""}>{label}</a>'
                  for href, label in NAV)
    parts = [f'<div class="notice" role="status">{e(notice)}</div>' if notice else "",
             f'<div class="error" role="alert" id="error">{e(error)}</div>' if error else ""]
    js = f'<script src="/static/{script}"></script>' if script else ""
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{e(title)} · conflict-events'
            '</title><meta name="viewport" content="width=device-width, initial-scale=1">'
            '<link rel="stylesheet" href="/static/browse.css"></head>'
            f'<body{body_attrs}><header><b>conflict-events</b><nav>{nav}</nav></header><main>'
            f'<h1>{e(title)}</h1>{"".join(parts)}{body}</main>{js}</body></html>')


def table(rows: list[dict], columns: list[str] | None = None, *, cls: str = "") -> str:
    if not rows:
        return '<p class="empty">nothing to show</p>'
    columns = columns or list(rows[0])
    head = "".join(f"<th>{e(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{e(r.get(c))}</td>" for c in columns) + "</tr>" for r in rows)
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def filter_form(args: dict, action: str = "/events") -> str:
    fields = []
    for name, label, kind, placeholder in FILTER_FIELDS:
        fields.append(f'<label>{e(label)}<input type="{kind}" name="{name}" value="{e(args.get(name))}" '
                      f'placeholder="{e(placeholder)}"></label>')
    hidden = "".join(f'<input type="hidden" name="{k}" value="{e(args[k])}">'
                     for k in ("incident", "doc", "point", "sort", "order", "per_page") if args.get(k))
    return (f'<form class="filters" method="get" action="{action}" id="filters">{"".join(fields)}{hidden}'
            f'<button type="submit">Filter</button><a href="{action}">reset</a></form>')


def active_filters(args: dict, base: str = "/events") -> str:
    chips = []
    for k, v in args.items():
        if k in ("sort", "order", "page", "per_page") or not v:
            continue
        chips.append(f'<a class="chip" href="{base}?{e(qs(args, **{k: None}, page=None))}" '
                     f'title="remove this filter">{e(k)}: {e(v)} ×</a>')
    return f'<p class="chips">{"".join(chips)}</p>' if chips else ""


def facets(result: dict, args: dict) -> str:
    out = []
    for name, values in result["facets"].items():
        if not values:
            continue
        items = []
        for value, n in values:
            label = f"{country_name(value)} ({value})" if name == "country" else value
            chosen = str(args.get(name, "")).lower() == str(value).lower()
            href = qs(args, **{name: None if chosen else value}, page=None)
            items.append(f'<li{" class=chosen" if chosen else ""}><a href="/events?{e(href)}" '
                         f'data-facet="{name}" data-value="{e(value)}">{e(label)}</a> <span>{n:,}</span></li>')
        out.append(f'<section class="facet"><h3>{e(FACETS[name][1])}</h3><ul>{"".join(items)}</ul></section>')
    return f'<aside class="facets">{"".join(out)}</aside>'


def _sort_header(label: str, key: str | None, args: dict, result: dict) -> str:
    if key is None:
        return f"<th>{e(label)}</th>"
    current = result["sort"] == key
    order = "asc" if current and result["order"] == "desc" else "desc"
    arrow = (" ▼" if result["order"] == "desc" else " ▲") if current else ""
    return f'<th><a href="/events?{e(qs(args, sort=key, order=order, page=None))}">{e(label)}{arrow}</a></th>'


def events_table(result: dict, args: dict) -> str:
    heads = [("date", "date"), ("type", "type"), ("sub-type", None), ("actors", None), ("country", "country"),
             ("admin1", "admin1"), ("location", None), ("fatalities", "fatalities"), ("lang", None),
             ("source", None), ("evidence", None)]
    head = "".join(_sort_header(label, key if key in SORTS else None, args, result) for label, key in heads)
    rows = []
    for r in result["rows"]:
        actors = " vs ".join(a for a in (r["actor1"], r["actor2"]) if a)
        evidence = r["evidence"] or ""
        short = evidence if len(evidence) <= 160 else evidence[:157] + "…"
        rows.append(
            f'<tr data-event="{e(r["event_id"])}">'
            f'<td><a href="/incident/{quote(r["incident"], safe="")}" title="all reports of this incident">'
            f'{e(r["event_date"])}</a></td><td>{e(r["event_type"])}</td><td>{e(r["sub_event_type"])}</td>'
            f'<td>{e(actors)}</td><td title="{e(country_name(r["country"]))}">{e(r["country"])}</td>'
            f'<td>{e(r["admin1"])}</td><td>{e(r["location"])}</td><td class="n">{e(r["fatalities"])}</td>'
            f'<td>{e(r["language"])}</td><td>{e(r["source"])}</td>'
            f'<td class="ev"><a class="evidence" href="/article/{quote(r["doc_id"] or "", safe="")}'
            f'#ev-{e(r["event_id"])}">{e(short)}</a></td></tr>')
    body = "".join(rows) or f'<tr><td colspan="{len(heads)}" class="empty">no events match</td></tr>'
    return f'<table class="events" id="events"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def pager(result: dict, args: dict) -> str:
    page, pages = result["page"], result["pages"]
    links = []
    if page > 1:
        links.append(f'<a href="/events?{e(qs(args, page=page - 1))}" rel="prev">← previous</a>')
    links.append(f"<span>page {page:,} of {pages:,}</span>")
    if page < pages:
        links.append(f'<a href="/events?{e(qs(args, page=page + 1))}" rel="next">next →</a>')
    return f'<nav class="pager">{"".join(links)}</nav>'


def downloads(args: dict) -> str:
    query = qs({k: v for k, v in args.items() if k not in ("sort", "order", "page", "per_page")})
    links = "".join(f'<a href="/download/{fmt}?{e(query)}" data-download="{fmt}" download>{label}</a>'
                    for fmt, label in DOWNLOADS)
    return f'<p class="downloads">Download this selection: {links}</p>'


def events_page(result: dict | None, args: dict, error: str | None, notice: str | None) -> str:
    head = filter_form(args) + active_filters(args)
    if result is None:
        return layout("Events", head, active="/events", error=error, notice=notice)
    total = result["total"]
    start = (result["page"] - 1) * result["per_page"]
    summary = (f'<p class="summary" id="summary" data-total="{total}">{total:,} event report'
               f'{"" if total == 1 else "s"}' + (f", showing {start + 1:,}–{start + len(result['rows']):,}"
                                                 if result["rows"] else "") + "</p>")
    note = ('<p class="note">One row per coded report. The date opens its incident (every report of that '
            'event), the evidence the article with the sentence highlighted.</p>')
    body = (head + summary + note + downloads(args) + '<div class="with-facets">' + facets(result, args)
            + f'<div class="results">{events_table(result, args)}{pager(result, args)}</div></div>')
    return layout("Events", body, active="/events", notice=notice)


def map_page(args: dict, error: str | None, notice: str | None) -> str:
    body = (filter_form(args, "/map") + active_filters(args, "/map")
            + f'<div id="map" data-query="{e(qs(args))}"><p class="empty">drawing the map…</p></div>'
            '<div id="legend"></div><p class="note">Circles: events at one place, coloured by their commonest '
            'type, sized by fatalities. Click one to list its events. Basemap: Natural Earth 1:110m.</p>')
    return layout("Map", body, active="/map", error=error, notice=notice,
                  script=None if error else "map.js")


def incident_page(incident_id: str, rows: list[dict] | None, error: str | None, notice: str | None) -> str:
    if rows is None:
        return layout("Incident", "", error=error, notice=notice)
    cards = []
    for r in rows:
        toll = e(r["fatalities"]) if r["fatalities"] is not None else "—"
        if r["fatalities_low"] is not None and r["fatalities_high"] not in (None, r["fatalities_low"]):
            toll += f" ({e(r['fatalities_low'])}–{e(r['fatalities_high'])})"
        cards.append(
            f'<article class="report" data-event="{e(r["event_id"])}"><h3>{e(r["source"])}</h3>'
            f'<p class="meta">{e(r["title"])}</p><dl>'
            f'<dt>event date</dt><dd>{e(r["event_date"])} ({e(r["date_precision"])})</dd>'
            f'<dt>published</dt><dd>{e(r["published"])}</dd>'
            f'<dt>type</dt><dd>{e(r["event_type"])} / {e(r["sub_event_type"])}</dd>'
            f'<dt>actors</dt><dd>{e(" vs ".join(a for a in (r["actor1"], r["actor2"]) if a))}</dd>'
            f'<dt>place</dt><dd>{e(", ".join(str(p) for p in (r["location"], r["admin1"], r["country"]) if p))}</dd>'
            f'<dt>fatalities</dt><dd>{toll}</dd><dt>injuries</dt><dd>{e(r["injuries"])}</dd>'
            f'<dt>confidence</dt><dd>{e(r["confidence"] and round(r["confidence"], 2))}</dd></dl>'
            f'<blockquote>{e(r["evidence"])}</blockquote>'
            f'<p><a href="/article/{quote(r["doc_id"] or "", safe="")}#ev-{e(r["event_id"])}">article with the '
            f'evidence highlighted</a></p></article>')
    outlets = len({r["source"] for r in rows})
    tolls = sorted({r["fatalities"] for r in rows if r["fatalities"] is not None})
    summary = (f'<p class="summary">{len(rows)} report{"s" if len(rows) != 1 else ""} from {outlets} outlet'
               f'{"s" if outlets != 1 else ""}; fatalities reported: {e(", ".join(map(str, tolls)) or "none")}. '
               f'<a href="/events?incident={quote(incident_id, safe="")}">as a table</a></p>')
    return layout(f"Incident {incident_id}", summary + f'<div class="reports">{"".join(cards)}</div>',
                  notice=notice)


def article_page(art: dict | None, error: str | None, notice: str | None) -> str:
    if art is None:
        return layout("Article", "", error=error, notice=notice)
    pieces = []
    for piece, ids in art["segments"]:
        if ids:
            anchors = "".join(f'<span id="ev-{e(i)}" class="anchor"></span>' for i in ids)
            pieces.append(f'{anchors}<mark class="evidence" data-events="{e(" ".join(ids))}">{e(piece)}</mark>')
        else:
            pieces.append(e(piece))
    links = [f'<a href="{e(art["url"])}" rel="noopener noreferrer" target="_blank" id="original">original '
             "article</a>" if art["url"] else ""]
    if art["has_raw"]:
        links.append(f'<a href="/raw/{e(art["content_hash"])}" id="raw">stored raw HTML</a>')
        links.append(f'<a href="/raw/{e(art["content_hash"])}?view=rendered">rendered (no scripts, '
                     "no network)</a>")
    meta = " · ".join(str(x) for x in (art["source"] or art["site"], art["published"], art["language"],
                                       art["author"]) if x)
    ev_rows = []
    for ev in art["events"]:
        ev_rows.append(
            f'<tr><td><a href="/incident/{quote(ev["incident"], safe="")}">{e(ev["event_date"])}</a></td>'
            f'<td>{e(ev["event_type"])}</td><td>{e(ev["location"] or ev["admin1"])}, {e(ev["country"])}</td>'
            f'<td class="n">{e(ev["fatalities"])}</td>'
            f'<td>{"<a href=#ev-" + e(ev["event_id"]) + ">highlighted</a>" if ev["found"] else "not in text"}'
            "</td></tr>")
    events = ('<table class="article-events"><thead><tr><th>date</th><th>type</th><th>place</th>'
              f'<th>fatalities</th><th>evidence</th></tr></thead><tbody>{"".join(ev_rows)}</tbody></table>'
              if ev_rows else '<p class="empty">no events were coded from this article</p>')
    body = (f'<p class="meta">{e(meta)}</p><p class="links">{" · ".join(x for x in links if x)}</p>{events}'
            f'<div class="article-text" id="text">{"".join(pieces)}</div>')
    return layout(art["title"] or art["doc_id"], body, notice=notice)


def sources_page(health: dict | None, error: str | None, notice: str | None) -> str:
    if health is None:
        return layout("Sources", "", active="/sources", error=error, notice=notice)
    body = ("<h2>Crawl health by source</h2>" + table(health["sources"], cls="sources")
            + "<h2>Failed pages by reason</h2>" + table(health["reasons"])
            + "<h2>Failures by source and reason</h2>" + table(health["failures"]))
    return layout("Sources", body, active="/sources", error=error, notice=notice)


def sql_page(query: str, columns: list[str], rows: list[tuple], shown: int, total: int | None,
             error: str | None, notice: str | None) -> str:
    form = ('<form method="get" action="/sql" class="sql"><textarea name="q" rows="6" cols="100" '
            f'spellcheck="false">{e(query)}</textarea><button type="submit">Run (read-only)</button></form>'
            '<p class="note">Only reading statements run (SELECT, EXPLAIN, PRAGMA, CALL), on a read-only '
            'connection with file and network access off: the warehouse\'s tables and views, nothing else '
            '(no <code>read_csv</code>, no file paths or URLs, no settings).</p>')
    result = ""
    if columns:
        head = "".join(f"<th>{e(c)}</th>" for c in columns)
        body = "".join("<tr>" + "".join(f"<td>{e(v)}</td>" for v in row) + "</tr>" for row in rows)
        more = f" (the first {shown:,} shown)" if total is not None and total > shown else ""
        result = (f'<p class="summary" id="sql-rows">{total:,} rows{more}</p>'
                  f'<table id="sql-result"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>')
    return layout("SQL", form + result, active="/sql", error=error, notice=notice)
