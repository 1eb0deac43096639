"""Portuguese: the words of news from Mozambique, Brazil, Angola, Guinea-Bissau, Timor-Leste and Portugal
(Lusa and local dailies), in European and Brazilian spelling ("acção"/"ação", "autocarro"/"ônibus")."""

from __future__ import annotations

from extractors.lexicons import ActorWords, CountWords, DateWords, Lexicon, rx
from extractors.lexicons.function_words import FUNCTION_WORDS
from extractors.text.numbers import parser

_num = parser("pt")
_UNITS = ("um uma dois duas três tres quatro cinco seis sete oito nove dez onze doze treze catorze quatorze "
          "quinze dezasseis dezesseis dezassete dezessete dezoito dezanove dezenove vinte trinta quarenta "
          "cinquenta sessenta setenta oitenta noventa cem cento duzentos duzentas trezentos trezentas "
          "quatrocentos quatrocentas quinhentos quinhentas seiscentos setecentos oitocentos novecentos "
          "mil").split()
_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
# "um"/"uma" inside a noun phrase ("membros de um grupo armado") is an article, not a count
_ART = (r"(?<!\bde\s)(?<!\bem\s)(?<!\bcom\s)(?<!\bpor\s)(?<!\bcontra\s)(?<!\bsobre\s)(?<!\bentre\s)"
        r"(?<!\bnum\s)")
_FIRST = "|".join(sorted((u for u in _UNITS if u not in ("um", "uma")), key=len, reverse=True))
_NUMBER = (rf"\d{{1,3}}(?:[\u00a0\u202f .]\d{{3}})+|\d+|(?:(?:{_ART}(?:um|uma)(?![\w-])(?!\s+(?:delas|deles|"
           rf"dos|das)\b)|{_FIRST})(?:\s+(?:e\s+)?(?:{_UNIT}))*)(?![\w-])")

_MONTH_NAMES = (r"janeiro|fevereiro|março|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|"
                r"dezembro")
_WEEKDAY = r"segunda|terça|terca|quarta|quinta|sexta|sábado|sabado|domingo"
# "segunda" alone is also "second": short weekday forms only after the words that date them
_SHORT = ("nesta", "desta", "nessa", "dessa", "na última", "na passada", "na noite de", "na madrugada de",
          "na manhã de", "na tarde de", "noite de", "madrugada de", "manhã de", "tarde de")


def _weekday(name: str, *more: str) -> tuple[str, ...]:
    full = (f"{name}-feira", f"{name} feira", *(f"{m}-feira" for m in more))
    return full + tuple(f"{p} {n}" for p in _SHORT for n in (name, *more))


_KILLED = (r"mort[oa]s?|morreram|morreu|morrem|morre|falecid[oa]s?|faleceram|faleceu|assassinad[oa]s?|"
           r"abatid[oa]s?|executad[oa]s?|massacrad[oa]s?|chacinad[oa]s?|decapitad[oa]s?|degolad[oa]s?|"
           r"carbonizad[oa]s?|linchad[oa]s?|perderam\s+a\s+vida|perdeu\s+a\s+vida|sem\s+vida|"
           r"mortalmente\s+ferid[oa]s?|tombaram|tombou|(?:tinham|tinha|têm|tem)\s+morrido")
_HURT = (r"ferid[oa]s?|lesionad[oa]s?|hospitalizad[oa]s?|internad[oa]s?|baleados?|baleadas?|feriram-se|"
         r"sofreram\s+(?:ferimentos|queimaduras|lesões)|sofreu\s+(?:ferimentos|queimaduras|lesões)|"
         r"atingid[oa]s?\s+(?:a\s+tiro|por\s+(?:balas|estilhaços|disparos|uma\s+bala))|"
         r"assistid[oa]s?\s+(?:\w+\s+)?por\s+(?:asfixia|ferimentos|intoxica\w+)|"
         r"sofreram\s+(?:sintomas\s+de\s+)?(?:asfixia|intoxica\w+)")
_PERSON = (r"(?:soldado|militar|polícia|policial|agente|guarda|civil|homem|mulher|criança|menor|jovem|rapaz|"
           r"rapariga|menina|menino|adolescente|estudante|aluno|camponês|líder|dirigente|candidato|"
           r"administrador|jornalista|comerciante|motorista|taxista|professor|professora|médico|enfermeiro|"
           r"padre|pastor|membro|elemento|combatente|guerrilheiro|insurgente|garimpeiro|suspeito|"
           r"manifestante|morador|residente|habitante|trabalhador|mineiro|agricultor|empresário|funcionário|"
           r"pessoa|cidadão|régulo|chefe|comandante|activista|ativista|vendedor|pescador|turista|segurança|"
           r"vigilante|condutor|passageiro|idoso|idosa)(?:e?s)?")

DATES = DateWords(
    months={"janeiro": 1, "jan": 1, "fevereiro": 2, "fev": 2, "março": 3, "marco": 3, "mar": 3, "abril": 4,
            "abr": 4, "maio": 5, "mai": 5, "junho": 6, "jun": 6, "julho": 7, "jul": 7, "agosto": 8, "ago": 8,
            "setembro": 9, "set": 9, "outubro": 10, "out": 10, "novembro": 11, "nov": 11, "dezembro": 12,
            "dez": 12},
    weekdays=(_weekday("segunda", "2.ª"), _weekday("terça", "terca"), _weekday("quarta"), _weekday("quinta"),
              _weekday("sexta"), ("sábado", "sabado"), ("domingo",)),
    same_as_before=("no mesmo dia", "horas depois", "mais tarde nesse dia", "nessa mesma noite", "pouco depois", "minutos depois"),
    year_before=r"em|desde|até|durante|antes\s+de|depois\s+de|no\s+início\s+de|no\s+final\s+de",
    next_day=("no dia seguinte", "um dia depois", "na manhã seguinte", "no outro dia"),
    day_before=("ontem", "ontem à noite", "ontem de manhã", "ontem à tarde", "ontem de madrugada",
                "na véspera", "na noite passada", "na noite de ontem", "na madrugada de ontem",
                "na manhã de ontem", "na tarde de ontem", "no dia anterior"),
    same_day=("hoje", "esta manhã", "esta madrugada", "nesta madrugada", "esta tarde", "nesta tarde",
              "esta noite", "hoje de manhã", "hoje à tarde", "hoje de madrugada", "na madrugada de hoje",
              "na manhã de hoje", "ao início da manhã de hoje"),
    week_month=("na semana passada", "esta semana", "nesta semana", "na semana anterior", "no mês passado",
                "este mês", "neste mês", "no início do mês", "no princípio do mês", "no fim de semana",
                "no último fim de semana", "este fim de semana", "neste fim de semana", "na última semana"),
    ago=r"\b(?:há|faz)\s+(?:cerca\s+de\s+|apenas\s+|mais\s+de\s+|uns\s+)?(?P<n>\w+)\s+dias\b",
    after=r"\b(?P<n>\w+)\s+dias?\s+(?:depois\s+d[eoa]s?|após)\b",
    weekday_before=r"no|na|neste|nesta|deste|desta|nesse|nessa|do|da|de|desde|até|último|última|passado|"
                   r"passada|noite|madrugada|tarde|manhã|durante|ao|à|pela|entre|início|final|fim",
    last_weekday=rf"\b(?:n[oa]\s+)?(?:passad[oa]|últim[oa])\s+(?:{_WEEKDAY})|"
                 rf"\b(?:{_WEEKDAY})(?:-feira)?\s+(?:passad[oa]|anterior)\b",
    future=rf"\b(?:próxim[oa])\s+(?:{_WEEKDAY})|\b(?:{_WEEKDAY})(?:-feira)?\s+(?:que\s+vem|próxim[oa])\b|"
           rf"\bamanhã\b|\b(?:a\s+partir\s+d[eoa]|para\s+(?:[oa]\s+)?)\s*(?:próxim[oa]\s+)?(?:{_WEEKDAY})\b",
    report_before=r"\b(?:disse|disseram|afirmou|afirmaram|anunciou|anunciaram|informou|informaram|confirmou|"
                  r"confirmaram|indicou|indicaram|referiu|referiram|declarou|declararam|explicou|acrescentou|"
                  r"adiantou|avançou|revelou|garantiu|assegurou|denunciou|denunciaram|relatou|relataram|"
                  r"contou|contaram|divulgou|noticiou|reportou|comunicou|precisou|admitiu|reconheceu|alertou|"
                  r"comunicado|divulgad[oa]|publicad[oa]|lid[oa]|segundo\s+(?:disse|informou))(?:\s+(?:à|a|"
                  r"ao|aos|às)\s+(?:Lusa|agência\s+Lusa|imprensa|jornalistas|comunicação\s+social|"
                  r"\w+))?\s*,?\s*(?:n[oa]\s+|nest[ea]\s+|est[ea]\s+)?|"
                  # an earlier event named inside a relative clause: "que no passado dia 5 ..."
                  r"\bque\s+(?:n[oa]\s+)?passad[oa]\s+(?:dia\s+)?",
    # "morreram no domingo, disse a polícia" dates the deaths: a verb after a comma is not the date's
    report_after=r"(?<![,;])(?<![,;]\s)(?:disse|disseram|afirmou|anunciou|anunciaram|informou|confirmou|"
                 r"indicou|referiu|declarou|garantiu|denunciou|relatou|contou)",
    month_only=rf"\b(?:em|desde|durante|n[oa]\s+(?:início|princípio|final|fim)\s+de|em\s+(?:finais|meados|"
               rf"inícios)\s+de|no\s+mês\s+de)\s+(?:{_MONTH_NAMES})(?:\s+(?:de\s+)?(\d{{4}}))?\b(?!\s+\d)",
    dmy_link=r"\s+(?:de\s+)?",
    my_link=r",?\s+(?:de\s+)?",
    ordinals=r"(?:º|°|\.º)?",
    parse_number=_num,
)

