"""Spanish: the words of news from Colombia, Mexico, Venezuela, Peru, Ecuador, Central America and Spain
(EFE, Europa Press and local dailies), plus wire copy about conflicts elsewhere."""

from __future__ import annotations

from extractors.lexicons import ActorWords, CountWords, DateWords, Lexicon, rx
from extractors.lexicons.function_words import FUNCTION_WORDS
from extractors.text.numbers import parser

_num = parser("es")
_UNITS = ("un una uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince "
          "dieciséis diecisiete dieciocho diecinueve veinte veintiún veintiuno veintiuna veintidós "
          "veintitrés veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve treinta "
          "cuarenta cincuenta sesenta setenta ochenta noventa cien ciento doscientos doscientas trescientos "
          "trescientas cuatrocientos quinientos seiscientos setecientos ochocientos novecientos mil").split()
_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
# "un"/"una" inside a noun phrase ("integrantes de un grupo armado") is an article, not a count
_ART = (r"(?<!\bde\s)(?<!\bdel\s)(?<!\ben\s)(?<!\bcon\s)(?<!\bpor\s)(?<!\bcontra\s)(?<!\bsobre\s)"
        r"(?<!\bentre\s)")
_FIRST = "|".join(sorted((u for u in _UNITS if u not in ("un", "una")), key=len, reverse=True))
_NUMBER = (rf"\d{{1,3}}(?:[\u00a0\u202f .]\d{{3}})+|\d+|(?:(?:{_ART}(?:un|una)(?![\w-])(?!\s+de\s+(?:ellos|"
           rf"ellas|los|las)\b)|{_FIRST})(?:\s+(?:y\s+)?(?:{_UNIT}))*)(?![\w-])")

_MONTH_NAMES = (r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|"
                r"diciembre")
_WEEKDAY = r"lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo"

# participles and verbs of death and injury (after the victims: "tres soldados murieron")
_KILLED = (r"muert[oa]s?|murieron|murió|mueren|muere|fallecid[oa]s?|fallecieron|falleció|asesinad[oa]s?|"
           r"abatid[oa]s?|ejecutad[oa]s?|masacrad[oa]s?|acribillad[oa]s?|ultimad[oa]s?|degollad[oa]s?|"
           r"decapitad[oa]s?|calcinad[oa]s?|linchad[oa]s?|perdieron\s+la\s+vida|perdió\s+la\s+vida|(?:han|ha|"
           r"habían|había)\s+muerto|sin\s+vida|mortalmente\s+herid[oa]s?")
_HURT = (r"herid[oa]s?|lesionad[oa]s?|hospitalizad[oa]s?|baleados?|baleadas?|"
         r"atendid[oa]s?\s+(?:\w+\s+)?por\s+(?:asfixia|heridas|intoxicaci\w+|golpes|lesiones|contusiones|"
         r"quemaduras)|sufrieron\s+(?:síntomas\s+de\s+)?(?:asfixia|intoxicaci\w+)|"
         r"resultaron\s+con\s+(?:golpes|heridas|lesiones)|sufrieron\s+(?:heridas|lesiones|quemaduras)|"
         r"sufrió\s+(?:heridas|lesiones)")
_PERSON = (r"(?:soldado|militar|policía|agente|uniformado|guardia|civil|hombre|mujer|niñ[oa]|menor|joven|"
           r"adolescente|estudiante|campesino|comunero|indígena|líder|lideresa|dirigente|candidat[oa]|"
           r"alcalde|concejal|periodista|comerciante|transportista|conductor|chofer|taxista|maestr[oa]|"
           r"docente|médico|sacerdote|pastor|miembro|integrante|combatiente|guerrillero|pandillero|sicario|"
           r"sospechoso|manifestante|vecino|habitante|poblador|trabajador|minero|agricultor|ganadero|"
           r"funcionari[oa]|empresari[oa]|escolta|recluso|preso|reo|persona|ciudadan[oa]|activista|"
           r"defensor[a]?|firmante|excombatiente|comandante|cabecilla|jefe|vigilante|motociclista|turista|"
           r"migrante|marino|infante)(?:e?s)?")

DATES = DateWords(
    months={"enero": 1, "ene": 1, "febrero": 2, "feb": 2, "marzo": 3, "mar": 3, "abril": 4, "abr": 4,
            "mayo": 5, "may": 5, "junio": 6, "jun": 6, "julio": 7, "jul": 7, "agosto": 8, "ago": 8,
            "septiembre": 9, "setiembre": 9, "sept": 9, "sep": 9, "set": 9, "octubre": 10, "oct": 10,
            "noviembre": 11, "nov": 11, "diciembre": 12, "dic": 12},
    weekdays=(("lunes",), ("martes",), ("miércoles", "miercoles"), ("jueves",), ("viernes",),
              ("sábado", "sabado"), ("domingo",)),
    same_as_before=("ese mismo día", "el mismo día", "horas más tarde", "más tarde ese día", "esa misma noche", "poco después", "minutos después"),
    year_before=r"en|desde|hasta|durante|antes\s+de|después\s+de|a\s+finales\s+de|a\s+principios\s+de",
    next_day=("al día siguiente", "un día después", "el día siguiente", "a la mañana siguiente", "al otro día"),
    day_before=("ayer", "anoche", "ayer por la mañana", "ayer por la tarde", "ayer por la noche",
                "la víspera", "la noche anterior", "el día anterior", "la madrugada de ayer",
                "la noche de ayer", "la tarde de ayer", "la mañana de ayer", "en la víspera"),
    same_day=("hoy", "esta mañana", "esta madrugada", "esta tarde", "esta noche", "este día",
              "la madrugada de hoy", "la mañana de hoy", "la tarde de hoy", "en la jornada de hoy"),
    week_month=("la semana pasada", "esta semana", "la semana anterior", "a principios de semana",
                "el mes pasado", "este mes", "a principios de mes", "a comienzos de mes",
                "a principios de este mes", "a comienzos de este mes", "el pasado fin de semana",
                "el fin de semana", "este fin de semana", "la semana antepasada"),
    ago=r"\bhace\s+(?:apenas\s+|unos\s+|solo\s+|sólo\s+)?(?P<n>\w+)\s+días\b",
    after=r"\b(?P<n>\w+)\s+días?\s+después\s+de(?:\s+que)?\b",
    weekday_before=r"el|este|esta|del|de|la|en|desde|hasta|pasado|último|noche|madrugada|tarde|mañana|entre|"
                   r"durante|al|amanecer|mediodía|anoche|por",
    last_weekday=rf"\b(?:pasado|último)\s+(?:{_WEEKDAY})\b|\b(?:{_WEEKDAY})\s+(?:pasado|anterior)\b",
    future=rf"\bpróximo\s+(?:{_WEEKDAY})\b|\b(?:{_WEEKDAY})\s+próximo\b|\bmañana\s+(?:{_WEEKDAY})\b|"
           rf"\b(?:a\s+partir\s+del|para\s+el|hasta\s+el)\s+(?:próximo\s+)?(?:{_WEEKDAY})\b",
    report_before=r"\b(?:informó|informaron|informa|informan|dijo|dijeron|anunció|anunciaron|declaró|"
                  r"declararon|confirmó|confirmaron|indicó|indicaron|afirmó|afirmaron|aseguró|aseguraron|"
                  r"explicó|señaló|señalaron|precisó|reportó|reportaron|denunció|denunciaron|comunicó|"
                  r"detalló|agregó|añadió|sostuvo|reveló|admitió|reconoció|advirtió|difundido|publicado|"
                  r"emitido|divulgado|comunicado|según\s+informó|según\s+(?:dijo|confirmó))(?:\s+(?:a|"
                  r"ante)\s+(?:EFE|la\s+prensa|los\s+medios|periodistas|\w+))?\s*,?\s*(?:el\s+|este\s+|"
                  r"esta\s+)?|"
                  # an earlier event in the clause: "secuestrados el pasado 10 de febrero fueron liberados"
                  r"\b(?:había|habían|habría|habrían)\s+sido\s+\w+\s+(?:el\s+)?(?:pasado\s+)?|"
                  r"(?<!fue\s)(?<!fueron\s)(?<!sido\s)(?<!resultaron\s)\b(?!ocurrid|registrad|producid|"
                  r"sucedid|perpetrad|cometid|iniciad|realizad|celebrad|convocad)\w+(?:ad|"
                  r"id)[oa]s\s+(?:el\s+)?pasado\s+|\bque\s+el\s+pasado\s+",
    # "murieron el lunes, informó la policía" dates the deaths: a verb after a comma is not the date's
    report_after=r"(?<![,;])(?<![,;]\s)(?:lo\s+)?(?:informó|informaron|dijo|dijeron|anunció|anunciaron|"
                 r"declaró|confirmó|indicó|afirmó|aseguró|explicó|señaló|precisó|denunció|reportó)",
    month_only=rf"\b(?:en|desde|durante|a\s+(?:principios|comienzos|mediados|finales|"
               rf"fines)\s+de)\s+(?:{_MONTH_NAMES})(?:\s+(?:de\s+)?(\d{{4}}))?\b(?!\s+\d)",
    dmy_link=r"\s+(?:de\s+)?",
    my_link=r",?\s+(?:de(?:l)?\s+)?",
    ordinals=r"(?:º|°)?",
    parse_number=_num,
)

