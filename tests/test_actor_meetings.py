"""A person's page draws who met whom: each name links to its latest meeting, and every meeting the
person met someone at is recorded among the page's links (MkDocs' anchor checks), not only the one
linked — `actor_pages._actor_page` makes a name's address once and registers the later meetings."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from support.incremental import TODAY, small_project

from lagebild.briefing.content import load_content
from lagebild.briefing.model import Briefing
from lagebild.picture.corpus import Corpus
from lagebild.site.actor_pages import actor_pages
from lagebild.site.meetings import MEETING_KINDS, meeting_persons_elsewhere
from lagebild.site.page_renderer import PageRenderer, briefing_path, event_id

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"


@pytest.fixture(scope="module")
def briefings(tmp_path_factory: pytest.TempPathFactory) -> list[Briefing]:
    project = small_project(tmp_path_factory.mktemp("meetings") / "project", 14)
    return load_content(project / "content").briefings


def test_every_meeting_of_a_person_is_among_the_page_links(briefings: list[Briefing]) -> None:
    met = next(b for b in briefings if any(e.kind in MEETING_KINDS and len(e.participants) > 1 for e in b.events))
    # The same meeting told again in a later briefing: the same names meet twice.
    again = replace(met, slug="zz-again", title="Noch einmal", published="2025-06-30")
    corpus = Corpus([*briefings, again])
    shown = 0
    for actor in (a for a in corpus.actors.values() if a.kind == "person"):
        page = dict(actor_pages(corpus, actor, TEMPLATES, "de", TODAY))[actor.path]
        for briefing, event in actor.events:
            names = meeting_persons_elsewhere(PageRenderer(corpus, actor.path, "de", TEMPLATES), briefing, event)
            if actor.name in names and len(names) > 1:
                assert event_id(event) in page.targets.get(briefing_path(briefing), {}), (actor.path, briefing.slug)
                shown += 1
    assert shown >= 4  # both tellings, from both sides
