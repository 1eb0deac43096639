"""Language data behind every stage of the event pipeline: one module per language, one shape.

Each stage (``extractors.events``) is written once and reads its words from a ``Lexicon``: the trigger
rules and the filters of detection, the markers of grouping, the words of dates and counts, the actor nouns
and the locative words of places. ``lexicon("fr")`` is the French one; a language without a module gives
None, and the pipeline then records the language and yields no events (it never guesses). The learned
models are shared by all languages (character n-grams carry across them) and sit beside the rules.

Adding a language = adding ``<lang>.py`` that builds a ``Lexicon`` (``tests/extractors/test_lexicons.py``
checks that every field is there and compiles). Patterns are case-insensitive unless a comment says
otherwise.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from extractors.text import fastre

LANGUAGES = ("en", "fr", "es", "pt", "ar", "ru", "uk")

# (pattern, event_type, sub_event_type, strength, prefix keys or None, extra keys or None);
# strength 2 = the pattern alone reports a violent event, 1 = it needs support (a count, an actor)
Rule = tuple[re.Pattern, str, str, int, frozenset | None, frozenset | None]


def rx(pattern: str, flags: int = re.I) -> re.Pattern:
    """A case-insensitive pattern through ``fastre`` (same matches, faster on lower-cased text)."""
    return fastre.compile(pattern, flags)


def alt(words) -> str:
    """A regex alternation of literal words, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True, eq=False)
class DateWords:
    """Words of dates; ``extractors.events.dates`` builds its patterns from them."""

    months: dict[str, int]  # lower-case month names and abbreviations (every inflected form) -> 1..12
    weekdays: tuple[tuple[str, ...], ...]  # seven tuples of forms, Monday first
    day_before: tuple[str, ...]  # "yesterday", "last night": one day before publication
    same_day: tuple[str, ...]  # "today", "this morning", "overnight": the publication day
    week_month: tuple[str, ...]  # "last week", "earlier this month": month precision, no day
    ago: str  # regex with group "n": "(?P<n>\w+) days ago" -> n days before publication
    after: str  # regex with group "n": "two days after" (another event n days earlier)
    weekday_before: str  # words that may stand before a weekday ("on", "late", "last")
    last_weekday: str  # the word that makes "last Friday" go back a week on the same weekday
    future: str  # "next Monday": regex matched at a weekday's start
    report_before: str  # reporting clause just before a date ("said on") -> the date dates the report
    report_after: str  # a reporting verb right after the date ("Monday, officials said")
    month_only: str  # regex with group "m" for "in March" (month precision)
    dmy_link: str = r"\s+"  # between day and month ("3 de marzo": r"\s+(?:de\s+)?")
    my_link: str = r",?\s+"  # between month and year
    year_tail: str = ""  # after a year ("года", "г.")
    mdy: bool = False  # "March 2" as well as "2 March"
    ordinals: str = r"(?:st|nd|rd|th)?"  # after a day number
    parse_number: Callable[[str], int | None] | None = None  # for "two days ago"
    months_case_sensitive: bool = False  # English: "May", "March" only when capitalised
    next_day: tuple[str, ...] = ()  # "the next day", "le lendemain": one day after the incident told before
    same_as_before: tuple[str, ...] = ()  # "later that day", "le même jour": the day of the incident told before
    year_before: str = ""  # prepositions that make a bare 4-digit number a year ("in 2014", "en 2014")


@dataclass(frozen=True, eq=False)
class CountWords:
    """Words of casualty counts; ``extractors.events.counts`` builds its patterns from them."""

    number: str  # regex of one number (digits, number words)
    parse_number: Callable[[str], int | None]
    vague: dict[str, tuple[int, int | None]]  # "dozens" -> (24, None): bounds, no value
    qualifiers: str  # "at least", "more than" (regex alternation)
    noun_stop: str  # words that end a victim noun phrase ("were", "in", "killed")
    aux: str  # auxiliaries between victims and participle ("were", "have been")
    kill_passive: str  # after the victims: "killed", "dead", "tués", "muertos"
    hurt_passive: str
    kill_active: str  # before the victims: "killing", "left", "tuant", "matando"
    hurt_active: str
    dead_nouns: str  # after a number: "deaths", "dead", "morts", "muertos"
    hurt_nouns: str
    toll: str  # "death toll rose to": the number follows
    none_killed: str  # "no casualties"
    none_hurt: str
    one_killed: str  # one described victim: "a soldier was killed" (full regex)
    one_hurt: str
    negated: str  # "neither ... nor", "none of": before a number that is not a count
    attackers: str  # nouns of attackers (their dead are added to the victims)
    side_nouns: str  # nouns that keep a count on the victims' side ("police", "soldiers", "civilians")
    generic_nouns: str  # "people", "persons": a toll that may count every side
    others: str  # "others", "more": the side of the count before
    time_nouns: str  # numbers that count something else ("days", "km", "houses")
    aggregate: str  # totals over a period ("since January", "so far this year")
    hedge: str  # "unconfirmed", "estimated": a figure that only bounds the toll
    kind_killed: str  # prefilter: the sentence may state deaths
    kind_hurt: str
    conj: str = r"\band\b"  # list conjunction ("two soldiers and three civilians")
    # ends a list item: auxiliaries, the kind's own participles, and those of another fate ("11 missing")
    list_stop: str = r"were|was|have|has|had|are|is|been|killed|injured|wounded|dead|died|and|missing|captured|" \
                     r"abducted|kidnapped|arrested|detained|taken"
    range_link: str = r"to|or"  # "five to seven"
    noun_place: str = ""  # an optional place phrase inside the victims' noun ("workers at the plant")
    including: str = r"including"
    left: str = r"left|leaving"  # "left 5 dead": needs a dead/injured word after it
    left_check: str = r"dead|killed|injured|wounded"
    # another victim group joined to a toll after its verb or noun ("left 42 gunmen dead, as well as one police
    # officer"): empty = none for this language
    also: str = ""
    # a share of a group counted before it, up to the verb ("three gunmen opened fire, one of whom was killed");
    # its group "pn" is the number, and the group's side is that of the noun counted before: empty = none
    partitive: str = ""
    # one victim named in a list with others, "a civilian", "the mayor", "his bodyguard": lists such as "three
    # policemen and a civilian were killed" add 1 for each (case-insensitive); empty = none for this language
    one_person: str = ""
    # numbers that are not counts, case-sensitive regex; its groups (else the whole match) are never read as tolls,
    # a group "blank" is read as spaces:
    # ages ("37-year-old"), street addresses ("3434 High Street"), phone and emergency numbers
    not_counts: str = ""
    # matches the text of an injured count whose verb may be said of a victim who then died ("was shot"):
    # such a count is the wounded only net of the dead (``counts.wounded_alive``)
    hurt_maybe_dead: str = ""
    # case-sensitive: one victim named after the verb ("gunmen killed journalist Juan Perez"); empty = none
    one_named: str = ""