COUNTS = CountWords(
    number=_NUMBER,
    parse_number=_num,
    vague={"decenas": (24, None), "decenas de": (24, None), "una decena": (8, 12), "varios": (3, 9),
           "varias": (3, 9), "numerosos": (5, None), "numerosas": (5, None), "cientos": (200, None),
           "cientos de": (200, None), "centenares": (200, None), "centenares de": (200, None),
           "unos cuantos": (2, 5), "una veintena": (18, 22), "una treintena": (28, 32),
           "una quincena": (13, 17), "una docena": (12, 12), "una cincuentena": (45, 55),
           "un centenar": (90, 110), "miles": (2000, None), "otros": (1, None), "otras": (1, None)},
    qualifiers=r"al\s+menos|por\s+lo\s+menos|más\s+de|cerca\s+de|casi|unos|unas|alrededor\s+de|"
               r"aproximadamente|hasta|un\s+total\s+de|no\s+menos\s+de|otros|otras|otro|otra|un\s+saldo\s+de|"
               r"aunque\s+sea",
    # "integrantes de un grupo armado irregular": the group after "de" belongs to the victims' noun
    noun_place=r"(?:\s+(?:de|del)\s+(?:(?:un|una|la|el|los|las)\s+)?[\w-]+(?:\s+(?!(?:y|en|que|murieron|"
               r"murió|fueron|fue|resultaron|resultó)\b)[\w-]+){0,2})?",
    noun_stop=r"murieron|murió|mueren|muere|fueron|fue|han|ha|habían|había|resultaron|resultó|quedaron|quedó|"
              r"están|estaban|y|en|que|cuando|durante|tras|mientras|según|al|a|muert[oa]s?|herid[oa]s?|"
              r"fallecid[oa]s?|fallecieron|asesinad[oa]s?|abatid[oa]s?|lesionad[oa]s?|ejecutad[oa]s?|"
              r"sufrieron|perdieron|con|sin|tras|por|este|esta|o|se|desde|hacia|dejó|dejaron|deja|dejan|"
              r"dejando",
    list_stop=r"murieron|murió|fueron|fue|han|ha|resultaron|resultó|quedaron|muert[oa]s?|herid[oa]s?|"
              r"fallecid[oa]s?|y|en|que",
    partitive=rf"(?<![\w-])(?P<pn>{_NUMBER}|uno|una)\s+de\s+(?:(?:los|las)\s+cuales|ellos|ellas)\b",
    aux=r"resultaron|resultó|fueron|fue|han\s+sido|ha\s+sido|habían\s+sido|había\s+sido|habrían\s+sido|"
        r"habría\s+sido|serían|quedaron|quedó|están|estaban|también|además|ya|todos|todas|sido|finalmente|"
        r"luego|posteriormente|presuntamente|aparentemente|encontrados|halladas?|hallados|encontradas?",
    kill_passive=_KILLED,
    hurt_passive=_HURT,
    kill_active=r"(?:matando|mató|mataron|matan|mata|asesinando|asesinó|asesinaron|asesinan|ejecutando|"
                r"ejecutó|ejecutaron|ejecutan|acribillando|acribilló|acribillaron|abatiendo|abatió|abatieron|"
                r"abaten|ultimaron|(?:haber\s+)?[\"«“]?neutraliz(?:ó|aron|ado|ando)[\"»”]?|masacraron|"
                r"degollaron)\s+a|murieron|mueren|fallecieron|perdieron\s+la\s+vida|resultaron\s+muertos|"
                r"resultaron\s+muertas|causando\s+la\s+muerte\s+(?:de|a)|causó\s+la\s+muerte\s+(?:de|a)|"
                r"(?:cobró|cobrando)\s+la\s+vida\s+de|(?:costó|costando)\s+la\s+vida\s+a|"
                r"acabó\s+con\s+la\s+vida\s+de|(?:reconoció\s+)?la\s+muerte\s+de",
    hurt_active=r"(?:hiriendo|hirió|hirieron|hieren|hiere|lesionando|lesionó|lesionaron)\s+a|"
                r"resultaron\s+heridos|resultaron\s+heridas|resultaron\s+lesionados|quedaron\s+heridos|"
                r"causó\s+heridas\s+a|causando\s+heridas\s+a|y\s+causó\s+heridas\s+a",
    dead_nouns=r"muertos|muertas|muerto|fallecidos|fallecidas|víctimas\s+mortales|muertes|decesos|cadáveres|"
               r"cuerpos|personas\s+muertas|personas\s+fallecidas|bajas",
    hurt_nouns=r"heridos|heridas|herido|lesionados|lesionadas|heridos\s+graves|personas\s+heridas",
    toll=r"\b(?:balance|saldo|cifra\s+de\s+(?:muertos|fallecidos|víctimas)|número\s+de\s+(?:muertos|"
         r"fallecidos|víctimas(?:\s+mortales)?))\b[^.;]{0,40}?\b(?:de|a|en|asciende\s+a|se\s+elevó\s+a|"
         r"subió\s+a|llegó\s+a|es\s+de)\s+|\belev(?:a|ó|aron|ando)\s+(?:así\s+)?a\s+|\belev(?:a|ó|"
         r"ando)\s+(?:la\s+cifra|el\s+balance|el\s+número)\s+de\s+(?:muertos|fallecidos|víctimas)\s+a\s+",
    none_killed=r"\bsin\s+(?:causar\s+|dejar\s+|provocar\s+|que\s+se\s+registraran\s+)?(?:víctimas|muertos|"
                r"heridos)|\bno\s+(?:hubo|hay|se\s+registraron|se\s+reportaron|dejó|causó|provocó|"
                r"se\s+registran)\s+(?:\w+\s+)?(?:víctimas|muertos|heridos|lesionados)|"
                r"\bning[uú]n(?:a)?\s+(?:víctima|muerto|herido|lesionado)|\bnadie\s+(?:murió|resultó|"
                r"falleció)",
    none_hurt=r"\bsin\s+(?:causar\s+|dejar\s+|provocar\s+|que\s+se\s+registraran\s+)?(?:víctimas|heridos|"
              r"lesionados)|\bno\s+(?:hubo|hay|se\s+registraron|se\s+reportaron|dejó|causó|"
              r"provocó)\s+(?:\w+\s+)?(?:víctimas|heridos|lesionados)|\bning[uú]n(?:a)?\s+(?:víctima|herido|"
              r"lesionado)|\bnadie\s+(?:resultó\s+herido|resultó\s+lesionado)",
    one_killed=rf"\b(?:un|una|su)\s+(?:[\w'-]+\s+){{0,3}}?{_PERSON}\b(?:\s+\S+){{0,8}}?\s+(?:fue|resultó|"
               rf"ha\s+sido|habría\s+sido)?\s*(?:\w+\s+)?(?:asesinad[oa]|muert[oa]|abatid[oa]|ejecutad[oa]|"
               rf"murió|falleció|ultimad[oa]|acribillad[oa]|linchad[oa]|perdió\s+la\s+vida)\b|\b(?:mató|"
               rf"matando|mataron|asesinó|asesinaron|asesinando|ejecutaron|abatieron)\s+a\s+(?:un|"
               rf"una)\s+(?:[\w'-]+\s+){{0,2}}?{_PERSON}\b",
    one_hurt=rf"\b(?:un|una|su)\s+(?:[\w'-]+\s+){{0,3}}?{_PERSON}\b(?:\s+\S+){{0,8}}?\s+(?:fue|resultó|"
             rf"quedó)\s+(?:\w+\s+)?(?:herid[oa]|lesionad[oa]|gravemente\s+herid[oa])\b|\b(?:hiriendo|hirió|"
             rf"hirieron)\s+a\s+(?:un|una)\s+(?:[\w'-]+\s+){{0,2}}?{_PERSON}\b|\b(?:un|"
             rf"una)\s+(?:[\w'-]+\s+){{0,3}}?{_PERSON}\b(?:\s+\S+){{0,6}}?\s+(?:sufrió|recibió)\s+(?:heridas|"
             rf"lesiones|un\s+disparo|un\s+balazo|una\s+fractura)",
    negated=r"\b(?:ni|ningún|ninguna|ninguno|no|sin|nadie)",
    attackers=r"atacantes?|agresores?|asaltantes?|sicarios?|pistoleros?|terroristas?|yihadistas?|enemigos?|"
              r"guerrilleros?|insurgentes?|rebeldes?|milicianos?|pandilleros?|delincuentes?|criminales|"
              r"narcotraficantes|disidentes|hombres\s+armados|bandidos|secuestradores|extorsionadores|"
              r"suicidas?|paramilitares|irregulares|traficantes|narcos|presuntos\s+\w+|supuestos\s+\w+|"
              r"(?:integrantes|miembros|elementos)\s+de\s+(?:un|una|la|el|los|las)\s+(?:\w+\s+)?(?:grupo|"
              r"banda|célula|organización|estructura|pandilla|cártel|facción|guerrilla|disidencia|red)",
    side_nouns=r"(?:de\s+los\s+|entre\s+los\s+)?(?:soldados?|militares?|policías?|agentes?|uniformados?|"
               r"civiles?|guardias?|efectivos|marinos|gendarmes?|carabineros?|infantes)",
    generic_nouns=r"personas|individuos|otros|otras|gente|víctimas",
    others=r"otr[oa]s|más",
    time_nouns=r"días?|semanas?|meses|mes|años?|horas?|minutos?|veces|por\s+ciento|%|km|kilómetros?|metros?|"
               r"millas|ataques|atentados|incidentes|explosiones|casas|viviendas|vehículos|camiones|buses|"
               r"autobuses|aldeas|veredas|pueblos|comunidades|municipios|drones|misiles|cohetes|proyectiles|"
               r"obuses|granadas|ocasiones|disparos|balas|tiros|kilos|toneladas|millones|dólares|pesos|euros|"
               r"familias|h\b|de\s+la\s+(?:mañana|tarde|noche)|hectáreas|fusiles|armas|"
               r"(?:de\s+)?(?:{_MONTH_NAMES})\b",
    aggregate=rf"\bdesde\s+(?:el\s+(?:inicio|comienzo|principio|estallido)|comienzos|principios|inicios|"
              rf"finales|que|(?:{_MONTH_NAMES})|\d{{4}}|el\s+año\s+pasado|entonces)|"
              rf"\ben\s+lo\s+que\s+va\s+(?:del?\s+)?(?:año|mes)|\ben\s+lo\s+corrido\s+del?\s+año|"
              rf"\beste\s+año\b|\ben\s+(?:los|las)\s+últim[oa]s\s+(?:\w+\s+)?(?:días|semanas|meses|años|"
              rf"décadas?)|\ben\s+total\b|\bsuman\b|\bya\s+son\b|\b(?:la\s+guerra|el\s+conflicto|"
              rf"la\s+violencia)\s+(?:ha|han|ya\s+ha|dejó|ha\s+dejado|ha\s+causado)\b|"
              rf"\bhan\s+sido\s+asesinad[oa]s\b|\bcontabiliza\w*|\bregistr\w+\s+(?:más\s+de\s+)?\d",
    hedge=r"\b(?:no\s+confirmad[oa]s?|sin\s+confirmar|no\s+(?:ha|han)\s+podido\s+(?:ser\s+)?(?:verificad|"
          r"confirmad)\w*|estimad[oa]s?|estim\w+|rumores?|extraoficial\w*)\b",
    kind_killed=r"muer|mueren|muri|falleci|asesin|abati|ejecut|masacr|acribill|ultim|degoll|decapit|calcin|"
                r"linch|vida|balance|saldo|cuerpos|cadáver|víctimas|mat[aóo]|neutraliz|ningún|ninguna|nadie|"
                r"sin\s+causar|no\s+hubo|cifra|bajas",
    kind_hurt=r"herid|hiri|lesion|hospitaliz|balead|golpes|sufri|atendid|asfixia|ningún|ninguna|nadie|sin|"
              r"no\s+hubo|fractura|disparo|balazo",
    conj=r"\by\b|\be\b",
    including=r"entre\s+ell[oa]s|entre\s+los\s+que|entre\s+las\s+que|incluid[oa]s?|incluyendo|"
              r"(?:[\w-]+\s+)?de\s+ell[oa]s|de\s+los\s+cuales|de\s+las\s+cuales",
    left=r"dejando|dejó|dejaron|deja|dejan",
    left_check=r"muert[oa]s?|herid[oa]s?|fallecid[oa]s?|lesionad[oa]s?",
    range_link=r"a|o|y",
)

_GENERIC = {
    # state forces ("guardia nacional": Mexico's and Venezuela's are military)
    **{n: "military" for n in ("soldados", "soldado", "militares", "militar", "ejército", "tropas",
                               "fuerzas armadas", "fuerza armada", "fuerzas militares", "fuerza pública",
                               "infantes de marina", "marina", "armada", "fuerza aérea", "guardia nacional",
                               "guardia nacional bolivariana", "guardias nacionales", "paracaidistas",
                               "efectivos militares", "patrulla militar", "batallón", "brigada",
                               "fuerzas de seguridad", "fuerzas gubernamentales", "fuerzas del gobierno",
                               "fuerzas especiales", "infantería de marina", "marinos",
                               "elementos del ejército", "fuerzas federales", "fuerzas israelíes",
                               "tropas rusas", "fuerzas rusas", "fuerzas ucranianas")},
    **{n: "police" for n in ("policías", "policía", "policia", "agentes", "agente", "policía nacional",
                             "carabineros", "carabinero", "guardia civil", "guardias civiles", "mossos",
                             "mossos d'esquadra", "ertzaintza", "gendarmes", "gendarmería", "esmad",
                             "antidisturbios", "agentes antidisturbios", "efectivos policiales",
                             "policía nacional civil", "pnc", "policía federal", "policía municipal",
                             "policía estatal", "policías estatales", "policías municipales",
                             "agentes policiales", "uniformados", "policía judicial", "guardia urbana",
                             "fuerzas del orden", "policía militar", "patrulleros", "guardias penitenciarios",
                             "custodios")},
    # armed groups without a name
    **{n: "rebels/" + e for n, e in (("rebeldes", "rebels"), ("insurgentes", "insurgents"),
                                     ("guerrilleros", "guerrillas"), ("guerrilla", "guerrillas"),
                                     ("yihadistas", "jihadists"), ("grupo yihadista", "jihadists"),
                                     ("terroristas", "terrorists"), ("grupo terrorista", "terrorists"),
                                     ("islamistas", "islamists"), ("combatientes", "fighters"),
                                     ("disidentes", "dissidents"), ("disidencias", "dissidents"),
                                     ("disidencia", "dissidents"), ("milicianos", "militia"),
                                     ("milicias", "militia"), ("milicia", "militia"),
                                     ("paramilitares", "paramilitaries"), ("separatistas", "separatists"),
                                     ("extremistas", "extremists"), ("autodefensas", "self-defence militia"),
                                     ("grupos de autodefensa", "self-defence militia"))},
    **{n: "gunmen/" + e for n, e in (("hombres armados", "unidentified armed group"),
                                     ("hombre armado", "unidentified armed group"),
                                     ("sujetos armados", "unidentified armed group"),
                                     ("individuos armados", "unidentified armed group"),
                                     ("civiles armados", "unidentified armed group"),
                                     ("desconocidos", "unidentified armed group"),
                                     ("encapuchados", "unidentified armed group"),
                                     ("encapuchados armados", "unidentified armed group"),
                                     ("grupo armado", "unidentified armed group"),
                                     ("grupos armados", "unidentified armed group"),
                                     ("grupo armado irregular", "unidentified armed group"),
                                     ("irregulares", "unidentified armed group"),
                                     ("atacantes", "unidentified armed group"),
                                     ("agresores", "unidentified armed group"),
                                     ("asaltantes", "unidentified armed group"),
                                     ("pistoleros", "unidentified armed group"), ("sicarios", "hitmen"),
                                     ("bandidos", "bandits"), ("delincuentes", "criminals"),
                                     ("criminales", "criminals"), ("grupo criminal", "criminal group"),
                                     ("grupos criminales", "criminal group"), ("pandilleros", "gang"),
                                     ("pandillas", "gang"), ("pandilla", "gang"), ("banda", "gang"),
                                     ("bandas", "gang"), ("banda armada", "gang"), ("bandas armadas", "gang"),
                                     ("narcotraficantes", "drug traffickers"),
                                     ("secuestradores", "kidnappers"), ("captores", "kidnappers"),
                                     ("extorsionadores", "extortionists"), ("piratas", "pirates"),
                                     ("colectivos armados", "pro-government militia"), ("células", "gang"),
                                     ("célula", "gang"), ("facciones", "gang"),
                                     ("mineros ilegales", "illegal miners"))},
    # crowds (occupations switch between protesters and civilians with the sentence's protest words)
    **{n: "protesters/" + e for n, e in (("manifestantes", "protesters"), ("manifestante", "protesters"),
                                         ("huelguistas", "strikers"), ("estudiantes", "students"),
                                         ("universitarios", "students"), ("normalistas", "students"),
                                         ("maestros", "teachers"), ("docentes", "teachers"),
                                         ("profesores", "teachers"), ("médicos", "doctors"),
                                         ("campesinos", "farmers"), ("agricultores", "farmers"),
                                         ("comerciantes", "traders"), ("trabajadores", "workers"),
                                         ("transportistas", "workers"), ("mototaxistas", "workers"),
                                         ("taxistas", "workers"), ("camioneros", "workers"),
                                         ("mineros", "workers"), ("bloqueadores", "protesters"),
                                         ("opositores", "opposition supporters"), ("activistas", "activists"),
                                         ("sindicalistas", "unionists"), ("marchistas", "protesters"),
                                         ("cocaleros", "farmers"), ("jubilados", "pensioners"),
                                         ("inquilinos", "tenants"))},
    **{n: "rioters" for n in ("alborotadores", "vándalos", "turba", "turbas", "muchedumbre",
                              "multitud enfurecida", "saqueadores")},
    # civilians, and the singular nouns of one victim ("un candidato", "um comerciante")
    **{n: "civilians/" + e for n, e in (("civiles", "civilians"), ("civil", "civilians"),
                                        ("pobladores", "residents"), ("vecinos", "residents"),
                                        ("habitantes", "residents"), ("comuneros", "villagers"),
                                        ("lugareños", "residents"), ("población", "civilians"),
                                        ("población civil", "civilians"), ("personas", "people"),
                                        ("pasajeros", "passengers"), ("fieles", "worshippers"),
                                        ("feligreses", "worshippers"), ("niños", "children"),
                                        ("menores", "children"), ("mujeres", "women"), ("jóvenes", "youths"),
                                        ("desplazados", "displaced"), ("refugiados", "refugees"),
                                        ("migrantes", "migrants"), ("periodistas", "journalists"),
                                        ("periodista", "journalists"), ("indígenas", "indigenous people"),
                                        ("líderes sociales", "social leaders"),
                                        ("líder social", "social leaders"), ("pescadores", "fishermen"),
                                        ("ganaderos", "herders"), ("pastores", "herders"),
                                        ("turistas", "tourists"), ("conductores", "drivers"),
                                        ("choferes", "drivers"), ("automovilistas", "motorists"),
                                        ("familias", "families"), ("mineros artesanales", "miners"),
                                        ("peones", "workers"), ("aldeanos", "villagers"),
                                        ("campesinos indígenas", "villagers"),
                                        ("firmantes de paz", "ex-combatants"),
                                        ("excombatientes", "ex-combatants"), ("candidato", "civilians"),
                                        ("candidata", "civilians"), ("comerciante", "civilians"),
                                        ("alcalde", "civilians"), ("alcaldesa", "civilians"),
                                        ("concejal", "civilians"), ("líder", "civilians"),
                                        ("lideresa", "civilians"), ("dirigente", "civilians"),
                                        ("sacerdote", "civilians"), ("pastor", "civilians"),
                                        ("maestro", "civilians"), ("maestra", "civilians"),
                                        ("docente", "civilians"), ("estudiante", "civilians"),
                                        ("transportista", "civilians"), ("conductor", "civilians"),
                                        ("chofer", "civilians"), ("taxista", "civilians"),
                                        ("empresario", "civilians"), ("empresaria", "civilians"),
                                        ("ganadero", "civilians"), ("agricultor", "civilians"),
                                        ("campesino", "civilians"), ("campesina", "civilians"),
                                        ("comunero", "civilians"), ("hombre", "civilians"),
                                        ("mujer", "civilians"), ("joven", "civilians"),
                                        ("menor", "civilians"), ("niño", "civilians"), ("niña", "civilians"),
                                        ("adolescente", "civilians"), ("vecino", "civilians"),
                                        ("vecina", "civilians"), ("habitante", "civilians"),
                                        ("poblador", "civilians"), ("activista", "civilians"),
                                        ("defensor", "civilians"), ("defensora", "civilians"),
                                        ("funcionario", "civilians"), ("funcionaria", "civilians"),
                                        ("turista", "civilians"), ("migrante", "civilians"),
                                        ("motociclista", "civilians"), ("vigilante", "civilians"),
                                        ("trabajador", "civilians"), ("minero", "civilians"),
                                        ("indígena", "civilians"))},
}

