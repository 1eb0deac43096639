"""The MUC bench's reading and scoring (bench/eval_muc.py) on a tiny all-caps corpus and key written for this
test in the MUC formats; no shared data needed."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

TEXTS = """TST9-MUC4-0001

   LIMA, 12 JUN 90 (WIRE) -- [TEXT] SUSPECTED REBELS KILLED THREE POLICEMEN IN AN ATTACK ON A POLICE
STATION IN THE TOWN OF HUANTA, IN AYACUCHO DEPARTMENT, EARLY TODAY, THE
INTERIOR MINISTRY REPORTED. THE ATTACKERS ALSO BURNED TWO VEHICLES AND
FLED INTO THE HILLS.


TST9-MUC4-0002

   SANTIAGO, 3 JUL 90 (WIRE) -- [TEXT] THE FINANCE MINISTER PRESENTED THE
BUDGET FOR NEXT YEAR TO CONGRESS TODAY AND SAID THAT SPENDING ON SCHOOLS
AND ROADS WOULD GROW BY FIVE PERCENT IN REAL TERMS.
"""

KEYS = """0.  MESSAGE: ID                     TST9-MUC4-0001
1.  MESSAGE: TEMPLATE               1
2.  INCIDENT: DATE                  12 JUN 90
3.  INCIDENT: LOCATION              PERU: AYACUCHO (DEPARTMENT): HUANTA (TOWN)
4.  INCIDENT: TYPE                  ATTACK
21. HUM TGT: NUMBER                 3: "POLICEMEN"
23. HUM TGT: EFFECT OF INCIDENT     DEATH: "POLICEMEN"

0.  MESSAGE: ID                     TST9-MUC4-0001
1.  MESSAGE: TEMPLATE               2 (OPTIONAL)
3.  INCIDENT: LOCATION              PERU: HUANTA (TOWN)
4.  INCIDENT: TYPE                  ARSON
21. HUM TGT: NUMBER                 -
23. HUM TGT: EFFECT OF INCIDENT     -

0.  MESSAGE: ID                     TST9-MUC4-0002
1.  MESSAGE: TEMPLATE               *
"""


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("eval_muc", ROOT / "bench" / "eval_muc.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("eval_muc", module)  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_texts_and_keys_are_read(bench):
    texts = bench.read_texts(TEXTS)
    assert set(texts) == {"TST9-MUC4-0001", "TST9-MUC4-0002"}
    text, published = texts["TST9-MUC4-0001"]
    assert text.startswith("LIMA, 12 JUN 90") and published == "1990-06-12"
    keys = bench.read_keys(KEYS)
    assert keys["TST9-MUC4-0002"] == []
    attack, arson = keys["TST9-MUC4-0001"]
    assert (attack.type, attack.countries, attack.deaths, attack.optional) == ("ATTACK", {"PER"}, (3, 3), False)
    assert (arson.type, arson.deaths, arson.optional) == ("ARSON", None, True)


def test_the_scorer_on_the_extractor(bench):
    texts, keys = bench.read_texts(TEXTS), bench.read_keys(KEYS)
    docs = [bench.MucDoc(i, t, p, keys[i]) for i, (t, p) in texts.items()]
    rows = [bench.score_doc(d, bench.predict(d)) for d in docs]
    r = bench.aggregate(rows)
    assert (r["docs"], r["relevant"]) == (2, 1)
    assert r["recall"] == 1.0 and r["precision"] == 1.0 and r["irrelevant_with_event"] == 0
    assert r["country"] == 1.0 and r["country_n"] == 1
    assert r["fat_n"] == 1 and r["fat_sum"] == 1.0 and r["fat_max"] == 1.0
    assert r["type_n"] == 2  # ATTACK and ARSON templates, each agreeing when some event has a type they map to


def test_score_doc_rules(bench):
    class Ev:
        def __init__(self, t, s, c, f):
            self.event_type, self.sub_event_type, self.country, self.fatalities = t, s, c, f

    temps = [bench.Template("BOMBING", {"SLV"}, (2, 3)), bench.Template("KIDNAPPING", {"SLV"}, None)]
    doc = bench.MucDoc("X", "", None, temps)
    row = bench.score_doc(doc, [Ev("explosions_remote_violence", "Remote explosive/landmine/IED", "SLV", 3),
                                Ev("battles", "Armed clash", "HND", None)])
    assert row["country"] is True and row["types"] == [True, False]
    assert row["fatalities"] == {"sum": True, "max": True}
    assert bench.score_doc(doc, [])["fatalities"] == {"sum": False, "max": False}
    unknown = bench.MucDoc("Y", "", None, [bench.Template("ATTACK", {"PER"}, None, deaths_known=False)])
    assert bench.score_doc(unknown, [])["fatalities"] is None
