"""Exports through the CLI: Parquet partitions, CSV, ACLED layout, GeoJSON."""

from __future__ import annotations

import csv
import json

import duckdb
from click.testing import CliRunner

from flows.cli import main
from warehouse.export import ACLED_COLUMNS


def _export(db, *args):
    result = CliRunner().invoke(main, ["export", *args, "--db", str(db)])
    assert result.exit_code == 0, result.output
    return result


def test_parquet_is_partitioned_by_month_and_country(sample_warehouse, tmp_path):
    out = tmp_path / "pq"
    _export(sample_warehouse.path, "parquet", "--output", str(out))
    parts = sorted(p.parent.relative_to(out).as_posix() for p in out.rglob("*.parquet"))
    assert parts == ["month=2024-01/country=SYR", "month=2024-02/country=SYR", "month=2024-02/country=UKR"]
    rows = duckdb.sql(f"SELECT cluster_id, country FROM read_parquet('{out}/**/*.parquet', "
                      "hive_partitioning=true) ORDER BY 1").fetchall()
    assert rows == [("c1", "SYR"), ("c2", "SYR"), ("e5", "UKR")]


def test_csv_filters_and_refuses_to_overwrite(sample_warehouse, tmp_path):
    out = tmp_path / "e.csv"
    _export(sample_warehouse.path, "csv", "--output", str(out), "--country", "SYR", "--from", "2024-02-01",
            "--reports")
    rows = list(csv.DictReader(out.open()))
    assert [r["event_id"] for r in rows] == ["e4"]
    again = CliRunner().invoke(main, ["export", "csv", "--output", str(out), "--db", str(sample_warehouse.path)])
    assert again.exit_code == 1 and "exists" in again.output and "--overwrite" in again.output


def test_acled_layout(sample_warehouse, tmp_path):
    out = tmp_path / "acled.csv"
    _export(sample_warehouse.path, "acled", "--output", str(out))
    reader = csv.DictReader(out.open())
    assert tuple(reader.fieldnames) == ACLED_COLUMNS
    rows = {r["event_id_cnty"]: r for r in reader}
    c1 = rows["SYR-c1"]
    assert (c1["event_date"], c1["year"], c1["time_precision"]) == ("2024-01-05", "2024", "1")
    assert (c1["disorder_type"], c1["event_type"], c1["country"]) == ("Political violence", "Battles", "Syria")
    # ACLED's rule: the most conservative credible figure (reports say 4 and 7; 900 is not credible).
    assert c1["fatalities"] == "4" and c1["geo_precision"] == "1"
    assert c1["source"] == "news-a.example; news-b.example; rumours.example"  # the incident's outlets
    assert rows["UKR-e5"]["disorder_type"] == "Demonstrations"
    assert len(rows) == 3


def test_acled_and_geojson_per_report(sample_warehouse, tmp_path):
    out = tmp_path / "acled.csv"
    result = _export(sample_warehouse.path, "acled", "--per", "report", "--output", str(out))
    assert "wrote 5 reports" in result.output
    rows = {r["event_id_cnty"]: r for r in csv.DictReader(out.open())}
    assert set(rows) == {"SYR-e1", "SYR-e2", "SYR-e3", "SYR-e4", "UKR-e5"}
    assert (rows["SYR-e2"]["fatalities"], rows["SYR-e2"]["source"]) == ("7", "news-b.example")
    geo = tmp_path / "r.geojson"
    _export(sample_warehouse.path, "geojson", "--per", "report", "--output", str(geo), "--to", "2024-01-31")
    props = [f["properties"] for f in json.loads(geo.read_text())["features"]]
    assert [(p["event_id"], p["incident_id"], p["n_reports"]) for p in props] == [("e1", "c1", 1), ("e2", "c1", 1)]
    inc = tmp_path / "i.geojson"
    assert "wrote 1 incidents" in _export(sample_warehouse.path, "geojson", "--output", str(inc), "--to",
                                          "2024-01-31").output
    (feature,) = json.loads(inc.read_text())["features"]
    assert (feature["properties"]["n_reports"], feature["properties"]["fatalities"]) == (3, 4)


def test_geojson_is_a_feature_collection(sample_warehouse, tmp_path):
    out = tmp_path / "e.geojson"
    _export(sample_warehouse.path, "geojson", "--output", str(out), "--to", "2024-01-31")
    data = json.loads(out.read_text())
    assert data["type"] == "FeatureCollection"
    (feature,) = data["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [37.15, 36.2]}
    assert feature["properties"]["location"] == "Aleppo"


def test_bad_date_is_one_line(sample_warehouse, tmp_path):
    result = CliRunner().invoke(main, ["export", "csv", "--output", str(tmp_path / "x.csv"), "--from", "May",
                                       "--db", str(sample_warehouse.path)])
    assert result.exit_code == 1
    assert result.output.strip() == "error: bad start date 'May': use YYYY-MM-DD"


def test_output_dash_writes_to_standard_output(sample_warehouse, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    geo = _export(sample_warehouse.path, "geojson", "--country", "Syria", "--output", "-")
    collection = json.loads(geo.stdout)
    assert collection["type"] == "FeatureCollection" and len(collection["features"]) == 2
    assert "wrote" not in geo.stdout
    rows = list(csv.DictReader(_export(sample_warehouse.path, "csv", "--output", "-").stdout.splitlines()))
    assert len(rows) == 3 and rows[0]["event_date"] == "2024-01-05"
    assert not (tmp_path / "-").exists()
    parquet = CliRunner().invoke(main, ["export", "parquet", "--output", "-", "--db", str(sample_warehouse.path)])
    assert parquet.exit_code == 1 and "not standard output" in parquet.output