ACTORS = ActorWords(
    generic=_GENERIC,
    agent_before=r"\b(?:por(?!\s+lo\s+menos)|a\s+manos\s+de|atribuid[oa]s?\s+a|"
                 r"atribuy\w+\s+(?:\w+\s+){0,3}?a|reivindicad[oa]s?\s+por|perpetrad[oa]s?\s+por|"
                 r"cometid[oa]s?\s+por|lanzad[oa]s?\s+por|disparad[oa]s?\s+por|de\s+parte\s+de)\s+(?:el\s+|"
                 r"la\s+|los\s+|las\s+|un\s+|una\s+|unos\s+|presuntos?\s+|supuestos?\s+|[\w-]+\s+){0,3}$",
    target_before=r"\b(?:contra|a|al|hacia|sobre|visando|mat\w+\s+a|masacr\w+\s+a|ejecut\w+\s+a|"
                  r"asesin\w+\s+a|hiri\w+\s+a|secuestr\w+\s+a|embosc\w+\s+a|atac\w+\s+a|enfrent\w+\s+(?:con|"
                  r"a)|combat\w+\s+(?:con|contra|a)|entre\s+[^,.;]{0,60}?\by)\s+(?:el\s+|la\s+|los\s+|las\s+|"
                  r"un\s+|una\s+|unos\s+|unas\s+|dos\s+|tres\s+|sus\s+|[\w-]+\s+){0,3}$",
    active_after=r"^[^,.;]{0,40}?\b(?:atac(?:ó|aron|an|a)|mat(?:ó|aron|an|a)|asesin(?:ó|aron|an|a)|"
                 r"dispar(?:ó|aron|an|a)|abri(?:ó|eron)\s+fuego|embosc(?:ó|aron|an)|secuestr(?:ó|aron|an|a)|"
                 r"incendi(?:ó|aron|an)|quem(?:ó|aron|an)|lanz(?:ó|aron|an)|bombarde(?:ó|aron|an)|tom(?:ó|"
                 r"aron|an)|se\s+apoder\w+|irrumpi(?:ó|eron)|detuv(?:o|ieron)|captur(?:ó|aron|an)|arrest(?:ó|"
                 r"aron)|aprehendi(?:ó|eron)|reivindic(?:ó|aron|a)|march(?:aron|ó|an)|protest(?:ó|aron|an)|"
                 r"se\s+manifest(?:ó|aron|aban)|bloque(?:ó|aron|an)|se\s+enfrent\w+|enfrent(?:ó|aron)|"
                 r"hostig\w+|saque(?:ó|aron)|destruy(?:ó|eron)|liber(?:ó|aron)|dispers(?:ó|aron)|reprimi(?:ó|"
                 r"eron)|carg(?:ó|aron)|golpe(?:ó|aron)|lincharon|apedre(?:ó|aron)|derrib(?:ó|aron)|"
                 r"intercept(?:ó|aron)|atentaron|hicieron\s+estallar|se\s+hizo\s+estallar|retuvieron|"
                 r"se\s+llevaron|obligaron|rodearon|violaron|abusaron|descubri(?:ó|eron)|incaut(?:ó|aron)|"
                 r"hall(?:ó|aron)|encontr(?:ó|aron)|desactiv(?:ó|aron)|haber\s+(?:lanzado|disparado|atacado|"
                 r"usado|utilizado|bombardeado))\b",
    passive_after=r"^[^,.;]{0,50}?\b(?:fueron|fue|han\s+sido|ha\s+sido|habían\s+sido|resultaron|resultó|"
                  r"quedaron|quedó)\s+(?:\w+\s+)?(?:asesinad\w+|muert\w+|herid\w+|atacad\w+|secuestrad\w+|"
                  r"abatid\w+|ejecutad\w+|detenid\w+|capturad\w+|arrestad\w+|emboscad\w+|lesionad\w+|"
                  r"desaparecid\w+|balead\w+|tirotead\w+|violad\w+|aprehendid\w+|dispersad\w+|masacrad\w+|"
                  r"agredid\w+|golpead\w+|torturad\w+)|^[^,.;]{0,30}?\b(?:murieron|murió|fallecieron|"
                  r"falleció|perdieron\s+la\s+vida)\b",
    claimed_after=r"^[^.;]{0,30}\b(?:reivindic(?:ó|aron|a|an)|se\s+atribuy(?:ó|eron|e)|asumi(?:ó|"
                  r"eron)\s+la\s+(?:autoría|responsabilidad))",
    between=r"\bentre\s+",
    protest_words=r"\b(?:manifest(?:aron|aban|ación|aciones|antes?|arse|an|ando)|protest\w*|march(?:a|as|"
                  r"aron|aban|an|ando|ó)\b|moviliz\w+|plant(?:ón|ones)|huelga\w*|huelguistas|paro\b|"
                  r"pancartas?|consignas|concentr(?:aron|ación|aciones)|bloque(?:o|os|aron|aban|an)\b|"
                  r"cacerolazo)",
    passive_bare=r"^\s*(?:asesinad[oa]s?|muert[oa]s?|herid[oa]s?|secuestrad[oa]s?|detenid[oa]s?|"
                 r"capturad[oa]s?)(?=\s*$|\s*[,.;:]|\s+(?:en|durante|tras|por|cerca|al|cuando)\b)",
    opponent_before=r"\b(?:enfrent\w+\s+(?:con|a)|combat\w+\s+(?:con|contra|a)|choc\w+\s+con|"
                    r"se\s+batieron\s+con)\s+(?:el\s+|la\s+|los\s+|las\s+|[\w-]+\s+){0,2}$",
    toll_people=r"(?:[A-Z]\w+\s+)?(?:personas|individuos)",
    left_before=r"\b(?:dejando|dejó|dejaron|deja|dejan|con\s+un\s+saldo\s+de)\s+(?:\S+\s+){0,3}$",
    dead_after=r"^[^,.;]{0,40}?\b(?:muert[oa]s?|herid[oa]s?|fallecid[oa]s?)\b",
    joint=r"\b(?:entre\s+(?:el\s+|la\s+|los\s+|las\s+)?(?:fuerzas|militares|soldados|ejército|policía|"
          r"policías|tropas|agentes|uniformados)|conjunt[oa]s?|operativo|operación|ofensiva)\b",
    organisation=r"((?:Sindicato|Confederación|Coordinadora|Federación|Asociación|Comité|Movimiento|Partido|"
                 r"Central|Unión|Colectivo|Plataforma|Frente|Consejo|Gremio|Colegio|Mesa)(?:\s+(?:(?:de|del|"
                 r"la|los|las|y|el|por|para)\s+)*[A-ZÁÉÍÓÚÑ][\w'\u2019-]+){1,5})(?=[^.]{0,80}\b(?:march\w*|"
                 r"manifest\w+|protest\w+|huelga|paro|plantón|moviliz\w+|concentr\w+|bloque\w+))",
    article=r"^(?:[Ee]l|[Ll]a|[Ll]os|[Ll]as)\s+",
    herders=r"\b(?:ganaderos|pastores)\b",
    government=r"\bgobierno\b",
    weapons=r"\b(?:ataques?|bombardeos?|drones?|dron(?:es)?|misiles?|cohetes?|obuses|proyectiles|disparos|aviones?|avión|helicópteros?|tanques|artillería|aviación|cazas|bombarderos?|buques?)\b",
)

# protest words; "manifestó" alone is "stated", "en marcha" is "under way"
_PROTEST = (r"(?:manifest(?:aron|aban|ación|aciones|antes?|arse|an|ando)\b|se\s+manifestó|protest(?:a|as|"
            r"aron|aban|an|ando|ó|antes)\b|(?<!puesta\s)(?<!en\s)march(?:a|as|aron|aban|an|ando|ó|istas)\b|"
            r"movilizaci(?:ón|ones)|plant(?:ón|ones)|huelga\w*|huelguistas|paro\s+(?:nacional|cívico|general|"
            r"indefinido|de\s+\w+|agrario|campesino|camionero)|cacerolazos?|velat(?:ón|ones)|"
            r"concentraci(?:ón|ones)\s+(?:pacífica|frente|ante|en|de\s+(?:protesta|apoyo|repudio|"
            r"trabajadores|estudiantes|vecinos))|se\s+concentraron|sentad(?:a|as)\b|pancartas?|consignas|"
            r"bloqueadores|bloque(?:aron|ó|an)\s+(?:\S+\s+){0,3}?(?:de\s+forma\s+pacífica|pacíficamente)|"
            r"bloqueos?\s+(?:pacíficos?|indígenas?|campesinos?|de\s+carreteras|(?:\w+\s+){0,2}?(?:en|de|"
            r"sobre)\s+(?:la|las|el)\s+(?:vía|vías|carretera|autopista|avenida|calle|puente|Panamericana|"
            r"Interamericana|ruta))|bloque(?:o|os|aron|aban|an|ó)\s+(?:de\s+forma\s+pacífica|pacíficamente|"
            r"la\s+(?:vía|carretera|autopista|avenida|calle|Panamericana|Interamericana)|el\s+paso|"
            r"(?:el\s+)?acceso|las\s+vías|carreteras|vías))")
_DISPERSE = (r"impidi(?:ó|eron)\s+(?:la\s+)?(?:marcha|manifestación|concentración|vigilia|protesta)|"
             r"(?:frenad|interrumpid|impedid|disuelt)[oa]s?\s+por\s+la\s+policía|perros|"
             r"gas(?:es)?\s+lacrimógenos?|lacrimógen\w+|gas\s+pimienta|gases|tanquetas?|(?:cañones?|"
             r"chorros?)\s+de\s+agua|hidrantes|balas?\s+de\s+goma|perdigones|proyectiles?\s+de\s+goma|"
             r"dispers(?:ó|aron|ar|ada|ado|ados|adas|aba|ión|an|a)\b|reprim(?:ió|ieron|e|en|ir|id[oa]s?)\b|"
             r"represión|desaloj(?:ó|aron|ar|o|an|a)\b|carg(?:ó|aron|as?)\s+(?:policiales?\s+)?contra|"
             r"encapsul(?:ó|aron|ad[oa]s?)|disol(?:vió|vieron|ución)\b|retir(?:ó|aron)\s+a\s+la\s+fuerza|"
             r"impidi(?:ó|eron)\s+(?:el\s+paso|llegar|avanzar)|gasearon|rociaron\s+con\s+gas")
_INTERVENE = (rf"{_DISPERSE}|antidisturbios|golpe(?:ó|aron)|detuv(?:o|ieron)\s+a|(?:fueron|"
              rf"quedaron)\s+detenid[oa]s|detenciones|arrest(?:ó|aron|ad[oa]s)|aprehendi\w+|aprehendid\w+|"
              rf"bastonazos|porrazos|toletes|porras|empujones")
_KILL_WORDS = (r"muert[oa]s?|murieron|murió|mataron|mató|asesin(?:ó|aron|ad[oa]s?|ando|an|aba)|abatid\w+|"
               r"fallecid\w+|herid[oa]s?|(?<!sin\s)enfrentamientos?|(?<!sin\s)combates?|tiroteos?|balaceras?|"
               r"intercambios?\s+de\s+disparos")
# ordinary crime: a domestic killing, a brawl, a theft (no event for ACLED)
_CRIME = (r"su\s+(?:esposa|esposo|expareja|pareja|novia|novio|exesposa|exnovia|madre|padre|hijastr[oa]|"
          r"padrastro|madrastra|hermano|hermana|suegr[oa]|cuñad[oa]|compañer[oa]\s+de\s+trabajo)|"
          r"su\s+propi[oa]\s+\w+|discusi(?:ón|ones)\s+(?:familiar|de\s+tránsito|de\s+pareja)|"
          r"tras\s+una\s+(?:discusión|pelea|riña)|feminicidio|violencia\s+(?:doméstica|intrafamiliar|"
          r"de\s+género)|riñas?|peleas?\s+en\s+un\s+bar|por\s+(?:robar|estafar|hurtar|apuñalar|golpear|"
          r"agredir)\b|padrastro|cajeros?\s+automáticos?|cajas?\s+fuertes?|(?:fue|"
          r"fueron)\s+asaltad[oa]s?\s+y|falso\s+médico|sin\s+licencia|por\s+una\s+deuda")
_ARMS = (r"armas|armamento|municiones|explosivos|fusiles|granadas|artefactos\s+explosivos|minas|cartuchos|"
         r"arsenal|material\s+(?:de\s+guerra|bélico|explosivo)|pistolas|dinamita|proyectiles|cargadores|"
         r"rifles|escopetas|ametralladoras|lanzacohetes")
_ARREST = (r"detuv\w+|detenid\w+|captur\w+(?!\s+(?:de\s+)?(?:la|el)\s+(?:\w+\s+)?(?:base|ciudad|localidad|"
           r"pueblo|aldea|cuartel|puesto|capital|municipio|distrito|aeropuerto)\b)|arrest\w+|aprehendi\w+|"
           r"aprehendid\w+|apres\w+")


def _rule(pattern: str, etype: str, sub: str, strength: int):
    return (rx(pattern), etype, sub, strength, None, None)


