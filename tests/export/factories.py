"""The test builders of tests/store/factories.py, loaded by file path so that the import works
whatever the package layout of the tests folder."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_NAME = "frontwatch_store_test_factories"
_PATH = Path(__file__).resolve().parent.parent / "store" / "factories.py"

if _NAME not in sys.modules:
    _spec = importlib.util.spec_from_file_location(_NAME, _PATH)
    assert _spec is not None and _spec.loader is not None
    _module = importlib.util.module_from_spec(_spec)
    sys.modules[_NAME] = _module
    _spec.loader.exec_module(_module)

make_document = sys.modules[_NAME].make_document
make_event = sys.modules[_NAME].make_event

__all__ = ["make_document", "make_event"]
