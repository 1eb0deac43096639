"""English: the trigger rules (``en_rules``) and filter words (``en_words``), plus the words of dates,
counts and actors."""

from __future__ import annotations

from extractors.lexicons import ActorWords, CountWords, DateWords, Lexicon, rx
from extractors.lexicons import en_rules as rules
from extractors.lexicons import en_words as w
from extractors.lexicons.function_words import FUNCTION_WORDS
from extractors.text.numwords import NUMBER_RE, VAGUE, parse_number

_MONTHS = {m: i + 1 for i, m in enumerate(
    "January February March April May June July August September October November December".split())}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["Sept"] = 9

DATES = DateWords(
    months=_MONTHS,
    months_case_sensitive=True,
    mdy=True,
    weekdays=tuple((d,) for d in "monday tuesday wednesday thursday friday saturday sunday".split()),
    same_as_before=("later that day", "the same day", "that night", "that evening", "that afternoon", "that morning", "later in the day", "earlier that day", "on the same day", "hours later", "minutes later", "shortly afterwards", "shortly after"),
    year_before=r"in|since|until|till|during|throughout|from|before|after|early|late|mid-?",
    next_day=("the next day", "the following day", "a day later", "the day after", "next morning", "the next morning", "the following morning"),
    day_before=("yesterday", "last night", "on the previous day", "the previous day", "the day before"),
    same_day=("today", "tonight", "this morning", "this afternoon", "this evening", "earlier today", "overnight"),
    week_month=("last week", "earlier this week", "this week", "earlier this month", "this month", "last month",
                "early this month"),
    ago=r"(?<!\w)(?P<n>\w+|\d+) days? (?:ago|earlier|before)(?!\w)",
    after=r"(?<!\w)(?P<n>\w+|\d+) days? after(?!\w)",
    weekday_before=r"on|late|early|last|this|since|until|by|next",
    last_weekday=r"\blast\s+\w+day\b",
    future=r"\b(?:next|coming|this\s+coming)\s+\w+day\b",
    report_before=r"\b(?:(?:said|says)(?:\s+(?:(?:a|an|the|one)\s+)?(?:[\w-]+\s+){0,2}?(?:officials?|"
                  r"spokes(?:man|woman|person)|sources?|police|witness(?:es)?|residents?|authorities|ministry|"
                  r"commander|governor|administrator|chief|mayor))?|told\s+(?:\w+\s+){0,3}?|(?<!were\s)(?<!was\s)"
                  r"reported|announced|confirmed|stated|added|claimed(?:\s+responsibility)?|statement|declared|"
                  r"tweeted|posted)\s*,?\s*(?:on\s+|late\s+|early\s+)?",
    report_after=r"said|claimed|announced|reported|told|confirmed|stated|declared",
    month_only=r"\b(?:in|since|during|early|late|mid-?)\s+{MON}(?:\s+(\d{4}))?\b(?!\s+\d)",
    dmy_link=r"\s+(?:of\s+)?",
    parse_number=parse_number,
)

_KILL_P = (r"killed|dead|died|slain|murdered|massacred|shot\s+dead|fatally\s+(?:shot|stabbed|wounded)|"
           r"hacked\s+to\s+death|burned\s+to\s+death|beheaded|executed|lost\s+their\s+lives|perished|lynched|"
           r"gunned\s+down|confirmed\s+dead|pronounced\s+dead|martyred|embraced\s+martyrdom|"
           r"(?:later\s+)?succumbed\s+to\s+(?:their|his|her)\s+(?:wounds|injuries)|died\s+of\s+(?:their|his|her)\s+"
           r"(?:wounds|injuries)")
# the verbs of one victim's death after "was": not "dead" or "died" ("was dead set"), nor "executed" ("a search
# warrant was executed")
_KILL_ONE = (r"(?:killed|shot\s+dead|assassinated|murdered|slain|beheaded|lynched|gunned\s+down|"
             r"(?:stabbed|beaten|burned|hacked)\s+to\s+death|fatally\s+(?:shot|stabbed|wounded)|martyred)")
