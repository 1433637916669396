"""Word lists the trigger rules share: disasters, protests, accidents, victims, targets, weapons, and the
words that tell that a sentence names an armed actor or an act of attacking."""

from __future__ import annotations

import re

from frontwatch.extract.actor_catalogue import COUNTRIES

W = r"\b"
# "russian", "u.s.", "israeli": the state words that can own a strike, lower-cased like the text matched
DEMONYMS = (
    "(?:"
    + "|".join(
        sorted(
            {re.escape(d.lower()) for c in COUNTRIES for d in c.demonyms} | {r"u\.s\.", "us", "american"},
            key=len,
            reverse=True,
        )
    )
    + ")"
)
# a state by its name: "russia", "bangladesh", "the united states"
STATE_NAMES = (
    "(?:(?:the )?"
    + "|".join(sorted({re.escape(n.lower()) for c in COUNTRIES for n in c.names}, key=len, reverse=True))
    + ")"
)
# armed doers named before an act: "attackers hacked them to death" is no mob
ARMED_DOERS = re.compile(
    r"\b(?:attackers|assailants|gunmen|militants|jihadists|fighters|rebels|insurgents|soldiers|troops|"
    r"militiamen|militias?|bandits|machete-wielding|armed men|herders|herdsmen|separatists|guerrillas|raiders|"
    r"islamists|extremists|terrorists|mujahideen|paramilitaries|warders|jailers|prison guards|(?:hacked|stabbed) and shot|shot and (?:hacked|stabbed))\b"
)
# armed doers other than the troops sent in to stop a fight
ARMED_BANDS = re.compile(ARMED_DOERS.pattern.replace("soldiers|troops|", ""))
# what a crowd fights with ("fought them with sticks, knives and stones"): no war's weapons
CROWD_WEAPONS = (
    r"(?:sticks|stones|rocks|clubs|bottles|iron bars|planks|slingshots|bricks|batons|machetes|knives|spears|"
    r"wooden \w+)\b"
)
# a strike of workers, not of weapons
LABOUR = re.compile(
    r"\b(?:on strike|walkouts?|strikers|picket\w*|general strike|hunger strikes?|strike action|(?:trade|labou?r) "
    r"unions?|pay (?:rises?|disputes?|demands?)|wages?|pensions?|transport|trains|flights|rail\w*|commuters|"
    r"nationwide|industrial)\b"
)
DISASTER = re.compile(
    r"\b(?:floods?|flooding|storms?|cyclones?|hurricanes?|typhoons?|earthquakes?|quakes?|wildfires?|fires?|"
    r"eruptions?|volcano\w*|tsunamis?|landslides?|heatwaves?|droughts?|chemical leak|gas leak|glaciers?|"
    r"avalanches?|mudslides?|rockfalls?)\b"
)
# a bomb of an old war found and made safe is no attack and no disrupted one ("a Second World War bomb
# ... was towed out to sea and blown up")
OLD_WAR_ORDNANCE = re.compile(
    r"\b(?:(?:second|first) world war|world war (?:two|ii|2|one|i|1)|wwii|ww2|wwi|ww1|wartime)[- ](?:era )?"
    r"(?:[\w-]+ )?(?:bombs?|shells?|mines?|devices?|ordnance|munitions?|grenades?)\b"
    # "a six-tonne bomb dropped in 1945"
    r"|\b(?:bombs?|shells?|mines?|devices?|ordnance|munitions?)\b (?:[\w-]+ ){0,3}?(?:dropped|fired|laid|left) "
    r"(?:[\w-]+ ){0,3}?in (?:18\d\d|19[0-8]\d)\b"
)
# mines cleared, a land declared free of them, arms stockpiles destroyed: no bomb went off, no gas was used
NO_WEAPON_USED = re.compile(
    r"\b(?:free of|cleared of|clearance of|clearing|strewn with|de-?min\w*) (?:[\w-]+ ){0,2}?(?:land ?)?mines\b"
    r"|\bmine[- ]free\b"
    r"|\b(?:destroy\w*|dismantl\w*|eliminat\w*|rid (?:\w+ )?of) (?:[\w'-]+ ){0,4}?(?:stockpiles?|arsenals?|stocks?) "
    r"of chemical"
)
# weapons fired in practice: "fired artillery and flew bombers over training grounds during the exercises"
# (and artillery fired to bring down avalanches: "avalanche crews fired artillery rounds into the slopes")
DRILLS = re.compile(
    r"\b(?:drills?|exercises?|practi[sc]\w*|simulat\w*|rehears\w*|wargam\w*|war games|avalanches?)\b"
)
# weapons bought, budgeted or sent, not fired: "will send Ukraine advanced HIMARS rocket systems as part of a
# $700 million package", "a record defence budget including money for Tomahawk missiles"
WEAPONS_SUPPLIED = re.compile(
    r"\b(?:defen[cs]e budget|military aid|(?:aid|security|weapons|arms) package|(?:arms|weapons) (?:sales?|deals?|"
    r"deliver(?:y|ies)|supplies|shipments?)|procure\w*|to (?:buy|purchase|acquire)|(?:will|would|to|agreed to) "
    r"(?:send|supply|sell|deliver)|\$[\d.,]+ (?:million|billion) package)\b"
)
# a toll taken by nature: "wildfires tore through the hills, killing 42 people, among them 25 soldiers"
NATURAL_TOLL = re.compile(
    r"\b(?:wildfires?|bushfires?|forest fires?|floods?|flash floods?|floodwaters|landslides?|mudslides?|"
    r"earthquakes?|quakes?|cyclones?|typhoons?|hurricanes?|storms?|avalanches?|heatwaves?|blazes?|flames)\b "
    r"(?:[\w,'-]+ ){0,15}?(?:killing|killed|left (?:\w+ ){1,3}?dead)\b"
)
PROTEST = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|marched|marchers|marching|crowds?|sit-ins?|dispers\w*)\b"
)
# a crowd that hears of a victory is no protest ("the president told cheering crowds the army had driven
# the enemy out of the town")
PROTEST_SCENE = re.compile(r"(?<!cheering )(?<!jubilant )(?<!told )(?<!told the )" + PROTEST.pattern)
PROTESTING = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|marchers|marched|marching|sit-ins?|dispers(?:e|ed|ing)|"
    r"blockades?|(?:a|the|their|huge|peaceful|protest|opposition) (?:[\w'-]+ ){0,2}?march(?:es)?|marches|"
    r"to demand|t(?:ook|aken|ake|aking) to the streets|"
    # "students holding a banned meeting on the war": a gathering in defiance of a ban
    r"(?:holding|held|staging|staged) (?:an? )?(?:banned|illegal|unauthori[sz]ed|forbidden|prohibited|outlawed) "
    r"(?:meeting|gathering|assembly)|"
    r"(?:crowds?|workers|villagers|residents|students|farmers|people|pilgrims|worshippers|mourners) (?:[\w-]+ ){0,3}?"
    r"(?:demanding|calling for|chanting)|chanting slogans|striking (?:[\w-]+ ){0,2}?(?:workers|miners|dockers|teachers|doctors|nurses|employees|"
    r"drivers|farmers)|strikers)\b"
)
# attacks on computers, not people: "spies run stealthy attacks that target intellectual property"
CYBER = re.compile(
    r"\b(?:cyber\w*|hack(?:ers?|ing|ed)\b(?! (?:[\w-]+ ){0,4}?to death)|malware|ransomware|phishing|spyware|spies|"
    r"espionage|"
    r"intellectual property|computer networks?|servers?|denial-of-service)\b"
)
ACCIDENT = re.compile(
    r"\b(?:skidded|accident|collision|derailed|emergency landing|crash-landed|crashed in (?:fog|bad weather)|"
    r"(?:plane|helicopter|air) crash|(?:aircraft|airplane|plane|jet|helicopter)s? crashed\b(?! into))\b"
)
# what goes wrong by itself: "a lorry carrying explosives blew up after colliding with a motorbike", "a
# transport plane crashed into farmland moments after taking off", "missed the runway and burst into flames"
MISHAP = re.compile(
    r"\b(?:collid(?:ed|ing) with|missed the runway|overshot the runway|capsized|derailed|"
    r"(?:plane|aircraft|helicopter|jet|airliner)s? (?:[\w-]+ ){0,3}?crashed|crashed (?:into|on|shortly|moments|"
    r"minutes|soon|after|while|during|near) (?:[\w-]+ ){0,3}?(?:farmland|take-?off|taking off|landing|the sea|"
    r"a mountain|a hillside))"
)
# words that make a mishap an attack after all: "crashed after being hit by a missile"
HOSTILE = re.compile(
    r"\b(?:attack\w*|shot down|shoot down|ambush\w*|gunmen|militants|rebels|insurgents|terrorists?|"
    r"sabotag\w*|bombing|hit by|struck by|missiles?|rockets?|drone strikes?|fired (?:on|at))\b"
)
# a game or a drill told in the words of war ("crushed Nepomniachtchi under a relentless assault", "Argentina
# ambushed New Zealand 25-15", "50,000 troops launched NATO's largest exercise, storming beaches"): no violence
# unless someone is harmed or a crowd turns on others
PLAY = re.compile(
    r"\b(?:chess|rugby|(?:football|soccer) (?:match|game|final|league|team|side|club)|cricket|tennis|basketball|"
    r"ice hockey|volleyball|handball|golf|"
    r"world cup|grand slam|grand prix|champions league|premier league|all blacks|olympics?|"
    r"(?:military|naval|joint|air|war|largest|biggest) (?:exercises?|drills?)|war games|manoeuvres|maneuvers|"
    r"re-?enact\w*|refought|mock battles?|tomatina|food fights?|pillow fights?|snowball fights?|water fights?|"
    r"paintball|"
    r"\d{1,3}-\d{1,3} (?:win|victory|defeat|loss|draw)|(?:beat|ambushed|crushed|stunned|thrashed|edged) (?:[\w-]+ ){1,3}?"
    r"\d{1,3}-\d{1,3})\b"
)
HARM = re.compile(
    r"\b(?:kill\w*|dead|deaths?|died|wound\w*|injur\w*|gunm[ae]n|bombs?|bombings?|explo\w*|shot|shooting|stabb\w*|"
    r"behead\w*|execut\w*|massacr\w*|slaughter\w*|hack(?:ed|ing)|abduct\w*|kidnap\w*|rap(?:e|ed|ing)|tortur\w*|"
    r"opened fire|riot\w*|hooligans?|tear ?gas|arrest\w*|clash\w*|fans (?:fought|attacked|stormed)|shell\w*|"
    r"missiles?|rockets?|drones?|artillery|air ?strikes?|bombard\w*|mortars?)\b"
)
# an anniversary looks back: "to mark 80 years since Soviet troops liberated the camp", "the moment 70 years
# ago when an American bomber dropped the bomb"; the acts it remembers, up to the clause's end, are no news
REMEMBRANCE = re.compile(
    r"\b(?:(?:\d+|[a-z]+(?:-[a-z]+)?) (?:years|decades) (?:since|ago|after)|in memory of"
    # a prize's citation: "for their efforts to end the use of sexual violence as a weapon of war"
    r"|efforts? to (?:end|stop|combat|prevent|curb|eradicate))\b"
)
# soldiers rising over their pay: a mutiny, whatever they fire into the air
SOLDIERS_UNPAID = (
    r"(?:soldiers|troops|servicemen) (?:[\w-]+ ){0,3}?(?:demanding|angry over|protesting over) (?:[\w-]+ ){0,2}?"
    r"(?:back pay|pay arrears|unpaid (?:wages|salaries|bonuses|allowances))\b"
)
# a weapon tested, not used on anyone: "test-fired an intercontinental ballistic missile that came down at sea"
WEAPON_TEST = re.compile(
    r"\b(?:test-?fir(?:ed|es|ing)|test[- ]launch\w*|(?:missile|rocket|weapons?|nuclear|ballistic) tests?|"
    r"(?:during|on) (?:a |an |its |the )?(?:[\w-]+ )?test flight|"
    # "used a missile to destroy one of its own old weather satellites in orbit"
    r"(?:destroy\w*|shot down|shoot down|hit) (?:[\w-]+ ){0,6}?satellites?|"
    # rockets fired at the sky: "fired rain-dispersal rockets", "cloud seeding", "anti-hail rockets"
    r"rain-dispersal|cloud[- ]seeding|anti-hail|hail (?:rockets|cannons?)|"
    # a flight into space: "blasted off from the Baikonur cosmodrome aboard a Soyuz rocket"
    r"(?:blast(?:ed|s)? off|lift(?:ed|s)? off|launched) (?:[\w-]+ ){0,8}?(?:cosmodrome|space (?:centre|center|station|"
    r"port)|spaceport|launch pad|into (?:space|orbit))|cosmonauts?|astronauts?|space tourists?)\b"
)
# a count over years, not a happening: "have killed or maimed more than 64,000 Cambodians since 1979"
TOLL_SINCE_A_YEAR = re.compile(
    r"\b(?:have|has) (?:[\w-]+ ){0,3}?(?:killed|maimed|wounded|injured|displaced)\b[^.;]{0,80}?\bsince "
    r"(?:19|20)\d\d\b"
    # a year's toll: "2,118 civilians were killed in the war last year"
    r"|\b(?:\d[\d,]*|hundreds|thousands) (?:[\w-]+ ){0,3}?(?:were |have been )?(?:killed|died)\b[^.;]{0,60}?\b(?:last "
    r"year|in (?:19|20)\d\d|during the year|(?:the )?past year)\b"
)
CASUALTIES = re.compile(r"\b(?:kill\w*|dead|died|wound\w*|injur\w*|hurt|struck|hit)\b")
# a court's judgement: the acts it names after it are the case, not the news ("a court sentenced him to
# 20 years for drugging his wife so that men could rape her")
JUDGEMENT = re.compile(
    r"\b(?:(?:court|judges?|jury|tribunal|magistrates?)\b (?:[\w'-]+ ){0,6}?(?:sentenced|convicted|acquitted|"
    r"jailed|found (?:[\w'-]+ ){0,10}?guilty)|(?:was|were|been|being) (?:sentenced|convicted|acquitted) (?:to|of|for)\b"
    # "upheld the convictions of seven officers for the kidnapping", "the trial of X opened ..., with
    # prosecutors accusing him of murder"
    r"|(?:upheld|overturned|quashed|confirmed) (?:the |his |her |their )?(?:convictions?|sentences?|verdicts?)\b"
    r"|\btrial of\b[^.;]{0,120}?\b(?:opened|began|started|resumed)\b)"
)
# a court's words for crimes: "charged with murder and assault" tells of a case, not of a fight
CHARGES = re.compile(
    r"\b(?:charged with|convicted of|guilty of|charges? of|sentenced for|confessed to|accused of|trial for)\b"
)
VICTIMS = (
    r"(?:civilians?|villagers|residents|people|worshippers|farmers|peasants|children|women|passengers|students|"
    r"displaced people|pedestrians|volunteers|journalists|activists|medics|aid workers|mourners|pilgrims|"
    r"motorists|passers-by|shoppers|(?:a |the )?crowds? of|youths|young men|teenagers|schoolchildren|pupils|"
    r"travell?ers|commuters|traders|herders|shepherds|fishermen|miners|refugees|migrants|patients|businessm[ae]n|"
    r"(?:other |rival |fellow )?(?:prisoners|inmates|detainees)|"
    r"(?:unarmed|innocent|defen[cs]eless) [\w-]+|"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|dozens of|scores of|"
    r"hundreds of) "
    r"(?:[\w-]+ ){0,3}?(?:man|men|woman|boy|girl|child|person|activist|driver|reporter|"
    r"photographer|nurse|medic|worker|resident|civilian|employee|tourist|guest|guide|chief|villager|"
    r"teenager|elderly|teacher|doctor|priest|journalist|farmer|physicist|volunteer|official|elder|cleric|imam|"
    r"pastor|preacher|shopkeeper|trader|vendor|councillor|mayor|lawyer|engineer|student|pilgrim|technician|"
    r"nun|monk|missionar(?:y|ie)|expatriate|contractor|geologist|labou?rer|settler)s?\b)"
)
TARGETS = (
    r"(?:" + VICTIMS[3:-1] + r"|(?:a |the )?(?<!army )(?<!military )(?<!police )(?<!militia )(?<!rebel )"
    r"(?:school|church|mosque|market|village|hospital|bus|wedding|funeral|congregation|hotel|restaurant|cafe|"
    r"café|nightclub|mall|shopping (?:centre|center|mall))s?\b|"
    # a camp is a target when people who fled live in it, not a force's ("attacked the MINUSMA camp")
    r"(?:(?:refugee|idp|displacement|displaced(?: people's)?) camps?|camps? (?:for|of) (?:the )?(?:displaced|"
    r"refugees|idps)|camps?(?= (?:[\w-]+ ){0,3}?(?:civilians|families|refugees|displaced)\b))\b)"
)
PROJECTILES = r"(?:drones?|missiles?|rockets?|projectiles?|targets|shaheds?|uavs?|cruise|ballistic|kinzhal\w*|iskander\w*)"
AIRCRAFT = (
    r"(?:helicopters?|(?:air|war)?planes?|airliners?|jets?|fighters?|bombers?|aircraft|mig[- ]?\d*|su-?\d+|ka-?\d+|"
    r"k-?52|mi-?\d+|sukhoi\w*|boeing(?: \d+)?|airbus(?: a?\d+)?|dc-\d+|tu-?\d+|il-?\d+|b-\d+)"
)
VEHICLES = (
    r"(?:tanks?|armou?red (?:\w+ )?vehicles?|vehicles?|(?:military )?equipment|bmps?|btrs?|apcs?|ifvs?|"
    r"personnel carriers?|"
    r"artillery (?:systems?|pieces?|guns?)|howitzers?)"
)

