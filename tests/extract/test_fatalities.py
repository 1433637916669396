"""Deaths reported in a sentence, and tolls told in a sentence of their own."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from frontwatch.extract.fatalities import find_fatalities
from frontwatch.runner import Coded, Pipeline


@pytest.mark.parametrize(
    ("sentence", "deaths"),
    [
        ("Missiles struck the city, killing at least 12 people.", 12),
        # the dead listed before the verb, and one named victim with a count of others who died
        ("The army said 31 attackers, eight soldiers and a policeman had died in the fighting.", 40),
        ("A border guard and a rebel fighter were shot dead on the bridge.", 2),
        ("The governor was killed when a bomb went off in his car, and three other people died.", 4),
        # not a word before "and" that is no one ("a sit-in, and 39 people died")
        ("Police stormed the embassy, where farmers had staged a sit-in, and 39 people died.", 39),
        # counts after "the", and a named victim who died of the attack
        ("A car ploughed into the crowd and burned, killing the two men inside and three passers-by.", 5),
        ("The mayor died after he was stabbed on stage at a charity concert, doctors said.", 1),
        ("Three soldiers were killed in the attack.", 3),
        ("One civilian was killed and five were wounded.", 1),
        ("A civilian died, two were injured.", 1),
        ("Another soldier was killed near the church.", 1),
        ("The strike killed 1,200 people.", 1200),
        ("Unspecified fatalities coded as 10.", 10),
        ("No casualties were reported.", 0),
        # "as many as", a victim "shot ... and killed", the others killed with him named one by one
        ("Police opened fire on villagers on Tuesday night, killing as many as 20 people.", 20),
        ("A 17-year-old boy was shot in the face and killed when soldiers opened fire on the crowd.", 1),
        ("Gunmen shot the minister dead along with his brother, his sister and a security guard.", 4),
        # victims named one by one, a victim named by name, a count of bodies, a count burned to death
        ("The bomb went off on a busy avenue, killing his driver and a bodyguard, police said.", 2),
        ("The crowd set two of the officers on fire, killing both, as television showed the attack.", 2),
        ("The man shot dead a woman and her daughter at their home and then killed a teacher.", 2),
        ("Flowers were laid outside the store after the minister died of stab wounds she suffered there.", 1),
        ("Gunmen in a car shot dead Amina Yusuf, a former minister, in the capital on Wednesday.", 1),
        ("Troops killed Boko Haram fighters near the lake, the army said.", None),
        ("The bodies of four young men, two of them brothers, were found near a lake on Thursday.", 4),
        ("A mob set fire to homes in the town, burning six people to death, officials said.", 6),
        ("A car drove into people marching in the town, leaving a 32-year-old woman dead, police said.", 1),
        ("Five protesters and a police officer were killed when fire swept the roof of the building.", 6),
        ("Police arrested a woman over the stabbing to death of an American teacher in a mall.", 1),
        ("Government troops killed rebel leader Jonas Savimbi on Friday in a clash along the river.", 1),
        ("The president, who ruled for three decades, died of wounds suffered on the front line.", 1),
        ("Three soldiers died of their wounds in hospital.", 3),
        ("The killing of a number of soldiers was reported.", None),
        # a date's year is not a toll
        ("On 8 May 2022, one civilian was killed by a mine.", 1),
        ("On 3 June 2022, two civilians were wounded.", 0),  # wounded only: no deaths, as ACLED codes it
        ("Two grenades exploded near the embassy, causing no injuries.", 0),
        ("A blast killed 40 people and wounded dozens.", 40),
        ("Gunmen opened fire on the bus, killing three women and six children.", 9),
        ("The attack killed one U.S. soldier and two American contractors.", 3),
        ("A bomb exploded at a bus stop, killing a 16-year-old boy.", 1),
        ("The mayor was shot dead outside his home.", 1),
        # one victim between the verb and "to death"; one victim who died in hospital; "one ... is dead"
        ("Two men hacked an off-duty soldier to death outside the barracks.", 1),
        ("Villagers beat a suspected thief to death on Sunday.", 1),
        ("The writer was found stabbed at his home and died in hospital, police said.", 1),
        ("One officer is dead and several people are wounded.", 1),
        ("A crowd beat a group of youths to death.", None),
        # the count after "to death"; bodies counted; a massacre told in the passive
        ("Rebels shot or hacked to death at least 40 villagers on Monday.", 40),
        ("Soldiers have recovered 79 bodies in the commune.", 79),
        ("The ministry said 28 bodies had been found in the town.", 28),
        ("More than 200 villagers were massacred on Saturday.", 200),
        ("Police found the bodies of two men.", None),
        ("A gunman opened fire outside a school, killing a teacher and three children.", 4),
        ("The blast killed a soldier and wounded two others.", 1),
        ("Gunmen shot him dead along with five other people.", 6),
        ("At least 112 Palestinians were killed near the aid lorries.", 112),
        ("Rescuers raised the death toll from Saturday's missile strike to 40.", 40),
        ("No American was killed in the strike.", 0),
        ("A few people were killed.", None),
        # regressions: "shot dead" before the count, "all N", "a dozen", victims described at length
        ("Police shot dead at least 31 people during protests on Monday.", 31),
        ("The missile destroyed the airliner, killing all 298 people on board.", 298),
        ("At least a dozen people were killed.", 12),
        ("A dozen houses were destroyed.", None),
        (
            "Seven aid workers from the charity, including citizens of Britain and Poland, were killed "
            "when air strikes hit their convoy.",
            7,
        ),
        ("Two residents of the town said civilians were killed.", None),
        # two counts before one verb add up
        ("Three soldiers and the five attackers were killed.", 8),
        ("Two policemen and three civilians were killed on Monday.", 5),
        ("Insurgents turned the pitch into an execution ground, beheading more than 50 people.", 50),
        # a count burned to death; a kinsman or an aide killed; others killed with a victim; a victim and
        # "the" second one; officials named one by one and a count of others
        ("Five migrant workers burned to death when men threw petrol bombs into their hostel.", 5),
        ("The mayor was badly hurt when a bomb went off under his car, killing his bodyguard.", 1),
        ("The rebel spokesman was killed with four other fighters when jets bombed the house.", 5),
        ("The gunman shot dead a shopkeeper and the teenage boy who worked for him.", 2),
        ("The blast killed his driver and two bodyguards.", 3),
        ("Gunmen burst in, killing Speaker Ali Hassan, Deputy Omar Said and four other members.", 6),
        ("Soldiers killed Boko Haram fighters and two other men, the army said.", None),
        ("Gunmen ambushed the convoy, killing Governor Ali Musa and four bodyguards.", 5),
        # bodies counted; victims burned "to death or hacked"; men aboard presumed dead; the dead listed
        # before "dead"; one victim told at length and a count of others
        ("At least 31 bodies have been counted in the church grounds.", 31),
        ("The raiders torched the huts, burning to death or hacking some 40 villagers.", 40),
        ("The helicopter was shot down and the three men aboard are presumed dead.", 3),
        ("Guards opened fire, leaving two prisoners, a warder and an old woman dead.", 4),
        ("Guards opened fire at the gate, leaving many dead.", None),
        ("The bomb killed the district governor, Ahmad Wali Karimi, and three other people.", 4),
        # one victim and a count, then the verb
        ("One soldier and about 12 militants were killed in the raid, officials said.", 13),
        ("A policeman and two of the attackers died in the exchange of fire.", 3),
        ("A farmer and his three sons were killed in the attack.", 4),
        # a count and one more victim after the verb; a killing a suspect is held for is no toll
        ("Gunmen fired on worshippers, killing five Ahmadis and a police guard, officials said.", 6),
        ("The blast went off at the market, killing two policemen and a soldier.", 3),
        (
            "The crowd demanded that a soldier suspected of killing six members of a family be handed over.",
            None,
        ),
        ("Police arrested a man accused of killing two women in the village.", None),
        # a named victim and his kin
        ("Gunmen shot dead opposition lawmaker Moses Kato and his driver outside his home.", 2),
    ],
)
def test_deaths_in_a_sentence(sentence: str, deaths: int | None) -> None:
    assert find_fatalities(sentence) == deaths


@given(st.text(max_size=300))
def test_never_raises_and_never_negative(text: str) -> None:
    deaths = find_fatalities(text)
    assert deaths is None or deaths >= 0


def _events(pipeline: Pipeline, tmp_path: Path, text: str) -> list[tuple[str, int | None]]:
    story = tmp_path / "story.txt"
    story.write_text(f"Published: 2022-05-25\n\n{text}\n", encoding="utf-8")
    results = [r for r in pipeline.run([story]) if isinstance(r, Coded)]
    return [(e.sub_event_type, e.fatalities) for e in results[0].events]


def test_a_toll_in_the_next_sentence_belongs_to_the_attack(pipeline: Pipeline, tmp_path: Path) -> None:
    events = _events(pipeline, tmp_path, "Russian forces shelled Balakliia. Two civilians were killed.")
    assert events[0] == ("Shelling/artillery/missile attack", 2)


def test_more_deaths_told_later_are_added(pipeline: Pipeline, tmp_path: Path) -> None:
    events = _events(
        pipeline,
        tmp_path,
        "Russian forces shelled Severodonetsk, killing four civilians. Another civilian was killed in the "
        "city centre.",
    )
    assert events[0] == ("Shelling/artillery/missile attack", 5)


def test_a_restated_toll_is_not_counted_twice(pipeline: Pipeline, tmp_path: Path) -> None:
    events = _events(
        pipeline,
        tmp_path,
        "Russian forces shelled Severodonetsk, killing four civilians. Four civilians were killed, the "
        "governor said.",
    )
    assert events[0] == ("Shelling/artillery/missile attack", 4)


def test_a_soldier_killed_in_the_next_sentence_is_the_toll_not_an_event(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    """ "At least one Ukrainian soldier was killed." after a shelling: its toll, not an attack of its own."""
    events = _events(
        pipeline,
        tmp_path,
        "Russian forces shelled positions near Izium. At least one Ukrainian soldier was killed.",
    )
    assert events == [("Shelling/artillery/missile attack", 1)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ninety people were killed when a lorry bomb exploded in Kabul, officials said.", 90),
        ("The blast killed twenty-five people and wounded more than four hundred.", 25),
        ("A mob beat two men and burned them alive outside the police station.", 2),
        ("Machete-wielding attackers hacked 12 villagers to death in Ituri province.", 12),
    ],
)
def test_tolls_in_words_above_fifty_and_victims_burned_alive(sentence: str, expected: int) -> None:
    """ "Ninety", "twenty-five" were not numbers, and "beat two men and burned them alive" no toll."""
    assert find_fatalities(sentence) == expected
