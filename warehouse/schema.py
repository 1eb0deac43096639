"""Warehouse schema as forward-only migrations.

Each migration is a list of SQL statements; ``MIGRATIONS[i]`` moves a database from version ``i`` to
``i + 1``. Never edit a released migration: add a new one. ``migrate()`` applies what is missing and
records each version in ``schema_version``.
"""

from __future__ import annotations

import duckdb

from extractors.models import EVENT_FIELDS

_EVENT_COLUMN_TYPES = {
    "latitude": "DOUBLE",
    "longitude": "DOUBLE",
    "fatalities": "INTEGER",
    "injuries": "INTEGER",
    "fatalities_low": "INTEGER",
    "fatalities_high": "INTEGER",
    "injuries_low": "INTEGER",
    "injuries_high": "INTEGER",
    "evidence_start": "INTEGER",
    "evidence_end": "INTEGER",
    "confidence": "DOUBLE",
}


def _events_ddl() -> str:
    cols = []
    for name in EVENT_FIELDS:
        sql_type = _EVENT_COLUMN_TYPES.get(name, "VARCHAR")
        suffix = " PRIMARY KEY" if name == "event_id" else ""
        cols.append(f"    {name} {sql_type}{suffix}")
    cols.append("    created_at TIMESTAMP DEFAULT current_timestamp")
    return "CREATE TABLE events (\n" + ",\n".join(cols) + "\n)"


MIGRATIONS: list[list[str]] = [
    # v1: the first slice of the pipeline.
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
        _events_ddl(),
        "CREATE INDEX events_doc ON events (doc_id)",
    ],
]

SCHEMA_VERSION = len(MIGRATIONS)


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
    ).fetchone()[0]
    if not exists:
        return 0
    return con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Apply missing migrations in one transaction each; return the resulting version."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
        "applied_at TIMESTAMP DEFAULT current_timestamp)"
    )
    version = current_version(con)
    for target in range(version + 1, SCHEMA_VERSION + 1):
        con.execute("BEGIN TRANSACTION")
        try:
            for stmt in MIGRATIONS[target - 1]:
                con.execute(stmt)
            con.execute("INSERT INTO schema_version (version) VALUES (?)", [target])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
    return SCHEMA_VERSION
