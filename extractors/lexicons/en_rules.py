"""English trigger rules for ACLED event/sub-event types (the detection and typing stages read them).

Rules are tried in priority order; a sentence takes the type of the first rule that matches (the most
specific weapon or form of violence wins over generic words like "attack" or "killed").
"""

from __future__ import annotations

import re

from extractors.text import fastre

_P = fastre.compile


def _r(pattern: str) -> re.Pattern:
    return _P(pattern, re.I)


_PROTEST = r"(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|marche[ds]|marchers|(?-i:march)(?=\s+(?:to|in|on|through|against|from|of|by|at)\b)|sit-in|picket\w*|strik(?:e|ing)\s+" \
           r"workers|placards?|agitat\w+)"
_INTERVENE = r"tear\s*gas\w*|water\s+cannons?|dispers\w+|rubber\s+bullets|baton\s+charg\w*|batons|broke\s+up|" \
             r"break\s+up|beat\w*|pepper[- ]spray\w*|suppress\w*|crack\w*\s+down|" \
             r"stun\s+grenades|forcibly\s+removed|blocked\s+by\s+police"
# arrests are an intervention only when the arrested are the protesters themselves
_ARREST_PROTESTERS = r"(?:arrest\w*|detain\w*)\s+(?:\w+\s+){0,3}?(?:protesters|demonstrators|marchers)|" \
                     r"(?:protesters|demonstrators|marchers)\s+(?:\w+\s+){0,2}?(?:were|was|have\s+been|being)\s+" \
                     r"(?:\w+\s+)?(?:arrested|detained)"
