"""Word lists behind ``extractors.places.geo``: what may sit inside a place name, what announces one, and what
looks like a place but is a person, an organisation or an ordinary word. Lower case throughout."""

from __future__ import annotations

# Words allowed inside a multi-word name ("Salah ad Din", "Bosnia and Herzegovina", "Rio de Janeiro").
CONNECTORS = {"of", "the", "de", "del", "da", "do", "dos", "das", "di", "du", "des", "la", "le", "el",
              "al", "ad", "ar", "as", "ash", "at", "az", "an", "ez", "es", "and", "y", "e", "upon", "on",
              "sur", "am", "im", "bin", "ibn", "wa",
              # "Port-au-Prince", "Aix-en-Provence", "Issy-les-Moulineaux", "San Nicolás de los Garza"
              "au", "aux", "en", "les", "lès", "los", "las", "der", "nad"}
ADMIN_SUFFIX = {"state", "province", "governorate", "region", "oblast", "district", "county", "department",
                "prefecture", "parish", "territory", "division", "emirate", "wilaya", "muhafazah"}
CUES = {"in", "at", "near", "from", "outside", "of", "to", "into", "across", "around", "towards", "toward",
        "inside", "through", "between", "and", "city", "town", "village", "province", "state", "capital",
        "district", "region", "area", "border", "northern", "southern", "eastern", "western", "central"}
# Words that follow a place inside an organisation's or a facility's name ("Georgia Bureau of
# Investigation", "Kabul Bank"): the place is still named, unlike "Chad Johnson".
INSTITUTION = {"school", "schools", "bureau", "department", "public", "university", "college", "medical",
               "environmental", "municipal", "association", "police", "army", "air", "national", "health",
               "power", "electric", "board", "commission", "court", "supreme", "house", "senate", "assembly",
               "government", "highway", "patrol", "guard", "forces", "military", "ministry", "fire", "airport",
               "river", "lake", "bay", "street", "road", "avenue", "center", "centre", "hospital", "prison",
               "camp", "base", "bank", "dam", "bridge", "market", "mosque", "church", "council", "office",
               "governor", "mayor", "chamber", "federation", "institute", "museum", "library", "port",
               "station", "stadium", "square", "parliament", "legislature", "general", "penitentiary",
               "regional", "metropolitan", "international", "central", "state's", "tech", "southern",
               "northern", "eastern", "western", "district", "division", "corps", "brigade", "battalion"}
FACILITY = {"airport", "dam", "bridge", "station", "base", "prison", "hospital", "market", "stadium",
            "university", "college", "refinery", "barracks", "airbase", "harbour", "harbor"}
# A name ending in one of these after "the" ("the Red Sea"), after one of these and "of" ("the Gulf of Aden",
# "Bay of Bengal"), after "Lake" ("Lake Chad") or before "River" ("the Niger River") is a body of water, not
# the state, town or country of the same name: no place is read from it.
WATER = {"sea", "ocean", "gulf", "strait", "straits", "river", "lake", "channel"}
WATER_OF = WATER | {"bay", "golfe", "golfo", "mer", "mar", "lac", "lago"}
WATER_BEFORE = {"lake", "lac", "lago"}
WATER_AFTER = {"river", "sea", "ocean", "lake"}  # "the Niger River", "the Jordan River"
ABBR_PREFIX = {"st. ": "saint ", "mt. ": "mount ", "ft. ": "fort "}
# Where an unknown capitalised word is very likely a place name (for the spelling-blind lookup).
LOCATIVE = {"in", "near", "outside", "at", "around", "towards", "toward"}
PLACE_NOUNS = {"district", "village", "town", "city", "area", "camp", "province", "region", "county",
               "governorate", "state", "neighbourhood", "neighborhood", "municipality", "commune", "locality"}
OF_PLACE = PLACE_NOUNS | {"outskirts", "territory", "suburb", "suburbs", "centre", "center", "heart",
                          "streets", "capital", "villages", "towns"}
