"""Regression: "Palmyra" in a story about Syria stayed unresolved, because the best-scoring namesake
(Palmira, Colombia) was refused as a far-away guess and the Syrian town was never considered."""

from __future__ import annotations

from frontwatch.geo import Gazetteer
from frontwatch.geo.geocode import GeoContext, resolve


def test_the_best_candidate_inside_the_story_countries_is_the_next_choice(gaz: Gazetteer) -> None:
    found = resolve(gaz, "Palmyra", GeoContext(focus_countries=("SY",)), kind="settlement")
    assert found.place is not None and found.place.country_code == "SY"
