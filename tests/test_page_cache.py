"""Warm `build.py render` from disk ≡ a cold build: after nothing changed the site is kept as it is;
after each kind of edit only what changed is rendered, and the site equals, byte for byte, a cold
build of a copy of the project.  A damaged cache, a new code version and a failed build are survived;
the old site is never written through the hard links a warm build makes."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from support.incremental import TODAY, differences, small_project
from test_incremental import (
    briefing,
    edit_add,
    edit_delete,
    edit_event_date,
    edit_nav,
    edit_role,
    edit_template,
    edit_title,
    edit_today,
)

from lagebild.errors import LagebildError
from lagebild.site.incremental import page_cache, site_record
from lagebild.site.site_build import BuildOutcome, build_site

pytestmark = pytest.mark.slow

Edit = Callable[[Path, pytest.MonkeyPatch], None]
PAGES = Path(".lagebild") / "cache" / "pages"


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("LAGEBILD_TODAY", TODAY)
    monkeypatch.delenv("LAGEBILD_AUDIT", raising=False)
    small_project(tmp_path / "project")
    yield tmp_path


def render(project: Path) -> BuildOutcome:
    """`build.py render` as the command runs it (the build date from LAGEBILD_TODAY)."""
    return build_site(project / "mkdocs.yml", project / "site")


def why_not_kept(project: Path) -> str:
    record = site_record.read_record(project / PAGES, [])
    if record is None:
        return "no record"
    site = site_record.site_manifest(project / "site")
    changed = [path for path in set(site) | set(record.site) if site.get(path) != record.site.get(path)]
    return f"site entries changed: {changed[:5]}" if changed else "the inputs changed"


def cold_site(project: Path, workdir: Path) -> Path:
    """A cold build of a copy of the project: no page cache, no render cache, no old site."""
    copy = workdir / "cold-project"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(project, copy, ignore=shutil.ignore_patterns("site*", "cache"))
    outcome = render(copy)
    assert outcome.rendered is None and not outcome.kept
    return copy / "site"


def test_nothing_changed_keeps_the_site(workdir: Path) -> None:
    project = workdir / "project"
    first = render(project)
    assert not first.kept and first.rendered is None
    before = {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in (project / "site").rglob("*")}
    again = render(project)
    assert again.kept and again.pages == first.pages
    assert {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in (project / "site").rglob("*")} == before
    assert not differences(project / "site", cold_site(project, workdir))


WARM_EDITS: list[tuple[str, Edit]] = [
    ("title", edit_title), ("role", edit_role), ("event date", edit_event_date), ("delete", edit_delete),
    ("add", edit_add), ("template", edit_template), ("nav", edit_nav), ("today", edit_today),
]
PARTIAL = {"title", "role"}  # edits that must render only a few pages


def test_every_edit_kind_renders_warm_to_the_cold_site(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = workdir / "project"
    render(project)
    for name, edit in WARM_EDITS:
        edit(project, monkeypatch)
        outcome = render(project)
        assert not outcome.kept, f"{name}: the edit was not noticed"
        assert outcome.rendered is not None, f"{name}: the build was cold"
        if name in PARTIAL:
            assert 0 < outcome.rendered < outcome.pages // 2, f"{name}: {outcome.rendered} of {outcome.pages}"
        found = differences(project / "site", cold_site(project, workdir))
        assert not found, f"after the edit '{name}': {found[:10]}"
        assert render(project).kept, f"{name}: a second build had something to do: {why_not_kept(project)}"


def test_a_warm_build_never_writes_through_to_the_old_site(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = workdir / "project"
    render(project)
    keep = workdir / "old-site-inodes"  # a second link to every old file keeps its inode to look at
    old: dict[Path, str] = {}
    for path in (project / "site").rglob("*"):
        if path.is_file():
            target = keep / path.relative_to(project / "site")
            target.parent.mkdir(parents=True, exist_ok=True)
            os.link(path, target)
            old[target] = hashlib.sha256(path.read_bytes()).hexdigest()
    edit_title(project, monkeypatch)
    outcome = render(project)
    assert outcome.rendered is not None and outcome.rendered > 0
    assert {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in old} == old


def test_a_failed_build_leaves_site_and_cache_usable(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = workdir / "project"
    render(project)
    site_before = {p.relative_to(project / "site"): p.read_bytes() for p in (project / "site").rglob("*")
                   if p.is_file()}
    path = briefing(project, 2)
    good = path.read_text(encoding="utf-8")
    path.write_text(good.replace("title: '", "title: ['", 1), encoding="utf-8")
    with pytest.raises(LagebildError):
        render(project)
    assert {p.relative_to(project / "site"): p.read_bytes() for p in (project / "site").rglob("*")
            if p.is_file()} == site_before
    path.write_text(good.replace("title: '", "title: 'Repariert: ", 1), encoding="utf-8")
    outcome = render(project)
    assert outcome.rendered is not None and outcome.rendered < outcome.pages
    assert not differences(project / "site", cold_site(project, workdir))


@pytest.mark.parametrize("damage", ["garbage state", "truncated state", "garbage record", "record of another shape"])
def test_a_damaged_cache_is_survived_with_a_note(workdir: Path, monkeypatch: pytest.MonkeyPatch, damage: str) -> None:
    project = workdir / "project"
    render(project)
    state, record = project / PAGES / page_cache.STATE, project / PAGES / site_record.RECORD
    if damage == "garbage state":
        state.write_bytes(b"\x80\x05not a pickle at all")
    elif damage == "truncated state":
        state.write_bytes(state.read_bytes()[: state.stat().st_size // 2])
    elif damage == "garbage record":
        record.write_text("{not json", encoding="utf-8")
    else:
        record.write_text(record.read_text(encoding="utf-8").replace('"site": {', '"site": {"x": [1, 2], ', 1),
                          encoding="utf-8")
    edit_title(project, monkeypatch)
    outcome = render(project)
    assert outcome.rendered is None, "a damaged cache was used"
    assert any("damaged" in note for note in outcome.notes), outcome.notes
    assert not differences(project / "site", cold_site(project, workdir))
    assert render(project).kept  # the cache was written afresh


def test_another_code_or_package_version_invalidates_everything(workdir: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    project = workdir / "project"
    render(project)
    monkeypatch.setattr(site_record, "code_key", lambda: "another version")
    outcome = render(project)
    assert not outcome.kept and outcome.rendered is None and not outcome.notes


def test_a_changed_site_folder_is_built_again(workdir: Path) -> None:
    project = workdir / "project"
    render(project)
    (project / "site" / "stray.txt").write_text("mine", encoding="utf-8")
    page = project / "site" / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace("Lagebild", "Verändert"), encoding="utf-8")
    outcome = render(project)
    assert not outcome.kept and outcome.rendered is not None
    assert not differences(project / "site", cold_site(project, workdir))


def test_an_edit_that_keeps_size_and_mtime_is_noticed(workdir: Path) -> None:
    project = workdir / "project"
    render(project)
    path = briefing(project, 0)
    text = path.read_text(encoding="utf-8")
    stat = path.stat()
    edited = text.replace("title: '", "title: 'X", 1).replace("\n\n", "\n", 1)
    assert len(edited.encode()) == len(text.encode())
    path.write_text(edited, encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    outcome = render(project)
    assert not outcome.kept
    assert not differences(project / "site", cold_site(project, workdir))


def _with_base_snapshots(project: Path) -> None:
    """Base snapshots as `extract` leaves them, each with another title than the editors' file: every
    briefing has a correction on the Prüfliste."""
    base = project / ".lagebild" / "base" / "briefings"
    base.mkdir(parents=True)
    for path in sorted((project / "content" / "briefings").glob("*.md")):
        (base / path.name).write_text(path.read_text(encoding="utf-8").replace("title: '", "title: 'Alt: ", 1),
                                      encoding="utf-8")


def test_the_pruefliste_comparisons_are_kept_with_the_page_cache(workdir: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A warm render in a new process compares with its base snapshot only the briefing that changed
    (the others' answers come from the page cache); a snapshot rewritten with the same size and
    mtime is compared again; the site equals a cold build's each time."""
    from lagebild import review
    project = workdir / "project"
    _with_base_snapshots(project)
    render(project)
    assert review._compared
    compared: list[str] = []
    real = review._compare

    def counted(briefing: object, base_path: str | Path) -> object:
        compared.append(Path(base_path).name)
        return real(briefing, base_path)  # type: ignore[arg-type]

    monkeypatch.setattr(review, "_compare", counted)
    review._compared.clear()  # as in a new process: only the page cache remembers
    review._saved.clear()
    edit_title(project, monkeypatch)
    outcome = render(project)
    assert outcome.rendered is not None  # warm
    assert compared == [briefing(project, 0).name]
    assert not differences(project / "site", cold_site(project, workdir))

    snapshot = project / ".lagebild" / "base" / "briefings" / briefing(project, 3).name
    status = snapshot.stat()
    snapshot.write_text(snapshot.read_text(encoding="utf-8").replace("title: 'Alt: ", "title: 'Alx: ", 1),
                        encoding="utf-8")
    os.utime(snapshot, ns=(status.st_atime_ns, status.st_mtime_ns))
    review._compared.clear()
    review._saved.clear()
    compared.clear()
    edit_role(project, monkeypatch)
    render(project)
    assert snapshot.name in compared and len(compared) <= 2
    site = project / "site"
    assert "Alx: " in "".join(p.read_text(encoding="utf-8") for p in (site / "review").rglob("*.html"))
    assert not differences(site, cold_site(project, workdir))


def test_damaged_comparisons_are_left_out() -> None:
    from lagebild import review
    review._saved.clear()
    assert review.resume_comparisons(["not", "a", "dict"]) == 0
    assert review.resume_comparisons({"a.md": ("", None, ()), 3: ("d", None, ()), "b.md": "x"}) == 0
    assert not review._saved
