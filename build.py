#!/usr/bin/env python3
"""Lagebild: `python build.py --help`. Extracts seeds/ into content/ and builds site/."""

import importlib.util
import logging
import os
import signal
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
VENV_PYTHON = VENV / "bin" / "python"
# The third-party modules the commands import (some only deep inside a command): a Python
# without any one of them is not the project's environment.
DEPENDENCIES = ("yaml", "ruamel.yaml", "mkdocs", "material", "jinja2", "markdown", "nh3", "babel", "icalendar")
_REEXEC_MARK = "LAGEBILD_REEXEC"  # set for the re-started process, so it never loops


def _missing_dependency() -> str | None:
    for name in DEPENDENCIES:
        try:
            if importlib.util.find_spec(name) is None:
                return name
        except ImportError:  # the parent package ('ruamel') is missing
            return name
    return None


def _in_project_venv() -> bool:
    # A venv's python is a symlink to the system one: compare environments, not executables.
    return Path(sys.prefix).resolve() == VENV.resolve()


try:
    missing = _missing_dependency()
except KeyboardInterrupt:
    sys.exit(130)  # Ctrl-C while starting: nothing was touched yet
if missing is not None:
    if VENV_PYTHON.exists() and not _in_project_venv() and not os.environ.get(_REEXEC_MARK):
        # Started with a Python that lacks the dependencies: use the project's own environment.
        os.environ[_REEXEC_MARK] = "1"
        os.execv(str(VENV_PYTHON), [str(VENV_PYTHON), str(Path(__file__).resolve()), *sys.argv[1:]])  # noqa: S606
    sys.exit(f"Lagebild is not installed (no module named '{missing}'): run 'make site' once "
             "(it creates .venv and installs everything), then '.venv/bin/python build.py'.")

if __name__ == "__main__":
    try:
        from lagebild.cli import main
    except KeyboardInterrupt:
        sys.exit(130)  # Ctrl-C while starting: nothing was touched yet
    try:
        code = main(root=Path.cwd() if (Path.cwd() / "mkdocs.yml").exists() else ROOT, exits_after=True)
    except KeyboardInterrupt:
        sys.exit(130)
    # The work is done and reported: a Ctrl-C from here on must not turn the outcome into a crash by SIGINT.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Then end without the interpreter's shutdown: after a site build it would free every object the
    # build made, one by one, and walk them all once more in its last garbage collection (at 1,000
    # briefings ~1 s CPU, longer than the page cache takes to write).  Every file is written and closed
    # by now (extraction's worker processes are joined when its pool closes); only the streams and
    # logging's handlers hold buffered text.  Under a profiler or tracer (`python -m cProfile -o …
    # build.py`, coverage) the interpreter ends as usual, so that they write what they gathered.
    if sys.getprofile() is not None or sys.gettrace() is not None:
        sys.exit(code)
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            code = code or 1  # a closed or broken stdout (a pipe whose reader went away)
    os._exit(code)