COUNTS = CountWords(
    number=_NUMBER,
    parse_number=_num,
    vague={"dezenas": (24, None), "dezenas de": (24, None), "uma dezena": (8, 12), "vários": (3, 9),
           "várias": (3, 9), "diversos": (3, 9), "diversas": (3, 9), "numerosos": (5, None),
           "numerosas": (5, None), "centenas": (200, None), "centenas de": (200, None),
           "uma vintena": (18, 22), "uma quinzena": (13, 17), "uma dúzia": (12, 12), "uma centena": (90, 110),
           "milhares": (2000, None), "alguns": (2, 5), "algumas": (2, 5), "outros": (1, None),
           "outras": (1, None)},
    qualifiers=r"pelo\s+menos|no\s+mínimo|mais\s+de|cerca\s+de|perto\s+de|quase|aproximadamente|até|"
               r"um\s+total\s+de|não\s+menos\s+de|outros|outras|outro|outra|mais|uns|umas",
    noun_stop=r"morreram|morreu|foram|foi|ficaram|ficou|tinham|tinha|estão|estavam|e|em|no|na|nos|nas|num|"
              r"numa|que|quando|durante|após|depois|enquanto|segundo|ao|à|aos|às|a|mort[oa]s?|ferid[oa]s?|"
              r"falecid[oa]s?|faleceram|assassinad[oa]s?|abatid[oa]s?|executad[oa]s?|sofreram|perderam|com|"
              r"sem|por|pelo|pela|pelos|pelas|este|esta|se|desde|para|deixando|deixou|deixaram",
    noun_place=r"(?:\s+(?:de|do|da|dos|das)\s+(?:(?:um|uma)\s+)?[\w-]+(?:\s+(?!(?:e|em|no|na|que|morreram|"
               r"morreu|foram|foi|ficaram|ficou)\b)[\w-]+){0,2})?",
    list_stop=r"morreram|morreu|foram|foi|ficaram|ficou|mort[oa]s?|ferid[oa]s?|falecid[oa]s?|e|em|que",
    partitive=rf"(?<![\w-])(?P<pn>{_NUMBER}|um|uma)\s+(?:(?:dos|das)\s+quais|deles|delas)\b",
    aux=r"foram|foi|ficaram|ficou|tinham\s+sido|tinha\s+sido|têm\s+sido|terão\s+sido|teriam\s+sido|"
        r"terá\s+sido|teria\s+sido|acabaram\s+por\s+ser|acabou\s+por\s+ser|estão|estavam|já|também|todos|"
        r"todas|sido|alegadamente|encontrad[oa]s|achad[oa]s|dad[oa]s\s+como|igualmente",
    kill_passive=_KILLED,
    hurt_passive=_HURT,
    kill_active=r"(?:matando|matou|mataram|matam|mata|assassinando|assassinou|assassinaram|executando|"
                r"executou|executaram|abatendo|abateu|abateram|vitimando|vitimou|vitimaram|chacinaram|(?:ter|"
                r"terem|tendo)\s+[\"«“]?(?:morto|neutralizado|abatido)[\"»”]?|[\"«“]?neutraliz(?:ou|aram|ado|"
                r"ando)[\"»”]?)(?:\s+(?:ontem|hoje|também|ainda))?|morreram|morrem|perderam\s+a\s+vida|"
                r"(?:causando|provocando|causou|provocou)\s+a\s+morte\s+(?:de|a)|"
                r"(?:reconheceu\s+)?a\s+morte\s+de|tirando\s+a\s+vida\s+a|ceifando\s+a\s+vida\s+(?:de|a)",
    hurt_active=r"(?:ferindo|feriu|feriram|fere|ferem)(?:\s+(?:ontem|hoje|ainda|também|gravemente|"
                r"ligeiramente))?|ficaram\s+feridos|ficaram\s+feridas|ficou\s+ferido|ficou\s+ferida",
    dead_nouns=r"mortos|mortas|morto|morta|vítimas\s+mortais|mortes|óbitos|cadáveres|corpos|baixas",
    hurt_nouns=r"feridos|feridas|ferido|ferida|feridos\s+graves|feridos\s+ligeiros",
    toll=r"\b(?:balanço|saldo|número\s+de\s+(?:mortos|vítimas(?:\s+mortais)?|óbitos))\b[^.;]{0,40}?\b(?:de|"
         r"para|em|é\s+de|subiu\s+para|ascende\s+a|ascendeu\s+a)\s+|\belev(?:ando|ou|a|"
         r"aram)\s+(?:assim\s+)?para\s+|\bsubi(?:u|ndo)\s+(?:\w+\s+){0,3}?para\s+",
    none_killed=r"\bsem\s+(?:causar\s+|provocar\s+|fazer\s+|registo\s+de\s+|registro\s+de\s+|"
                r"que\s+(?:houvesse|se\s+registassem|se\s+registrassem)\s+)?(?:vítimas|mortos|feridos|"
                r"baixas)|\bnão\s+(?:houve|há|provocou|causou|fez|se\s+registaram|se\s+registraram|"
                r"foram\s+registad[oa]s)\s+(?:\w+\s+)?(?:vítimas|feridos|mortos)|\bnenhuma?\s+(?:vítima|"
                r"ferido|morto)|\bninguém\s+(?:morreu|ficou\s+ferido|se\s+feriu|foi\s+ferido)",
    none_hurt=r"\bsem\s+(?:causar\s+|provocar\s+|fazer\s+|registo\s+de\s+|registro\s+de\s+|que\s+(?:houvesse|"
              r"se\s+registassem|se\s+registrassem)\s+)?(?:vítimas|feridos|baixas)|\bnão\s+(?:houve|há|"
              r"provocou|causou|fez|se\s+registaram|se\s+registraram)\s+(?:\w+\s+)?(?:vítimas|feridos)|"
              r"\bnenhuma?\s+(?:vítima|ferido)|\bninguém\s+(?:ficou\s+ferido|se\s+feriu|foi\s+ferido)",
    one_killed=rf"\b(?:um|uma|o\s+seu|"
               rf"a\s+sua)\s+(?:[\w'-]+\s+){{0,3}}?{_PERSON}\b(?:\s+\S+){{0,8}}?\s+(?:foi|ficou|terá\s+sido|"
               rf"teria\s+sido)?\s*(?:\w+\s+)?(?:assassinad[oa]|mort[oa]|abatid[oa]|executad[oa]|morreu|"
               rf"faleceu|linchad[oa]|perdeu\s+a\s+vida)\b|\b(?:matou|matando|mataram|assassinou|"
               rf"assassinaram|executaram|abateram)\s+(?:um|uma)\s+(?:[\w'-]+\s+){{0,2}}?{_PERSON}\b",
    one_hurt=rf"\b(?:um|uma|o\s+seu|a\s+sua)\s+(?:[\w'-]+\s+){{0,3}}?{_PERSON}\b(?:\s+\S+){{0,8}}?\s+(?:foi|"
             rf"ficou|saiu)\s+(?:\w+\s+)?(?:ferid[oa]|lesionad[oa]|baleado|baleada|atingid[oa])\b|"
             rf"\b(?:ferindo|feriu|feriram)\s+(?:um|uma)\s+(?:[\w'-]+\s+){{0,2}}?{_PERSON}\b|\b(?:um|"
             rf"uma)\s+(?:[\w'-]+\s+){{0,3}}?{_PERSON}\b(?:\s+\S+){{0,6}}?\s+(?:sofreu|teve)\s+(?:ferimentos|"
             rf"queimaduras|lesões|uma\s+fractura|uma\s+fratura)",
    negated=r"\b(?:nem|nenhum|nenhuma|não|sem|ninguém)",
    attackers=r"atacantes?|agressores?|assaltantes?|pistoleiros?|terroristas?|jihadistas?|guerrilheiros?|inimigos?|"
              r"insurgentes?|rebeldes?|milicianos?|bandidos?|criminosos|traficantes|extremistas|militantes|"
              r"homens\s+armados|sequestradores|raptores|bombistas?|suicidas?|paramilitares|malfeitores|"
              r"invasores|amotinados|(?:membros|elementos)\s+d[oa]\s+(?:\w+\s+)?(?:grupo|gangue|facção|"
              r"quadrilha|bando|milícia)",
    side_nouns=r"(?:dos\s+|entre\s+os\s+)?(?:soldados?|militares?|polícias?|policiais?|agentes?|civis|"
               r"guardas?|efe(?:c)?tivos|fuzileiros)",
    generic_nouns=r"pessoas|indivíduos|outr[oa]s|gente|vítimas",
    others=r"outr[oa]s|mais",
    time_nouns=rf"dias?|semanas?|mes(?:es)?|anos?|horas?|minutos?|vezes|por\s+cento|%|km|quil[óô]metros?|"
               rf"metros?|milhas|ataques|atentados|incidentes|explosões|casas|palhotas|viaturas|veículos|"
               rf"camiões|caminhões|ônibus|autocarros|aldeias|drones|mísseis|rockets|foguetes|obuses|"
               rf"projé?cteis|granadas|disparos|balas|tiros|quilos|toneladas|milhões|mil\s+milhões|dólares|"
               rf"euros|meticais|kwanzas|reais|famílias|h\b|hectares|espingardas|armas|fuzis|"
               rf"(?:de\s+)?(?:{_MONTH_NAMES})\b",
    aggregate=rf"\bdesde\s+(?:o\s+(?:início|começo|princípio|arranque)|inícios?|finais|meados|que|"
              rf"(?:{_MONTH_NAMES})|\d{{4}}|o\s+ano\s+passado|então)|\beste\s+ano\b|"
              rf"\bnos\s+últimos\s+(?:\w+\s+)?(?:dias|meses|anos)|\bnas\s+últimas\s+(?:\w+\s+)?semanas|"
              rf"\bno\s+total\b|\bjá\s+(?:fez|fizeram|provocou|provocaram|causou|causaram|matou|mataram)\b|"
              rf"\b(?:a\s+guerra|o\s+conflito|a\s+violência|a\s+insurgência)\s+(?:já\s+)?(?:fez|provocou|"
              rf"causou|matou)|\bcontabiliza\w*|\bsó\s+no\s+ano\s+passado|\bregist(?:r)?aram-se\s+\d",
    hedge=r"\b(?:não\s+confirmad[oa]s?|sem\s+confirmação|não\s+(?:foi|foram)\s+possível\s+(?:confirmar|"
          r"verificar)|estimad[oa]s?|estim\w+|rumores?|não\s+oficiais)\b",
    kind_killed=r"mort|morre|falec|assassin|abat|execut|massacr|chacin|decapit|degol|carboniz|linch|vida|"
                r"balanço|saldo|corpos|cadáver|vítimas|mat[aoe]|neutraliz|nenhum|ninguém|sem\s+causar|"
                r"não\s+houve|número|baixas|tomb|óbito",
    kind_hurt=r"ferid|feri[ru]|ferin|lesion|hospitaliz|internad|balead|atingid|sofre|assistid|asfixia|nenhum|"
              r"ninguém|sem|não\s+houve",
    conj=r"\be\b",
    including=r"entre\s+(?:eles|elas|os\s+quais|as\s+quais)|incluindo|dos\s+quais|das\s+quais|"
              r"(?:[\w-]+\s+)?(?:dos|das)\s+quais",
    left=r"deixando|deixou|deixaram|deixa|deixam",
    left_check=r"mort[oa]s?|ferid[oa]s?|falecid[oa]s?|vítimas",
    range_link=r"a|ou|e",
)

_GENERIC = {
    # state forces ("forças" alone only with a nationality: "forças ruandesas")
    **{n: "military" for n in ("soldados", "soldado", "militares", "militar", "exército", "tropas",
                               "forças armadas", "forças de defesa e segurança", "forças de defesa", "fds",
                               "forças governamentais", "forças de segurança", "forças especiais",
                               "fuzileiros", "fuzileiros navais", "marinha", "força aérea", "paraquedistas",
                               "pára-quedistas", "comandos", "militares moçambicanos", "efectivos militares",
                               "efetivos militares", "forças conjuntas", "força local", "contingente",
                               "destacamento", "forças leais", "forças pró-governamentais")},
    "forças": "military/forces",
    **{n: "police" for n in ("polícias", "polícia", "policiais", "policial", "agentes", "agente", "pm", "pms",
                             "policiais militares", "polícia militar", "polícia civil", "polícia federal",
                             "polícia nacional", "unidade de intervenção rápida", "psp", "gnr",
                             "polícia judiciária", "pj", "sernic", "sic", "guardas", "guarda",
                             "agentes da polícia", "batalhão de choque", "tropa de choque",
                             "forças policiais", "agentes policiais", "guardas prisionais",
                             "polícia de intervenção rápida", "pntl", "rota")},
    # armed groups without a name
    **{n: "rebels/" + e for n, e in (("rebeldes", "rebels"), ("insurgentes", "insurgents"),
                                     ("insurgente", "insurgents"), ("guerrilheiros", "guerrillas"),
                                     ("guerrilha", "guerrillas"), ("jihadistas", "jihadists"),
                                     ("grupo jihadista", "jihadists"), ("terroristas", "terrorists"),
                                     ("grupo terrorista", "terrorists"), ("islamistas", "islamists"),
                                     ("combatentes", "fighters"), ("separatistas", "separatists"),
                                     ("extremistas", "extremists"), ("militantes", "militants"),
                                     ("paramilitares", "paramilitaries"), ("dissidentes", "dissidents"),
                                     ("amotinados", "mutineers"),
                                     ("milícias de autodefesa", "self-defence militia"))},
    **{n: "gunmen/" + e for n, e in (("homens armados", "unidentified armed group"),
                                     ("indivíduos armados", "unidentified armed group"),
                                     ("desconhecidos", "unidentified armed group"),
                                     ("desconhecidos armados", "unidentified armed group"),
                                     ("homens encapuzados", "unidentified armed group"),
                                     ("encapuzados", "unidentified armed group"),
                                     ("grupo armado", "unidentified armed group"),
                                     ("grupos armados", "unidentified armed group"),
                                     ("atacantes", "unidentified armed group"),
                                     ("agressores", "unidentified armed group"),
                                     ("assaltantes", "unidentified armed group"),
                                     ("pistoleiros", "unidentified armed group"),
                                     ("homem armado", "unidentified armed group"), ("bandidos", "bandits"),
                                     ("bandidos armados", "bandits"), ("criminosos", "criminals"),
                                     ("malfeitores", "criminals"), ("traficantes", "drug traffickers"),
                                     ("narcotraficantes", "drug traffickers"), ("gangues", "gang"),
                                     ("gangue", "gang"), ("gangs", "gang"), ("gang", "gang"),
                                     ("quadrilha", "gang"), ("facção", "gang"), ("facções", "gang"),
                                     ("milicianos", "militia"), ("milícias", "militia"),
                                     ("milícia", "militia"), ("sequestradores", "kidnappers"),
                                     ("raptores", "kidnappers"), ("piratas", "pirates"),
                                     ("garimpeiros armados", "illegal miners"))},
    # crowds (occupations switch between protesters and civilians with the sentence's protest words)
    **{n: "protesters/" + e for n, e in (("manifestantes", "protesters"), ("manifestante", "protesters"),
                                         ("grevistas", "strikers"), ("estudantes", "students"),
                                         ("universitários", "students"), ("alunos", "students"),
                                         ("professores", "teachers"), ("docentes", "teachers"),
                                         ("médicos", "doctors"), ("enfermeiros", "doctors"),
                                         ("camponeses", "farmers"), ("agricultores", "farmers"),
                                         ("comerciantes", "traders"), ("vendedores", "traders"),
                                         ("zungueiras", "traders"), ("trabalhadores", "workers"),
                                         ("taxistas", "workers"), ("mototaxistas", "workers"),
                                         ("camionistas", "workers"), ("caminhoneiros", "workers"),
                                         ("mineiros", "workers"), ("garimpeiros", "workers"),
                                         ("apoiantes", "protesters"), ("apoiadores", "protesters"),
                                         ("activistas", "activists"), ("ativistas", "activists"),
                                         ("sindicalistas", "unionists"),
                                         ("opositores", "opposition supporters"))},
    **{n: "rioters" for n in ("desordeiros", "vândalos", "turba", "multidão", "multidão enfurecida",
                              "populares", "populares revoltados", "saqueadores")},
    # civilians, and the singular nouns of one victim ("un candidato", "um comerciante")
    **{n: "civilians/" + e for n, e in (("civis", "civilians"), ("civil", "civilians"),
                                        ("moradores", "residents"), ("residentes", "residents"),
                                        ("habitantes", "residents"), ("aldeões", "villagers"),
                                        ("população", "civilians"), ("população civil", "civilians"),
                                        ("pessoas", "people"), ("passageiros", "passengers"),
                                        ("fiéis", "worshippers"), ("crianças", "children"),
                                        ("menores", "children"), ("mulheres", "women"), ("jovens", "youths"),
                                        ("deslocados", "displaced"), ("refugiados", "refugees"),
                                        ("migrantes", "migrants"), ("jornalistas", "journalists"),
                                        ("jornalista", "journalists"), ("indígenas", "indigenous people"),
                                        ("pescadores", "fishermen"), ("pastores", "herders"),
                                        ("turistas", "tourists"), ("motoristas", "drivers"),
                                        ("famílias", "families"), ("família", "families"),
                                        ("clientes", "customers"), ("régulos", "traditional leaders"),
                                        ("líderes comunitários", "community leaders"),
                                        ("candidato", "civilians"), ("candidata", "civilians"),
                                        ("comerciante", "civilians"), ("empresário", "civilians"),
                                        ("empresária", "civilians"), ("régulo", "civilians"),
                                        ("líder", "civilians"), ("dirigente", "civilians"),
                                        ("padre", "civilians"), ("pastor", "civilians"),
                                        ("professor", "civilians"), ("professora", "civilians"),
                                        ("estudante", "civilians"), ("aluno", "civilians"),
                                        ("motorista", "civilians"), ("taxista", "civilians"),
                                        ("camponês", "civilians"), ("camponesa", "civilians"),
                                        ("agricultor", "civilians"), ("homem", "civilians"),
                                        ("mulher", "civilians"), ("jovem", "civilians"),
                                        ("rapaz", "civilians"), ("rapariga", "civilians"),
                                        ("menor", "civilians"), ("criança", "civilians"),
                                        ("menino", "civilians"), ("menina", "civilians"),
                                        ("adolescente", "civilians"), ("morador", "civilians"),
                                        ("moradora", "civilians"), ("residente", "civilians"),
                                        ("habitante", "civilians"), ("activista", "civilians"),
                                        ("ativista", "civilians"), ("funcionário", "civilians"),
                                        ("funcionária", "civilians"), ("turista", "civilians"),
                                        ("vendedor", "civilians"), ("vendedora", "civilians"),
                                        ("pescador", "civilians"), ("trabalhador", "civilians"),
                                        ("mineiro", "civilians"), ("garimpeiro", "civilians"),
                                        ("administrador", "civilians"), ("idoso", "civilians"),
                                        ("idosa", "civilians"), ("cidadão", "civilians"),
                                        ("cidadã", "civilians"))},
}

