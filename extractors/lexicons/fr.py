"""French: the words of news from the Sahel, both Congos, Cameroon, Haiti and France."""

from __future__ import annotations

from extractors.lexicons import ActorWords, CountWords, DateWords, Lexicon, rx
from extractors.lexicons.function_words import FUNCTION_WORDS
from extractors.text.numbers import parser

_num = parser("fr")
_UNITS = ("un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt "
          "trente quarante cinquante soixante cent cents mille").split()
_NUMBER = (r"\d{1,3}(?:[\u00a0\u202f .]\d{3})+|\d+|(?:(?:" + "|".join(sorted(_UNITS, key=len, reverse=True))
           + r")(?:[- ](?:et[- ])?(?:" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r"))*)")

_KILLED = (r"tu[ée]e?s?|morte?s?|décédée?s?|abattue?s?|exécutée?s?|assassinée?s?|massacrée?s?|égorgée?s?|"
           r"décapitée?s?|calcinée?s?|ont\s+péri|ont\s+perdu\s+la\s+vie|ont\s+trouvé\s+la\s+mort|a\s+péri|"
           r"a\s+perdu\s+la\s+vie|a\s+trouvé\s+la\s+mort|succombée?s?|mortellement\s+blessée?s?")
_HURT = r"blessée?s?|grièvement\s+blessée?s?|légèrement\s+blessée?s?|hospitalisée?s?|atteinte?s?\s+par\s+balles?"
_PERSON = (r"(?:soldat|militaire|policier|gendarme|civil|homme|femme|enfant|fillette|garçon|élève|étudiant|"
           r"enseignant|commerçant|chauffeur|berger|éleveur|cultivateur|agriculteur|chef|imam|prêtre|pasteur|"
           r"journaliste|habitant|villageois|passant|casque\s+bleu|agent|membre|combattant|jihadiste|djihadiste|"
           r"assaillant|terroriste|manifestant|volontaire|conseiller|maire|notable|commandant)e?s?")

DATES = DateWords(
    months={"janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fév": 2, "mars": 3, "avril": 4,
            "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9,
            "sept": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "décembre": 12, "decembre": 12,
            "déc": 12},
    weekdays=(("lundi",), ("mardi",), ("mercredi",), ("jeudi",), ("vendredi",), ("samedi",), ("dimanche",)),
    same_as_before=("le même jour", "dans la soirée", "plus tard dans la journée", "le soir même", "dans la foulée", "quelques heures plus tard", "peu après", "dans l'après-midi", "quelques minutes plus tard"),
    year_before=r"en|depuis|dès|jusqu[\'\u2019]en|avant|après|début|fin",
    next_day=("le lendemain", "le jour suivant", "le lendemain matin", "un jour plus tard"),
    day_before=("hier", "hier soir", "hier matin", "hier après-midi", "la veille", "la nuit dernière",
                "dans la nuit d'hier", "avant-hier soir"),
    same_day=("aujourd'hui", "aujourd’hui", "ce matin", "cet après-midi", "ce soir", "cette nuit",
              "plus tôt dans la journée", "ce jour", "dans la matinée", "dans la nuit"),
    week_month=("la semaine dernière", "la semaine passée", "cette semaine", "en début de semaine", "ce mois-ci",
                "le mois dernier", "le mois passé", "début du mois", "plus tôt ce mois"),
    ago=r"\bil\s+y\s+a\s+(?P<n>\w+|\d+)\s+jours?\b",
    after=r"\b(?P<n>\w+|\d+)\s+jours?\s+après\b",
    weekday_before=r"le|ce|dès|depuis|dans\s+la\s+nuit\s+d[eu]|la\s+nuit\s+d[eu]|dans\s+la\s+matinée\s+d[eu]|"
                   r"dans\s+la\s+soirée\s+d[eu]|tôt|tard",
    last_weekday=r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(?:dernier|passé)\b",
    future=r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+prochain\b|\bd'ici\b",
    report_before=r"(?:\b(?:a|ont|avait|avaient)\s+(?:déclaré|indiqué|annoncé|affirmé|confirmé|rapporté|précisé|"
                  r"ajouté|souligné|expliqué|assuré|dit|fait\s+savoir|informé)|\b(?:a-t-il|a-t-elle|ont-ils)\s+"
                  r"(?:déclaré|indiqué|ajouté|précisé|affirmé)|\bcommuniqué(?:\s+publié)?|\bdéclare|\bindique|"
                  r"\bannonce)(?:\s+(?:à\s+l['’]AFP|à\s+RFI|à\s+la\s+presse))?\s*,?\s*(?:le\s+|ce\s+)?",
    report_after=r"a\s+(?:déclaré|indiqué|annoncé|affirmé)|ont\s+(?:déclaré|indiqué|annoncé|affirmé)|"
                 r"a-t-on\s+appris|selon",
    month_only=r"\b(?:en|depuis|début|fin|mi-|courant)\s+{MON}(?:\s+(\d{4}))?\b(?!\s+\d)",
    ordinals=r"(?:er|e|ème)?",
    my_link=r"\s+",
    parse_number=_num,
)

