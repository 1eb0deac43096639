"""Word patterns of the event extractor: what reports an event and what does not (kept apart from the
pipeline in ``extractors.events.pipeline`` so both stay small). Case-insensitive ones go through ``fastre``."""

from __future__ import annotations

import re

from extractors.text import fastre

HYPOTHETICAL = fastre.compile(
    r"\b(?:will|would|could|might|may|should|shall|plans?\s+to|planned|planning|threat\w*|vow\w*|warn\w*|imminent|"
    r"rumou?r\w*|"
    r"fears?\s+(?:that|of)|if|unless|aims?\s+to|intends?|prepar\w+\s+to|call(?:ed|s|ing)?\s+for|urg\w+|"
    r"den(?:y|ied|ies)|risk|possible|potential|likely|expected\s+to|ready\s+to|try\s+to|attempt\s+to|"
    r"to\s+prevent|avoid|against\s+the\s+backdrop|requests?\s+to|permission\s+to|waiting\s+for|awaiting|"
    r"in\s+preparation\s+for)\b[^,;]*$",
    re.I)
NEGATED = fastre.compile(r"\b(?:not|never|no|denied|without|nor)\s+(?:\w+\s+){0,2}$", re.I)
NEW_EVENT = fastre.compile(
    r"^(?:in\s+(?:another|a\s+separate|a\s+related|an\s+earlier|a\s+similar)|elsewhere|meanwhile|"
    r"also\s+in|last\s+week|earlier\s+this|it\s+follows|separately|in\s+other\s+(?:violence|incidents?|"
    r"developments?|attacks?)|(?:hours|a\s+day|days|minutes)\s+later|later\s+(?:that|the\s+same|on)\s+|"
    r"the\s+(?:next|following)\s+(?:day|morning|night)|the\s+day\s+before|earlier\s+(?:that|on|in\s+the)\s+|"
    r"in\s+(?:retaliation|reprisal|response)|(?:further|farther)\s+(?:north|south|east|west|afield|down)|"
    r"across\s+the\s+(?:border|frontier)|also\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)|earlier\s+on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|hours\s+after\s+the|"
    r"in\s+the\s+(?:far\s+)?(?:north|south|east|west)(?:east|west)?(?:ern\s+\w+)?\s*,)|\b(?:comes?|came)\s+(?:\w+\s+){1,2}days?\s+after|\bfollows\s+an?\b|\bcoincided\b|"
    r"\balso\s+(?:claimed|launched|attacked|detonated|exploded|targeted|struck|hit|embarked)|"
    r"\b(?:a|an)\s+\w+\s+(?:bomb|attack)\s+also\b|\bsimilar\s+(?:protests?|demonstrations?|rall\w+)\b|"
    r"\bincoming\s+reports\b|\bin\s+another\b|"
    # "hours before, gunmen ...", not a duration ("fought for two hours before withdrawing")
    r"\bhours\s+before\b(?!\s+(?:\w+ing|withdrew|retreated|fled|pulling\s+back)\b)", re.I)
SPORTS = fastre.compile(r"\b(?:wickets?|innings|cricket|batsm[ae]n|bowler|football|soccer|tournament|league|"
                     r"championship|goalkeeper|striker|midfielder|scored|runs\s+off|test\s+match|t20|odi|derby|"
                     r"penalty|half-?time|kick-?off|goals?|stadium|coach|teammates?|tennis|wimbledon)\b", re.I)
VIOLENCE = fastre.compile(r"\b(?:killed|dead|died|wounded|injured|bomb\w*|soldiers?|troops|police\w*|militants?|"
                       r"gunmen|insurgents?|rebels?|protest\w*|demonstrat\w*|attack\w*|clash\w*|explosion|"
                       r"blast|shot|fire[ds]?|arrest\w*|abduct\w*|kidnap\w*|riot\w*|civilians|army|forces)\b",
                       re.I)
# Word prefixes of conflict vocabulary; a sentence with none of them is not read further (a set test is
# much cheaper than a large case-insensitive alternation).
CONTEXT_KEYS = frozenset("""
kill dead died woun inju sold troo poli mili gunm insu rebe jiha figh army civi vill terr bomb prot demo
casu arme weap miss rock airs dron jets shel abdu kidn host marc rall plac acti stud crow
seiz capt ammu expl arms guns pist rifl riot mob clas atta raid arre deta ceas truc agre surr
gang cart assa rape sexu loot torc vand lync stab shot gunf gren mole pira depl
""".split())
CONTEXT_MORE = fastre.compile(r"\b(?:withdr\w*|handed|handover|pulled\s+out|control|workers|chant\w*|security|forces|"
                           r"strik\w+|base|camp|air\s*strikes?|gun|burn\w+|mines?|abus\w+|won\s+back)\b", re.I)
# Accidents and disasters kill and injure too; without a hostile actor or weapon they are not conflict events.
ACCIDENT = fastre.compile(
    r"\b(?:gas|propane|cylinders?|boilers?|tanks?\s+(?:exploded|explosion)|short[- ]circuit|fire\s+(?:broke|crews?|"
    r"fighters|brigade|department|service)|firefighters|blaze|flood\w*|rains?|earthquakes?|quakes?|tremors?|"
    r"landslides?|mudslides?|storms?|cyclones?|hurricanes?|typhoons?|tornado\w*|heat\s*wave|drought|crash\w*|"
    r"collision|collided|accident\w*|derail\w*|collaps\w*|capsiz\w*|drown\w*|stampede|lightning|outbreak|"
    r"epidemic|pandemic|covid\S*|virus|infect\w*|spill\w*|leak\w*|factory|warehouse|plant|refinery|wildfires?|"
    r"volcan\w*|erupt\w*|avalanche|ammonium|chemical\s+hazard|hazardous|carrier|tanker|vessel|aircraft|"
    r"plane|ship|sanctions|diplomats?|expel\w*|embassy|poison\w*|adulterated|overdose|furnace|"
    # road crashes: a vehicle that rams another vehicle or a tree (a vehicle rammed into a crowd is not one)
    r"rammed\s+into\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:truck|lorry|bus|car|vehicle|tanker|trailer|pole|tree|wall|"
    r"bridge)|overturned|veered\s+off|skidded|head-on|plunged\s+(?:into|off))\b", re.I)
