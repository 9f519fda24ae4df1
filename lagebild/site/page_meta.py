"""What a page says about itself outside its content: the title a browser tab, a bookmark or a
search result shows, the short description link previews and search engines show, its language.

A page's address is made from a slug ("wolodymyr-selenskyj"); left alone, MkDocs would title
actor pages from it („Wolodymyr selenskyj“, „Ua“).  Here every briefing and actor page gets the
name as written — a country the name in the language of the page.  Pure: corpus in, records out.
"""

from __future__ import annotations

from dataclasses import dataclass

from lagebild.briefing.model import Briefing
from lagebild.i18n import labels
from lagebild.picture.corpus import Actor, Corpus
from lagebild.site import actor_lists, briefing_list
from lagebild.site.listing_pages import month_label
from lagebild.site.page_renderer import briefing_path
from lagebild.site.textfit import shorten

DESCRIPTION_LIMIT = 160  # what search engines and link previews show of a description


@dataclass(frozen=True)
class PageMeta:
    title: str
    description: str
    language: str


def briefing_meta(briefing: Briefing) -> PageMeta:
    return PageMeta(briefing.title or briefing.slug, shorten(briefing.summary or briefing.title, DESCRIPTION_LIMIT),
                    briefing.language)


def actor_meta(actor: Actor, language: str) -> PageMeta:
    """„Steve Witkoff — US-Sondergesandter. In 2 Briefings, 4 Ereignisse.“"""
    words = labels(language)
    roles = "; ".join(role for role, _ in actor.roles[:3])
    counts = f"{words['appears_in']}: {len(actor.briefings)} {words['briefings']}"
    if actor.events:
        counts += f", {len(actor.events)} {words['events_of']}"
    lead = f"{actor.name} — {roles}" if roles else actor.name
    return PageMeta(actor.name, shorten(f"{lead}. {counts}.", DESCRIPTION_LIMIT), language)


def listing_metas(corpus: Corpus, language: str) -> dict[str, PageMeta]:
    """The parts of the briefing list and of long actor lists: „Briefings – März 2025 (Teil 2/3)“,
    described by what they hold."""
    words = labels(language)
    metas = {}
    for month in briefing_list.layout(corpus.briefings):
        title = f"{words['briefings']} – {month_label(month.month, language, month.part, month.parts)}"
        metas[month.path] = PageMeta(title, f"{title}: {len(month.briefings)} {words['briefings']}.", language)
    for kind_list in actor_lists.kind_lists(corpus):
        for part in kind_list.parts:
            title = f"{words[kind_list.heading]} {actor_lists.part_range(part)}"
            description = f"{title}: {len(part.items)} {words[kind_list.heading]}."  # no total: it changes often
            metas[part.path] = PageMeta(title, description, language)
    return metas


def page_metas(corpus: Corpus, language: str) -> dict[str, PageMeta]:
    """Page source path ('actors/steve-witkoff.md') -> its meta, for every briefing and actor page
    and every part of the briefing and actor lists."""
    metas: dict[str, PageMeta] = {}
    seen: dict[str, tuple[Briefing, str, PageMeta]] = {}
    for briefing in corpus.briefings:  # kept per briefing object (frozen; the same while its file is)
        had = _briefing_metas.get(briefing.slug)
        if had is None or had[0] is not briefing:
            had = (briefing, briefing_path(briefing), briefing_meta(briefing))
        seen[briefing.slug] = had
        metas[had[1]] = had[2]
    _briefing_metas.clear()
    _briefing_metas.update(seen)
    kept, now = _actor_metas, {}
    for actor in corpus.actors.values():
        shape = (len(actor.mentions), len(actor.events), actor.name, actor.slug, language)
        found = kept.get(actor.path)
        if found is None or found[0] is not actor or found[1] != shape:
            read = _read(actor, language)
            if found is None or found[2] != read:
                found = (actor, shape, read, actor_meta(actor, language))
            else:
                found = (actor, shape, read, found[3])
        now[actor.path] = found
        metas[actor.path] = found[3]
    _actor_metas.clear()
    _actor_metas.update(now)
    metas.update(listing_metas(corpus, language))
    return metas


def _read(actor: Actor, language: str) -> tuple[object, ...]:
    """All `actor_meta` reads: the name, how many events, and each mention's briefing and role."""
    return (language, actor.name, len(actor.events), tuple((m.briefing.slug, m.role) for m in actor.mentions))


# The last build's briefing metas, by slug: (the briefing object, its page path, its meta).
_briefing_metas: dict[str, tuple[Briefing, str, PageMeta]] = {}
# The last build's actor metas, by page: under `mkdocs serve` a corpus patched for a text edit keeps
# every actor that no edited briefing names as the very object (picture.corpus_patch copies the
# others, and an actor is complete once its corpus is built), so its roles need not be worked out
# again; a corpus built afresh (a new, deleted or renamed briefing) has new actor objects, whose
# meta is kept while what it reads compares equal.
_actor_metas: dict[str, tuple[Actor, tuple[int, int, str, str, str], tuple[object, ...], PageMeta]] = {}
