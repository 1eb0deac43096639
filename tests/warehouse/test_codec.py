"""Raw HTML bodies: zstd from schema v5 on, and rows stored with zlib by earlier releases stay readable."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zlib

import duckdb
import pytest
from click.testing import CliRunner

from flows.cli import main
from flows.urls import canonicalize, page_id
from warehouse import Warehouse
from warehouse.codec import decompress, pack
from warehouse.schema import migrate

PAGE = b"""<html><head><title>Airstrike near Idlib</title></head><body><nav>Home</nav><article>
<p>A drone strike killed six people in a market in Idlib, Syria, on Tuesday, a monitoring group said. Rescue
workers searched the rubble for survivors late into the night.</p>
<p>It was the third such strike in the province this month, local residents told reporters.</p>
</article></body></html>"""


def test_bodies_round_trip_and_either_codec_is_recognised():
    packed = pack("h", PAGE, "utf-8")
    assert packed.codec == "zstd" and packed.size == len(PAGE) and len(packed.blob) < len(PAGE)
    assert decompress(packed.blob, "zstd") == PAGE
    assert decompress(packed.blob, None) == PAGE  # by its magic bytes
    assert decompress(zlib.compress(PAGE, 6), None) == PAGE  # rows from before v5
    with pytest.raises(ValueError, match="unknown raw_html codec"):
        decompress(packed.blob, "lz77")


def _v4_warehouse_with_a_zlib_page(path) -> str:
    con = duckdb.connect(str(path))
    migrate(con, target=4)
    digest = hashlib.sha256(PAGE).hexdigest()
    url = "https://wire.example.com/idlib"
    doc = page_id(canonicalize(url))
    con.execute("INSERT INTO pages (page_id, url, canonical_url, http_status, ok, content_type, content_hash, "
                "fetched_at) VALUES (?, ?, ?, 200, TRUE, 'text/html', ?, ?)",
                [doc, url, url, digest, dt.datetime(2024, 5, 7)])
    con.execute("INSERT INTO raw_html (content_hash, encoding, size, body) VALUES (?, 'utf-8', ?, ?)",
                [digest, len(PAGE), zlib.compress(PAGE, 6)])
    con.execute("INSERT INTO articles (doc_id, url, text, content_hash, extractor_version) "
                "VALUES (?, ?, 'old text', ?, 'old')", [doc, url, digest])
    con.close()
    return digest


@pytest.mark.slow
def test_reextract_reads_zlib_rows_of_an_old_warehouse(tmp_path, prefect_env):
    db = tmp_path / "v4.duckdb"
    digest = _v4_warehouse_with_a_zlib_page(db)
    result = CliRunner().invoke(main, ["reextract", "--db", str(db), "--runner", "thread", "--workers", "1",
                                       "--no-progress", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output[result.output.index("{"):])
    assert report["articles"] == 1 and report["events"] >= 1 and not report["failures"], result.output
    wh = Warehouse(db)
    assert wh.query("SELECT codec FROM raw_html")["codec"].to_list() == [None]  # the old row is left as it was
    assert wh.raw_html(digest) == PAGE
    assert "Idlib" in wh.query("SELECT location FROM events")["location"][0]
    # a body stored now is zstd, and says so
    wh.store_fetch_results([], [pack("h2", PAGE + b" ", "utf-8")], [], {})
    assert wh.query("SELECT codec FROM raw_html WHERE content_hash = 'h2'")["codec"][0] == "zstd"
    assert wh.raw_html("h2") == PAGE + b" "
