"""Case-insensitive regexes that run on lower-cased text: same matches, several times faster.

Python's ``re`` cannot scan for a literal prefix when IGNORECASE is on, and tests every character
against every alternative of a pattern like ``\\b(?:gas|propane|...)``. The same pattern without
IGNORECASE on ``text.lower()`` finds the same spans 2-5x faster. That holds whenever lower-casing keeps
every offset (one character in, one out) and no character has a case partner that ``re`` folds onto
an ASCII letter but ``str.lower`` does not (dotted/dotless i, long s, Kelvin sign); other texts take
the IGNORECASE pattern. Match objects always come from the original pattern on the original text,
so groups hold the text as written.
"""

from __future__ import annotations

import re
import sys

try:
    from re import _parser as _sre_parse  # Python 3.11+
except ImportError:  # pragma: no cover
    import sre_parse as _sre_parse  # type: ignore[no-redef]

# characters that re.IGNORECASE treats as an ASCII letter but str.lower() does not map onto one
# (checked over all of Unicode; so is that lower() keeps \w, \s and \d classes)
_ODD = ("\u0130", "\u0131", "\u017f", "\u212a")
_last: list = [None, None]  # the last text and its lower-cased form: callers test many patterns in a row


def _lower(text: str) -> str | None:
    if text is _last[0]:
        return _last[1]
    low = text.lower()
    if len(low) != len(text) or (not text.isascii() and any(c in text for c in _ODD)):
        low = None
    _last[0], _last[1] = text, low
    return low


def _lower_source(pattern: str) -> tuple[str, bool] | None:
    """(the pattern for lower-cased text, whether it is exact), or None when there is none.

    A case-sensitive part ``(?-i:X)`` becomes ``(?:x)``: a pattern that matches wherever the original
    does (and maybe elsewhere), so a miss is still a miss and a hit is confirmed by the original.
    That only holds outside negative lookarounds, where more matches would mean fewer.
    """
    if "\\N" in pattern or re.search(r"\(\?P[<=][^>)]*[A-Z]", pattern) or re.search(r"\(\?[a-zA-Z]*-", pattern.replace(
            "(?-i:", "")):
        return None
    if "(?-i:" in pattern and not _outside_negative_lookaround(pattern, "(?-i:"):
        return None
    exact = "(?-i:" not in pattern
    src = pattern.replace("(?-i:", "(?:")
    # every capital letter, not only ASCII ones: Cyrillic, Greek and accented capitals fold the same way
    return re.sub(r"\\.|\(\?P[<=]|[^\W\d_]", lambda m: m.group(0) if m.group(0)[0] in "\\(" else m.group(0).lower(),
                  src), exact


def _outside_negative_lookaround(pattern: str, needle: str) -> bool:
    stack: list[bool] = []  # per open group: is it a negative lookaround
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a character class: skip to its end
            i += 2 if pattern[i + 1:i + 2] == "^" else 1
            i += 1 if pattern[i:i + 1] == "]" else 0
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif c == "(":
            if pattern.startswith(needle, i) and any(stack):
                return False
            stack.append(pattern.startswith(("(?!", "(?<!"), i))
        elif c == ")" and stack:
            stack.pop()
        i += 1
    return True


