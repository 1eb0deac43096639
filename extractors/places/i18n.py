"""Place mentions in Arabic, Russian and Ukrainian text, resolved to the main gazetteer's entries. Pure.

``extractors.places.geo`` folds names to ASCII, so text in Arabic or Cyrillic script finds nothing there.
``find_places_i18n`` looks words up in ``data/names_i18n.tsv.gz`` (built by scripts/build_names_i18n.py
from GeoNames alternate names plus hand tables of countries and regions, every row tied to a row of the
main gazetteer) and returns the same ``Place`` records, with the gazetteer's English names.

- Arabic has no capitals: every word is looked up, with and without the clitics و ف ب ل ك and the
  article ال ("وبمدينة" -> "مدينة", "بالحديدة" -> "الحديدة"/"حديدة"), in windows of one to three words,
  longest first. Words such as "محافظة", "ولاية", "ريف" before a name ask for its region, "مدينة",
  "بلدة", "قرية" for the town, and make a village credible.
- Russian and Ukrainian: words starting with a capital (and up to three words after them), looked up
  as written and by stem together (case endings off both the text and the names: "Донецке",
  "Харкові", "Авдеевку", "Донецкой области" -> "донецк област"), then by a unique stem prefix among
  the article's countries. "область", "край" after a name ask for the region, "район",
  "направление" for the town the district is named after.
- Resolution, like geo.py but simpler: countries named in the text, cued regions, big unambiguous
  towns and demonyms ("السوري", "российские") are the context, then towns of 20,000 or more as first
  resolved; each candidate scores log10(population) plus its country's share of the context and what
  the cue words ask for. Towns outside the context must be big (Arabic, with no capitals to go by: a
  million people, 100,000 after a cue), and names where a person's would stand ("Владимир Путин") go.
"""

from __future__ import annotations

import bisect
import gzip
import math
import re
import threading
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from extractors.places.geo import Place

__all__ = ["find_places_i18n", "normalize"]

DATA_FILE = Path(__file__).resolve().parent / "data" / "names_i18n.tsv.gz"
_PRECISION = {"C": "country", "A": "admin1", "P": "city"}

# --- normalization (scripts/build_names_i18n.py writes its keys with the same rules) -----------------
_AR_DROP = dict.fromkeys([*range(0x064B, 0x0660), 0x0670, 0x0640, *range(0x06D6, 0x06EE)])
_AR_MAP = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك",
                         "ۀ": "ه"})
_CY_MAP = str.maketrans({"ё": "е", "’": "'", "ʼ": "'", "`": "'", "‘": "'", "\u0301": None, "\u0300": None})
_SPLIT = re.compile(r"[\s\-‐–—_]+")
_AR_WORD = re.compile("[\u0621-\u065f\u066e-\u06d3\u06d5-\u06ef\u06fa-\u06ff]+")


def _is_arabic(s: str) -> bool:
    return "\u0600" <= s[:1] <= "\u06ff"


def normalize(name: str) -> str:
    """The lookup key: Arabic without diacritics/tatweel, alef forms -> ا, ى -> ي, ة -> ه; Cyrillic in
    lower case with ё -> е; hyphens as spaces."""
    letters = [ch for ch in name if ch.isalpha()]
    if letters and all("\u0600" <= ch <= "\u06ff" for ch in letters):
        name = name.translate(_AR_DROP).translate(_AR_MAP)
    else:
        name = unicodedata.normalize("NFC", name).lower().translate(_CY_MAP)
    return " ".join(w for w in (w.strip("'") for w in _SPLIT.split(name)) if w)


# --- Cyrillic stems: the same function on names and on the text, so "Донецкой" meets "Донецкая" -----
_ENDINGS = (
    frozenset("ого его ому ему ами ями ыми ими ьем".split()),
    frozenset("ом ем ой ей ою ею ах ях ам ям ая яя ое ее ые ие ую юю ым им ых их ья ье ьи ью ий ый ої ій ім"
              " єю".split()),
    frozenset("а я о е ы и у ю ь й і ї є".split()),
)


@lru_cache(maxsize=1 << 16)
def _stem(w: str) -> str:
    n = len(w)
    for k, ends in zip((3, 2, 1), _ENDINGS, strict=True):
        if n - k >= 3 and w[-k:] in ends:
            return w[:-k]
    return w


_UK_VOWELS = set("аеєиіїоуюяыэё")
_UK_SOFTEN = {"к": "ц", "г": "з", "х": "с"}  # Ukrainian locative: Авдіївка -> в Авдіївці


@lru_cache(maxsize=1 << 16)
def _stem_forms(word: str) -> tuple[str, ...]:
    """A name's stem and the Ukrainian alternations its oblique cases show: Харків -> Харкова/Харкові
    (і -> о), Київ -> Києва (ї -> є), Ірпінь -> Ірпені, Авдіївка -> Авдіївці."""
    s = _stem(word)
    out = [s]
    tail = 0
    while tail < len(s) and s[-1 - tail] not in _UK_VOWELS:
        tail += 1
    if 1 <= tail <= 2 and len(s) > tail + 1 and s[-1 - tail] in "ії":
        i = len(s) - 1 - tail
        out += [s[:i] + v + s[i + 1:] for v in ("є" if s[i] == "ї" else "ое")]
    if len(word) > 3 and word[-1] == "а" and word[-2] in _UK_SOFTEN:
        out.append(s[:-1] + _UK_SOFTEN[word[-2]])
    return tuple(out)


