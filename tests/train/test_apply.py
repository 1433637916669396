"""A model re-types the rules' main event when confident, and changes nothing but the type fields."""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import date
from pathlib import Path

import pytest

from frontwatch.model import Event
from frontwatch.runner import Coded, Pipeline
from frontwatch.train import Settings, TypeClassifier, read_labelled, train
from frontwatch.train.model_dir import load_classifier, save_classifier
from frontwatch.train.threshold import NEVER, Scored, against_rules, by_precision

from .synthetic import sentences, write_acled_csv

TYPE_FIELDS = {"event_type", "sub_event_type", "plover_type", "plover_mode", "extra"}
STORY = (
    "KHARKIV, Ukraine (Reuters) - Russian artillery shelled Kharkiv overnight, damaging several houses, "
    "regional officials said on Monday.\n"
)
SWAP = {"Shelling/artillery/missile attack": "Arrests", "Arrests": "Shelling/artillery/missile attack"}


@pytest.fixture(scope="module")
def swapped(tmp_path_factory: pytest.TempPathFactory) -> TypeClassifier:
    """A model taught that shelling is an arrest, so it must disagree with the rules on a shelling."""
    folder = tmp_path_factory.mktemp("swapped")
    rows = [(text, SWAP.get(label, label)) for text, label in sentences()]
    trained = train(
        read_labelled(acled=write_acled_csv(folder / "swapped.csv", rows)),
        settings=Settings(epochs=8),
        buckets=1 << 12,
    )
    save_classifier(folder / "model", trained.weights, trained.manifest)
    return load_classifier(folder / "model")


