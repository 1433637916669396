from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from frontwatch.geo import Gazetteer, build_gazetteer, default_gazetteer_path, open_gazetteer


@pytest.fixture(scope="session")
def gazetteer_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default index when it has been built already, else one built once into a temporary folder."""
    default = default_gazetteer_path()
    if default.is_file():
        return default
    return build_gazetteer(tmp_path_factory.mktemp("gazetteer") / "gazetteer.sqlite")


@pytest.fixture(scope="session")
def gaz(gazetteer_path: Path) -> Iterator[Gazetteer]:
    g = open_gazetteer(gazetteer_path)
    yield g
    g.close()
