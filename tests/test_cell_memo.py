"""The merged-event cells kept under `mkdocs serve` (site/incremental/cell_memo): a page rendered
again takes its unchanged rows' cells from the memo, and the site stays byte for byte that of a
clean build; a memo keyed by less than what a cell shows is caught by both checks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from mkdocs.exceptions import Abort
from support.incremental import TODAY, Session, clean_build, differences, small_project

from lagebild.site.incremental import cell_memo

pytestmark = pytest.mark.slow


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("LAGEBILD_TODAY", TODAY)
    monkeypatch.delenv("LAGEBILD_AUDIT", raising=False)
    monkeypatch.delenv("LAGEBILD_CELLS", raising=False)
    return small_project(tmp_path / "project")


def add_co_reporter(project: Path) -> Path:
    """A second report of the first briefing's events: every page listing them shows one more source."""
    source = sorted((project / "content" / "briefings").glob("*.md"))[0]
    copy = source.with_name("00000-zweite-meldung.md")
    copy.write_text(source.read_text(encoding="utf-8").replace("title: '", "title: 'Zweite Meldung: ", 1),
                    encoding="utf-8")
    return copy


def test_pages_rendered_again_reuse_their_unchanged_cells(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAGEBILD_AUDIT", "1")  # every kept page and cell against a fresh render
    workdir, site = project.parent, project.parent / "site"
    session = Session(project, site)
    session.build()
    memo = session.plugin().cell_memo
    assert memo.made > 0, "the first serve build filled no cells"
    copy = add_co_reporter(project)
    assert session.build()
    assert memo.hits > 0 and memo.made > 0, (memo.hits, memo.made)  # unchanged rows reused, changed ones made
    assert not differences(site, clean_build(project, workdir))
    copy.unlink()
    assert session.build()
    assert memo.hits > 0, "deleting the report again made every cell anew"
    assert not differences(site, clean_build(project, workdir))


def test_a_memo_blind_to_the_sources_is_caught(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Sensitivity: cells keyed by the merged event's id alone keep the old sources after a new report."""

    def by_id_only(corpus: Any, merged: Any, picture: Any, digests: Any) -> tuple[object, ...]:
        return (merged.id,)

    monkeypatch.setattr(cell_memo, "merged_signature", by_id_only)
    workdir, site = project.parent, project.parent / "site"
    session = Session(project, site)
    session.build()
    add_co_reporter(project)
    session.build()
    found = differences(site, clean_build(project, workdir))
    assert any(line.startswith("differs: actors/") for line in found), found

    monkeypatch.setenv("LAGEBILD_AUDIT", "1")
    (project / "content" / "briefings" / "00000-zweite-meldung.md").unlink()
    audited = Session(project, workdir / "audited-site")
    audited.build()
    add_co_reporter(project)
    with pytest.raises(Abort):  # the audit renders every page without the memo and finds the stale cells
        audited.build()


# Actor pages' event rows kept whole, their footnote marks set again (PageRenderer.merged_rows) ------------


def _actor_pages(pages: dict[str, Any]) -> dict[str, Any]:
    return {path: page for path, page in pages.items() if path.split("/")[0] in ("actors", "places")}


def _dated(briefings: list[Any]) -> list[Any]:
    return sorted(briefings, key=lambda b: (b.published or "", b.slug))


@pytest.mark.parametrize("position", ["newest", "oldest", "middle"])
def test_actor_pages_with_kept_rows_equal_a_fresh_render_after_a_new_and_a_deleted_briefing(
        project: Path, position: str) -> None:
    """A briefing added and then deleted again at the newest, oldest or a middle position: every actor
    and place page (and archive part) rendered with the rows of the memo equals, byte for byte and in
    what it links, a render without it; rows were reused on pages that changed."""
    from lagebild.briefing.content import load_content
    from lagebild.picture.corpus import Corpus
    from lagebild.site.pages import generated_pages

    briefings = load_content(project / "content").briefings
    dated = _dated(briefings)
    moved = {"newest": dated[-1], "oldest": dated[0], "middle": dated[len(dated) // 2]}[position]
    without = [b for b in briefings if b is not moved]
    memo = cell_memo.CellMemo()
    templates = project / "templates"
    changed, before = 0, dict[str, Any]()
    for step, shown in enumerate((without, briefings, without)):
        corpus = Corpus(shown)
        memo.start()
        kept = _actor_pages(generated_pages(corpus, templates, "de", TODAY, cells=memo))
        fresh = _actor_pages(generated_pages(Corpus(shown), templates, "de", TODAY))
        assert kept.keys() == fresh.keys()
        for path, page in fresh.items():
            assert kept[path] == page, f"step {step}, {path}"
        if step:
            assert memo.hits_of.get("row", 0) > 0, memo.hits_of
            changed += len([path for path, page in fresh.items()
                            if path in before and page.html != before[path].html and "footnote-ref" in page.html])
        before = fresh
    assert changed, "no actor page with footnotes changed: the edit showed nothing"


def test_rows_kept_with_their_footnote_marks_are_caught(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Sensitivity: a row kept with its numbered mark (and the mark not set again) differs from a fresh
    render once a briefing adds a row or an evidence sentence before it."""
    from markupsafe import Markup

    from lagebild.briefing.content import load_content
    from lagebild.picture.corpus import Corpus
    from lagebild.site import page_renderer, pages

    def numbered_rows(self: Any, events: Any, rows: Any) -> Any:
        return Markup("".join(self.cell("row", m, ("numbered",), lambda m=m: str(rows([m], self.footnotes.ref)))
                              for m in events))

    monkeypatch.setattr(page_renderer.PageRenderer, "merged_rows", numbered_rows)
    briefings = load_content(project / "content").briefings
    newest = _dated(briefings)[-1]
    memo = cell_memo.CellMemo()
    templates = project / "templates"
    pages.generated_pages(Corpus([b for b in briefings if b is not newest]), templates, "de", TODAY, cells=memo)
    memo.start()
    kept = _actor_pages(pages.generated_pages(Corpus(briefings), templates, "de", TODAY, cells=memo))
    fresh = _actor_pages(pages.generated_pages(Corpus(briefings), templates, "de", TODAY))
    assert any(kept[path] != page for path, page in fresh.items())


def test_an_edited_row_template_drops_the_kept_rows(project: Path) -> None:
    """The rows come from a template: after an edit of it every page shows the new rows (the memo is
    dropped with the global part, `CellMemo.within`), as a clean build does."""
    workdir, site = project.parent, project.parent / "site"
    session = Session(project, site)
    session.build()
    row = project / "templates" / "pages" / "merged_row.html.j2"
    row.write_text(row.read_text(encoding="utf-8").replace("<tr>", '<tr class="lb-row">'), encoding="utf-8")
    assert session.build()
    assert 'class="lb-row"' in (site / "actors" / "helena-marquardt" / "index.html").read_text(encoding="utf-8")
    assert not differences(site, clean_build(project, workdir))
