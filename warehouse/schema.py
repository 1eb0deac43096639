"""Warehouse schema as forward-only migrations, applied automatically when a writer opens the file.

``MIGRATIONS[i]`` is a list of SQL statements that moves a database from version ``i`` to ``i + 1``;
``migrate()`` applies the missing ones, one transaction each, and records every version in
``schema_version``. Never edit a released migration (a database in the field already ran it): append
a new one. Each migration is a literal snapshot, so importing newer code never changes what an old
version meant.

New ``Event`` fields need no migration of their own: after the numbered migrations, ``migrate()`` adds
a column (``ALTER TABLE events ADD COLUMN``) for every ``EVENT_FIELDS`` name that ``events`` lacks, with a
type taken from the field's annotation. Columns are never dropped or retyped automatically; inserts go
``BY NAME``, so an old column that the dataclass no longer has simply stays NULL.
"""

from __future__ import annotations

import dataclasses

import duckdb

from extractors.records import Event
from warehouse.views import VIEWS_V2, VIEWS_V4, VIEWS_V7, VIEWS_V8

# Types for Event fields whose annotation alone is ambiguous (None defaults, strings used as numbers or
# dates: the Event record keeps ISO strings, the warehouse stores DATE and TIMESTAMP, see v5).
_EVENT_COLUMN_TYPES = {
    "latitude": "DOUBLE",
    "longitude": "DOUBLE",
    "confidence": "DOUBLE",
    "event_date": "DATE",
    "published": "TIMESTAMP",
}

# v5: an ISO date or date-time string as a UTC TIMESTAMP ('2024-01-05T08:00:00+02:00' -> 06:00); NULL
# when it is not one.
_TIMESTAMP_FROM_TEXT = (
    "CASE WHEN regexp_matches({col}, '(Z|[+-][0-9][0-9](:?[0-9][0-9])?)$') "
    "THEN TRY_CAST(TRY_CAST({col} AS TIMESTAMPTZ) AT TIME ZONE 'UTC' AS TIMESTAMP) "
    "ELSE TRY_CAST({col} AS TIMESTAMP) END"
)

MIGRATIONS: list[list[str]] = [
    # v1: the first slice of the pipeline (events columns = Event as of the skeleton, written out).
    [
        """CREATE TABLE sources (
            source_id VARCHAR PRIMARY KEY,
            name VARCHAR NOT NULL,
            kind VARCHAR NOT NULL,          -- rss | sitemap | page
            url VARCHAR NOT NULL,
            country VARCHAR,
            language VARCHAR,
            schedule_group VARCHAR DEFAULT 'default',
            enabled BOOLEAN DEFAULT TRUE,
            added_at TIMESTAMP DEFAULT current_timestamp
        )""",
        """CREATE TABLE pages (
            page_id VARCHAR PRIMARY KEY,    -- hash of the canonical URL; also the article's doc_id
            url VARCHAR NOT NULL,
            canonical_url VARCHAR NOT NULL,
            source_id VARCHAR,
            http_status INTEGER,
            ok BOOLEAN NOT NULL,
            error_reason VARCHAR,           -- null when ok; else why the page was dropped
            transient BOOLEAN,              -- a failure worth retrying on a later run
            content_type VARCHAR,
            content_hash VARCHAR,           -- key into raw_html
            attempts INTEGER DEFAULT 1,
            fetched_at TIMESTAMP NOT NULL
        )""",
        """CREATE TABLE raw_html (
            content_hash VARCHAR PRIMARY KEY,  -- sha256 of the raw bytes
            encoding VARCHAR,
            size INTEGER,
            body BLOB NOT NULL,                -- zlib-compressed raw bytes
            stored_at TIMESTAMP DEFAULT current_timestamp
        )""",
        """CREATE TABLE articles (
            doc_id VARCHAR PRIMARY KEY,
            url VARCHAR,
            canonical_url VARCHAR,
            title VARCHAR,
            text VARCHAR,
            published VARCHAR,
            language VARCHAR,
            site VARCHAR,
            author VARCHAR,
            paywalled BOOLEAN,
            content_hash VARCHAR,
            source_id VARCHAR,
            extractor_version VARCHAR,
            extracted_at TIMESTAMP DEFAULT current_timestamp
        )""",
        """CREATE TABLE events (
            event_id VARCHAR PRIMARY KEY,
            doc_id VARCHAR,
            url VARCHAR,
            event_date VARCHAR,
            date_precision VARCHAR,
            event_type VARCHAR,
            sub_event_type VARCHAR,
            actor1 VARCHAR,
            actor2 VARCHAR,
            country VARCHAR,
            admin1 VARCHAR,
            location VARCHAR,
            latitude DOUBLE,
            longitude DOUBLE,
            geo_precision VARCHAR,
            fatalities INTEGER,
            injuries INTEGER,
            evidence VARCHAR,
            evidence_start INTEGER,
            evidence_end INTEGER,
            confidence DOUBLE,
            cluster_id VARCHAR,
            extractor_version VARCHAR,
            published VARCHAR,
            language VARCHAR,
            actor1_country VARCHAR,
            actor1_type VARCHAR,
            actor2_country VARCHAR,
            actor2_type VARCHAR,
            fatalities_low INTEGER,
            fatalities_high INTEGER,
            injuries_low INTEGER,
            injuries_high INTEGER,
            cameo_root VARCHAR,
            plover VARCHAR,
            created_at TIMESTAMP DEFAULT current_timestamp
        )""",
        "CREATE INDEX events_doc ON events (doc_id)",
    ],
    # v2: analysis views (documented in docs/warehouse.md).
    VIEWS_V2,
    # v3: drop the ART index on events.doc_id. DuckDB maintains it row by row: replacing 1M existing
    # events took ~300 s with it and ~15 s without, while per-document deletes scan doc_id fast anyway.
    ["DROP INDEX IF EXISTS events_doc"],
    # v4: view event_facts (lean per-cluster facts); daily_counts and monthly_counts read it.
    VIEWS_V4,
    # v5: dates are DATE and timestamps TIMESTAMP (they were ISO text), so date arithmetic and
    # `event_date >= DATE '2024-01-01'` work on the tables as on the views; raw_html records the codec
    # of each body (NULL: zlib, as every row stored before v5).
    [
        "ALTER TABLE events ALTER event_date TYPE DATE USING TRY_CAST(event_date AS DATE)",
        "ALTER TABLE events ALTER published TYPE TIMESTAMP USING " + _TIMESTAMP_FROM_TEXT.format(col="published"),
        "ALTER TABLE articles ALTER published TYPE TIMESTAMP USING "
        + _TIMESTAMP_FROM_TEXT.format(col="published"),
        "ALTER TABLE raw_html ADD COLUMN codec VARCHAR",
    ],
    # v6: the relevance gate's verdict on each page (extractors/gate.py): the gate version that judged
    # it and its score (NULL: not judged, e.g. stored with --no-gate or before v6); a rejected page has
    # ok TRUE and error_reason 'gate: not conflict', so reextract can judge it again from raw_html.
    [
        "ALTER TABLE pages ADD COLUMN gate_version VARCHAR",
        "ALTER TABLE pages ADD COLUMN gate_score DOUBLE",
    ],
    # v7: view incidents, one row per incident (cluster of reports) with the consensus of its reports and
    # fatalities counted as ACLED does (warehouse/views.py, docs/warehouse.md). Every report stays in events.
    VIEWS_V7,
    # v8: events_dedup and event_facts (so daily_counts, monthly_counts, actor_dyads, the report and the API)
    # count an incident's fatalities by the rule of incidents, one SQL expression shared by the three views
    # (warehouse/views.py, INCIDENT_FATALITIES_V8); incidents is recreated with it, its figures unchanged.
    VIEWS_V8,
]

