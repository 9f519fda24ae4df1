"""Which names are one actor: a key per name that is the same across spellings and languages.

„Selenskyj“, "Zelensky", "Zelenskyy", "Zelenskiy" and „Selenskij“ get one key
through the transliteration tables in ``names.py``; „Kreml“ and "Kremlin"
through its bilingual list.  Persons whose names fold to one key but whose
countries contradict are kept apart and reported as possible duplicates, as
are persons who share a surname and an initial but not a full name — a human
decides (``content/actors.yml``: ``aliases`` joins, ``distinct: true`` splits).

Pure functions; nothing here reads files.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from lagebild.picture.names import BILINGUAL, ROLE_WORDS, TRANSLITERATION

_RULES = tuple((re.compile(pattern), replacement)
               for table in ("de", "en", "all") for pattern, replacement in TRANSLITERATION[table])


@lru_cache(maxsize=65536)
def plain_key(name: str) -> str:
    """Lower case, accents and format characters removed, hyphens as spaces: how a name is compared."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", name))
    text = "".join(ch for ch in text if not unicodedata.combining(ch) and unicodedata.category(ch) != "Cf")
    text = text.replace("ß", "ss").casefold()
    return " ".join(text.replace("-", " ").replace("\u2011", " ").split())


@lru_cache(maxsize=65536)
def folded_key(name: str) -> str:
    """The transliteration skeleton: 'Selenskyj' and 'Zelenskiy' -> 'zelenski'."""
    text = plain_key(name)
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text


_BILINGUAL_INDEX: dict[str, str] = {plain_key(name): plain_key(row[0]) for row in BILINGUAL for name in row}
_BILINGUAL_NAMES: dict[str, tuple[str, ...]] = {plain_key(row[0]): row for row in BILINGUAL}


def identity_key(name: str) -> str:
    """One key for every spelling of one actor: the bilingual list first, then transliteration."""
    plain = plain_key(name)
    known = _BILINGUAL_INDEX.get(plain)
    if known is not None:
        return "=" + known
    return folded_key(plain)


def exact_key(name: str) -> str:
    """A key that joins only identical names (after case and accents): for names kept apart."""
    return "!" + plain_key(name)


def other_language_names(name: str) -> tuple[str, ...]:
    """The names of the bilingual list's row the name belongs to (itself included), or ()."""
    row = _BILINGUAL_INDEX.get(plain_key(name))
    return _BILINGUAL_NAMES[row] if row is not None else ()


_ROLE_INDEX: dict[str, str] = {}
for _row in ROLE_WORDS:
    for _word in _row:
        _ROLE_INDEX.setdefault(plain_key(_word), plain_key(_row[0]))


@lru_cache(maxsize=16384)  # asked for every mention of an actor whenever its roles are listed
def role_key(role: str) -> str:
    """One key for a role in either language: 'Präsident', 'president', 'ukrainischer Präsident' -> 'prasident'.

    The whole role is looked up first, then its last two words, then its last word (also the
    part after a hyphen: 'US-Sondergesandter'); a role nobody listed keys as itself.
    """
    plain = plain_key(role)  # hyphens are spaces here: 'us sondergesandter'
    words = plain.split()
    for candidate in (plain, " ".join(words[-2:]), " ".join(words[-1:])):
        if candidate in _ROLE_INDEX:
            return _ROLE_INDEX[candidate]
    return plain


@dataclass(frozen=True)
class Sighting:
    """A person's name as one briefing gives it, with the country the person acts for."""

    name: str
    country: str | None
    briefing: str


@dataclass(frozen=True)
class PossibleDuplicate:
    """Names that may be one person but were not joined, and why."""

    names: tuple[str, ...]
    reason: str  # "countries" (same name folded, countries differ) or "initial" (same surname and initial)
    countries: tuple[str, ...] = ()


def kept_apart(sightings: Iterable[Sighting]) -> tuple[frozenset[str], list[PossibleDuplicate]]:
    """Plain name keys that must not join by transliteration, and the possible duplicates found.

    A folded key whose spellings act for different countries („Alexander Schulz“, DE; "Aleksandr
    Shulz", RU) is split back into its exact spellings.  Spellings of one name that agree, or give
    no country, stay joined.
    """
    spellings: dict[str, dict[str, str]] = defaultdict(dict)  # folded -> plain -> name as written
    countries: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # folded -> plain -> codes
    for sighting in sightings:
        plain = plain_key(sighting.name)
        folded = identity_key(sighting.name)
        spellings[folded].setdefault(plain, sighting.name)
        if sighting.country:
            countries[folded][plain].add(sighting.country)
    split: set[str] = set()
    duplicates: list[PossibleDuplicate] = []
    for folded, by_plain in sorted(countries.items()):
        if len(spellings[folded]) < 2:
            continue
        found = {code for codes in by_plain.values() for code in codes}
        if len(found) > 1:
            split.update(spellings[folded])
            duplicates.append(PossibleDuplicate(tuple(sorted(spellings[folded].values())), "countries",
                                                tuple(sorted(found))))
    duplicates += _same_surname_and_initial(spellings, split)
    return frozenset(split), duplicates


def _same_surname_and_initial(spellings: dict[str, dict[str, str]], split: set[str]) -> list[PossibleDuplicate]:
    """Full names sharing a folded surname and first initial, otherwise different: 'Mike' / 'Michael Waltz'."""
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for folded, by_plain in spellings.items():
        words = folded.lstrip("=").split()
        if len(words) >= 2 and not folded.startswith("="):
            groups[(words[-1], words[0][:1])].append(next(iter(by_plain.values())))
    return [PossibleDuplicate(tuple(sorted(names)), "initial")
            for _, names in sorted(groups.items()) if len(names) > 1]