QUALIFIERS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
              "upper", "lower", "greater", "middle", "northeastern", "northwestern", "southeastern",
              "southwestern", "northeast", "northwest", "southeast", "southwest", "rural", "downtown",
              "in", "near", "of",
              # capitalised function words (sentence or headline starts): "The Irish envoy", "In Kano"
              "the", "a", "an", "this", "that", "these", "those", "at", "on", "from", "for", "by", "with",
              "and", "but", "or", "to", "as", "after", "before", "during", "while", "when", "across",
              "inside", "outside", "into", "over", "under", "about", "against", "between", "both", "all",
              "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "many", "some", "most",
              "several", "other", "another", "former", "new", "old", "its", "his", "her", "their", "our"}
MEDIA = {"times", "post", "journal", "herald", "tribune", "daily", "news", "observer", "gazette", "guardian",
         "telegraph", "chronicle", "standard", "mail", "star", "sun", "independent", "express", "monitor",
         "university", "college", "fc", "united", "city fc", "rovers", "pillars", "declaration", "accord",
         "agreement", "convention", "protocol", "treaty", "process", "talks", "summit"}
# Given names that are also well-known places: only a place when no surname/name word is next to them.
GIVEN = {"jordan", "chad", "georgia", "victoria", "florence", "charlotte", "austin", "lincoln", "madison",
         "eugene", "orlando", "warren", "marion", "clinton", "jackson", "houston", "dallas", "tyler", "troy",
         "aurora", "camden", "sydney", "paris", "chelsea", "kent", "douglas", "israel", "juba", "salem",
         "beverly", "shelby", "savannah", "phoenix", "denver", "raleigh", "vienna", "regina",
         "adelaide", "alexandria", "columbus", "hamilton", "wellington", "kingston", "milton", "hudson"}
# Spanish, Portuguese and French first names that are also (small) towns somewhere: "Ramón Muchacho", "José
# Ramos", "Jean Dupont" are people. Names of big cities ("Santiago", "Salvador", "Rosario") are left out.
GIVEN |= {"ramón", "ramon", "josé", "jose", "juan", "carlos", "luis", "miguel", "pedro", "manuel", "antonio",
          "francisco", "jorge", "javier", "rafael", "fernando", "alberto", "roberto", "sergio", "pablo", "andrés",
          "andres", "felipe", "diego", "ricardo", "eduardo", "mario", "hugo", "óscar", "oscar", "raúl", "raul",
          "julio", "ernesto", "alfredo", "marcos", "gabriel", "daniel", "david", "alejandro", "enrique", "gustavo",
          "joão", "joao", "paulo", "marcelo", "rodrigo", "jean", "pierre", "jacques", "michel", "alain", "olivier",
          "mamadou", "moussa", "ibrahim", "abdoulaye", "amadou", "omar", "ali", "hassan", "ahmed", "mohamed"}
TITLES = {"mr", "mrs", "ms", "dr", "gen", "general", "col", "colonel", "capt", "captain", "sgt", "lt", "president",
          "governor", "gov", "minister", "senator", "sen", "rep", "king", "queen", "prince", "sheikh", "imam",
          "pastor", "bishop", "father", "judge", "justice", "chief", "commander", "spokesman", "spokeswoman",
          "officer", "sir", "lord", "lady", "saint", "st", "mount", "mt", "lake", "river", "fort", "port",
          "camp", "operation"}
NEVER = {"police", "army", "president", "minister", "government", "reuters", "afp", "ap", "god", "allah",
         "islam", "islamic", "christian", "muslim", "jewish", "church", "mosque", "hospital", "university",
         "court", "said", "the", "a", "an", "un", "eu", "nato", "isis", "isil", "al", "el", "la", "le", "de",
         "san", "santa", "saint", "st", "union", "republic", "federal", "national", "state", "city",
         "province", "district", "region", "county", "village", "town", "security", "media", "news",
         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
         "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
         "africa", "asia", "europe", "middle east", "gulf", "sahel", "west", "east", "north", "south",
         "northern", "southern", "eastern", "western", "central", "upper", "lower", "coast", "capital",
         "mon", "tue", "wed", "thu", "fri", "sat", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
         "sept", "oct", "nov", "dec",
         # metonyms for governments and markets, not places of events
         "white house", "capitol hill", "wall street", "downing street", "pentagon", "kremlin", "elysee",
         "blue house", "foggy bottom", "whitehall", "westminster"}

