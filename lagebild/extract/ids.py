"""One id per fact: the last step before extraction hands its facts to the briefing file.

Each stage makes its ids from what identifies a fact (``model.fact_id``), so an
article that states the same thing twice — a wire story repeating a quote, two
meetings on one day with one summary — gives two facts with one id, and
``check`` refuses such a file (the whole site then fails to build).  Here,
per fact list and in article order: a fact equal to an earlier one in all but
its evidence is the same fact told twice and is dropped; a different fact
whose id is taken gets the first free ``<id>-2``, ``<id>-3``, ….  The first
fact keeps its plain id, so ids stay as stable as the article.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TypeVar

from lagebild.briefing.model import Fact

F = TypeVar("F", bound=Fact)


def unique_facts(facts: Sequence[F]) -> tuple[F, ...]:
    """The facts of one list with repeats dropped and every id distinct."""
    kept: list[F] = []
    by_id: dict[str, list[F]] = {}
    taken: set[str] = set()
    for fact in facts:
        same_id = by_id.get(fact.id, [])
        if any(_content(fact) == _content(earlier) for earlier in same_id):
            continue  # the same fact, told again
        new = fact
        if fact.id in taken:
            number = 2
            while f"{fact.id}-{number}" in taken:
                number += 1
            new = replace(fact, id=f"{fact.id}-{number}")
        by_id.setdefault(fact.id, []).append(fact)
        taken.add(new.id)
        kept.append(new)
    return tuple(kept)


def _content(fact: Fact) -> Fact:
    """What the fact says, without where the article says it."""
    return replace(fact, evidence="")
