"""Rendering the bounded lists of briefings and actors: which template gets which slice.

The cutting is in briefing_list.py and actor_lists.py; here each part gets its heading (in the
site's language, „Briefings – März 2025 (Teil 2/3)“) and its pager.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from lagebild.i18n import format_date, labels
from lagebild.picture.corpus import Corpus
from lagebild.site import actor_lists, briefing_list
from lagebild.site.pager import Link, chain

Page = Callable[..., None]  # page(path, template, **context) renders one page


def month_label(month: str, language: str, part: int = 1, parts: int = 1) -> str:
    words = labels(language)
    name = format_date(month, language) if month[:4].isdigit() else words["undated"]
    return name if parts == 1 else f"{name} ({words['part']} {part}/{parts})"


def briefing_list_pages(corpus: Corpus, language: str, page: Page) -> None:
    """`briefings/`: the newest briefings and the months; one page per month and part."""
    months = briefing_list.layout(corpus.briefings)
    listed: dict[str, dict[str, Any]] = {}
    for one in months:
        entry = listed.setdefault(one.month, {"label": month_label(one.month, language), "path": one.path, "count": 0})
        entry["count"] += len(one.briefings)
    newest = corpus.briefings[:briefing_list.LATEST_ON_INDEX]  # the corpus holds them newest first
    page(briefing_list.INDEX, "pages/briefings.html.j2", briefings=newest, months=list(listed.values()))
    links = [Link(month_label(one.month, language, one.part, one.parts), one.path) for one in months]
    by_month: dict[str, list[Link]] = {}
    for one, link in zip(months, links):
        by_month.setdefault(one.month, []).append(link)
    for one, link, pager in zip(months, links, chain(links, groups=[by_month[one.month] for one in months])):
        page(one.path, "pages/briefings_month.html.j2", heading=link.label, briefings=one.briefings, pager=pager)


def actor_list_pages(corpus: Corpus, language: str, page: Page) -> None:
    """`actors/`: every kind of actor; a long list's A-to-Z parts on pages of their own."""
    words = labels(language)
    lists = actor_lists.kind_lists(corpus)
    page(actor_lists.INDEX, "pages/actors.html.j2", lists=lists, part_range=actor_lists.part_range)
    for kind_list in lists:
        heading = words[kind_list.heading]
        links = [Link(f"{heading} {actor_lists.part_range(part)}", part.path) for part in kind_list.parts]
        for part, link, pager in zip(kind_list.parts, links, chain(links, ("previous", "next"))):
            page(part.path, "pages/actors_part.html.j2", heading=link.label, part=part, pager=pager)


__all__ = ["actor_list_pages", "briefing_list_pages", "month_label"]
