"""Who met whom: the persons of a meeting as a page shows them, and the pairs the meeting diagrams draw
(a briefing's, ``briefing_page``; an actor's, ``actor_pages``)."""

from __future__ import annotations

from lagebild.briefing.model import Briefing, Event
from lagebild.picture.corpus import Corpus
from lagebild.site.diagram import Edge
from lagebild.site.page_renderer import PageRenderer, briefing_path, event_id, short_name

MEETING_KINDS = ("meeting", "talks", "call")  # people who met or spoke; a statement or speech is no meeting


def meeting_persons(renderer: PageRenderer, briefing: Briefing, event: Event) -> list[str]:
    """The persons taking part in a meeting, one label each; nobody for other kinds of event."""
    if event.kind not in MEETING_KINDS:
        return []
    labels: list[str] = []
    for name in event.participants:
        actor = renderer.corpus.find(name, briefing)
        if actor is not None and actor.kind == "person" \
                and (label := short_name(renderer, name, briefing)) not in labels:
            labels.append(label)
    return labels


# The persons of each meeting as a page other than the briefing's own shows them (`short_name`: the actor
# page's name), for one corpus and language: a meeting is drawn on the page of each of its persons.
_persons_shown: list[tuple[Corpus, str, dict[tuple[int, int], tuple[Briefing, Event, list[str]]]]] = []


def meeting_persons_elsewhere(renderer: PageRenderer, briefing: Briefing, event: Event) -> list[str]:
    """`meeting_persons` on a page that is not the briefing's own, once per meeting and corpus."""
    if event.kind not in MEETING_KINDS:
        return []
    if not _persons_shown or _persons_shown[0][0] is not renderer.corpus or _persons_shown[0][1] != renderer.language:
        _persons_shown[:] = [(renderer.corpus, renderer.language, {})]
    kept = _persons_shown[0][2]
    found = kept.get((id(briefing), id(event)))
    if found is None or found[0] is not briefing or found[1] is not event:
        assert renderer.page_path != briefing_path(briefing)
        found = kept[(id(briefing), id(event))] = (briefing, event, meeting_persons(renderer, briefing, event))
    return found[2]


def meeting_pairs(renderer: PageRenderer, briefing: Briefing,
                   events: list[Event]) -> tuple[list[Edge], dict[str, str]]:
    """Who met whom in this briefing: person–person pairs of the same meeting, each name linking to
    its first meeting's row."""
    pairs: list[Edge] = []
    links: dict[str, str] = {}
    for event in events:
        names = meeting_persons(renderer, briefing, event)
        for index, first in enumerate(names):
            links.setdefault(first, "#" + event_id(event))
            for second in names[index + 1:]:
                pairs.append(Edge(first, second, event.date or "", event.status == "planned"))
    return pairs, links
