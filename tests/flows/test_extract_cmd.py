import json

from click.testing import CliRunner

from flows.cli import main
from warehouse import Warehouse

TEXT = ("MAIDUGURI, Nigeria - Soldiers clashed with Boko Haram militants near Maiduguri in Borno state "
        "on Tuesday, and seven soldiers were killed, the army said. The militants fled into the forest.")


def _write_docs(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_extract_writes_events_and_reports_bad_lines(tmp_path):
    docs = tmp_path / "docs.jsonl"
    _write_docs(docs, [
        json.dumps({"doc_id": "a", "url": "https://example.org/a", "published": "2024-05-09", "text": TEXT}),
        "{not json",
        json.dumps({"doc_id": "b"}),
        json.dumps({"doc_id": "c", "published": "2024-05-09",
                    "html": f"<html><body><article><p>{TEXT}</p></article></body></html>"}),
        json.dumps(["a list"]),
    ])
    out = tmp_path / "events.jsonl"
    db = tmp_path / "w.duckdb"
    result = CliRunner().invoke(main, ["extract", "--input", str(docs), "--output", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert f"{docs}:2: skipped: invalid JSON" in result.output
    assert f"{docs}:3: skipped: needs a 'text' or 'html' string" in result.output
    assert f"{docs}:5: skipped: not a JSON object" in result.output
    events = [json.loads(line) for line in out.read_text().splitlines()]
    assert {e["doc_id"] for e in events} == {"a", "c"}
    for e in events:
        assert e["extractor_version"] and e["event_id"] and e["evidence"]
    wh = Warehouse(db)
    assert wh.counts()["articles"] == 2
    assert wh.counts()["events"] == len(events)
    # Running it again stores the same rows, not more.
    CliRunner().invoke(main, ["extract", "--input", str(docs), "--output", str(out), "--db", str(db)])
    assert wh.counts()["events"] == len(events)


def test_extract_summary_counts_reports_and_the_incidents_they_make(tmp_path):
    """Two outlets tell of one clash: two reports, one incident, as the stored incidents view says too."""
    docs = tmp_path / "docs.jsonl"
    _write_docs(docs, [
        json.dumps({"doc_id": "a", "url": "https://news-a.example/a", "published": "2024-05-09", "text": TEXT}),
        json.dumps({"doc_id": "b", "url": "https://news-b.example/b", "published": "2024-05-09", "text": TEXT}),
        "{not json",
    ])
    out = tmp_path / "events.jsonl"
    db = tmp_path / "w.duckdb"
    result = CliRunner().invoke(main, ["extract", "--input", str(docs), "--output", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    reports = [json.loads(line) for line in out.read_text().splitlines()]
    incidents = {r["cluster_id"] or r["event_id"] for r in reports}
    assert len(reports) == 2 and len(incidents) == 1, reports
    summary = result.stderr.strip().splitlines()[-1]
    assert summary == (f"2 documents: 2 reports (an article's event record each), 1 incident; "
                       f"stored in {db}; 1 line skipped"), summary
    assert Warehouse(db).query("SELECT count(*) AS n FROM incidents")["n"][0] == 1
    # to standard output: the reports on stdout, the same summary on stderr
    result = CliRunner().invoke(main, ["extract", "--input", str(docs)])
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 2 and "events" not in result.stderr
    assert result.stderr.strip().splitlines()[-1] == ("2 documents: 2 reports (an article's event record each), "
                                                      "1 incident; 1 line skipped")


def test_sql_prints_table_and_csv(tmp_path):
    docs = tmp_path / "docs.jsonl"
    _write_docs(docs, [json.dumps({"doc_id": "a", "published": "2024-05-09", "text": TEXT})])
    db = tmp_path / "w.duckdb"
    runner = CliRunner()
    assert runner.invoke(main, ["extract", "-i", str(docs), "-o", str(tmp_path / "e.jsonl"), "--db", str(db)]).exit_code == 0
    table = runner.invoke(main, ["sql", "SELECT doc_id, count(*) AS n FROM events GROUP BY 1", "--db", str(db)])
    assert table.exit_code == 0 and "doc_id" in table.output
    csv = runner.invoke(main, ["sql", "SELECT 1 AS one", "--db", str(db), "--format", "csv"])
    assert csv.output.splitlines()[:2] == ["one", "1"]
    bad = runner.invoke(main, ["sql", "SELECT * FROM no_such_table", "--db", str(db)])
    assert bad.exit_code == 1 and "no_such_table" in bad.output and "Traceback" not in bad.output