COUNTS = CountWords(
    number=_NUMBER,
    parse_number=_num,
    vague={"des dizaines": (24, None), "dizaines": (24, None), "une dizaine": (8, 12), "plusieurs": (3, 9),
           "de nombreux": (5, None), "de nombreuses": (5, None), "des centaines": (200, None),
           "centaines": (200, None), "quelques": (2, 5), "une vingtaine": (18, 22), "une trentaine": (28, 32),
           "une quinzaine": (13, 17), "une cinquantaine": (45, 55), "une centaine": (90, 110),
           "des milliers": (2000, None), "autres": (1, None)},
    qualifiers=r"au\s+moins|plus\s+d['’]|plus\s+de|près\s+de|environ|pas\s+moins\s+de|jusqu['’]à|un\s+total\s+de|"
               r"encore|quelque",
    noun_stop=r"ont|a|été|sont|est|et|dans|à|au|aux|lors|après|qui|alors|tu[ée]e?s?|blessée?s?|morte?s?|péri|"
              r"décédée?s?|abattue?s?",
    list_stop=r"ont|a|été|sont|est|tu[ée]e?s?|blessée?s?|morte?s?|et|portée?s?|disparue?s?|enlevée?s?|capturée?s?|"
              r"arrêtée?s?|interpellée?s?|détruit\w*",
    partitive=rf"\b(?:dont|parmi\s+(?:eux|elles|lesquels|lesquelles))\s+(?P<pn>{_NUMBER})",
    aux=r"ont\s+été|a\s+été|sont|avaient\s+été|auraient\s+été|aurait\s+été|seraient|ont|a|été|également|aussi|"
        r"tous|toutes|déjà|été\s+retrouvée?s|retrouvée?s",
    kill_passive=_KILLED,
    hurt_passive=_HURT,
    kill_active=r"tuant|tué|tuer|tue|tuent|abattant|abattu|exécutant|massacrant|(?:a\s+)?coûté\s+la\s+vie\s+à|"
                r"coûtant\s+la\s+vie\s+à|fauchant|assassinant",
    hurt_active=r"blessant|blessé|blesse|blessent",
    dead_nouns=r"morts|mortes|décès|tués|personnes\s+tuées|cadavres|corps|pertes\s+en\s+vies\s+humaines",
    hurt_nouns=r"blessés|blessées|blessures|blessés\s+graves",
    toll=r"\bbilan\b[^.;]{0,40}?\b(?:de|à|s['’]élève\s+à|est\s+de|passe\s+à|atteint|fait\s+état\s+de)\s+",
    none_killed=r"\baucune?\s+(?:victime|perte|mort|décès)|\bpas\s+de\s+(?:victimes?|morts?|pertes)|\bsans\s+faire\s+de\s+"
                r"victimes?|\bn['’]a\s+fait\s+aucune\s+victime|\bpersonne\s+n['’]a\s+été\s+tué",
    none_hurt=r"\baucun\s+blessé|\bpas\s+de\s+blessés?|\bsans\s+faire\s+de\s+(?:victimes?|blessés)|\bn['’]a\s+fait\s+"
              r"aucune\s+victime|\bpersonne\s+n['’]a\s+été\s+blessé",
    one_killed=rf"\b(?:un|une)\s+(?:[\w'-]+\s+){{0,3}}?{_PERSON}\b(?:\s+\S+){{0,6}}?\s+(?:a\s+été|est|fut)?\s*"
               rf"(?:\w+\s+)?(?:tuée?|abattue?|morte?|décédée?|assassinée?|exécutée?|égorgée?|décapitée?)\b|"
               rf"\b(?:tuant|tué|abattu|assassiné)\s+(?:un|une)\s+(?:[\w'-]+\s+){{0,2}}?{_PERSON}\b",
    one_hurt=rf"\b(?:un|une)\s+(?:[\w'-]+\s+){{0,3}}?{_PERSON}\b(?:\s+\S+){{0,6}}?\s+(?:a\s+été|est)\s+(?:\w+\s+)?"
             rf"(?:blessée?|grièvement\s+blessée?)\b|\b(?:blessant|blessé)\s+(?:un|une)\s+(?:[\w'-]+\s+){{0,2}}?"
             rf"{_PERSON}\b",
    negated=r"\b(?:ni|aucun|aucune|pas|sans)",
    attackers=r"assaillants?|terroristes?|jihadistes?|djihadistes?|rebelles?|insurgés?|hommes\s+armés|bandits?|"
              r"ennemis?|l['’]ennemi|GAT|groupes?\s+armés?\s+terroristes|membres\s+d(?:e|es|u)\s+(?:GAT|groupes?|la\s+secte)|"
              r"kamikazes?|ravisseurs|miliciens?|combattants?|islamistes?|shebabs?|extrémistes?|criminels|"
              r"malfrats|gangs?|membres\s+du\s+gang",
    side_nouns=r"(?:parmi\s+les\s+|des\s+|du\s+côté\s+des\s+)?(?:soldats?|militaires?|policiers?|gendarmes?|civils?)",
    generic_nouns=r"personnes|individus|autres|gens",
    others=r"autres|de\s+plus",
    time_nouns=r"jours?|semaines?|mois|ans|années?|heures?|minutes?|fois|pour\s+cent|%|km|kilomètres?|attaques|"
               r"incidents|explosions|maisons|cases|véhicules|villages|localités|reprises|mètres?|h\b|tonnes",
    aggregate=r"\bdepuis\s+(?:le\s+début|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
              r"novembre|décembre|\d{4}|l['’]an|l['’]année|le\s+déclenchement|lors)|\bcette\s+année\b|\bau\s+cours\s+"
              r"des\s+(?:\w+\s+)?(?:derniers|dernières)|\bces\s+(?:derniers|dernières)\s+(?:mois|semaines|années)|"
              r"\bau\s+total\b|\ben\s+tout\b|\ble\s+conflit\s+a\s+fait|\bla\s+guerre\s+a\s+fait",
    hedge=r"\b(?:non\s+confirmée?s?|invérifiable|pas\s+pu\s+être\s+vérifiée?s?|estimée?s?|rumeurs?)\b",
    kind_killed=r"tu[éeèa]|tuer|mort|décè|décéd|abatt|assassin|massacr|exécut|égorg|décapit|bilan|péri|vie|cadavre|"
                r"corps|aucun|personne\s+n|calcin|succomb",
    kind_hurt=r"bless|hospitalis|aucun|atteint",
    conj=r"\bet\b",
    including=r"dont|parmi\s+lesquels|parmi\s+eux|y\s+compris",
    left=r"laissant|laissé",
    left_check=r"morte?s?|tu[ée]e?s?|blessée?s?",
    range_link=r"à|ou",
)

