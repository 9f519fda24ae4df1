"""What the site layer keeps between the builds of one `mkdocs serve` process, per briefing object:
the answers equal a fresh computation after an edit, and unchanged briefings' parts are reused."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from support.incremental import small_project

from lagebild.briefing.content import load_content
from lagebild.briefing.model import Briefing
from lagebild.picture.corpus import Corpus
from lagebild.site import briefing_list, page_meta


def test_the_briefing_list_layout_is_kept_while_the_briefings_are_the_same_objects(tmp_path: Path) -> None:
    briefings = load_content(small_project(tmp_path / "project", 8) / "content").briefings
    first = briefing_list.layout(briefings, 3)
    again = briefing_list.layout(list(briefings), 3)
    assert again == first and all(a is b for a, b in zip(again, first, strict=True))
    assert briefing_list.layout(briefings, 2) == briefing_list._layout(briefings, 2)  # other rows: cut again
    edited = [dataclasses.replace(briefings[0], title="Neu"), *briefings[1:]]
    changed = briefing_list.layout(edited, 3)
    assert changed == briefing_list._layout(edited, 3)
    assert any(b is edited[0] for page in changed for b in page.briefings)
    assert briefing_list.layout(briefings[1:], 3) == briefing_list._layout(briefings[1:], 3)


def test_briefing_metas_are_kept_per_briefing_object(tmp_path: Path) -> None:
    briefings = load_content(small_project(tmp_path / "project", 6) / "content").briefings
    before = page_meta.page_metas(Corpus(briefings), "de")
    edited = [dataclasses.replace(briefings[0], title="Neuer Titel", summary="Neu."), *briefings[1:]]
    after = page_meta.page_metas(Corpus(edited), "de")
    page_meta._briefing_metas.clear()
    page_meta._actor_metas.clear()
    assert after == page_meta.page_metas(Corpus(edited), "de")
    path = f"briefings/{briefings[0].slug}.md"
    assert after[path].title == "Neuer Titel" and before[path].title != "Neuer Titel"
    assert all(after[f"briefings/{b.slug}.md"] is before[f"briefings/{b.slug}.md"] for b in briefings[1:])


def test_listing_fingerprints_are_kept_while_their_inputs_compare_equal(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Under serve a listing page's fingerprint (stories, timeline, briefing and actor lists, start
    page) is not digested again while what it is made from compares equal; after an edit every
    fingerprint equals a fresh computation's, and the pages listing the edited briefing changed."""
    from lagebild.site import last_good
    from lagebild.site.incremental import page_inputs
    from lagebild.site.incremental.input_cache import InputCache
    from lagebild.site.incremental.page_inputs import page_fingerprints

    monkeypatch.setattr(last_good, "serving", True)
    briefings = load_content(small_project(tmp_path / "project", 8) / "content").briefings
    def files(found: list[Briefing]) -> dict[str, str]:  # each briefing file's digest, as the store gives it
        return {b.slug: f"file {b.slug} {hash(b)}" for b in found}

    owns = InputCache()
    first = page_fingerprints(Corpus(briefings), files(briefings), {}, "2025-07-01", "global", owns)
    assert {"index.md", briefing_list.INDEX} <= owns.pages.keys()
    made: list[object] = []
    real = page_inputs.digest

    def counting(*parts: object) -> str:
        made.append(parts[1] if len(parts) > 1 else None)  # (global part, page kind, …)
        return real(*parts)

    monkeypatch.setattr(page_inputs, "digest", counting)
    again = page_fingerprints(Corpus(briefings), files(briefings), {}, "2025-07-01", "global", owns)
    assert again == first and not {"briefings", "briefings-month", "start", "timeline"} & set(made)
    edited = [dataclasses.replace(briefings[0], title="Neuer Titel"), *briefings[1:]]
    now = page_fingerprints(Corpus(edited), files(edited), {}, "2025-07-01", "global", owns)
    assert now == page_fingerprints(Corpus(edited), files(edited), {}, "2025-07-01", "global", InputCache())
    assert now[briefing_list.INDEX] != first[briefing_list.INDEX] and now["index.md"] != first["index.md"]