ACTORS = ActorWords(
    generic=_GENERIC,
    agent_before=r"\b(?:por|pel[oa]s?(?!\s+menos)|às\s+mãos\s+de|atribuíd[oa]s?\s+a|"
                 r"atribu\w+\s+(?:\w+\s+){0,3}?a|reivindicad[oa]s?\s+por|perpetrad[oa]s?\s+por|"
                 r"cometid[oa]s?\s+por|lançad[oa]s?\s+por|disparad[oa]s?\s+por|"
                 r"da\s+autoria\s+d[eoa]s?)\s+(?:o\s+|a\s+|os\s+|as\s+|um\s+|uma\s+|uns\s+|supostos?\s+|"
                 r"alegados?\s+|presumíveis\s+|seus\s+|suas\s+|[\w-]+\s+){0,3}$",
    target_before=r"\b(?:contra|sobre|visando|matando|matou|mataram|ferindo|feriu|raptando|raptou|raptaram|"
                  r"massacr\w+|chacin\w+|execut(?:ou|aram|ado|ar)|sequestrou|sequestraram|atac(?:ou|aram|"
                  r"ando)|emboscaram|emboscou|confront\w+\s+com|combat\w+\s+(?:com|contra)|"
                  r"entre\s+[^,.;]{0,60}?\be)\s+(?:o\s+|a\s+|os\s+|as\s+|um\s+|uma\s+|dois\s+|duas\s+|"
                  r"três\s+|seus\s+|[\w-]+\s+){0,3}$",
    active_after=r"^[^,.;]{0,40}?\b(?:atac(?:ou|aram|am|a)|mat(?:ou|aram|am|a)|assassin(?:ou|aram|am)|"
                 r"dispar(?:ou|aram|am)|abri(?:u|ram)\s+fogo|embosc(?:ou|aram)|rapt(?:ou|aram|am)|"
                 r"sequestr(?:ou|aram|am)|incendi(?:ou|aram|am)|queim(?:ou|aram|am)|lanç(?:ou|aram|am)|"
                 r"bombarde(?:ou|aram|iam|am)|tom(?:ou|aram|am)|apoderaram-se|apoderou-se|invadi(?:u|ram)|"
                 r"det(?:eve|iveram|êm|ém)|prend(?:eu|eram)|captur(?:ou|aram)|reivindic(?:ou|aram|a)|"
                 r"march(?:aram|ou|am)|protest(?:ou|aram|am)|manifestaram-se|bloque(?:ou|aram|iam)|"
                 r"confront(?:ou|aram)|envolveram-se|saque(?:ou|aram)|destru(?:iu|íram)|libert(?:ou|aram)|"
                 r"dispers(?:ou|aram)|reprimi(?:u|ram)|linch(?:ou|aram)|apedrej(?:ou|aram)|abat(?:eu|eram)|"
                 r"interce(?:p)?t(?:ou|aram)|fizeram-se\s+explodir|fez-se\s+explodir|viol(?:ou|aram)|"
                 r"ocup(?:ou|aram)|expuls(?:ou|aram)|recuper(?:ou|aram)|retom(?:ou|aram)|atir(?:ou|aram)|"
                 r"arremess(?:ou|aram)|espanc(?:ou|aram)|levaram|agredi(?:u|ram)|assaltaram|cercaram|"
                 r"emboscaram|descobri(?:u|ram)|apreend(?:eu|eram)|encontr(?:ou|aram)|desactiv(?:ou|aram)|"
                 r"desativ(?:ou|aram)|terem\s+(?:lançado|disparado|atacado|usado|utilizado|bombardeado|"
                 r"morto))\b",
    passive_after=r"^[^,.;]{0,50}?\b(?:foram|foi|ficaram|ficou|tinham\s+sido|têm\s+sido|"
                  r"terão\s+sido)\s+(?:\w+\s+)?(?:mort[oa]s?|assassinad\w+|ferid\w+|atacad\w+|raptad\w+|"
                  r"sequestrad\w+|abatid\w+|executad\w+|detid[oa]s?|pres[oa]s|capturad\w+|emboscad\w+|"
                  r"balead\w+|violad\w+|levad[oa]s|linchad\w+|espancad\w+|alvejad\w+|atingid\w+|dispersad\w+|"
                  r"chacinad\w+|massacrad\w+|agredid\w+|torturad\w+)|^[^,.;]{0,30}?\b(?:morreram|morreu|"
                  r"faleceram|faleceu|perderam\s+a\s+vida)\b",
    claimed_after=r"^[^.;]{0,30}\b(?:reivindic(?:ou|aram|a|am)|assum(?:iu|iram)\s+a\s+(?:autoria|"
                  r"responsabilidade))",
    between=r"\bentre\s+",
    protest_words=r"\b(?:manifesta\w+|protest\w*|march(?:a|as|aram|avam|am|ou)\b|desfil(?:aram|e)\b|greve\w*|"
                  r"grevistas|paralisaç\w+|vigília|cartazes|concentraç\w+|concentraram-se|bloque(?:io|ios|"
                  r"aram|avam)\b|piquetes?)",
    passive_bare=r"^\s*(?:mort[oa]s?|assassinad[oa]s?|ferid[oa]s?|raptad[oa]s?|sequestrad[oa]s?|detid[oa]s?|"
                 r"pres[oa]s)(?=\s*$|\s*[,.;:]|\s+(?:em|no|na|durante|após|por|perto|ao|quando)\b)",
    opponent_before=r"\b(?:confront\w+\s+com|combat\w+\s+(?:com|contra)|envolveram-se\s+em\s+(?:combates|"
                    r"confrontos|tiroteios?)\s+com|troc\w+\s+tiros\s+com)\s+(?:o\s+|a\s+|os\s+|as\s+|um\s+|"
                    r"[\w-]+\s+){0,2}$",
    toll_people=r"(?:[A-Z]\w+\s+)?(?:pessoas|indivíduos)",
    left_before=r"\b(?:deixando|deixou|deixaram|fazendo|fez|fizeram|provocando|provocou|causando|"
                r"causou)\s+(?:\S+\s+){0,3}$",
    dead_after=r"^[^,.;]{0,40}?\b(?:mort[oa]s?|ferid[oa]s?|falecid[oa]s?)\b",
    joint=r"\b(?:entre\s+(?:[oa]s?\s+)?(?:forças|militares|soldados|exército|polícia|polícias|tropas|agentes|"
          r"FADM|FDS|FAA)|conjunt[oa]s?|operação|ofensiva)\b",
    organisation=r"((?:Sindicato|Confederação|Federação|Associação|Comité|Comitê|Movimento|Partido|Central|"
                 r"União|Coletivo|Colectivo|Plataforma|Frente|Conselho|Ordem|Liga)(?:\s+(?:(?:de|do|da|dos|"
                 r"das|e|para)\s+)*[A-ZÁÉÍÓÚÂÊÔÃÕÇ][\w'\u2019-]+){1,5})(?=[^.]{0,80}\b(?:march\w*|"
                 r"manifesta\w+|protest\w+|greve|paralisaç\w+|vigília|concentraç\w+|bloque\w+))",
    article=r"^(?:[OoAa]s?)\s+",
    herders=r"\b(?:pastores|criadores\s+de\s+gado)\b",
    government=r"\bgoverno\b",
    weapons=r"\b(?:ataques?|bombardeamentos?|bombardeios?|drones?|mísseis|míssil|foguetes?|obuses|projéteis|disparos|aviões|avião|helicópteros?|tanques|artilharia|aviação|caças|bombardeiros?|navios?)\b",
)

# protest words; "em marcha" is "under way"
_PROTEST = (r"(?:manifestaç(?:ão|ões)|manifestantes?|manifestaram-se|manifestar(?:-se)?\b|se\s+manifestaram|"
            r"protest(?:o|os|ou|aram|avam|am|ando|ar)\b|(?<!em\s)march(?:a|as|aram|avam|am|ou)\b|marcharam|"
            r"desfil(?:aram|aram)\b|concentraç(?:ão|ões)\s+(?:\w+\s+){0,2}?(?:frente|junto|diante|"
            r"em\s+protesto|de\s+protesto)|concentraram-se|vigílias?|greves?\b|grevistas|paralisaç(?:ão|ões)|"
            r"piquetes?|cortejo|cartazes|palavras\s+de\s+ordem|bloque(?:aram|avam|ou|"
            r"aram)\s+(?:\S+\s+){0,3}?(?:a\s+)?(?:estrada|via|avenida|rua|ponte|EN\d*|BR-\d+|rodovia|entrada|"
            r"acesso|pacificamente)|bloqueios?\s+(?:\w+\s+){0,2}?(?:n[ao]s?|d[ao]s?)\s+(?:estrada|via|"
            r"avenida|rua|ponte|rodovia|acesso)|panelaço|buzinão|buzinaço|carreata|cort(?:aram|"
            r"ou)\s+(?:a\s+)?(?:estrada|via|avenida|EN\d*|BR-\d+|rodovia)|"
            r"percorre\w+\s+(?:pacificamente\s+)?as\s+ruas|sa\w+\s+em\s+marcha|fizeram\s+um\s+ato\b|"
            r"ato\s+(?:público|de\s+protesto|contra)|concentraç(?:ão|ões)\s+contra|(?:estudantes|ativistas|"
            r"activistas|integrantes\s+do\s+MST|sem-terra|manifestantes|trabalhadores|professores|indígenas|"
            r"camponeses)\s+(?:\S+\s+){0,3}?ocup(?:am|aram|ou)\s+(?:a\s+)?(?:sede|faculdade|escola|"
            r"universidade|reitoria|fazenda|terras|instalações|escadaria))")
_DISPERSE = (r"imped(?:e|em|iu|iram)\s+(?:a\s+)?(?:marcha|manifestação|concentração|vigília|protesto)|"
             r"(?:travad|interrompid|impedid)[oa]s?\s+pela\s+polícia|carreg(?:ou|aram)\s+sobre|afast(?:ar|ou|"
             r"aram)\s+os\s+manifestantes|bastões|cães|canh(?:ão|ões)\s+de\s+água|disparos\s+para\s+o\s+ar|"
             r"gás\s+lacrimog[éê]n(?:i)?o|gases\s+lacrimog[éê]n\w+|lacrimog[éê]n\w+|gás\s+pimenta|"
             r"spray\s+de\s+pimenta|(?:jactos?|jatos?)\s+de\s+água|balas?\s+de\s+borracha|"
             r"bombas?\s+de\s+efeito\s+moral|granadas?\s+de\s+(?:gás|atordoamento|efeito\s+moral)|"
             r"dispers(?:ou|aram|ar|ad[oa]s?|ão|ando|am|a)\b|reprim(?:iu|iram|e|em|ir|id[oa]s?)\b|repressão|"
             r"carg(?:ou|aram|as?)\s+(?:policiais\s+)?(?:sobre|contra)|impedi(?:u|ram)\s+(?:a\s+passagem|"
             r"o\s+avanço|de\s+(?:avançar|chegar)|que)|retir(?:ou|aram|a|am)\s+à\s+força|"
             r"retirad[oa]s\s+(?:à\s+força\s+)?(?:por|pel[oa]s?)\s+(?:agentes|polícias|policiais|militares|"
             r"forças)|bastonad\w+|cassetetes?|cacetetes?|gás\b")
_INTERVENE = (rf"{_DISPERSE}|detiveram|deteve|(?:foram|ficaram)\s+detid[oa]s|detenç(?:ão|ões)|prend(?:eu|"
              rf"eram)|(?:foram|ficaram)\s+pres[oa]s|espanc(?:ou|aram)|agredi(?:u|ram)|agressões")
_KILL_WORDS = (r"mort[oa]s?|morreram|morreu|mataram|matou|assassin(?:ou|aram|ad[oa]s?|ando)|abatid\w+|"
               r"falecid\w+|ferid[oa]s?|(?<!sem\s)confrontos?|(?<!sem\s)combates?|tiroteios?|"
               r"troca\s+de\s+tiros")
# ordinary crime: a domestic killing, a brawl, a theft (no event for ACLED)
_CRIME = (r"(?:a|o)\s+(?:sua\s+|seu\s+|própria\s+|próprio\s+)(?:mulher|esposa|marido|companheira|companheiro|"
          r"namorada|namorado|mãe|pai|filho|filha|padrasto|enteada|enteado|sogro|sogra|irmão|irmã|vizinho|"
          r"vizinha|sócio)|(?:matou|matado|assassinou|esfaqueou|envenenado|envenenou)\s+(?:a|o)\s+(?:mulher|"
          r"esposa|marido|companheira|vizinho|vizinha|sócio)\b|ex-(?:mulher|companheira|companheiro|namorada|"
          r"namorado|marido)|violência\s+doméstica|feminicídio|rixa|briga|desentendimento|"
          r"discussão\s+(?:sobre|por)|disputa\s+de\s+terrenos|por\s+(?:roubar|furtar|burlar|furtarem|"
          r"roubarem)|furt(?:aram|ou|o|os)\b|roubo\s+de\s+cargas|(?:foi|foram)\s+assaltad[oa]s?|burla|"
          r"desvio\s+de\s+fundos|carteirista|sem\s+licença|dívidas?|ladrões|caçadores\s+furtivos|"
          r"caixa\s+multibanco|cofre")
