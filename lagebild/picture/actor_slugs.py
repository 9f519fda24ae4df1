"""Actor page addresses that stay put and cannot be taken over by a look-alike name.

Names come from articles, so they may carry invisible characters (zero-width
joiner, bidi controls) or letters of another script that look the same
(Cyrillic „е“ in „Stеve“).  Three rules keep ``actors/steve-witkoff/`` with
the person it always named:

* ``clean_name``: NFKC and no format characters, so an invisible character
  never makes a second actor out of one name;
* ``assign_slugs``: when two actors would get the same address, the one
  seen first (the oldest briefing) keeps it, and a name that mixes scripts or
  needed cleaning never wins it — a newer briefing can only add ``-2``;
* ``name_warnings``: `check` flags such names for a human look.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Protocol, TypeVar


class SluggedActor(Protocol):
    kind: str
    slug: str
    name: str


A = TypeVar("A", bound=SluggedActor)


@lru_cache(maxsize=65536)  # the same names recur in every briefing
def clean_name(name: str) -> str:
    """NFKC, without format characters (ZWJ, ZWNJ, soft hyphen, bidi marks), single-spaced."""
    if name.isascii():
        return " ".join(name.split())  # the common case: nothing to normalise (format characters are not ASCII)
    text = unicodedata.normalize("NFKC", name)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return " ".join(text.split())


def scripts(name: str) -> set[str]:
    """The scripts of a name's letters, by the first word of their Unicode names (LATIN, CYRILLIC, …)."""
    found = set()
    for ch in clean_name(name):
        if ch.isalpha():
            found.add(unicodedata.name(ch, "UNKNOWN").split(" ")[0])
    return found


def is_mixed_script(name: str) -> bool:
    return len(scripts(name)) > 1


def is_suspicious(name: str) -> bool:
    """A name that looks like another one: mixed scripts, or characters that cleaning removes."""
    return is_mixed_script(name) or clean_name(name) != " ".join(unicodedata.normalize("NFC", name).split())


def name_warnings(name: str) -> list[str]:
    """What a human should look at in a name (empty when nothing)."""
    warnings = []
    if any(unicodedata.category(ch) == "Cf" for ch in name):
        warnings.append("contains an invisible formatting character (zero-width or bidi mark)")
    if is_mixed_script(name):
        warnings.append(f"mixes scripts ({', '.join(sorted(s.title() for s in scripts(name)))}): "
                        "a look-alike letter?")
    return warnings


def assign_slugs(actors: Iterable[A], base_slug: Callable[[A], str],
                 first_seen: Callable[[A], tuple[str, str]]) -> None:
    """Give every actor its address: per kind and base slug, the clean name seen first keeps the base,
    the others get -2, -3, … in the same order (so the result does not depend on the input order)."""
    groups: dict[tuple[str, str], list[A]] = defaultdict(list)
    for actor in actors:
        groups[(actor.kind, base_slug(actor))].append(actor)
    taken = {key for key, members in groups.items() if members}
    for (kind, base), members in sorted(groups.items()):
        members.sort(key=lambda a: (is_suspicious(a.name), first_seen(a), clean_name(a.name).casefold(), a.name))
        members[0].slug = base
        number = 2
        for actor in members[1:]:
            while (kind, f"{base}-{number}") in taken:
                number += 1
            actor.slug = f"{base}-{number}"
            taken.add((kind, actor.slug))
            number += 1