# --- word lists ---------------------------------------------------------------------------------------
_AR_STOP = set(normalize(w) for w in """
في من على إلى الى عن مع بعد قبل منذ حيث التي الذي الذين اللذين كان كانت قال قالت يوم اليوم العام الأمن
هذا هذه ذلك تلك هناك هنا أن إن أو ثم لكن لم لن ما لا قد كل بين عند حتى خلال حول ضد دون غير عبر نحو أمس
وقال وقالت وأضاف أضاف أكد أعلن مصدر مصادر الجيش القوات قوات الشرطة الحكومة الرئيس وزير وزارة رئيس مجلس
المتحدة الأمم الدولي الدولية العربية الإسلامية الوطنية الشعبية الجديد الجديدة الكبرى الأول الثاني الماضي
مقتل قتلى قتل جرحى إصابة هجوم قصف غارة غارات اشتباكات معارك مسلحين مسلحون مدنيين مدنيون أطفال نساء شخصا
أشخاص عدد عشرات مئات ألف خمسة أربعة ثلاثة اثنين واحد ساعة ساعات أيام شهر سنة الأحد الاثنين الثلاثاء
الأربعاء الخميس الجمعة السبت صباح مساء ليلة الشمال الجنوب الشرق الغرب شمال جنوب شرق غرب وسط
وإن فإن وأن بأن لأن كأن لكن ولكن وإذا فإذا وقد فقد ولم ولا وما ومن وفي وعلى وعن ومع وهو وهي وهذا وهذه وكان
""".split())
_AR_WEAK_CUE = set(normalize(w) for w in """في إلى الى من قرب بالقرب نحو باتجاه داخل عند شمال جنوب شرق غرب
شمالي جنوبي شرقي غربي وسط شمالية جنوبية ضواحي أطراف محيط أنحاء مناطق""".split())
_AR_TOWN_CUE = set(normalize(w) for w in "مدينة بلدة قرية مخيم حي مديرية قضاء ناحية منطقة مركز".split())
_AR_ADMIN_CUE = set(normalize(w) for w in "محافظة ولاية مقاطعة إقليم ريف".split())
_AR_CUES = _AR_TOWN_CUE | _AR_ADMIN_CUE
# the cues whose next word is a name so surely that an unknown word there is worth spelling out (see _by_sound):
# not "منطقة", "مركز", "حي", "مديرية" ("area", "centre", "alive", "directorate" also stand before nouns)
_AR_NAME_CUE = set(normalize(w) for w in "مدينة بلدة قرية مخيم".split())
_AR_REGION_CUE = set(normalize(w) for w in "محافظة ولاية مقاطعة إقليم".split())
_AR_AMBIGUOUS = {normalize("مالي")}  # also "financial": the country only after a cue
# everyday words that are also a town's name ("مسيرات سلمية": peaceful marches, not Salamiyah; "خرج": went out,
# not Al-Kharj): towns only after a town cue ("مدينة سلمية")
_AR_COMMON = set(normalize(w) for w in "سلمية السلمية خرج".split())
# the generic first word of many names ("عين الحلوة", "بئر العبد", "تل أبيض", "جبل الزاوية"): followed by a
# word of the same name, it is not a town of its own ("عين" alone would be Al Ain)
_AR_HEADS = set(normalize(w) for w in "عين بئر تل جبل رأس راس وادي دير كفر بيت خان قصر برج باب سوق".split())
_CY_AMBIGUOUS = {"мали", "малі"}  # also "had" (ru/uk), "small" (uk)
_AR_DEMONYM = {normalize(k): v for k, v in (
    ("سوري", "SYR"), ("عراقي", "IRQ"), ("يمني", "YEM"), ("ليبي", "LBY"), ("سوداني", "SDN"), ("لبناني", "LBN"),
    ("فلسطيني", "PSE"), ("إسرائيلي", "ISR"), ("مصري", "EGY"), ("أردني", "JOR"), ("سعودي", "SAU"),
    ("صومالي", "SOM"), ("تشادي", "TCD"), ("موريتاني", "MRT"), ("جزائري", "DZA"), ("تونسي", "TUN"),
    ("مغربي", "MAR"), ("أوكراني", "UKR"), ("روسي", "RUS"), ("جورجي", "GEO"), ("أرميني", "ARM"),
    ("أذربيجاني", "AZE"), ("أفغاني", "AFG"), ("إيراني", "IRN"), ("تركي", "TUR"), ("أمريكي", "USA"),
    ("أميركي", "USA"))}

_CY_STOP = set("""в во на по как также это но и а или что кто где когда так там тут уже еще ещё при для
до после из за от под над об о с со у к ко не ни же ли бы же его её ее их он она они мы вы я этот эта
эти тот та те один одна все всё весь вся был была были будет может кроме однако тогда сегодня вчера
завтра ранее позже по словам также согласно между около против через понедельник вторник среда четверг
пятница суббота воскресенье январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь
декабрь у на під як також це але та і й чи що хто де коли вже ще при для після із від над без через між
проти цей ця ці той та він вона воно вони ми ви їх його її був була були буде може крім однак сьогодні
вчора раніше пізніше понеділок вівторок середа четвер пʼятниця п'ятниця субота неділя""".split())
_CY_PERSON = {_stem(w) for w in """путин зеленский зеленський шойгу лавров песков медведев байден трамп
эрдоган ердоган асад нетаньяху лукашенко кадыров кадиров пригожин сырский сирський залужный залужний
буданов кулеба шмыгаль шмигаль ермак єрмак кличко макрон шольц алиев алієв пашинян токаев токаєв рахмон
гутерриш блинкен белоусов білоусов герасимов умеров""".split()}
_CY_LOCATIVE = set("в во у на под по около возле близ из с со от до над за через біля під поблизу неподалік"
                   " з із від коло".split())
_CY_TOWN_CUE = {_stem(w) for w in "город села село поселок пгт деревня станица хутор місто селище смт"
                .split()}
_CY_ADMIN_CUE = {_stem(w) for w in ("провинция провінція штат мухафаза губернаторство вилайет вілаєт регион"
                                    " регіон республика республіка сектор автономия").split()}
_CY_ADMIN_SUFFIX = {_stem(w) for w in "область области обл край края".split()}
_CY_DISTRICT = {_stem(w) for w in "район района районе районі направление направлении напрямок напрямку"
                .split()}