_ARMS = (r"armas|armamento|munições|explosivos|espingardas|fuzis|granadas|engenhos\s+explosivos|minas|"
         r"cartuchos|arsenal|material\s+(?:bélico|de\s+guerra|explosivo)|pistolas|metralhadoras|carregadores|"
         r"AK-47|lança-foguetes|dinamite")
_ARREST = (r"det(?:eve|iveram|êm|ém|ido|ida|idos|idas|ida)\b|detenç(?:ão|ões)|deter\b|"
           r"(?<!libertaram\sos\s)(?<!libertou\sos\s)(?<!de\s)(?<!dos\s)pres(?:o|os|a|as)\b|prend(?:eu|eram|"
           r"e|em|er)\b|captur(?:ou|aram|ad[oa]s?|a|am)\b(?!\s+(?:d[aoe]\s+|a\s+|o\s+)?(?:\w+\s+)?(?:base|"
           r"cidade|vila|aldeia|localidade|quartel|posto|capital|distrito|bairro|pista|aeroporto)\b)|"
           r"algemad\w+|encarcerad\w+")


def _rule(pattern: str, etype: str, sub: str, strength: int):
    return (rx(pattern), etype, sub, strength, None, None)


RULES = (
    # "detained four men suspected of the kidnapping": the arrest is the event, the crime its background
    _rule(rf"^(?!.*\b(?:{_CRIME})\b).*?\b((?:{_ARREST})[^.]{{0,80}}?\b(?:suspeit[oa]s?|acusad[oa]s?|"
          rf"indiciad[oa]s?|alegados?\s+(?:autores|responsáveis|membros)|presumíveis\s+(?:autores|"
          rf"responsáveis)|responsáveis|envolvid[oa]s?|ligad[oa]s?)\s+(?:de|d[oa]s?|no|na|nos|nas|em|a|ao|"
          rf"com|por|pel[oa])\b)",
          "strategic_developments", "Arrests", 2),
    _rule(r"\b((?:desactiv|desativ|intercet|intercept)\w+\s+(?:\S+\s+){0,4}?(?:(?:carros?|viaturas?|"
          r"veículos?|camiões?)[- ]bombas?|(?:carros?|viaturas?|veículos?|camiões?)\s+armadilhad\w+)|"
          r"(?:granadas?|engenhos?|bombas?|obuses|minas?)\s+(?:\w+\s+){0,3}?(?:não\s+(?:detonad|"
          r"explodid)[oa]s?|por\s+explodir)|desactiv\w+\s+(?:\S+\s+){0,4}?(?:engenhos?|explosivos?|bombas?|"
          r"minas?|cargas?|granadas?|artefactos?|artefatos?)|desativ\w+\s+(?:\S+\s+){0,4}?(?:engenhos?|"
          r"explosivos?|bombas?|minas?|cargas?|granadas?|artefactos?|artefatos?)|(?:engenhos?|explosivos?|"
          r"bombas?|minas?|cargas?|dispositivos?|artefactos?|artefatos?)\s+(?:\w+\s+){0,3}?(?:desactivad\w+|"
          r"desativad\w+|neutralizad\w+|detonad[oa]s?\s+de\s+(?:forma|maneira)\s+controlada|"
          r"destruíd[oa]s?\s+de\s+forma\s+controlada)|(?:drones?|mísseis|míssil|rockets?|foguetes?|"
          r"projé?cteis|aparelhos)\s+(?:\w+\s+){0,3}?(?:intercetad\w*|interceptad\w*|abatid\w*|"
          r"neutralizad\w*|derrubad\w*)|(?:interce(?:p)?t\w+|abat(?:eu|eram|er|ido)|derrub\w+|"
          r"neutraliz\w+)\s+(?:\S+\s+){0,4}?(?:drones?|mísseis|míssil|rockets?|foguetes?|projé?cteis)\b|"
          r"(?:atentado|ataque)s?\s+(?:\S+\s+){0,5}?frustrad\w+|frustr\w+\s+(?:(?:um|uma|o|"
          r"a)\s+)?(?:\w+\s+)?(?:atentado|ataque)|desmantel\w+\s+(?:\S+\s+){0,3}?(?:fábrica|oficina|"
          r"laboratório)\s+de\s+(?:explosivos|engenhos|armas|bombas|drones))",
          "strategic_developments", "Disrupted weapons use", 2),
    _rule(rf"^(?!.*\b(?:{_ARREST}|bombarde\w+|atac(?:ou|aram)|aviões|drones?)\b).*?\b((?:apreend\w+|"
          rf"descobr\w+|intercet\w+|intercept\w+|encontr(?:ou|aram|ad[oa]s?)|achad[oa]s|localiz\w+|recolh\w+|"
          rf"recuper(?:ou|aram)|confisc\w+)\s+(?:\S+\s+){{0,6}}?(?:{_ARMS})|(?:depósito|paiol|esconderijo|"
          rf"arsenal|caches?)\s+(?:de\s+|com\s+)(?:\S+\s+){{0,3}}?(?:armas|explosivos|munições|material)|"
          rf"(?:armas|explosivos|munições|armamento)\s+(?:\w+\s+){{0,2}}?(?:apreendid|encontrad|descobert|"
          rf"confiscad)\w+|apreendid[oa]s\s+(?:\w+\s+){{0,3}}?(?:armas|explosivos|munições|espingardas))",
          "strategic_developments", "Disrupted weapons use", 2),
    _rule(r"\b(acordos?\s+(?:geral\s+)?de\s+(?:paz|cessar-fogo|cessação\s+das\s+hostilidades|tréguas?)|"
          r"(?:assin\w+|firm\w+|alcanç\w+|celebr\w+|acord\w+|anunci\w+|decret\w+|aceit\w+|"
          r"conclu\w+)\s+(?:\S+\s+){0,3}?(?:um|uma|o|a)\s+(?:\w+\s+){0,2}?(?:acordo(?!\s+(?:de\s+cooperação|"
          r"comercial|económico|econômico|sobre\s+(?:minerais|programa|comércio|investimento)))|"
          r"trégua(?!\s+unilateral)|cessar-fogo(?!\s+unilateral)|pacto|armistício)|(?:troca|trocas|"
          r"intercâmbio)\s+de\s+(?:\S+\s+){0,3}?(?:prisioneiros|reféns|corpos|detidos)|"
          r"troc\w+\s+(?:\S+\s+){0,4}?(?:prisioneiros|reféns|corpos)|rend(?:eram|eu)-se|renderam-se|rendição|"
          r"entregaram-se\s+(?:\S+\s+){0,3}?(?:às\s+autoridades|ao\s+exército|às\s+forças|aos\s+militares|"
          r"com\s+(?:as\s+)?armas)|entregou-se\s+(?:\S+\s+){0,3}?(?:ao\s+exército|às\s+forças|"
          r"aos\s+militares)|depuseram\s+as\s+armas|depor\s+as\s+armas|entreg(?:aram|"
          r"ou)\s+(?:as\s+)?(?:suas\s+)?armas|entregaram-se\s+após\s+negocia\w+|"
          r"memorando\s+de\s+entendimento|(?:libertad[oa]s?|libert(?:ou|aram|am)|soltad[oa]s?|solt(?:ou|"
          r"aram)|entregues)\b[^.]{0,100}\b(?:negociaç\w+|mediação|resgate|troca|comissão\s+humanitária|"
          r"Cruz\s+Vermelha)|(?:raptad[oa]s?|sequestrad[oa]s?|reféns|"
          r"cativos?)\b[^.]{0,60}\b(?:foram\s+)?(?:libertad[oa]s|soltad[oa]s|postos?\s+em\s+liberdade|"
          r"libert(?:ou|aram))|libert(?:ou|aram|am)\b[^.]{0,80}\b(?:raptad[oa]s?|sequestrad[oa]s?|reféns|"
          r"cativos?))",
          "strategic_developments", "Agreement", 2),
    _rule(r"^(?!.*\bdispers\w+).*?\b(armas?\s+químicas?|ataques?\s+químicos?|carga\s+química|cloro\b|"
          r"gás\s+cloro|sarin|gás\s+mostarda|gás\s+tóxico|gases\s+tóxicos|gás\s+asfixiante|"
          r"agentes?\s+(?:químicos?|neurotóxicos?|nervosos?)|substâncias?\s+(?:tóxicas?|químicas?|"
          r"asfixiantes?|neurotóxicas?)|cloropicrina|munições?\s+químicas?|fósforo\s+branco|"
          r"ácido\s+cianídrico|químic[oa]s?\s+proibid[oa]s?|lixívia)",
          "explosions_remote_violence", "Chemical weapon", 2),
    _rule(r"\b(bombistas?\s+suicidas?|(?:homem|homens|mulher|mulheres)-bomba|(?:terroristas?|atacantes?|"
          r"homens?|mulher(?:es)?|jovens?)\s+suicidas?|atentados?\s+suicidas?|ataques?\s+suicidas?|"
          r"suicidas?\b|(?:fez|fizeram)-se\s+explodir|se\s+(?:fez|fizeram)\s+explodir|fazendo-se\s+explodir|"
          r"fez\s+detonar\s+os\s+explosivos|coletes?\s+(?:de\s+explosivos|explosivos?|armadilhad\w+)|"
          r"coletes?\s+bomba|cintos?\s+(?:de\s+explosivos|explosivos?)|explosivos\s+(?:amarrados|"
          r"presos)\s+ao\s+corpo|kamikazes?(?!\s+(?:drones?|Shahed)))",
          "explosions_remote_violence", "Suicide bomb", 2),
    _rule(r"\b(ataques?\s+aéreos?|bombardeamentos?\s+aéreos?|bombardeios?\s+aéreos?|raides?\s+aéreos?|"
          r"ofensiva\s+aérea|(?:ataques?|bombardeamentos?|bombardeios?|atentados?|"
          r"ofensiva)\s+(?:\w+\s+){0,2}?(?:com|de|por)\s+(?:um\s+|uma\s+|vários\s+|a\s+|o\s+)?(?:drones?|"
          r"aviação|aviões|avião|helicópteros?|aeronaves?|caças)\b|drones?\s+(?:carregad\w+\s+)?(?:com|"
          r"de)\s+explosivos|(?:lanç|dispar|envi)\w+\s+(?:\w+\s+)?drones?\b|drones?\s+(?:kamikazes?|armad\w+|"
          r"explosiv\w+|suicidas?|de\s+ataque|bomba|Shahed)|(?:drones?|aviação|aviões|avião|caças|"
          r"helicópteros?|aeronaves?)\b(?:\s+[\w-]+){0,5}?\s+(?:bombarde\w+|atac(?:ou|aram|am|a)\b|"
          r"atingi(?:u|ram)\b|atingem\b|lanç(?:ou|aram|am|a)\b|dispar(?:ou|aram|am)\b|mat(?:ou|aram|am)\b|"
          r"destru(?:iu|íram)\b|metralh\w+|larg(?:ou|aram)\b|caiu|caíram)|(?:bombarde\w+|"
          r"atac\w+)\s+(?:\w+\s+){0,3}?com\s+(?:drones?|aviões|helicópteros?|aeronaves?)|"
          r"a\s+partir\s+do\s+ar|drones?\s+(?:\w+\s+){0,4}?(?:larg\w+|lanç\w+|"
          r"deix\w+\s+cair)\s+(?:\w+\s+){0,2}?(?:explosivos|granadas|bombas|engenhos|cargas)|(?:por|"
          r"d)a\s+aviação|aviação\s+(?:militar|\w+(?:a|ã|ê|e)s?)\b|"
          r"força\s+aérea\s+(?:\w+\s+){0,3}?bombarde\w+)",
          "explosions_remote_violence", "Air/drone strike", 2),
    _rule(r"^(?!.*\b(?:artilharia|morteiros?|rockets?|foguetes?|mísseis|míssil|obuses|canh(?:ão|ões)|"
          r"tanques?|projé?cteis|navios?|fragatas?|críticas|perguntas|mensagens)\b).*?\b(bombarde(?:amentos?|"
          r"ios?|ou|aram|iam|ia|ado|ada|ados|adas|ando)\b)",
          "explosions_remote_violence", "Air/drone strike", 2),
    _rule(rf"\b((?:dispar\w+(?!\s+(?:gás|gases|granadas|balas\s+de\s+borracha|bombas|para\s+o\s+ar|"
          rf"tiros\s+para\s+o\s+ar))|abri\w+\s+fogo|balas?\s+reais|munições?\s+reais|fogo\s+real|mat(?:ou|"
          rf"aram|ando|a|am)|feri(?:u|ram)\s+com\s+gravidade|assassin\w+|balead\w+|alvej\w+|"
          rf"armas?\s+de\s+fogo)\b[^.]{{0,80}}\b(?:manifestantes?|marcha|manifestação|protesto|concentração|"
          rf"multidão|cortejo|vigília|grevistas|estudantes\s+que\s+protestavam)|(?:manifestantes?|"
          rf"grevistas)\b[^.]{{0,60}}\b(?:morreram|morreu|mort[oa]s?|assassinad\w+|abatid\w+|"
          rf"perderam\s+a\s+vida|alvejad\w+)|(?:morreram|morreu|morre|mort[oa]s?|mat(?:ou|aram|a|"
          rf"am))\b[^.]{{0,120}}\b(?:{_PROTEST})|(?:{_PROTEST})[^.]{{0,120}}\b(?:morreram|morreu|mort[oa]s?|"
          rf"mat(?:ou|aram)\b|assassinad\w+))",
          "protests", "Excessive force against protesters", 2),
    _rule(r"\b(linch\w+|turbas?\b|multidão\s+(?:enfurecida|furiosa|em\s+fúria)|justiça\s+(?:popular|"
          r"pelas\s+próprias\s+mãos)|(?:moradores|populares|residentes|habitantes|vizinhos|aldeões|"
          r"passageiros|uma\s+multidão|a\s+multidão)\s+(?:revoltad[oa]s\s+|"
          r"enfurecid[oa]s\s+)?(?:\S+\s+){0,6}?(?:espanc(?:aram|ou)|mataram\s+(?:à|a)\s+pancada|agredi(?:ram|"
          r"u)|lincharam|queimaram\s+viv[oa]s?|mat(?:aram|ou)\s+e\s+queim\w+|mat(?:ou|"
          r"aram)\s+(?:\S+\s+){0,3}?(?:acusad|suspeit|alegad|supost)\w+|atac(?:aram|ou)\s+(?:(?:dois|duas|"
          r"três|um|uma|os|as)\s+)?(?:\w+\s+)?(?:suspeitos|técnicos|estrangeiros|homens|muçulmanos|"
          r"acusad\w+)|atacaram\s+lojas\s+de\s+estrangeiros)|(?:espancad[oa]s?|"
          r"agredid[oa]s?)\s+(?:\w+\s+){0,3}?(?:por|pel[oa]s?)\s+(?:\w+\s+)?(?:populares|moradores|vizinhos|"
          r"residentes|dezenas\s+de\s+\w+|uma\s+multidão|um\s+grupo\s+de\s+vizinhos)|(?:confrontos?|rixas?|"
          r"pancadaria|cenas\s+de\s+pancadaria)\s+(?:\w+\s+){0,4}?(?:entre\s+(?:membros\s+de\s+)?(?:dois\s+|"
          r"duas\s+)?(?:grupos\s+de\s+artes\s+marciais|comunidades|aldeias|clãs|etnias|claques|adeptos))|"
          r"(?:conflitos?|confrontos?|violência)\s+(?:inter)?(?:comunitári[oa]s?|étnic[oa]s?|tribais)|"
          r"queimad[oa]s?\s+viv[oa]s?\s+(?:por|pel[oa]s?)\s+(?:vizinhos|moradores|populares|residentes|"
          r"aldeões)|(?:grupo\s+de\s+(?:\S+\s+){0,3}?jovens|jovens)\s+(?:\S+\s+){0,3}?agredi(?:u|"
          r"ram)\s+(?!(?:os\s+)?(?:agentes|polícias|policiais))|cenas\s+de\s+pancadaria)",
          "riots", "Mob violence", 2),
    _rule(rf"^(?!.*\b(?:atacantes|insurgentes|homens\s+armados|bandidos|terroristas|jihadistas|rebeldes|"
          rf"traficantes|milicianos)\b).*?\b(distúrbios|desacatos|tumultos?|vandalismo|vândalos|motins?\b|"
          rf"(?:bombas?|cocktails?|coquetéis?)\s+molotov|depred\w+|arromb(?:aram|ou)|entr(?:aram|"
          rf"ou)\s+em\s+confronto\s+com\s+(?:a\s+|os\s+)?(?:polícia|PM|agentes|forças|polícias|policiais)|"
          rf"descamb\w+\s+em|incendiad[oa]s\s+(?:\w+\s+){{0,2}}?por\s+(?:manifestantes|populares|jovens|"
          rf"grevistas|apoiantes)|atingid[oa]s?\s+(?:por|com)\s+(?:uma\s+)?pedras?|(?:queim\w+|incendi\w+|"
          rf"apedrej\w+|atir\w+\s+pedras)[^.]{{0,100}}\b(?:num|em)\s+protesto|(?:confrontos|choques|"
          rf"escaramuças)\s+(?:\w+\s+){{0,3}}?(?:entre\s+)?(?:manifestantes|estudantes|grevistas|jovens|"
          rf"adeptos|populares)\s+(?:e|com)\s+(?:a\s+|os\s+)?(?:polícia|agentes|polícias|policiais|forças)|"
          rf"(?:{_PROTEST})\s+(?:\w+\s+){{0,4}}?(?:degener\w+|termin\w+|acab\w+)\s+em\s+(?:confrontos?|"
          rf"distúrbios|violência|tumultos)|(?:{_PROTEST}|populares|jovens|estudantes|multidão|moradores|"
          rf"grevistas|taxistas|manifestantes|adeptos|apoiantes|apoiadores|comerciantes|vendedores|"
          rf"mototaxistas|grupos?\s+de\s+(?:jovens|manifestantes|populares))\b[^.]{{0,100}}\b(?:queim(?:ou|"
          rf"aram|avam|ando)|incendi(?:ou|aram|avam|ando)|incendeiam|atear\w*\s+fogo|pegaram\s+fogo|"
          rf"barricadas?|partiram\s+(?:\w+\s+)?(?:mobiliário|vidros|montras)|(?:atir\w+|arremess\w+|lanç\w+|"
          rf"com|usaram)\s+(?:\w+\s+){{0,2}}?(?:pedras|garrafas|objectos|objetos|paus)|pedras\s+e\s+paus|"
          rf"apedrej\w+|pedradas|saque(?:ou|aram|ando)|vandaliz\w+|destru(?:iu|íram)|confront(?:ou|aram|"
          rf"avam)\s+(?:com\s+)?(?:a\s+)?(?:polícia|agentes|policiais|forças)|atac(?:ou|aram|"
          rf"avam)\s+(?:\S+\s+){{0,3}}?(?:a\s+)?(?:polícia|esquadra|agentes|viaturas\s+da\s+polícia|esquadra|"
          rf"posto\s+policial|delegacia))|apedrej(?:ou|aram|avam|ando|ad[oa]s?)\b|(?:atac\w+|"
          rf"agredi\w+)\s+(?:\S+\s+){{0,4}}?com\s+pedras|barricadas\s+(?:em\s+chamas|com\s+pneus|de\s+pneus)|"
          rf"(?:queim(?:ou|aram)|incendi(?:ou|aram))\s+pneus|pneus\s+(?:queimados|a\s+arder|em\s+chamas)|"
          rf"populares\s+revoltados|\w+\s+revoltad[oa]s\b[^.]{{0,100}}\b(?:forç\w+\s+a\s+entrada|levaram|"
          rf"invadi\w+|saque\w+))",
          "riots", "Violent demonstration", 2),
    _rule(r"\b((?:granadas?|explosivos?\s+de\s+mão)\b(?!\s+(?:de\s+gás|lacrimog\w+|de\s+fumo|de\s+fumaça|"
          r"atordoantes|de\s+atordoamento|de\s+efeito\s+moral|de\s+morteiro|propulsionadas|"
          r"com\s+cloropicrina)))",
          "explosions_remote_violence", "Grenade", 2),
    # bombs or shells that fell on a place were fired or dropped, not planted
    _rule(r"\b((?:bombas?|obuses|projé?cteis|morteiros?|rockets?|foguetes?|mísseis|"
          r"granadas)\s+(?:\w+\s+){0,3}?(?:caíram|caiu|atingiram|atingiu)\s+(?:sobre|em|no|na|nos|nas|junto|"
          r"perto|contra|o|a))",
          "explosions_remote_violence", "Shelling/artillery/missile attack", 2),
    _rule(rf"^(?!.*\b(?:{_CRIME})\b).*?\b(engenhos?\s+explosivos?(?:\s+improvisados?)?|"
          rf"artefactos?\s+explosivos?|artefatos?\s+explosivos?|"
          r"(?:carro|viatura|mota|moto|camião|caminhão|veículo|motorizada|bicicleta|encomenda|"
          r"pacote)s?[- ]bombas?|(?:carro|viatura|veículo|motorizada|mota)s?\s+armadilhad[oa]s?|"
          r"minas?\s+(?:terrestres?|antipessoal|anti-?pessoal|anti-?carro|antitanque|artesanais?)|"
          r"campos?\s+minados?|(?:pis\w+|accion\w+|acion\w+|deton\w+|activ\w+|"
          r"ativ\w+)\s+(?:\w+\s+){0,2}?(?:uma\s+|um\s+)?(?:minas?|engenhos?)\b|"
          r"minas?\s+(?:\w+\s+){0,2}?(?:explod\w+|rebent\w+|deton\w+)|"
          r"(?<!espingardas\se\s)(?<!armas\se\s)explosivos?|explos(?:ão|ões)|explod(?:iu|iram|ir|e|em)\b|"
          r"rebent(?:ou|aram)\b|deton(?:ou|aram|ar|ação|ações)\b|bombas?\b(?!-rel)(?!\s+(?:de\s+gasolina|"
          r"de\s+combustível|de\s+água|de\s+gás|lacrimog\w+|de\s+efeito\s+moral|molotov|de\s+fumo))|"
          r"atentados?\s+(?:à|a)\s+bomba|IED|cargas?\s+explosivas?)",
          "explosions_remote_violence", "Remote explosive/landmine/IED", 2),
    _rule(r"\b(obuses|obus|artilharia|morteiros?|rockets?|foguetes?|mísseis|míssil|bombarde\w+|"
          r"lança-foguetes|salvas?\s+de\s+(?:rockets|foguetes|mísseis)|(?:disparos?|"
          r"fogo)\s+de\s+(?:artilharia|morteiro|tanques?)|projé?cteis|katyushas?|RPG|"
          r"(?:navios?\s+de\s+guerra|fragatas?|vasos\s+de\s+guerra)\b(?:\s+[\w-]+){0,4}?\s+(?:dispar\w+|"
          r"bombarde\w+|atac\w+))\b",
          "explosions_remote_violence", "Shelling/artillery/missile attack", 2),
    _rule(r"\b((?:mulheres|raparigas|meninas|menores|adolescentes|jovens|jovem|rapariga|menina|mulher|menor|"
          r"adolescente|crianças?|vítimas?|estudantes?|alunas?)\s+(?:\S+\s+){0,5}?(?:foram|foi|tinham\s+sido|"
          r"terão\s+sido|teria\s+sido)\s+violad[oa]s?|violad[oa]s?\s+(?:por|pel[oa]s?)|violar(?:am|"
          r"em)?\s+(?:\w+\s+){0,3}?(?:mulheres|raparigas|meninas|menores|adolescentes|uma|duas|três|quatro|"
          r"\d+|várias|jovens|crianças|migrante|deslocadas|reclusas?|detidas?)|violou\s+(?:uma|a)|(?:sido|"
          r"ter|terem)\s+violad[oa]s?|violad[oa]\s+(?:uma|a)\s+|viol(?:am|a)\s+(?:\w+\s+)?(?:deslocadas|"
          r"mulheres|menores|raparigas|meninas|reclusas?)|violar\s+(?:\w+\s+)?(?:reclusa|mulher|menor|"
          r"rapariga|menina|detida|uma)|agredi\w+\s+sexualmente|violaç(?:ão|ões)\s+(?:sexua\w+|colectiv\w+|"
          r"coletiv\w+|em\s+grupo|de\s+(?:uma|duas|\d+|várias|\w+\s+)?(?:mulheres|mulher|raparigas|menores|"
          r"menina|jovens?|crianças?))|estupr\w+|abus\w+\s+sexua\w+|abus(?:ou|aram|"
          r"ar)\s+(?:sexualmente\s+)?de|agress(?:ão|ões)\s+sexua\w+|agredid[oa]s?\s+sexualmente|"
          r"violência\s+sexual|escravatura\s+sexual|escravidão\s+sexual)",
          "violence_against_civilians", "Sexual violence", 2),
    _rule(rf"(?:{_PROTEST}|manifestantes|grevistas)[^.]{{0,120}}\b({_INTERVENE})|"
          rf"\b({_INTERVENE})\b[^.]{{0,120}}(?:{_PROTEST}|manifestantes|grevistas)|(?:activistas|ativistas|"
          rf"agricultores|indígenas|estudantes|camponeses|vendedores|zungueiras|trabalhadores|"
          rf"professores)\b[^.]{{0,60}}\b({_DISPERSE})|\b({_DISPERSE})\b[^.]{{0,60}}(?:camponeses|estudantes|"
          rf"agricultores|indígenas|activistas|ativistas|vendedores|zungueiras|trabalhadores|moradores|"
          rf"comerciantes|professores|taxistas|garimpeiros|multidão|apoiantes)",
          "protests", "Protest with intervention", 1),
    _rule(r"\b(gás\s+lacrimog[éê]n(?:i)?o|gases\s+lacrimog[éê]n\w+|(?:balas|balas\s+de)\s+borracha|"
          r"durante\s+a\s+dispersão)",
          "protests", "Protest with intervention", 1),
    _rule(rf"^(?!.*\b(?:{_KILL_WORDS}|"
          rf"{_CRIME})\b).*?\b((?<!após\sa\s)(?<!após\sa\ssua\s)(?<!durante\sa\s)(?<!sob\s)(?:{_ARREST})|"
          rf"(?:cumpr\w+|execut\w+)\s+(?:\w+\s+){{0,2}}?mandados?\s+de\s+(?:captura|detenção|prisão)|ca(?:iu|"
          rf"em|i)\s+(?:\S+\s+){{0,4}}?(?:suspeito|alegado|suposto|cabecilha|líder|chefe|membros?))",
          "strategic_developments", "Arrests", 2),
    _rule(rf"\b({_PROTEST}|greve\s+geral|paralisaç(?:ão|ões)\s+geral|saíram\s+(?:às|para\s+as)\s+ruas|"
          rf"concentraram-se\s+(?:frente|junto|diante|em)|desfilaram|reuniram-se\s+(?:frente|junto|"
          rf"diante)\s+(?:\w+\s+){{0,4}}?para\s+(?:exigir|pedir|protestar|reclamar|denunciar|contestar))",
          "protests", "Peaceful protest", 1),
    _rule(r"\b(recuper(?:ou|aram|ado|am|a)\s+(?:\S+\s+){0,3}?(?:o\s+)?control[oe]|recuper(?:ou|aram|ado|ada|"
          r"am|a)\s+(?:\S+\s+){0,3}?(?:a\s+vila|a\s+cidade|a\s+aldeia|a\s+localidade|a\s+base|o\s+quartel|"
          r"o\s+distrito|a\s+sede|o\s+posto|posições|\w+\s+(?:aldeias|localidades)|(?-i:[A-Z])\w+)|"
          r"retoma\s+(?:o\s+control[oe]|(?-i:[A-Z]))|retom(?:ou|aram|ado|ada|am)\b(?!\s+(?:o\s+diálogo|"
          r"as\s+negociações|os\s+trabalhos|as\s+aulas|a\s+circulação|a\s+actividade|a\s+atividade))|"
          r"reconquist\w+|reocup\w+|libert(?:ou|aram|ado)\s+(?:a\s+vila|a\s+cidade|a\s+aldeia|a\s+localidade|"
          r"o\s+distrito)|expuls\w+\s+(?:os\s+|as\s+)?(?:\w+\s+)?(?:rebeldes|insurgentes|terroristas|"
          r"jihadistas|guerrilheiros|milícias|milicianos|combatentes)|"
          r"expuls\w+\s+(?:\S+\s+){1,3}?d[aeo]s?\s+(?:localidade|vila|cidade|aldeia|distrito|bairro|zona)|"
          r"devolve\w*\s+ao\s+Estado\s+o\s+control[oe]|volt\w+\s+ao\s+control[oe]\s+(?:governamental|"
          r"do\s+Estado|das\s+forças))",
          "battles", "Government regains territory", 2),
    _rule(r"\b(tom(?:ou|aram|am|a|ado)\s+(?:\S+\s+){0,3}?(?:o\s+)?control[oe]|assum(?:iu|iram|em|"
          r"e)\s+(?:\S+\s+){0,3}?(?:o\s+)?control[oe]|tom(?:ou|aram|am|a)\s+(?:\S+\s+){0,2}?(?:a\s+|"
          r"o\s+)(?:(?:\w+\s+)?(?:vila|cidade|aldeia|localidade|base|sede|capital)|quartel|posto|bairro|"
          r"distrito|aeroporto|porto|pista|centro\s+d[eoa])|conquist(?:ou|aram|a|am)\s+(?:a|o)\s+|"
          r"queda\s+d[eoa]\s+(?-i:[A-Z])|ocup(?:ou|aram|am|a|ado)\s+(?:um|uma|o|a)\s+(?:\w+\s+)?(?:posto|"
          r"base|quartel|aldeia|vila|cidade)|apoderaram-se|apoderou-se|se\s+apoderaram|ca(?:iu|íram|i|"
          r"em)\s+(?:nas\s+mãos|sob\s+(?:o\s+)?control[oe])|(?:ocup(?:ou|aram|am|a)|invadi(?:u|"
          r"ram))\s+(?:a\s+vila|a\s+cidade|a\s+aldeia|a\s+localidade|a\s+sede|o\s+distrito|o\s+bairro|"
          r"a\s+base|o\s+quartel|o\s+posto)|(?:tom|ocup)(?:ou|aram|am|a)\s+(?-i:[A-Z])\w+|captur(?:ou|aram|"
          r"am|a)\s+(?:a|o)\s+(?:\w+\s+)?(?:vila|cidade|aldeia|localidade|base|quartel|capital|distrito)|"
          r"esteve\s+sob\s+control[oe]|(?:depois|após)\s+de\s+(?:expulsarem|derrotarem|vencerem|"
          r"cercarem)\s+(?:\w+\s+){0,3}?(?:a\s+|os\s+|as\s+|o\s+)?(?:polícia|gendarmes|guarnição|tropas|"
          r"forças|militares|soldados|defensores))",
          "battles", "Non-state actor overtakes territory", 2),
    _rule(rf"^(?!.*\b(?:{_KILL_WORDS}|atac\w+|embosc\w+)\b).*?\b((?:retir(?:ou|aram|am|aram)-se|"
          rf"se\s+retir(?:ou|aram|am))\s+(?:\w+\s+){{0,2}}?(?:d[eoa]s?|para)\s+(?:\w+\s+)?(?:vila|cidade|"
          rf"aldeia|localidade|base|bases|posição|posições|distrito|quartel|acampamento|zona|(?-i:[A-Z])\w+)|"
          rf"retirada\s+d[aoe]s?\s+(?:\w+\s+)?(?:tropas|forças|militares|soldados|contingente)|"
          rf"(?:entreg(?:ou|aram|am|a)|cede(?:u|ram)|transfer\w+)\b[^.]{{0,80}}?\b(?:o\s+control[oe]|"
          rf"a\s+base|as\s+bases|o\s+acampamento|a\s+posição|as\s+instalações|o\s+quartel|o\s+posto|"
          rf"o\s+porto|o\s+aeroporto|o\s+patrulhamento|a\s+segurança)|entreg\w+\s+(?:a\s+)?base|"
          rf"passou\s+para\s+o\s+control[oe]|ficou\s+sob\s+(?:o\s+)?control[oe]|deix(?:ou|aram|a|"
          rf"am)\s+(?:a\s+|o\s+)?(?:base|acampamento|quartel|campo|posição|(?-i:[A-Z])\w+)|"
          rf"deix\w+\s+(?:a\s+)?segurança\s+a\s+cargo|passagem\s+de\s+testemunho|"
          rf"transferência\s+d[oa]\s+(?:control[oe]|base)|abandon(?:ou|aram|am|a)\s+(?:o\s+|"
          rf"a\s+)?(?:acampamento|base|quartel|posição|esquadra|posto|vila|aldeia|cidade|(?-i:[A-Z])\w+)|"
          rf"sem\s+(?:combates|resistência|disparar|confrontos))",
          "strategic_developments", "Non-violent transfer of territory", 2),
    _rule(rf"^(?!.*\b(?:{_KILL_WORDS}|atac(?:ou|aram|ad[oa]s?)|embosc(?:ou|aram|ada)|confront(?:ou|aram)|"
          rf"dispar(?:ou|aram)|tom(?:ou|aram)\s+posse)\b).*?\b(fus(?:ão|ões)|fundem-se|fundiram-se|uniram-se|"
          rf"aliança\s+(?:entre|com|para)|coligação|juraram\s+(?:lealdade|fidelidade)|lealdade\s+a|(?:novo|"
          rf"nova)\s+(?:líder|chefe|comandante|cabecilha|estrutura|grupo\s+armado|comando)|(?:nome\w+|"
          rf"escolh\w+|elege\w*|elegeu|design\w+)\s+(?:\S+\s+){{0,3}}?(?:um\s+)?(?:novo|nova)\s+(?:líder|"
          rf"chefe|comandante|cabecilha)|cis(?:ão|ões)|dividiu-se|dividiram-se|rompe\w*\s+com\s+a\s+cúpula|"
          rf"dissolu(?:ção|ções)|dissolveu-se|dissolvem-se|cessar-fogo\s+unilateral|trégua\s+unilateral|"
          rf"suspens(?:ão|ões)\s+d[ae]s?\s+(?:suas\s+)?(?:acções|ações|operações|actividades|atividades|"
          rf"ataques)|suspend\w+\s+(?:as\s+)?(?:suas\s+)?(?:acções|ações|operações|actividades|atividades|"
          rf"ataques)|mud(?:ou|aram)\s+de\s+(?:estratégia|táctica|tática|nome)|passou\s+a\s+atacar|"
          rf"cria\w*\s+(?:um\s+)?novo\s+grupo|desert(?:ou|aram)|nomeação\s+de\s+um\s+novo|form(?:ou|"
          rf"aram)\s+um\s+novo\s+(?:movimento|grupo)|dividem-se|criação\s+de\s+uma?\s+(?:nova\s+|"
          rf"novo\s+)?(?:plataforma|coligação|aliança|grupo|movimento)|romp\w+\s+com\s+a\s+(?:liderança|"
          rf"cúpula|direcção|direção)|(?:se\s+)?junt(?:ou|aram|ará|arão)\s+(?:às|aos)\s+(?:forças|fileiras|"
          rf"tropas))",
          "strategic_developments", "Change to group/activity", 2),
    _rule(r"^(?!.*\b(?:mort[oa]s?|morreram|morreu|mataram|matou|assassin(?:ou|aram|ad[oa]s?)|"
          r"abatid\w+)\b).*?\b(rapt(?:o|os|ou|aram|ad[oa]s?|ar|am)\b|sequestr(?!adores)\w+(?!\s+(?:a|"
          r"o)\s+(?:democracia|país|Estado|processo))|reféns|(?:levad[oa]s?|levaram|"
          r"levou)\b(?:\s+\S+){0,6}?\s+(?:por|para)\s+(?:\S+\s+){0,3}?(?:homens|militares|agentes|bandidos|"
          r"insurgentes|combatentes|jihadistas|terroristas|rebeldes|guerrilheiros|desconhecidos|encapuzados|"
          r"raptores|sequestradores|uma\s+floresta|o\s+mato|a\s+mata|parte\s+incerta|local\s+desconhecido|"
          r"direcção|direção)|levaram\s+(?:\S+\s+){0,3}?(?:mulheres|crianças|raparigas|jovens|alunos|"
          r"estudantes|trabalhadores|pessoas|civis|reféns|\d+|dois|duas|três|quatro|cinco|mais\s+de)|"
          r"desaparecimentos?\s+forçad[oa]s?|desaparec(?:eu|eram)\b|paradeiro\s+(?:\w+\s+){0,3}?desconhecido|"
          r"(?:metid[oa]s?|obrigad[oa]s?\s+a\s+entrar)\s+(?:\w+\s+)?numa?\s+(?:viatura|carro|carrinha|"
          r"embarcação)|(?:captur(?:ou|aram)|reti(?:veram|vera))\s+(?:\w+\s+){0,2}?(?:trabalhadores|civis|"
          r"pescadores|jornalistas|estrangeiros|comerciantes)|(?:foi|foram)\s+(?:intercetad|"
          r"interceptad)[oa]s?\s+por\s+(?:homens|indivíduos|desconhecidos)\s+armados|recrut\w+\s+(?:à|"
          r"a)\s+força)",
          "violence_against_civilians", "Abduction/forced disappearance", 2),
    _rule(r"\b((?:dispar\w+|tiros?)\s+de\s+aviso|(?:tiros|disparos)\s+(?:para\s+o|ao)\s+ar|"
          r"dispar\w+\s+(?:para\s+o|ao)\s+ar|barric(?:ou|aram)-se|impasse|apont(?:ou|aram)\s+(?:as\s+)?armas|"
          r"obrigad[oa]\s+a\s+aterrar|(?:militares|soldados|tropas|forças|efe(?:c)?tivos|"
          r"homens\s+armados)\s+(?:\S+\s+){0,3}?atravess(?:ou|aram)\s+a\s+fronteira|apreend(?:eu|"
          r"eram)\s+(?:\w+\s+){0,2}?(?:barcos|navios|embarcações|pesqueiros|arrastões)|"
          r"tiros\s+de\s+advertência|abalro\w+|abord(?:ou|aram|ad[oa]s?)\b|viol(?:ou|aram|a|"
          r"ar)\s+o\s+espaço\s+aéreo|incurs(?:ão|ões)\s+em\s+território|(?:canh(?:ão|ões)|jactos?|"
          r"jatos?)\s+de\s+água\s+contra\s+(?:um|uma|o|a)\s+(?:navio|barco|embarcação|pesqueiro)|"
          r"protagonizaram\s+um\s+(?:tenso\s+)?(?:incidente|confronto\s+verbal)|frente\s+a\s+frente|"
          r"(?:intercetad[oa]|interceptad[oa]|intercet(?:ou|aram)|intercept(?:ou|"
          r"aram))\s+(?:\w+\s+){0,3}?(?:por\s+)?(?:um\s+|uma\s+|o\s+)?(?:navio|barco|avião|caças|embarcação|"
          r"pesqueiro|petroleiro|arrastão)|sobrevo(?:ou|aram))",
          "strategic_developments", "Other", 2),
    _rule(r"\b(confrontos?|confront(?:ou|aram|avam|am)\b|combates?\b|combat(?:eu|eram|iam|em)\b|embosc\w+|"
          r"trocas?\s+de\s+tiros|troc\w+\s+tiros|tiroteios?|escaramuças?|recontros?|fogo\s+cruzado|"
          r"(?:se\s+)?enfrent(?:aram|ou)|enfrentaram-se|confrontar-se|confrontaram-se|bateram-se\s+com|"
          r"assalt(?:o|os|aram|ou)\s+(?:\S+\s+){0,3}?(?:contra\s+)?(?:a\s+|o\s+|um\s+|"
          r"uma\s+)(?:\w+\s+)?(?:posto|quartel|base|esquadra|destacamento|acampamento|patrulha|coluna|"
          r"comboio|posição|posições|delegacia|quartéis)|ofensiva(?!\s+(?:diplomática|nas\s+redes|política|"
          r"eleitoral|comercial|mediática|de\s+charme))|repel(?:iu|iram|ido|ida)|incurs(?:ão|"
          r"ões)\s+(?:\w+\s+){0,4}?(?:contra|n[ao])|envolveram-se\s+em\s+(?:combates|confrontos|tiroteios?)|"
          r"atac(?:ou|aram|am|a|ad[oa]s?)\s+(?:\S+\s+){0,3}?(?:o|a|um|uma|os|as)\s+(?:\w+\s+)?(?:posto|"
          r"quartel|base|esquadra|destacamento|acampamento|patrulha|coluna|comboio|posição|posições|"
          r"delegacia|viatura\s+d[ao]|militares|soldados|polícias|policiais|agentes|equipa|equipe)|"
          r"recebid[oa]s\s+a\s+tiro|(?:dispar|atir)\w+\s+contra\s+(?:\S+\s+){0,3}?(?:militares|soldados|"
          r"polícias|policiais|agentes|equipa|equipe|patrulha|viatura))",
          "battles", "Armed clash", 1),
    _rule(rf"^(?!.*\b(?:{_CRIME})\b).*?\b(mat(?:ou|aram|am|a|ando|ar)\b|assassin\w+|abat(?:eu|eram|ido|idos|"
          rf"ida|idas)\b|execut(?:ou|aram|ad[oa]s?|am)\b|massacr\w+|chacin\w+|decapit\w+|degol\w+|"
          rf"dispar(?:ou|aram|avam|ando|os)\b|disparo\b|abri(?:u|ram)\s+fogo|atir(?:ou|aram|"
          rf"ando)\s+(?:contra|sobre|em)|balead[oa]s?|balear|a\s+tiro|a\s+tiros|baleamento|atac(?:ou|aram|am|"
          rf"ad[oa]s?)\b|ataques?\b|atentados?\b|mort[oa]s?\b|morreram|morreu|ferid[oa]s?\b|homicídios?|"
          rf"tortur\w+|espanc(?:ou|aram|ad[oa]s?)|agredi(?:u|ram|d[oa]s?)\b|esfaque\w+|neutraliz(?:ou|aram|"
          rf"ado|ados)|mortes?\s+de\s+(?:\d+|\w+)\s+|catanad\w+|queim(?:ou|aram|am)\s+viv[oa]s?|"
          rf"corpos?\s+(?:sem\s+vida|com\s+(?:marcas|sinais)))",
          "violence_against_civilians", "Attack", 1),
    _rule(r"\b(rapt(?:o|os|ou|aram|ad[oa]s?)\b|sequestr(?!adores)\w+|reféns|"
          r"desaparecimentos?\s+forçad[oa]s?)",
          "violence_against_civilians", "Abduction/forced disappearance", 2),
    _rule(rf"^(?!.*\b(?:{_CRIME})\b).*?\b({_ARREST})",
          "strategic_developments", "Arrests", 1),
    _rule(r"\b(saque(?:ou|aram|am|avam|ad[oa]s?|s)?\b|pilh\w+|(?:queim|incendi)(?:ou|aram|am|"
          r"ad[oa]s?)\b[^.]{0,60}?\b(?:casas|palhotas|viaturas|veículos|autocarros|ônibus|camiões|caminhões|"
          r"igrejas?|mesquitas?|escolas?|lojas|armazéns|celeiros|sedes?|edifícios|máquinas|balsas|pontes?|"
          r"motorizadas)|incendi(?:ou|aram|am|ad[oa]s?)\b|atear\w*\s+fogo|pegaram\s+fogo|"
          r"reduzid[oa]s?\s+a\s+cinzas|queimad[oa]s?\s+(?:por|pel[oa]s?)\s+(?:\w+\s+)?(?:insurgentes|homens|"
          r"atacantes|bandidos|rebeldes|jihadistas|terroristas|militares|desconhecidos)|destru(?:iu|íram|"
          r"íd[oa]s?)\s+(?:\w+\s+){0,3}?(?:casas|palhotas|pontes?|torres?|sedes?|escritórios|viaturas|"
          r"infra-?estruturas|balsas|lojas|maquinaria|bancas|quiosques|barracos|barracas|postos?|tendas|"
          r"mercados?|escolas?|igrejas?|mesquitas?)|dinamit(?:ou|aram)\s+(?:\w+\s+){0,2}?(?:torres?|pontes?|"
          r"condutas?|estradas?)|vandaliz\w+)",
          "strategic_developments", "Looting/property destruction", 1),
    _rule(r"\b(transform\w+\s+(?:\S+\s+){0,5}?n(?:um|uma)\s+(?:quartel|base|acampamento)|(?:abr(?:iu|iram|e|"
          r"em)|inaugur\w+|instal(?:ou|aram|a|am|ado|ada)|estabelec(?:eu|eram|e|em)|mont(?:ou|aram|a|am)|"
          r"ergu(?:eu|eram)|erguid[oa]|constru(?:iu|íram)|cri(?:ou|aram)|transfer(?:iu|"
          r"iram))\s+(?:\S+\s+){0,4}?(?:o\s+seu\s+|a\s+sua\s+|um\s+|uma\s+|dois\s+|duas\s+|três\s+|"
          r"\d+\s+)?(?:nov[oa]s?\s+)?(?:bases?|postos?|quartel(?:-general)?|quartéis|quartel\s+general|"
          r"acampamentos?|destacamentos?|comando|esquadras?|delegacias?|posição|posições))",
          "strategic_developments", "Headquarters or base established", 1),
    _rule(r"\b((?<!de\s)acordo(?!\s+(?:com\b|de\s+cooperação|comercial|económico|econômico|"
          r"sobre\s+(?:minerais|programa|comércio|investimento)))|trégua|cessar-fogo|"
          r"pacto\s+de\s+não\s+agressão)",
          "strategic_developments", "Agreement", 1),
    _rule(r"\b(retirada\s+d[aoe]s?\s+(?:tropas|forças|militares|soldados)|passagem\s+de\s+testemunho)",
          "strategic_developments", "Non-violent transfer of territory", 1),
)

