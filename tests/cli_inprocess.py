"""Run the command line in this process: the same `frontwatch.cli.main` a `frontwatch` process runs, with
its standard output and error captured and its exit code as a process would have it.

A new process pays for importing spaCy and loading the model again (seconds each time); in this process
the model is loaded once for the whole session. The tests that keep the process boundary itself under
test (exit codes seen by a shell, hash seeds, signals, several processes writing at once) still start
real processes."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
from collections.abc import Iterator, Mapping
from pathlib import Path

from frontwatch.cli import main


@contextlib.contextmanager
def _environment(env: Mapping[str, str]) -> Iterator[None]:
    """`env` set in os.environ for the duration, then the previous values back."""
    saved = {name: os.environ.get(name) for name in env}
    os.environ.update(env)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def run_cli(
    *args: str, cwd: Path | None = None, env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`frontwatch ARGS` run through `main`: its exit code (2 for an argparse error, as a process
    exits), and everything it printed on stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    with (
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
        contextlib.chdir(cwd) if cwd is not None else contextlib.nullcontext(),
        _environment(env or {}),
    ):
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse's usage errors and --help
            code = 0 if exc.code is None else exc.code if isinstance(exc.code, int) else 1
    return subprocess.CompletedProcess(["frontwatch", *args], code, out.getvalue(), err.getvalue())
