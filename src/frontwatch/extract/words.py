"""Small word lists shared by the extractors."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


SPEECH_LEMMAS = _words(
    """say announce claim report state tell confirm deny allege accuse insist add write post declare assert
    acknowledge admit note warn estimate reject dismiss publish describe indicate quote show"""
)
DENIAL_LEMMAS = _words("deny reject dismiss")
FUTURE_LEMMAS = _words(
    """plan intend threaten vow prepare expect aim seek promise pledge want hope try attempt propose consider
    order urge call ask demand warn"""
)
# heads under which an infinitive happened: "began to shell", "gathered to protest"
DECISION_LEMMAS = _words(
    "decide decision make agree begin start continue complete gather assemble rally march"
)
HYPOTHETICAL_AUX = _words("could might may would should")
REGION_WORDS = _words(
    "region regions oblast oblasts province provinces governorate state district districts county raion "
    "territory prefecture"
)
SETTLEMENT_WORDS = _words("town city village settlement hamlet capital port towns villages cities")
# what only a town has: "the cantonal parliament of Zug", "the mayor of Ely", "the streets of Gao"
CIVIC_WORDS = _words(
    "parliament mayor governor canton municipality residents inhabitants streets suburbs outskirts"
)
NEAR_CUES = (
    *(
        "near",
        "outside",
        "around",
        "outskirts of",
        "close to",
        "vicinity of",
        "direction of",
        "approaches to",
    ),
    *("north of", "south of", "east of", "west of", "northeast of", "northwest of", "southeast of"),
    *("southwest of", "km from", "miles from", "kilometres from", "kilometers from"),
)
GOVERNMENT_NOUNS = _words("government officials authorities administration leadership regime")
# Capitalised words that are also gazetteer names but are almost never places in news text, generic words
# that name parts of places ("Lido Beach", "Air Force", "Canal Road"), and the adjectives of peoples and
# regions that some hamlet bears as its name ("Catalan riot police" is no Çatalan in Turkey).
NOT_PLACES = _words(
    """may march june july august monday tuesday wednesday thursday friday saturday sunday police president
    prime minister army university reuters central north south east west union victory independence liberty
    hope mobile nice reading bath of the and in on at by for with said says new more most other same very but
    as all no one two three four five state republic city town village region front general national islamic
    kremlin pentagon council forces ministry beach air sea river lake mount port bay island valley hill park
    square street road bridge station market camp gate hospital school church border coast field forest
    desert airport base center centre district province county plaza piazza avenida tower palace hall house
    court white red black green blue golden great little old upper lower high long grand gran royal fort
    mission defence defense security health justice peace freedom democracy alliance party movement brigade
    division command congress parliament senate capitol assembly legislature duma knesset cabinet embassy
    consulate dalai ranger rangers wadi junior senior balkan supreme pope secretary summit
    catalan basque corsican breton flemish walloon scottish welsh tibetan uighur uyghur chechen ingush
    dagestani kurdish tamil sikh pashtun baloch sindhi punjabi rohingya acehnese papuan tigrayan oromo
    darfuri hutu tutsi druze alawite sunni shia shiite yazidi jewish muslim christian catholic protestant
    hindu buddhist roma christmas easter ramadan thanksgiving halloween hanukkah passover diwali arab arabs
    malay malays commonwealth mercedes cave"""
)
# nouns whose owner is still a place ("Moscow's suburbs") and nouns whose owner is a party ("U.S. strikes")
PLACE_PARTS = _words(
    """suburb suburbs outskirts district districts centre center street streets airport port neighbourhood
    neighborhood region oblast province area areas city town village outskirt border coast quarter quarters
    zone enclave downtown heart municipality township villages towns cities countryside harbour harbor
    waterfront seafront riverfront beachfront promenade embankment residents slum slums shantytown shantytowns
    favela favelas ghetto estate compound"""
)
ACTOR_NOUNS = _words(
    """strike strikes force forces troop troops army military jet jets warplane warplanes drone drones missile
    missiles official officials navy government authorities embassy soldier soldiers police diplomat
    diplomats president minister ministry"""
)

# "the Northeastern Regional Command": a direction, whatever region abroad bears the word as its name
COMPASS_WORDS = _words(
    """northern southern eastern western northeastern northwestern southeastern southwestern central
    north-eastern north-western south-eastern south-western northeast northwest southeast southwest midwest"""
)


# what a place has, not a party: "Zaporizhzhia's power plant", "Kherson's residents"
PLACE_FACILITIES = _words(
    """plant station airport airfield port harbour harbor hospital school bridge dam market railway refinery
    depot square mosque church cathedral stadium resident residents people population neighbourhood
    neighborhood building buildings infrastructure grid substation theatre theater prison jail zone university
    college campus camp hotel mall suburb suburbs outskirts hall streets street"""
)
# what a city's name can stand before as a place ("the Santiago home of ...", "the Athens seaside suburb")
SITES = (
    PLACE_FACILITIES
    | PLACE_PARTS
    | _words(
        "home homes house houses residence apartment flat restaurant cafe nightclub club synagogue seaside"
    )
)
# the words after a name that make it a part of a town ("the Zingalume and George compounds")
TOWN_PARTS = _words(
    "compound compounds township townships slum slums shantytown estate quarter neighbourhood neighbourhoods"
    " neighborhood neighborhoods suburb suburbs"
)
AIRFIELD_WORDS = _words("airbase airport airfield aerodrome")
