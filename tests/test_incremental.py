"""Incremental ≡ clean: after every kind of edit, the dirty rebuild of a serve session leaves the
same site, byte for byte, as a fresh full build of the same project (search index, sitemap and
exports included) — and the audit mode finds no kept page that renders differently.

One session (one set of plugin objects, as `mkdocs serve` keeps them) goes through the edits in
order; after each, a copy of the project is built from scratch with new plugin objects.
"""

from __future__ import annotations

import re
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from mkdocs.exceptions import Abort
from support.incremental import ROOT, TODAY, Session, clean_build, differences, small_project

from lagebild.site.incremental import planner

pytestmark = pytest.mark.slow

Edit = Callable[[Path, pytest.MonkeyPatch], None]


def briefing(project: Path, index: int) -> Path:
    return sorted((project / "content" / "briefings").glob("*.md"))[index]


def replace_in(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{path.name}: {old!r} not found"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def edit_title(project: Path, _: pytest.MonkeyPatch) -> None:
    replace_in(briefing(project, 0), "title: '", "title: 'Neu: ")


def edit_role(project: Path, _: pytest.MonkeyPatch) -> None:
    path = briefing(project, 1)
    role = re.search(r"\n  role: (.+)\n", path.read_text(encoding="utf-8"))
    assert role is not None
    replace_in(path, f"  role: {role.group(1)}\n", "  role: Sonderbeauftragte\n")


def edit_rename(project: Path, _: pytest.MonkeyPatch) -> None:
    path = briefing(project, 0)  # its minor person appears in no other briefing
    name = re.findall(r"\n- name: (.+)\n", path.read_text(encoding="utf-8"))[-1]
    replace_in(path, name, name + "-Neumann", count=-1)


def edit_event_date(project: Path, _: pytest.MonkeyPatch) -> None:
    path = briefing(project, 2)
    when = re.search(r"\n- date: '(\d{4})-(\d\d)-(\d\d)'", path.read_text(encoding="utf-8"))
    assert when is not None
    month = int(when.group(2)) % 12 + 1
    replace_in(path, when.group(0), f"\n- date: '{when.group(1)}-{month:02d}-{when.group(3)}'")


def edit_published(project: Path, _: pytest.MonkeyPatch) -> None:
    path = briefing(project, 3)
    published = re.search(r"\npublished: '(\d{4})-(\d\d)-(\d\d)'", path.read_text(encoding="utf-8"))
    assert published is not None
    replace_in(path, published.group(0), f"\npublished: '{int(published.group(1)) - 1}-{published.group(2)}-01'")


def edit_delete(project: Path, _: pytest.MonkeyPatch) -> None:
    briefing(project, 4).unlink()


def edit_add(project: Path, _: pytest.MonkeyPatch) -> None:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from benchmarks.generate import generate
    from benchmarks.run import write_briefings
    extra = project.parent / "extra"
    shutil.rmtree(extra, ignore_errors=True)
    shutil.copytree(project / "templates", extra / "templates")
    write_briefings(extra, generate(14)[13:])
    for path in (extra / "content" / "briefings").glob("*.md"):
        shutil.copy(path, project / "content" / "briefings" / path.name)


def _surname_of_minor_person(project: Path, index: int) -> tuple[str, str]:
    name = re.findall(r"\n- name: (.+)\n", briefing(project, index).read_text(encoding="utf-8"))[-1]
    return name, name.split()[-1]


def edit_surname_ambiguous(project: Path, _: pytest.MonkeyPatch) -> None:
    """Setup for the next edit: a bare surname that two full names share resolves to nobody."""
    _, surname = _surname_of_minor_person(project, 5)
    other = briefing(project, 6)
    text = other.read_text(encoding="utf-8")
    person = re.search(r"\n- name: (.+)\n", text)
    assert person is not None
    # A second person with that surname in another briefing, and a participant named by surname only.
    replace_in(other, person.group(0), f"\n- name: Otto {surname}\n")
    participant = re.search(r"\n  participants:\n  - (.+)\n", other.read_text(encoding="utf-8"))
    assert participant is not None
    replace_in(other, participant.group(0), f"\n  participants:\n  - {surname}\n  - {participant.group(1)}\n")


def edit_surname_resolves(project: Path, _: pytest.MonkeyPatch) -> None:
    """The second full name goes: the bare surname now names exactly one person (a global change)."""
    _, surname = _surname_of_minor_person(project, 5)
    replace_in(briefing(project, 6), f"\n- name: Otto {surname}\n", "\n- name: Otto Quastenberg\n")


def edit_aliases(project: Path, _: pytest.MonkeyPatch) -> None:
    name, surname = _surname_of_minor_person(project, 7)
    (project / "content" / "actors.yml").write_text(
        f"persons:\n  - name: {name}\n    aliases: [{surname}, Dr. {name}]\n", encoding="utf-8")


def edit_events_file(project: Path, _: pytest.MonkeyPatch) -> None:
    text = briefing(project, 8).read_text(encoding="utf-8")
    slug = briefing(project, 8).stem
    ids = re.findall(r"\n  id: (e-[0-9a-f]+)\n", text)
    assert len(ids) >= 2
    (project / "content" / "events.yml").write_text(f"same:\n  - [{slug}:{ids[0]}, {slug}:{ids[1]}]\n",
                                                   encoding="utf-8")


def edit_template(project: Path, _: pytest.MonkeyPatch) -> None:
    template = sorted((project / "templates" / "pages").iterdir())[0]
    template.write_text(template.read_text(encoding="utf-8") + "\nGeändert.\n", encoding="utf-8")


def edit_nav(project: Path, _: pytest.MonkeyPatch) -> None:
    replace_in(project / "mkdocs.yml", "  - Zeitleiste:", "  - Zeitachse:")


def edit_today(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAGEBILD_TODAY", "2025-09-15")


BROKEN = "title: [unclosed\n"


def edit_break(project: Path, _: pytest.MonkeyPatch) -> None:
    path = briefing(project, 2)
    (project.parent / "last-good.md").write_bytes(path.read_bytes())
    path.write_text(path.read_text(encoding="utf-8").replace("title: '", "title: ['", 1), encoding="utf-8")


def edit_repair(project: Path, _: pytest.MonkeyPatch) -> None:
    path = briefing(project, 2)
    path.write_text(path.read_text(encoding="utf-8").replace("title: ['", "title: 'Repariert: ", 1),
                    encoding="utf-8")


EDITS: list[tuple[str, Edit]] = [
    ("title", edit_title), ("role", edit_role), ("rename", edit_rename), ("event date", edit_event_date),
    ("published", edit_published), ("delete", edit_delete), ("add", edit_add),
    ("surname ambiguous", edit_surname_ambiguous), ("surname resolves", edit_surname_resolves),
    ("aliases", edit_aliases), ("events file", edit_events_file), ("template", edit_template),
    ("nav", edit_nav), ("today", edit_today), ("broken file", edit_break), ("repair", edit_repair),
]
FAST = {"title", "role"}  # edits that must not re-render every page


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("LAGEBILD_TODAY", TODAY)
    monkeypatch.delenv("LAGEBILD_AUDIT", raising=False)
    small_project(tmp_path / "project")
    yield tmp_path


def clean_equivalent(project: Path, workdir: Path, broken: bool) -> Path:
    """The clean build to compare with; with a broken briefing, of the project as last good."""
    if not broken:
        return clean_build(project, workdir)
    good = workdir / "as-last-good"
    shutil.rmtree(good, ignore_errors=True)
    shutil.copytree(project, good, ignore=shutil.ignore_patterns("site*", "cache"))
    shutil.copy(workdir / "last-good.md", good / "content" / "briefings" / briefing(project, 2).name)
    return clean_build(good, workdir)


def test_every_edit_kind_rebuilds_to_the_clean_site(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project, site = workdir / "project", workdir / "site"
    session = Session(project, site)
    assert not session.build()
    assert not differences(site, clean_build(project, workdir))
    total = len(session.plugin().planner.fingerprints)
    for name, edit in EDITS:
        edit(project, monkeypatch)
        assert session.build(), f"{name}: the rebuild was not dirty"
        found = differences(site, clean_equivalent(project, workdir, name == "broken file"))
        assert not found, f"after the edit '{name}': {found[:10]}"
        if name in FAST:
            rendered = session.plugin().rendered_pages
            assert 0 < rendered < total // 2, f"{name}: {rendered} of ~{total} pages rendered again"


def test_audit_mode_finds_no_difference(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAGEBILD_AUDIT", "1")
    project = workdir / "project"
    session = Session(project, workdir / "site")
    session.build()
    for _, edit in EDITS[:7]:
        edit(project, monkeypatch)
        assert session.build()  # the audit raises if a kept page renders differently


def _actor_pages_always_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """A deliberately broken planner: an actor unit's fingerprint never changes."""
    original = planner.unit_fingerprints

    def broken(*args: Any, **kwargs: Any) -> dict[str, str]:
        return {key: "kept" if key.startswith(("actors/", "organizations/", "countries/", "places/")) else value
                for key, value in original(*args, **kwargs).items()}

    monkeypatch.setattr(planner, "unit_fingerprints", broken)


def test_a_broken_planner_is_caught(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Sensitivity: the equivalence check and the audit both fail when the planner misses a dependency."""
    _actor_pages_always_kept(monkeypatch)
    project, site = workdir / "project", workdir / "site"
    session = Session(project, site)
    session.build()
    edit_role(project, monkeypatch)
    session.build()
    found = differences(site, clean_build(project, workdir))
    assert any(line.startswith("differs: actors/") for line in found), found

    monkeypatch.setenv("LAGEBILD_AUDIT", "1")
    audited = Session(project, workdir / "audited-site")
    audited.build()
    edit_title(project, monkeypatch)
    with pytest.raises(Abort):  # the plugin's audit error aborts the build
        audited.build()


def edit_review_state(project: Path, _: pytest.MonkeyPatch) -> None:
    """A fact is marked verified: the Prüfliste's guessed or evidence lists lose a row, nothing else moves."""
    path = briefing(project, 9)
    replace_in(path, "  review: extracted\n", "  review: verified\n")


def edit_published_year(project: Path, _: pytest.MonkeyPatch) -> None:
    """A briefing of the busiest actor moves to another year: it changes archive part (and list month)."""
    path = briefing(project, 10)
    published = re.search(r"\npublished: '(\d{4})-(\d\d)-(\d\d)'", path.read_text(encoding="utf-8"))
    assert published is not None
    replace_in(path, published.group(0), f"\npublished: '{int(published.group(1)) - 2}-06-30'")


SMALL_PAGES = [
    ("lagebild.site.actor_archive.ACTOR_LATEST", 2), ("lagebild.site.actor_archive.ARCHIVE_ITEMS_PER_PAGE", 2),
    ("lagebild.site.todo.PAGE_SIZE", 3), ("lagebild.site.briefing_list.ROWS_PER_PAGE", 2),
    ("lagebild.site.briefing_list.LATEST_ON_INDEX", 3), ("lagebild.site.timeline_layout.ROWS_PER_PAGE", 3),
    ("lagebild.site.story_layout.STORY_ROWS", 2), ("lagebild.site.story_layout.STORIES_PER_PAGE", 2),
    ("lagebild.site.actor_lists.LIST_ROWS", 4), ("lagebild.site.actor_lists.TOP_ON_INDEX", 2),
]


def test_every_page_of_bounded_listings_rebuilds_to_the_clean_site(workdir: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """With tiny pages, every kind of derived page has parts (actor archives, Prüfliste, list months,
    timeline and story parts, A-to-Z lists), each fingerprinted on its own: after each edit the
    site equals a clean build, and the audit finds no kept page that renders differently."""
    for name, value in SMALL_PAGES:
        monkeypatch.setattr(name, value)
    monkeypatch.setenv("LAGEBILD_AUDIT", "1")
    project, site = workdir / "project", workdir / "site"
    session = Session(project, site)
    session.build()
    assert any(p.parent.name != "actors" for p in (site / "actors").glob("*/*/index.html")), "no actor archives"
    assert len(list((site / "review").glob("*/*/index.html"))) > 6, "no Prüfliste months"
    edits = [("title", edit_title), ("role", edit_role), ("review state", edit_review_state),
             ("published year", edit_published_year), ("event date", edit_event_date), ("rename", edit_rename),
             ("delete", edit_delete), ("add", edit_add)]
    for name, edit in edits:
        edit(project, monkeypatch)
        assert session.build(), f"{name}: the rebuild was not dirty"  # the audit raises on a stale kept page
        found = differences(site, clean_build(project, workdir))
        assert not found, f"after the edit '{name}': {found[:10]}"


def test_a_title_edit_renders_only_the_pruefliste_pages_that_list_the_briefing(
        workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The Prüfliste is cut by stable keys and shows counts only on `review/` and each list's page:
    a title edit (no count changes) re-renders exactly the pages holding the briefing's rows — not
    the pages after them — and the site equals a clean build byte for byte."""
    monkeypatch.setattr("lagebild.site.todo.PAGE_SIZE", 4)
    project, site = workdir / "project", workdir / "site"
    session = Session(project, site)
    session.build()
    before = dict(session.plugin().planner.fingerprints)
    review_pages = [p for p in before if p.startswith("review/") and p.count("/") >= 3]
    assert len(review_pages) > 4, "the Prüfliste was not cut into parts"
    slug = briefing(project, 0).stem
    edit_title(project, monkeypatch)
    assert session.build()
    after = session.plugin().planner.fingerprints
    changed = sorted(p for p in set(before) | set(after) if p.startswith("review/") and before.get(p) != after.get(p))
    holding = sorted(p for p in after if p.startswith("review/") and p.count("/") >= 3
                     and f"briefings/{slug}/" in (site / p.removesuffix(".md").removesuffix("/index")
                                                  / "index.html").read_text(encoding="utf-8"))
    assert holding and changed == holding
    assert not differences(site, clean_build(project, workdir))


def test_a_co_reporters_evidence_edit_leaves_the_other_briefing_pages_alone(
        workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A briefing page shows of a merged event it reports only the link to its timeline row (how many
    briefings report it) and its status: a new evidence sentence in another report of that event
    re-renders the edited briefing's page, not the co-reporters' — and the site equals a clean build."""
    monkeypatch.setenv("LAGEBILD_AUDIT", "1")  # a kept page that would render differently fails the build
    project, site = workdir / "project", workdir / "site"
    session = Session(project, site)
    session.build()
    plugin = session.plugin()
    assert plugin.corpus is not None
    shared = [m for m in plugin.corpus.picture(TODAY).events if len(m.briefings) >= 2]
    assert shared, "no merged event with two briefings in the test project"
    report = shared[0].latest  # its evidence is the footnote of the timeline row
    others = {f"briefings/{b.slug}.md" for b in shared[0].briefings} - {f"briefings/{report.briefing.slug}.md"}
    before = dict(plugin.planner.fingerprints)
    path = project / "content" / "briefings" / f"{report.briefing.slug}.md"
    text = path.read_text(encoding="utf-8")
    block = text[:text.index(f"  id: {report.event.id}\n")]
    evidence = block[block.rindex("\n  evidence: ") + 1:]
    replace_in(path, block[-len(evidence):] + f"  id: {report.event.id}\n",
               "  evidence: Laut Bericht fand das Treffen statt.\n" + evidence[evidence.index("\n") + 1:]
               + f"  id: {report.event.id}\n")
    assert session.build()
    after = plugin.planner.fingerprints
    assert before[f"briefings/{report.briefing.slug}.md"] != after[f"briefings/{report.briefing.slug}.md"]
    assert all(before[page] == after[page] for page in others), "a co-reporter's page was rendered again"
    assert not differences(site, clean_build(project, workdir))


def test_a_new_co_reporter_is_spliced_into_the_other_briefing_pages(
        workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A new briefing that reports events others report changes their pages only in the source
    count of those events' links: the pages are spliced (link_splice), not rendered, and after the
    addition and after the deletion the site equals a clean build byte for byte (search index
    included); the audit renders the spliced pages anyway and finds them equal."""
    monkeypatch.setenv("LAGEBILD_AUDIT", "1")
    project, site = workdir / "project", workdir / "site"
    session = Session(project, site)
    session.build()
    source = briefing(project, 0)
    copy = source.with_name("00000-zweite-meldung.md")
    copy.write_text(source.read_text(encoding="utf-8").replace("title: '", "title: 'Zweite Meldung: ", 1),
                    encoding="utf-8")
    assert session.build()
    assert session.plugin().spliced_pages >= 1, "the source's own page was not spliced"
    assert not differences(site, clean_build(project, workdir))
    copy.unlink()
    assert session.build()
    assert session.plugin().spliced_pages >= 1
    assert not differences(site, clean_build(project, workdir))


def test_a_row_moved_to_another_timeline_part_is_spliced_into_its_reporters_pages(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """When an edit moves merged events' rows to other parts of their timeline month (here with
    three rows a part, an event date moved), their reporters' pages change only in the links'
    addresses (and counts): they are spliced with the new addresses (link_splice), the audit renders
    them anyway and finds them equal, and the site equals a clean build byte for byte."""
    from lagebild.site import timeline_layout
    from lagebild.site.incremental import link_splice

    monkeypatch.setenv("LAGEBILD_TODAY", TODAY)
    monkeypatch.setenv("LAGEBILD_AUDIT", "1")  # a spliced page that renders differently fails the build
    monkeypatch.setattr(timeline_layout, "ROWS_PER_PAGE", 3)
    moved: list[str] = []
    splice = link_splice.splice

    def spy(body: str, output: str, before: Any, now: Any, row_link: Any) -> Any:
        done = splice(body, output, before, now, row_link)
        if done is not None:
            moved.extend(old[0] for old, new in zip(before, now) if old[3] != new[3])
        return done

    monkeypatch.setattr(link_splice, "splice", spy)
    project, site = small_project(tmp_path / "project", 40), tmp_path / "site"
    monkeypatch.chdir(project)
    session = Session(project, site)
    session.build()
    edit_event_date(project, monkeypatch)
    assert session.build()
    assert moved, "no page was spliced with a moved row's address"
    assert not differences(site, clean_build(project, tmp_path))


def test_unchanged_exports_and_the_offline_index_are_left_or_written_from_memory(
        workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A dirty build leaves an export whose text this process wrote last time as it is (MkDocs would
    write every generated file again), writes the changed ones, writes a missing one again, and
    writes the offline search index from the text the theme wrote, not read back: after each build
    the site equals a clean build byte for byte."""
    project, site = workdir / "project", workdir / "site"
    session = Session(project, site)
    session.build()
    schema, facts = site / "data" / "facts.schema.json", site / "data" / "facts.json"
    stamps = {path: path.stat().st_mtime_ns for path in (schema, facts)}
    reads: list[Path] = []
    read_text = Path.read_text

    def recording(self: Path, *args: Any, **kwargs: Any) -> str:
        reads.append(self)
        return read_text(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", recording)
    edit_title(project, monkeypatch)
    assert session.build()
    assert schema.stat().st_mtime_ns == stamps[schema], "the unchanged schema was written again"
    assert facts.stat().st_mtime_ns != stamps[facts], "the changed facts.json was not written"
    assert site / "search" / "search_index.json" not in reads
    monkeypatch.setattr(Path, "read_text", read_text)
    assert not differences(site, clean_build(project, workdir))
    schema.unlink()
    edit_role(project, monkeypatch)
    assert session.build()
    assert schema.is_file(), "a missing export was not written again"
    assert not differences(site, clean_build(project, workdir))
