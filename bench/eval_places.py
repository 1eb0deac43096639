"""Place resolution on the LGL corpus (../shared/golddata/geoparsing_lgl_gwn/lgl.xml.gz).

For every gold toponym that GeoNames resolved, compares our country (ISO3) and admin1 with the gold:

- ``find_places``: the place we found whose span overlaps the gold span, in full-article context. A
  toponym we missed counts as wrong (so the figure is recall-like); "resolved" is the accuracy on the
  ones we found.
- ``geocode``: the toponym's phrase alone, no context (the baseline of the same run).

Then ``document_country`` against the dev set's gold event countries and MUC-3/4's template countries.

Admin1 compares loosely, as ../shared/eval/score_events.py does. Also times find_places per article.

    python bench/eval_places.py [--shared ../shared] [--limit N] [--errors 20]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import resource
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors.places.gazetteer import KIND_COUNTRY, fold, get_gazetteer  # noqa: E402
from extractors.places.geo import document_country, find_places, geocode  # noqa: E402

_ALIASES = {"united states": "USA", "russia": "RUS", "united kingdom": "GBR", "south korea": "KOR",
            "north korea": "PRK", "palestinian territory": "PSE", "iran": "IRN", "syria": "SYR",
            "vietnam": "VNM", "laos": "LAO", "czech republic": "CZE", "macedonia": "MKD"}


def country_iso3(name: str) -> str | None:
    key = fold(name)
    if key in _ALIASES:
        return _ALIASES[key]
    gaz = get_gazetteer()
    for idx, _ in gaz.lookup(key):
        if gaz.entries[idx].kind == KIND_COUNTRY:
            return gaz.entries[idx].country
    return None


def load_lgl(path: Path, limit: int | None = None) -> list[dict]:
    with gzip.open(path, "rb") as fh:
        root = ET.parse(fh).getroot()
    docs = []
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        tops = []
        for t in art.iter("toponym"):
            tag = t.find("gaztag")
            if tag is None:
                continue
            country = tag.findtext("country")
            if not country:
                continue
            tops.append({"start": int(t.findtext("start")), "end": int(t.findtext("end")),
                         "phrase": t.findtext("phrase"), "country": country_iso3(country),
                         "country_name": country, "admin1": tag.findtext("admin1"),
                         "fcode": tag.findtext("fcode")})
        docs.append({"id": art.get("docid"), "title": art.findtext("title"), "text": text, "toponyms": tops})
        if limit and len(docs) >= limit:
            break
    return docs


def _admin_equal(shared: Path):
    sys.path.insert(0, str(shared / "eval"))
    try:
        from score_events import place_equal  # type: ignore[import-not-found]
    except ImportError:
        def place_equal(a, b):
            return fold(a) == fold(b)
    return place_equal


def evaluate(docs: list[dict], place_equal) -> dict:
    c = Counter()
    errors = []
    elapsed = 0.0
    chars = 0
    for d in docs:
        t0 = time.process_time()  # CPU time: other work on the machine does not inflate it
        places = find_places(d["text"])
        elapsed += time.process_time() - t0
        chars += len(d["text"])
        for g in d["toponyms"]:
            if g["country"] is None:
                continue
            c["gold"] += 1
            hit = next((p for p in places if p.start < g["end"] and g["start"] < p.end), None)
            if hit is not None:
                c["found"] += 1
                ok = hit.country == g["country"]
                c["country_ok"] += ok
                if not ok:
                    errors.append((g["phrase"], g["country"], hit.name, hit.country, d["text"][:60]))
            if g["admin1"] and g["fcode"] not in ("PCLI", "PCL", "CONT", "ADM1"):
                c["admin_gold"] += 1
                if hit is not None and hit.country == g["country"] and hit.admin1 \
                        and place_equal(g["admin1"], hit.admin1):
                    c["admin_ok"] += 1
            one = geocode(g["phrase"])
            c["geocode_ok"] += one is not None and one.country == g["country"]
            if g["admin1"] and g["fcode"] not in ("PCLI", "PCL", "CONT", "ADM1"):
                c["geocode_admin_ok"] += one is not None and one.admin1 is not None \
                    and one.country == g["country"] and place_equal(g["admin1"], one.admin1)
    gold = max(c["gold"], 1)
    return {
        "toponyms": c["gold"],
        "found": c["found"] / gold,
        "country_acc": c["country_ok"] / gold,
        "country_acc_resolved": c["country_ok"] / max(c["found"], 1),
        "admin1_acc": c["admin_ok"] / max(c["admin_gold"], 1),
        "geocode_country_acc": c["geocode_ok"] / gold,
        "geocode_admin1_acc": c["geocode_admin_ok"] / max(c["admin_gold"], 1),
        "ms_per_article": 1000 * elapsed / max(len(docs), 1),
        "ms_per_5000_chars": 1000 * elapsed / max(chars, 1) * 5000,
        "errors": errors,
    }


def dev_countries(shared: Path) -> tuple[int, int]:
    """document_country against the gold country of each dev document's first event."""
    dev = shared / "eval" / "dev"
    if not (dev / "docs.jsonl").exists():
        return 0, 0
    docs = [json.loads(line) for line in (dev / "docs.jsonl").open(encoding="utf-8")]
    gold = {g["doc_id"]: g for g in map(json.loads, (dev / "gold.jsonl").open(encoding="utf-8"))}
    ok = n = 0
    for d in docs:
        events = gold.get(d["doc_id"], {}).get("events") or []
        if not events or not events[0].get("country"):
            continue
        n += 1
        ok += document_country(find_places(d["text"], title=d.get("title"))) == events[0]["country"]
    return ok, n