# Lower priority wins when several rules fire in one sentence. Explicit fighting outranks the weapons
# used in it (ACLED codes artillery fired in a clash, or small arms beside mortars, as an armed clash).


ARMED = re.compile(
    W
    + r"(?:forces|troops|army|armies|military|soldiers|militants?|fighters|rebels?|insurgents?|jihadists?|gunmen|"
    r"militias?|militiamen|paramilitar\w*|armed|weapons?|guns?|gunman|shooters?|hitm[ae]n|attacker|assailant|"
    r"artillery|drones?|missiles?|rockets?|tanks?|"
    r"battalions?|brigades?|units?|regiments?|separatists?|guerrillas?|soldier|commandos?|marines|rsf|idf|hamas|"
    r"hezbollah|houthis?|al[- ]shabaab|jnim|isis|isil|islamic state|boko haram|iswap|m23|adf|wagner|junta|tatmadaw|"
    r"bandits|gangs?|attackers|assailants|snipers?|paratroopers|partisans?|air defen[cs]es?|occupiers|"
    r"occupation|defen[cs]e ministry|ministry of defen[cs]e|machetes?|knives|bullets|grenades?|taliban|al[- ]qaeda|"
    r"pkk|farc|peacekeep\w*|shooting and stabbing|stabbing and shooting|self-defen[cs]e (?:group|militia|force)s?|"
    r"vigilantes?|herdsmen|(?:suspected |armed |fulani )herders|(?:hand)?guns?|rifles?|shotguns?|pistols?|firearms?|opened fire|open fire|opening fire|"
    # "killed during a police operation in the favela", "officers came under fire and shot back"
    r"police (?:(?:carried out|conducted|launched|mounted) (?:[\w-]+ ){0,2}?)?(?:operations?|raids?|offensive|assault)|"
    r"under fire|shot back|fired back|shoot-?outs?|gunfights?|gunners|(?:liberation|guerrilla|resistance) "
    r"(?:movements?|fronts?)|anti-aircraft|warplanes?|interceptors?|"
    r"fighter (?:jets?|planes?|aircraft)|fighters? (?:[\w-]+ ){0,2}?(?:shot|brought) down|"
    r"firefights?|masked (?:men|gunmen|assailants|attackers|agents)|knife|knives|machetes?|bows? and arrows?|"
    # "rode in firing at anyone in sight": shooting at people is armed, whoever the text says does it
    r"fir(?:ing|ed) (?:at|on|into) (?:anyone|everyone|anybody|people|villagers|residents|civilians|worshippers|"
    r"passers-by|students|pupils|pilgrims|marchers|mourners|strikers|demonstrators|protesters|the crowd|crowds)|"
    # "shot two elderly men who confronted him": whoever shoots people is armed
    r"shot (?:and (?:seriously |critically )?(?:wounded|injured|killed) )?(?:a|an|two|three|four|five|six|\d+|several) "
    r"(?:[\w-]+ ){0,2}?(?:m[ae]n|wom[ae]n|people|boys?|girls?|persons?))\b"
)