_CONTEXT = rx(r"depred|arromb|descamb|travad|interromp|afast|bast|conquist|queda|canh|aproxim|impasse|apont|"
              r"aterr|atravess|cort[ao]|percorr|carreata|buzin|ato\b|agredi|transform|nomeaç|form[oa]|junt|"
              r"memorando|ataq|abord|retali|incend|saíram|lixív|troc|fósforo|projé|projec|projet|obrigad|IED|"
              r"protagoniz|sobrevo|abalro|aviso|mort|morre|falec|assassin|ferid|feri[ru]|lesion|atac|atent|"
              r"confront|combat|embosc|explo|rebent|deton|bomb|obus|míssil|mísseis|rocket|foguet|morteir|"
              r"artilh|drone|aére|aviaç|avi[ãõ]|helic|caça|granad|mina|tiro|dispar|balea|fogo|assalt|"
              r"manifest|protest|march|greve|paralis|bloque|distúrb|desacat|tumult|vandal|vândal|saque|pilh|"
              r"linch|turba|multid|det[eéêi]|deter|pres[oa]|prend|captur|algem|rapt|sequestr|refén|reféns|"
              r"desapar|paradeiro|viol|estupr|abus|agress|agred|incendi|queim|atear|destru|dinamit|guerrilh|"
              r"rebel|insurg|jihad|terror|milíc|milic|paramil|bandid|criminos|traficant|gangue|gang|facç|"
              r"quadrilh|exército|militar|soldad|tropa|políc|polic|agente|armad|suicid|bombist|kamikaze|"
              r"químic|cloro|sarin|acordo|trégua|cessar|rend|entreg|libert|retir|control|tom[oa]|apoder|base|"
              r"acampament|quartel|posto|apreend|arsenal|depósito|paiol|esconderij|interce|desactiv|desativ|"
              r"fus[ãõ]|fund|uni|alian|coliga|lealdade|líder|chefe|cis[ãõ]|divid|dissol|gás|lacrimog|incurs|"
              r"corpo|cadáver|tortur|homicíd|esfaque|catana|chacin|neutraliz|execut|massacr|abat|concentr|"
              r"vigíl|piquete|cortejo|pedra|apedrej|barricad|pneu|abandon|instal|estabelec|inaugur|"
              r"reconquist|recuper|retom|expuls|ocup|invad|ca[íi]|levad|levar|levou|metid|espanc|pancad|rixa|"
              r"motim|motins|amotin|ofensiv|repel|cercar|cerco|passagem|testemunho|transfer|erg[ue]|mont|"
              r"cri[oa]|nome|escolh|eleg|suspens|suspend|mud[oa]|desert|recrut|disparo|balas|sexual|fogo|"
              r"molotov|pedrad|cerc")