def _needs(tree) -> frozenset[str] | None:
    """Strings of which every match contains at least one (None: no such set found).

    A prefilter like RE2's: ``"dead" in text`` is a C substring scan, far cheaper than trying a
    pattern at every position, and most sentences contain none of a pattern's words.
    """
    best: frozenset[str] | None = None
    run = ""

    def better(a, b):
        if b is None:
            return a
        if a is None:
            return b
        return a if (min(map(len, a)), -len(a)) >= (min(map(len, b)), -len(b)) else b

    for op, av in list(tree) + [(None, None)]:
        if op is _sre_parse.LITERAL:
            run += chr(av)
            continue
        if run:
            best = better(best, frozenset([run]))
            run = ""
        if op is None:
            break
        got = None
        if op is _sre_parse.SUBPATTERN:
            got = None if av[1] & re.I else _needs(av[3])
        elif op is _sre_parse.BRANCH:
            alts = [_needs(alt) for alt in av[1]]
            got = None if any(a is None for a in alts) else frozenset().union(*alts)
        elif op in (_sre_parse.MAX_REPEAT, _sre_parse.MIN_REPEAT) or op is getattr(_sre_parse, "POSSESSIVE_REPEAT",
                                                                                      None):
            got = _needs(av[2]) if av[0] >= 1 else None
        elif op is getattr(_sre_parse, "ATOMIC_GROUP", None):
            got = _needs(av)
        best = better(best, got)
    if best is not None:  # "kill" covers "killed"
        best = frozenset(w for w in best if not any(o != w and o in w for o in best))
    return best


def _prefilter(source: str, flags: int) -> tuple[str, ...] | None:
    try:
        need = _needs(_sre_parse.parse(source, flags))
    except Exception:  # an unusual construct: no prefilter, same results
        return None
    if not need or len(need) > 40 or min(map(len, need)) < 3:
        return None
    return tuple(sorted(need, key=len))