def test_only_type_fields_change(pipeline: Pipeline, swapped: TypeClassifier, tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    day = date(2022, 5, 2)
    rules = replace(pipeline, typer=None)
    (plain,) = [r for r in rules.run([story], default_date=day) if isinstance(r, Coded)]
    (typed,) = [
        r for r in replace(pipeline, typer=swapped).run([story], default_date=day) if isinstance(r, Coded)
    ]
    assert plain.events and plain.events[0].sub_event_type == "Shelling/artillery/missile attack"
    main = typed.events[0]
    assert (main.sub_event_type, main.event_type) == ("Arrests", "Strategic developments")
    assert (main.plover_type, main.plover_mode) == ("COERCE", "arrest")
    assert main.extra["type_coder"] == "model"
    assert main.extra["rules_sub_event_type"] == "Shelling/artillery/missile attack"
    for before, after in zip(plain.events, typed.events, strict=True):
        changed = {k for k, v in asdict(before).items() if asdict(after)[k] != v}
        assert changed <= TYPE_FIELDS


def test_threshold_against_rules_overrides_only_where_the_model_wins() -> None:
    rows = [
        Scored("A", "A", 0.99, rules="B"),  # the model is right, the rules wrong
        Scored("A", "A", 0.95, rules="B"),
        Scored("B", "A", 0.60, rules="B"),  # below here the model is wrong where the rules are right
        Scored("B", "A", 0.55, rules="B"),
        Scored("C", "C", 0.50, rules=None),  # no rules event: not counted
    ]
    threshold, stats = against_rules(rows)
    assert threshold == 0.95
    assert stats["combined_correct"] == 4 and stats["rules_correct"] == 2


def test_threshold_is_never_when_the_rules_are_always_right() -> None:
    rows = [Scored("A", "B", 0.9, rules="A"), Scored("B", "B", 0.8, rules="B")]
    assert against_rules(rows)[0] == NEVER


def test_threshold_by_precision() -> None:
    rows = [Scored("A", "A", 0.9), Scored("A", "A", 0.8), Scored("A", "B", 0.7), Scored("B", "B", 0.6)]
    assert by_precision(rows, 0.75)[0] == 0.6  # 3 of 4 right
    assert by_precision(rows, 0.9)[0] == 0.8


def _first_event(pipeline: Pipeline, tmp_path: Path, text: str, default_date: date | None = None) -> Event:
    """The first event the rules and the built-in models code in a one-story text."""
    story = tmp_path / "story.txt"
    story.write_text(text, encoding="utf-8")
    (coded,) = [r for r in pipeline.run([story], default_date=default_date) if isinstance(r, Coded)]
    return coded.events[0]


def test_a_proposed_event_keeps_its_type(pipeline: Pipeline, tmp_path: Path) -> None:
    """The type classifier does not re-type what the proposer found."""
    from frontwatch.train.apply import retype_events

    proposed = replace(
        _first_event(pipeline, tmp_path, STORY, date(2022, 5, 2)), extra={"type_coder": "proposer"}
    )
    assert retype_events([proposed], ("Arrests", 0.99), 0.5) == [proposed]
    assert retype_events([replace(proposed, extra={})], ("Arrests", 0.99), 0.5)[0].sub_event_type == "Arrests"


def test_a_type_read_from_the_grammar_is_not_re_typed(pipeline: Pipeline, tmp_path: Path) -> None:
    """ "killing one officer": the rules coded a fight from who was killed, which words alone cannot tell."""
    from frontwatch.extract.events import FIRM_TYPE
    from frontwatch.train.apply import retype_events

    firm = replace(_first_event(pipeline, tmp_path, STORY, date(2022, 5, 2)), extra={FIRM_TYPE: True})
    kept = retype_events([firm], ("Arrests", 0.99), 0.5)[0]
    assert kept.sub_event_type == firm.sub_event_type and kept.extra["type_coder"] == "rules"


def test_a_riot_re_typed_as_force_on_protesters_has_the_protesters_first(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    """The rules read "stone-throwing protesters" as a riot's rioters; re-typed as force used on a crowd, the
    crowd is its protesters, as ACLED names them."""
    from frontwatch.train.apply import retype_events

    story = (
        "SRINAGAR, July 9 (Reuters) - Police fired on stone-throwing protesters in Kulgam on Saturday, "
        "killing three, officials said.\n"
    )
    riot = replace(_first_event(pipeline, tmp_path, story, date(2016, 7, 9)), extra={})
    riot = replace(riot, sub_event_type="Violent demonstration", actor1="Rioters (India)", inter1=5)
    recast = retype_events([riot], ("Excessive force against protesters", 0.99), 0.5)[0]
    assert (recast.actor1, recast.inter1) == ("Protesters (India)", 6)
    assert recast.interaction == 16


def test_an_attack_on_workers_re_typed_as_force_on_protesters_has_the_workers_first(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    """The rules read police shooting workers as an attack on civilians; re-typed as force used on a crowd,
    the workers come first as protesters and the police second, as ACLED orders them."""
    from frontwatch.train.apply import retype_events

    story = (
        "SZCZECIN, Dec 18 (Reuters) - Police opened fire on dock workers as they walked out of the shipyard "
        "gates on Friday, killing four, witnesses said.\n"
    )
    event = replace(_first_event(pipeline, tmp_path, story, date(1970, 12, 18)), extra={})
    attack = replace(
        event,
        sub_event_type="Attack",
        actor1="Police Forces of Poland (1956-1970)",
        inter1=1,
        actor2="Civilians (Poland)",
        inter2=7,
    )
    recast = retype_events([attack], ("Excessive force against protesters", 0.99), 0.5)[0]
    assert (recast.actor1, recast.inter1) == ("Protesters (Poland)", 6)
    assert (recast.actor2, recast.inter2) == (attack.actor1, 1)
    assert recast.interaction == 16


SUICIDE = "QUETTA, Pakistan (Reuters) - A suicide car bomb exploded at a police post in Quetta on Monday.\n"


def test_a_suicide_bombing_read_as_a_car_bomb_stays_a_suicide_bombing(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    """The one word that makes a car bomb a suicide bombing outweighs a model that reads it as a car bomb;
    another type the model is sure of still wins."""
    from frontwatch.train.apply import retype_events

    event = _first_event(pipeline, tmp_path, SUICIDE, date(2010, 3, 1))
    assert event.sub_event_type == "Suicide bomb"
    assert (
        retype_events([event], ("Remote explosive/landmine/IED", 0.99), 0.5)[0].sub_event_type
        == "Suicide bomb"
    )
    assert retype_events([event], ("Armed clash", 0.99), 0.5)[0].sub_event_type == "Armed clash"


CHLORINE = (
    "BAQUBA, Iraq - A car bomb laden with chlorine cylinders exploded in a market in Baquba on Tuesday.\n"
)


@pytest.mark.parametrize(
    "carrier", ["Remote explosive/landmine/IED", "Shelling/artillery/missile attack", "Air/drone strike"]
)
def test_a_chemical_attack_read_as_its_carrier_stays_a_chemical_attack(
    pipeline: Pipeline, tmp_path: Path, carrier: str
) -> None:
    """ "a car bomb laden with chlorine": the chemical is what ACLED codes, whatever carried it."""
    from frontwatch.train.apply import retype_events

    event = _first_event(pipeline, tmp_path, CHLORINE, date(2007, 5, 16))
    assert event.sub_event_type == "Chemical weapon"
    assert retype_events([event], (carrier, 0.99), 0.5)[0].sub_event_type == "Chemical weapon"


RIOT = "DOUALA, Cameroon (Reuters) - Youths fought police in Douala on Monday, witnesses said.\n"


def test_a_crowd_re_typed_as_rioting_is_the_rioters(pipeline: Pipeline, tmp_path: Path) -> None:
    """A protest re-typed as a riot names its crowd as rioters, and a police force the rules put first
    becomes the crowd's other side."""
    from frontwatch.train.apply import retype_events

    event = _first_event(pipeline, tmp_path, RIOT, date(2008, 2, 26))
    protest = replace(
        event, sub_event_type="Protest with intervention", actor1="Protesters (Cameroon)", inter1=6, extra={}
    )
    riot = retype_events([protest], ("Violent demonstration", 0.99), 0.5)[0]
    assert (riot.actor1, riot.inter1) == ("Rioters (Cameroon)", 5)
    police = replace(
        event,
        sub_event_type="Armed clash",
        actor1="Police Forces of Cameroon (1982-)",
        inter1=1,
        actor2=None,
        inter2=None,
        extra={},
    )
    riot = retype_events([police], ("Violent demonstration", 0.99), 0.5)[0]
    assert (riot.actor1, riot.actor2, riot.interaction) == (
        "Rioters (Cameroon)",
        "Police Forces of Cameroon (1982-)",
        15,
    )
    fight = retype_events([police], ("Armed clash", 0.99), 0.5)[0]
    assert fight.actor1 == "Police Forces of Cameroon (1982-)"


def test_a_crowds_event_re_typed_as_an_attack_is_the_forces(pipeline: Pipeline, tmp_path: Path) -> None:
    """Force used on protesters re-typed as an attack or an arrest: the force did it, to the crowd."""
    from frontwatch.train.apply import retype_events

    force = replace(
        _first_event(pipeline, tmp_path, RIOT, date(2008, 2, 26)),
        sub_event_type="Excessive force against protesters",
        actor1="Protesters (Cameroon)",
        inter1=6,
        actor2="Police Forces of Cameroon (1982-)",
        inter2=1,
        extra={},
    )
    attack = retype_events([force], ("Attack", 0.99), 0.5)[0]
    assert (attack.actor1, attack.actor2, attack.interaction) == (
        "Police Forces of Cameroon (1982-)",
        "Civilians (Cameroon)",
        17,
    )
    arrests = retype_events([force], ("Arrests", 0.99), 0.5)[0]
    assert (arrests.actor1, arrests.actor2) == ("Police Forces of Cameroon (1982-)", "Protesters (Cameroon)")
    mob = replace(force, actor2="Civilians (Cameroon)", inter2=7)
    assert retype_events([mob], ("Attack", 0.99), 0.5)[0].actor1 == "Protesters (Cameroon)"


TAKEN = (
    "Published: 2025-06-15\n\nMAKURDI, Nigeria - Gunmen swept into Yelwata, a farming village in Benue "
    "state, late on Friday, shooting residents and setting fire to shelters, local officials said.\n"
)


def test_an_other_side_given_by_default_follows_the_new_type(pipeline: Pipeline, tmp_path: Path) -> None:
    """A capture's other side the text never named (the army, by the type's default) becomes the
    civilians of an attack when the classifier re-types it; one the text named stays."""
    from frontwatch.extract.events import OTHER_BY_DEFAULT
    from frontwatch.train.apply import retype_events

    event = _first_event(pipeline, tmp_path, TAKEN)
    taken = replace(
        event,
        sub_event_type="Non-state actor overtakes territory",
        actor1="Unidentified Armed Group (Nigeria)",
        inter1=3,
        actor2="Military Forces of Nigeria (2023-)",
        inter2=1,
        extra={OTHER_BY_DEFAULT: True},
    )
    attack = retype_events([taken], ("Attack", 0.99), 0.5)[0]
    assert (attack.actor2, attack.interaction) == ("Civilians (Nigeria)", 37)
    named = replace(taken, extra={})
    assert retype_events([named], ("Attack", 0.99), 0.5)[0].actor2 == "Military Forces of Nigeria (2023-)"


def test_the_army_a_capture_is_placed_against_is_marked_as_the_default(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    """The army holding ground taken, which the rules add once the capture is placed, is the type's default
    and marked so; an army the text names is not."""
    from frontwatch.extract.events import OTHER_BY_DEFAULT

    rules = replace(pipeline, typer=None, proposer=None)
    unnamed = _first_event(
        rules, tmp_path, "Gunmen swept into the town of Yelwata in Benue state on Friday.\n"
    )
    assert unnamed.sub_event_type == "Non-state actor overtakes territory"
    assert unnamed.actor2 is not None and unnamed.extra.get(OTHER_BY_DEFAULT) is True
    named = _first_event(
        rules,
        tmp_path,
        "Gunmen seized the town of Yelwata in Benue state from the Nigerian army on Friday.\n",
    )
    assert named.actor2 is not None and not named.extra.get(OTHER_BY_DEFAULT)
