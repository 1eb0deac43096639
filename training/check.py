#!/usr/bin/env python3
"""Validate the project's own training data (training/data/<lang>/*.jsonl); see training/GUIDE.md.

Usage: python training/check.py [FILE_OR_DIR ...]     (default: every file under training/data)
Exit 0 when every record is valid; otherwise prints one line per problem and exits 1. Standard library only.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = {"en", "fr", "es", "pt", "ar", "ru", "uk"}
TAXONOMY = {
    "battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "explosions_remote_violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
    "violence_against_civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "riots": {"Violent demonstration", "Mob violence"},
    "strategic_developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}
SUB_TO_TYPE = {sub: t for t, subs in TAXONOMY.items() for sub in subs}
KINDS = {"threat", "hypothetical", "denial", "aggregate", "background", "trial", "statement", "metaphor",
         "accident", "disaster", "crime", "military_routine", "humanitarian", "other"}


def _check_sentence(obj: dict, lang: str) -> list[str]:
    errs = []
    if not isinstance(obj.get("text"), str) or len(obj["text"].strip()) < 8:
        errs.append("text missing or too short")
    if obj.get("lang") != lang:
        errs.append(f"lang {obj.get('lang')!r} does not match folder {lang!r}")
    if obj.get("event") is True:
        if obj.get("sub_event_type") not in SUB_TO_TYPE:
            errs.append(f"unknown sub_event_type {obj.get('sub_event_type')!r}")
    elif obj.get("event") is False:
        if obj.get("kind") not in KINDS:
            errs.append(f"unknown kind {obj.get('kind')!r}")
    else:
        errs.append("event must be true or false")
    return errs


def _check_date(value, name: str) -> list[str]:
    if value is None:
        return []
    try:
        dt.date.fromisoformat(str(value))
    except ValueError:
        return [f"{name} {value!r} is not an ISO date"]
    return []


def _check_article(obj: dict, lang: str, seen: set[str]) -> list[str]:
    errs = []
    doc_id, text = obj.get("doc_id"), obj.get("text")
    if not isinstance(doc_id, str) or not doc_id.startswith(f"{lang}-"):
        errs.append(f"doc_id {doc_id!r} must start with '{lang}-'")
    elif doc_id in seen:
        errs.append(f"doc_id {doc_id!r} repeats")
    else:
        seen.add(doc_id)
    if obj.get("lang") != lang:
        errs.append(f"lang {obj.get('lang')!r} does not match folder {lang!r}")
    if not isinstance(text, str) or len(text) < 80:
        return errs + ["text missing or too short"]
    errs += _check_date(obj.get("published"), "published")
    events = obj.get("events")
    if not isinstance(events, list):
        return errs + ["events must be a list"]
    for i, ev in enumerate(events):
        where = f"event {i}"
        if ev.get("sub_event_type") not in SUB_TO_TYPE:
            errs.append(f"{where}: unknown sub_event_type {ev.get('sub_event_type')!r}")
        elif SUB_TO_TYPE[ev["sub_event_type"]] != ev.get("event_type"):
            errs.append(f"{where}: event_type {ev.get('event_type')!r} does not fit {ev['sub_event_type']!r}")
        errs += [f"{where}: {e}" for e in _check_date(ev.get("event_date"), "event_date")]
        if ev.get("date_precision") not in (None, "day", "month"):
            errs.append(f"{where}: date_precision must be day, month or null")
        country = ev.get("country")
        if country is not None and not (isinstance(country, str) and len(country) == 3 and country.isupper()):
            errs.append(f"{where}: country {country!r} is not ISO3")
        for key in ("fatalities", "injuries"):
            if ev.get(key) is not None and not (isinstance(ev[key], int) and ev[key] >= 0):
                errs.append(f"{where}: {key} must be a non-negative integer or null")
        for s in [ev.get("evidence"), *(ev.get("sentences") or [])]:
            if not isinstance(s, str) or not s or s not in text:
                errs.append(f"{where}: not an exact substring of text: {str(s)[:60]!r}")
    return errs


def check(paths: list[Path]) -> int:
    files = []
    for p in paths:
        files += sorted(p.rglob("*.jsonl")) if p.is_dir() else [p]
    problems, counts, seen = 0, Counter(), set()
    for f in files:
        lang = f.parent.name
        if lang not in LANGS:
            print(f"{f}: folder must be one of {sorted(LANGS)}")
            problems += 1
            continue
        kind = "articles" if f.name.startswith("articles") else "sentences"
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                print(f"{f}:{n}: not JSON ({exc.msg})")
                problems += 1
                continue
            errs = _check_article(obj, lang, seen) if kind == "articles" else _check_sentence(obj, lang)
            for e in errs:
                print(f"{f}:{n}: {e}")
            problems += len(errs)
            counts[(lang, kind)] += 1
    for (lang, kind), n in sorted(counts.items()):
        print(f"{lang} {kind}: {n}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    args = [Path(a) for a in sys.argv[1:]] or [HERE / "data"]
    sys.exit(check(args))