# (pattern, event_type, sub_event_type, strength): strength 2 = the pattern alone reports a violent event
RULES: list[tuple[re.Pattern, str, str, int]] = [
    (_r(r"\b(defus\w+|(?:seized|recovered|found|confiscated|discovered|uncovered|cleared|removed|dismantled|"
        r"destroyed|intercepted|impounded)\s+(?:\S+\s+){0,6}?(?:weapons|arms|ammunitions?|explosives|firearms|guns|"
        r"pistols|rifles|revolvers|caches?|IEDs|improvised\s+explosive\s+devices?|landmines|mines|grenades|"
        r"rounds|magazines|cartridges|projectiles|bombs)|(?:weapons|arms|ammunitions?|explosives|firearms|guns|"
        r"pistols|rifles|revolvers|IEDs?|improvised\s+explosive\s+devices?|grenades|landmines|bombs?|"
        r"cartridges|projectiles)\s+(?:\w+\s+){0,3}?(?:were|was|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:seized|"
        r"found|recovered|discovered|defused|confiscated|dismantled|intercepted|removed)|(?:arms|weapons?|"
        r"ammunition)\s+(?:cache|depot|stash)s?\s+(?:was|were|has\s+been)\s+(?:found|discovered|seized)|"
        r"stash\s+of\s+(?:weapons|arms|projectiles|explosives|ammunition)|bomb\s+(?:squad|disposal)\s+"
        r"(?:defused|destroyed|detonated|removed))"),
     "strategic_developments", "Disrupted weapons use", 2),
    (_r(r"\b(exchange\s+of\s+prisoners|prisoner\s+(?:exchange|swap)s?|exchanged\s+(?:\w+\s+)?(?:prisoners|"
        r"detainees|bodies)|swapped\s+(?:\w+\s+)?prisoners|(?:agreed|agree)\s+(?:to|on)\s+(?:a\s+)?(?:\w+\s+)?"
        r"(?:cease-?fire|truce|peace)|signed\s+(?:a|an|the)\s+(?:\w+\s+){0,2}(?:agreement|accord|deal|truce|"
        r"memorandum)|(?:reached|struck)\s+(?:an?\s+)?(?:\w+\s+)?(?:agreement|deal|truce)|surrender\w*|"
        r"agreed\s+(?:to|on)\s+(?:resume|hold|end|halt|stop|withdraw|exchange|release|drop|a|the|an)\b|"
        r"laid\s+down\s+(?:their\s+)?arms|cease-?fire\s+(?:agreement|deal)\s+(?:was\s+)?(?:signed|reached)|"
        r"(?:announced|declared|extended|accepted|agreed)\s+(?:a|an|the)\s+(?:\w+[- ]){0,2}(?:cease-?fire|truce))"),
     "strategic_developments", "Agreement", 2),
    (_r(r"\b(chemical\s+(?:weapons?(?!\s+(?:facilit|program|stockpile|depot|site|convention|watchdog))|"
        r"attack|agents?|munitions?)|chlorine|sarin|mustard\s+gas|toxic\s+gas|"
        r"nerve\s+(?:agent|gas)|poison(?:ous)?\s+gas)\b"),
     "explosions_remote_violence", "Chemical weapon", 2),
    (_r(r"\b(suicide\s+(?:bomb\w*|attack\w*|blast|car\s+bomb\w*|truck\s+bomb\w*|vest)|blew\s+(?:him|her)self\s+up|"
        r"self-detonat\w+|suicide\s+bombing)\b"),
     "explosions_remote_violence", "Suicide bomb", 2),
    (_r(r"\b(air\s*strikes?|air\s+raids?|airstrikes?|drone\s+(?:strikes?|attacks?)|(?:war|fighter\s+)?planes?\s+"
        r"(?:bombed|struck|hit|pounded)|warplanes?|fighter\s+jets?|helicopter\s+gunships?|bombed\s+from\s+the\s+air|"
        r"aerial\s+(?:bombardment|attacks?|bombing)|drones?\s+(?:hit|struck|attacked|targeted)|kamikaze\s+drones?|"
        r"Shahed|barrel\s+bombs?|(?:attack|kamikaze|armed|combat)\s+drones?|jets|air\s+force\s+(?:struck|bombed|hit|"
        r"carried\s+out|pounded|targeted))\b"),
     "explosions_remote_violence", "Air/drone strike", 2),
    (_r(r"(?<!propelled\s)(?<!propelled-)\b(grenades?|hand\s+grenade)\b"),
     "explosions_remote_violence", "Grenade", 2),
    (_r(r"\b((?:roadside|car|truck|motorcycle|parcel|bicycle|magnetic|sticky|improvised)\s+bombs?|IEDs?|"
        r"improvised\s+explosive|landmines?|land\s+mines?|(?:planted|buried)\s+(?:bomb|explosive)s?|explosive\s+"
        r"devices?|bomb\s+(?:blast|explosion|attack)|bomb\s+(?:went\s+off|exploded|detonated)|vehicle-borne|"
        r"VBIED|(?:ran|drove)\s+over\s+a\s+(?:land)?mine|bombings?|blast|explosion|detonated|exploded)\b"),
     "explosions_remote_violence", "Remote explosive/landmine/IED", 2),
    (_r(r"\b(shell(?:ed|ing|s)|artillery|mortars?|rockets?(?![\s-]propelled)|missiles?|katyushas?|bombardment|MLRS|howitzers?|"
        r"rocket\s+fire|projectiles?)\b"),
     "explosions_remote_violence", "Shelling/artillery/missile attack", 2),
    (_r(r"\b(raped|rape|rapes|sexual(?:ly)?\s+(?:assault\w*|violence|abuse\w*)|gang-raped|molest\w*|"
        r"abused\s+(?:\w+\s+)?(?:women|girls|children|a\s+woman|a\s+girl))\b"),
     "violence_against_civilians", "Sexual violence", 2),
    (_r(r"\b((?:opened\s+fire|fired\s+live|live\s+(?:ammunition|rounds|bullets|fire)|shot\s+dead|killed|killing|"
        r"gunfire|brutally|attacks?\s+(?:against|on)|shot\s+live)\b[^.]{0,60}\b(?:protesters?|protestors?|"
        r"demonstrators?|demonstration|protests?|marchers|rall(?:y|ies))|(?:protesters?|protestors?|demonstrators?)\b"
        r"[^.]{0,40}\b(?:were\s+|was\s+)?(?:shot\s+dead|killed|died\s+(?:from|of)\s+(?:gunfire|gunshot|bullet)))"),
     "protests", "Excessive force against protesters", 2),
    (_r(r"\b(mob|lynch\w*|communal\s+(?:clash\w*|violence)|sectarian\s+clash\w*|stones?\s+were\s+pelted|"
        r"stone[- ]pelting|(?:vigilantes|vigilante\s+group|angry\s+(?:residents|villagers|youths|crowds?)|villagers)"
        # the crowd acts: "vigilantes were killed" is a passive, the vigilantes are the victims
        r"\s+(?:(?!(?:were|was|been|are|is|being)\s)\S+\s+){0,3}?(?:killed|lynched|beat|clashed|attacked|"
        r"set\s+ablaze|burned|torched|hacked))\b"),
     "riots", "Mob violence", 2),
    (_r(rf"\b((?:riots?|rioting|rioted|rioters)|violent\s+(?:protests?|demonstrations?|clashes)|molotov\s+cocktails?|"
        rf"(?:violence|unrest)\s+(?:erupted|broke\s+out)|(?:{_PROTEST}|youths?|crowds?)[^.]{{0,80}}\b(?:torched|set\s+fire|"
        rf"set\s+\w+\s+(?:alight|ablaze|on\s+fire)|burn(?:ed|t|ing)\s+(?:tyres|tires|vehicles?|cars?|buildings?)|"
        rf"(?:light|lit|lighting|set)\s+fires|smash\w*|attacked\s+(?:police|officers|security)|thr(?:ew|owing)|"
        rf"turned\s+violent|became\s+violent|aggressive|confront\w*|molotov|(?:blocked|blocking|shut\s+down)\s+(?:\w+\s+)?(?:roads?|highways?|"
        rf"streets)|debris|fireworks|"
        rf"thr(?:ew|owing)\s+(?:stones|rocks|petrol\s+bombs|molotov)|pelt\w*|hurl\w*|vandali\w+|clashed\s+with\s+"
        rf"(?:police|security)|turned\s+violent|stormed|ransacked)|(?:stones|rocks|petrol\s+bombs)\s+(?:at|were\s+"
        rf"(?:hurled|thrown|pelted)))"),
     "riots", "Violent demonstration", 2),
    (_r(rf"(?:{_PROTEST})[^.]{{0,100}}\b({_INTERVENE})\b|\b({_INTERVENE})\b[^.]{{0,100}}(?:{_PROTEST})|"
        rf"\b({_ARREST_PROTESTERS})|\b((?:arrest\w*|detain\w*)[^.]{{0,60}}\b(?:during|at|as)\b[^.]{{0,40}}"
        rf"(?:{_PROTEST}))"),
     "protests", "Protest with intervention", 1),
    (_r(r"^(?!.*\b(?:killed|killing|kills|shot\s+dead|died|dead|clash\w*|fighting|gun\s*fights?|exchange\s+of\s+"
        r"fire|shootout|wounded|injured)\b).*?\b(arrested|detained|apprehended|jailed|rounded\s+up|taken\s+into\s+"
        r"custody|nabbed)\b"),
     "strategic_developments", "Arrests", 2),
    (_r(rf"\b({_PROTEST}|went\s+on\s+strike|staged\s+a\s+strike|took\s+to\s+the\s+streets|hunger\s+strike|"
        rf"shut\s*down\s+(?:shops|markets|businesses))"),
     "protests", "Peaceful protest", 1),
    (_r(r"\b(recaptur\w+|retook|retaken|regain\w*\s+control|liberat(?:ed|ion\s+of)|took\s+back|wrested\s+(?:back\s+)?"
        r"control|cleared\s+(?:the\s+)?(?:area|town|village)s?\s+of|freed\s+(?:\w+\s+){0,2}(?:villages?|towns?|"
        r"areas?|district|city)|(?:took|taken|seized|gained|assumed|established)\s+(?:full\s+)?control\s+"
        r"(?:by\s+force\s+)?(?:of|over)|(?:seized|captured|overran|stormed\s+and\s+took)\s+(?:\S+\s+){0,3}?(?:towns?|"
        r"cit(?:y|ies)|villages?|districts?|bases?|territor(?:y|ies)|positions?|outposts?|neighbou?rhoods?|hills?|"
        r"strongholds?)\b|"
        r"advanced\s+(?:in)?to|won\s+back|taken\s+(?:the\s+)?control)\b"),
     "battles", "Government regains territory", 1),
    (_r(r"\b((?:seized|captured|took\s+(?:full\s+|complete\s+)?control\s+of|took\s+over|overran|overrun|"
        r"gained\s+control\s+of)\s+(?:the\s+)?(?:strategic\s+|key\s+)?(?:[A-Z][\w-]+\s+)?(?:town|city|village|"
        r"district|base|area|territory|region|positions?|outposts?|localit\w+|province|(?-i:[A-Z][\w-]+))|"
        r"fell\s+(?:in)?to\s+(?:the\s+)?(?:militants|rebels|insurgents|jihadists|fighters))\b"),
     "battles", "Non-state actor overtakes territory", 1),
    (_r(r"^(?!.*\b(?:killed|killing|kills|shot\s+dead|died|dead|clash\w*|wounded|injured|attacked|ambush\w*|"
        r"seized|captured|recaptured|took\s+control|taken\s+control)\b).*?\b(withdr[ae]w\w*\s+(?:\w+\s+){0,3}?from|"
        r"pulled\s+out\s+of|handed\s+(?:over\s+)?(?:control|authority)|handover\s+of|(?:ceded|surrendered)\s+"
        r"(?:control\s+of\s+)?(?:the\s+)?(?:town|city|village|territory|area|base))\b"),
     "strategic_developments", "Non-violent transfer of territory", 2),
    (_r(r"^(?!.*\b(?:killed|killing|kills|shot\s+dead|died|dead|clash\w*|fighting|fought|wounded|injured|"
        r"attacked|ambush\w*)\b).*?\b((?:dispatched|deployed|sent|moved|moving|forwarded|reinforced|redeployed|"
        r"mobili[sz]ed|massed|amassed|fortif\w+|bolstered|beefed\s+up)\s+(?:\S+\s+){0,4}?(?:troops|forces|fighters|"
        r"reinforcements|soldiers|units|equipment|vehicles|tanks|positions|air\s+defen[cs]es?|militiamen))\b"),
     "strategic_developments", "Change to group/activity", 2),
    (_r(r"^(?!.*\b(?:killed|killing|kills|shot\s+dead|died|dead)\b).*?\b(abduct\w*|kidnap\w*|taken\s+hostage|held\s+"
        r"hostage|took\s+\w+\s+hostage|forcibly\s+disappeared|enforced\s+disappearance)\b"),
     "violence_against_civilians", "Abduction/forced disappearance", 2),
    (_r(r"\b(clash\w*|fighting|fought|gun\s*fights?|gun\s+battles?|firefights?|shoot-?outs?|exchange\s+of\s+fire|"
        r"exchanged\s+fire|ambush\w*|battles?|skirmish\w*|offensive|raid\w*|assault\w*|stormed|overran|"
        r"came\s+under\s+(?:attack|fire))\b"),
     "battles", "Armed clash", 1),
    (_r(r"\b(killed|killing|kills|shot\s+dead|gunned\s+down|massacre\w*|murder\w*|stabbed|hacked|beheaded|assassinat\w*|"
        r"executed|opened\s+fire|shot|attack\w*|lynched|slaughter\w*|died|dead|wounded|injured)\b"),
     "violence_against_civilians", "Attack", 1),
    (_r(r"\b(abduct\w*|kidnap\w*|taken\s+hostage|held\s+hostage|took\s+\w+\s+hostage|hostages?|forcibly\s+"
        r"disappeared|enforced\s+disappearance)\b"),
     "violence_against_civilians", "Abduction/forced disappearance", 2),
    (_r(r"\b(arrest\w*|detain\w*|apprehend\w*|taken\s+into\s+custody|nabbed|rounded\s+up)\b"),
     "strategic_developments", "Arrests", 1),
    (_r(r"\b(loot\w*|torch\w*|(?:burn(?:ed|t)|set\s+fire\s+to|razed|destroyed|vandali\w+)\s+(?:down\s+)?"
        r"(?:\w+\s+){0,3}(?:houses|homes|village|shops|vehicles|buildings|property|properties|church|mosque|school|"
        r"offices?)|set\s+(?:ablaze|on\s+fire))\b"),
     "strategic_developments", "Looting/property destruction", 1),
    (_r(r"\b(defus\w+|(?:seized|recovered|found|confiscated|discovered|uncovered)\s+(?:\w+\s+){0,4}(?:weapons|arms|"
        r"ammunition|explosives|firearms|guns|rifles|cache|IEDs?|bombs?|grenades)|caches?\s+of|weapons?\s+caches?|"
        r"intercepted|shot\s+down|foiled|thwarted|bomb\s+disposal|dismantled|neutrali[sz]ed\s+(?:an?\s+)?"
        r"(?:IED|bomb|explosive)|accidentally\s+(?:detonated|exploded|activated)|"
        # air defences bringing down drones or missiles: "air defenses had destroyed seven Ukrainian drones over"
        r"(?:destroyed|downed)\s+(?:\S+\s+){0,3}?(?:drones|UAVs|unmanned\s+aerial\s+vehicles|missiles|rockets)"
        r"(?=\s+(?:over|above|in\s+the\s+skies?)\b))\b"),
     "strategic_developments", "Disrupted weapons use", 1),
    (_r(r"\b((?:signed|reached|struck|concluded|agreed\s+(?:on|to)|announced|brokered|sealed)\s+(?:a|an|the|its|"
        r"their|[\w-]+['\u2019]s)\s+(?:[\w-]+\s+){0,3}?(?:agreements?|deal|accord|truce|cease-?fire)|(?:agreement|deal|accord|truce|cease-?fire)\s+(?:was|were|has\s+been|"
        r"had\s+been)\s+(?:signed|reached|agreed|struck|announced)|prisoner\s+(?:exchange|swap)|exchanged\s+"
        r"(?:prisoners|bodies|detainees)|swapped)\b"),
     "strategic_developments", "Agreement", 1),
    (_r(r"\b((?:set\s+up|established|opened|built|erected)\s+(?:a|an|its|their)?\s*(?:new\s+|\d+\w*\s+)?"
        r"(?:military\s+)?(?:base|post|checkpoint|headquarters|observation\s+(?:point|post)|outpost|camp))\b"),
     "strategic_developments", "Headquarters or base established", 1),
    (_r(r"\b(withdr[ae]w\w*|pulled\s+out|handed\s+over|hand\s+over|withdrawal|evacuated\s+(?:their|its)\s+"
        r"positions|retreated\s+from)\b"),
     "strategic_developments", "Non-violent transfer of territory", 1),
    (_r(r"\b(deployed|dispatched|reinforcements?|formed|merged|pledged\s+allegiance|defected|appointed|"
        r"curfew|state\s+of\s+emergency|mobili[sz]ed|announced\s+the\s+(?:formation|creation))\b"),
     "strategic_developments", "Change to group/activity", 1),
]

