"""The documentation keeps up with the code: every command and option, every extract field and every
error code is documented."""

from __future__ import annotations

import argparse
import dataclasses
import inspect
import re
from pathlib import Path

import pytest

from frontwatch import errors
from frontwatch.cli import build_parser
from frontwatch.model import Event

DOCS = Path(__file__).resolve().parent.parent / "docs"


def subcommands(parser: argparse.ArgumentParser, prefix: str = "") -> dict[str, argparse.ArgumentParser]:
    found: dict[str, argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found[f"{prefix}{name}"] = sub
                found.update(subcommands(sub, f"{prefix}{name} "))
    return found


COMMANDS = subcommands(build_parser())


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_and_option_is_in_the_cli_docs(command: str) -> None:
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    assert f"frontwatch {command}" in text
    for action in COMMANDS[command]._actions:
        for option in action.option_strings:
            if option.startswith("--") and option != "--help":
                assert option in text, f"{command} {option} is not documented in docs/cli.md"


@pytest.mark.parametrize("field", [f.name for f in dataclasses.fields(Event) if f.name != "extra"])
def test_every_event_field_is_documented(field: str) -> None:
    assert f"`{field}`" in (DOCS / "extract-format.md").read_text(encoding="utf-8")


def error_codes() -> list[str]:
    return sorted(
        cls.code
        for _, cls in inspect.getmembers(errors, inspect.isclass)
        if issubclass(cls, errors.FrontwatchError) and not re.fullmatch(r"FW\d00", cls.code)
    )


@pytest.mark.parametrize("code", error_codes())
def test_every_error_code_is_documented(code: str) -> None:
    assert f"| {code} |" in (DOCS / "errors.md").read_text(encoding="utf-8")


def test_codes_are_unique() -> None:
    classes = [
        c for _, c in inspect.getmembers(errors, inspect.isclass) if issubclass(c, errors.FrontwatchError)
    ]
    codes = [c.code for c in classes]
    assert len(codes) == len(set(codes))