SCHEMA_VERSION = len(MIGRATIONS)


def event_column_type(field: dataclasses.Field) -> str:
    """DuckDB type for an Event field, from its annotation (``from __future__`` makes it a string)."""
    if field.name in _EVENT_COLUMN_TYPES:
        return _EVENT_COLUMN_TYPES[field.name]
    ann = str(field.type).replace(" ", "")
    base = [p for p in ann.split("|") if p != "None"]
    kind = base[0] if len(base) == 1 else ann
    if kind == "bool":
        return "BOOLEAN"
    if kind == "int":
        return "INTEGER"
    if kind == "float":
        return "DOUBLE"
    # str, and containers (lists, dicts) which the warehouse stores as JSON text.
    return "VARCHAR"


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
    ).fetchall()[0][0]
    if not exists:
        return 0
    return con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchall()[0][0]


def add_missing_event_columns(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Give ``events`` a column for every Event field it lacks; return the names added."""
    have = {r[0] for r in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'events'"
    ).fetchall()}
    if not have:
        return []
    added = []
    for f in dataclasses.fields(Event):
        if f.name not in have:
            con.execute(f'ALTER TABLE events ADD COLUMN "{f.name}" {event_column_type(f)}')
            added.append(f.name)
    return added


def migrate(con: duckdb.DuckDBPyConnection, target: int | None = None) -> int:
    """Apply missing migrations up to ``target`` (default: all), one transaction each.

    With the default target, also add columns for new Event fields. Returns the resulting version.
    ``target`` exists so tests can build databases as every earlier release left them.
    """
    target = SCHEMA_VERSION if target is None else target
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
        "applied_at TIMESTAMP DEFAULT current_timestamp)"
    )
    version = current_version(con)
    if version > SCHEMA_VERSION:
        from warehouse.errors import WarehouseError

        raise WarehouseError(f"the warehouse is at schema version {version}, newer than this code "
                             f"({SCHEMA_VERSION}): upgrade conflict-events")
    for step in range(version + 1, target + 1):
        con.execute("BEGIN TRANSACTION")
        try:
            for stmt in MIGRATIONS[step - 1]:
                con.execute(stmt)
            con.execute("INSERT INTO schema_version (version) VALUES (?)", [step])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
    if target == SCHEMA_VERSION:
        add_missing_event_columns(con)
    return max(version, target)