class FastPattern:
    """A compiled IGNORECASE pattern with the ``re.Pattern`` methods the extractors use.

    ``compile`` only keeps the source (``_Pending``): the lower-cased pattern and its prefilter are built
    when the pattern is first used, the original one when a match is first confirmed or a text cannot be
    lower-cased (most tries are misses). An English article thus never compiles the rules its words do not
    reach, and a process pays for each pattern once, as before.
    """

    # no __getattr__ here: it would slow every attribute read of a pattern in use (no specialised reads)
    __slots__ = ("orig", "fast", "exact", "need", "pattern", "_flags")

    def __init__(self, pattern: str, flags: int):
        self.pattern, self._flags = pattern, flags

    @property
    def flags(self) -> int:
        return self.orig.flags

    @property
    def groupindex(self):
        return self.orig.groupindex

    @property
    def groups(self) -> int:
        return self.orig.groups

    def _absent(self, low: str, pos: int, endpos: int) -> bool:
        """True when the prefilter proves there is no match in ``low[pos:endpos]``."""
        need = self.need
        if need is None:
            return False
        if pos == 0 and endpos >= len(low):
            for w in need:
                if w in low:
                    return False
            return True
        return not any(low.find(w, pos, endpos) >= 0 for w in need)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        low = _lower(text)
        if low is None:
            return self.orig.search(text, pos, endpos)
        if self._absent(low, pos, endpos):
            return None
        m = self.fast.search(low, pos, endpos)
        if m is None:
            return None
        return self.orig.match(text, m.start(), endpos) if self.exact else self.orig.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        low = _lower(text)
        if low is None:
            return self.orig.match(text, pos, endpos)
        if self._absent(low, pos, endpos):
            return None
        return None if self.fast.match(low, pos, endpos) is None else self.orig.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        low = _lower(text)
        if low is None:
            return self.orig.fullmatch(text, pos, endpos)
        if self._absent(low, pos, endpos):
            return None
        return None if self.fast.fullmatch(low, pos, endpos) is None else self.orig.fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        low = _lower(text)
        if low is None:
            yield from self.orig.finditer(text, pos, endpos)
            return
        if self._absent(low, pos, endpos):
            return
        if not self.exact:
            if self.fast.search(low, pos, endpos) is not None:
                yield from self.orig.finditer(text, pos, endpos)
            return
        for m in self.fast.finditer(low, pos, endpos):
            yield self.orig.match(text, m.start(), endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        low = _lower(text)
        if low is not None and (self._absent(low, pos, endpos) or self.fast.search(low, pos, endpos) is None):
            return []
        return self.orig.findall(text, pos, endpos)

    def sub(self, *args, **kwargs):
        return self.orig.sub(*args, **kwargs)

    def split(self, *args, **kwargs):
        return self.orig.split(*args, **kwargs)


class _Original:
    """Stands in a ``FastPattern``'s ``orig`` until the original pattern is first needed, then compiles it
    and takes its place (later calls go straight to it)."""

    __slots__ = ("owner",)

    def __init__(self, owner: FastPattern):
        self.owner = owner

    def compiled(self) -> re.Pattern:
        owner = self.owner
        orig = owner.orig = re.compile(owner.pattern, owner._flags)
        return orig

    def search(self, *args, **kwargs):
        return self.compiled().search(*args, **kwargs)

    def match(self, *args, **kwargs):
        return self.compiled().match(*args, **kwargs)

    def fullmatch(self, *args, **kwargs):
        return self.compiled().fullmatch(*args, **kwargs)

    def finditer(self, *args, **kwargs):
        return self.compiled().finditer(*args, **kwargs)

    def findall(self, *args, **kwargs):
        return self.compiled().findall(*args, **kwargs)

    def sub(self, *args, **kwargs):
        return self.compiled().sub(*args, **kwargs)

    def split(self, *args, **kwargs):
        return self.compiled().split(*args, **kwargs)

    def __getattr__(self, name: str):  # flags, groupindex, groups
        return getattr(self.compiled(), name)


class _Plain(FastPattern):
    """No lower-cased form (see ``_lower_source``): the original pattern does the work."""

    __slots__ = ()

    def search(self, *args, **kwargs):
        return self.orig.search(*args, **kwargs)

    def match(self, *args, **kwargs):
        return self.orig.match(*args, **kwargs)

    def fullmatch(self, *args, **kwargs):
        return self.orig.fullmatch(*args, **kwargs)

    def finditer(self, *args, **kwargs):
        return self.orig.finditer(*args, **kwargs)

    def findall(self, *args, **kwargs):
        return self.orig.findall(*args, **kwargs)


class _Pending(FastPattern):
    """A pattern not compiled yet: its first use compiles it and turns it into a ``FastPattern`` (or a
    ``_Plain`` one), whose methods then run with no check at all."""

    __slots__ = ()

    def ready(self) -> None:
        flags = self._flags
        lowered = _lower_source(self.pattern)
        if lowered is not None:
            try:
                self.fast = re.compile(lowered[0], flags & ~re.I)
            except re.error:
                lowered = None
        if lowered is None:
            self.orig = re.compile(self.pattern, flags)  # a wrong pattern fails here, on first use
            self.__class__ = _Plain
            return
        self.exact, self.need = lowered[1], _prefilter(lowered[0], flags & ~re.I)
        self.orig = _Original(self)
        self.__class__ = FastPattern

    def __getattr__(self, name: str):
        self.ready()
        return getattr(self, name)

    def search(self, *args, **kwargs):
        self.ready()
        return self.search(*args, **kwargs)

    def match(self, *args, **kwargs):
        self.ready()
        return self.match(*args, **kwargs)

    def fullmatch(self, *args, **kwargs):
        self.ready()
        return self.fullmatch(*args, **kwargs)

    def finditer(self, *args, **kwargs):
        self.ready()
        return self.finditer(*args, **kwargs)

    def findall(self, *args, **kwargs):
        self.ready()
        return self.findall(*args, **kwargs)


def compile(pattern: str, flags: int = 0):  # noqa: A001 - mirrors re.compile
    """``re.compile`` for extractor patterns; IGNORECASE ones get the lower-cased fast path, compiled on
    first use."""
    if not flags & re.I or flags & (re.ASCII | re.LOCALE):
        return re.compile(pattern, flags)
    return _Pending(pattern, flags)


def check(pattern) -> None:
    """Compile a pattern from ``compile`` as written, now: ``re.error`` if it is wrong (tests of the lexicons;
    the pipeline compiles each pattern on first use)."""
    if isinstance(pattern, FastPattern):
        re.compile(pattern.pattern, pattern._flags)
