"""Generalisation to older, all-upper-case wire copy: the MUC-3/4 terrorism set in ``../shared/golddata/muc4``.

Usage:
    python bench/eval_muc.py                     # the tuning split (TST1+TST2, 200 docs): texts and misses may be read
    python bench/eval_muc.py --split test        # the test split (TST3, 100 docs): for measuring only
    python bench/eval_muc.py --split dev         # the 1,300 DEV docs: a larger set, for measuring only
    python bench/eval_muc.py --split tuning,test # several splits, one line each
    python bench/eval_muc.py --misses            # tuning-split misses (never for test or dev)

The texts are FBIS translations of Latin-American news (1989-91), ALL UPPER CASE, each with answer-key
templates (``*`` = an irrelevant document). Each document goes to ``extract_events`` as English text that
starts at its dateline (``CITY, DD MMM YY (SOURCE) --``), with the dateline's date as publication date.
Document-level measures, since MUC templates and ACLED-style events do not match one to one:

* relevance: a document is predicted relevant when it yields >= 1 event; gold relevant when it has a template
  other than ``*``. Precision, recall, F1.
* country: over gold-relevant documents, the share whose events' countries include a country of the key's
  ``INCIDENT: LOCATION`` slots (MUC names mapped to ISO 3166 alpha-3); also given over those with events.
* type: each key template of type ATTACK, BOMBING, KIDNAPPING or ARSON in a document with events agrees when one
  of the document's events has a type it maps to: ATTACK -> violence_against_civilians or battles (or a
  shelling/grenade/bomb attack), BOMBING -> explosions_remote_violence, KIDNAPPING -> Abduction/forced
  disappearance, ARSON -> violence_against_civilians, riots or Looting/property destruction. The share of such
  templates is printed.
* fatalities: a template's deaths are the slot-21 numbers of the targets slot 23 marks DEATH (a range ``A-B``
  accepts A..B); a document is scored when it has a template with deaths and every such template has a number.
  ``sum``: the sum of its events' fatalities lies between the sum over its required templates (low ends) and
  the sum over all, ``(OPTIONAL)`` ones included (high ends); ``max``: the largest event toll equals the largest
  template toll (within its range). A document without events scores 0 on both.

Texts stay in ``../shared``; nothing of them is written anywhere.
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors.events.pipeline import extract_events  # noqa: E402
from extractors.records import Document  # noqa: E402

SPLITS = {
    "tuning": (("tst1-muc3.gz", "key-tst1.v7.gz"), ("tst2-muc4.gz", "key-tst2.v4.gz")),
    "test": (("tst3-muc4.gz", "key-tst3.v2.gz"),),
    "dev": tuple((f"dev-muc3-{i:04d}-{i + 99:04d}.gz", f"key-dev-{i:04d}.muc4.gz") for i in range(1, 1300, 100)),
}
COUNTRIES = {
    "EL SALVADOR": "SLV", "COLOMBIA": "COL", "PERU": "PER", "GUATEMALA": "GTM", "GUATAMALA": "GTM", "CHILE": "CHL",
    "HONDURAS": "HND", "BOLIVIA": "BOL", "ECUADOR": "ECU", "ARGENTINA": "ARG", "PANAMA": "PAN", "NICARAGUA": "NIC",
    "BRAZIL": "BRA", "VENEZUELA": "VEN", "UNITED STATES": "USA", "SPAIN": "ESP", "JAMAICA": "JAM", "MEXICO": "MEX",
    "CUBA": "CUB", "COSTA RICA": "CRI",
}
BOMBS = ("Remote explosive/landmine/IED", "Grenade", "Suicide bomb", "Shelling/artillery/missile attack")
TYPES = {  # MUC incident type -> predicate on (event_type, sub_event_type)
    "ATTACK": lambda t, s: t in ("violence_against_civilians", "battles") or s in BOMBS,
    "BOMBING": lambda t, s: t == "explosions_remote_violence",
    "KIDNAPPING": lambda t, s: s == "Abduction/forced disappearance",
    "ARSON": lambda t, s: t in ("violence_against_civilians", "riots") or s == "Looting/property destruction",
}
MONTHS = {m: i for i, m in enumerate(("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV",
                                      "DEC"), 1)}
_ID = re.compile(r"^((?:DEV|TST\d)-MUC\d-\d{4})\b.*$", re.M)
_DATELINE = re.compile(r"^[^,\n]{2,60},\s+(\d{1,2})\s+([A-Z]{3})\s+(\d{2})\b")
_SLOT = re.compile(r"^(\d+)\.\s+[A-Z :]+?\s{2,}(.*)$|^(\d+)\.\s+[A-Z :]+$")


@dataclass
class Template:
    type: str
    countries: set[str]
    deaths: tuple[int, int] | None  # (low, high); None: no target died
    deaths_known: bool = True
    optional: bool = False  # the key's "(OPTIONAL)" templates: relevant, not required


@dataclass
class MucDoc:
    doc_id: str
    text: str  # from the dateline on
    published: str | None
    templates: list[Template] = field(default_factory=list)

    @property
    def relevant(self) -> bool:
        return bool(self.templates)


def read_texts(raw: str) -> dict[str, tuple[str, str | None]]:
    """Message id -> (text from the dateline on, ISO publication date or None)."""
    out = {}
    marks = list(_ID.finditer(raw))
    for m, nxt in zip(marks, marks[1:] + [None], strict=True):
        body = raw[m.end():nxt.start() if nxt else len(raw)].strip()
        d = _DATELINE.match(body)
        published = None
        if d and d.group(2) in MONTHS:
            published = f"19{d.group(3)}-{MONTHS[d.group(2)]:02d}-{int(d.group(1)):02d}"
        out[m.group(1)] = (body, published)
    return out


def _slots(block: str) -> dict[int, list[str]]:
    slots: dict[int, list[str]] = {}
    last = None
    for line in block.splitlines():
        if line.startswith(";"):
            continue
        m = _SLOT.match(line)
        if m:
            last = int(m.group(1) or m.group(3))
            slots[last] = [(m.group(2) or "").strip()]
        elif last is not None and line.strip():
            slots[last].append(line.strip())
    return slots


def _names(value: str) -> set[str]:
    return {s.strip().strip('"') for s in re.findall(r'"(?:[^"\\]|\\.)*"', value)}


def _deaths(numbers: list[str], effects: list[str]) -> tuple[tuple[int, int] | None, bool]:
    """Deaths of one template from slots 21 (numbers) and 23 (effects): ((low, high) or None, all known)."""
    dead = [_names(e) for e in effects if e.lstrip("? ").startswith("DEATH")]
    if not dead:
        return None, True
    lo = hi = 0
    for names in dead:
        count = None
        for n in numbers:
            head, _, rest = n.partition(":")
            if _names(rest) & names:
                r = re.fullmatch(r"\s*\??\s*(\d+)\s*(?:-\s*(\d+))?\s*", head)
                if r:
                    count = (int(r.group(1)), int(r.group(2) or r.group(1)))
                break
        if count is None:
            return None, False
        lo, hi = lo + count[0], hi + count[1]
    return (lo, hi), True


def read_keys(raw: str) -> dict[str, list[Template]]:
    """Message id -> its relevant templates ([] for a ``*`` document)."""
    out: dict[str, list[Template]] = {}
    for block in re.split(r"\n\s*\n", raw):
        s = _slots(block)
        if 0 not in s:
            continue
        doc_id = s[0][0].split()[0]
        temps = out.setdefault(doc_id, [])
        if s.get(1, ["*"])[0].strip() == "*":
            continue
        countries = set()
        for loc in s.get(3, []):
            for part in loc.split("/"):
                name = part.split(":")[0].strip(" ()?")
                if name in COUNTRIES:
                    countries.add(COUNTRIES[name])
        deaths, known = _deaths(s.get(21, []), s.get(23, []))
        temps.append(Template(type=s.get(4, ["-"])[0].strip(), countries=countries, deaths=deaths,
                              deaths_known=known, optional="OPTIONAL" in s[1][0]))
    return out


def load(shared: Path, split: str) -> list[MucDoc]:
    folder = shared / "golddata" / "muc4"
    docs = []
    for text_name, key_name in SPLITS[split]:
        texts = read_texts(gzip.open(folder / "texts" / text_name, "rt", encoding="latin-1").read())
        keys = read_keys(gzip.open(folder / "keys" / key_name, "rt", encoding="latin-1").read())
        for doc_id, (text, published) in texts.items():
            docs.append(MucDoc(doc_id, text, published, keys.get(doc_id, [])))
    return docs


def predict(d: MucDoc) -> list:
    return extract_events(Document(doc_id=d.doc_id, text=d.text, published=d.published, language="en"))


def _type_ok(muc_type: str, events: list) -> bool | None:
    test = TYPES.get(muc_type)
    if test is None:
        return None
    return any(test(e.event_type, e.sub_event_type) for e in events)


def score_doc(d: MucDoc, events: list) -> dict:
    """One document's contributions to the measures (None: not counted for that measure)."""
    got = bool(events)
    countries = {e.country for e in events if e.country}
    gold_c = set().union(*(t.countries for t in d.templates)) if d.templates else set()
    types = [ok for t in d.templates if (ok := _type_ok(t.type, events)) is not None] if got else []
    tolls = [t for t in d.templates if t.deaths is not None]
    fat = None
    if tolls and all(t.deaths_known for t in d.templates):
        pred = [e.fatalities or 0 for e in events]
        lo = sum(t.deaths[0] for t in tolls if not t.optional)
        hi = sum(t.deaths[1] for t in tolls)
        top = max((t.deaths for t in tolls), key=lambda t: t[1])
        fat = {"sum": lo <= sum(pred) <= hi if pred else False,
               "max": top[0] <= max(pred) <= top[1] if pred else False}
    return {"relevant": d.relevant, "predicted": got,
            "country": bool(countries & gold_c) if d.relevant and gold_c else None,
            "types": types, "fatalities": fat}


