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
