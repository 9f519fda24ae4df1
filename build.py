#!/usr/bin/env python3
"""Lagebild: `python build.py --help`. Extracts seeds/ into content/ and builds site/."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV_PYTHON = ROOT / ".venv" / "bin" / "python"

try:
    from lagebild.cli import main
except ImportError:
    # Started with a Python that lacks the dependencies: use the project's own environment.
    if VENV_PYTHON.exists() and Path(sys.executable).resolve() != VENV_PYTHON.resolve():
        os.execv(str(VENV_PYTHON), [str(VENV_PYTHON), str(Path(__file__).resolve()), *sys.argv[1:]])  # noqa: S606
    sys.exit("Lagebild is not installed: run 'make site' once (it creates .venv and installs everything).")

if __name__ == "__main__":
    sys.exit(main(root=Path.cwd() if (Path.cwd() / "mkdocs.yml").exists() else ROOT))
