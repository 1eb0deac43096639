"""The typed records that pass between the stages of the event pipeline.

    Segmented   the document cut into sentences, with its language, lexicon and publication date
    Candidate   one sentence that reports (part of) an event: its triggers, date, counts, model scores
    Draft       one incident: the candidates that tell it, and what the later stages decide about it

Stages fill a Draft in order (group -> type -> roles -> place -> date -> counts); ``assemble`` turns it into
an ``Event``. Every field says which stage owns it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np

from extractors.events.counts import Count
from extractors.events.triggers import Trigger
from extractors.lexicons import Lexicon
from extractors.places.resolve import PlaceInfo
from extractors.records import Document
from extractors.text.sentences import Sentence


@dataclass(frozen=True)
class Options:
    """How the pipeline runs: ``mode`` "combined" (rules and learned models stacked, the default), "rules" or
    "model" (for ablations); ``linguistic`` turns the dependency-parse layer on or off."""

    mode: str = "combined"
    linguistic: bool = True

    @property
    def learned(self) -> bool:
        return self.mode in ("combined", "model")


@dataclass
class Segmented:
    doc: Document
    text: str
    lang: str
    lex: Lexicon
    sentences: list[Sentence]
    published: dt.date | None
    datelines: list[tuple[int, int]] = field(default_factory=list)  # filing-place spans in the first lines
    options: Options = field(default_factory=Options)

    @property
    def ref_year(self) -> int | None:
        return self.published.year if self.published else None


@dataclass
class DateInfo:
    date: str | None  # ISO day
    precision: str | None  # "day" | "month" | "after" (relative to another event) | None
    found: bool  # the sentence has a date expression (even one that gives no day)


@dataclass
class Candidate:
    index: int  # position of the sentence in Segmented.sentences
    sentence: Sentence
    trigger: Trigger  # the most specific rule reported as having happened (or the model's type)
    counts: list[Count]
    date: DateInfo
    weak: bool = False  # a generic trigger with no count, actor or lethal verb: details, never an event alone
    headline: bool = False
    p_event: float | None = None  # detection model: probability that the sentence reports an event
    features: np.ndarray | None = None  # hashed features the learned stages read
    source: str = "rules"  # "rules", "model" (the detector added it) or "both"
    places: list[PlaceInfo] = field(default_factory=list)  # filled by the grouping stage


@dataclass
class Draft:
    candidates: list[Candidate]  # group stage; the first is the anchor (its sentence is the evidence)
    event_type: str  # type stage
    sub_event_type: str
    strength: int
    date: str | None  # date stage
    precision: str | None
    date_found: bool
    places: list[PlaceInfo]  # group stage collects, place stage picks
    counts: list[list[Count]] = field(default_factory=list)  # counts stage combines
    explicit_type: bool = False

    @property
    def sentences(self) -> list[Sentence]:
        return [c.sentence for c in self.candidates]

    @property
    def anchor(self) -> Sentence:
        return self.candidates[0].sentence
