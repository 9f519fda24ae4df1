"""The render cache (.lagebild/cache/): a build that uses it writes exactly the
site a build without them writes, byte for byte, after an edit too; a bad entry is ignored;
a page with a broken link is never cached, so every strict build fails on it.
"""

from __future__ import annotations

import gzip
import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from conftest import FIXTURE_TODAY, ROOT, SITE_FIXTURES, build_site_from

from lagebild.briefing.briefing_file import new_body, render_file

CACHE = Path(".lagebild") / "cache"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("benchmarks_generate", ROOT / "benchmarks" / "generate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def make_content(folder: Path) -> Path:
    """The fixture briefings plus a dozen generated ones (shared actors, events, quotes)."""
    content = folder / "content"
    shutil.copytree(SITE_FIXTURES, content)
    for item in _generator().generate(12):
        body = new_body(item.briefing, ROOT / "templates")
        (content / "briefings" / f"{item.briefing.slug}.md").write_text(
            render_file(item.briefing, body), encoding="utf-8")
    return content


def snapshot(site: Path) -> dict[str, bytes]:
    files = {}
    for path in sorted(site.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            files[path.relative_to(site).as_posix()] = gzip.decompress(data) if path.suffix == ".gz" else data
    return files


def rebuild(project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "build.py"), "render", "--today", FIXTURE_TODAY],
                          cwd=project, capture_output=True, text=True, timeout=300)


def assert_same_site(actual: dict[str, bytes], expected: dict[str, bytes]) -> None:
    assert sorted(actual) == sorted(expected)
    differing = [path for path in expected if actual[path] != expected[path]]
    assert not differing


def cold_build(content: Path, project: Path) -> dict[str, bytes]:
    """A build with empty caches: every page converted and indexed by MkDocs and the theme."""
    site = build_site_from(content, project)
    assert (project / CACHE / "render").is_dir()
    return snapshot(site)


def edit(project: Path, slug: str) -> None:
    path = project / "content" / "briefings" / f"{slug}.md"
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"^title: .*$", "title: Titel nach der Änderung", text, count=1, flags=re.MULTILINE)
    text = re.sub(r"^(\s+role: ).*$", r"\g<1>Rolle nach der Änderung", text, count=1, flags=re.MULTILINE)
    path.write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_content(tmp_path_factory.mktemp("content"))


def test_cached_build_and_cached_rebuild_after_an_edit_write_the_uncached_site(
        content: Path, tmp_path: Path) -> None:
    project = tmp_path / "cached"
    first = cold_build(content, project)
    assert any((project / CACHE / "render").rglob("*.json"))
    assert rebuild(project).returncode == 0
    assert_same_site(snapshot(project / "site"), first)

    slug = "seed-ukraine-gespraeche"
    edit(project, slug)
    assert rebuild(project).returncode == 0
    cached = snapshot(project / "site")
    fresh = tmp_path / "fresh"
    uncached = cold_build(project / "content", fresh)
    assert_same_site(cached, uncached)
    # The edit reached the derived pages, not only the edited one.
    for page in (f"briefings/{slug}/index.html", "briefings/index.html"):
        assert "Titel nach der Änderung" in cached[page].decode("utf-8")
    assert any("Rolle nach der Änderung" in cached[p].decode("utf-8") for p in cached if p.startswith("actors/"))
    assert cached != first


def test_unreadable_cache_entries_are_ignored(content: Path, tmp_path: Path) -> None:
    project = tmp_path / "project"
    first = cold_build(content, project)
    entries = sorted((project / CACHE).rglob("*.json"))
    for index, entry in enumerate(entries):
        damage = (b"", b"{not json", b'{"format": 1, "key": "another"}', b"[]")[index % 4]
        entry.write_bytes(damage)
    assert rebuild(project).returncode == 0
    assert_same_site(snapshot(project / "site"), first)


def test_a_broken_link_fails_every_strict_build(content: Path, tmp_path: Path) -> None:
    project = tmp_path / "project"
    cold_build(content, project)
    path = project / "content" / "briefings" / "en-miami-talks.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nSee [the plan](../nowhere.md).\n", encoding="utf-8")
    for _ in range(2):
        result = rebuild(project)
        assert result.returncode != 0
        assert "nowhere.md" in result.stderr


def test_a_cached_page_is_converted_again_when_its_link_target_goes(content: Path, tmp_path: Path) -> None:
    """The files a page's links resolved to are part of its cache entry: removing one is a miss."""
    project = tmp_path / "project"
    cold_build(content, project)
    folder = project / "content" / "actors"  # outside the nav, beside the actor pages
    folder.mkdir()
    (folder / "notes.md").write_text("# Notes\n\n[Start](../index.md) [Old](old.md)\n", encoding="utf-8")
    (folder / "old.md").write_text("# Old\n", encoding="utf-8")
    assert rebuild(project).returncode == 0
    (folder / "old.md").unlink()
    result = rebuild(project)  # notes.md is unchanged, but its link now points nowhere
    assert result.returncode != 0
    assert "old.md" in result.stderr
    (folder / "old.md").write_text("# Old again\n", encoding="utf-8")
    assert rebuild(project).returncode == 0
    cached = snapshot(project / "site")
    assert 'href="../old/"' in cached["actors/notes/index.html"].decode("utf-8")
    fresh = tmp_path / "fresh"
    assert_same_site(cached, cold_build(project / "content", fresh))


def test_a_cache_that_cannot_be_written_only_costs_time(content: Path, tmp_path: Path) -> None:
    project = tmp_path / "project"
    first = cold_build(content, project)
    shutil.rmtree(project / CACHE)
    (project / CACHE).write_text("not a folder\n", encoding="utf-8")
    result = rebuild(project)
    assert result.returncode == 0, result.stderr
    assert_same_site(snapshot(project / "site"), first)


def test_the_settings_key_is_the_same_in_every_process(tmp_path: Path) -> None:
    """The toc's `slugify` is a function: the key names it, not its memory address (which made
    every new process miss every entry)."""
    script = ("from pathlib import Path\nfrom mkdocs.config import load_config\n"
              "from lagebild.site.render_cache import RenderCache\n"
              f"print(RenderCache(Path({str(tmp_path)!r}), load_config({str(ROOT / 'mkdocs.yml')!r})).settings)\n")
    keys = {subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True,
                           check=True).stdout.strip() for _ in range(2)}
    assert len(keys) == 1 and all(keys)
