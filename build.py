#!/usr/bin/env python3
"""Lagebild: `python build.py --help`. Extracts seeds/ into content/ and builds site/."""

import importlib.util
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
    # The work is done and reported: a Ctrl-C during the interpreter's shutdown (joining worker
    # processes, flushing) must not turn the outcome into a crash by SIGINT.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    sys.exit(code)