_CY_DEMONYM = {"российск": "RUS", "російськ": "RUS", "украинск": "UKR", "українськ": "UKR", "сирийск": "SYR",
               "сирійськ": "SYR", "израильск": "ISR", "ізраїльськ": "ISR", "иранск": "IRN", "іранськ": "IRN",
               "турецк": "TUR", "турецьк": "TUR", "американск": "USA", "американськ": "USA",
               "белорусск": "BLR", "білоруськ": "BLR", "грузинск": "GEO", "грузинськ": "GEO",
               "армянск": "ARM", "вірменськ": "ARM",
               "азербайджанск": "AZE", "азербайджанськ": "AZE", "иракск": "IRQ", "іракськ": "IRQ",
               "йеменск": "YEM", "єменськ": "YEM", "ливийск": "LBY", "лівійськ": "LBY", "суданск": "SDN",
               "суданськ": "SDN", "ливанск": "LBN", "ліванськ": "LBN", "палестинск": "PSE",
               "палестинськ": "PSE", "египетск": "EGY", "єгипетськ": "EGY", "афганск": "AFG",
               "афганськ": "AFG", "молдавск": "MDA", "молдовськ": "MDA"}
_SENTENCE_END = set(".!?:;…\n")
_CYRILLIC_LANGS = ("ru", "uk", "be", "bg", "kk", "ky", "tg", "mn", "sr", "mk")
_ARABIC_LANGS = ("ar", "fa", "ur", "ps")

# "Al Ḩudaydah" -> "Al Hudaydah": the scholarly marks geo.py also takes off (its _plain; kept in step)
_TRANSLIT_MARKS = {0x0304, 0x0323, 0x0331, 0x0306, 0x0327, 0x0307, 0x02BF, 0x02BE, 0x02BB, 0x02BC}


def _plain(name: str) -> str:
    if name.isascii():
        return name
    kept = "".join(ch for ch in unicodedata.normalize("NFD", name) if ord(ch) not in _TRANSLIT_MARKS)
    return unicodedata.normalize("NFC", kept)


# --- the data ------------------------------------------------------------------------------------------
@dataclass(slots=True)
class _Names:
    lines: list[str]
    keys: list[str]  # each row's key
    last: dict[str, int]  # key -> its last row: the file is sorted by key, so a key's rows are contiguous
    # (most populous first) and end there
    noart: dict[str, list[str]]  # Arabic key without its first word's article -> keys ("حديده" -> "الحديده")
    heads: dict[str, int]  # first word of a many-word Arabic key -> most words such a key has
    sigs: dict[str, list[str]]  # many-word Cyrillic keys by their words' first letters ("кри рог")
    sigheads: set[str]  # the first word's part of those signatures
    _sorted: list[str] | None = None  # one-word Cyrillic keys, sorted, built on first use
    _rows: dict[int, tuple] = field(default_factory=dict)
    memo: dict[str, list[int]] = field(default_factory=dict)  # word -> _cy_word's answer
    ar_memo: dict[str, tuple] = field(default_factory=dict)  # word -> (longer names start here?, rows)
    _ar_known: dict[tuple, set[str]] | None = None  # (english, iso3, admin1) -> its Arabic keys, unspaced

    def arabic_names(self, english: str, iso3: str, admin1: str) -> set[str]:
        """The Arabic names the table has for a place, without spaces or a first article ("كفرزيتا")."""
        if self._ar_known is None:
            known: dict[tuple, set[str]] = {}
            for ln in self.lines:
                if "\u0600" <= ln[:1] <= "\u06ff":
                    k, _d, _kind, name, iso, adm, _rest = ln.split("\t", 6)
                    known.setdefault((name, iso, adm), set()).add(_squash(k))
            self._ar_known = known
        return self._ar_known.get((english, iso3, admin1), set())

    def rows(self, key: str) -> range:
        j = self.last.get(key)
        if j is None:
            return range(0)
        i, keys = j, self.keys
        while i and keys[i - 1] == key:
            i -= 1
        return range(i, j + 1)

    def row(self, i: int) -> tuple:
        """(key, display, kind, english, iso3, admin1, lat, lon, population)"""
        r = self._rows.get(i)
        if r is None:
            k, d, kind, name, iso3, adm, lat, lon, pop = self.lines[i].split("\t")
            r = self._rows[i] = (k, d, kind, name, iso3, adm, float(lat) if lat else None,
                                 float(lon) if lon else None, int(pop or 0))
        return r

    def sorted_keys(self) -> list[str]:
        if self._sorted is None:
            # ``last`` keeps the file's (sorted) order
            self._sorted = [k for k in self.last if " " not in k and not _is_arabic(k)]
        return self._sorted


def _squash(key: str) -> str:
    key = key.replace(" ", "")
    return key[2:] if key.startswith("ال") and len(key) > 4 else key


def _sig(words: list[str]) -> str:
    return " ".join(w[:3] for w in words)


def _load() -> _Names:
    # Kept to C-speed passes where it can (the first call's budget is half a second): no per-name stems
    # (one-word names are found from the text's stem by adding back the endings a name can have,
    # many-word ones by signature), rows of a key found as a range of the sorted file.
    text = gzip.decompress(DATA_FILE.read_bytes()).decode("utf-8")
    lines = text[text.index("\n") + 1 if text.startswith("#") else 0:].rstrip("\n").split("\n")
    keys = [ln[:ln.index("\t")] for ln in lines]
    n = len(keys)
    last = dict(zip(keys, range(n), strict=True))
    noart: dict[str, list[str]] = {}
    heads: dict[str, int] = {}
    sigs: dict[str, list[str]] = {}
    for key in [k for k in last if k[:2] == "ال"]:
        bare = key[2:]
        if " " in bare or len(bare) > 2:
            noart.setdefault(bare, []).append(key)
            words = bare.split(" ")
            if len(words) > 1 and heads.get(words[0], 1) < len(words):
                heads[words[0]] = len(words)
    for key in [k for k in last if " " in k]:
        words = key.split(" ")
        if "\u0600" <= key[:1] <= "\u06ff":
            if heads.get(words[0], 1) < len(words):
                heads[words[0]] = len(words)
        else:
            sigs.setdefault(_sig(words), []).append(key)
    return _Names(lines, keys, last, noart, heads, sigs, {s.split(" ", 1)[0] for s in sigs})


_LOCK = threading.Lock()
_NAMES: _Names | None = None


def _names() -> _Names:
    global _NAMES
    if _NAMES is None:
        with _LOCK:
            if _NAMES is None:
                _NAMES = _load()
    return _NAMES


