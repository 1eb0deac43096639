"""The browse app's queries (warehouse/browse.py) and its index copy (warehouse/browse_index.py) on a real
DuckDB file; fast, no server (tests/flows/test_browse.py drives the app in a browser)."""

from __future__ import annotations

import csv
import subprocess
import sys
import textwrap

import pytest
from click.testing import CliRunner

from warehouse import browse
from warehouse.browse_index import BrowseIndex
from warehouse.errors import WarehouseError


@pytest.fixture
def index(sample_warehouse):
    idx = BrowseIndex(sample_warehouse.path, refresh=0.0)
    yield idx
    idx.close()


def page(index, **args):
    flt = browse.EventFilter.parse(args)
    with index.cursor() as con:
        return browse.events_page(con, flt, **{k: v for k, v in args.items() if k in ("sort", "order")})


def test_filters_facets_and_totals(index):
    everything = page(index)
    assert everything["total"] == 5
    assert dict(everything["facets"]["country"]) == {"SYR": 4, "UKR": 1}
    assert dict(everything["facets"]["source"]) == {"news-a.example": 3, "news-b.example": 1, "rumours.example": 1}
    syria = page(index, country="Syria", type="battles")
    assert syria["total"] == 3 and {r["country"] for r in syria["rows"]} == {"SYR"}
    assert page(index, actor="russia")["total"] == 1
    assert page(index, min_fatalities="5")["total"] == 2  # 7 and 900
    assert page(index, **{"from": "2024-02-01", "to": "2024-02-10"})["total"] == 1
    assert page(index, incident="c1")["total"] == 3
    by_fat = page(index, sort="fatalities", order="desc")["rows"]
    assert [r["fatalities"] for r in by_fat][:2] == [900, 7]


def test_pages_are_stable_and_complete(index):
    flt = browse.EventFilter()
    seen = []
    with index.cursor() as con:
        for n in (1, 2, 3):
            result = browse.events_page(con, flt, sort="country", page=n, per_page=2)
            seen += [r["event_id"] for r in result["rows"]]
    assert result["pages"] == 3 and sorted(seen) == ["e1", "e2", "e3", "e4", "e5"]


@pytest.mark.parametrize(("args", "message"), [
    ({"country": "Narnia"}, "unknown country 'Narnia'"),
    ({"type": "dragons"}, "no event has event type 'dragons': known values include battles"),
    ({"source": "nowhere.example"}, "no event has source 'nowhere.example'"),
    ({"country": "France"}, "no event has country France (FRA)"),
    ({"min_fatalities": "many"}, "bad min fatalities 'many'"),
    ({"from": "2024-13-01"}, "bad from date"),
    ({"from": "2024-03-01", "to": "2024-01-01"}, "is after"),
    ({"colour": "red"}, "unknown filter 'colour'"),
    ({"sort": "evidence"}, "unknown sort 'evidence'"),
])
def test_bad_values_are_clear_errors(index, args, message):
    with pytest.raises(WarehouseError, match=message.replace("(", r"\(").replace(")", r"\)")):
        page(index, **args)


def test_input_is_bound_never_pasted(index, sample_warehouse):
    assert page(index, actor="'; DROP TABLE events; --", q="%' OR 1=1 --")["total"] == 0
    assert sample_warehouse.counts()["events"] == 5


def test_evidence_segments_use_offsets_then_the_sentence():
    text = "Alpha beta. Gamma delta. Epsilon."
    events = [{"event_id": "a", "evidence": "Gamma delta.", "evidence_start": 12, "evidence_end": 24},
              {"event_id": "b", "evidence": "beta. Gamma", "evidence_start": 0, "evidence_end": 3},  # stale offsets
              {"event_id": "c", "evidence": "not in the text", "evidence_start": None, "evidence_end": None}]
    parts = browse.segments(text, events)
    assert "".join(p for p, _ in parts) == text
    assert ("Gamma", ["a", "b"]) in parts and (" delta.", ["a"]) in parts and ("beta. ", ["b"]) in parts
    assert [e["found"] for e in events] == [True, True, False]


def test_article_incident_and_sources(sample_warehouse):
    with sample_warehouse.reader() as con:
        art = browse.article(con, "d1")
        assert art["title"] == "t d1" and len(art["events"]) == 1
        reports = browse.incident(con, "c1")
        assert {r["event_id"] for r in reports} == {"e1", "e2", "e3"}
        health = browse.sources_health(con)
        with pytest.raises(WarehouseError, match="no article"):
            browse.article(con, "nope")
    assert {r["reason"] for r in health["reasons"]} == {"http 500", "timeout"}
    assert sum(r["pages"] for r in health["sources"]) == 7


