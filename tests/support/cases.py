"""Fixture-driven failure tests (tests/fixtures/bad, tests/fixtures/hostile): case lists and hooks.

A case is a folder with an ``expected.yml``; a case whose files cannot be
committed (FIFOs, symlinks, odd names) gets a *prepare* step, and a case with
more to assert than exit code and stderr gets an *extra* check.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from support.project import make_project, run_build

Prepare = Callable[[Path], None]
Extra = Callable[[Path, subprocess.CompletedProcess[str]], None]


def fixture_cases(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if (p / "expected.yml").is_file())


class CaseHooks:
    """Per-case hooks, registered with the ``prepare(case)`` and ``extra(case)`` decorators."""

    def __init__(self) -> None:
        self.prepare_steps: dict[str, Prepare] = {}
        self.extra_checks: dict[str, Extra] = {}

    def prepare(self, case: str) -> Callable[[Prepare], Prepare]:
        def register(function: Prepare) -> Prepare:
            self.prepare_steps[case] = function
            return function
        return register

    def extra(self, case: str) -> Callable[[Extra], Extra]:
        def register(function: Extra) -> Extra:
            self.extra_checks[case] = function
            return function
        return register


def built_project(tmp_path_factory: pytest.TempPathFactory, name: str) -> Path:
    """A project after one good run: content/, .lagebild/ and site/ as an editor would have them."""
    project = make_project(tmp_path_factory.mktemp(name) / "project")
    result = run_build(project)
    assert result.returncode == 0, result.stderr
    return project