def aggregate(rows: list[dict]) -> dict:
    tp = sum(r["relevant"] and r["predicted"] for r in rows)
    fp = sum(not r["relevant"] and r["predicted"] for r in rows)
    fn = sum(r["relevant"] and not r["predicted"] for r in rows)
    p = tp / max(tp + fp, 1)
    rec = tp / max(tp + fn, 1)
    country = [r["country"] for r in rows if r["country"] is not None]
    country_ev = [r["country"] for r in rows if r["country"] is not None and r["predicted"]]
    types = [ok for r in rows for ok in r["types"]]
    fat = [r["fatalities"] for r in rows if r["fatalities"] is not None]
    return {"docs": len(rows), "relevant": sum(r["relevant"] for r in rows), "precision": p, "recall": rec,
            "f1": 2 * p * rec / max(p + rec, 1e-9), "irrelevant_with_event": fp,
            "country": sum(country) / max(len(country), 1), "country_n": len(country),
            "country_with_events": sum(country_ev) / max(len(country_ev), 1),
            "type": sum(types) / max(len(types), 1), "type_n": len(types),
            "fat_sum": sum(f["sum"] for f in fat) / max(len(fat), 1),
            "fat_max": sum(f["max"] for f in fat) / max(len(fat), 1), "fat_n": len(fat)}


