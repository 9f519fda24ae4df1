"""The timeline's pages: its index (the next planned events, the months) and one page per month and part."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from lagebild.briefing.model import EVENT_KINDS
from lagebild.i18n import format_date, labels
from lagebild.picture.corpus import ACTOR_KINDS, Corpus, cached_name_key
from lagebild.picture.events_merge import MergedEvent
from lagebild.site.pager import Link, chain
from lagebild.site.timeline_layout import INDEX as TIMELINE_INDEX
from lagebild.site.timeline_layout import UPCOMING_ON_INDEX, layout


def _timeline_rows(corpus: Corpus, entries: list[MergedEvent] | tuple[MergedEvent, ...]) -> dict[str, Any]:
    """What the filter and the tables of one timeline page need: only the actors and kinds it shows."""
    tokens = {m.id: sorted({p.token for p in m.participants if not p.token.startswith("name:")}) for m in entries}
    shown = {token for found in tokens.values() for token in found}
    filter_actors = sorted((a for a in corpus.actors.values() if a.token in shown),
                           key=lambda a: (ACTOR_KINDS.index(a.kind), cached_name_key(a.name)))
    sections = [s for s in ("planned", "past") if any(
        m.status == s or (s == "past" and m.status == "unconfirmed") for m in entries)]
    return {"entries": entries, "filter_actors": filter_actors, "sections": sections,
            "kinds": [k for k in EVENT_KINDS if any(m.kind == k for m in entries)],
            "tokens": lambda m: " ".join(tokens[m.id])}


def timeline_pages(corpus: Corpus, today: str, language: str, page: Callable[..., None]) -> None:
    """The timeline's index (next planned events, the months) and one page per month and part."""
    months = layout(corpus.merged_events(today))  # one row per occurrence, as of the build date

    def label(month: str, part: int = 1, parts: int = 1) -> str:
        name = format_date(month, language) if month[:4].isdigit() else labels(language)["undated"]
        return name if parts == 1 else f"{name} ({labels(language)['part']} {part}/{parts})"

    listed: dict[str, dict[str, Any]] = {}
    for one in months:
        entry = listed.setdefault(one.month, {"label": label(one.month), "path": one.path, "count": 0})
        entry["count"] += len(one.entries)
    upcoming = [m for m in corpus.merged_events(today) if m.status == "planned"][:UPCOMING_ON_INDEX]
    page(TIMELINE_INDEX, "pages/timeline.html.j2", months=list(listed.values()),
         **{**_timeline_rows(corpus, upcoming), "sections": ["planned"] if upcoming else []})
    links = [Link(label(one.month, one.part, one.parts), one.path) for one in months]
    by_month: dict[str, list[Link]] = {}
    for one, link in zip(months, links):
        by_month.setdefault(one.month, []).append(link)
    pagers = chain(links, groups=[by_month[one.month] for one in months])  # newest first: before is later
    for one, pager in zip(months, pagers):
        page(one.path, "pages/timeline_month.html.j2", heading=label(one.month, one.part, one.parts), pager=pager,
             **_timeline_rows(corpus, one.entries))