_HURT_P = r"injured|wounded|hurt|hospitali[sz]ed|maimed"
# "shot" of a victim who lived: not "shot dead", "shot at", "shot down", nor one who "later died"
_SHOT = (r"(?<!fatally\s)(?<!fatally\s\s)shot(?!\s+(?:dead|and\s+killed|to\s+death|at|down|himself|herself)\b)"
         r"(?![^.;]{0,80}\b(?:died|dead|killed|succumbed|fatal|fatally|slain)\b)")
_PERSON = (r"(?:man|woman|boy|girl|person|child|baby|teen\w*|officer|soldier|policeman|policewoman|civilian|student|"
           r"resident|guard|driver|worker|victim|journalist|farmer|villager|leader|candidate|commander|official|"
           r"priest|imam|teacher|doctor|trader|member|fighter|militant|gunman|attacker|suspect|protester|youth)")

COUNTS = CountWords(
    number=NUMBER_RE,
    parse_number=parse_number,
    vague=VAGUE,
    qualifiers=r"at\s+least|more\s+than|over|nearly|almost|about|around|approximately|some|up\s+to|as\s+many\s+as|"
               r"roughly|an\s+estimated|a\s+total\s+of|a\s+further|another",
    noun_stop=r"were|was|have|has|had|are|is|been|and|in|on|at|when|after|who|while|killed|injured|wounded|dead|died|"
              r"that|which|to|said|says|told",
    noun_place=r"(?:\s+at\s+(?:the|a)\s+[a-z][\w-]+(?:\s+near\s+[A-Z][\w'-]+)?)?",
    aux=r"were|was|have\s+been|has\s+been|had\s+been|are|is|being|got|reportedly|also|all|later|confirmed|reported|"
        r"allegedly|feared|believed|to\s+have\s+been|now|been",
    kill_passive=_KILL_P,
    hurt_passive=rf"{_HURT_P}|{_SHOT}",
    kill_active=r"kill|kills|killed|killing|leaving|left|shot\s+dead|shooting\s+dead|gunned\s+down|gunning\s+down|"
                r"hacked\s+to\s+death|stabbed\s+to\s+death|beat\s+to\s+death|beaten\s+to\s+death|executed|"
                r"claimed\s+the\s+lives\s+of|claiming\s+the\s+lives\s+of",
    hurt_active=r"injure|injures|injured|injuring|wound|wounds|wounded|wounding",
    dead_nouns=r"deaths|fatalities|dead|bodies|people\s+dead",
    hurt_nouns=r"injuries|injured\s+people|casualties\s+injured",
    toll=r"\b(?:death\s+toll|toll)\b[^.;]{0,40}?\b(?:to|of|at|is|was|reached|hit)\s+",
    none_killed=r"\bno\s+(?:one|body|casualties|fatalities|deaths|lives)\b[^.]{0,40}?(?:killed|reported|lost|died|"
                r"recorded)?|\bno\s+(?:immediate\s+)?(?:reports?\s+of\s+)?casualties\b|\bwithout\s+casualties\b|"
                r"\bnobody\s+was\s+(?:killed|hurt|injured)",
    none_hurt=r"\bno\s+(?:one|body)\s+was\s+(?:hurt|injured)|\bno\s+(?:immediate\s+)?(?:reports?\s+of\s+)?"
              r"(?:casualties|injuries)\b|\bwithout\s+casualties\b|\bnobody\s+was\s+(?:hurt|injured)",
    one_killed=rf"\b(?:he|she)\s+(?:later\s+)?(?:died|was\s+(?:killed|shot\s+dead|beaten\s+to\s+death|burned\s+to\s+"
               rf"death|stabbed\s+to\s+death)|succumbed)\b|"
               rf"\b(?:killing|killed|kills)\s+(?:a\s+|an\s+)?\d{{1,3}}-year-old\b(?!s)|"
               rf"\b(?:a|an|the)\s+(?:[\w'-]+\s+){{0,4}}?{_PERSON}\b(?:\s+[\w'-]+){{0,8}}?\s+(?:was|has\s+been|had\s+been|is)?"
               rf"\s*(?:\w+\s+)?(?:{_KILL_P})\b|\b(?:killing|killed|kills)\s+(?:a|an)\s+(?:[\w'-]+\s+){{0,3}}?{_PERSON}\b|"
               # one victim, whoever it is: "the mayor was killed", "Garcia Alvarado, 56, was shot dead"
               rf"\b(?:was|has\s+been|had\s+been)\s+(?:(?:later|reportedly|allegedly|brutally|also|then|apparently)\s+)?"
               rf"{_KILL_ONE}\b|"
               # a body found is a death: "his body was found", "police collected the dead body"
               rf"\b(?:his|her|the|a)\s+(?:dead\s+|lifeless\s+|charred\s+|decomposed\s+)?body\s+(?:of\s+(?:a|an|the)?\s*"
               rf"(?:[\w'-]+\s+){{0,3}}?{_PERSON}\s+|of\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){{0,2}}\s+)?(?:was|has\s+been|had\s+been)\s+"
               rf"(?:later\s+)?(?:found|recovered|discovered|retrieved|dumped)\b|"
               rf"\b(?:found|recovered|discovered|retrieved|collected)\s+(?:the|his|her|a)\s+(?:dead\s+|lifeless\s+|"
               rf"charred\s+|decomposed\s+)?body\b(?!\s+of\s+(?:evidence|work|water|knowledge|research))",
    # an individual named after the verb (case-sensitive): "gunmen killed journalist Juan Perez", not "killed
    # Boko Haram fighters" nor "killed militants in North Kivu"
    one_named=r"\b(?:killed|killing|kills|assassinated|assassinating|murdered|murdering|shot\s+dead|gunned\s+down)"
              r"\s+(?:(?!(?:in|at|on|near|of|from|outside|inside|around|across|during|after|before|by|with|and|"
              r"to|into|over|dozens|scores|hundreds|thousands)\b)[a-z][\w'-]*\s+){0,3}?(?:[A-Z][\w'-]+\s+){1,2}"
              r"[A-Z][\w'-]+\b"
              r"(?!\s+(?!(?:as|is|was|has|his|this|its|thus|plus|us)\b)[a-z]+s\b)(?!['\u2019]s)",
    one_hurt=rf"\b(?:wounding|injuring|wounded|injured)\s+(?:a\s+|an\s+)?\d{{1,3}}-year-old\b(?!s)|\b(?:a|an|the)\s+(?:[\w'-]+\s+){{0,4}}?{_PERSON}\b(?:\s+[\w'-]+){{0,8}}?\s+(?:was|has\s+been|had\s+been|is)\s+"
             rf"(?:\w+\s+)?(?:{_HURT_P}|{_SHOT})\b|\b(?:wounding|injuring|wounded|injured)\s+(?:a|an)\s+(?:[\w'-]+\s+){{0,3}}?"
             rf"{_PERSON}\b|\b(?:and|while)\s+(?:critically\s+|seriously\s+)?(?:wounded|injured|wounding|injuring)\s+"
             rf"another\b",
    negated=r"\b(?:neither|nor|none\s+of|no|not)",
    attackers=r"gunm[ae]n|militants?|insurgents?|attackers?|assailants?|jihadists?|terrorists?|rebels?|bandits?|"
              r"enemy|enemies|the\s+enemy['\u2019]s\s+ranks|"
              r"taliban|fighters?|suicide\s+bombers?|bombers?|kidnappers?|gang\s+members?|cartel\s+members?|hitmen|"
              r"criminals|suspects?|extremists?|shabaab|shabab|isis|daesh|guerrillas?|dissidents",
    side_nouns=r"(?:by\s+|of\s+the\s+)?(?:police|soldiers?|civilians?)",
    one_person=rf"(?:a|an|one|the|his|her|their|its)\s+(?:[\w'-]+\s+){{0,2}}?(?:{_PERSON}|mayor|governor|minister|"
               r"president|senator|lawmaker|councillor|councilor|deputy|bodyguard|policeman|"
               r"brother|son|daughter|wife|husband|father|mother|colleague|passenger|pilot|nurse|chief|cleric|judge|"
               r"lawyer|activist|shepherd|herder|fisherman|miner|pilgrim|guide|interpreter|translator)",
    partitive=rf"(?<![\w-])(?P<pn>{NUMBER_RE})\s+of\s+(?:whom|which|them|those)\b",
    also=r"as\s+well\s+as|along\s+with|together\s+with|plus",
    hurt_maybe_dead=r"(?=.*\bshot\b)(?!.*\b(?:injur|wound|hurt|hospitali|maim))",
    not_counts=r"(?<![\w-])(?P<n>\d{1,3})\s*-?\s*(?i:years?|yrs?|months?|weeks?)[-\s]+(?i:olds?)\b"  # an age
               r"|(?P<blank>,?\s*(?i:aged|between\s+the\s+ages\s+of|ages?)\s+\d{1,3}(?:\s*(?:-|\u2013|to|and)\s*\d{1,3})?,?)"
               r"|(?<![\w,.-])(?P<a>\d{1,6})\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w'.-]*\s+){1,3}(?:Street|St|Avenue|Ave|"
               r"Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Highway|Hwy|Way|Court|Ct|Place|Pl|Parkway|Pkwy|Circle|"
               r"Terrace|Pike)\b"  # a street address
               r"|(?<![\w,.-])(?P<b>\d{1,6})\s+(?i:block)\b"  # "the 3400 block of"
               r"|(?i:call(?:ed|ing|s)?|dial(?:ed|led|ing|s)?)\s+(?P<c>\d{3})\b"  # "called 911"
               r"|\(?\d{3}\)?[-.\s]\d{3}[-.]\d{4}",  # a phone number
    generic_nouns=r"people|persons|others|individuals",
    others=r"others?|more",
    time_nouns=r"days?|weeks?|months?|years?|hours?|minutes?|times|percent|per\s+cent|%|km|kilomet|shootings|attacks|"
               r"incidents|explosions|blasts|bombings|raids|separate|different|cases|occasions|rounds|shots|bullets|"
               r"vehicles|cars|houses|homes|buildings|villages|towns|miles?|metres?|meters?|am|pm|o'clock",
    aggregate=r"\b(?:since\s+(?:the\s+(?:start|beginning)|january|february|march|april|may|june|july|august|september|"
              r"october|november|december|\d{4}|last\s+year|then)|so\s+far\s+(?:this|in)\b|this\s+year|over\s+the\s+(?:past|last)|"
              r"in\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:weeks?|months?|years?)|in\s+total|altogether|a\s+total\s+of\s+"
              r"[\d,]+\s+people\s+have|war\s+has\s+killed|conflict\s+has\s+killed|have\s+been\s+killed\s+in\s+the\s+"
              r"(?:war|conflict|fighting)|in\s+the\s+first\s+(?:\w+\s+){0,2}(?:days?|weeks?|months?|half|quarter)|"
              r"(?:first|second)\s+half\s+of|between\s+(?:january|february|march|april|may|june|july|august|"
              r"september|october|november|december)\s+and|last\s+year|each\s+year|every\s+year|per\s+(?:year|month)|"
              r"annually|a\s+year\s+(?:ago|earlier)|across\s+(?:the\s+(?:country|nation|region)|[A-Z][a-z]+\b(?!\s+"
              r"(?:border|river|road|street|town|city|village))))",
    hedge=r"\b(?:could\s+not\s+(?:confirm|verify|be\s+verified)|unconfirmed|unverified|estimated|rumou?rs?)\b",
    kind_killed=r"kill|dead|died|succumb|martyr|slain|murder|assassinat|massacr|lives|perish|lynch|gunned|behead|execut|toll|fatally|deaths|"
                r"fatalit|bodies|\bbody\b|burned\s+to|hacked|casualt|nobody|no\s+one",
    kind_hurt=r"injur|wound|hurt|hospitali|maim|casualt|nobody|no\s+one|shot",
)

