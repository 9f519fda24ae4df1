"""An existing actor with one briefing's part put in or taken out (`corpus_insert`): the copy, its
mentions, events and quotes at the briefing's place, the `_actor` calls behind its mentions
(`Calls`), the name and first sighting a fresh build would give it, and whether its slug stands
whoever saw it first (`alone`).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from typing import Any

from lagebild.briefing.model import Briefing, slugify
from lagebild.picture.actor_slugs import clean_name
from lagebild.picture.corpus import Actor, Corpus, Mention, MentionMade, briefing_date, briefing_sort_key

NUMBERED = re.compile(r"-[0-9]+$")  # a base slug another group's numbering may take (assign_slugs)


def alone(actors: dict[tuple[str, str], Actor], actor: Actor) -> bool:
    """Whether the actor's slug is its base slug whoever saw it first and whether it is there or not
    (`assign_slugs`): the first of its group, with no other member — those would be numbered from
    base-2 on, skipping the numbers other groups have as their own base."""
    if actor.kind == "country":
        return True
    base = slugify(clean_name(actor.name))
    if actor.slug != base or NUMBERED.search(base):
        return False
    number = 2
    while (other := actors.get((actor.kind, f"{base}-{number}"))) is not None:
        if slugify(clean_name(other.name)) == base:
            return False
        number += 1
    return True


def actor_copy(actor: Actor) -> Actor:
    found = copy.copy(actor)
    found.mentions, found.events, found.quotes = list(actor.mentions), list(actor.events), list(actor.quotes)
    found.spellings, found.event_keys = set(actor.spellings), set(actor.event_keys)
    found._briefings = None
    return found


def insert_part(items: list[Any], part: list[Any], mark: tuple[str, str]) -> list[Any]:
    """`part` put into `items` ((briefing, fact), newest briefing first) before the first of an older briefing."""
    at = 0
    while at < len(items) and briefing_sort_key(items[at][0]) > mark:
        at += 1
    return items[:at] + list(part) + items[at:]


class Calls:
    """The `_actor` call behind each mention: (name as written, country given), through the
    mentions each briefing made (`mentions_made`; the simulated briefing's from the scratch)."""

    def __init__(self, corpus: Corpus, scratch: Corpus, briefing: Briefing,
                 preferred: dict[tuple[str, str], str]) -> None:
        self.corpus, self.scratch, self.briefing, self.preferred = corpus, scratch, briefing, preferred
        self.tables: dict[tuple[str, bool], dict[int, MentionMade]] = {}

    def of(self, actor: Actor, mentions: list[Mention]) -> Iterator[tuple[str, str | None]]:
        for mention in mentions:
            mine = mention.briefing is self.briefing
            table = self.tables.get((mention.briefing.slug, mine))
            if table is None:
                source = (self.scratch if mine else self.corpus).mentions_made[mention.briefing.slug]
                table = self.tables[(mention.briefing.slug, mine)] = {id(m.mention): m for m in source}
            made = table[id(mention)]
            fact = getattr(mention.briefing, made.list_name)[made.index]
            yield (fact.code if made.list_name == "countries" else fact.name), getattr(fact, "country", None)

    def names(self, actor: Actor, mentions: list[Mention]) -> Iterator[str]:
        for written, _ in self.of(actor, mentions):
            key = self.corpus._key(actor.kind, written)
            yield clean_name(self.preferred.get((actor.kind, key), self.corpus._canonical(actor.kind, written)))


def actor_name(calls: Calls, actor: Actor, sequence: list[Mention], had_full: bool) -> str:
    """The name `_actor` leaves an actor with: its first call's, else the first full name after.
    `sequence`: its calls from the first on, up to where `had_full` says whether a full name comes
    later (an actor with a bare name had no call with a full one)."""
    names = calls.names(actor, sequence)
    first = next(names, None)
    if first is None:
        return actor.name
    if " " in first:
        return first
    return next((name for name in names if " " in name), actor.name if had_full else first)


def first_seen(mentions: list[Mention]) -> tuple[str, str]:
    """`corpus._first_seen`: mentions are newest first (undated last), so the oldest dated one is the
    last dated; with none dated, the last (smallest slug)."""
    for mention in reversed(mentions):
        date = briefing_date(mention.briefing)
        if date:
            return (date, mention.briefing.slug)
    return ("9999", mentions[-1].briefing.slug) if mentions else ("9999", "")


__all__ = ["NUMBERED", "Calls", "actor_copy", "actor_name", "alone", "first_seen", "insert_part"]
