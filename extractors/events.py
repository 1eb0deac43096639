"""Text to conflict events. Pure: a ``Document`` in, a list of ``Event`` out.

This is the first, deliberately simple rule-based extractor: sentence-level trigger words choose the
event type, number patterns give casualties, a small country table gives the place. Issue 7 replaces
it with the full pipeline; the signature stays.
"""

from __future__ import annotations

import re

from extractors.models import Document, Event, make_event_id

EXTRACTOR_VERSION = "0.1.0"

_SENT = re.compile(r"[^.!?\n]+[.!?]?")
_TRIGGERS: list[tuple[re.Pattern, str, str]] = [
    (re.compile(r"\b(air ?strikes?|drone strikes?|airstrikes?|bombed from the air)\b", re.I),
     "explosions_remote_violence", "Air/drone strike"),
    (re.compile(r"\b(suicide bomb\w*)\b", re.I), "explosions_remote_violence", "Suicide bomb"),
    (re.compile(r"\b(shell(ed|ing)|artillery|mortar|rockets?|missiles?)\b", re.I),
     "explosions_remote_violence", "Shelling/artillery/missile attack"),
    (re.compile(r"\b(roadside bomb|IED|landmine|car bomb|explosive device)\b", re.I),
     "explosions_remote_violence", "Remote explosive/landmine/IED"),
    (re.compile(r"\b(clash(ed|es)?|fought|fighting|gunfight|firefight|ambush(ed)?)\b", re.I),
     "battles", "Armed clash"),
    (re.compile(r"\b(kidnapp?ed|abducted)\b", re.I), "violence_against_civilians",
     "Abduction/forced disappearance"),
    (re.compile(r"\b(gunmen|militants|attackers)\b.*\b(killed|shot)\b", re.I), "violence_against_civilians", "Attack"),
    (re.compile(r"\b(riot(ed|ers|s)?|looted|torched)\b", re.I), "riots", "Violent demonstration"),
    (re.compile(r"\b(protest(ed|ers|s)?|demonstrat(ed|ors|ion))\b", re.I), "protests", "Peaceful protest"),
    (re.compile(r"\b(arrested|detained)\b", re.I), "strategic_developments", "Arrests"),
]
_NUM_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_NUM = r"(\d+|" + "|".join(_NUM_WORDS) + r")"
_KILLED = re.compile(_NUM + r"\s+(?:\w+\s+){0,3}?(?:were |was |have been |had been )?(?:killed|dead|died)", re.I)
_INJURED = re.compile(_NUM + r"\s+(?:\w+\s+){0,3}?(?:were |was )?(?:injured|wounded|hurt)", re.I)
_COUNTRIES = {
    "afghanistan": "AFG", "burkina faso": "BFA", "colombia": "COL", "congo": "COD", "india": "IND",
    "iraq": "IRQ", "kenya": "KEN", "mali": "MLI", "mexico": "MEX", "myanmar": "MMR", "nigeria": "NGA",
    "pakistan": "PAK", "somalia": "SOM", "sudan": "SDN", "syria": "SYR", "ukraine": "UKR", "yemen": "YEM",
}
_COUNTRY_RE = re.compile(r"\b(" + "|".join(_COUNTRIES) + r")\b", re.I)


def _number(token: str) -> int:
    return int(token) if token.isdigit() else _NUM_WORDS[token.lower()]


def extract_events(doc: Document) -> list[Event]:
    """Find the conflict events a news text reports, one per trigger sentence."""
    text = doc.text or ""
    country_m = _COUNTRY_RE.search((doc.title or "") + " " + text)
    country = _COUNTRIES[country_m.group(1).lower()] if country_m else None
    events: list[Event] = []
    for m in _SENT.finditer(text):
        sentence = m.group(0).strip()
        if not sentence:
            continue
        for pattern, etype, sub in _TRIGGERS:
            if not pattern.search(sentence):
                continue
            killed = _KILLED.search(sentence)
            injured = _INJURED.search(sentence)
            start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
            events.append(Event(
                event_id=make_event_id(doc.doc_id, etype, sub, doc.published, None, start),
                doc_id=doc.doc_id, url=doc.url, event_date=doc.published,
                date_precision="day" if doc.published else None,
                event_type=etype, sub_event_type=sub, country=country,
                fatalities=_number(killed.group(1)) if killed else None,
                injuries=_number(injured.group(1)) if injured else None,
                evidence=sentence, evidence_start=start, evidence_end=start + len(sentence),
                confidence=0.3, extractor_version=EXTRACTOR_VERSION, published=doc.published,
                language=doc.language,
            ))
            break
        if events and len(events) >= 1:
            break  # the baseline reports at most one event per article
    return events
