"""Search that finds spelling and language variants: „Kiew“ finds Kyiv, „Zelensky“ finds Selenskyj,
„Jänner“ finds Januar and January.

The reader types one form; the site's search index only holds the words of
each page.  So every page's index entry gets, invisibly, the other forms of
the names and months it contains: the spellings the corpus uses for the same
actor or place (its pages' *Schreibweisen*), the other language's name from
the bilingual list, and every name of a month.  The page itself is unchanged.

``SynonymTable`` is built from the corpus (pure); ``add_to_index`` edits the
search plugin's JSON document (the plugin reads and writes the file).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from lagebild.corpus import Corpus
from lagebild.picture.identity import other_language_names
from lagebild.picture.names import MONTHS

_WORD = re.compile(r"[^\W\d_][\w'-]*[^\W\d_]|[^\W\d_]", re.UNICODE)
_TAG = re.compile(r"<[^>]*>")
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
        for row in MONTHS:
            table.add(row)
        return table

    def add(self, names: Iterable[str]) -> None:
        """Every word of these names stands for all of them."""
        words = {w for name in names for w in _WORD.findall(name) if len(w) > 2 and w.casefold() not in _SKIP}
        for word in words:
            self.variants[word.casefold()] |= words

    def for_html(self, html: str) -> str:
        """The variants a page's text lacks, as one line of words ('' when none)."""
        present = {w.casefold() for w in _WORD.findall(_TAG.sub(" ", html))}
        missing: set[str] = set()
        for word in present:
            for variant in self.variants.get(word, ()):
                if variant.casefold() not in present:
                    missing.add(variant)
        return " ".join(sorted(missing, key=str.casefold))


def add_to_index(index: dict[str, Any], synonyms: dict[str, str]) -> int:
    """Append each page's variants to its page-level entry (location without '#'); how many entries changed."""
    changed = 0
    for doc in index.get("docs", []):
        extra = synonyms.get(str(doc.get("location", "")))
        if extra and "#" not in str(doc.get("location", "")):
            doc["text"] = f"{doc.get('text', '')} {extra}".strip()
            changed += 1
    return changed
