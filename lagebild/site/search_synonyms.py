"""Search that finds spelling and language variants: „Kiew“ finds Kyiv, „Zelensky“ finds Selenskyj,
„Jänner“ finds Januar and January.

The reader types one form; the site's search index only holds the words of
each page.  So the index entry of each briefing, actor, place and story page
gets, invisibly, the other forms of the names and months it shows: the
spellings the corpus uses for the same actor or place (its pages'
*Schreibweisen*), the other language's name from the bilingual list, and
every name of a month.  The page itself is unchanged.

``SynonymTable`` and ``page_variants`` are built from the corpus (pure);
``add_to_index`` edits the search plugin's JSON document (the plugin reads
and writes the file).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from lagebild.picture.corpus import Corpus
from lagebild.picture.identity import other_language_names
from lagebild.picture.names import MONTHS

_WORD = re.compile(r"[^\W\d_][\w'-]*[^\W\d_]|[^\W\d_]", re.UNICODE)
# Words too common to say anything about which actor is meant.
_SKIP = frozenset("der die das des den dem und von of the and for de du la le al el bin".split())


@dataclass
class SynonymTable:
    variants: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # word (lower) -> forms

    @classmethod
    def from_corpus(cls, corpus: Corpus) -> SynonymTable:
        table = cls()
        for actor in corpus.actors.values():
            if actor.kind == "country":
                continue
            names = {actor.name, *actor.spellings}
            for name in list(names):
                names.update(other_language_names(name))
            table.add(names)
        return table

    def add(self, names: Iterable[str]) -> None:
        """Every word of these names stands for all of them."""
        words = {w for name in names for w in _WORD.findall(name) if len(w) > 2 and w.casefold() not in _SKIP}
        for word in words:
            self.variants[word.casefold()] |= words

    def for_words(self, names: Iterable[str]) -> str:
        """The other forms of these names' words, as one line ('' when none)."""
        given = {w.casefold() for name in names for w in _WORD.findall(name)}
        found: set[str] = set()
        for word in given & self.variants.keys():
            found |= self.variants[word]
        return " ".join(sorted((w for w in found if w.casefold() not in given), key=str.casefold))


def page_variants(corpus: Corpus, table: SynonymTable, today: str) -> dict[str, str]:
    """Per page (its source path), the variants of the names and months it shows.

    Taken from the model, not from the page's HTML: a page names the actors of its briefing (or
    itself, for an actor page) and the months of its dates; scanning 20 MB of HTML for words would
    cost more than the rest of the picture together.
    """
    found: dict[str, str] = {}
    for briefing in corpus.briefings:
        names = [f.name for list_name in ("persons", "organizations", "places")  # type: ignore[attr-defined]
                 for f in briefing.visible(list_name)]
        names += [alias for person in briefing.visible("persons") for alias in person.aliases]  # type: ignore[attr-defined]
        dates = [e.date for e in briefing.visible("events") if e.date]  # type: ignore[attr-defined]
        dates.append(briefing.published or (briefing.reference_date.date if briefing.reference_date else ""))
        months = sorted({int(d[5:7]) for d in dates if len(d) >= 7})
        # every name of each month: the page shows one ('Jänner' in Austria), the reader may type another
        month_names = " ".join(name for month in months for name in MONTHS[month - 1])
        found[f"briefings/{briefing.slug}.md"] = f"{table.for_words(names)} {month_names}".strip()
    for actor in corpus.actors.values():
        if actor.kind != "country":
            found[actor.path] = table.for_words([actor.name, *actor.spellings])
    for story in corpus.stories(today):
        members = [a for t in story.actors[:10] if (a := corpus.by_token(t)) is not None]
        found[f"stories/{story.id}.md"] = table.for_words([n for a in members for n in (a.name, *a.spellings)])
    return {path: text for path, text in found.items() if text}


def add_to_index(index: dict[str, Any], synonyms: dict[str, str]) -> int:
    """Append each page's variants to its page-level entry (location without '#'); how many entries changed."""
    changed = 0
    for doc in index.get("docs", []):
        extra = synonyms.get(str(doc.get("location", "")))
        if extra and "#" not in str(doc.get("location", "")):
            doc["text"] = f"{doc.get('text', '')} {extra}".strip()
            changed += 1
    return changed