ATTACKING = re.compile(
    W
    + r"(?:struck|strikes?|striking|hit|hits|hitting|attack\w*|fired|firing|launched|shelled|pounded|targeted|"
    r"killed|killing|kills|destroy|destroyed|destroying|damaged|damaging|wounded|wounding|injured|injuring|bombed|rained|slammed|"
    r"exploded|(?<!plane )(?<!flight )(?<!jet )(?<!aircraft )landed|barrage|pummel\w*|blasted|smashed|tore|ripped|crashed into|intercept\w*|shot down|downed|"
    r"fire|fires|shot|shoot\w*|shell|shells|dropped|drop|dropping|wreck\w*|levell?ed|flattened|tore into|ploughed into|"
    r"demolished|set ablaze|set alight|set fire)\b"
)


AMBUSHED_CIVILIANS = (
    r"ambush\w* (?:[\w'-]+ ){0,6}?(?:family|families|civilians|villagers|passengers|travell?ers|worshippers|"
    r"women|children|pilgrims|traders|farmers|motorists|commuters|mourners|employees|workers|contractors|"
    r"(?:convoy of )?buses|(?:passenger|civilian|commuter|school|public) "
    r"(?:bus|buses|minibus\w*)|taxis?)\b"
)


# a person stoned or beaten to death, or lynched: mob violence, even when students or protesters do it
# men with guns, not guns of an army: what they fire on they shoot, they do not shell
GUNMEN = r"(?:gunmen|gunman|armed men|attackers|assailants|hitmen|hit men|bandits|snipers?)"
GUNMEN_FIRING = (
    r"(?:" + GUNMEN + r"|police(?:men)?|officers|guards) (?:[\w'-]+ ){0,4}?(?:fired|opened fire)\b"
)
KILLED_BY_CROWD = (
    r"(?:(?:stoned|stoning|beat|beaten|beating|burned|burnt|burning|hacked|hacking)(?: and (?:stoned|beat|beaten|"
    r"burned|burnt|hacked))? "
    r"(?:[\w'-]+ ){0,4}?to death|lynch\w*)"
)


