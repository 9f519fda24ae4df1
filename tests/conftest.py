"""Shared test set-up: the `--update-golden` flag and a site built from the hand-written fixtures.

Keep this file small: one fixture per shared need, each saying what it builds.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SITE_FIXTURES = ROOT / "tests" / "fixtures" / "site" / "content"
FIXTURE_TODAY = "2026-01-02"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite tests/golden/ from the current output (review the diff before committing)")


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def build_site_from(content: Path, project: Path, today: str = FIXTURE_TODAY) -> Path:
    """Copy mkdocs.yml, templates/ and a content folder into project/, render it as a user would; the site."""
    project.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "templates", project / "templates")
    shutil.copytree(content, project / "content")
    result = subprocess.run([sys.executable, str(ROOT / "build.py"), "render", "--today", today], cwd=project,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return project / "site"


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site of tests/fixtures/site/content (a German and an English briefing), built once per run."""
    return build_site_from(SITE_FIXTURES, tmp_path_factory.mktemp("fixture-project"))