@dataclass(frozen=True, eq=False)
class ActorWords:
    """Unnamed actors of one language (named groups and countries are in ``extractors/actors/data``)."""

    generic: dict[str, str]  # lower-case noun phrase -> kind (military, police, rebels, gunmen, ...)
    agent_before: str  # "by", "par", "por": the actor after it is the perpetrator
    target_before: str  # "on", "against", "killing": the actor after it is the target
    active_after: str  # an attack verb right after the actor: it is the perpetrator
    passive_after: str  # "were killed" right after the actor: it is the target
    claimed_after: str  # "claimed responsibility"
    between: str  # "between": "clashes between A and B"
    protest_words: str  # protest vocabulary (workers who protest are protesters)
    passive_bare: str  # a headline passive without auxiliary right after the actor ("Three soldiers killed")
    opponent_before: str  # "clashed with", "fought": the actor after it is the opponent
    toll_people: str  # fullmatch: a toll noun ("people") that counts whoever died
    left_before: str  # "leaving": with dead_after, a toll, not a perpetrator
    dead_after: str
    joint: str  # "between", "joint operation": in a battle the state forces are then actor1
    organisation: str = ""  # case-sensitive: an organisation that called a protest (group 1 is its name)
    article: str = ""  # a leading article to drop from an organisation's name
    herders: str = ""  # herders are civilians when abducted or killed
    clitics: str = ""  # regex of clitics glued before a word (Arabic "wa-", "bi-", "al-"), stripped for lookups
    government: str = ""  # "the government", "Mozambique's government": a party to an agreement or handover
    weapons: str = ""  # what a state's military fires or flies: with a nationality word, that state's forces


@dataclass(frozen=True, eq=False)
class Lexicon:
    lang: str
    rules: tuple[Rule, ...]
    context: Callable[[str], bool]  # does the sentence hold any conflict word (cheap prefilter)
    hypothetical: re.Pattern  # threat, plan, request or modal: clause-final before the trigger
    negated: re.Pattern  # negation just before the trigger
    clause: re.Pattern  # clause boundaries (the hypothetical test reads the last clause)
    old: re.Pattern  # "years ago", "last year": background
    since: re.Pattern  # running totals: "since the start of", "so far this year"
    called_off: re.Pattern  # "withdrew all protests": clause-final before a protest trigger
    accident: re.Pattern  # accidents and disasters
    hostile: re.Pattern  # words of a hostile actor or weapon (an accident with them is an event)
    caption: re.Pattern  # photo caption lines
    sports: re.Pattern  # sports reports (a document with many and few violent words has no events)
    violence: re.Pattern
    lethal: re.Pattern  # verbs that report a killing on their own ("shot dead")
    dateline: re.Pattern  # "KABUL, Afghanistan (AP) -": matched at a sentence start
    new_event: re.Pattern  # "in another attack", "meanwhile": a new incident starts
    days_after: re.Pattern  # "two days after <X>": group 1 is X
    incident: re.Pattern  # words that describe an incident itself (not only its toll)
    anaphor: re.Pattern  # "the", "this": before an incident noun that refers back
    incident_noun: re.Pattern  # fullmatch: incident nouns that can refer back ("the attack")
    same_group: re.Pattern  # "The group also claimed": the group of the event before
    unopposed: re.Pattern  # territory taken after the other side left
    clash_words: re.Pattern  # an exchange of fire: a battle, whoever the target
    armed_target: re.Pattern  # armed targets (soldiers, a base)
    armed_on: re.Pattern  # an attack on an armed target
    dates: DateWords
    counts: CountWords
    actors: ActorWords
    locative: re.Pattern  # "in", "near", "à", "en": before a place where something happened
    function_words: frozenset[str] = field(default_factory=frozenset)  # for the cheap language check
    prefixes: Callable[[str], set[str]] | None = None  # word prefixes that gate rules with keys (English)
    directions: re.Pattern | None = None  # "northern", "nord": a compass word shortly before a country's name


LEXICON_FIELDS = tuple(Lexicon.__dataclass_fields__)


@functools.cache
def lexicon(lang: str | None) -> Lexicon | None:
    """The lexicon of an ISO 639-1 language, or None when the pipeline does not handle it."""
    code = (lang or "").lower().replace("_", "-").split("-")[0]
    if code not in LANGUAGES:
        return None
    try:
        return importlib.import_module(f"extractors.lexicons.{code}").LEXICON
    except ModuleNotFoundError:  # a language whose lexicon is not written yet
        return None