# Word prefixes (3-4 letters) that each rule needs; a rule whose keys are absent is not tried, which
# makes typing several times faster (regex alternations with IGNORECASE cannot use a literal scan).
_KEYS: dict[str, frozenset[str]] = {sub: frozenset(k.split()) for sub, k in {
    "Chemical weapon": "chem chlo sari must toxi nerv pois",
    "Suicide bomb": "suic blew self",
    "Air/drone strike": "air airs raid dron plan warp figh jets heli bomb aeri kami shah barr atta arme comb forc",
    "Grenade": "gren hand",
    "Remote explosive/landmine/IED": "road car truc moto parc bicy magn stic impr ied ieds land mine mine plan "
                                     "buri expl bomb vehi vbie ran drov blas deto",
    "Shelling/artillery/missile attack": "shel arti mort rock miss katy bomb mlrs howi proj",
    "Sexual violence": "rape rap sexu gang mole abus",
    "Excessive force against protesters": "open fire live shot kill gunf brut atta prot demo marc",
    "Violent demonstration": "riot ston rock petr viol molo unre",
    "Mob violence": "mob lync comm sect ston vigi angr vill",
    "Protest with intervention": "tear wate disp rubb bato brok brea arre deta beat pepp supp crac stun forc bloc",
    "Peaceful protest": "prot demo rall marc sit- pick plac stri agit went stag took hung shut",
    "Government regains territory": "reca reto rega libe took wres clea free take seiz gain assu adva won",
    "Non-state actor overtakes territory": "seiz capt took over gain fell",
    "Armed clash": "clas figh foug gun gunf firef shoo exch ambu batt skir offe raid assa stor over came",
    "Attack": "kill shot gunn mass murd stab hack behe exec open atta lync slau died dead woun inju assa",
    "Abduction/forced disappearance": "abdu kidn take held took host forc enfo",
    "Arrests": "arre deta appr take nabb roun jail",
    "Looting/property destruction": "loot torc burn set raze dest vand",
    "Disrupted weapons use": "defu seiz reco foun conf disc unco cach weap inte shot foil thwa bomb dism neut acci "
                             "clea remo dest impo stas arms ammu expl gun guns pist rifl revo gren mine land ied",
    "Agreement": "agre ceas peac sign pris exch swap truc acco surr laid reac stru conc anno brok seal deal",
    "Headquarters or base established": "set esta open buil erec",
    "Non-violent transfer of territory": "with pull hand evac retr cede surr",
    "Change to group/activity": "depl disp rein form merg pled defe appo curf stat mobi anno sent move movi forw "
                                "rede mass amas fort bols beef",
}.items()}
_VIOLENT_DEMO_KEYS = frozenset("prot demo rall marc yout crow".split())


def prefixes(sentence: str) -> set[str]:
    """3- and 4-letter prefixes of the sentence's words: a cheap index for keyword tests."""
    return _prefixes(sentence)


_LOWER_WORD = re.compile(r"[a-z][a-z-]*")


def _prefixes(sentence: str) -> set[str]:
    words = _LOWER_WORD.findall(sentence.lower())
    return {w[:4] for w in words}.union([w[:3] for w in words])


def _gated_rules():
    """RULES with each rule's prefix keys: (pattern, type, sub-type, strength, keys, extra keys)."""
    out = []
    for rx, etype, sub, strength in RULES:
        extra = _VIOLENT_DEMO_KEYS if sub == "Violent demonstration" else None
        out.append((rx, etype, sub, strength, _KEYS.get(sub), extra))
    return tuple(out)


GATED = _gated_rules()