HOSTILE = fastre.compile(
    r"\b(?:gunm[ae]n|attack(?:s|ed|ers?)?|bomb(?:s|ing|ings|er|ers)?|militants?|terror\w*|insurgents?|rebels?|"
    r"shot|shooting|gunfire|soldiers|troops|explosive\s+devices?|IEDs?|suicide|jihadists?|fighters|protest\w*|"
    r"demonstrat\w*|riot\w*|mob|clash\w*|stabb\w*|murder\w*|abduct\w*|kidnap\w*|air\s*strikes?|airstrikes?|"
    r"shell(?:s|ed|ing)|missiles?|rockets?|raid\w*|militi\w+|gangs?|bandits|assailants|landmines?)\b", re.I)
YEAR = fastre.compile(r"(?<![\w/-])((?:19|20)\d\d)(?![\w/-])")
FULL_DATE_BEFORE = fastre.compile(r"[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s*$|\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s*$")
OLD = fastre.compile(r"\b(?:on\s+trial|trial\s+of|tribunal|verdict|convicted|sentenced|acquitted|anniversary|"
                  r"commemorat\w*|(?:\w+\s+)?years?\s+since|every\s+(?:week|day|month|year|time)|each\s+(?:week|day|"
                  r"month)|(?:too\s+)?often|routinely|usually|frequently|court\s+sentences?|sentences\s+\w+\s+(?:to|over|"
                  r"for)|last\s+year|years?\s+ago|decades?\s+ago|months\s+ago|in\s+the\s+past|history|"
                  r"(?:have|has)\s+been\s+on\s+the\s+rise|"
                  r"historically|has\s+been\s+(?:fighting|waging)|since\s+(?:19|20)\d\d|for\s+years|"
                  r"(?:\d+|\w+)-year(?:-old)?\s+(?:war|conflict|insurgency))\b", re.I)
GENERIC_SUBS = {"Attack", "Armed clash"}
# running totals ("have killed 20 police since March", "so far this year") are not one event
SINCE = fastre.compile(r"\bsince\s+(?:the\s+(?:start|beginning)\s+of|january|february|march|april|may|june|july|august|"
                    r"september|october|november|december|last\s+year)\b|\bso\s+far\s+this\s+(?:year|month)\b|"
                    r"\b(?:war|conflict|insurgency|violence)\s+(?:has|have)\s+(?:killed|left)\b", re.I)
# "KABUL, Afghanistan (AP) —", "BAMAKO:": where the story was filed, not where the event happened.
# "BOGOTÁ, Feb 19 (EFE) -", "SANAA/JERUSALEM, March 19 -": capitals may carry accents; two places share a slash
DATELINE = fastre.compile(r"^(?:[A-ZÀ-Þ][A-ZÀ-Þ .'\u2019/-]{2,40}|[A-ZÀ-Þ][a-zà-ÿ]+(?:\s[A-ZÀ-Þ][a-zà-ÿ]+)?)"
                          r"(?:,\s*[A-ZÀ-Þ][\w .-]{1,40}){0,2}\s*(?:\([^)]{1,30}\))?\s*(?:-{1,2}|[\u2013\u2014:]|\.-)\s+")
# Words that describe an incident itself, not just its toll: a sentence with only "killed"/"dead" adds
# casualties to the current event but never starts a new one.
INCIDENT = fastre.compile(r"\b(?:attack\w*|raid\w*|ambush\w*|clash\w*|fight(?!ers?\b)\w*|fought|shootout|gunfight|"
                       r"shot|opened\s+fire|stormed|massacre\w*|bomb\w*|blast|explosion|explod\w+|detonat\w+|"
                       r"strikes?|struck|shell\w*|missiles?|rockets?|drones?|protest\w*|demonstrat\w*|riot\w*|"
                       r"arrest\w*|abduct\w*|kidnap\w*|burn\w*|torch\w*|loot\w*|assault\w*|pelted|hurled|"
                       r"stabbed|hacked|lynch\w*|embarked|march\w*|rall\w+|(?:land)?mines?|IEDs?|grenades?|airstrikes?)\b", re.I)
# a photo caption line: ends with a picture agency credit, or says it is a photo
CAPTION = fastre.compile(r"(?:^|\s)/\s*(?:Reuters|AFP|AP|EPA|Getty\s+Images|Xinhua|Anadolu(?:\s+Agency)?|File)\s*$|"
                         r"^\s*(?:File\s+)?Photo\s*:|\((?:File\s+)?Photo\b", re.I)
# "withdrew all protests", "called off the planned march": the end of a protest, not one
CALLED_OFF = fastre.compile(r"\b(?:withdr[ae]w\w*|call(?:ed|ing|s)?\s+off|suspend\w*|postpon\w*|cancel+\w*|"
                            r"abandon\w*)\s+(?:(?:all|the|their|its|a|an|planned|nationwide|further|scheduled)\s+){0,2}$",
                            re.I)
