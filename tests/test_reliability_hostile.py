"""Hostile and careless use, round two (issue 10): no command destroys work, publishes what is
private, or is steered by hostile text.

The same shape as tests/test_reliability.py: each case is a folder
``tests/fixtures/hostile/<id>/`` laid over a copy of a built project, with an
``expected.yml`` (args, exit code, stderr patterns, what stays byte-identical);
inputs git cannot hold (FIFOs, non-UTF-8 names, copies of the built briefing)
are made by a PREPARE function, further assertions live in an EXTRA function.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from support.cases import CaseHooks, built_project, fixture_cases
from support.project import SEED, SLUG, file_digests, run_build, tree_digest

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "hostile"
CASES = fixture_cases(FIXTURES)
# Our own temporary folders: <site>.tmp-<pid>-<token>, <site>.old-<pid>-<token>, .lagebild-tmp-<8>.
OURS = re.compile(r"^(site\.(tmp|old)-\d+-[0-9a-f]{16}|\.lagebild-tmp-\w{8})$")

HOOKS = CaseHooks()
prepare, extra = HOOKS.prepare, HOOKS.extra
PREPARE, EXTRA = HOOKS.prepare_steps, HOOKS.extra_checks


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_project(tmp_path_factory, "hostile")


def our_leftovers(project: Path) -> list[str]:
    return sorted(str(p.relative_to(project)) for p in project.rglob("*") if OURS.match(p.name))


@pytest.mark.parametrize("case", CASES)
def test_hostile_input(case: str, baseline: Path, tmp_path: Path) -> None:
    fixture = FIXTURES / case
    expected = yaml.safe_load((fixture / "expected.yml").read_text(encoding="utf-8"))
    project = tmp_path / "project"
    shutil.copytree(baseline, project, symlinks=True)
    for part in ("content", "seeds", "templates"):
        if (fixture / part).is_dir():
            shutil.copytree(fixture / part, project / part, dirs_exist_ok=True)
    if case in PREPARE:
        PREPARE[case](project)
    before = {part: file_digests(project / part) for part in ("content", "seeds")}
    site_before = tree_digest(project / "site")

    started = time.monotonic()
    result = run_build(project, *expected.get("args", []), timeout=expected.get("timeout", 120))
    report = f"exit {result.returncode} after {time.monotonic() - started:.1f}s\nstderr:\n{result.stderr}"
    assert result.returncode == expected["exit"], report
    for pattern in expected.get("stderr", []):
        assert re.search(pattern, result.stderr, re.MULTILINE), f"missing /{pattern}/\n{report}"
    for pattern in expected.get("not_stderr", []):
        assert not re.search(pattern, result.stderr, re.MULTILINE), f"unexpected /{pattern}/\n{report}"
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr, report
    for part in ("content", "seeds"):
        if part in expected.get("unchanged", []):
            after = file_digests(project / part)
            assert {k: v for k, v in after.items() if k in before[part]} == before[part], report
    if "site" in expected.get("unchanged", []):
        assert tree_digest(project / "site") == site_before, report
    assert not our_leftovers(project), our_leftovers(project)
    if case in EXTRA:
        EXTRA[case](project, result)


# ---------------------------------------------------------------- commands that destroy work

@prepare("H03")
def _h03_prepare(project: Path) -> None:
    # Above the project is refused as well (checked here in-process: the runner takes one command).
    from lagebild.paths import site_problem

    protected = {"content": project / "content", "seeds": project / "seeds"}
    above = site_problem(project.parent, project, protected)
    assert above is not None and "project folder or above it" in above.message
    assert site_problem(project / "site", project, protected) is None
    (project / "notes").mkdir()
    (project / "notes" / "mine.txt").write_text("mine")
    other = site_problem(project / "notes", project, protected)
    assert other is not None and "not a built site" in other.message  # a user's folder is not replaced


@prepare("H04")
def _h04_prepare(project: Path) -> None:
    for name in ("site.old-backup-2025", "site.tmp-mine", "site.old-12345"):
        (project / name).mkdir()
        (project / name / "keep.txt").write_text("the user's")


@extra("H04")
def _h04(project: Path, result: subprocess.CompletedProcess[str]) -> None:
    for name in ("site.old-backup-2025", "site.tmp-mine", "site.old-12345"):
        assert (project / name / "keep.txt").read_text() == "the user's", name


@prepare("H05")
def _h05_prepare(project: Path) -> None:
    shutil.copytree(project / "content", project / "content2")
    (project / "content2" / "briefings" / f"{SLUG}.md").unlink()


@extra("H05")
def _h05(project: Path, result: subprocess.CompletedProcess[str]) -> None:
    base = project / ".lagebild" / "base" / "briefings"
    own = project / ".lagebild" / "content-folders" / "content2" / "base" / "briefings" / f"{SLUG}.md"
    assert own.is_file()
    assert (base / f"{SLUG}.md").read_bytes() != b""
    # The normal extraction afterwards finds nothing changed: content/'s base was not touched.
    again = run_build(project, "extract")
    assert again.returncode == 0 and "0 written" in again.stderr, again.stderr
    assert "edited" not in (project / "content" / "briefings" / f"{SLUG}.md").read_text(encoding="utf-8")


# ---------------------------------------------------------------- private files

def _backups(project: Path) -> None:
    briefing = project / "content" / "briefings" / f"{SLUG}.md"
    shutil.copy(briefing, briefing.with_name(briefing.name + ".orig"))
    shutil.copy(briefing, briefing.with_name(briefing.name + "~"))


@prepare("H06")
def _h06_prepare(project: Path) -> None:
    _backups(project)
    with open(os.path.join(os.fsencode(project / "content"), b"caf\xe9.png"), "wb") as handle:
        handle.write(b"\x89PNG")


prepare("H07")(_backups)


@extra("H07")
def _h07(project: Path, result: subprocess.CompletedProcess[str]) -> None:
    site_files = {p.name for p in (project / "site").rglob("*")}
    for name in ("secrets.yml", "notizen.txt", f"{SLUG}.md.orig", f"{SLUG}.md~", "actors.yml"):
        assert name not in site_files, name
    assert "hunter2" not in "".join(p.read_text(errors="ignore") for p in (project / "site").rglob("*") if p.is_file())


# ---------------------------------------------------------------- hostile text

@prepare("H09")
def _h09_prepare(project: Path) -> None:
    # A file name is printed as it is: its escape sequence must not reach the terminal raw.
    (project / "content" / "briefings" / "fake\x1b[2J\rchecked: 0 errors.md").write_text("---\ntitle: x\n---\n")


@extra("H09")
def _h09(project: Path, result: subprocess.CompletedProcess[str]) -> None:
    assert "fake\\x1b[2J\\x0dchecked: 0 errors.md: file name is not a page address" in result.stderr
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", result.stderr)


def _actor_page(project: Path, slug: str) -> str:
    return (project / "site" / "actors" / slug / "index.html").read_text(encoding="utf-8")


@extra("H10")
def _h10(project: Path, result: subprocess.CompletedProcess[str]) -> None:
    original = _actor_page(project, "steve-witkoff")
    assert "US-Sondergesandter" in original  # the real person keeps the address
    assert "Namensvetter" not in original
    assert "Namensvetter" in _actor_page(project, "steve-witkoff-2")  # the newcomer gets the suffix
    # The zero-width joiner makes no second actor: it is the same name.
    pages = sorted(p.name for p in (project / "site" / "actors").iterdir() if p.name.startswith("steve"))
    assert pages == ["steve-witkoff", "steve-witkoff-2"], pages


class _Attributes(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.classes: list[str] = []
        self.handlers: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "id" and value:
                self.ids.append(value)
            elif name == "class" and value:
                self.classes += value.split()
            elif name.startswith("on"):
                self.handlers.append(name)


@extra("H12")
def _h12(project: Path, result: subprocess.CompletedProcess[str]) -> None:
    page = (project / "site" / "briefings" / "h12" / "index.html").read_text(encoding="utf-8")
    html = page[page.index("<article"):page.index("</article>")]
    found = _Attributes()
    found.feed(html)
    assert "__drawer" not in found.ids  # the theme's drawer id stays the theme's alone
    assert page.count('id="__drawer"') == 1 and page.count('id="__search"') <= 1
    assert not [i for i in found.ids if i.startswith("_")]  # no heading takes a theme-style id
    assert "md-dialog" not in found.classes and "md-button" not in found.classes
    assert not found.handlers
    assert "{ .md-dialog" in html and "{ #__drawer }" in html  # shown as the text it is


# ---------------------------------------------------------------- inputs that hang or crash

@prepare("H13")
def _h13_prepare(project: Path) -> None:
    os.mkfifo(project / "seeds" / "pipe.txt")


@prepare("H14")
def _h14_prepare(project: Path) -> None:
    os.mkfifo(project / "content" / "briefings" / "pipe.md")
    os.mkfifo(project / "content" / "pipe.png")


@extra("H14")
def _h14(project: Path, result: subprocess.CompletedProcess[str]) -> None:
    (project / "content" / "briefings" / "pipe.md").unlink()
    render = run_build(project, "render", timeout=120)  # the FIFO among the assets is left out
    assert render.returncode == 0, render.stderr
    assert not (project / "site" / "pipe.png").exists()


@prepare("H17")
def _h17_prepare(project: Path) -> None:
    seeds = os.fsencode(project / "seeds")
    with open(os.path.join(seeds, b"caf\xe9.txt"), "wb") as handle:
        handle.write(SEED.read_bytes())
    shutil.copy(SEED, project / "seeds" / "neu.txt")
    (project / "seeds" / "notes.rtf").write_text("{\\rtf1 Notiz}")


@extra("H17")
def _h17(project: Path, result: subprocess.CompletedProcess[str]) -> None:
    assert (project / "content" / "briefings" / "neu.md").is_file()


@extra("H20")
def _h20(project: Path, result: subprocess.CompletedProcess[str]) -> None:
    week = run_build(project, "check", "--today", "2026-W01-1")  # ISO week date: not YYYY-MM-DD
    assert week.returncode == 2 and "is not a date" in week.stderr, week.stderr


@prepare("H21")
def _h21_prepare(project: Path) -> None:
    (project / "docs-mine").mkdir()
    (project / "docs-mine" / "notizen.txt").write_text("Meine Notizen\n")


@extra("H21")
def _h21(project: Path, result: subprocess.CompletedProcess[str]) -> None:
    assert (project / "docs-mine" / "notizen.txt").read_text() == "Meine Notizen\n"
    (project / "target.txt").write_text("a file")
    refused = run_build(project, "render", "--site", "target.txt")
    assert refused.returncode == 2 and "refusing to replace a file" in refused.stderr, refused.stderr
    assert (project / "target.txt").read_text() == "a file"


@prepare("H22")
def _h22_prepare(project: Path) -> None:
    (project / "seeds" / "gipfel\x1b[2J.txt").write_bytes(SEED.read_bytes())


@extra("H24")
def _h24(project: Path, result: subprocess.CompletedProcess[str]) -> None:
    assert not (project / "briefings").exists() and not (project.parent / ".lagebild").exists()
    into_site = run_build(project, "extract", "--content", "site")
    assert into_site.returncode == 2, into_site.stderr
    assert "refusing to use a folder in, above or inside the site folder site/" in into_site.stderr