def test_downloads_of_a_selection(sample_warehouse, tmp_path):
    from warehouse.export import export

    flt = browse.EventFilter.parse({"country": "SYR", "type": "battles"})
    n = export(sample_warehouse, "csv", tmp_path / "r.csv", selection=browse.selection_sql(flt), dedup=False)
    rows = list(csv.DictReader((tmp_path / "r.csv").open(encoding="utf-8")))
    assert n == len(rows) == 3
    acled = export(sample_warehouse, "acled", tmp_path / "a.csv", selection=browse.selection_sql(flt))
    assert acled == 1  # the three reports are one real-world event
    source = browse.EventFilter.parse({"source": "news-b.example"})
    assert export(sample_warehouse, "parquet", tmp_path / "p.parquet", selection=browse.selection_sql(source),
                  dedup=False, single_file=True) == 1
    assert (tmp_path / "p.parquet").is_file()


def test_index_follows_the_warehouse(index, sample_warehouse):
    from extractors.records import Event

    assert page(index)["total"] == 5
    sample_warehouse.replace_events({"d9": [Event(event_id="e9", doc_id="d9", url="https://x.example/9",
                                                  date_precision="day", sub_event_type="Mob violence",
                                                  country="UKR", event_type="riots", event_date="2024-02-12")]})
    index.maybe_refresh()
    index._building.join(timeout=10)
    assert page(index)["total"] == 6 and index.notice().startswith("events as of")


def _hold_write_lock(path, seconds: float) -> subprocess.Popen:
    code = textwrap.dedent(f"""
        import duckdb, sys, time
        con = duckdb.connect({str(path)!r})
        print("locked", flush=True)
        time.sleep({seconds})
    """)
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "locked"
    return proc


@pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")
def test_pages_keep_answering_while_a_crawl_holds_the_file(index, sample_warehouse):
    from starlette.testclient import TestClient

    from flows.browse.app import Db, create_app

    assert page(index)["total"] == 5  # built before the crawl starts
    db = Db(sample_warehouse.path, lock_wait=0.3)
    proc = _hold_write_lock(sample_warehouse.path, 20)
    try:
        assert page(index, country="UKR")["total"] == 1  # the copy answers; nothing waits
        with pytest.raises(WarehouseError, match="being written by a crawl right now"):
            with db.reader():
                pass
    finally:
        proc.kill()
        proc.wait()
    sample_warehouse.snapshot()
    client = TestClient(create_app(sample_warehouse.path, lock_wait=0.3), base_url="http://127.0.0.1")
    assert client.get("/events").status_code == 200
    proc = _hold_write_lock(sample_warehouse.path, 20)
    try:
        with db.reader() as (con, notice):
            assert con.execute("SELECT count(*) FROM events").fetchone()[0] == 5
        assert "read copy" in notice
        article = client.get("/article/d1")
        assert article.status_code == 200 and "reading the read copy published" in article.text
        download = client.get("/download/csv", params={"country": "UKR"})
        assert download.status_code == 200 and len(download.text.strip().splitlines()) == 2
        box = client.get("/sql", params={"q": "SELECT count(*) AS n FROM events"})
        assert box.status_code == 200 and "<td>5</td>" in box.text and "reading the read copy published" in box.text
    finally:
        proc.kill()
        proc.wait()


def test_browse_command_warns_off_loopback(sample_warehouse, monkeypatch):
    import uvicorn

    from flows.cli import main

    calls = []

    def run(server, sockets=None):
        calls.append((server.config, sockets))
        for sock in sockets:
            sock.close()

    monkeypatch.setattr(uvicorn.Server, "run", run)
    quiet = CliRunner().invoke(main, ["browse", "--db", str(sample_warehouse.path), "--port", "0"])
    assert quiet.exit_code == 0, quiet.output
    config, sockets = calls[-1]
    assert "warning" not in quiet.output and config.host == "127.0.0.1" and config.port != 0
    assert len(sockets) == 1 and f"at http://127.0.0.1:{config.port}/ " in quiet.output
    loud = CliRunner().invoke(main, ["browse", "--db", str(sample_warehouse.path), "--host", "0.0.0.0",
                                     "--port", "0"])
    assert loud.exit_code == 0 and "warning: binding 0.0.0.0" in loud.output and "--no-sql" in loud.output
    assert f"on port {calls[-1][0].port} " in loud.output
    missing = CliRunner().invoke(main, ["browse", "--db", str(sample_warehouse.path) + ".nope"])
    assert missing.exit_code == 1 and "no warehouse at" in missing.output


@pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")  # Starlette 1.x nudges to httpx2
def test_sql_box_interrupts_long_queries_and_can_be_turned_off(sample_warehouse):
    from starlette.testclient import TestClient

    from flows.browse.app import Db, create_app

    with pytest.raises(WarehouseError, match="interrupted after 0 s"):
        Db(sample_warehouse.path).sandboxed("SELECT count(*) FROM range(100000000000) t(x) WHERE x % 7 = 3",
                                            timeout=0.3)
    client = TestClient(create_app(sample_warehouse.path, sql_box=False), base_url="http://127.0.0.1")
    off = client.get("/sql", params={"q": "SELECT * FROM read_text('/etc/passwd')"})
    assert off.status_code == 403 and "turned off" in off.text and "root:" not in off.text