ACTORS = ActorWords(
    generic={},  # English generic nouns live in actors/data/actors.yaml ("generic")
    agent_before=r"\b(?:by|blamed\s+on|attributed\s+to|claimed\s+by|carried\s+out\s+by|from)\s+(?:the\s+|a\s+|an\s+|"
                 r"suspected\s+|some\s+|alleged\s+|unidentified\s+|unknown\s+|[\w-]+\s+){0,3}$",
    target_before=r"\b(?:on|against|targeting|targeted|killing|killed|kill|wounding|injuring|at|attacked|ambushed|"
                  r"abducted|kidnapped|shot|stormed|raided|arrested|detained|clash(?:ed|ing)\s+with|fought|fighting|"
                  r"battled|battling|between\s+[^,.;]{0,60}?\band)\s+(?:the\s+|a\s+|an\s+|their\s+|two\s+|three\s+|"
                  r"(?!(?:when|as|after|while|before|because|since|until)\s)[\w-]+\s+){0,3}$",
    active_after=r"^[^,.;]{0,40}?\b(?:attacked|attack|attacks|killed|kill|kills|stormed|raided|ambushed|opened\s+fire|"
                 r"shot|fired|launched|struck|strike|targeted|abducted|kidnapped|seized|burned|burnt|torched|shelled|"
                 r"bombed|hurled|pelted|clashed|fought|battled|arrested|detained|committed|carried\s+out|set|staged|"
                 r"overran|captured|looted|executed|massacred|claimed|protested|marched|rallied|demonstrated|gathered|"
                 r"blocked|took\s+to|dropped|hit|pounded|bombarded|fell|landed|rained|slammed)\b",
    passive_after=r"^[^,.;]{0,50}?\b(?:were|was|have\s+been|has\s+been|had\s+been|are|being)\s+(?:\w+\s+)?(?:killed|"
                  r"injured|wounded|attacked|targeted|shot|abducted|kidnapped|hurt|ambushed|dead|slain|arrested|detained)",
    claimed_after=r"^[^.;]{0,30}\bclaimed\s+responsibility",
    between=r"\bbetween\s+",
    protest_words=r"\b(?:[Pp]rotest\w*|[Dd]emonstrat\w*|march(?:ed|ing|es)?|[Rr]all(?:y|ied|ies|ying)|placards?|"
                  r"sit-ins?|picket\w*|walk(?:ed)?\s+out|walkouts?|striking|strikers)\b|\b(?:on|general|labou?r|"
                  r"national|nationwide|indefinite|went|go|a)\s+strikes?\b",
    passive_bare=r"^\s*(?:killed|wounded|injured|hurt|abducted|kidnapped|dead)(?=\s*$|\s*[,.;:]|\s+(?:in|as|after|"
                 r"when|by|during|near|while|at(?!\s+least))\b)",
    opponent_before=r"\b(?:clash(?:ed|ing)\s+with|fought|fighting|battled|battling)\s+(?:the\s+|[\w-]+\s+){0,2}$",
    toll_people=r"(?:[A-Z]\w+\s+)?(?:people|persons)",
    left_before=r"\b(?:left|leaving)\s+(?:\S+\s+){0,3}$",
    dead_after=r"^[^,.;]{0,40}?\b(?:dead|injured|wounded)\b",
    joint=r"\b(?:between|joint|operation|offensive)\b",
    organisation=r"((?:(?:[A-Z][\w'\u2019-]+|of|for|and|the)\s+){0,6}(?:Union|Association|Movement|Party|Federation|"
                 r"Congress|Council|Alliance|Front|Committee|Organi[sz]ation|Forum|League|Confederation|Syndicate|"
                 r"Guild)(?:\s+(?:of|for)\s+(?:[A-Z][\w'\u2019-]+\s?){1,3})?)\b(?=[^.]{0,80}\b(?:protest\w*|"
                 r"demonstrat\w*|rall\w+|march\w*|sit-in|strike|picket\w*|boycott\w*))",
    article=r"^(?:The|the)\s+",
    herders=r"\b(?:herders|herdsmen)\b",
    government=r"\b(?<!pro-)government\b(?!\s+(?:forces|troops|soldiers|army|military|side))",
    # what a state's military fires or flies: "Israeli shells", "Russian aircraft", "Turkish helicopters"
    weapons=r"\b(?:drones?|missiles?|air\s*strikes?|airstrikes?|shelling|artillery|warplanes?|jets?|"
            r"strikes?|bombardment|rockets?|shells|mortars?|aircraft|helicopters?|gunships?|bombers?|"
            r"fighter\s+planes?|tanks|howitzers?|warships?|gunboats?|navy|air\s+force|air\s+raids?|"
            r"raids?|bombs?|assaults?|shellfire|gunfire)\b",
)