_GENERIC = {
    # military / police
    **{n: "military" for n in ("soldats", "soldat", "militaires", "militaire", "armée", "forces armées",
                               "forces de défense et de sécurité", "forces de sécurité", "troupes",
                               "forces gouvernementales", "forces loyalistes", "parachutistes", "patrouille",
                               "unité militaire", "détachement", "garnison", "armée nationale")},
    **{n: "police" for n in ("policiers", "policier", "police", "gendarmes", "gendarme", "gendarmerie",
                             "forces de l'ordre", "agents de police", "crs", "garde nationale", "douaniers")},
    # armed groups without a name
    **{n: "rebels/" + e for n, e in (("rebelles", "rebels"), ("rebelle", "rebels"), ("insurgés", "insurgents"),
                                      ("jihadistes", "jihadists"), ("djihadistes", "jihadists"),
                                      ("jihadiste", "jihadists"), ("djihadiste", "jihadists"),
                                      ("terroristes", "terrorists"), ("terroriste", "terrorists"),
                                      ("islamistes", "islamists"), ("combattants", "fighters"),
                                      ("groupes armés", "armed group"), ("groupe armé", "armed group"),
                                      ("extrémistes", "extremists"), ("séparatistes", "separatists"),
                                      ("miliciens", "militia"), ("milice", "militia"), ("milices", "militia"))},
    **{n: "gunmen/" + e for n, e in (("hommes armés", "gunmen"), ("individus armés", "gunmen"),
                                      ("assaillants", "assailants"), ("inconnus armés", "gunmen"),
                                      ("bandits", "bandits"), ("bandits armés", "bandits"),
                                      ("ravisseurs", "kidnappers"), ("kamikaze", "suicide bomber"),
                                      ("gangs", "gang"), ("gang", "gang"), ("membres de gangs", "gang"),
                                      ("coupeurs de route", "bandits"), ("pirates", "pirates"),
                                      ("malfrats", "criminals"), ("criminels", "criminals"))},
    # crowds
    **{n: "protesters/" + e for n, e in (("manifestants", "protesters"), ("manifestant", "protesters"),
                                          ("protestataires", "protesters"), ("grévistes", "strikers"),
                                          ("étudiants", "students"), ("enseignants", "teachers"),
                                          ("militants", "activists"), ("partisans", "supporters"),
                                          ("opposants", "opposition supporters"), ("marcheurs", "marchers"),
                                          ("syndicalistes", "unionists"))},
    **{n: "rioters" for n in ("émeutiers", "casseurs", "foule", "foule en colère", "jeunes en colère")},
    **{n: "civilians/" + e for n, e in (("civils", "civilians"), ("civil", "civilians"), ("villageois", "villagers"),
                                         ("habitants", "residents"), ("population", "civilians"),
                                         ("personnes", "people"), ("passagers", "passengers"),
                                         ("fidèles", "worshippers"), ("enfants", "children"), ("femmes", "women"),
                                         ("élèves", "pupils"), ("commerçants", "traders"),
                                         ("agriculteurs", "farmers"), ("cultivateurs", "farmers"),
                                         ("éleveurs", "herders"), ("bergers", "herders"), ("déplacés", "displaced"),
                                         ("réfugiés", "refugees"), ("journalistes", "journalists"),
                                         ("orpailleurs", "miners"), ("voyageurs", "travellers"),
                                         ("chauffeurs", "drivers"), ("pêcheurs", "fishermen"),
                                         ("mineurs", "miners"), ("pèlerins", "pilgrims"), ("patients", "patients"),
                                         ("humanitaires", "aid workers"), ("travailleurs humanitaires", "aid workers"),
                                         ("commerçantes", "traders"), ("vendeuses", "vendors"))},
}

