"""Search that finds spelling and language variants: „Kiew“ finds Kyiv, „Zelensky“ finds Selenskyj,
„Jänner“ finds Januar and January.

The reader types one form; the site's search index only holds the words of
each page.  So the index entry of each briefing, actor, place and story page
gets, invisibly, the other forms of the names and months it shows: the
spellings the corpus uses for the same actor or place (its pages'
*Schreibweisen*), the other language's name from the bilingual list, and
every name of a month.  The page itself is unchanged.

Variants belong to one actor: a page naming „Lena Brückner“ gets her other
spellings, not the surnames of every other Lena in the corpus (a table keyed
by single words would, and grew with the corpus).

``page_variants`` is pure (corpus in, text per page out);
``search_index.page_search_entries`` puts the text into each page's own entry.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from lagebild.briefing.model import Briefing
from lagebild.i18n import format_date
from lagebild.picture.corpus import Actor, Corpus
from lagebild.picture.identity import other_language_names
from lagebild.picture.names import MONTHS

_WORD = re.compile(r"[^\W\d_][\w'-]*[^\W\d_]|[^\W\d_]", re.UNICODE)
# Words too common to say anything about which actor is meant.
_SKIP = frozenset("der die das des den dem und von of the and for de du la le al el bin".split())


def _words(names: Iterable[str]) -> set[str]:
    return {w for name in names for w in _WORD.findall(name)}


def actor_words(actor: Actor) -> set[str]:
    """Every word of every name the actor goes by: its spellings and the other language's names."""
    names = {actor.name, *actor.spellings}
    for name in list(names):
        names.update(other_language_names(name))
    return {w for w in _words(names) if len(w) > 2 and w.casefold() not in _SKIP}


def _sorted(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=lambda w: (w.casefold(), w)))


def page_variants(corpus: Corpus, today: str) -> dict[str, tuple[str, ...]]:
    """Per page (its source path), every form of the names, months and dates it shows.

    Each item is one word, or a date as the page writes it ('3. Jänner 2026'); the index keeps
    only those a page's entry does not already hold (`search_index`).

    Taken from the model, not from the page's HTML: a page names the actors of its briefing (or
    itself, for an actor page) and the months of its dates; scanning 20 MB of HTML for words would
    cost more than the rest of the picture together.
    """
    variants = PageVariants(corpus, today)
    found = {path: variants.get(path) for path in variants.paths()}
    return {path: items for path, items in found.items() if items}


class PageVariants:
    """`page_variants`, worked out per page when asked: a serve rebuild indexes a few pages only."""

    def __init__(self, corpus: Corpus, today: str) -> None:
        self.corpus, self.today = corpus, today
        self._words: dict[str, set[str]] = {}  # actor token -> its words (not for countries)
        self._pages: dict[str, tuple[str, object]] | None = None  # path -> (kind, briefing/actor/story)
        self._mentioned: dict[str, list[Actor]] | None = None  # briefing slug -> actors that mention it

    def paths(self) -> list[str]:
        return list(self._index())

    def _index(self) -> dict[str, tuple[str, object]]:
        if self._pages is None:
            pages: dict[str, tuple[str, object]] = {f"briefings/{b.slug}.md": ("briefing", b)
                                                    for b in self.corpus.briefings}
            pages.update((a.path, ("actor", a)) for a in self.corpus.actors.values() if a.kind != "country")
            pages.update((f"stories/{s.id}.md", ("story", s)) for s in self.corpus.stories(self.today))
            self._pages = pages
        return self._pages

    def words(self, actor: Actor) -> set[str]:
        found = self._words.get(actor.token)
        if found is None:
            found = self._words[actor.token] = actor_words(actor)
        return found

    def get(self, path: str, default: tuple[str, ...] = ()) -> tuple[str, ...]:
        kind, item = self._index().get(path, ("", None))
        if kind == "briefing":
            found = self._briefing(item)  # type: ignore[arg-type]
        elif kind == "actor":
            found = _sorted(self.words(item))  # type: ignore[arg-type]
        elif kind == "story":
            members = [a for t in item.actors[:10]  # type: ignore[attr-defined]
                       if (a := self.corpus.by_token(t)) is not None and a.kind != "country"]
            found = _sorted(set().union(*(self.words(a) for a in members)) if members else set())
        else:
            found = ()
        return found or default

    def _briefing(self, briefing: Briefing) -> tuple[str, ...]:
        if self._mentioned is None:
            self._mentioned = defaultdict(list)
            for actor in self.corpus.actors.values():
                if actor.kind != "country":
                    for mention in actor.mentions:
                        self._mentioned[mention.briefing.slug].append(actor)
        in_briefing: set[str] = set()
        for actor in self._mentioned.get(briefing.slug, ()):
            in_briefing |= self.words(actor)
        # the names as the page's tables show them (the index leaves tables out) and their variants
        names = [f.name for list_name in ("persons", "organizations", "countries", "places")  # type: ignore[attr-defined]
                 for f in briefing.visible(list_name) if f.name]  # type: ignore[attr-defined]
        names += [alias for person in briefing.visible("persons") for alias in person.aliases]  # type: ignore[attr-defined]
        dates = [e.date for e in briefing.visible("events") if e.date]  # type: ignore[attr-defined]
        dates.append(briefing.published or (briefing.reference_date.date if briefing.reference_date else ""))
        months = sorted({int(d[5:7]) for d in dates if len(d) >= 7})
        # every name of each month: the page shows one ('Jänner' in Austria), the reader may type another
        month_names = tuple(dict.fromkeys(name for month in months for name in MONTHS[month - 1]))
        shown = {w for w in _words(names) if len(w) > 2 and w.casefold() not in _SKIP}
        # the events' dates as the page's tables write them (the index leaves tables out)
        dated = [e.date for e in briefing.visible("events") if e.date]  # type: ignore[attr-defined]
        days = tuple(dict.fromkeys(format_date(day, briefing.language, briefing.locale) for day in dated))
        return _sorted(in_briefing | shown) + month_names + days
