"""End to end, as a newcomer uses it: seeds/ in, a briefing website out.

These tests copy the real project (mkdocs.yml, templates/, the seed) into a
temporary folder, run `build.py` as a user would, and read the HTML.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from support.pages import read_page
from support.project import ROOT, SEED, SLUG, TODAY, make_project, run_build, tree_digest


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_project(tmp_path_factory.mktemp("project"))
    result = run_build(project, "--today", TODAY)
    assert result.returncode == 0, result.stderr
    return project


def test_build_extracts_the_seed_into_a_briefing_file(built: Path) -> None:
    briefing = built / "content" / "briefings" / f"{SLUG}.md"
    text = briefing.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    for field in ("title:", "language: de", "persons:", "events:", "quotes:", "figures:", "sources:"):
        assert field in text
    assert "Koalition der Willigen und Sicherheitsgarantien" in text  # a subheading is kept


def test_briefing_page_speaks_german_and_shows_the_facts(built: Path) -> None:
    page = read_page(built / "site" / "briefings" / SLUG / "index.html")
    assert page.lang == "de"
    text = page.text  # type: ignore[attr-defined]
    for label in ("Überblick", "Treffen und Termine", "Akteure", "Der Artikel"):
        assert label in text
    assert "Witkoff" in text
    assert "Jänner 2026" in text  # an Austrian article gets Austrian month names


def test_every_person_has_an_actor_page_linked_from_the_briefing(built: Path) -> None:
    briefing_file = built / "content" / "briefings" / f"{SLUG}.md"
    names = re.findall(r"^- name: (.+)$", briefing_file.read_text(encoding="utf-8").split("organizations:")[0],
                       re.MULTILINE)
    assert len(names) >= 5
    page = read_page(built / "site" / "briefings" / SLUG / "index.html")
    actor_links = {link for link in page.links if "/actors/" in link}
    for name in names:
        actor_dir = built / "site" / "actors" / re.sub(r"[^a-z0-9]+", "-", name.lower().replace("ó", "o")).strip("-")
        matches = [p for p in (built / "site" / "actors").iterdir() if p.name == actor_dir.name]
        assert matches or any(name.split()[-1].lower() in link for link in actor_links), name


def test_derived_pages_exist_and_link_back(built: Path) -> None:
    site = built / "site"
    for page in ("index.html", "timeline/index.html", "actors/index.html", "briefings/index.html"):
        assert (site / page).is_file(), page
    start = read_page(site / "index.html")
    assert any(SLUG in link for link in start.links)


def test_check_passes_on_fresh_output(built: Path) -> None:
    result = run_build(built, "check")
    assert result.returncode == 0, result.stderr


def test_malformed_yaml_reports_path_and_line_and_keeps_site(built: Path) -> None:
    briefing = built / "content" / "briefings" / f"{SLUG}.md"
    original = briefing.read_bytes()
    site_before = tree_digest(built / "site")
    lines = original.decode("utf-8").split("\n")
    lines[1] = "title: Gipfel: Genf"
    briefing.write_text("\n".join(lines), encoding="utf-8")
    try:
        result = run_build(built, "render", "--today", TODAY)
        assert result.returncode == 1
        assert re.search(rf"content/briefings/{SLUG}\.md:2:\d+: mapping values are not allowed", result.stderr)
        assert "Traceback" not in result.stderr
        assert tree_digest(built / "site") == site_before
        checked = run_build(built, "check")
        assert checked.returncode == 1
        assert f"content/briefings/{SLUG}.md:2" in checked.stderr
    finally:
        briefing.write_bytes(original)


def test_schema_problems_are_all_reported_with_lines(built: Path) -> None:
    briefing = built / "content" / "briefings" / f"{SLUG}.md"
    original = briefing.read_text(encoding="utf-8")
    broken = original.replace("language: de", "language: fr", 1).replace("persons:", "persns:", 1)
    briefing.write_text(broken, encoding="utf-8")
    try:
        result = run_build(built, "check")
        assert result.returncode == 1
        assert re.search(r":3: language: 'fr' is not allowed — use one of: de, en", result.stderr)
        assert re.search(r":\d+: persns: unknown field 'persns' — did you mean 'persons'\?", result.stderr)
    finally:
        briefing.write_text(original, encoding="utf-8")


def test_extract_into_any_folders(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    out = tmp_path / "elsewhere"
    result = run_build(project, "extract", "--seeds", str(project / "seeds"), "--content", str(out))
    assert result.returncode == 0, result.stderr
    assert (out / "briefings" / f"{SLUG}.md").is_file()
    assert not (project / "site").exists()


def test_second_extraction_changes_nothing(built: Path) -> None:
    before = tree_digest(built / "content")
    result = run_build(built, "extract")
    assert result.returncode == 0, result.stderr
    assert tree_digest(built / "content") == before


@pytest.mark.parametrize("command", [[], ["extract"], ["render"], ["check"]])
def test_every_command_has_help_with_an_example(command: list[str]) -> None:
    result = subprocess.run([sys.executable, str(ROOT / "build.py"), *command, "--help"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert "example" in result.stdout
    assert "build.py" in result.stdout


def test_every_field_and_command_is_documented_in_the_readme() -> None:
    from lagebild.briefing.model import EVENT_KINDS, REVIEW_STATES
    from lagebild.briefing.schema import COMMON_FACT_KEYS, FACT_KEYS, TOP_LEVEL_KEYS

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    fields = set(TOP_LEVEL_KEYS) | set(COMMON_FACT_KEYS) | {k for keys in FACT_KEYS.values() for k in keys}
    for name in sorted(fields | set(EVENT_KINDS) | set(REVIEW_STATES)):
        assert f"`{name}`" in readme, f"{name} is not documented in README.md"
    for command in ("make site", "make test", "make serve", "build.py extract", "build.py render", "build.py check"):
        assert command in readme


def test_identical_articles_under_two_names_keep_their_own_source(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    shutil.copy(SEED, project / "seeds" / "copy_of_seed.txt")
    for _ in range(2):  # the second run is served from the extraction cache
        result = run_build(project, "extract")
        assert result.returncode == 0, result.stderr
    copy = (project / "content" / "briefings" / "copy-of-seed.md").read_text(encoding="utf-8")
    original = (project / "content" / "briefings" / f"{SLUG}.md").read_text(encoding="utf-8")
    assert "file: copy_of_seed.txt" in copy
    assert f"file: {SEED.name}" in original


def test_extracting_elsewhere_keeps_its_state_beside_that_folder(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    out = tmp_path / "other" / "content"
    result = run_build(project, "extract", "--content", str(out))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "other" / ".lagebild" / "base" / "briefings" / f"{SLUG}.md").is_file()
    assert not (project / ".lagebild" / "base").exists()
