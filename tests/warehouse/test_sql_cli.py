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