ACTORS = ActorWords(
    generic=_GENERIC,
    agent_before=r"\b(?:par|de\s+la\s+part\s+d(?:e|es)|attribuée?s?\s+à|imputée?s?\s+à|revendiquée?s?\s+par|"
                 r"perpétrée?s?\s+par|menée?s?\s+par)\s+(?:les?\s+|la\s+|l['’]|des\s+|un\s+|une\s+|présumés?\s+|"
                 r"[\w-]+\s+){0,3}$",
    target_before=r"\b(?:contre|visant|ciblant|tuant|tué|blessant|enlevant|enlevé|attaqué|attaquant|pris\s+pour\s+"
                  r"cible|affront\w+\s+(?:avec|aux|les)|combatt\w+|entre\s+[^,.;]{0,60}?\bet)\s+(?:les?\s+|la\s+|"
                  r"l['’]|des\s+|un\s+|une\s+|leurs?\s+|deux\s+|trois\s+|[\w-]+\s+){0,3}$",
    active_after=r"^[^,.;]{0,40}?\b(?:(?:ont|a)\s+)?(?:attaqué|tué|pris\s+d['’]assaut|ouvert\s+le\s+feu|tiré|lancé|"
                 r"frappé|visé|enlevé|kidnappé|incendié|brûlé|pillé|bombardé|affronté|combattu|arrêté|interpellé|"
                 r"revendiqué|manifesté|marché|bloqué|tendu\s+une\s+embuscade|pris\s+le\s+contrôle|investi|envahi|"
                 r"abattu|exécuté|massacré|égorgé|attaquent|tuent|incendient|se\s+sont\s+emparés)\b",
    passive_after=r"^[^,.;]{0,50}?\b(?:ont\s+été|a\s+été|sont|est)\s+(?:\w+\s+)?(?:tu[ée]e?s?|blessée?s?|attaquée?s?|"
                  r"visée?s?|ciblée?s?|enlevée?s?|kidnappée?s?|abattue?s?|exécutée?s?|arrêtée?s?|interpellée?s?|"
                  r"morte?s?|décédée?s?|pris\s+en\s+otage)",
    claimed_after=r"^[^.;]{0,30}\b(?:a|ont)\s+revendiqué",
    between=r"\bentre\s+",
    protest_words=r"\b(?:manifest\w*|protest\w*|march(?:e|es|ent|aient)\b|sit-in|grève\w*|grévistes|rassembl\w+|"
                  r"banderoles?|pancartes?)\b",
    passive_bare=r"^\s*(?:tu[ée]e?s?|blessée?s?|enlevée?s?|kidnappée?s?|morte?s?)(?=\s*$|\s*[,.;:]|\s+(?:dans|lors|"
                 r"à|au|après|par|près|en)\b)",
    opponent_before=r"\b(?:affront\w+\s+(?:avec|aux|les|des)|combatt\w+|accroch\w+\s+avec)\s+(?:les?\s+|des\s+|"
                    r"[\w-]+\s+){0,2}$",
    toll_people=r"(?:[A-Z]\w+\s+)?(?:personnes|individus)",
    left_before=r"\b(?:laissant|faisant)\s+(?:\S+\s+){0,3}$",
    dead_after=r"^[^,.;]{0,40}?\b(?:morte?s?|tu[ée]e?s?|blessée?s?)\b",
    joint=r"\b(?:entre|conjointe?|opération|offensive)\b",
    article=r"^(?:[Ll]es?|[Ll]a|[Ll]['’])\s*",
    herders=r"\b(?:éleveurs|bergers|peuls?)\b",
    government=r"\bgouvernement\b",
    weapons=r"\b(?:frappes?|drones?|missiles?|roquettes?|obus|tirs|bombardements?|raids?|avions?|hélicoptères?|chars|artillerie|aviation|chasseurs?|bombardiers?|navires?)\b",
)

_PROTEST = r"(?:manifest\w*|protest\w*|march(?:e|es|ent|aient)\b|marcheurs|sit-in|grév\w+|rassembl\w+|pancartes?)"
_INTERVENE = (r"gaz\s+lacrymogènes?|grenades?\s+lacrymogènes?|grenades?\s+assourdissantes?|dispers\w+|canons?\s+à\s+eau|"
              r"matraqu\w+|balles\s+en\s+caoutchouc|réprim\w+|répression|interpell\w+|charg\w+\s+les\s+manifestants|"
              r"bastonn\w+|gazé\w*")
_KILL_WORDS = r"tu[ée]\w*|tuant|morte?s?|abattu\w*|blessé\w*|affrontement\w*|combats?|fusillade|échanges?\s+de\s+tirs"


def _rule(pattern: str, etype: str, sub: str, strength: int):
    return (rx(pattern), etype, sub, strength, None, None)


