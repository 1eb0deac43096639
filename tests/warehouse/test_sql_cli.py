"""`conflict-events sql` through the CLI: read-only by default, errors with DuckDB's hints."""

from __future__ import annotations

from click.testing import CliRunner

from flows.cli import main


def _sql(db, *args):
    return CliRunner().invoke(main, ["sql", *args, "--db", str(db)])


def test_select_prints_a_table(sample_warehouse):
    result = _sql(sample_warehouse.path, "SELECT country, count(*) AS n FROM events_dedup GROUP BY 1 ORDER BY 1")
    assert result.exit_code == 0, result.output
    assert "SYR" in result.output and "(2 rows)" in result.output


def test_writes_are_refused_without_the_opt_in(sample_warehouse):
    result = _sql(sample_warehouse.path, "DROP TABLE events")
    assert result.exit_code == 1
    assert result.output.strip() == ("error: refusing DROP: `sql` is read-only by default; "
                                     "add --write to change the warehouse")
    result = _sql(sample_warehouse.path, "SELECT 1; DELETE FROM events")
    assert result.exit_code == 1 and "refusing DELETE" in result.output
    assert sample_warehouse.counts()["events"] == 5


def test_write_opt_in(sample_warehouse):
    result = _sql(sample_warehouse.path, "--write", "DELETE FROM events WHERE country = 'UKR'")
    assert result.exit_code == 0, result.output
    assert sample_warehouse.counts()["events"] == 4


def test_bad_sql_names_the_problem_and_keeps_duckdbs_hints(sample_warehouse):
    for query, expected, hint in [
        ("SELEC * FROM events", "syntax error", "LINE 1: SELEC * FROM events"),
        ("SELECT * FROM evnts", "evnts", 'Did you mean "events'),
        ("SELECT evidense FROM events", "evidense", '"evidence"'),
        ("", "empty query", None),
    ]:
        result = _sql(sample_warehouse.path, query)
        assert result.exit_code == 1, query
        lines = result.output.strip().splitlines()
        assert lines[0].startswith("error: ") and expected in lines[0], result.output
        assert hint is None or hint in result.output, result.output
        assert "Traceback" not in result.output


def test_snapshot_reads(sample_warehouse):
    missing = _sql(sample_warehouse.path, "--snapshot", "SELECT count(*) FROM events")
    assert missing.exit_code == 1 and "no snapshot" in missing.output
    result = _sql(sample_warehouse.path, "--publish-snapshot", "-f", "csv", "SELECT count(*) AS n FROM events")
    assert result.exit_code == 0, result.output
    assert "n\n5\n" in result.output
    assert sample_warehouse.snapshot_path.exists()


def test_snapshot_command(sample_warehouse):
    result = CliRunner().invoke(main, ["snapshot", "--db", str(sample_warehouse.path)])
    assert result.exit_code == 0, result.output
    assert str(sample_warehouse.snapshot_path) in result.output
    assert sample_warehouse.query("SELECT count(*) AS n FROM events", snapshot=True)["n"][0] == 5


def test_json_is_an_array_and_ndjson_one_object_a_line(sample_warehouse):
    import json

    q = "SELECT event_id, event_date FROM events ORDER BY event_id"
    array = _sql(sample_warehouse.path, q, "--format", "json")
    assert array.exit_code == 0, array.output
    rows = json.loads(array.stdout)
    assert isinstance(rows, list) and len(rows) == 5 and rows[0] == {"event_id": "e1", "event_date": "2024-01-05"}
    lines = _sql(sample_warehouse.path, q, "--format", "ndjson").stdout.splitlines()
    assert len(lines) == 5 and json.loads(lines[0])["event_id"] == "e1"


def test_table_cells_can_be_shown_whole(sample_warehouse):
    long = "x" * 150
    cut = _sql(sample_warehouse.path, f"SELECT '{long}' AS evidence")
    assert cut.exit_code == 0 and long not in cut.stdout and "x" * 50 in cut.stdout
    whole = _sql(sample_warehouse.path, f"SELECT '{long}' AS evidence", "--max-width", "0")
    assert long in whole.stdout


def test_output_dash_is_standard_output(sample_warehouse, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = _sql(sample_warehouse.path, "SELECT count(*) AS n FROM events", "-f", "csv", "--output", "-")
    assert result.exit_code == 0 and result.stdout == "n\n5\n"
    assert not (tmp_path / "-").exists()


def test_dates_are_dates_in_sql(sample_warehouse):
    q = ("SELECT date_trunc('month', event_date)::DATE AS month, count(*) AS n FROM events "
         "WHERE event_date >= DATE '2024-02-01' GROUP BY 1")
    result = _sql(sample_warehouse.path, q, "-f", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout == "month,n\n2024-02-01,2\n"


def test_tables_and_schema(sample_warehouse):
    result = CliRunner().invoke(main, ["tables", "--counts", "--db", str(sample_warehouse.path), "-f", "csv"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "name,kind,columns,rows"
    assert "events,table,36,5" in lines and "events_dedup,view,27,3" in lines
    schema = CliRunner().invoke(main, ["schema", "events", "daily_counts", "--db", str(sample_warehouse.path)])
    assert schema.exit_code == 0, schema.output
    assert "CREATE TABLE events(" in schema.stdout and "event_date DATE" in schema.stdout
    assert "CREATE VIEW daily_counts" in schema.stdout
    missing = CliRunner().invoke(main, ["schema", "evnts", "--db", str(sample_warehouse.path)])
    assert missing.exit_code == 1 and "no table or view named evnts" in missing.output