def score(docs: list[MucDoc], show_misses: bool = False) -> dict:
    rows = []
    for d in docs:
        events = predict(d)
        r = score_doc(d, events)
        rows.append(r)
        if show_misses:
            _print_misses(d, events, r)
    return aggregate(rows)


def _print_misses(d: MucDoc, events: list, r: dict) -> None:
    lead = events[0].evidence[:140].replace("\n", " ") if events else ""
    gold = "; ".join(f"{t.type} {'/'.join(sorted(t.countries))} dead {t.deaths}" for t in d.templates) or "*"
    pred = "; ".join(f"{e.sub_event_type} {e.country} fat {e.fatalities}" for e in events) or "(no event)"
    bad = []
    if r["relevant"] != r["predicted"]:
        bad.append("relevance")
    if r["country"] is False:
        bad.append("country")
    if False in r["types"]:
        bad.append("type")
    if r["fatalities"] and not r["fatalities"]["sum"]:
        bad.append("fatalities")
    if bad:
        print(f"{d.doc_id} {','.join(bad)}: gold [{gold}] pred [{pred}] {lead}")


def line(split: str, r: dict) -> str:
    return (f"muc {split:6s} {r['docs']} docs ({r['relevant']} relevant): relevance F1 {r['f1']:.3f} "
            f"(P {r['precision']:.2f} R {r['recall']:.2f}, {r['irrelevant_with_event']} irrelevant with events); "
            f"country {r['country']:.3f} of {r['country_n']} ({r['country_with_events']:.3f} where events); "
            f"type {r['type']:.3f} of {r['type_n']}; fatalities sum {r['fat_sum']:.3f} max {r['fat_max']:.3f} "
            f"of {r['fat_n']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--split", default="tuning", help="comma list of tuning, test, dev")
    ap.add_argument("--misses", action="store_true", help="list tuning-split misses")
    args = ap.parse_args(argv)
    if not (args.shared / "golddata" / "muc4").is_dir():
        print(f"{args.shared} has no golddata/muc4", file=sys.stderr)
        return 2
    splits = args.split.split(",")
    if any(s not in SPLITS for s in splits):
        print(f"splits are {', '.join(SPLITS)}", file=sys.stderr)
        return 2
    if args.misses and splits != ["tuning"]:
        print("misses are for the tuning split only", file=sys.stderr)
        return 2
    for split in splits:
        print(line(split, score(load(args.shared, split), show_misses=args.misses)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