ABBREV_NAMES = {"U.S.A.": "usa", "U.S.": "us", "U.K.": "uk", "D.R. Congo": "dr congo", "D.C.": "washington"}
# AP-style US state abbreviations, recognised only after a place and a comma ("Alexandria, La.").
US_STATE_ABBR = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
    "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois",
    "Ind.": "Indiana", "Kan.": "Kansas", "Kans.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana",
    "Md.": "Maryland", "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota",
    "Miss.": "Mississippi", "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada",
    "N.H.": "New Hampshire", "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York",
    "N.C.": "North Carolina", "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon",
    "Pa.": "Pennsylvania", "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota",
    "Tenn.": "Tennessee", "Tex.": "Texas", "Va.": "Virginia", "Vt.": "Vermont", "Wash.": "Washington",
    "W.Va.": "West Virginia", "Wis.": "Wisconsin", "Wyo.": "Wyoming",
}


# Other languages read with the same scanner: their prepositions, place nouns and capitalised function words.
# Romance languages put the place noun before the name ("la région de Mopti", "el departamento del Cauca").
CUES |= {"à", "au", "aux", "dans", "près", "vers", "depuis", "entre", "région", "province", "ville", "village",
         "localité", "commune", "cercle", "département", "préfecture", "territoire", "en", "cerca", "desde", "hacia",
         "departamento", "municipio", "provincia", "estado", "ciudad", "pueblo", "localidad", "vereda",
         "corregimiento", "em", "no", "na", "nos", "nas", "perto", "cidade", "aldeia", "povoado", "município",
         "distrito", "província", "região", "bairro", "localidade"}
LOCATIVE |= {"à", "au", "aux", "dans", "près", "vers", "en", "cerca", "em", "no", "na", "nos", "nas", "perto"}
OF_WORDS = {"of", "de", "du", "des", "del", "da", "do", "dos", "das", "d"}
OF_PLACE |= {"région", "province", "ville", "village", "localité", "commune", "cercle", "département", "préfecture",
             "territoire", "quartier", "secteur", "chefferie", "groupement", "ciudad", "pueblo", "municipio",
             "departamento", "provincia", "estado", "localidad", "vereda", "corregimiento", "barrio", "cidade",
             "aldeia", "povoado", "município", "distrito", "província", "região", "bairro", "localidade", "environs",
             "alentours", "périphérie", "afueras", "arredores"}
# the settlements a name after them (or after their "of", "de") is the town of: "the town of Tombouctou"
TOWN_NOUNS = {"town", "city", "village", "camp", "base", "ville", "localité", "poste", "garnison", "bourgade",
              "ciudad", "pueblo", "localidad", "poblado", "cidade", "vila", "aldeia", "povoado", "localidade"}
ADMIN_BEFORE = {"région", "province", "préfecture", "département", "gouvernorat", "wilaya", "état", "departamento",
                "provincia", "estado", "região", "província", "governorate", "state", "region", "oblast"}
_ROMANCE_FUNCTION = {"le", "la", "les", "des", "du", "au", "aux", "dans", "selon", "après", "depuis", "lors", "chez",
                     "sous", "sur", "vers", "ce", "cette", "ces", "il", "elle", "ils", "leur", "el", "los", "las",
                     "del", "al", "según", "tras", "desde", "hasta", "hacia", "con", "sin", "para", "por", "su", "sus",
                     "este", "esta", "o", "os", "do", "dos", "das", "ao", "aos", "em", "num", "numa", "pelo", "pela",
                     "com", "sem", "um", "uma", "une", "un", "mais", "et", "ou", "y", "e", "mas", "pero", "tous",
                     "todos", "todas", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
                     "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "segunda", "terça",
                     "quarta", "quinta", "sexta"}
QUALIFIERS |= _ROMANCE_FUNCTION
NEVER |= _ROMANCE_FUNCTION
NEVER |= {"guardia", "guarda", "garde"}  # "la Guardia Nacional", "a Guarda Nacional", "la Garde nationale"
TITLES |= {"général", "colonel", "capitaine", "commandant", "président", "ministre", "gouverneur", "maire",
           "préfet", "chef", "docteur", "monseigneur", "presidente", "ministro", "gobernador", "alcalde", "coronel",
           "capitán", "comandante", "señor", "don", "doña", "governador", "prefeito", "capitão", "senhor", "dom",
           "dona", "são", "sainte"}
