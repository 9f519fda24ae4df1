"""An actor's pages: its own page (the latest of everything, its meetings drawn, its archives listed) and
its archive pages, one per year and part."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from markupsafe import Markup

from lagebild.i18n import format_date, labels
from lagebild.picture.corpus import Actor, Corpus
from lagebild.site.actor_archive import ACTOR_LATEST, ActorView, ArchivePage, view_of
from lagebild.site.diagram import Edge, meeting_graph_svg
from lagebild.site.html_pages import HtmlPage
from lagebild.site.meetings import MEETING_KINDS, meeting_persons_elsewhere
from lagebild.site.page_renderer import PageRenderer, briefing_path, event_id
from lagebild.site.pager import Link, chain
from lagebild.site.timeline_layout import INDEX as TIMELINE_INDEX
from lagebild.site.timeline_layout import timeline_path

if TYPE_CHECKING:
    from lagebild.site.incremental.cell_memo import CellMemo


def actor_unit(actor: Actor) -> str:
    """What `generated_pages` asks `wanted` for an actor's pages as a whole: the folder of its archives."""
    return actor.path.removesuffix(".md") + "/"


def actor_pages(corpus: Corpus, actor: Actor, template_dir: Path, language: str, today: str,
                directory_urls: bool = True, wanted: Callable[[str], bool] | None = None,
                cells: CellMemo | None = None) -> list[tuple[str, HtmlPage]]:
    """The actor's page and its archive pages (those `wanted`, if given)."""
    pages: list[tuple[str, HtmlPage]] = []
    view = view_of(corpus, actor, corpus.events_of(actor, today))
    if wanted is None or wanted(actor.path):
        pages.append((actor.path, _actor_page(corpus, actor, view, template_dir, language, today, directory_urls,
                                              cells)))
    # Each part links its neighbours only (newest year first; the actor page lists them all), so a
    # cut that appears elsewhere in the archive leaves this part's page alone.
    pagers = chain([Link(_archive_label(a, language), a.path) for a in view.archives], groups=[()] * len(view.archives))
    for archive, pager in zip(view.archives, pagers):
        if wanted is not None and not wanted(archive.path):
            continue
        renderer = PageRenderer(corpus, archive.path, language, template_dir, today=today,
                                directory_urls=directory_urls, cells=cells)
        body = renderer.render("pages/actor_archive.html.j2", actor=actor, archive=archive, pager=pager,
                               heading=_archive_label(archive, language))
        pages.append((archive.path, renderer.finish(body)))
    return pages


def _actor_page(corpus: Corpus, actor: Actor, view: ActorView, template_dir: Path, language: str, today: str,
                directory_urls: bool, cells: CellMemo | None = None) -> HtmlPage:
    """The actor's own page: the latest of everything, its meetings drawn, its archives listed."""
    renderer = PageRenderer(corpus, actor.path, language, template_dir, today=today, directory_urls=directory_urls,
                            cells=cells)
    pairs: list[Edge] = []
    links: dict[str, str] = {}
    # Only meetings are drawn: the others are left out before sorting (a stable sort keeps the
    # meetings' order as among all events), and a name's link is made once, at its latest meeting
    # (the later meetings' links are recorded for MkDocs' checks as `url` records them).
    meetings = [item for item in actor.events if item[1].kind in MEETING_KINDS] if actor.kind == "person" else []
    latest_first = sorted(meetings, key=lambda item: (item[1].date or "", item[0].slug), reverse=True)
    for briefing, event in latest_first:
        names = meeting_persons_elsewhere(renderer, briefing, event)
        if actor.name not in names:
            continue  # the actor took part as a body's member, not in person
        for label in names:
            if label != actor.name:
                pairs.append(Edge(actor.name, label, event.date or "", event.status == "planned"))
                if label in links:
                    renderer.register(((briefing_path(briefing), event_id(event)),))
                else:
                    links[label] = renderer.url(briefing_path(briefing), event_id(event))
    timeline_page = timeline_path(corpus.picture(today), view.events[0].id) if view.events else TIMELINE_INDEX
    body = renderer.render("pages/actor.html.j2", actor=actor, view=view, latest=ACTOR_LATEST,
                           spellings=spelling_order(actor.spellings),
                           timeline_page=timeline_page, archive_label=lambda a: _archive_label(a, language),
                           diagram=Markup(meeting_graph_svg(pairs, renderer.labels["met_whom"], links,
                                                            centre_name=actor.name)))
    return renderer.finish(body)


def spelling_order(spellings: Iterable[str]) -> list[str]:
    """An actor's spellings as its page lists them: alphabetically regardless of case, and spellings that
    differ only in case ("NATO", "Nato") in a fixed order too -- a case-blind sort alone left those in the
    set's hash order, so two builds of the same content differed."""
    return sorted(spellings, key=lambda spelling: (spelling.casefold(), spelling))


def _archive_label(archive: ArchivePage, language: str) -> str:
    year = archive.year if archive.year[:4].isdigit() else labels(language)["undated"]
    # Named by the date it starts with, not by number or count: a cut that appears or vanishes in
    # the year would renumber every later part.
    words = labels(language)
    if archive.part == 1:
        return year
    if archive.newest[:4].isdigit():
        return f"{year} ({words['up_to']} {format_date(archive.newest, language)})"
    return f"{year} ({words['part']} {archive.part})"