def _context(text: str) -> bool:
    return bool(rules.prefixes(text) & w.CONTEXT_KEYS) or bool(w.CONTEXT_MORE.search(text))


LEXICON = Lexicon(
    lang="en",
    rules=rules.GATED,
    context=_context,
    hypothetical=w.HYPOTHETICAL,
    negated=w.NEGATED,
    clause=rx(r"[,;:\u2014]|\bbut\b|\bafter\b|\bwhen\b|\bas\b"),
    old=w.OLD,
    since=w.SINCE,
    called_off=w.CALLED_OFF,
    accident=w.ACCIDENT,
    hostile=w.HOSTILE,
    caption=w.CAPTION,
    sports=w.SPORTS,
    violence=w.VIOLENCE,
    lethal=rx(r"\b(?:shot\s+dead|gunned\s+down|murdered|beheaded|stabbed\s+to\s+death|hacked\s+to\s+death|lynched|"
              r"massacred|assassinated|executed|killed\s+by)\b"),
    dateline=w.DATELINE,
    new_event=w.NEW_EVENT,
    days_after=rx(r"\b\w+\s+days?\s+after\b(.*)$"),
    incident=w.INCIDENT,
    anaphor=rx(r"(?:\bthe|\bthis|\bthat|\bits|\btheir|['\u2019]s)\s+(?:[\w-]+\s+){0,2}$"),
    incident_noun=rx(r"^(?:attacks?|raids?|ambush|clash(?:es)?|fighting|shootout|gunfight|assault|blast|explosion|"
                     r"bombing|strike|violence|incident|massacre|killings?|protests?|demonstrations?|riots?)$"),
    same_group=rx(r"^(?:the|this)\s+(?:\w+\s+)?(?:group|militants|insurgents|jihadists|rebels|extremists)\b"),
    unopposed=rx(r"\b(?:pulled\s+out|withdr[ae]w\w*|withdrawal|handed\s+over|without\s+(?:a\s+)?(?:fight|fighting|"
                 r"resistance)|deserted|abandoned|evacuated)\b"),
    clash_words=rx(r"\b(?:clash\w*|fighting|fought|gun\s*fights?|gun\s+battles?|firefights?|shoot-?outs?|"
                   r"exchange\w*\s+(?:of\s+)?fire|battles?|skirmish\w*)\b"),
    armed_target=rx(r"\b(?:soldiers?|troops|army|military|police\w*|officers?|checkpoints?|base|camp|patrol|convoy|"
                    r"peacekeepers|security\s+forces|forces|guards?|militi\w+|fighters|militants|insurgents|gunmen|"
                    r"rebels|peshmerga)\b"),
    armed_on=rx(r"\b(?:on|against|targeting|targeted|attacked|stormed|raided|ambushed)\s+(?:an?\s+|the\s+|their\s+|"
                r"a\s+[\w-]+\s+)?(?:[\w-]+\s+)?(?:army|military|police|security|checkpoint|base|camp|barracks|patrol|"
                r"convoy|post|station|soldiers|troops|peacekeepers|prison|jail)\b"),
    dates=DATES,
    counts=COUNTS,
    actors=ACTORS,
    locative=rx(r"\b(?:in|near|at|outside|around|inside|into|across|on\s+the\s+outskirts\s+of)\s+$"),
    directions=rx(r"\b(?:north|south|east|west|central|northern|southern|eastern|western|north-?east(?:ern)?|"
                  r"north-?west(?:ern)?|south-?east(?:ern)?|south-?west(?:ern)?)\W+(?:\w+\W+){0,1}$"),
    function_words=FUNCTION_WORDS["en"],
    prefixes=rules.prefixes,
)