RULES = (
    # "captured three men accused of the bombing": the arrest is the event, the attack its background
    _rule(rf"^(?!.*\b(?:{_CRIME})\b).*?\b((?:{_ARREST})\b[^.]{{0,80}}?\b(?:señalad[oa]s?|acusad[oa]s?|"
          rf"sospechos[oa]s?|presuntos?\s+(?:responsables|autores|implicados|integrantes|miembros)|"
          rf"responsables|implicad[oa]s?|vinculad[oa]s?|requerid[oa]s?)\s+(?:de|del|en|con|por|como)\b)",
          "strategic_developments", "Arrests", 2),
    _rule(r"\b((?:desactiv|intercept)\w+\s+(?:\S+\s+){0,4}?(?:(?:coches?|carros?|vehículos?|camionetas?|"
          r"motos?)[- ]bombas?|(?:coches?|vehículos?)\s+cargad[oa]s?\s+(?:con|de)\s+explosivos)|(?:granadas?|"
          r"artefactos?|bombas?|obuses|minas?)\s+(?:\w+\s+){0,3}?(?:sin\s+(?:detonar|explotar)|"
          r"que\s+no\s+(?:llegó\s+a\s+)?(?:explot|estall)\w+)|desactiv\w+\s+(?:\S+\s+){0,4}?(?:artefactos?|"
          r"explosivos?|bombas?|minas?|cargas?|granadas?|cilindros?)|(?:artefactos?|explosivos?|bombas?|"
          r"minas?|cargas?)\s+(?:\w+\s+){0,3}?(?:desactivad\w+|neutralizad\w+|destruid\w+\s+de\s+(?:forma|"
          r"manera)\s+controlada|detonad\w+\s+de\s+(?:forma|manera)\s+controlada)|(?:hallad|encontrad|"
          r"descubiert|localizad)[oa]s?\s+y\s+(?:detonad|destruid|desactivad)[oa]s?|(?:lo|la|los|"
          r"las)\s+(?:detonó|detonaron|destruyó|destruyeron)\s+de\s+(?:forma|manera)\s+controlada|"
          r"neutraliz\w+\s+(?:\S+\s+){0,4}?(?:drones?|dron|artefactos?|explosivos?|bombas?)\b|(?:drones?|"
          r"dron|misil(?:es)?|cohetes?|proyectiles?)\s+(?:\w+\s+){0,3}?(?:interceptad\w*|derribad\w*|"
          r"neutralizad\w*)|(?:intercept\w+|derrib\w+)\s+(?:\S+\s+){0,4}?(?:drones?|misil(?:es)?|cohetes?|"
          r"proyectiles?|dron)\b|(?:atentado|ataque)s?\s+frustrad\w+|frustr\w+\s+(?:un|una|el|"
          r"la)\s+(?:\w+\s+)?(?:atentado|ataque)|desmantel\w+\s+(?:\S+\s+){0,3}?(?:laboratorio|fábrica|"
          r"taller)\s+de\s+(?:explosivos|artefactos|armas|minas|drones))",
          "strategic_developments", "Disrupted weapons use", 2),
    _rule(rf"^(?!.*\b(?:{_ARREST}|golpe\w+|bombarde\w+|atac(?:ó|aron|an)|aviones|"
          rf"drones?)\b).*?\b((?:incaut\w+|decomis\w+|asegur(?:ó|aron|ado|ados|adas)|hall(?:ó|aron|ado|azgo)|"
          rf"encontr(?:ó|aron|ado)|descubr\w+|localiz\w+|ubic(?:ó|aron)|"
          rf"requis\w+)\s+(?:\S+\s+){{0,6}}?(?:{_ARMS})|(?:arsenal|depósito|caleta|escondite|"
          rf"alijo)s?\s+(?:de\s+|con\s+)(?:\S+\s+){{0,3}}?(?:armas|explosivos|municiones|material)|(?:armas|"
          rf"explosivos|municiones)\s+(?:\w+\s+){{0,2}}?(?:incautad|decomisad|hallad|encontrad)\w+)",
          "strategic_developments", "Disrupted weapons use", 2),
    _rule(r"\b((?<!firmante\sdel\s)(?<!firmantes\sdel\s)acuerdos?\s+de\s+(?:paz|cese\s+(?:al|el|del)\s+fuego|"
          r"alto\s+el\s+fuego|cese\s+de\s+hostilidades|desescalamiento)|(?:firm(?!ante)\w+|suscrib\w+|"
          r"alcanz\w+|pact\w+|acord\w+|sell\w+|declar\w+|anunci\w+|decret\w+|"
          r"acept\w+)\s+(?:\S+\s+){0,3}?(?:un|una|el|la|"
          r"los)\s+(?:\w+\s+){0,2}?(?:acuerdo(?!\s+(?:de\s+cooperación|comercial|económico|"
          r"de\s+libre\s+comercio|con\s+el\s+FMI|sobre\s+(?:minerales|el\s+programa|comercio|inversiones)))|"
          r"tregua(?!\s+unilateral)|cese(?!\s+(?:al|el|del)\s+fuego\s+unilateral)|"
          r"alto\s+el\s+fuego(?!\s+unilateral)|pacto|armisticio)|(?:canje|"
          r"intercambio)\s+de\s+(?:\S+\s+){0,3}?(?:prisioneros|rehenes|cuerpos|detenidos)|(?:canje|"
          r"intercambi)\w+\s+(?:\S+\s+){0,4}?(?:prisioneros|rehenes|cuerpos|detenidos)|"
          r"(?:se\s+)?(?:rindieron|rindió|entregaron\s+a\s+las\s+autoridades\s+con\s+sus\s+armas|"
          r"entregaron\s+(?:sus\s+)?armas|depusieron\s+las\s+armas)|se\s+entreg(?:ó|aron|an)\s+(?:a\s+(?:la|"
          r"las|los|el)\s+(?:ejército|infantería|fuerza\s+pública|fuerzas|tropas|militares|armada)|"
          r"con\s+sus\s+(?:armas|fusiles))|rendici(?:ón|ones)|(?:liberad[oa]s?|liber(?:ó|aron|an)|"
          r"soltad[oa]s?|entregad[oa]s?|entreg(?:ó|aron))\b[^.]{0,100}\b(?:negociaci\w+|mediaci\w+|"
          r"comisión\s+humanitaria|misión\s+humanitaria|rescate|canje|a\s+cambio\s+de)|(?:secuestrad[oa]s?|"
          r"rehenes|plagiad[oa]s?|cautiv[oa]s?)\b[^.]{0,60}\b(?:fueron\s+)?(?:liberad[oa]s|liberó|liberaron|"
          r"puest[oa]s?\s+en\s+libertad)|liber(?:ó|aron|an)\b[^.]{0,80}\b(?:secuestrad[oa]s?|rehenes|"
          r"plagiad[oa]s?|cautiv[oa]s?))",
          "strategic_developments", "Agreement", 2),
    _rule(r"^(?!.*\bdispers\w+).*?\b(armas?\s+químicas?|ataques?\s+químicos?|carga\s+química|"
          r"(?:gas\s+)?cloro\b|sar[ií]n|gas\s+mostaza|gas(?:es)?\s+tóxicos?|gas\s+asfixiante|"
          r"sustancias?\s+(?:asfixiantes?|neurotóxicas?|químicas?)|agentes?\s+(?:químicos?|neurotóxicos?|"
          r"nerviosos?)|químic[oa]s?\s+prohibid[oa]s?|cloropicrina|sustancias?\s+tóxicas?|"
          r"municiones?\s+químicas?|fósforo\s+blanco|ácido\s+cianhídrico)",
          "explosions_remote_violence", "Chemical weapon", 2),
    _rule(r"\b((?:terroristas?|atacantes?|hombres?|mujer(?:es)?|jóvenes?|bombas?)\s+suicidas?|"
          r"atentados?\s+suicidas?|ataques?\s+suicidas?|suicidas?\b|se\s+(?:hizo|hicieron|"
          r"había\s+hecho)\s+(?:estallar|explotar|volar)|hizo\s+estallar\s+(?:el|"
          r"los)\s+explosivos\s+que\s+llevaba|chalecos?\s+(?:explosivos?|bomba|con\s+explosivos|"
          r"de\s+explosivos)|cinturones?\s+(?:explosivos?|de\s+explosivos)|inmol\w+|"
          r"kamikazes?(?!\s+(?:drones?|Shahed)))",
          "explosions_remote_violence", "Suicide bomb", 2),
    _rule(r"\b(ataques?\s+aéreos?|bombardeos?\s+aéreos?|ofensiva\s+aérea|incursi(?:ón|ones)\s+aéreas?|"
          r"raids?\s+aéreos?|(?:ataques?|bombardeos?|atentados?|ofensiva|golpes?)\s+(?:\w+\s+){0,2}?(?:con|"
          r"de|por)\s+(?:un\s+|una\s+|varios\s+|la\s+|el\s+)?(?:drones?|dron|aviación|aviones?|helicópteros?|"
          r"aeronaves?|cazas)\b|drones?\s+(?:cargad\w+\s+)?(?:con|de)\s+explosivos|drones?\s+(?:kamikazes?|"
          r"armad\w+|explosiv\w+|suicidas?|de\s+ataque|bomba|Shahed)|(?:drones?|dron|aviación|aviones|avión|"
          r"cazas|helicópteros?|aeronaves?)\b(?:\s+[\w-]+){0,5}?\s+(?:bombarde\w+|atac(?:ó|aron|an|a)\b|"
          r"impact(?:ó|aron|a|an)\b|lanz(?:ó|aron|a|an)\b|dispar(?:ó|aron|a|an)\b|alcanz(?:ó|aron|a|an)\b|"
          r"golpe(?:ó|aron|a|an)\b|mat(?:ó|aron|a|an)\b|destruy(?:ó|eron|e|en)\b|ametrall\w+|arroj(?:ó|"
          r"aron)\b|solt(?:ó|aron)\b|dej(?:ó|aron)\s+caer)|(?:bombarde\w+|"
          r"atac\w+)\s+(?:\w+\s+){0,3}?con\s+(?:drones?|aviones|helicópteros?|aeronaves?)|"
          r"desde\s+(?:el\s+aire|drones?|aeronaves?|helicópteros?|un\s+dron|un\s+helicóptero))",
          "explosions_remote_violence", "Air/drone strike", 2),
    _rule(r"\b(drones?\s+artillad\w+|drones?\s+(?:\w+\s+){0,4}?(?:solt\w+|lanz\w+|arroj\w+|"
          r"dej\w+\s+caer)\s+(?:\w+\s+){0,2}?(?:explosivos|artefactos|granadas|bombas|cargas)|(?:us|utiliz|"
          r"emple)(?:ó|aron)\s+drones?\b|(?:por|de)\s+la\s+aviación|aviación\s+(?:militar|\w+(?:a|í|e)s?)\b|"
          r"fuerza\s+aére?a\s+(?:\w+\s+){0,3}?bombarde\w+|fuerza\s+aeroespacial)",
          "explosions_remote_violence", "Air/drone strike", 2),
    _rule(r"^(?!.*\b(?:artillería|morteros?|cohetes?|misil(?:es)?|obuses|cañone\w+|tanques?|proyectiles|RPG|"
          r"lanzacohetes|tatucos?|cilindros?|buques?|fragatas?|críticas|preguntas|mensajes|goles?|"
          r"arco)\b).*?\b(bombarde(?:o|os|ó|aron|an|a|ado|ada|ados|adas)\b)",
          "explosions_remote_violence", "Air/drone strike", 2),
    _rule(rf"\b((?:dispar\w+(?!\s+(?:gases|gas|balas\s+de\s+goma|perdigones|al\s+aire|bombas))|"
          rf"abri\w+\s+fuego|balas?\s+(?:reales|de\s+plomo)|munición\s+(?:real|letal)|mat(?:ó|aron|ando|a|"
          rf"an)|asesin\w+|bale(?:ó|aron)|acribill\w+|armas?\s+de\s+fuego)\b[^.]{{0,80}}\b(?:manifestantes?|"
          rf"protestantes|marcha|manifestación|protesta|concentración|multitud|movilización|velatón|plantón|"
          rf"bloqueo|huelguistas|estudiantes\s+que\s+protestaban)|(?:manifestantes?|protestantes|"
          rf"huelguistas)\b[^.]{{0,60}}\b(?:murieron|murió|muert[oa]s?|asesinad\w+|fallecid\w+|abatid\w+|"
          rf"perdieron\s+la\s+vida|perdió\s+un\s+ojo)|(?:murieron|murió|muere|mueren|muert[oa]s?|fallecid\w+|"
          rf"mat(?:ó|aron|a|an)|perdi(?:ó|eron)\s+(?:un|el|los)\s+ojos?|"
          rf"mutilad\w+)\b[^.]{{0,120}}\b(?:{_PROTEST})|(?:{_PROTEST})[^.]{{0,120}}\b(?:murieron|murió|"
          rf"muert[oa]s?|fallecid\w+|mat(?:ó|aron)\b|asesinad\w+))",
          "protests", "Excessive force against protesters", 2),
    _rule(r"\b(linch\w+|turbas?\b|muchedumbre\s+(?:enfurecida|enardecida)|multitud\s+(?:enfurecida|"
          r"enardecida)|justicia\s+por\s+(?:su\s+)?(?:propia\s+)?mano|"
          r"ajusticiad\w+\s+por\s+(?:los\s+)?(?:vecinos|pobladores)|(?:vecinos|pobladores|comuneros|"
          r"comunarios|habitantes|residentes|moradores|lugareños|ronderos|ultra\w+|radicales|hinchas|"
          r"una\s+multitud|la\s+multitud)\s+(?:enfurecidos\s+|indignados\s+|"
          r"molestos\s+)?(?:\S+\s+){0,6}?(?:golpe(?:aron|ó)|apalearon|lincharon|azotaron|"
          r"dieron\s+una\s+golpiza|retuvieron\s+y|ataron|ahorc(?:aron|ó)|sacaron\s+a\s+un\s+detenido|"
          r"quem(?:aron|ó)\s+(?:viv\w+|la\s+casa)|mat(?:aron|ó)\s+a\s+(?:golpes|pedradas|palos|machetazos)|"
          r"mat(?:aron|ó)\s+a\s+(?:un|una|dos|tres|varios)\s+(?:presunt\w+|supuest\w+|sospechos\w+|ladr\w+|"
          r"delincuentes?|pandilleros)|prendieron\s+fuego\s+a\s+(?:un|una|dos|tres|los|las)\s+(?:presunt\w+|"
          r"supuest\w+|hombre|mujer|sospechos\w+|ladr\w+|delincuente))|(?:mat|asesin)(?:ó|"
          r"aron)\s+a\s+(?:pedradas|golpes)|golpead[oa]s?\s+(?:\w+\s+){0,2}?por\s+(?:vecinos|pobladores|"
          r"una\s+multitud)|quem(?:an|aron|ó)\s+viv[oa]s?\s+a\s+(?:un|una|dos|"
          r"tres)\s+(?:\w+\s+){0,2}?acusad[oa]s?|(?:enfrentamientos?|choques?|"
          r"reyertas?)\s+(?:\w+\s+){0,3}?(?:intercomunales|interétnic\w+|tribales|entre\s+(?:comunidades|"
          r"comuneros|clanes|barras|hinchas|aficionados))|batalla\s+campal(?!\s+verbal))",
          "riots", "Mob violence", 2),
    _rule(rf"^(?!.*\b(?:atacantes|insurgentes|hombres\s+armados|bandidos|terroristas|yihadistas|guerrilleros|"
          rf"sicarios|narcotraficantes|paramilitares)\b).*?\b(disturbios|desmanes|tumultos?|vandalism\w+|"
          rf"vándalos|revuelta|asonada|arden\s+barricadas|(?:bombas?|cócteles?)\s+molotov|papas?\s+bombas?|"
          rf"destroz(?:aron|ó)\s+(?:\w+\s+){{0,3}}?(?:vidrieras|escaparates|cajeros|mobiliario|fachadas)|"
          rf"incendiad[oa]s\s+(?:\w+\s+){{0,2}}?por\s+(?:manifestantes|pobladores|jóvenes|huelguistas|"
          rf"encapuchados)|(?:choques|enfrentamientos|refriegas|"
          rf"se\s+enfrentaron)\s+(?:\w+\s+){{0,3}}?(?:entre\s+)?(?:manifestantes|estudiantes|huelguistas|"
          rf"bloqueadores|jóvenes|hinchas)\s+(?:y|con|contra)\s+(?:los\s+|las\s+|la\s+)?(?:policías?|agentes|"
          rf"antidisturbios|carabineros|militares|uniformados|guardias|mossos)|"
          rf"(?:{_PROTEST})\s+(?:\w+\s+){{0,4}}?(?:deriv\w+|degener\w+|termin\w+|"
          rf"acab\w+)\s+en\s+(?:la\s+)?(?:disturbios|enfrentamientos|choques|quema|saqueos?|"
          rf"incidentes\s+violentos)|(?:herid\w+|lesionad\w+)\s+(?:\w+\s+){{0,2}}?por\s+(?:piedras|pedradas|"
          rf"botellas|cócteles)|encapuchados\s+(?:\S+\s+){{0,6}}?(?:lanz\w+|arroj\w+)\s+(?:piedras|bombas|"
          rf"artefactos|cócteles|petardos|papas|objetos)|(?:{_PROTEST}|pobladores|jóvenes|estudiantes|"
          rf"normalistas|multitud|vecinos|comuneros|huelguistas|radicales|taxistas|transportistas|"
          rf"trabajadores|grupos?\s+de\s+(?:personas|jóvenes|manifestantes|bloqueadores|"
          rf"radicales))\b[^.]{{0,100}}\b(?:quem(?:ó|aron|aban|ando)|incendi(?:ó|aron|aban|ando)|"
          rf"prend\w+\s+fuego|barricadas?|(?:lanz\w+|arroj\w+|tir\w+|con)\s+(?:\w+\s+)?(?:piedras|objetos|"
          rf"bengalas|botellas|petardos)|piedras\s+(?:y\s+(?:palos|botellas|hondas)|contra)|pedradas|"
          rf"apedre\w+|hondas|con\s+palos|bombas?\s+molotov|artefactos\s+(?:explosivos\s+)?(?:artesanales|"
          rf"incendiarios)|cócteles?\s+molotov|molotov|petardos|cachorros\s+de\s+dinamita|destroz\w+|"
          rf"saque(?:ó|aron|ando)|quema\s+de|volc(?:ó|aron)\s+(?:\w+\s+){{0,2}}?(?:vehículos|autos|coches|"
          rf"carros|patrullas|buses)|derrib(?:ó|aron)\s+(?:\w+\s+){{0,3}}?(?:puerta|valla|portón)|"
          rf"enfrent(?:ó|aron|aban|ando)\s+(?:con|a)\s+(?:la\s+policía|los\s+agentes|agentes|policías|"
          rf"la\s+fuerza\s+pública|militares|carabineros|antidisturbios|los\s+uniformados|los\s+efectivos|"
          rf"la\s+guardia)|atac(?:ó|aron|aban)\s+(?:a\s+)?(?:la\s+policía|los\s+agentes|agentes|policías|"
          rf"una?\s+comisaría|la\s+comisaría))|apedre(?:ó|aron|aban|ando|ada|ado)\b|(?:atac\w+|"
          rf"agred\w+)\s+(?:\w+\s+){{0,4}}?con\s+piedras|barricadas\s+(?:en\s+llamas|ardiendo|"
          rf"con\s+(?:neumáticos|llantas|contenedores))|(?:quema|quemaron|"
          rf"incendiaron)\s+(?:de\s+)?(?:neumáticos|llantas|contenedores))",
          "riots", "Violent demonstration", 2),
    _rule(r"\b((?:granadas?|(?:artefactos?\s+)?explosivos?\s+de\s+mano)\b(?!\s+(?:lacrimógenas?|aturdidoras?|"
          r"de\s+humo|de\s+gas|de\s+mortero|de\s+estruendo|propulsadas|de\s+fragmentación\s+de\s+mortero)))",
          "explosions_remote_violence", "Grenade", 2),
    # bombs or shells that fell on a place were fired or dropped, not planted
    _rule(r"\b((?:bombas?|obuses|proyectiles|morteros?|cohetes?|misiles?|cilindros?|"
          r"tatucos?)\s+(?:\w+\s+){0,3}?(?:cayeron|cayó|impactaron|impactó)\s+(?:sobre|en|contra|cerca|"
          r"junto)|cilindros?\s+bombas?|tatucos?|cilindros?\s+(?:cargados?\s+)?(?:con|"
          r"de)\s+explosivos\s+lanzad\w+)",
          "explosions_remote_violence", "Shelling/artillery/missile attack", 2),
    _rule(rf"^(?!.*\b(?:{_CRIME})\b).*?\b(artefactos?\s+explosivos?(?:\s+improvisados?)?|(?:coche|carro|auto|"
          rf"moto|camión|camioneta|vehículo|"
          r"motocicleta|bicicleta|paquete|sobre|burro|caballo)s?[- ]bombas?|(?:coche|carro|vehículo|"
          r"motocicleta|moto|camioneta|sobre|paquete)s?\s+(?:cargad[oa]s?\s+|con\s+)?(?:con|de)\s+explosivos|"
          r"minas?\s+(?:antipersonal\w*|antipersona|terrestres?|antitanques?|artesanales?|quiebrapatas|"
          r"improvisadas?)|campos?\s+minados?|(?:pis\w+|activ\w+|deton\w+|"
          r"accion\w+)\s+(?:\w+\s+){0,2}?minas?\b|minas?\s+(?:\w+\s+){0,2}?(?:explot\w+|estall\w+|deton\w+|"
          r"activad\w+)|(?<!fusiles\sy\s)(?<!armas\sy\s)explosivos?|explosi(?:ón|ones)|explot(?:ó|aron|ar|a|"
          r"an)\b|estall(?:ó|aron|ar|ido|a|an)\b|deton(?:ó|aron|ar|ación|aciones|a|an)\b|"
          r"bombas?\b(?!-rel)(?!\s+(?:lacrimógenas?|molotov|de\s+humo|aturdidoras?|de\s+gasolina|de\s+agua|"
          r"de\s+tiempo\s+(?:política|social)|de\s+estruendo|de\s+gas))|bombazos?|"
          r"atentados?\s+(?:con\s+)?(?:bomba|explosivos?|dinamita)|IED|AEI|petardos?\s+de\s+alto\s+poder|"
          r"cargas?\s+explosivas?)",
          "explosions_remote_violence", "Remote explosive/landmine/IED", 2),
    _rule(r"\b(obuses|proyectiles\s+de\s+artillería|artillería|morteros?|cohetes?|misiles?|misil|bombarde\w+|"
          r"(?:buques?\s+de\s+guerra|fragatas?|destructores|navíos|"
          r"lanchas?\s+cañoneras?)\b(?:\s+[\w-]+){0,4}?\s+(?:dispar\w+|bombarde\w+|atac\w+)|cañone(?:o|os|ó|"
          r"aron|ar)\b|lanzacohetes|andanadas?|(?:disparos?|fuego)\s+de\s+(?:artillería|mortero|cohetes|"
          r"tanques?)|proyectiles|katiushas?|lanzagranadas|RPG)\b",
          "explosions_remote_violence", "Shelling/artillery/missile attack", 2),
    _rule(r"\b(violaci(?:ón|ones)\s+(?:múltiples?|masivas?|grupal\w*|colectiv\w+|sexual\w*|tumultuaria)|"
          r"violaci(?:ón|ones)\s+(?:de|a)\s+(?:una?\s+|dos\s+|tres\s+|\d+\s+|varias\s+|"
          r"decenas\s+de\s+)?(?:\w+\s+)?(?:niñ\w+|mujer\w*|menor\w*|joven\w*|adolescentes?|chicas?|"
          r"muchachas?|jóvenes|estudiantes?|detenid\w+|presas?|migrantes?)|(?:mujeres|niñas|menores|"
          r"adolescentes|jóvenes|joven|niña|mujer|menor|adolescente|chicas?|"
          r"víctimas?)\s+(?:\S+\s+){0,5}?(?:fueron|fue|habían\s+sido|han\s+sido|"
          r"habría\s+sido)\s+violad[oa]s?|violad[oa]s?\s+por|"
          r"violar(?:on)?\s+(?:a\s+)?(?:\w+\s+){0,3}?(?:mujeres|niñas|menores|adolescentes|una|dos|tres|"
          r"cuatro|\d+|varias|jóvenes|chicas|migrante)|violó\s+a|abus\w+\s+sexual\w*|abus(?:ó|aron|"
          r"ar)\s+(?:sexualmente\s+)?de|agresi(?:ón|ones)\s+sexual\w*|agred\w+\s+sexualmente|"
          r"violencia\s+sexual|esclavitud\s+sexual|ultraj\w+\s+sexual\w*)",
          "violence_against_civilians", "Sexual violence", 2),
    _rule(rf"(?:{_PROTEST}|manifestantes|huelguistas|caravana)[^.]{{0,120}}\b({_INTERVENE})|"
          rf"\b({_INTERVENE})\b[^.]{{0,120}}(?:{_PROTEST}|manifestantes|huelguistas|caravana)|"
          rf"\b({_DISPERSE})\b[^.]{{0,60}}(?:campesinos|estudiantes|jubilados|activistas|migrantes|"
          rf"transportistas|universitarios|indígenas|trabajadores|vecinos|pobladores|comerciantes|maestros|"
          rf"docentes|cocaleros|mineros|taxistas)",
          "protests", "Protest with intervention", 1),
    _rule(r"\b(gas(?:es)?\s+lacrimógenos?|balas?\s+de\s+goma|durante\s+el\s+desalojo)",
          "protests", "Protest with intervention", 1),
    _rule(rf"^(?!.*\b(?:{_KILL_WORDS}|{_CRIME})\b).*?\b(detuv(?:o|ieron)|detenid[oa]s?|"
          rf"(?<!tras\sla\s)(?<!tras\ssu\s)deten(?:er|ción|ciones)|detien(?:e|en)\b|arrest(?:ó|aron|ad[oa]s?|"
          rf"an|a)\b|"
          rf"(?<!tras\sel\s)(?<!tras\ssu\s)(?<!ordenó\sel\s)(?<!ordenaron\sel\s)(?<!orden\sde\s)arrestos?\b|"
          rf"captur(?:ó|aron|ad[oa]s?|an)\b|"
          rf"(?<!tras\sla\s)(?<!tras\ssu\s)(?<!recién\s)captura\b(?!\s+de\s+(?:la|el)\s+(?:\w+\s+)?(?:base|"
          rf"ciudad|localidad|pueblo|aldea|cuartel|capital|municipio))|aprehend(?:ió|ieron|id[oa]s?|en|e)\b|"
          rf"aprehensi(?:ón|ones)|apres(?:ó|aron|ad[oa]s?)|encarcel(?:ó|aron|ad[oa]s?)|"
          rf"puest[oa]s?\s+a\s+disposición|(?:cumpl\w+|ejecut\w+|"
          rf"hizo\s+efectiva)\s+(?:\w+\s+){{0,2}}?orden(?:es)?\s+de\s+(?:aprehensión|captura|detención|"
          rf"arresto)|ca(?:e|en|yó|yeron)\s+(?:\S+\s+){{0,4}}?(?:presunt\w+|alias|supuest\w+|cabecilla|líder|"
          rf"jefe|integrantes?|miembros?))",
          "strategic_developments", "Arrests", 2),
    _rule(rf"\b({_PROTEST}|paro\s+(?:nacional|cívico|general|indefinido)|huelga\s+general|cacerolazo|minga|"
          rf"salieron\s+a\s+las\s+calles|tomaron\s+las\s+calles|se\s+plant(?:ó|aron)\s+(?:frente|ante)|"
          rf"se\s+moviliz(?:ó|aron)|caravana\s+(?:\w+\s+){{0,3}}?para\s+protestar|vigilias?\b|"
          rf"se\s+reunieron\s+(?:frente|ante|en\s+la\s+plaza)\s+(?:\w+\s+){{0,3}}?para\s+(?:exigir|pedir|"
          rf"protestar|rechazar|denunciar|reclamar|recordar))",
          "protests", "Peaceful protest", 1),
    _rule(r"\b(recuper(?:ó|aron|ado|an|a)\s+(?:\S+\s+){0,3}?(?:el\s+)?control|recuper(?:ó|aron|ado|ada|an|"
          r"a)\s+(?:\S+\s+){0,3}?(?:la\s+ciudad|el\s+pueblo|la\s+localidad|la\s+aldea|la\s+base|el\s+cuartel|"
          r"el\s+municipio|la\s+zona|el\s+territorio|posiciones|\w+\s+(?:aldeas|pueblos|localidades|"
          r"caseríos)|(?-i:[A-Z])\w+)|recuperad[oa]\s+por\s+(?:las\s+)?(?:tropas|fuerzas|el\s+ejército|"
          r"militares)|volvieron\s+a\s+tomar|retom(?:ó|aron|ado|an|a)\b(?!\s+(?:la\s+vía|el\s+diálogo|"
          r"los\s+diálogos|las\s+negociaciones|la\s+mesa|sus\s+actividades|las\s+clases|el\s+trabajo))|"
          r"reconquist\w+|liber(?:ó|aron|ado)\s+(?:la\s+ciudad|el\s+pueblo|la\s+localidad|la\s+aldea|"
          r"el\s+municipio)|expuls(?:ó|aron|ado|ar)\s+(?:a\s+)?(?:los|las)\s+(?:\w+\s+)?(?:rebeldes|"
          r"guerrilleros|yihadistas|terroristas|insurgentes|pandilleros|milicianos|milicias|paramilitares|"
          r"grupos\s+(?:armados|irregulares))|desaloj(?:ó|aron|ar)\s+(?:a\s+)?(?:los|las)\s+(?:grupos|"
          r"rebeldes|guerrilleros|insurgentes|yihadistas|terroristas|milicianos|paramilitares))",
          "battles", "Government regains territory", 1),
    _rule(r"\b(tom(?:ó|aron|an|a|ado)\s+(?:\S+\s+){0,3}?(?:el\s+)?control|asum(?:ió|ieron|"
          r"en)\s+(?:\S+\s+){0,3}?(?:el\s+)?control|(?:se\s+hace|se\s+hacen|se\s+hizo|se\s+hicieron|"
          r"hacerse)\s+con\s+(?:el\s+control|la\s+(?:ciudad|localidad|base|aldea)|el\s+(?:pueblo|cuartel|"
          r"municipio)|(?-i:[A-Z])\w+)|tom(?:ó|aron|an|a|ado)\s+(?:\S+\s+){0,2}?(?:una?\s+|la\s+|"
          r"el\s+)(?:(?:\w+\s+)?(?:ciudad|localidad|aldea|base|cabecera|capital|sede|comisaría|zona|"
          r"guarnición)|pueblo|cuartel|municipio|caserío|campamento|aeropuerto|puerto|casco\s+urbano|"
          r"centro\s+de)|conquist(?:ó|aron|a|an)\s+(?:la|el)\s+|caída\s+de\s+(?-i:[A-Z])|se\s+(?:apoder|"
          r"adueñ)(?:ó|aron|an|a)\s+de|(?:cay(?:ó|eron)|cae|caen)\s+(?:en\s+manos|bajo\s+(?:el\s+)?control)|"
          r"quedó\s+en\s+manos\s+de|(?:ocup(?:ó|aron|an|a)|invadi(?:ó|"
          r"eron))\s+(?:por\s+la\s+fuerza\s+)?(?:la\s+ciudad|el\s+pueblo|la\s+localidad|la\s+aldea|"
          r"el\s+municipio|la\s+cabecera|el\s+caserío|el\s+casco\s+urbano)|(?:tom|ocup)(?:ó|aron|an|"
          r"a)\s+(?:brevemente\s+)?(?-i:[A-Z])\w+|(?:irrumpi(?:ó|eron)|entr(?:ó|"
          r"aron))\s+en\s+(?:la\s+ciudad\s+de\s+)?[^.]{0,80}?\b(?:y\s+expuls\w+|tras\s+(?:vencer|derrotar|"
          r"arrollar))|(?:tras|después\s+de)\s+(?:vencer|derrotar|arrollar|rechazar|"
          r"expulsar)\s+(?:a\s+)?(?:la|las|los|el|un|una)\s+(?:\w+\s+){0,2}?(?:guarnición|tropas|fuerzas|"
          r"soldados|militares|resistencia|destacamento|policía)|captur(?:ó|aron|an|a)\s+(?:la|"
          r"el)\s+(?:\w+\s+)?(?:localidad|ciudad|pueblo|base|aldea|cuartel|capital|cabecera|municipio|"
          r"distrito)|tomad[oa]s?\s+por\s+(?:los|las|hombres|combatientes|milicianos|rebeldes|yihadistas|"
          r"pandilleros|miembros|integrantes)|arrebat(?:ó|aron|an)\s+(?:\S+\s+){0,4}?(?:el\s+)?control)",
          "battles", "Non-state actor overtakes territory", 1),
    _rule(rf"^(?!.*\b(?:{_KILL_WORDS}|atac\w+|embosc\w+)\b).*?\b((?:se\s+)?retir(?:ó|aron|aban|an|"
          rf"a)\s+(?:\w+\s+){{0,2}}?(?:de|del)\s+(?:la\s+|el\s+|los\s+|las\s+)?(?:ciudad|pueblo|localidad|"
          rf"base|zona|posición|posiciones|aldea|territorio|región|distrito|municipio|cuartel|campamento|"
          rf"orilla|comunidad|vereda|(?-i:[A-Z])\w+)|se\s+repleg(?:ó|aron|aba|aban)\s+(?:de|del)\b|replegara|"
          rf"retirada\s+de\s+(?:las|los|sus)\s+(?:tropas|fuerzas|militares|soldados|efectivos)|(?:entreg(?:ó|"
          rf"aron|an|a)|ced(?:ió|ieron|e|en)|traspas\w+|dej(?:ó|aron))\b[^.]{{0,80}}?\b(?:el\s+control|"
          rf"la\s+base|las\s+bases|el\s+campamento|su\s+campamento|la\s+posición|las\s+instalaciones|"
          rf"la\s+ciudad|el\s+cuartel|aldeas|el\s+puesto)|traspaso\s+(?:del\s+control|de\s+la\s+base)|"
          rf"abandon(?:ó|aron|a|an)\s+(?:su\s+|el\s+|la\s+)?(?:campamento|base|cuartel|posición|comisaría|"
          rf"puesto|ciudad|pueblo|vereda|localidad|(?-i:[A-Z])\w+)|sin\s+(?:combatir|resistencia|disparar|"
          rf"combates|encontrar\s+resistencia))",
          "strategic_developments", "Non-violent transfer of territory", 2),
    _rule(rf"^(?!.*\b(?:{_KILL_WORDS}|atac\w+|embosc\w+|enfrent(?:ó|aron|aban)|dispar(?:ó|aron)|"
          rf"combati\w+)\b).*?\b(fusi(?:ón|onaron|onan)|se\s+fusion\w+|se\s+ali(?:ó|aron|an|ían)\s+con|"
          rf"alianza\s+(?:entre|con|para)|coalición|jur(?:ó|aron)\s+(?:lealtad|fidelidad)|lealtad\s+a|"
          rf"(?:nuevo|nueva)\s+(?:líder|jefe|comandante|cabecilla|secretario\s+general|estructura|"
          rf"grupo\s+armado)|(?:nombr|design|elig|eligi)\w*\s+(?:\S+\s+){{0,3}}?(?:a\s+)?(?:un\s+)?(?:nuevo|"
          rf"nueva)\s+(?:líder|jefe|comandante|cabecilla|secretario)|escisi(?:ón|ones)|separaci(?:ón|"
          rf"ones)\s+de\s+la\s+estructura|se\s+escindi\w+|se\s+dividi\w+|se\s+divide|se\s+fragment\w+|"
          rf"disoluci(?:ón|ones)|se\s+disuelve\w*|se\s+disolvi\w+|dejan\s+las\s+armas|paro\s+armado|"
          rf"cese\s+(?:al|el|del)\s+fuego\s+unilateral|tregua\s+unilateral|suspen(?:sión|de|dió|"
          rf"dieron)\s+(?:de\s+)?(?:sus|las)\s+(?:acciones|operaciones|actividades|ataques|diálogos)|"
          rf"suspende\s+los\s+diálogos|cambi(?:ó|aron|an|a)\s+de\s+(?:táctica|nombre|estrategia)|reanud(?:ó|"
          rf"aron|an|a)\s+(?:su|sus)\s+actividad\w*|conform(?:ó|aron)\s+un\s+grupo|desert(?:ó|aron)|"
          rf"se\s+(?:unió|unieron)\s+al?\b|toque\s+de\s+queda\s+(?:impuesto\s+)?por\s+(?:el|la|los|"
          rf"las)\s+(?:grupo|guerrilla|banda|disidencia|cártel))",
          "strategic_developments", "Change to group/activity", 2),
    _rule(r"^(?!.*\b(?:muert[oa]s?|murieron|murió|mataron|mató|asesin(?:ó|aron|ad[oa]s?)|"
          r"abatid\w+)\b).*?\b(secuestr(?!ador)\w+(?!\s+(?:la|el)\s+(?:democracia|país|Estado|proceso))|"
          r"plagi(?:ó|aron|ado|ada|ados|adas|an|o|os)\b|raptad\w+|rapt(?:ó|aron|o|os)\b|rehenes|levant(?:ó|"
          r"aron|an)[\"»”]?\s+a\s+(?:un|una|dos|tres|cuatro|cinco|\d+|varios|varias)\s+|"
          r"privad[oa]s?\s+de\s+(?:la\s+)?libertad|desaparici(?:ón|ones)\s+forzadas?|"
          r"desaparecid[oa]s?\s+(?:por|tras|desde|después)|desaparec(?:ió|ieron|en|e)\b|desaparici(?:ón|"
          r"ones)\s+de\s+(?:\S+\s+){0,3}?(?:jóvenes|personas|hombres|mujeres|estudiantes|migrantes|menores|"
          r"integrantes|trabajadores|jornaleros|activistas|\d+|dos|tres|cuatro|cinco|seis|un|una)\b|"
          r"se\s+(?:lo|la|los|las)\s+llev(?:ó|aron)|se\s+llev(?:ó|aron|an)\s+(?:a\s+la\s+fuerza\s+|"
          r"sin\s+orden\s+judicial\s+)?al?\b|sac(?:ó|aron|"
          r"ad[oa]s?)\s+(?:a\s+la\s+fuerza\s+)?de\s+su\s+(?:casa|vivienda|hogar|domicilio)|(?:sacad|llevad|"
          r"obligad)[oa]s?\s+a\s+la\s+fuerza|(?:se\s+)?desconoce\w*\s+su\s+paradero|"
          r"no\s+se\s+sabe\s+nada\s+de|retuv(?:o|ieron)\s+a\b|(?:fue|"
          r"fueron)\s+interceptad[oa]s?\s+por\s+(?:hombres|sujetos|individuos)\s+armados|"
          r"retenid[oa]s?\s+(?:por|contra\s+su\s+voluntad)|reclut(?:ó|aron|ad[oa]s?)\s+(?:a\s+la\s+fuerza|"
          r"forzosamente))",
          "violence_against_civilians", "Abduction/forced disappearance", 2),
    _rule(r"\b((?:dispar\w+|tiros?)\s+de\s+advertencia|embist(?:ió|ieron)|abord(?:ó|aron|a)\b|(?:violaron|"
          r"violó|viola)\s+el\s+espacio\s+aéreo|incursi(?:ón|onaron)\s+en\s+territorio|ingres(?:ó|"
          r"aron)\s+(?:ilegalmente\s+)?en\s+territorio|(?:cañones|chorros?)\s+de\s+agua\s+contra\s+(?:un|una|"
          r"el|la)\s+(?:buque|barco|embarcación|pesquero)|protagonizaron\s+un\s+(?:tenso\s+)?(?:incidente|"
          r"encuentro)|frente\s+a\s+frente|se\s+apuntaron|(?:interceptad[oa]|intercept(?:ó|"
          r"aron))\s+(?:\w+\s+){0,3}?(?:por\s+)?(?:un\s+|una\s+|el\s+)?(?:buque|barco|avión|cazas|"
          r"embarcación|pesquero|petrolero)|sobrevol(?:ó|aron)|persigui(?:ó|eron)\s+a\s+(?:un|"
          r"una)\s+(?:embarcación|buque|barco|pesquero|lancha))",
          "strategic_developments", "Other", 2),
    _rule(r"\b(enfrentamientos?|enfrent(?:ó|aron|aban|an)\b|se\s+enfrent\w+|combates?\b|combati(?:ó|eron)|"
          r"combat(?:en|ían)\b|choques?\s+armados?|choc(?:ó|aron)\s+con\s+(?:\w+\s+){0,4}?(?:armad\w+|"
          r"guerriller\w+|narcotraficantes|disidentes|rebeldes|insurgentes|sicarios|pandilleros)|embosc\w+|"
          r"intercambios?\s+de\s+(?:disparos|fuego|tiros)|tiroteos?|balaceras?|balacera|refriegas?|"
          r"hostigamientos?|hostig(?:ó|aron|an)\b|asalt(?:o|os|aron|ó)\s+(?:contra\s+)?(?:a\s+)?(?:un|una|el|"
          r"la|los|las)\s+(?:\w+\s+)?(?:puesto|cuartel|base|estación|comisaría|campamento|patrulla|convoy|"
          r"batallón|guarnición|cárcel|penal|posiciones)|ofensiva(?!\s+(?:diplomática|en\s+las\s+redes|"
          r"política|electoral|comercial|mediática|por\s+las\s+bandas))|se\s+batieron|repel\w+|"
          r"horas\s+de\s+lucha|incursi(?:ón|ones)\s+(?:\w+\s+){0,4}?contra|atac(?:ó|aron|an|a)\s+(?:el|la|un|"
          r"una|los|las)\s+(?:\w+\s+)?(?:puesto|cuartel|base|estación|comisaría|campamento|patrulla|convoy|"
          r"batallón|guarnición|destacamento|CAI|subestación|patrullero))",
          "battles", "Armed clash", 1),
    _rule(rf"^(?!.*\b(?:{_CRIME})\b).*?\b(mat(?:ó|aron|an|a|ando|ar)\b|asesin\w+|abati\w+|"
          rf"acribill\w+(?!\s+a\s+(?:preguntas|críticas))|ejecut(?:ó|aron|ad[oa]s?|an)\b|"
          r"masacr\w+|degoll\w+|decapit\w+|ultim(?:ó|aron|ad[oa]s?)\b|dispar(?:ó|aron|aban|ando|os)\b|"
          r"disparo\b|abri(?:ó|eron)\s+fuego|bale(?:ó|aron|ad[oa]s?)|tirote(?:ó|aron|ad[oa]s?)|a\s+tiros|"
          r"a\s+balazos|atac(?:ó|aron|an|ado|ados|ada|adas)\b|ataques?\b|atentados?\b|agresi(?:ón|"
          r"ones)\s+armadas?|muert[oa]s?\b|murieron|murió|herid[oa]s?\b|homicidios?|crimen|tortur\w+|"
          r"golpead[oa]s?\s+hasta\s+la\s+muerte|quem(?:ó|aron|an)\s+viv[oa]s?|neutraliz(?:ó|aron|ado|ados)|"
          r"apuñal\w+|acuchill\w+|machete\w*|cuerpos?\s+(?:sin\s+vida|con\s+(?:huellas|signos)))",
          "violence_against_civilians", "Attack", 1),
    _rule(r"\b(secuestr(?!ador)\w+|plagi(?:ó|aron|ado|ada|ados|adas)\b|rehenes|desaparici(?:ón|"
          r"ones)\s+forzadas?)",
          "violence_against_civilians", "Abduction/forced disappearance", 2),
    _rule(rf"^(?!.*\b(?:{_CRIME})\b).*?\b({_ARREST}\b)",
          "strategic_developments", "Arrests", 1),
    _rule(r"\b(saque(?:ó|aron|an|aban|o|os)\b|saquead[oa]s?|pillaje|(?:quem|inciner)(?:ó|aron|"
          r"an)\b[^.]{0,60}?\b(?:casas|viviendas|camiones|vehículos|buses|autobuses|máquinas|maquinaria|"
          r"iglesias?|escuelas?|cultivos|sedes?|local|oficinas|comercios|tiendas|ranchos|cabañas|motos|"
          r"motocicletas|bus|volquetas|camionetas?|tractomulas|retroexcavadoras?)|quema\s+de\s+(?:la|las|los|"
          r"el)\s+(?:sede|casas|viviendas|vehículos|alcaldía)|incendi(?:ó|aron|an|ad[oa]s?)\b|"
          r"prendieron\s+fuego|destru(?:yó|yeron|yen|id[oa]s?)\s+(?:\w+\s+){0,3}?(?:casas|viviendas|puentes?|"
          r"torres?|sedes?|oficinas|vehículos|infraestructura|oleoductos?|tramos?|maquinaria|máquinas)|"
          r"destroz(?:ó|aron)\s+(?:\w+\s+){0,3}?(?:sede|local|oficinas?|vehículos)|vandaliz\w+|dinamit(?:ó|"
          r"aron)\s+(?:\w+\s+){0,2}?(?:torres?|puentes?|oleoductos?|tramos?|vías?|antenas?|sedes?|vehículos?|"
          r"casas?)|derrib(?:ó|aron)\s+(?:\w+\s+){0,2}?(?:torres?|antenas?))",
          "strategic_developments", "Looting/property destruction", 1),
    _rule(r"\b((?:abr(?:ió|ieron|e|en)|inaugur\w+|instal(?:ó|aron|a|an|ación\s+de)|establec(?:ió|ieron|e|en)|"
          r"mont(?:ó|aron|a|an)|levant(?:ó|aron|a|an)|constru(?:yó|yeron)|ubic(?:ó|aron)|traslad(?:ó|"
          r"aron))\s+(?:\S+\s+){0,3}?(?:su\s+|sus\s+)?(?:un|una|unos|unas|dos|tres|cuatro|cinco|"
          r"\d+)?\s*(?:nuev[oa]s?\s+)?(?:bases?|puestos?\s+(?:militar\w*|de\s+(?:control|comando|vigilancia|"
          r"mando)|fluvial\w*|avanzad\w+|policial\w*)|puestos?|cuartel(?:es)?(?:\s+general)?|campamentos?|"
          r"narcocampamentos?|batallón|destacamentos?|centro\s+de\s+mando|comisarías?|"
          r"estaciones?\s+de\s+policía))",
          "strategic_developments", "Headquarters or base established", 1),
    _rule(r"\b((?<!de\s)(?<!firmante\sdel\s)(?<!firmantes\sdel\s)acuerdo(?!\s+(?:con|"
          r"a)\b)(?!\s+(?:de\s+cooperación|comercial|económico|de\s+libre\s+comercio|sobre\s+(?:minerales|"
          r"el\s+programa|comercio)))|tregua|cese\s+(?:al|el|del)\s+fuego|alto\s+el\s+fuego|"
          r"pacto\s+de\s+no\s+agresión)",
          "strategic_developments", "Agreement", 1),
    _rule(r"\b(retirada\s+de\s+(?:las|los|sus)\s+(?:tropas|fuerzas|militares|soldados|efectivos)|"
          r"repliegue\s+de|traspaso\s+de)",
          "strategic_developments", "Non-violent transfer of territory", 1),
)