# raiders who enter a town and leave again took no ground ("entered Macomia, fighting the army for hours,
# before pulling out")
STOP_TAKING = (
    r"(?:stop|end|halt|cease|renounce|abandon|give up)(?:ping|ing|s|ed)? (?:[\w-]+ ){0,2}?(?:kidnapp\w*|abduct\w*|"
    r"hostage-taking|taking hostages)"
)
RAID_THEN_LEFT = (
    r"\b(?:before|then|later|and then) (?:pulling out|withdrawing|retreating|leaving|pulled out|withdrew|retreated|"
    r"fleeing|fled)\b"
)

# what is handed over or pulled out that is no ground: a suspect handed to prosecutors, rifles handed in,
# a gun pulled out
NOT_GROUND_HANDED = (
    r"\bhand\w* (?:over |back )?(?:[\w-]+ ){0,3}?(?:to|over to) (?:the |a )?(?:[\w-]+ ){0,2}?(?:prosecutors|police|"
    # "was seized by Sudanese security men in Khartoum and handed over to French agents": a person, no ground
    r"authorities|courts?|justice|investigators|famil(?:y|ies)|relatives|red cross|icrc|disarmament officials|"
    r"agents|detectives|custody|"
    r"(?:weapons )?inspectors|monitors)\b"
    r"|\bhand\w* (?:over |in )?(?:[\w-]+ ){0,3}?(?:rifles|weapons|arms|guns|ammunition|mortars)\b"
    r"|\bhand\w* (?:himself|herself|themselves) (?:over|in)\b"
    # "four transport helicopters, along with weapons and ammunition, were handed over to the armed forces"
    r"|\b(?:helicopters|aircraft|planes|jets|drones|vehicles|weapons|ammunition|equipment)\b[^.;]{0,80}?\b(?:were|was) "
    r"handed over\b"
    r"|\bhand\w* over to (?:[\w-]+ ){0,2}?(?:men|gunmen|militants|militiam[ae]n|captors|kidnappers)\b"
    # "handed the folded flag to the secretary of state": a thing given, no ground
    r"|\bhand\w* (?:over |back )?(?:the |a |an |their |his |her )?(?:[\w-]+ ){0,2}?(?:flags?|letters?|keys|"
    r"documents?|petitions?|awards?|medals?|trophy|trophies|gifts?|credentials|passports?|bodies|remains)\b"
    # "withdrawing its earlier statement that the men died of thirst": words taken back, no ground
    r"|\bwithdr\w+ (?:its |his |her |their |the )?(?:[\w-]+ )?(?:statements?|claims?|remarks|comments?|allegations?|"
    r"accusations?|charges|complaints?|objections?|offers?|bills?|motions?|candidac(?:y|ies)|nominations?|"
    r"resignations?|recognition|support|ambassadors?|envoys?)\b"
    r"|\bpull\w* out (?:an? |his |her |their |two |three |\d+ )?(?:[\w-]+ ){0,2}?(?:guns?|pistols?|knives|knife|"
    r"grenades?|weapons?|rifles?|machetes?)\b"
)

# an ambush that kills people on a road, with no troops or police among them, is an attack on them
AMBUSH_KILLING_CIVILIANS = (
    r"(?s:^(?!.*\b(?:soldiers?|troops|police\w*|officers?|convoy|patrol|servicem[ae]n|army|military)\b).*"
    r"\b(?:killing|killed|left|shooting dead|shot dead) (?:at least |more than |about |some )?(?:[\w-]+ ){0,3}?"
    r"(?:civilians|people|passengers|children|worshippers|villagers|pilgrims|travell?ers|dead)\b)"
)


# what follows a projectile's name when the thing named is its launcher or its base, not the projectile
LAUNCHERS_NOT_PROJECTILES = (
    r"(?![\w-]|\s+(?:systems?|launchers?|complex\w*|depots?|warehouses?|positions?|units?|crews?|operators?))"
)

# "the biggest street protest in Thailand since the army seized power six years ago": the act a record is
# measured from is no event of the story, and its toll is not the story's
SINCE_A_RECORD = re.compile(
    r"\b(?:biggest|largest|worst|deadliest|bloodiest|heaviest|fiercest|first|most \w+) (?:[\w'-]+ ){0,6}?since\b"
)