# a one-word name ends, in its nominative, in one of these (the rest of _ENDINGS are oblique cases)
_NOMINATIVE = ("", "а", "я", "о", "е", "ы", "и", "ь", "й", "і", "ї", "ая", "яя", "ое", "ее", "ые", "ие", "ий",
               "ый", "ой", "ье", "ья", "ій")
_UNSOFTEN = {"ц": "к", "з": "г", "с": "х"}


def _cy_word(names: _Names, w: str) -> list[int]:
    """Rows of one-word names whose stem is the stem of ``w`` ("донецке" -> "донецк"; "харкові" ->
    "харків"; "авдіївці" -> "авдіївка")."""
    got = names.memo.get(w)
    if got is None:
        if len(names.memo) > 50000:
            names.memo.clear()
        got = names.memo[w] = _cy_word_uncached(names, w)
    return got


def _cy_word_uncached(names: _Names, w: str) -> list[int]:
    s = _stem(w)
    return [] if s == w else _by_stem(names, s)  # an uninflected word is its own name ("Мир" is no "Мири")


def _by_stem(names: _Names, s: str) -> list[int]:
    bases = [s]
    tail = 0
    while tail < len(s) and s[-1 - tail] not in _UK_VOWELS:
        tail += 1
    if 1 <= tail <= 2 and len(s) > tail + 1 and s[-1 - tail] in "оеє":
        i = len(s) - 1 - tail
        bases.append(s[:i] + ("ї" if s[i] == "є" else "і") + s[i + 1:])
    if s[-1:] in _UNSOFTEN:
        bases.append(s[:-1] + _UNSOFTEN[s[-1]])
    out: list[int] = []
    known = names.last
    for base in bases:
        for e in _NOMINATIVE:
            k = base + e
            if k in known and s in _stem_forms(k):
                out.extend(names.rows(k))
    return out


def _cy_words(names: _Names, words: list[str]) -> tuple[str, list[int]] | None:
    """A many-word name matched word by word on stems ("кривом роге" -> "кривой рог")."""
    keys = names.sigs.get(_sig(words))
    if not keys:
        return None
    stems = [_stem(w) for w in words]
    for key in keys:
        kw = key.split(" ")
        if len(kw) == len(words) and stems[0] in _stem_forms(kw[0]) \
                and all(_stem(a) == b for a, b in zip(kw[1:], stems[1:], strict=True)):
            return key, list(names.rows(key))
    return None


# --- mentions ------------------------------------------------------------------------------------------
@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    key: str
    cands: dict[int, float]  # row -> penalty (how far the match is from the written form)
    tokens: int = 1
    admin: bool = False  # "محافظة X", "X область": the region
    town: bool = False  # "مدينة X", "город X"
    cue: bool = False  # a locative word before it ("في", "в")
    sent_start: bool = False
    short: bool = False  # a two-letter Arabic name: only after a cue
    ambiguous: bool = False
    starts: dict[int, int] = field(default_factory=dict)  # row -> start, where clitics came off the word