def muc_countries(shared: Path) -> tuple[int, int]:
    """document_country on MUC-3/4 (all capitals) against the country of each message's first template."""
    base = shared / "golddata" / "muc4"
    if not base.is_dir():
        return 0, 0
    texts: dict[str, str] = {}
    for f in sorted((base / "texts").glob("*.gz")):
        raw = gzip.open(f, "rt", encoding="utf-8", errors="replace").read()
        for doc in re.split(r"\n(?=(?:DEV|TST\d)-MUC\d-\d{4})", raw):
            doc = doc.strip()
            if doc and "\n" in doc:
                texts[doc.split()[0]] = doc.split("\n", 1)[1]
    gold: dict[str, str] = {}
    for f in sorted((base / "keys").glob("*.gz")):
        cur = None
        for line in gzip.open(f, "rt", encoding="utf-8", errors="replace"):
            m = re.match(r"0\.\s+MESSAGE: ID\s+(\S+)", line)
            if m:
                cur = m.group(1)
            m = re.match(r"3\.\s+INCIDENT: LOCATION\s+(.+)", line)
            if m and cur and cur not in gold:
                country = m.group(1).split(":")[0].strip()
                if country not in ("-", "*") and not country.startswith("?"):
                    gold[cur] = country
    ok = n = 0
    for mid, country in gold.items():
        g = geocode(country)
        if mid not in texts or g is None or g.geo_precision != "country":
            continue
        n += 1
        ok += document_country(find_places(texts[mid])) == g.country
    return ok, n


def naive_lookup_seconds(docs: list[dict]) -> float:
    """Baseline for speed: look up every capitalised word in the gazetteer index, nothing else."""
    gaz = get_gazetteer()
    word = re.compile(r"\b[A-Z]\w+")
    t0 = time.process_time()
    for d in docs:
        for w in word.findall(d["text"]):
            gaz.lookup(w.lower())
    return time.process_time() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--errors", type=int, default=0, help="print this many wrong countries")
    args = ap.parse_args(argv)
    path = args.shared / "golddata" / "geoparsing_lgl_gwn" / "lgl.xml.gz"
    if not path.exists():
        print(f"missing {path}", file=sys.stderr)
        return 2
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.process_time()
    get_gazetteer()
    load_s = time.process_time() - t0
    load_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss0) / 1024  # Linux: KiB
    docs = load_lgl(path, args.limit)
    t0 = time.process_time()
    for d in docs:  # the first pass also builds the per-country spelling tables it needs
        find_places(d["text"])
    first_ms = 1000 * (time.process_time() - t0) / max(len(docs), 1)
    r = evaluate(docs, _admin_equal(args.shared))
    print(f"LGL: {len(docs)} articles, {r['toponyms']} gold toponyms with a country")
    print(f"find_places: found {r['found']:.3f}  country {r['country_acc']:.3f} "
          f"(of found: {r['country_acc_resolved']:.3f})  admin1 {r['admin1_acc']:.3f}")
    print(f"geocode (phrase alone, baseline): country {r['geocode_country_acc']:.3f}  "
          f"admin1 {r['geocode_admin1_acc']:.3f}")
    print(f"context gain: country x{r['country_acc'] / max(r['geocode_country_acc'], 1e-9):.2f}")
    base_ms = 1000 * naive_lookup_seconds(docs) / max(len(docs), 1)
    print(f"speed (CPU): gazetteer load {load_s:.2f} s, +{load_mb:.0f} MB peak memory; first pass {first_ms:.2f} ms/article; "
          f"then find_places {r['ms_per_article']:.2f} ms/article, "
          f"{r['ms_per_5000_chars']:.2f} ms per 5,000 chars; x{r['ms_per_article'] / max(base_ms, 1e-9):.1f} "
          f"the time of a bare lookup of every capitalised word ({base_ms:.3f} ms/article)")
    ok, n = dev_countries(args.shared)
    if n:
        print(f"document_country on eval/dev (first event's country): {ok}/{n} = {ok / n:.3f}")
    ok, n = muc_countries(args.shared)
    if n:
        print(f"document_country on MUC-3/4 (all capitals, first template's country): {ok}/{n} = {ok / n:.3f}")
    for e in r["errors"][:args.errors]:
        print("  wrong:", e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