_CONTEXT = rx(r"conquist|caída|perros|frenad|interrump|disuelt|protagoniz|acribill|inciner|sexual|chorro|"
              r"agred|advertencia|lanzagranad|reconquist|campament|intercamb|intercept|neutraliz|proyectil|"
              r"acuchill|artefact|artiller|barricad|concentr|depósito|desactiv|ejército|encarcel|entraron|"
              r"establec|explosiv|fragment|guerrill|hicieron|incinera|kamikaze|manifest|paradero|secuestr|"
              r"separaci|sobrevol|abandon|acuerdo|aprehen|arsenal|artesan|balacer|cacerol|cadáver|caravan|"
              r"coalici|comando|control|cuartel|decomis|desaloj|desapar|destroz|dinamit|dispers|disturb|"
              r"enfrent|hidrant|homicid|inaugur|incendi|incursi|lealtad|militar|moviliz|ofensiv|pandill|"
              r"paramil|persigu|protest|recuper|rescate|violenc|agente|antena|apedre|apoder|apuñal|arrest|"
              r"arroll|asesin|bengal|bloque|captur|cartel|cohete|combat|crimen|cuerpo|cártel|célula|derrib|"
              r"design|desman|destru|detien|dispar|disuel|ejecut|embist|embosc|entreg|escind|escolt|estall|"
              r"expuls|golpiz|granad|hostig|incaut|instal|insurg|irrump|lesion|levant|machet|masacr|morter|"
              r"petard|piedra|privad|puesto|químic|rechaz|reclut|repleg|reprim|sentad|sicari|soldad|suicid|"
              r"suspen|terror|tortur|tregua|tumult|vandal|vencer|vándal|abati|abord|adueñ|aerea|agres|apres|"
              r"arden|armad|asalt|atent|aviac|avion|balaz|balea|banda|canje|cloro|deten|deton|detuv|disol|"
              r"divid|eligi|escis|explo|fuego|golpe|helic|herid|huelg|inmol|invad|liber|linch|lucha|líder|"
              r"march|milic|minga|misil|nombr|nueva|nuevo|orden|plagi|plant|polic|rebel|rehen|repel|retir|"
              r"retom|retuv|saque|sarin|sarín|tropa|turba|ultim|velat|vigil|yihad|abre|abri|abus|alia|alto|"
              r"atac|azot|aére|base|bomb|cese|choc|deja|dron|elig|fusi|hace|hiri|hizo|jefe|llev|mina|mont|"
              r"muer|muri|obus|ocup|paro|quem|rapt|rend|tiro|viol|volc|ata|cae|cay|gas|mat|sac|tom")