def _sentence_start(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and text[j] in " \t\u00a0\"«»“”„'(":
        j -= 1
    return j < 0 or text[j] in _SENTENCE_END


def _joined(text: str, a: int, b: int) -> bool:
    """Only a space or a hyphen between two words: they may be one name ("Ростов-на-Дону")."""
    gap = text[a:b]
    return len(gap) <= 3 and gap.strip(" \u00a0-‐–") == ""


# --- Arabic --------------------------------------------------------------------------------------------
@lru_cache(maxsize=1 << 16)
def _ar_forms(w: str) -> tuple[tuple[int, str, float, bool, bool], ...]:
    """(letters taken off the front, form, penalty, article taken off, preposition taken off): the
    word, without و/ف, without ب/ل/ك, without ال."""
    base = [(0, w, 2, False)]
    if len(w) > 3 and w[0] in "وف":
        base.append((1, w[1:], 2, False))
    for k, b, _, _ in list(base):
        if len(b) > 3 and b[0] in "بلك":
            if b.startswith("لل"):  # "للحديدة" = ل + الحديدة: the article's alef is not written
                base.append((k + 1, "ا" + b[1:], 1, True))
            else:
                base.append((k + 1, b[1:], 2, b[0] != "ك"))
    out = []
    for k, b, art, prep in base:
        out.append((k, b, 0.4 * k, False, prep))
        if b.startswith("ال") and len(b) > 4:
            out.append((k + art, b[2:], 0.4 * k + 0.8, True, prep))
    return tuple(out)


@lru_cache(maxsize=1 << 16)
def _ar_bare(w: str) -> tuple[int, str]:
    """A word without its conjunction and preposition, for cue words: "وبمدينة" -> (2, "مدينة")."""
    k = 0
    if len(w) > 3 and w[0] in "وف" or w[0:1] in ("و", "ف") and w[1:] in _AR_WEAK_CUE:  # "وفي"
        k, w = 1, w[1:]
    if len(w) > 3 and w[0] in "بلك" and w not in _AR_CUES:  # "بلدة" is a cue itself, not ب + "لدة"
        k, w = k + 1, w[1:]
    return k, w


@lru_cache(maxsize=1 << 16)
def _ar_demonym(w: str) -> str | None:
    for _k, form, _p, _a, _b in _ar_forms(w):
        for cut in ("يين", "يون", "يه"):  # سوريين, سوريون, سورية -> سوري
            if form.endswith(cut) and len(form) > len(cut) + 2:
                form = form[:1 - len(cut)]
                break
        iso = _AR_DEMONYM.get(form)
        if iso:
            return iso
    return None


def _offset(raw: str, letters: int) -> int:
    """Where the name starts inside ``raw`` after ``letters`` letters (diacritics after them skipped)."""
    j = 0
    for _ in range(letters):
        j += 1
        while j < len(raw) and ord(raw[j]) in _AR_DROP:
            j += 1
    return j


def _ar_lookup(names: _Names, forms: tuple, words: list[str], short_ok: bool) -> list[tuple]:
    """(row, key, penalty, letters off, preposition off) for the longest window (up to three words) that
    some form of the first word starts."""
    best_size, found = 0, []
    for k, form, pen, art, prep in forms:
        if len(form) < 2:
            continue
        for size in range(min(names.heads.get(form, 1), len(words)), max(best_size, 1) - 1, -1):
            if size == 1 and (words[0] in _AR_STOP or _ar_bare(words[0])[1] in _AR_CUES
                              or len(form) < 3 and not short_ok):
                continue  # "ود" alone is no place, "ود مدني" is
            key = " ".join([form, *words[1:size]])
            hits = [(r, key, pen, k, prep) for r in names.rows(key)]
            hits += [(r, key, pen + 0.8, k, prep)
                     for full in names.noart.get(key, ()) for r in names.rows(full)]
            if art:  # "المالي" is no "مالي" (Mali): a written article comes off only for towns
                hits = [h for h in hits if names.row(h[0])[2] == "P"]
            if hits:
                if size > best_size:
                    best_size, found = size, []
                found += hits
                break
    return found


def _scan_arabic(text: str, names: _Names, ctx: Counter) -> tuple[list[_Mention], list[tuple]]:
    toks = [(m.start(), m.end(), m.group()) for m in _AR_WORD.finditer(text)]
    norm = [t[2].translate(_AR_DROP).translate(_AR_MAP) for t in toks]
    memo = names.ar_memo
    out: list[_Mention] = []
    misses: list[tuple[int, list[int], list[str], str]] = []  # unknown words after a name cue, for _by_sound
    n, i = len(toks), 0
    while i < n:
        w = norm[i]
        cue_k, cue = _ar_bare(norm[i - 1]) if i else (0, "")
        admin, town = cue in _AR_ADMIN_CUE, cue in _AR_TOWN_CUE
        if (admin or town or cue in _AR_WEAK_CUE) and not _joined(text, toks[i - 1][1], toks[i][0]):
            admin = town = False
            cue = ""
        forms = _ar_forms(w)
        # one dict look-up for most words: the single-word answer, and whether longer names start here
        got = memo.get(w)
        if got is None:
            if len(memo) > 100000:
                memo.clear()
            longer = any(names.heads.get(f, 1) > 1 for _k, f, _p, _a, _b in forms)
            got = memo[w] = (longer, _ar_lookup(names, forms, [w], False))
        longer, found = got
        if longer or admin or town:
            j = i + 1
            while j < min(n, i + 3) and _joined(text, toks[j - 1][1], toks[j][0]):
                j += 1
            found = _ar_lookup(names, forms, norm[i:j], admin or town)
        if found and i + 1 < n and found[0][1] in _AR_HEADS and _joined(text, toks[i][1], toks[i + 1][0]) \
                and norm[i + 1] not in _AR_STOP and norm[i + 1] not in _AR_WEAK_CUE:
            found = []  # "مخيم عين الحلوة": a name the table lacks, whose first word alone is another town
            if cue in _AR_NAME_CUE:
                misses.append((toks[i][0], [t[1] for t in toks[i:i + 2]], norm[i:i + 2], cue))
            i += 1
            continue
        if not found:
            d = _ar_demonym(w)
            if d:
                ctx[d] += 0.5
            elif cue in _AR_NAME_CUE or cue in _AR_REGION_CUE or cue == "ريف":
                j = i + 1 if i + 1 < n and _joined(text, toks[i][1], toks[i + 1][0]) else i
                misses.append((toks[i][0], [t[1] for t in toks[i:j + 1]], norm[i:j + 1], cue))
            i += 1
            continue
        key = found[0][1]
        size = key.count(" ") + 1
        m = _Mention(toks[i][0], toks[i + size - 1][1], key, {}, tokens=size, admin=admin, town=town,
                     cue=bool(cue) and cue in _AR_WEAK_CUE or admin or town, short=len(key) < 3,
                     ambiguous=key in _AR_AMBIGUOUS or key in _AR_COMMON)
        if any(h[4] for h in found):
            m.cue = True  # "بالحديدة", "لحلب": the preposition is a cue in itself
        for r, _key, pen, k, _prep in found:
            if pen < m.cands.get(r, 9.0):
                m.cands[r] = pen
                m.starts[r] = toks[i][0] + _offset(toks[i][2], k)
        head = key.split(" ", 1)[0]
        if size > 1 and head in _AR_TOWN_CUE:  # "مدينة القائم": the name is the town's, so is the span
            m.town = True
            m.starts = dict.fromkeys(m.cands, toks[i + 1][0])
        elif size > 1 and head in _AR_ADMIN_CUE:
            m.admin = True
        if admin:  # "محافظة الحديدة", like "Kandahar province", spans its cue word (not its clitics)
            m.start, m.starts = toks[i - 1][0] + _offset(toks[i - 1][2], cue_k), {}
        out.append(m)
        i += size
    return out, misses


# --- Arabic names the table lacks, by their sound ---------------------------------------------------
# what each letter may be written as in a Latin name, as ``gazetteer.consonants`` merges sounds ("" = none)
_AR_SOUNDS = {"ب": "b", "ت": "t", "ث": "ts", "ج": "jg", "ح": "h", "خ": "k", "د": "d", "ذ": "dz", "ر": "r",
              "ز": "z", "س": "s", "ش": "Cs", "ص": "s", "ض": "d", "ط": "t", "ظ": "zd", "غ": "gr", "ف": "f",
              "ق": "kg", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h ", "پ": "b", "چ": "Cj", "ژ": "jz",
              "ڤ": "f", "گ": "g", "ع": " ", "ء": " ", "ئ": " ", "ؤ": " "}
_AR_VOWEL_LETTERS = set("اوي")


@lru_cache(maxsize=4096)
def _ar_sounds(words: tuple[str, ...]) -> tuple[tuple[str, int, int], ...]:
    """The ways a Latin name could write these Arabic words: (consonants, gaps that must hold a vowel,
    consonants of the name itself), as ``gazetteer.consonants`` gives them for Latin names. The long vowels
    ا و ي stand for vowels (or w, y, which are vowels there too); a closing ه (ة) for none; an article
    comes off, or stays as "l" (which is no consonant of the name's own)."""
    forms: list[tuple[str, int, int]] = [("", 0, 0)]
    for w in words:
        options = [(w, 0)]
        if w.startswith("ال") and len(w) > 4:
            options = [(w[2:], 0), ("ل" + w[2:], 1)]
        nxt: list[tuple[str, int, int]] = []
        for o, art in options:
            if o[-1:] == "ه":
                o = o[:-1]
            for cons, gaps, own in forms:
                nxt += [(c, g, own + len(c) - len(cons) - art) for c, g in _ar_spell(o, cons, gaps)]
        forms = nxt[:64]
    return tuple(dict.fromkeys(forms))


def _ar_spell(w: str, cons: str, gaps: int) -> list[tuple[str, int]]:
    out = [(cons, gaps)]
    for n, ch in enumerate(w):
        if ch in _AR_VOWEL_LETTERS:
            if n or ch != "ا":  # a first alef may only carry a cluster: "امبره" (Mbera), "انديرا" (Ndira)
                out = [(c, g | 1 << len(c)) for c, g in out]
            continue
        sounds = _AR_SOUNDS.get(ch)
        if sounds is None:
            return []
        out = [(c + s if s != " " and (not c or c[-1] != s or g >> len(c) & 1) else c, g)
               for c, g in out for s in sounds][:64]
    return out


def _vowel_variant(a: str, b: str) -> bool:
    """``a`` and ``b`` are the same letters but for long vowels (ا و ي) one of them writes and the other
    does not."""
    if len(a) < len(b):
        a, b = b, a
    j = 0
    for ch in a:
        if j < len(b) and ch == b[j]:
            j += 1
        elif ch not in _AR_VOWEL_LETTERS:
            return False
    return j == len(b)


def _by_sound(names: _Names, misses: list[tuple], share: Counter, regions: set[tuple[str, str]]) -> list[_Mention]:
    """Unknown words after a name cue ("بلدة تيسيت", "محافظة ..."): a town (after "مدينة", "بلدة", "قرية",
    "مخيم") or region (after "محافظة", "ولاية", ...) of the article's main countries whose Latin name sounds
    the same, with at least three consonants of its own. Where the article names regions of that country
    (``regions``: (country, admin1)), it must lie in one; where the table has Arabic names for it, one must
    be these words run together, up to a long vowel written or not ("كفرزيتا" for "كفر زيتا", "بيت أمر" for
    "بيت اومر"; "بوريم" is not Perm, "بيرم"). Of several, the one that matches more letters (an article
    written in both), then the main country's, then the most populous."""
    from extractors.places.gazetteer import get_gazetteer

    named = {c for c, _a in regions}
    main = {c: v for c, v in share.items() if v >= 0.2}
    for c in named:  # "في أبين": a region named is as good as its country
        main[c] = max(main.get(c, 0.0), 0.2)
    if not main:
        return []
    gaz = get_gazetteer()
    out = []
    for start, ends, words, cue in misses:
        if words[0] in _AR_STOP or words[0] in _AR_WEAK_CUE or _ar_bare(words[0])[1] in _AR_CUES:
            continue
        kinds = ("P", "A") if cue == "ريف" else ("A",) if cue in _AR_REGION_CUE else ("P",)
        for size in range(len(words), 0, -1):
            if size > 1 and (words[1] in _AR_STOP or words[1] in _AR_WEAK_CUE):
                continue
            hits: dict[int, tuple] = {}
            squashed = _squash("".join(words[:size]))
            for cons, need, own in _ar_sounds(tuple(words[:size])):
                if own < 3:
                    continue
                for c in main:
                    for idx, gaps in gaz.by_consonants(cons, c):
                        e = gaz.entries[idx]
                        if need & ~gaps or e.kind not in kinds or c in named and (c, e.admin1) not in regions:
                            continue
                        known = names.arabic_names(e.name, e.country, e.admin1 or "")
                        if known and not any(_vowel_variant(squashed, k) for k in known):
                            continue
                        if len(cons) > hits.get(idx, (0,))[0]:
                            hits[idx] = (len(cons), e)
            if hits:
                idx, (_n, e) = max(hits.items(), key=lambda t: (t[1][0], main[t[1][1].country], t[1][1].population))
                key = " ".join(words[:size])
                r = -1 - idx  # a row of its own, beside the table's
                names._rows.setdefault(r, (key, e.name, e.kind, e.name, e.country, e.admin1 or "", e.latitude,
                                           e.longitude, e.population))
                out.append(_Mention(start, ends[size - 1], key, {r: 1.5}, tokens=size,
                                    town=cue not in _AR_ADMIN_CUE, admin=cue in _AR_ADMIN_CUE, cue=True))
                break
    return out


# --- Russian, Ukrainian --------------------------------------------------------------------------------
_CY_CAP = re.compile("(?<![\u0400-\u04ff'’ʼ])"
                     "[\u0400-\u042f\u0490\u0492\u049a\u04a2\u04ae\u04b0\u04ba\u04d8\u04e8]"  # capitals
                     "[\u0400-\u04ff\u0301]*(?:['’ʼ][\u0400-\u04ff]+)*")
_CY_NEXT = re.compile("(?:[ \u00a0]|[ \u00a0]?[-‐–][ \u00a0]?)"
                      "([\u0400-\u04ff\u0301]+(?:['’ʼ][\u0400-\u04ff]+)*)")
_CY_PREV = re.compile("([\u0400-\u04ff]+)[ \u00a0]+$")
_CY_DEMONYM_RE = re.compile("(?<![\u0400-\u04ff])(" + "|".join(sorted(_CY_DEMONYM, key=len, reverse=True))
                            + ")", re.IGNORECASE)


@lru_cache(maxsize=1 << 16)
def _low(w: str) -> str:
    return w.lower().translate(_CY_MAP)


def _scan_cyrillic(text: str, names: _Names, ctx: Counter) -> tuple[list[_Mention], list[tuple]]:
    for d in _CY_DEMONYM_RE.finditer(text):  # "российские", "українських": context only
        ctx[_CY_DEMONYM[d.group(1).lower()]] += 0.5
    known, sigheads = names.last, names.sigheads
    out: list[_Mention] = []
    misses: list[tuple[int, int, str]] = []  # capitalised words nothing matched, for _by_prefix
    done = 0
    for cap in _CY_CAP.finditer(text):
        start, raw = cap.start(), cap.group()
        w = _low(raw)
        if start < done or w in _CY_STOP or (len(w) < 3 and not raw.isupper()):
            continue
        follow: list[tuple[int, str]] = []  # (end, word) of the next words joined by a space or hyphen
        pos = cap.end()
        while len(follow) < 3:
            nx = _CY_NEXT.match(text, pos)
            if nx is None:
                break
            pos = nx.end()
            follow.append((pos, _low(nx.group(1))))
        found: tuple[int, str, dict[int, float]] | None = None
        if w[:3] in sigheads:
            for size in range(len(follow) + 1, 1, -1):
                words = [w] + [f[1] for f in follow[:size - 1]]
                key = " ".join(words)
                if key in known:
                    found = (size, key, dict.fromkeys(names.rows(key), 0.0))
                    break
                hit = _cy_words(names, words)
                if hit:
                    found = (size, hit[0], dict.fromkeys(hit[1], 0.5))
                    break
        if found is None:  # the word as written and by stem together: "Хаме" is Hamme (BE) or Hama (SY)
            cands = dict.fromkeys(_cy_word(names, w), 0.5)
            cands.update(dict.fromkeys(names.rows(w), 0.0))
            if cands:
                found = (1, w, cands)
        size = found[0] if found else 1
        end = follow[size - 2][0] if size > 1 else cap.end()
        nxt = follow[size - 1][1] if len(follow) >= size else ""
        ns = _stem(nxt)
        stem_w = _stem(w)
        if ns in _CY_DISTRICT and size == 1:
            # "Бахмутский район", "на Покровском направлении", "Харківського району": the town it is named
            # for, "Покровск" rather than a village "Покровское"
            rows = [r for r in names.rows(stem_w) if names.row(r)[2] == "P"]
            for cut in ("ськ", "цьк", "ск", "цк"):
                if not rows and stem_w.endswith(cut) and len(stem_w) - len(cut) >= 3:
                    town = stem_w[:-len(cut)]
                    rows = [r for r in (*names.rows(town), *_by_stem(names, town)) if names.row(r)[2] == "P"]
            if rows:
                found = (1, stem_w, dict.fromkeys(rows, 0.5))
        sent = _sentence_start(text, start)
        if found is None or stem_w in _CY_PERSON:
            if found is None and not sent and len(stem_w) >= 6:
                misses.append((start, cap.end(), stem_w))
            continue
        _, key, cands = found
        pv = _CY_PREV.search(text, max(0, start - 30), start)
        prev = _low(pv.group(1)) if pv else ""
        ps = _stem(prev)
        m = _Mention(start, end, key, cands, tokens=size, sent_start=sent, cue=prev in _CY_LOCATIVE,
                     town=ps in _CY_TOWN_CUE, admin=ps in _CY_ADMIN_CUE, ambiguous=key in _CY_AMBIGUOUS)
        if m.admin:  # "провинции Идлиб" spans its cue word, like "Idlib province"
            m.start = pv.start(1)
        if ns in _CY_ADMIN_SUFFIX or ns in _CY_DISTRICT:
            m.admin = m.admin or ns in _CY_ADMIN_SUFFIX
            m.end = follow[size - 1][0]
        elif nxt in ("и", "та", "і", "й") and len(follow) >= size + 2 \
                and _stem(follow[size + 1][1]) in _CY_ADMIN_SUFFIX:
            m.admin = True  # "в Донецкой и Луганской областях"
        elif size == 1 and not m.town and all(names.row(r)[2] != "C" for r in cands):
            after = text[end + 1:end + 2] if text[end:end + 1] == " " else ""
            # not before a region: "Донецк Ростовской области"
            region_next = len(follow) > size and _stem(follow[size][1]) in _CY_ADMIN_SUFFIX
            if after.isupper() and (w in known or _stem(nxt) in _CY_PERSON) and not region_next:
                continue  # "Владимир Путин": a given name before a surname ("в Москве Владимир" stays)
            if pv and pv.group(1)[:1].isupper() and not sent and text[pv.end(1):start] == " " \
                    and not _sentence_start(text, pv.start(1)):
                continue  # "Андрей Ермак": a surname after a given name
        done = m.end
        out.append(m)
    return out, misses


# --- resolution ----------------------------------------------------------------------------------------
def _score(r: tuple, pen: float, m: _Mention, share: Counter, admins: Counter) -> float:
    kind, iso3, pop = r[2], r[4], r[8]
    s = math.log10(pop + 10) - pen + 5.0 * share.get(iso3, 0.0)
    if kind == "C":
        s += 3.0
    elif kind == "A":
        s += 6.0 if m.admin else (-3.0 if m.town else -1.0)
    else:
        s += 1.5 if m.town else 0.0
        s += 2.5 * min(admins.get((iso3, r[5]), 0), 1)
    return s


def _best(names: _Names, m: _Mention, share: Counter, admins: Counter) -> tuple[int, tuple]:
    r = max(m.cands.items(), key=lambda t: _score(names.row(t[0]), t[1], m, share, admins))[0]
    return r, names.row(r)


def _shares(ctx: Counter) -> Counter:
    total = sum(v for v in ctx.values() if v > 0)
    return Counter({c: v / total for c, v in ctx.items() if v > 0}) if total else Counter()


def _keep(r: tuple, m: _Mention, share: Counter, admins: Counter, arabic: bool) -> bool:
    """Whether the chosen reading is credible enough to report (see the module doc)."""
    kind, iso3, pop = r[2], r[4], r[8] or 20000  # no population: a town the build's table adds by hand
    if m.short and not (m.admin or m.town):
        return False
    if kind == "C":
        return not (m.ambiguous and not m.cue)
    if m.ambiguous and not (m.town or m.admin):
        return False
    about = share.get(iso3, 0.0) >= 0.2 or admins.get((iso3, r[5]), 0) > 0
    if kind == "A":
        return m.admin or m.tokens > 1 or m.cue or about or (not arabic and not m.sent_start)
    if about:
        if m.town or m.tokens > 1:
            return True
        if arabic:
            return pop >= (2000 if m.cue else 10000)
        return pop >= (20000 if m.sent_start else 1000)
    if m.town:
        return pop >= 20000
    if m.tokens > 1:
        return pop >= 50000
    if arabic:  # no capitals to tell a name from a word: only big places stand alone
        return pop >= (100000 if m.cue else 1000000)
    return pop >= (50000 if m.cue else 100000) and not (m.sent_start and pop < 300000)


_AND = {"", "و", "،", ",", "и", "і", "та", "й"}


def _coordinated_countries(text: str, mentions: list[_Mention], is_country) -> None:
    """A country name that is also a word ("مالي": also "financial") is the country when it stands in a list
    with another country's name: "بين مالي والنيجر", "Мали и Нигер"."""
    for i, m in enumerate(mentions):
        if not m.ambiguous or m.cue or not is_country(m):
            continue
        for n in mentions[max(0, i - 1):i] + mentions[i + 1:i + 2]:
            a, b = (m, n) if n.start > m.start else (n, m)
            if not n.ambiguous and is_country(n) and text[a.end:b.start].strip() in _AND:
                m.cue = True


def find_places_i18n(text: str, lang: str | None) -> list[Place]:
    """Place mentions in Arabic or Russian/Ukrainian ``text`` (``lang`` an ISO 639-1 code; another or None
    scans both scripts), each resolved to one entry of the main gazetteer, in text order."""
    if not text:
        return []
    lang = (lang or "").lower()[:2]
    names = _names()
    ctx: Counter = Counter()
    mentions: list[tuple[_Mention, bool]] = []
    misses: list[tuple[int, int, str]] = []
    ar_misses: list[tuple] = []
    if lang not in _CYRILLIC_LANGS:
        found, ar_misses = _scan_arabic(text, names, ctx)
        mentions += [(m, True) for m in found]
    if lang not in _ARABIC_LANGS:
        found, misses = _scan_cyrillic(text, names, ctx)
        mentions += [(m, False) for m in found]
    if not mentions and not (ar_misses and ctx):  # a demonym may be the only context a guess has
        return []
    # The same name resolves the same way throughout: decide once per (name, cues).
    memo: dict[tuple, tuple[int, tuple]] = {}

    def best(m: _Mention, share: Counter, admins: Counter, phase: int) -> tuple[int, tuple]:
        k = (phase, m.key, m.admin, m.town, len(m.cands))
        got = memo.get(k)
        if got is None:
            got = memo[k] = _best(names, m, share, admins)
        return got

    # Context that needs none: countries, regions with their cue, big towns whose readings all lie in
    # one country; then (second pass) towns of 20,000 or more as first resolved. No name counts for itself.
    own: dict[str, Counter] = {}

    def vouch(key: str, iso3: str, w: float) -> None:
        ctx[iso3] += w
        own.setdefault(key, Counter())[iso3] += w

    empty: Counter = Counter()
    _coordinated_countries(text, [m for m, _ in mentions], lambda m: best(m, empty, empty, 0)[1][2] == "C")
    for m, _ in mentions:
        _, r = best(m, empty, empty, 0)
        if (r[2] == "C" and not m.ambiguous) or (r[2] == "A" and (m.admin or m.tokens > 1)):
            vouch(m.key, r[4], 1.0)
        elif r[8] >= 100000 and len({names.row(c)[4] for c in list(m.cands)[:20]}) == 1:
            vouch(m.key, r[4], 0.5)
    share = _shares(ctx)
    if misses and share:
        mentions += [(m, False) for m in _by_prefix(names, misses, share)]
    admins: Counter = Counter()
    regions: set[tuple[str, str]] = set()  # (country, admin1) the article names or places a town in
    for m, arabic in mentions:
        _, r = best(m, share, empty, 1)
        if r[2] == "A" and (m.admin or m.tokens > 1):
            admins[(r[4], r[5])] += 1
        elif r[2] == "P" and (r[8] >= 20000 or m.tokens > 1):
            vouch(m.key, r[4], 0.5)
        if r[5] and (r[2] == "A" and (m.admin or m.tokens > 1 or m.cue)
                     or r[2] == "P" and _keep(r, m, share, empty, arabic)):
            regions.add((r[4], r[5]))
    if ar_misses:
        mentions += [(m, True) for m in _by_sound(names, ar_misses, share, regions)]
    out: list[Place] = []
    shares: dict[str, Counter] = {}
    for m, arabic in sorted(mentions, key=lambda t: t[0].start):
        sh = shares.get(m.key)
        if sh is None:
            sh = shares[m.key] = _shares(ctx - own[m.key]) if m.key in own else _shares(ctx)
        idx, r = best(m, sh, admins, 2)
        if not _keep(r, m, sh, admins, arabic):
            continue
        out.append(Place(_plain(r[3]), r[4], _plain(r[5]) if r[5] else None, r[6], r[7],
                         _PRECISION[r[2]], m.starts.get(idx, m.start), m.end, r[8]))
    return out


def _by_prefix(names: _Names, misses: list[tuple[int, int, str]], share: Counter) -> list[_Mention]:
    """Capitalised words no stem matched: a one-word name that starts with the word's stem, when exactly
    one place of the article's main countries has such a name."""
    main = {c for c, v in share.items() if v >= 0.2}
    keys = names.sorted_keys()
    out = []
    for start, end, stem in misses:
        j = bisect.bisect_left(keys, stem)
        places: dict[tuple, int] = {}
        while j < len(keys) and keys[j].startswith(stem):
            if len(keys[j]) - len(stem) <= 2:
                for r in names.rows(keys[j]):
                    row = names.row(r)
                    if row[4] in main and row[2] == "P":
                        places.setdefault((row[3], row[4], row[5]), r)
            j += 1
        if len(places) == 1:
            out.append(_Mention(start, end, stem, {next(iter(places.values())): 1.5}, cue=True))
    return out