RULES = (
    _rule(r"\b(désamorc\w+|(?:saisi\w*|découv\w+|récupér\w+)\s+(?:\S+\s+){0,5}?(?:armes|munitions|explosifs|engins?\s+"
          r"explosifs?|EEI|grenades|mines|cartouches|kalachnikov\w*|fusils)|caches?\s+d['’]armes|stock\s+d['’]armes|"
          r"(?:drones?|missiles?|roquettes?)\s+(?:\w+\s+){0,2}(?:intercepté\w*|abattu\w*|neutralisé\w*)|"
          r"intercept\w+\s+(?:\S+\s+){0,3}?(?:drones?|missiles?|roquettes?)|abattu\s+(?:un|deux|trois|\d+)\s+drones?|"
          r"(?:attentat|attaque)\s+déjoué\w*|déjoué\w*\s+(?:un|une)\s+(?:attentat|attaque))",
          "strategic_developments", "Disrupted weapons use", 2),
    _rule(r"\b(accord\s+de\s+(?:paix|cessez-le-feu)|(?:signé|conclu|paraphé)\s+(?:un|une|l['’])\s*(?:\w+\s+){0,2}?"
          r"(?:accord|trêve|cessez-le-feu)|cessez-le-feu\s+(?:a\s+été\s+)?(?:conclu|signé|annoncé|proclamé|décrété)|"
          r"(?:annoncé|décrété|proclamé|accepté|conclu)\s+(?:un|une)\s+(?:trêve|cessez-le-feu)|échange\s+de\s+prisonniers|"
          r"se\s+sont\s+rendus|ont\s+déposé\s+les\s+armes|reddition|libérée?s?\b[^.]{0,40}\b(?:médiation|"
          r"négociations?|rançon|échange))",
          "strategic_developments", "Agreement", 2),
    _rule(r"\b(armes?\s+chimiques?|attaque\s+chimique|chlore|sarin|gaz\s+moutarde|gaz\s+toxiques?|agents?\s+neurotoxiques?|"
          r"substances?\s+toxiques?)",
          "explosions_remote_violence", "Chemical weapon", 2),
    _rule(r"\b(kamikazes?|attentats?[- ]suicides?|s['’](?:est|sont)\s+fait\s+(?:exploser|sauter)|ceintures?\s+"
          r"d['’]explosifs|ceintures?\s+explosives?|véhicule\s+piégé\s+conduit)",
          "explosions_remote_violence", "Suicide bomb", 2),
    _rule(r"\b(frappes?\s+aériennes?|raids?\s+aériens?|bombardements?\s+aériens?|(?:frappes?|attaques?)\s+(?:de|par)\s+"
          r"drones?|frappes?\s+de\s+drones?|drones?\s+(?:armés?|kamikazes?|d['’]attaque|de\s+combat)|avions?\s+de\s+"
          r"(?:combat|chasse)|avions?\s+militaires?|avions?\s+de\s+l['’]armée|armée\s+de\s+l['’]air|hélicoptères?\s+(?:de\s+combat|d['’]attaque)|aviation\s+(?:militaire|"
          r"\w+ne)|l['’]aviation|frappés?\s+par\s+(?:un|des)\s+drones?|bombardé\w*\s+par\s+(?:l['’]aviation|des\s+avions))",
          "explosions_remote_violence", "Air/drone strike", 2),
    _rule(r"\b(grenades?(?!\s+(?:lacrymogènes?|assourdissantes?|de\s+désencerclement|fumigènes?)))",
          "explosions_remote_violence", "Grenade", 2),
    _rule(r"\b(engins?\s+explosifs?(?:\s+improvisés?)?|EEI|IED|mines?\s+(?:artisanales?|antipersonnel|antichars?)|"
          r"(?:voiture|véhicule|moto|colis)s?\s+piégée?s?|bombes?\s+artisanales?|(?:a|ont)\s+sauté\s+sur\s+(?:une|un)\s+"
          r"(?:mine|engin)|explosion|explosé|a\s+explosé|attentat\s+à\s+la\s+bombe|bombe)",
          "explosions_remote_violence", "Remote explosive/landmine/IED", 2),
    _rule(r"\b(obus|tirs?\s+d['’]artillerie|artillerie|mortiers?|roquettes?|missiles?|bombardement\w*|bombardé\w*|"
          r"pilonn\w+|lance-roquettes|tirs?\s+de\s+(?:mortiers?|roquettes?))",
          "explosions_remote_violence", "Shelling/artillery/missile attack", 2),
    _rule(r"\b(viols?|violée?s?|violer|agressions?\s+sexuelles?|violences?\s+sexuelles?|esclavage\s+sexuel|abus\s+sexuels?)\b",
          "violence_against_civilians", "Sexual violence", 2),
    _rule(r"\b((?:tir\w*|ouvert\s+le\s+feu|balles\s+réelles|tu[ée]\w*|tuant|abattu\w*|mortellement)\b[^.]{0,60}"
          r"\b(?:manifestants?|protestataires|manifestations?|marche|cortège)|(?:manifestants?|protestataires)\b[^.]{0,40}"
          r"\b(?:tu[ée]s?|abattus?|morts?|ont\s+péri|a\s+péri|succomb\w+))",
          "protests", "Excessive force against protesters", 2),
    _rule(r"\b(lynch\w+|vindicte\s+populaire|justice\s+populaire|foule\s+en\s+colère|(?:habitants|villageois|jeunes|"
          r"riverains)\s+(?:en\s+colère\s+)?(?:\S+\s+){0,3}?(?:ont\s+)?(?:lynché|battu\s+à\s+mort|brûlé\s+vif|tabassé)|"
          r"affrontements?\s+intercommunautaires?|violences?\s+intercommunautaires?|conflits?\s+intercommunautaires?)",
          "riots", "Mob violence", 2),
    _rule(rf"\b(émeutes?|émeutiers?|manifestations?\s+violentes?|casseurs|cocktails?\s+molotov|pneus\s+(?:enflammés|"
          rf"brûlés)|(?:{_PROTEST}|jeunes|foule)[^.]{{0,80}}\b(?:incendi\w+|brûl\w+\s+(?:des\s+)?pneus|barricades|jets?\s+"
          rf"de\s+pierres|jet\w*\s+des\s+pierres|caillass\w+|saccag\w+|vandalis\w+|pillé\w*|dégénér\w+|heurts?|"
          rf"affront\w+\s+(?:avec\s+)?(?:les|aux)\s+forces))",
          "riots", "Violent demonstration", 2),
    _rule(rf"(?:{_PROTEST})[^.]{{0,100}}\b({_INTERVENE})|\b({_INTERVENE})\b[^.]{{0,100}}(?:{_PROTEST})",
          "protests", "Protest with intervention", 1),
    _rule(rf"^(?!.*\b(?:{_KILL_WORDS})\b).*?\b(interpell\w+|arrêtée?s?|arrestations?|appréhendée?s?|placée?s?\s+en\s+"
          rf"garde\s+à\s+vue|écrouée?s?|mise?s?\s+aux\s+arrêts|mise?s?\s+sous\s+mandat\s+de\s+dépôt)",
          "strategic_developments", "Arrests", 2),
    _rule(rf"\b({_PROTEST}|ville\s+morte|journée\s+ville\s+morte|grève\s+générale|sit-in|descendus?\s+dans\s+la\s+rue)",
          "protests", "Peaceful protest", 1),
    _rule(r"\b(repris\s+(?:\w+\s+){0,2}?(?:le\s+contrôle|la\s+ville|le\s+village|la\s+localité|la\s+base)|reprise\s+(?:de|du|des)\s+"
          r"(?:la\s+)?(?:ville|village|localité|contrôle|base)|reconquis\w*|reconquête|libér\w+\s+(?:la\s+ville|le\s+"
          r"village|la\s+localité|\w+\s+localités)|délogé\w*|chassé\w*\s+(?:les|des)\s+(?:rebelles|jihadistes|"
          r"djihadistes|terroristes))",
          "battles", "Government regains territory", 1),
    _rule(r"\b((?:pris|prend|prennent)\s+(?:\w+\s+){0,2}?le\s+contrôle|s['’](?:est|sont)\s+emparée?s?|tomb\w+\s+(?:aux\s+mains|entre\s+"
          r"les\s+mains|sous\s+le\s+contrôle)|occup\w+\s+(?:la\s+ville|le\s+village|la\s+localité)|contrôlent\s+désormais|"
          r"envahi\w*\s+(?:la\s+ville|le\s+village))",
          "battles", "Non-state actor overtakes territory", 1),
    _rule(rf"^(?!.*\b(?:{_KILL_WORDS}|attaqu\w+|embuscade)\b).*?\b(retir\w+\s+(?:\w+\s+){{0,3}}?(?:de|du|des)|retrait\s+"
          rf"(?:des|de\s+la|du)|rétrocéd\w+|rétrocession|remise?s?\s+(?:officiellement\s+)?(?:aux|à\s+l['’]armée)|"
          rf"passation\s+(?:de\s+)?(?:la\s+base|du\s+camp|des\s+emprises))",
          "strategic_developments", "Non-violent transfer of territory", 2),
    _rule(rf"^(?!.*\b(?:{_KILL_WORDS}|attaqu\w+|embuscade)\b).*?\b(déploy\w+|déploiement|renforts?|fusion\w*|fusionn\w+|"
          rf"allégeance|nouveau\s+chef|création\s+d['’]un\s+(?:nouveau\s+)?(?:groupe|mouvement)|suspend\w+\s+(?:ses|leurs)\s+"
          rf"activités|couvre-feu|état\s+d['’]urgence)",
          "strategic_developments", "Change to group/activity", 2),
    _rule(r"^(?!.*\b(?:tu[ée]\w*|tuant|morte?s?|abattu\w*)\b).*?\b(enlev\w+|enlèvements?|kidnapp\w+|rapts?|otages?|"
          r"séquestr\w+|disparitions?\s+forcées?|portée?s?\s+disparue?s?)",
          "violence_against_civilians", "Abduction/forced disappearance", 2),
    _rule(r"\b(affrontements?|accroch\w+|combats?|combatt\w+|embuscades?|échanges?\s+de\s+tirs|fusillades?|assaut|"
          r"heurts?|offensive|raids?|attaque\w*\s+(?:contre|d['’]un|d['’]une|du|de\s+la)\s+(?:\w+\s+)?(?:poste|camp|base|"
          r"position|convoi|patrouille|garnison|caserne|brigade|commissariat))",
          "battles", "Armed clash", 1),
    _rule(r"\b(tu[ée]e?s?|tuant|tuer|assassin\w+|abattue?s?|massacr\w+|exécutée?s?|égorg\w+|décapit\w+|ouvert\s+le\s+feu|"
          r"tirs?|attaqu\w+|attaques?|attentats?|morte?s?|blessée?s?|meurtres?|tuerie|carnage|criblée?s?\s+de\s+balles)\b",
          "violence_against_civilians", "Attack", 1),
    _rule(r"\b(enlev\w+|enlèvements?|kidnapp\w+|rapts?|otages?|disparitions?\s+forcées?)",
          "violence_against_civilians", "Abduction/forced disappearance", 2),
    _rule(r"\b(interpell\w+|arrêtée?s?|arrestations?|appréhendée?s?|garde\s+à\s+vue)",
          "strategic_developments", "Arrests", 1),
    _rule(r"\b(pill\w+|incendi\w+|brûl\w+\s+(?:\w+\s+){0,2}(?:maisons|habitations|cases|boutiques|véhicules|églises?|"
          r"mosquées?|écoles?|greniers)|saccag\w+|vandalis\w+|détrui\w+\s+(?:\w+\s+){0,2}(?:maisons|habitations|cases|"
          r"boutiques|infrastructures))",
          "strategic_developments", "Looting/property destruction", 1),
    _rule(r"\b(accord|trêve|cessez-le-feu|négociations?\s+ont\s+abouti|libérée?s?\s+(?:après|contre)\s+(?:des\s+)?"
          r"négociations)",
          "strategic_developments", "Agreement", 1),
    _rule(r"\b((?:install\w+|établi\w*|ouvert|implant\w+|érigé)\s+(?:une?\s+)?(?:nouvelle?\s+)?(?:base|poste|camp|quartier\s+"
          r"général|QG)(?:\s+militaire)?)",
          "strategic_developments", "Headquarters or base established", 1),
    _rule(r"\b(retrait|retir\w+|passation|rétrocession)",
          "strategic_developments", "Non-violent transfer of territory", 1),
    _rule(r"\b(déploy\w+|renforts?|fusion|nommé|couvre-feu|allégeance)",
          "strategic_developments", "Change to group/activity", 1),
)