LEXICON = Lexicon(
    lang="es",
    rules=RULES,
    context=lambda text: bool(_CONTEXT.search(text)),
    hypothetical=rx(r"(?:¿|\b(?:anunci\w+|"
                    r"convoc\w+)\s+(?:\w+\s+){0,2}?(?:una?\s+)?(?:nuev[oa]s?\s+)?(?:ofensiva|operación|paro|"
                    r"marcha|huelga|movilización|protesta|jornada)\b|\b(?:podría\w*|podrían|pudiera\w*|puede|"
                    r"pueden|amenaz\w+|amag\w+|prevé\w*|prevén|previst[oa]s?|planea\w*|planific\w+|"
                    r"prepar(?:a|an|aba|aban)|pretend\w+|intent(?:ó|aron|a|an|ar)\s+de|promet\w+|jur(?:ó|"
                    r"aron|a|an)\s+(?:que|vengar)|llam(?:ó|aron|a|an)\s+a|convoc\w+|pid(?:ió|ieron|e|en)|"
                    r"exig\w+|tem(?:e|en|ía|ían|ió|ieron|iendo|or|ores)|si|sino|posibles?|posibilidad|"
                    r"probable\w*|eventual\w*|para\s+(?:evitar|prevenir|impedir)|dispuest[oa]s?\s+a|"
                    r"advirt\w+|advierte\w*|alert\w+|quier(?:e|en)|quería\w*|va\s+a|van\s+a|iba\s+a|iban\s+a|"
                    r"neg(?:ó|aron|ando)|niega\w*|desmint\w+|desmiente\w*|descart\w+|en\s+caso\s+de|"
                    r"ante\s+(?:la\s+posibilidad|el\s+riesgo|la\s+amenaza)|riesgo\s+de|insist\w+\s+en|"
                    r"ultimátum|plazo|anunci\w+\s+que\s+\w+(?:rá|rán)|orden\s+de|parec(?:ía|ió|e)|pens(?:é|"
                    r"aba|amos|aron)\s+que|cre(?:í|ímos|ían)\s+que|como\s+si|son(?:ó|aba)\s+como|fals[oa]s?|"
                    r"rumores?|simul\w+|simulacro|ejercicios?|maniobras?|entrenamiento|película|serie|"
                    r"documental|novela|libro|videojuego|fin\s+de|contra\s+la\s+posibilidad|inst(?:ó|aron|a|"
                    r"an)|garantiz\w+|prácticas|desfile|exhib\w+|conden(?:ó|aron|a|an|ando)|lament(?:ó|aron|"
                    r"a|an)|repudi(?:ó|aron|a|an)|rechaz(?:ó|aron|a|an)|declar(?:ó|aron)\s+(?:\"|«)?objetivo|"
                    r"ningún|ninguna|ninguno|nadie|nada\s+que\s+ver|(?:videos?|vídeos?|imágenes|"
                    r"fotografías?)\s+que\s+muestra\w*|refut\w+|pruebas?\s+de\s+misiles?|ensayos?|"
                    r"concluy(?:ó|eron)\s+que|emiti(?:ó|eron)\s+(?:una\s+)?órden(?:es)?|"
                    r"investiga(?:n)?\s+(?:las\s+circunstancias|el\s+caso|si)|en\s+caso\s+de)\b)[^,;]*$"),
    negated=rx(r"(?:\b(?:no|nunca|jamás|ningún|ninguna|ninguno|sin(?!\s+(?:identificar|identificación|placas|"
               r"uniformes?|previo\s+aviso))|ni|nadie|neg(?:ó|aron)|desmint(?:ió|ieron)|descart(?:ó|aron)|"
               r"tampoco|suspensión\s+del?|ruptura\s+del?|romp(?:ió|ieron)|fin\s+del?)\s+(?:\S+\s+){0,2})$"),
    clause=rx(r"[,;:\u2014]|\bpero\b|\btras\b|\bcuando\b|\bmientras\b|\bdespués\s+de\b|\bluego\s+de\b|"
              r"\baunque\b|\bsin\s+embargo\b|\by\s+(?=\w+(?:ó|aron|ieron)\b)"),
    old=rx(r"\b(?:durante\s+el\s+ejercicio|ejercicios?\s+(?:conjunto|militar|naval|de\s+entrenamiento)|"
           r"hace\s+(?:apenas\s+|más\s+de\s+|unos\s+|casi\s+|ya\s+)?(?:\d+|\w+)\s+(?:años?|décadas?|lustros?|"
           r"siglos?|meses|mes)\b|el\s+año\s+(?:pasado|anterior)|durante\s+(?:años|décadas)|en\s+el\s+pasado|"
           r"históricamente|aniversario|conmemor\w+|(?:\d+|\w+)\s+años\s+después\b|en\s+(?:19|20)\d\d\s*,|"
           r"década\s+de\s+los|recordar\s+a\s+las\s+víctimas|homenaje|se\s+cumpl\w+\s+\w+\s+años|"
           r"años\s+(?:cincuenta|sesenta|setenta|ochenta|noventa)|"
           r"a\s+lo\s+largo\s+de\s+(?:\w+\s+)?(?:décadas|años)|durante\s+(?:el|la)\s+(?:conflicto|guerra|"
           r"dictadura|régimen)|(?:\d+|\w+)\s+años\s+de\s+(?:conflicto|guerra|violencia|dictadura)|juicio|"
           r"sentencia(?:ron|do|da|n)?|condenad[oa]s?\s+a|absuelt[oa]s?|absuel\w+|prisión\s+preventiva|"
           r"formaliz(?:ó|aron)|imput(?:ó|aron)|audiencia|admiti\w+\s+la\s+demanda|pena\s+de|"
           r"legítima\s+defensa|la\s+defensa\s+del?|fiscal\w*\s+acus\w+|acusación\s+formal|excarcelaci\w+|"
           r"juez\s+(?:\w+\s+)?(?:determinó|decretó|ordenó|condenó|absolvió)|entre\s+(?:19|"
           r"20)\d\d\s+y\s+(?:19|20)\d\d|\(?(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\)?|durante\s+el\s+juicio|"
           r"ante\s+el\s+tribunal|relat\w+\s+cómo)"),
    since=rx(rf"\bdesde\s+(?:el\s+)?(?:inicio|comienzo|principio|estallido)\s+d|\bdesde\s+(?:comienzos|"
             rf"principios|inicios|finales|fines|mediados)\s+de\b|\bdesde\s+(?:{_MONTH_NAMES}|"
             rf"el\s+año\s+pasado)\b|\bdesde\s+(?:el\s+)?(?:pasado\s+)?(?:{_WEEKDAY})\s*,|"
             rf"\ben\s+lo\s+que\s+va\s+del?\s+(?:año|mes)|\ben\s+lo\s+corrido\s+del?\s+año|\b(?:la\s+guerra|"
             rf"el\s+conflicto|la\s+violencia|las\s+protestas|"
             rf"los\s+enfrentamientos)\b[^.]{{0,50}}?\b(?:(?:ha|han|ya\s+ha|ya\s+han)\s+(?:dejado|causado|"
             rf"provocado|cobrado)|dejó|causó|provocó|cobró)\b|\ben\s+total\b|\bdesde\s+que\b|"
             rf"\bhasta\s+la\s+fecha\b|\ben\s+(?:los|las)\s+últim[oa]s\s+(?:\w+\s+)?(?:semanas|meses|años|"
             rf"décadas?)\b|\beste\s+año\b|\ba\s+lo\s+largo\s+del\s+año\b|\bcada\s+(?:mes|año|semana|día)\b|"
             rf"\ben\s+promedio\b|\bentre\s+(?:{_MONTH_NAMES})\s+y\s+(?:{_MONTH_NAMES})\b|"
             rf"\bbalance\s+anual\b|\bdel\s+mes\s+pasado\b|\ben\s+todo\s+el\s+mundo\b|\btasa\s+de\b|"
             rf"\bpor\s+cada\s+\d|\b(?:primer|segundo)\s+(?:semestre|trimestre)\b|\b(?:en|de|"
             rf"durante)\s+(?:los|las)\s+últim[oa]s\s+(?:\w+\s+)?(?:semanas|meses|años)\b|"
             rf"\bla\s+última\s+década\b|\bbalance\s+de\s+la\s+semana\b|\ben\s+un\s+mes\b|\b(?:han|"
             rf"habían)\s+sido\s+desplazad\w+|\d\s?%|\bpor\s+ciento\b|\bha\s+vuelto\s+a\s+(?:crecer|"
             rf"aumentar)|\baument\w+\s+(?:de|del)\b"),
    called_off=rx(r"\b(?:suspend\w+|cancel\w+|aplaz\w+|posterg\w+|levant\w+|desconvoc\w+|prohib\w+|"
                  r"puso\s+fin\s+a|pusieron\s+fin\s+a|renunci\w+\s+a|anunci(?:ó|aron|a|an)|convoc(?:ó|aron|a|"
                  r"an))\s+(?:(?:la|el|los|las|su|sus|toda|todas|todos|nueva|nuevas|prevista|previstas|"
                  r"convocada|convocadas)\s+){0,2}$"),
    accident=rx(r"\b(?:accidentes?|choque\s+(?:entre|de|frontal|múltiple)|(?-i:chocó|chocaron)|volc(?:ó|aron|"
                r"adura)|atropell\w+|despist\w+|cay(?:ó|eron)\s+(?:a|por)\s+(?:un|una|el|la)\s+(?:abismo|"
                r"barranco|precipicio|río|quebrada)|abismo|barranco|fuga\s+de\s+gas|explosión\s+de\s+gas|"
                r"escape\s+de\s+gas|deflagración|cortocircuito|incendios?\s+forestales?|inundaci\w+|lluvias|"
                r"riadas?|crecidas?|sismos?|terremotos?|deslizamientos?|derrumbes?|alud|desplom\w+|ahog\w+|"
                r"naufragio|naufrag\w+|epidemia|dengue|cólera|covid\S*|rayos?|tormenta|huracán|intoxicaci\w+|"
                r"pirotecnia|polvorín|bombona|cilindro\s+de\s+gas|tanque\s+de\s+gas|pipa\s+de\s+gas|"
                r"camión\s+cisterna|transformador|disparo\s+accidental|se\s+le\s+disparó|percance|"
                r"siniestro\s+vial|exceso\s+de\s+velocidad|perdió\s+el\s+control|se\s+estrell(?:ó|aron)|"
                r"accidental\w*|electrocutad\w+|descarril\w+|metano|grisú|fuegos\s+artificiales|refinería|"
                r"tanque\s+de\s+combustible|mina\s+de\s+carbón|volcarse|fugas?\s+en\s+(?:la|"
                r"una)\s+(?:instalación|tubería|cañería)|instalación\s+de\s+gas|falla\s+(?:eléctrica|técnica|"
                r"mecánica)|bomberos|rescat(?:ar|aron|ó|e|istas)|socorristas)\b"),
    hostile=rx(r"\b(?:hombres\s+armados|atacantes?|terroristas?|yihadistas?|guerrill\w+|rebeldes?|"
               r"insurgentes?|atac(?:ó|aron|an)|atentados?|bombas?|tiros?|disparos|dispar(?:ó|aron)|balacera|"
               r"sicarios?|suicidas?|artefactos?\s+explosivos?|drones?|cohetes?|misiles?|obuses|milician\w+|"
               r"bandidos?|grupos?\s+armados?|pandiller\w+|asesin\w+|linch\w+|saque\w+|secuestr\w+|"
               r"manifest(?:antes|ación)|emboscad\w+|granadas?|explosivos\s+(?:colocados|plantados)|"
               r"narcotraficantes|enfrent(?:ó|aron)|disturbios|barricadas|apedre\w+|molotov|"
               r"\w+\s+armad[oa]s)\b"),
    caption=rx(r"(?:^|\s)/\s*(?:EFE|AFP|Reuters|AP|EPA|Getty\s+Images|Xinhua|Europa\s+Press|Anadolu)\s*$|"
               r"^\s*(?:Foto|Fotografía|Imagen|Archivo|Crédito)\s*:|\((?:Foto|Imagen|Archivo)\b|©\s*\w+\s*$|"
               r"^\s*Foto\s+de\s+archivo"),
    sports=rx(r"\b(?:fútbol|futbol|partidos?|campeonato|liga\b|copa\s+(?:del\s+mundo|libertadores|américa)|"
              r"goles?|goleador|arquero|portero|delantero|defensa\s+central|mediocampista|técnico|entrenador|"
              r"director\s+técnico|torneo|marcador|balón|estadio|penal(?:ti)?|tenis|baloncesto|béisbol|"
              r"ciclismo|atletismo|selección|hinchas|afición|empate|remontó|descanso|tiempo\s+de\s+descuento|"
              r"cancha|clásico|derbi|jornada\s+\d|fecha\s+\d+|minuto\s+\d+|\d-\d)\b"),
    violence=rx(r"\b(?:muert[oa]s?|murieron|murió|asesin\w+|herid[oa]s?|bomb\w+|soldados?|militares?|"
                r"policías?|yihadistas?|terroristas?|guerrill\w+|rebeldes?|hombres\s+armados|manifest\w*|"
                r"atac\w+|enfrentamientos?|explosi\w+|disparos?|detenid\w+|secuestr\w+|disturbios|civiles|"
                r"ejército|fuerzas)\b"),
    lethal=rx(r"\b(?:asesinad[oa]s?|asesin(?:ó|aron|an)|abatid[oa]s?|ejecutad[oa]s?|acribillad[oa]s?|"
              r"masacrad[oa]s?|linchad[oa]s?|degollad[oa]s?|decapitad[oa]s?|ultimad[oa]s?|mat(?:ó|aron|an)|"
              r"a\s+tiros|a\s+balazos|a\s+machetazos|a\s+puñaladas|muert[oa]s?\s+a\s+tiros)\b"),
    dateline=rx(r"^(?:[A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ .'\u2019-]{2,40}|"
                r"[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+(?:[\s-][A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)?)"
                r"(?:,\s*[\w][\w .-]{1,40}){0,2}\s*(?:\([^)]{1,30}\))?\s*"
                r"(?:[-\u2013\u2014:]|\.-|\.\u2013|\.\u2014)\s*", 0),
    new_event=rx(r"^(?:por\s+otra\s+parte|por\s+otro\s+lado|en\s+otro\s+(?:hecho|incidente|ataque|caso|"
                 r"suceso)|en\s+otra\s+(?:acción|agresión|zona|región)|mientras\s+tanto|en\s+tanto|"
                 r"paralelamente|de\s+otro\s+lado|horas\s+(?:antes|después|más\s+tarde)|al\s+día\s+siguiente|"
                 r"un\s+día\s+(?:después|antes)|(?:dos|tres|\d+)\s+días\s+(?:después|antes)|"
                 r"esa\s+misma\s+(?:noche|tarde|mañana)|el\s+mismo\s+día|la\s+víspera|en\s+represalia|"
                 r"(?:ya\s+)?de\s+noche|en\s+la\s+noche|por\s+la\s+noche|por\s+su\s+parte|en\s+paralelo|"
                 r"también\s+(?:este|el)\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo))|"
                 r"\b(?:se\s+produce|se\s+produjo|ocurre|ocurrió|llega)\s+(?:\w+\s+){1,3}(?:días?|horas?|"
                 r"semanas?)\s+después\b|\btambién\s+(?:reivindicó|atacó|mató|asesinó)|\botro\s+(?:ataque|"
                 r"atentado|enfrentamiento|hecho|incidente|artefacto|bombardeo)\b|\botra\s+(?:explosión|"
                 r"emboscada|agresión|masacre)\b|\ben\s+un\s+nuevo\s+operativo\b"),
    days_after=rx(r"\b\w+\s+días?\s+después\s+de\b(.*)$"),
    incident=rx(r"\b(?:atac(?:ó|aron|an|aba|aban|ando)|ataques?|atentados?|embosc\w+|enfrentamientos?|"
                r"enfrent(?:ó|aron)|combates?|tiroteos?|balaceras?|dispar(?:ó|aron|aban|ando)|asalt(?:o|ó|"
                r"aron)|masacres?|bombas?|bombarde\w+|explosi(?:ón|ones)|misiles?|cohetes?|obuses|morteros?|"
                r"artillería|(?<!los\s)(?<!las\s)(?:detenid[oa]s|capturad[oa]s|arrestad[oa]s|"
                r"aprehendid[oa]s)|drones?|dron|manifest(?:aron|ación|aciones|antes)|protest(?:a|as|aron)|"
                r"marchas?|march(?:aron|ó)|disturbios|detuv\w+|captur(?:ó|aron)|arrest(?:ó|aron)|"
                r"aprehendi\w+|secuestr\w+|plagi(?:ó|aron)|incendi(?:ó|aron)|saque\w+|linch\w+|granadas?|"
                r"minas?|artefactos?|explosivos?|coches?\s+bomba|viol(?:ó|aron|aciones)|hostig\w+|tom(?:ó|"
                r"aron)\s+el\s+control|bloque(?:o|os|aron|ó)|barricadas|apedre\w+|molotov|(?:lanz|arroj)(?:ó|"
                r"aron)\s+(?:piedras|botellas|objetos|petardos)|disparos?|velat(?:ón|ones)|plant(?:ón|ones)|"
                r"concentraci(?:ón|ones)|movilizaci(?:ón|ones))\b"),
    anaphor=rx(r"(?:\b(?:el|la|los|las|este|esta|estos|estas|ese|esa|esos|esas|dicho|dicha|su|sus|del|al|"
               r"aquel|aquella)\s+(?:[\w-]+\s+){0,2})$"),
    incident_noun=rx(r"^(?:ataques?|atentados?|emboscadas?|enfrentamientos?|combates?|tiroteos?|balaceras?|"
                     r"asaltos?|explosi(?:ón|ones)|bombardeos?|violencia|incidente|hechos?|masacres?|"
                     r"manifestaci(?:ón|ones)|manifestantes|protestas?|marchas?|disturbios|secuestros?|"
                     r"muertes?|asesinatos?|operativos?|disparos?|detenciones|capturas?|movilizaci(?:ón|"
                     r"ones)|concentraci(?:ón|ones)|velat(?:ón|ones)|plant(?:ón|ones)|artefactos?|"
                     r"explosivos?|bombas?|minas?|granadas?|drones?|dron|misiles?|cohetes?)$"),
    same_group=rx(r"^(?:el|este|dicho)\s+(?:\w+\s+)?(?:grupo|movimiento|cártel|frente)\b|^(?:los|"
                  r"estos)\s+(?:\w+\s+)?(?:yihadistas|terroristas|rebeldes|insurgentes|guerrilleros|"
                  r"atacantes|pandilleros)\b"),
    unopposed=rx(r"^(?!.*\b(?:tiroteos?|(?<!sin\s)combates|(?<!sin\s)enfrentamientos|expuls\w+|atac(?:ó|"
                 r"aron)|ataque|asalto|muertos)\b).*?\b(?:sin\s+(?:combatir|combates|resistencia|disparar|"
                 r"encontrar\s+resistencia|enfrentamientos)|tras\s+la\s+(?:retirada|salida|huida)|"
                 r"después\s+de\s+la\s+(?:retirada|salida)|se\s+retir\w+|retirada|abandon(?:ó|aron)|"
                 r"se\s+repleg\w+|replegara|desalojad[oa]s?|evacu\w+)\b"),
    clash_words=rx(r"\b(?:enfrentamientos?|enfrent(?:ó|aron|aban|ando)|combates?|combati\w+|choques?|"
                   r"intercambios?\s+de\s+(?:disparos|fuego|tiros)|tiroteos?|balaceras?|refriegas?|repeli\w+|"
                   r"respondieron\s+(?:al\s+ataque|a\s+la\s+agresión|con\s+fuego)|batallas?|se\s+batieron|"
                   r"resistieron)\b"),
    armed_target=rx(r"\b(?:soldados?|militares?|tropas|policías|agentes|uniformados|guardias?|carabineros|"
                    r"gendarmes|patrulla|patrullero|convoy|base|cuartel|puesto\s+(?:militar|policial|"
                    r"de\s+control)|comisaría|estación\s+de\s+policía|CAI|guarnición|batallón|destacamento|"
                    r"campamento\s+(?:militar|del\s+ejército)|guerrilleros|rebeldes|yihadistas|terroristas|"
                    r"milicianos|paramilitares|combatientes|disidencias|infantes|marinos|escoltas|efectivos|"
                    r"cabo|sargento|teniente|subteniente|capitán|coronel|suboficial|patrulleros)\b"),
    armed_on=rx(r"\b(?:contra|atac(?:ó|aron|ando|ado|ada)|embosc(?:ó|aron|ada)|hostig(?:ó|aron)|asalt(?:ó|"
                r"aron|o)|tomaron\s+por\s+asalto)\s+(?:a\s+)?(?:un\s+|una\s+|el\s+|la\s+|los\s+|las\s+|"
                r"unos\s+|su\s+)?(?:[\w-]+\s+)?(?:puestos?|cuartel(?:es)?|bases?|estaci(?:ón|"
                r"ones)\s+de\s+policía|comisarías?|patrullas?|patrullero|convoy|batallón|guarnición|"
                r"destacamento|militares|soldados|policías|agentes|uniformados|tropas|ejército|fuerzas|"
                r"campamento\s+(?:militar|del\s+Ejército)|CAI|guardias|carabineros|escoltas|infantes|"
                r"efectivos|cabo|sargento|teniente|suboficial)\b"),
    dates=DATES,
    counts=COUNTS,
    actors=ACTORS,
    locative=rx(r"(?:\ben|\bcerca\s+de|\ba\s+las\s+afueras\s+de|\bdesde|\bhacia|\bjunto\s+a|\bentre|"
                r"\bfrente\s+a|\bal\s+(?:norte|sur|este|oeste)\s+de|\bde)\s+$"),
    directions=rx(r"\b(?:norte|sur|este|oeste|centro|noreste|noroeste|nordeste|sureste|sudeste|suroeste|"
                  r"sudoeste|occidente|oriente)\W+(?:\w+\W+){0,2}$"),
    # "de", "a", "se" are French or Portuguese too; "el", "los", "del", "y", "con" tell Spanish apart
    function_words=FUNCTION_WORDS["es"],
)
