"""Stage 2, detect: which sentences report a specific event that happened.

Rules first: a sentence needs a trigger (``Lexicon.rules``) that is reported as having happened — not a
threat, plan or hypothetical (modal words in the trigger's clause), not negated, not a running total or old
background, not a photo caption, not an accident without a hostile actor, not a protest called off. The
learned detector (``extractors.events.learned``) then scores each sentence: it confirms or vetoes a rule's
candidate, and can add a sentence whose trigger the rule tables miss. Headlines only support the events of
the body (or become the event when the body has none).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from extractors.actors import dictionary as act
from extractors.events import learned
from extractors.events.counts import sentence_counts
from extractors.events.dates import resolve_date
from extractors.events.drafts import Candidate, DateInfo, Segmented
from extractors.events.segment import is_headline
from extractors.events.triggers import Trigger, classify_all, prefixes
from extractors.lexicons import Lexicon, rx
from extractors.text import nlp
from extractors.text.sentences import Sentence

# shared by every language: years are digits
_YEAR = rx(r"(?<![\w/-])((?:19|20|\u0661\u0669|\u0662\u0660)\d\d)(?![\w/-])")  # Arabic-Indic digits too
_FULL_DATE_BEFORE = rx(r"[^\W\d_]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s*$|\d{1,2}\s+(?:de\s+)?[^\W\d_]{3,10}\.?,?\s*$")


@dataclass
class Detection:
    candidates: list[Candidate]
    headlines: list[Candidate]  # headline sentences that report an event (support for the first one)


def reportable(s: Sentence, trig_start: int, ref_year: int | None, lex: Lexicon) -> bool:
    """False for threats, plans, denials, negations, aggregates and old background."""
    text = s.text
    before = text[:trig_start]
    clause = lex.clause.split(before)[-1]
    if lex.hypothetical.search(clause) or lex.negated.search(before[-40:]):
        return False
    if lex.old.search(text) or lex.since.search(text):
        return False
    for m in _YEAR.finditer(text[:trig_start + 40]):  # years in a trailing clause are background to it
        if ref_year is not None and int(m.group(1)) < ref_year:
            return False
        if ref_year is None and not _FULL_DATE_BEFORE.search(text[max(0, m.start() - 16):m.start()]):
            return False  # undated text: a bare year ("the 1973 agreement") is history, not news
    return True


def _called_off(text: str, first: Trigger, lex: Lexicon) -> bool:
    """"Students withdrew all protests": a protest ended, which is no event (nor a withdrawal of forces)."""
    return first.event_type in ("protests", "riots") and bool(
        lex.called_off.search(text[max(0, first.start - 60):first.start]))


def _in_caption(text: str, s: Sentence, lex: Lexicon) -> bool:
    """Photo captions ("Soldiers patrol near Beni. /Reuters") describe a picture, not the news."""
    start, end = text.rfind("\n", 0, s.start) + 1, text.find("\n", s.end)
    return bool(lex.caption.search(text[start:end if end >= 0 else len(text)]))


def _new_incident(text: str, lex: Lexicon) -> bool:
    """Whether a sentence describes an incident in its own right, not only "the attack" mentioned before."""
    for m in lex.incident.finditer(text):
        if lex.incident_noun.match(m.group(0)) and lex.anaphor.search(text[max(0, m.start() - 40):m.start()]):
            continue
        return True
    return False


def is_sports_report(seg: Segmented) -> bool:
    lex = seg.lex
    n = len(lex.sports.findall(seg.text))
    return n >= 3 and n >= len(lex.violence.findall(seg.text)) / 2


_FILTERED = Trigger("", "", 0, -1)  # a rule matched, but what it matched is a threat, a denial or background


def _rule_trigger(s: Sentence, seg: Segmented) -> Trigger | None:
    """The most specific rule whose trigger is reported as having happened ("captured two villages near the
    scene of a 2017 chemical attack" is a territory event, not a chemical one); None when no rule matches,
    ``_FILTERED`` when rules match but none is reported as having happened."""
    lex = seg.lex
    trig = first = None
    for t in classify_all(s.text, lex, prefixes(s.text, lex)):
        first = first or t
        if reportable(s, t.start, seg.ref_year, lex):
            trig = t
            break
    if first is None:
        return None
    if trig is None or _called_off(s.text, first, lex):
        return _FILTERED
    if seg.options.linguistic and nlp.available(lex.lang):
        args = nlp.arguments(s.text, lex.lang)  # "did not, as residents feared, attack": negation far from it
        if args is not None and (trig.start in args.negated or trig.start in args.modal):
            return _FILTERED
    return trig


def _model_trigger(idx) -> Trigger:
    """The detector's candidate without a rule: typed by the typing model (refined by the type stage)."""
    scores = learned.type_scores([idx], [1.0]) or {"Attack": 1.0}
    sub = max(scores, key=scores.get)
    return Trigger(learned.SUB_TO_TYPE[sub], sub, 2 if scores[sub] >= 0.6 else 1, 0)


def detect(seg: Segmented) -> Detection:
    lex, text, opts = seg.lex, seg.text, seg.options
    use_model = opts.learned and learned.models()[0] is not None
    limits = learned.thresholds()
    candidates: list[Candidate] = []
    headlines: list[Candidate] = []
    if opts.linguistic and opts.mode != "model" and nlp.available(lex.lang):
        # the sentences a rule fires on are the ones the negation check and the roles parse: one batch
        nlp.prefetch([s.text for s in seg.sentences
                      if lex.context(s.text) and next(classify_all(s.text, lex), None) is not None], lex.lang)
    for idx, s in enumerate(seg.sentences):
        if not lex.context(s.text):
            continue
        trig = _rule_trigger(s, seg) if opts.mode != "model" else None
        filtered = trig is _FILTERED  # the filters are precise: the detector does not overrule them
        if filtered:
            trig = None
        p, feats, source = None, None, "rules"
        if use_model:
            feats = learned.sentence_features(s.text, lex, seg.doc.published)
            p = learned.p_event(feats)
            if opts.mode == "model":
                trig = _model_trigger(feats) if p >= limits["model"] else None
                source = "model"
            elif trig is not None and p < limits["keep"]:
                trig = None  # the detector vetoes the rule's trigger
            elif trig is None and not filtered and p >= limits["add"]:
                trig, source = _model_trigger(feats), "model"
            elif trig is not None:
                source = "both"
        if trig is None:
            continue
        # "a plant", "taken to hospital" read as an accident only where a sentence could start an event; a
        # detail sentence after a hostile one ("two workers at the plant were injured") belongs to it
        accident = lex.accident.search(s.text) and not lex.hostile.search(s.text) and not (
            candidates and not _new_incident(s.text, lex))
        if accident or _in_caption(text, s, lex):
            continue
        counts = sentence_counts(s.text, lex)
        weak = trig.strength < 2 and not counts and trig.event_type not in ("protests", "strategic_developments") \
            and not lex.lethal.search(s.text) and not act.has_actors(s.text, lex)
        headline = is_headline(s, idx)
        if weak and headline:
            continue
        # the dateline's date ("BAMAKO, 3 mars (AFP) -") is when the story was filed, not the event's
        dl = lex.dateline.match(s.text)
        date = DateInfo(*resolve_date(s.text[dl.end():] if dl else s.text, seg.doc.published, lex))
        cand = Candidate(idx, s, trig, counts, date, weak=weak, headline=headline, p_event=p, features=feats,
                         source=source)
        if headline:
            headlines.append(cand)
            continue
        if date.found and date.precision is None and date.date is None and seg.published is not None:
            continue  # a date after publication: a plan or a misread
        if date.date and seg.published and (seg.published - _day(date.date)).days > 31:
            continue  # background more than a month old
        candidates.append(cand)
    return Detection(candidates, headlines)


def _day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso[:10])