_CONTEXT = rx(r"tu[ée]|tuant|mort|bless|attaqu|attentat|affront|combat|embusc|explos|bomb|obus|roquet|missil|drone|"
              r"frappe|raid|tir|feu|assaut|manifest|protest|march|grève|émeut|heurt|arrest|arrêt|interpell|enlev|"
              r"kidnapp|otage|viol|pill|incendi|saccag|lynch|jihad|djihad|terror|rebel|insurg|soldat|militaire|armée|"
              r"police|gendarm|milic|armé|kamikaze|grenade|mine|engin|chimique|accord|trêve|cessez|retrait|contrôle|"
              r"déploi|base|camp|désamorc|saisi|abatt|massacr|assassin|exécut|égorg|sit-in|rassembl|gaz")

LEXICON = Lexicon(
    lang="fr",
    rules=RULES,
    context=lambda text: bool(_CONTEXT.search(text)),
    hypothetical=rx(r"\b(?:pourrai\w*|pourrait|risqu\w*|menac\w*|prévoi\w*|prévue?s?|projet\w*|envisag\w*|promet\w*|"
                    r"promis|jur\w+\s+de|appel\w*\s+à|appelé\s+à|demand\w+|exig\w+|craint\w*|redout\w+|si|sinon|"
                    r"éventuel\w*|possibles?|probable\w*|afin\s+d['’]éviter|pour\s+(?:prévenir|éviter|empêcher)|prêts?\s+à|"
                    r"tenter\s+de|veut|veulent|voulait|compt\w+\s+(?:lancer|mener)|va|vont|allait|allaient|"
                    r"dément\w*|démenti\w*|nié|nie|dans\s+l['’]attente|en\s+prévision)\b[^,;]*$"),
    negated=rx(r"(?:\b(?:pas|jamais|aucun\w*|sans|ni|nullement|démenti\w*|nié)\s+(?:\S+\s+){0,2}|\bn['’](?:\S+\s+){0,2})$"),
    clause=rx(r"[,;:\u2014]|\bmais\b|\baprès\b|\blorsque\b|\bquand\b|\balors\s+que\b"),
    old=rx(r"\b(?:procès|tribunal|jugée?s?\s+pour|condamnée?s?\s+(?:à|pour)|accusée?s?\s+d['’]avoir|"
           r"il\s+y\s+a\s+(?:\d+|\w+)\s+(?:ans|années|mois)|l['’]an(?:née)?\s+(?:dernière?|passée)|depuis\s+des\s+"
           r"années|dans\s+le\s+passé|historiquement|anniversaire|commémor\w+|(?:\d+|\w+)\s+ans\s+après|en\s+(?:19|20)\d\d\s*,)\b"),
    since=rx(r"\bdepuis\s+le\s+(?:début|déclenchement)\s+d|\bdepuis\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|"
             r"septembre|octobre|novembre|décembre|l['’]an\s+dernier)\b|\bdepuis\s+le\s+début\s+de\s+l['’]année|\bcette\s+"
             r"année\b|\b(?:la\s+guerre|le\s+conflit|les\s+violences)\s+(?:a|ont)\s+(?:déjà\s+)?(?:fait|causé|coûté)|"
             r"\bau\s+total\b"),
    called_off=rx(r"\b(?:annul\w+|suspend\w+|report\w+|lev\w+|mis\s+fin\s+à|renonc\w+\s+à|interdi\w+)\s+(?:(?:la|le|les|leur|"
                  r"leurs|sa|son|toutes?|prévue?s?|nouvelles?|toute)\s+){0,2}$"),
    accident=rx(r"\b(?:accidents?|collision|renvers\w+|bonbonnes?\s+de\s+gaz|fuite\s+de\s+gaz|gaz\s+butane|court-circuit|"
                r"incendie\s+(?:accidentel|s['’]est\s+déclaré)|inondations?|pluies|crues?|séismes?|tremblement\s+de\s+terre|"
                r"glissement\s+de\s+terrain|éboulement|effondr\w+|noy\w+|naufrage|chavir\w+|épidémie|choléra|covid\S*|"
                r"paludisme|foudre|feux\s+de\s+brousse|crash|camion-citerne|citerne|intoxication|carambolage|routière)\b"),
    hostile=rx(r"\b(?:hommes\s+armés|assaillants?|terroristes?|jihadistes?|djihadistes?|rebelles?|insurgés?|attaqu\w+|"
               r"attentats?|bomb\w+|tirs?|fusillade|militaires?|soldats?|kamikazes?|engins?\s+explosifs?|EEI|IED|"
               r"manifest\w*|émeut\w+|enlev\w+|kidnapp\w+|drones?|roquettes?|obus|milicien\w*|bandits?|groupes?\s+armés?|"
               r"assassin\w+|lynch\w+|pill\w+)\b"),
    caption=rx(r"(?:^|\s)/\s*(?:AFP|Reuters|AP|EPA|Getty\s+Images|Xinhua|Anadolu|DR)\s*$|^\s*(?:Photo|Crédit\s+photo|"
               r"Illustration)\s*:|\((?:Photo|Illustration)\b|©\s*\w+\s*$"),
    sports=rx(r"\b(?:football|matchs?|championnat|ligue\s+\d|coupe\s+du\s+monde|CAN\b|buteur|buts?|gardien|attaquant|"
              r"milieu\s+de\s+terrain|entraîneur|sélectionneur|tournoi|score|ballon|stade|penalty|tennis|basket|"
              r"rugby|cyclisme|athlétisme|équipe\s+nationale|victoire\s+\d)\b"),
    violence=rx(r"\b(?:tu[ée]\w*|morte?s?|bless\w+|bomb\w+|soldats?|militaires?|policiers?|gendarmes?|jihadistes?|"
                r"djihadistes?|terroristes?|rebelles?|hommes\s+armés|manifest\w*|attaqu\w+|affrontements?|explosion|"
                r"tirs?|arrest\w*|interpell\w+|enlèvements?|enlev\w+|émeut\w+|civils|armée|forces)\b"),
    lethal=rx(r"\b(?:abattue?s?|tu[ée]e?s?\s+par\s+balles?|assassinée?s?|égorgée?s?|décapitée?s?|exécutée?s?|lynchée?s?|"
              r"massacrée?s?|criblée?s?\s+de\s+balles)\b"),
    dateline=rx(r"^(?:[A-ZÉÈÀÂÊÎÔÛÇ][A-ZÉÈÀÂÊÎÔÛÇ .'\u2019-]{2,40}|[A-ZÉ][a-zéèàâêîôûç]+(?:[\s-][A-ZÉ][a-zéèàâêîôûç]+)?)"
                r"(?:,\s*[\w][\w .-]{1,40}){0,2}\s*(?:\([^)]{1,30}\))?\s*(?:-{1,2}|[\u2013\u2014:]|\.-)\s+", 0),
    new_event=rx(r"^(?:par\s+ailleurs|dans\s+une\s+autre\s+(?:attaque|localité)|lors\s+d['’]une\s+autre|dans\s+un\s+autre\s+"
                 r"incident|ailleurs|en\s+outre|de\s+même|d['’]autre\s+part|plus\s+tôt|la\s+veille|le\s+même\s+jour|"
                 r"quelques\s+heures\s+(?:plus\s+tôt|auparavant|avant)|entre-temps|au\s+même\s+moment|en\s+riposte|"
                 r"en\s+représailles)|"
                 r"\b(?:intervient|survient|survenue?)\s+(?:\w+\s+){1,3}(?:jours?|heures?|semaines?)\s+après|\bfait\s+suite\s+à\b|"
                 r"\b(?:a|ont)\s+également\s+(?:revendiqué|attaqué|frappé|visé|tué)|\bune\s+autre\s+(?:attaque|explosion|"
                 r"embuscade|frappe)|\bun\s+autre\s+(?:attentat|incident|engin|assaut)|\ben\s+représailles\b"),
    days_after=rx(r"\b\w+\s+jours?\s+après\b(.*)$"),
    incident=rx(r"\b(?:attaqu\w*|attentats?|raids?|embuscades?|affrontements?|combats?|fusillades?|tirs?|ouvert\s+le\s+feu|"
                r"assaut|massacres?|bomb\w+|explosions?|explos\w+|frappes?|obus|roquettes?|missiles?|drones?|manifest\w*|"
                r"émeutes?|arrest\w*|interpell\w+|enlev\w+|enlèvements?|kidnapp\w+|incendi\w+|pill\w+|lynch\w+|marches?|"
                r"grenades?|mines?|EEI|engins?|viols?|heurts?|accroch\w+|arrêt\w*|frapp\w+|pris\s+le\s+contrôle|"
                r"exécut\w+|assassin\w+)\b"),
    anaphor=rx(r"(?:\bl['’]|\b(?:la|le|les|cette|cet|ce|ces|leur|sa|son|ladite|ledit)\s+(?:[\w-]+\s+){0,2})$"),
    incident_noun=rx(r"^(?:attaques?|attentats?|raids?|embuscades?|affrontements?|combats?|fusillades?|assaut|explosion|"
                     r"frappes?|violences?|incident|massacres?|tuerie|manifestations?|émeutes?|marches?|heurts?)$"),
    same_group=rx(r"^(?:le|ce)\s+(?:\w+\s+)?(?:groupe|mouvement)\b|^(?:les|ces)\s+(?:\w+\s+)?(?:jihadistes|djihadistes|"
                  r"terroristes|rebelles|insurgés|assaillants)\b"),
    unopposed=rx(r"\b(?:sans\s+(?:combat|résistance|coup\s+férir)|après\s+le\s+(?:départ|retrait)|retir\w+|abandonn\w+|"
                 r"désert\w+|évacu\w+)\b"),
    clash_words=rx(r"\b(?:affrontements?|combats?|combatt\w+|accroch\w+|échanges?\s+de\s+tirs|fusillades?|heurts?|"
                   r"batailles?|ripost\w+)\b"),
    armed_target=rx(r"\b(?:soldats?|militaires?|armée|FAMa|gendarm\w+|policiers?|police|forces|poste|camp|base|"
                    r"patrouille|convoi|garnison|check-point|barrage|jihadistes|djihadistes|terroristes|rebelles|"
                    r"miliciens?|combattants|VDP|casques\s+bleus|FARDC|FDS)\b"),
    armed_on=rx(r"\b(?:contre|visant|ciblant|attaqu\w+|pris\s+pour\s+cible)\s+(?:un\s+|une\s+|le\s+|la\s+|les\s+|l['’]|"
                r"des\s+|leur\s+)?(?:[\w-]+\s+)?(?:poste|camp|base|position|convoi|patrouille|garnison|caserne|militaires|"
                r"soldats|gendarmerie|commissariat|brigade|détachement|unité|armée|forces|casques\s+bleus|check-point|"
                r"barrage|FAMa|FARDC)\b"),
    dates=DATES,
    counts=COUNTS,
    actors=ACTORS,
    locative=rx(r"(?:\bà|\bau|\baux|\ben|\bdans|\bprès\s+de|\bnon\s+loin\s+de|\bvers|\baux\s+environs\s+de)\s+$"),
    directions=rx(r"\b(?:nord|sud|est|ouest|centre|nord-est|nord-ouest|sud-est|sud-ouest)\W+(?:\w+\W+){0,2}$"),
    function_words=FUNCTION_WORDS["fr"],
)