LEXICON = Lexicon(
    lang="pt",
    rules=RULES,
    context=lambda text: bool(_CONTEXT.search(text)),
    hypothetical=rx(r"(?:\b(?:anunci\w+|convoc\w+|"
                    r"marc\w+)\s+(?:\w+\s+){0,2}?(?:uma?\s+)?(?:nov[oa]s?\s+)?(?:ofensiva|operação|greve|"
                    r"marcha|manifestação|paralisação|vigília|concentração|protesto)\b|\b(?:poderia\w*|"
                    r"poderiam|poderá|poderão|pode|podem|possa|possam|ameaç\w+|prev(?:ê|êem|ia|iam|isto|ista|"
                    r"istos|istas)|planeia\w*|planeja\w*|prepar(?:a|am|ava|avam)|pretend\w+|tent(?:ou|aram|a|"
                    r"am|ar)\s+de|promet\w+|jur(?:ou|aram|a|am)\s+que|apel(?:ou|aram|a|am)|pediu|pediram|"
                    r"pede|pedem|exig\w+|tem(?:e|em|ia|iam|eu|eram|endo|or|ores)|teme-se|"
                    r"(?<![-\w])se\s+(?:não|nada|houver|houvesse|for|forem|vier|vierem|tivesse|tivessem|"
                    r"continuar|mantiver|(?:o|a|os|as)(?:\s+\w+)?)|senão|caso|possíve(?:l|is)|possibilidade|"
                    r"provável|prováveis|eventua(?:l|is)|para\s+(?:evitar|prevenir|impedir)|"
                    r"dispost[oa]s?\s+a|prontos?\s+para|alert(?:ou|aram|a|am)|avis(?:ou|aram|a|am)|advert\w+|"
                    r"quer(?:ia|iam|em)?|vai|vão|ia|iam|ir(?:á|ão)|neg(?:ou|aram|a|am|ando)|desment\w+|"
                    r"rejeit(?:ou|aram|a|am)|em\s+caso\s+de|ante\s+a\s+possibilidade|risco\s+de|ultimato|"
                    r"prazo|sob\s+pena\s+de|ordenou|ordem\s+de|parec(?:ia|eu|e)|pens(?:ei|ava|ámos|"
                    r"amos)\s+que|como\s+se|imagin\w+|fals[oa]s?|rumores?|simul\w+|simulacro|exercícios?|"
                    r"treinos?|manobras?|formação|demonstração|filme|série|documentário|romance|livro|"
                    r"videojogo|conden(?:ou|aram|a|am)|lament(?:ou|aram|a|am)|repudi(?:ou|aram|a|am)|"
                    r"critic(?:ou|aram|a|am)|instou|instaram|garant\w+|exibi\w+|desfile|recus(?:ou|aram|a|"
                    r"am)|alegando|recorr\w+|nenhum|nenhuma|ninguém|nada\s+a\s+ver|(?:vídeos?|imagens|"
                    r"fotografias?)\s+que\s+mostra\w*|refut\w+|alegações|testes?|ensaios?|concluiu\s+que|"
                    r"emit\w+\s+(?:um\s+)?mandados?|investiga(?:m)?\s+(?:as\s+circunstâncias|o\s+caso|se))\b|"
                    r"\?|¿)[^,;]*$"),
    negated=rx(r"(?:\b(?:não(?!\s+identificad)|nunca|jamais|nenhum|nenhuma|sem(?!\s+(?:identificação|"
               r"matrícula|uniforme))|nem|ninguém|neg(?:ou|aram)|desmentiu|desmentiram|tampouco|qualquer|"
               r"suspensão\s+d[oa]|ruptura\s+d[oa]|rompe(?:u|ram)|fim\s+d[oa])\s+(?:\S+\s+){0,2})$"),
    clause=rx(r"[,;:\u2014]|\bmas\b|\bapós\b|\bdepois\s+de\b|\bquando\b|\benquanto\b|\bembora\b|\bporém\b|"
              r"\be\s+(?=\w+(?:ou|aram|eram|iram)\b)"),
    old=rx(r"\b(?:durante\s+o\s+exercício|exercícios?\s+(?:conjunto|militar|naval|de\s+treino)|"
           r"há\s+(?:apenas\s+|mais\s+de\s+|cerca\s+de\s+|quase\s+)?(?:\d+|\w+)\s+(?:anos?|décadas?|meses|"
           r"mês)\b|n?o\s+ano\s+(?:passado|anterior)|durante\s+(?:anos|décadas)|no\s+passado|historicamente|"
           r"aniversário|assinal\w+\s+(?:\w+\s+)?(?:\d+|\w+)\s+anos|comemor\w+|evoc\w+|(?:\d+|"
           r"\w+)\s+anos\s+depois\b|em\s+(?:19|20)\d\d\s*,|década\s+de|anos\s+(?:cinquenta|sessenta|setenta|"
           r"oitenta|noventa)|lembrar\s+as\s+vítimas|homenag\w+|\(?(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\)?|"
           r"ao\s+longo\s+de\s+(?:\w+\s+)?(?:décadas|anos)|durante\s+a\s+(?:guerra|ocupação|ditadura)|(?:\d+|"
           r"\w+)\s+anos\s+de\s+(?:guerra|conflito|violência|ditadura)|julgamento|acórdão|condenad[oa]s?\s+a|"
           r"condenou|absolvid[oa]s?|absolve\w*|arguidos?|réus?|prisão\s+preventiva|audiência|sentença|"
           r"inquérito|volta\s+a\s+ser\s+lembrad[oa]|passad[oa]s\s+(?:quase\s+|mais\s+de\s+)?\w+\s+anos|"
           r"entre\s+(?:19|20)\d\d\s+e\s+(?:19|20)\d\d|recurso|recorrer|pena\s+de|legítima\s+defesa|"
           r"a\s+defesa\s+d[oa]|Ministério\s+Público\s+acus\w+|acusação\s+formal|soltura|"
           r"juiz\s+(?:\w+\s+)?(?:determinou|decretou|ordenou|condenou|absolveu))\b"),
    since=rx(rf"\bdesde\s+o\s+(?:início|começo|princípio|arranque)\s+d|\bdesde\s+(?:inícios|finais|"
             rf"meados)\s+de\b|\bdesde\s+(?:{_MONTH_NAMES}|o\s+ano\s+passado)\b|\bdesde\s+(?:o\s+|"
             rf"a\s+)?(?:passad[oa]\s+)?(?:{_WEEKDAY})(?:-feira)?\s*,|\bdesde\s+\d{{4}}\b|"
             rf"(?<!vez\s)\beste\s+ano\b|\bjá\s+(?:fez|fizeram|provocou|provocaram|causou|causaram|matou|"
             rf"mataram)\b|\bno\s+total\b|\baté\s+(?:agora|ao\s+momento|à\s+data)\b|\bdesde\s+que\s+(?:começ|"
             rf"comec|estal|inici|entr\w+\s+em\s+vigor|surgi|eclodi|rebent)\w*|\bdesde\s+(?:os|"
             rf"as)\s+primeir[oa]s\b|\b(?:nos|nas)\s+últim[oa]s\s+(?:\w+\s+)?(?:semanas|meses|anos|"
             rf"décadas?)\b|\bna\s+última\s+década\b|\bao\s+longo\s+do\s+(?:último\s+)?ano\b|\bem\s+média\b|"
             rf"\bpor\s+mês\b|\bcada\s+(?:mês|ano|semana)\b|\b(?:primeiro|segundo)\s+(?:semestre|"
             rf"trimestre)\b|\d\s?%|\bpor\s+cento\b|\brelatório\b|\bbalanço\s+anual\b|"
             rf"\bd[oe]\s+mês\s+passado\b|\bem\s+todo\s+o\s+mundo\b|\bsó\s+no\s+(?:ano|mês)\s+passado\b|"
             rf"\bno\s+mês\s+passado\b|\btêm\s+(?:sido|aumentado|crescido)\b|\btornaram-se\s+frequentes\b|"
             rf"\bfrequentes\b|\bem\s+\w+\s+anos\s+de\b|\b(?:a\s+guerra|o\s+conflito|a\s+violência|"
             rf"a\s+insurgência|os\s+protestos)\b[^.]{{0,50}}?\b(?:já\s+)?(?:fez|provocou|causou|matou|"
             rf"deixou)\b"),
    called_off=rx(r"\b(?:suspend\w+|cancel\w+|adi(?:ou|aram|ada|ado)|desconvoc\w+|levant\w+|proib\w+|"
                  r"puse(?:ram)?\s+fim\s+a|anunci(?:ou|aram|a|am)|convoc(?:ou|aram|a|am)|ameaç(?:ou|aram|a|"
                  r"am))\s+(?:(?:a|o|as|os|sua|suas|seu|seus|toda|todas|todos|nova|novas|prevista|previstas|"
                  r"uma|um)\s+){0,2}$"),
    accident=rx(r"\b(?:acidentes?|choque\s+(?:entre|frontal|em\s+cadeia)|colis(?:ão|ões)|capot\w+|despist\w+|"
                r"atropel\w+|tomb(?:ou|ar)\s+n[ao]|descarril\w+|afund\w+|naufrág\w+|naufrag\w+|afog\w+|virou|"
                r"vir(?:ar)?am|fuga\s+de\s+gás|explosão\s+de\s+(?:uma\s+)?(?:botija|gás)|botijas?|"
                r"curto-circuito|incêndios?\s+florest\w+|inundaç\w+|cheias?|chuvas?|enxurradas?|sismos?|"
                r"terramotos?|terremotos?|deslizamentos?|desab\w+|derrocad\w+|soterr\w+|epidemia|surto|"
                r"cólera|malária|covid\S*|raios?|trovoada|tempestade|ciclone|intoxicaç\w+|pirotecnia|"
                r"fogo\s+de\s+artifício|camião-cisterna|cisterna|fábrica\s+de\s+explosivos|"
                r"disparo\s+acidental|acidental\w*|eletrocutad\w+|electrocutad\w+|despenh\w+|"
                r"queda\s+de\s+(?:um|uma)|bombeiros|socorristas|incêndio\s+num\s+prédio|fuga\s+de\s+cloro|"
                r"pequeno\s+porte|onda\s+de\s+(?:frio|calor)|seca)\b"),
    hostile=rx(r"\b(?:homens\s+armados|atacantes?|terroristas?|jihadistas?|guerrilh\w+|rebeldes?|"
               r"insurgentes?|atac(?:ou|aram|am)|atentados?|bombas?|tiros?|disparos|dispar(?:ou|aram)|"
               r"tiroteio|pistoleiros?|suicidas?|bombistas?|engenhos?\s+explosivos?|drones?|rockets?|mísseis|"
               r"obuses|milician\w+|bandidos?|grupos?\s+armados?|traficantes|assassin\w+|linch\w+|saque\w+|"
               r"rapt\w+|sequestr\w+|manifest(?:antes|ação)|emboscad\w+|granadas?|\w+\s+armad[oa]s|"
               r"confront(?:ou|aram)|distúrbios|barricadas|apedrej\w+|molotov)\b"),
    caption=rx(r"(?:^|\s)/\s*(?:Lusa|AFP|Reuters|AP|EPA|Getty\s+Images|Xinhua|Agência\s+Brasil|Anadolu)\s*$|"
               r"^\s*(?:Foto|Fotografia|Imagem|Arquivo|Crédito)\s*:|\((?:Foto|Imagem|Arquivo)\b|©\s*\w+\s*$|"
               r"^\s*Foto\s+de\s+arquivo"),
    sports=rx(r"\b(?:futebol|jogos?|partidas?|campeonato|liga\b|taça|copa\s+do\s+mundo|CAN\b|golos?|gols?|"
              r"marcador|guarda-redes|goleiro|avançado|atacante\s+do|médio|treinador|técnico|seleção|"
              r"selecção|torneio|bola|estádio|penálti|pênalti|ténis|tênis|basquetebol|andebol|ciclismo|"
              r"atletismo|adeptos|torcedores|empate|intervalo|clássico|dérbi|jornada\s+\d|equipa\s+encarnada|"
              r"\d-\d)\b"),
    violence=rx(r"\b(?:mort[oa]s?|morreram|morreu|assassin\w+|ferid[oa]s?|bomb\w+|soldados?|militares?|"
                r"polícias?|policiais?|jihadistas?|terroristas?|insurgentes?|rebeldes?|homens\s+armados|"
                r"manifesta\w*|atac\w+|confrontos?|explos\w+|disparos?|detid[oa]s?|rapt\w+|sequestr\w+|"
                r"distúrbios|civis|exército|forças)\b"),
    lethal=rx(r"\b(?:assassinad[oa]s?|assassin(?:ou|aram|am)|abatid[oa]s?|executad[oa]s?|chacinad[oa]s?|"
              r"massacrad[oa]s?|linchad[oa]s?|degolad[oa]s?|decapitad[oa]s?|mat(?:ou|aram|am)|"
              r"mort[oa]s?\s+a\s+tiros?|a\s+tiro|à\s+catanada|esfaquead[oa]s?\s+até\s+à\s+morte)\b"),
    dateline=rx(r"^(?:[A-ZÁÉÍÓÚÂÊÔÃÕÇ][A-ZÁÉÍÓÚÂÊÔÃÕÇ .'\u2019-]{2,40}|"
                r"[A-ZÁÉÍÓÚ][a-záéíóúâêôãõç]+(?:[\s-][A-ZÁÉÍÓÚ][a-záéíóúâêôãõç]+)?)"
                r"(?:,\s*[\w][\w .-]{1,40}){0,2}\s*(?:\([^)]{1,30}\))?\s*(?:-{1,2}|[\u2013\u2014:]|\.-)\s+", 0),
    new_event=rx(r"^(?:por\s+outro\s+lado|noutro\s+(?:incidente|ataque|caso)|num\s+outro\s+(?:incidente|"
                 r"ataque)|em\s+outro\s+(?:incidente|ataque|caso)|noutra\s+(?:acção|ação|zona|região)|"
                 r"entretanto|paralelamente|ao\s+mesmo\s+tempo|horas\s+(?:antes|depois|mais\s+tarde)|"
                 r"no\s+dia\s+seguinte|um\s+dia\s+(?:depois|antes)|(?:dois|duas|três|\d+)\s+dias\s+(?:depois|"
                 r"antes)|nessa\s+mesma\s+(?:noite|tarde|manhã)|no\s+mesmo\s+dia|na\s+véspera|"
                 r"em\s+retaliação|em\s+represália|já\s+esta\s+madrugada)|\b(?:ocorre|ocorreu|surge|acontece|"
                 r"aconteceu)\s+(?:\w+\s+){1,3}(?:dias?|horas?|semanas?)\s+(?:depois|após)\b|"
                 r"\btambém\s+(?:reivindicou|atacou|matou)\b|\boutro\s+(?:ataque|atentado|confronto|"
                 r"incidente|engenho|bombardeamento)\b|\boutra\s+(?:explosão|emboscada|agressão)\b"),
    days_after=rx(r"\b\w+\s+dias?\s+(?:depois\s+d[eoa]s?|após)\b(.*)$"),
    incident=rx(r"\b(?:atac(?:ou|aram|am|ava|avam|ando)|ataques?|atentados?|embosc\w+|confrontos?|"
                r"confront(?:ou|aram)|combates?|tiroteios?|trocas?\s+de\s+tiros|dispar(?:ou|aram|avam|ando)|"
                r"disparos?|assaltos?|massacres?|chacinas?|bombas?|bombarde\w+|explos(?:ão|ões)|mísseis|"
                r"míssil|rockets?|foguetes?|obuses|drones?|manifestaç(?:ão|ões)|manifestantes|protestos?|"
                r"protest(?:aram|ou)|marchas?|march(?:aram|ou)|distúrbios|det(?:eve|iveram)|"
                r"(?<!os\s)(?<!as\s)(?<!dos\s)(?<!das\s)(?:detid[oa]s?|raptad[oa]s?|levad[oa]s|pres[oa]s)|"
                r"prend(?:eu|eram)|captur(?:ou|aram|ad[oa]s?)|morteiros?|artilharia|rapt(?:o|os|ou|aram)|"
                r"sequestr\w+|incendi(?:ou|aram)|saque\w+|linch\w+|granadas?|minas?|engenhos?|explosivos?|"
                r"viol(?:ou|aram|ação|ações)|tom(?:ou|aram)\s+o\s+control[oe]|bloque(?:io|ios|aram|ou)|"
                r"vigílias?|concentraç(?:ão|ões)|greves?|apedrej\w+|barricadas)\b"),
    anaphor=rx(r"(?:\b(?:o|a|os|as|este|esta|estes|estas|esse|essa|esses|essas|aquele|aquela|seu|sua|seus|"
               r"suas|do|da|dos|das|no|na|nos|nas|ao|à|pelo|pela|num|numa)\s+(?:[\w-]+\s+){0,2})$"),
    incident_noun=rx(r"^(?:ataques?|atentados?|emboscadas?|confrontos?|combates?|tiroteios?|assaltos?|"
                     r"explos(?:ão|ões)|bombardeamentos?|bombardeios?|violência|incidentes?|massacres?|"
                     r"chacinas?|manifestaç(?:ão|ões)|protestos?|manifestantes|marchas?|distúrbios|raptos?|"
                     r"sequestros?|mortes?|assassinatos?|operaç(?:ão|ões)|disparos?|vigílias?|"
                     r"concentraç(?:ão|ões)|greves?|engenhos?|detenç(?:ão|ões)|explosivos?|bombas?|minas?|"
                     r"granadas?|drones?|mísseis|míssil|rockets?|foguetes?|barricadas|"
                     r"trocas?\s+de\s+tiros)$"),
    same_group=rx(r"^(?:o|este|esse)\s+(?:\w+\s+)?(?:grupo|movimento|gangue|comando)\b|^(?:os|"
                  r"estes)\s+(?:\w+\s+)?(?:jihadistas|terroristas|rebeldes|insurgentes|guerrilheiros|"
                  r"atacantes)\b"),
    unopposed=rx(r"^(?!.*\b(?:tiroteios?|(?<!sem\s)combates|(?<!sem\s)confrontos|expuls\w+|atac(?:ou|aram)|"
                 r"ataque|assalto|mortos)\b).*?\b(?:sem\s+(?:combates|combater|resistência|disparar|"
                 r"confrontos|um\s+tiro)|após\s+a\s+(?:retirada|saída|fuga)|depois\s+da\s+(?:retirada|saída|"
                 r"fuga)|retiraram-se|se\s+retiraram|retirada|abandon(?:ou|aram)|evacu\w+|"
                 r"esquadra\s+vazia)\b"),
    clash_words=rx(r"\b(?:confrontos?|confront(?:ou|aram|avam|ando)|combates?|combat(?:eu|eram|iam)|"
                   r"recontros?|trocas?\s+de\s+tiros|troc\w+\s+tiros|tiroteios?|escaramuças?|repel\w+|"
                   r"respond\w+\s+ao\s+fogo|batalhas?|resisti(?:u|ram))\b"),
    armed_target=rx(r"\b(?:soldados?|militares?|tropas|polícias|policiais|agentes|guardas|patrulhas?|coluna|"
                    r"comboio\s+militar|base|quartel|posto\s+(?:militar|policial|de\s+controlo|"
                    r"de\s+controle)|esquadra|delegacia|guarnição|destacamento|acampamento\s+militar|"
                    r"guerrilheiros|rebeldes|jihadistas|terroristas|insurgentes|milicianos|paramilitares|"
                    r"combatentes|fuzileiros|efe(?:c)?tivos|sargento|tenente|capitão|cabo|comandante)\b"),
    armed_on=rx(r"\b(?:contra|atac(?:ou|aram|ando|ad[oa]s?)|embosc(?:ou|aram|ada)|assalt(?:ou|aram|"
                r"o))\s+(?:um\s+|uma\s+|o\s+|a\s+|os\s+|as\s+|uns\s+|seu\s+|sua\s+)?(?:[\w-]+\s+)?(?:postos?|"
                r"quartel|quartéis|bases?|esquadras?|delegacias?|patrulhas?|coluna|comboio|guarnição|"
                r"destacamento|militares|soldados|polícias|policiais|agentes|tropas|exército|forças|posições|"
                r"acampamento\s+militar|guardas|fuzileiros|efe(?:c)?tivos|equipa|equipe|"
                r"viatura\s+d[ao]s?\s+(?:polícia|PM|exército))\b"),
    dates=DATES,
    counts=COUNTS,
    actors=ACTORS,
    locative=rx(r"(?:\bem|\bno|\bna|\bnos|\bnas|\bnum|\bnuma|\bperto\s+d[eoa]s?|\bjunto\s+a|"
                r"\bjunto\s+d[oa]s?|\bnos\s+arredores\s+d[eoa]s?|\bnas\s+imediações\s+d[eoa]s?|\bentre|"
                r"\ba\s+(?:norte|sul|este|leste|oeste)\s+d[eoa]s?|\bde|\bdo|\bda)\s+$"),
    directions=rx(r"\b(?:norte|sul|leste|este|oeste|centro|nordeste|noroeste|sudeste|sudoeste|centro-norte|"
                  r"centro-sul)\W+(?:\w+\W+){0,2}$"),
    # "de", "a", "se" are Spanish and French too; "e", "com", "não", "às" tell Portuguese apart
    function_words=FUNCTION_WORDS["pt"],
)
