"""Where a war is fought: lines of contact that make a village near them the likelier namesake.

Ukraine has a hundred Oleksandrivkas and dozens of Novoselivkas, Kamiankas and Pavlivkas; when a story
names one with nothing else to tell them apart ("Russian tanks taking fire at Kamyanka"), the namesake
near the fighting is far likelier than one 600 km behind it, whatever their sizes: war reporting names
places where the war is. This is our own table of facts: the lines along which the Russian invasion of
Ukraine has been fought since February 2022 (the advance on Kyiv, Chernihiv and Sumy in its first
weeks; the Kharkiv front; the line of contact in Donbas, in force since 2014; the southern front from
Zaporizhzhia to Kherson and Mykolaiv; the border strip shelled from both sides), as points along each
line, west to east or north to south, no more than about 60 km apart. `closeness` measures how near a
point lies to any line, 1.0 on it and falling off with distance; `geo/geocode.py` weighs it into a
candidate's score in stories on a country of the table. See docs/gazetteer.md, "Near the front".
"""

from __future__ import annotations

import itertools
import math
from functools import lru_cache

FRONT_SCALE_KM = 40.0  # closeness falls to 1/e this far from a line
STEP_KM = 10.0  # the lines are sampled at least this densely
FAR_KM = 4 * FRONT_SCALE_KM  # beyond this, closeness is 0
Point = tuple[float, float]

# Lines of the war in Ukraine, as (lat, lon) points.
UKRAINE_LINES: dict[str, tuple[Point, ...]] = {
    # the advance on Kyiv from Belarus (February-March 2022): Ivankiv, Borodianka, Makariv, Hostomel and
    # Bucha, Irpin, Brovary's villages, then Chernihiv and the road east to Konotop and Sumy
    "kyiv": (
        (50.93, 29.90),
        (50.65, 29.92),
        (50.46, 29.81),
        (50.55, 30.22),
        (50.52, 30.25),
        (50.59, 30.91),
        (50.80, 31.10),
    ),
    "chernihiv-sumy": (
        (51.49, 31.29),
        (51.24, 32.00),
        (51.24, 33.20),
        (50.91, 34.80),
        (50.48, 34.97),
        (50.31, 34.90),
    ),
    # Kharkiv and its north and east: Tsyrkuny, Vovchansk, Chuhuiv, Balakliia, Kupiansk, Izium
    "kharkiv": (
        (49.99, 36.23),
        (50.09, 36.35),
        (50.29, 36.94),
        (49.84, 36.69),
        (49.46, 36.86),
        (49.71, 37.62),
        (49.21, 37.26),
    ),
    # the line of contact in Donbas, north to south: Svatove, Kreminna, Lyman, Siversk, Soledar, Bakhmut,
    # Toretsk, Avdiivka, Donetsk, Marinka, Vuhledar, Velyka Novosilka
    "donbas": (
        (49.41, 38.15),
        (49.05, 38.22),
        (48.99, 37.81),
        (48.87, 38.10),
        (48.69, 38.07),
        (48.60, 38.00),
        (48.40, 37.85),
        (48.14, 37.75),
        (48.00, 37.80),
        (47.94, 37.50),
        (47.78, 37.25),
        (47.84, 36.84),
    ),
    # the Luhansk front of 2014-2022 and the battle for Sievierodonetsk and Lysychansk (2022): Stanytsia
    # Luhanska, Shchastia, Popasna, Zolote, Hirske, Lysychansk, Sievierodonetsk, Rubizhne
    "luhansk": (
        (48.65, 39.49),
        (48.74, 39.23),
        (48.70, 38.51),
        (48.63, 38.38),
        (48.90, 38.43),
        (48.95, 38.49),
        (49.01, 38.38),
    ),
    # the south of Donetsk and Zaporizhzhia: Mariupol, Volnovakha, Huliaipole, Orikhiv, Vasylivka,
    # Enerhodar and Nikopol across the reservoir
    "zaporizhzhia": (
        (47.10, 37.55),
        (47.60, 37.50),
        (47.66, 36.26),
        (47.57, 35.78),
        (47.44, 35.27),
        (47.50, 34.66),
        (47.57, 34.40),
    ),
    # the Kherson and Mykolaiv front of 2022 (the Inhulets bridgehead, Snihurivka, Posad-Pokrovske,
    # Mykolaiv) and the Dnipro river from Nova Kakhovka to its mouth (since November 2022)
    "kherson": (
        (47.49, 33.52),
        (47.10, 33.16),
        (47.08, 32.80),
        (46.81, 32.66),
        (46.97, 32.00),
        (46.64, 32.61),
        (46.75, 33.37),
        (46.56, 31.53),
    ),
    "dnipro": ((47.57, 34.40), (46.78, 33.37), (46.64, 32.61), (46.52, 32.30)),
    # the Russian border shelled from both sides: Bryansk, Kursk and Belgorod border villages
    "border": (
        (52.38, 32.19),
        (51.34, 34.64),
        (51.19, 35.27),
        (50.48, 35.67),
        (50.60, 36.59),
        (50.41, 36.89),
        (50.21, 38.10),
    ),
}

# The countries whose namesakes the lines weigh, each with the story countries that make them weigh: a
# Ukrainian village in a story on Ukraine or on Russia ("Russia's assault on Lyman"), a Russian one in
# a story on Russia. A candidate elsewhere gets nothing.
FRONT_COUNTRIES: dict[str, frozenset[str]] = {"UA": frozenset({"UA", "RU"}), "RU": frozenset({"RU"})}


def _sampled(lines: dict[str, tuple[Point, ...]]) -> tuple[Point, ...]:
    """Every line sampled at least every STEP_KM, so that the nearest sample is within half a step of
    the nearest point of the line."""
    samples: list[Point] = []
    for points in lines.values():
        samples.append(points[0])
        for (lat1, lon1), (lat2, lon2) in itertools.pairwise(points):
            steps = max(1, math.ceil(_km(lat1, lon1, lat2, lon2) / STEP_KM))
            samples += [
                (lat1 + (lat2 - lat1) * i / steps, lon1 + (lon2 - lon1) * i / steps)
                for i in range(1, steps + 1)
            ]
    return tuple(samples)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance: within a fraction of a percent at these distances and latitudes."""
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    y = math.radians(lat2 - lat1)
    return 6371.0 * math.hypot(x, y)


SAMPLES = _sampled(UKRAINE_LINES)


def front_km(lat: float, lon: float) -> float:
    """The distance from a point to the nearest line of the table, in km."""
    return _front_km(round(lat, 2), round(lon, 2))


@lru_cache(maxsize=65536)
def _front_km(lat: float, lon: float) -> float:
    return min(_km(lat, lon, s_lat, s_lon) for s_lat, s_lon in SAMPLES)


def closeness(lat: float, lon: float) -> float:
    """1.0 on a line of the war, exp(-d / FRONT_SCALE_KM) at d km from it, 0 beyond FAR_KM."""
    d = front_km(lat, lon)
    return 0.0 if d > FAR_KM else math.exp(-d / FRONT_SCALE_KM)
