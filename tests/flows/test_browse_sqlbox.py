"""The browse app's SQL box over HTTP (the real app under uvicorn on 127.0.0.1, a real DuckDB file): it reads
the warehouse's tables and views and nothing else. No browser, no Prefect: fast."""

from __future__ import annotations

import html

import httpx
import pytest

from warehouse.sandbox import REFUSED, SETTINGS_LOCKED

SECRET = "TOPSECRET-b41d27"


@pytest.fixture
def secret(tmp_path):
    path = tmp_path / "secret.csv"
    path.write_text(f"a,b\n{SECRET},2\n")
    return path


@pytest.fixture
def client(browse_warehouse):
    from browse_server import BrowseServer

    server = BrowseServer(browse_warehouse.path, lock_wait=0.5).start()
    try:
        with httpx.Client(base_url=server.url, timeout=60) as client:
            yield client
    finally:
        server.stop()


def _sql(client, query: str):
    return client.get("/sql", params={"q": query})


def _alert(response) -> str:
    text = response.text.split('role="alert"', 1)[1].split("</", 1)[0]
    return html.unescape(text.split(">", 1)[1])


@pytest.mark.parametrize("attack", [
    "SELECT * FROM read_csv('{secret}')",
    "FROM '{secret}'",
    "SELECT * FROM read_text('{secret}')",
    "SELECT * FROM read_blob('{secret}')",
    "SELECT * FROM read_json('{secret}')",
    "SELECT * FROM read_parquet('{secret}')",
    "SELECT * FROM glob('{dir}/*')",
    "SELECT * FROM read_text('/etc/hostname')",
    "SELECT * FROM read_csv('/etc/passwd', sep = ':')",
    "SELECT count(*) FROM events; SELECT * FROM read_text('{secret}')",
    "SELECT * FROM query('SELECT * FROM read_csv(''{secret}'')')",
    "CALL read_text('{secret}')",
    "SELECT * FROM read_csv('https://example.com/x.csv')",
    "SELECT e.event_id FROM events e, read_csv('{secret}') s",
])
def test_file_and_network_reads_are_refused(client, secret, attack):
    response = _sql(client, attack.format(secret=secret, dir=secret.parent))
    assert response.status_code == 400
    assert _alert(response) == REFUSED
    assert SECRET not in response.text and secret.name not in response.text.split("</textarea>", 1)[1]


def test_etc_hostname_never_shows(client):
    from pathlib import Path

    hostname = Path("/etc/hostname").read_text().strip() if Path("/etc/hostname").exists() else ""
    for query in ("SELECT * FROM read_text('/etc/hostname')", "FROM '/etc/hostname'",
                  "SELECT * FROM read_csv('/etc/hostname', header = false)"):
        response = _sql(client, query)
        assert response.status_code == 400
        if len(hostname) >= 4:
            assert hostname not in response.text.split("</textarea>", 1)[1]


@pytest.mark.parametrize(("query", "message"), [
    ("SET enable_external_access = true", "refusing SET: the SQL box is read-only"),
    ("ATTACH '/tmp/x.duckdb' AS x", "refusing ATTACH: the SQL box is read-only"),
    ("COPY (SELECT 1) TO '/tmp/x.csv'", "refusing COPY: the SQL box is read-only"),
    ("INSTALL httpfs", "refusing LOAD: the SQL box is read-only"),
    ("LOAD httpfs", "refusing LOAD: the SQL box is read-only"),
    ("PRAGMA enable_profiling", SETTINGS_LOCKED),
])
def test_statements_and_settings_are_refused(client, query, message):
    response = _sql(client, query)
    assert response.status_code == 400
    assert _alert(response).startswith(message)


def test_selects_on_tables_and_views_work(client):
    response = _sql(client, "SELECT country, count(*) AS n FROM events GROUP BY 1 ORDER BY 1")
    assert response.status_code == 200, _alert(response)
    assert "<td>SYR</td><td>2</td>" in response.text and "<td>UKR</td><td>1</td>" in response.text
    incidents = _sql(client, "SELECT count(*) AS n FROM incidents")
    assert incidents.status_code == 200 and "<td>2</td>" in incidents.text
    pages = _sql(client, "SELECT count(*) AS n FROM pages WHERE ok")
    assert pages.status_code == 200 and "<td>3</td>" in pages.text
    many = _sql(client, "SELECT * FROM range(1500)")
    assert many.status_code == 200 and "1,500 rows (the first 1,000 shown)" in many.text


def test_the_other_pages_still_read_while_the_sql_box_is_sandboxed(client):
    assert client.get("/events").status_code == 200
    assert _sql(client, "SELECT * FROM read_text('/etc/hostname')").status_code == 400
    assert client.get("/incident/c1").status_code == 200
    assert client.get("/sources").status_code == 200
    download = client.get("/download/csv", params={"country": "SYR"})
    assert download.status_code == 200 and download.text.count("\n") == 3
