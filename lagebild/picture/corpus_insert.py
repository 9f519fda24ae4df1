"""The corpus of the last build with one briefing added or removed, without building it again.

`Corpus` adds briefings newest first, and what a briefing's names resolve to depends on the
briefings before it: the first to name an actor under a key creates it (its place in `actors`
and `_lookup`), takes its country, and a participant or speaker named by a key no briefing before
has set resolves to no one.  So a new newest briefing comes first, and cannot be appended like a
replayed merge.  But each briefing's trace (`Corpus.traces`: the keys it set or found an actor
under, and the keys `find` read for it) says exactly what the order decides.  A briefing added at
position p (or removed from it) is simulated against the tables as they stood at p (`_Scratch`:
the keys first set before p), and the patch is taken only when nothing else moves:

- the tables every key depends on stay: the names kept apart, each surname's full names, the
  preferred spelling of every key other briefings use;
- each actor the briefing names or resolves is one that exists with other briefings (none is
  created or vanishes), under the same keys, keeping its name and the briefing it was first seen
  in (its slug);
- no other briefing's `find` read a key whose first setter moves (an added briefing sets it
  earlier: a miss would now find someone; a removed one leaves it to a later briefing or no one:
  a hit would now miss), and the next setter of such a key names the same actor.

Then the touched actors are copies with the briefing's mentions, events and quotes put in (or
taken out) at its place, their country as the first that gives one, and every table is in the order
a fresh build makes (`actors` by the first mention, `_lookup` by the first set).  Otherwise None:
the corpus is built afresh.  `corpus_state` (audit mode, tests) compares the result with a fresh
corpus.
"""

from __future__ import annotations

import copy
import re
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from lagebild.briefing.model import Briefing, slugify
from lagebild.i18n import country_name
from lagebild.picture.actor_slugs import clean_name
from lagebild.picture.corpus import (
    Actor,
    Corpus,
    Mention,
    MentionMade,
    briefing_date,
    briefing_sort_key,
    preferred_of,
)
from lagebild.picture.identity import Sighting, kept_apart

Key = tuple[str, ...]


class _Shell(Actor):
    """An existing actor as the simulated briefing sees it: collects that briefing's part only."""


class _Table:
    """A corpus table (`_lookup` or `actors`) as it stood before position p: the keys some briefing
    before p set, each as a shell of its actor; what the simulated briefing sets goes to `own`."""

    def __init__(self, table: dict[Any, Actor], visible: set[Key], shell: Any, actors: bool) -> None:
        self.table, self.visible, self.shell, self.actors = table, visible, shell, actors
        self.own: dict[Any, Actor] = {}

    def _key(self, key: Any) -> Key:
        return ("#actors", *key) if self.actors else key

    def get(self, key: Any, default: Any = None) -> Any:
        if key in self.own:
            return self.own[key]
        if self._key(key) in self.visible and key in self.table:
            return self.shell(self.table[key])
        return default

    def __contains__(self, key: Any) -> bool:
        return self.get(key) is not None

    def __setitem__(self, key: Any, value: Actor) -> None:
        self.own[key] = value

    def setdefault(self, key: Any, value: Actor) -> Actor:
        found = self.get(key)
        if found is None:
            self.own[key] = found = value
        return found


def patched_for(corpus: Corpus, briefings: list[Briefing]) -> Corpus | None:
    """`Corpus(briefings)` made from `corpus` when `briefings` are its briefings (the very objects)
    with one added or one removed (or one replaced by another version: removed, then added), if
    nothing but that briefing's actors changes (see the module); else None."""
    if getattr(corpus, "traces", None) is None or corpus._trace is not None:
        return None  # a corpus made without traces, or one still being built
    old = {id(b) for b in corpus.briefings}
    new = {id(b) for b in briefings}
    added = [b for b in briefings if id(b) not in old]
    removed = [b for b in corpus.briefings if id(b) not in new]
    if len(added) > 1 or len(removed) > 1 or not (added or removed) or len(briefings) != len(new):
        return None
    if len({b.slug for b in briefings}) != len(briefings):
        return None
    found: Corpus | None = corpus
    if removed:
        found = _without(corpus, removed[0])
    if added and found is not None:
        found = _with(found, added[0])
    if found is not None:
        found.earlier = dict(corpus._pictures)  # the merge continues from the last build's (merge_log)
    return found


# --- one briefing in or out -------------------------------------------------------------------


def _with(corpus: Corpus, briefing: Briefing) -> Corpus | None:
    key = briefing_sort_key(briefing)
    if any(b.slug == briefing.slug for b in corpus.briefings):
        return None
    position = sum(1 for b in corpus.briefings if briefing_sort_key(b) > key)
    order = [*corpus.briefings[:position], briefing, *corpus.briefings[position:]]
    return _patch(corpus, briefing, order, position, adding=True)


def _without(corpus: Corpus, briefing: Briefing) -> Corpus | None:
    position = next(i for i, b in enumerate(corpus.briefings) if b is briefing)
    order = corpus.briefings[:position] + corpus.briefings[position + 1:]
    return _patch(corpus, briefing, order, position, adding=False)


def _patch(corpus: Corpus, briefing: Briefing, order: list[Briefing], position: int, adding: bool) -> Corpus | None:
    sign = 1 if adding else -1
    # The tables every key depends on: names kept apart, surnames (a full name that appears or
    # vanishes changes what its bare surname resolves to: only where no one else looked it up).
    apart, duplicates = kept_apart(Sighting(corpus._canonical("person", p.name), p.country, b.slug)
                                   for b in order for p in b.persons if p.is_visible)
    if apart != corpus._apart:
        return None
    surname_counts = dict(corpus.surname_counts)
    changed_surnames: dict[str, set[str]] = {}
    for person in briefing.persons:
        if person.is_visible:
            name_key = corpus._key("person", person.name)
            if " " in name_key and not name_key.startswith("!"):
                pair = (name_key.split()[-1], name_key)
                before = surname_counts.get(pair, 0)
                surname_counts[pair] = before + sign
                if before + sign < 0:
                    return None
                if (before == 0) != (before + sign == 0):
                    changed_surnames.setdefault(pair[0], set(corpus._surnames.get(pair[0], ())))
                    (changed_surnames[pair[0]].add if adding else changed_surnames[pair[0]].discard)(name_key)
    surnames = corpus._surnames
    if changed_surnames:
        looked_up = {("#surname", surname) for surname in changed_surnames}
        if any(not looked_up.isdisjoint(reads) for slug, (_, reads) in corpus.traces.items() if slug != briefing.slug):
            return None
        surnames = defaultdict(set, corpus._surnames)
        for surname, full in changed_surnames.items():
            if full:
                surnames[surname] = full
            else:
                surnames.pop(surname, None)
    preferred = _preferred(corpus, briefing, sign)
    if preferred is None:
        return None
    name_counts, preferred_now = preferred

    # The briefing as it is added at its place (a removed one: as it was added).
    earlier = order[:position]
    visible: set[Key] = {k for b in earlier for k, _ in corpus.traces[b.slug][0]}
    shells: dict[int, _Shell] = {}
    origin: dict[int, Actor] = {}

    def shell(actor: Actor) -> _Shell:
        found = shells.get(id(actor))
        if found is None:
            found = shells[id(actor)] = _Shell(actor.kind, actor.slug, actor.name)
            origin[id(found)] = actor
        return found

    scratch = object.__new__(Corpus)
    scratch.aliases, scratch.language, scratch._apart = corpus.aliases, corpus.language, corpus._apart
    scratch._keys, scratch._preferred = corpus._keys, preferred_now
    scratch._surnames = surnames if adding else corpus._surnames
    scratch._lookup = _Table(corpus._lookup, visible, shell, actors=False)  # type: ignore[assignment]
    scratch.actors = _Table(corpus.actors, visible, shell, actors=True)  # type: ignore[assignment]
    scratch._local, scratch.mentions_made, scratch.traces = {}, {}, {}
    scratch._add_briefing(briefing)
    scratch._trace = None
    trace = scratch.traces[briefing.slug]

    # Each actor of the simulation is one existing actor (or, added, a new one: None), under the
    # keys the briefing sets first.
    first: dict[Key, Actor] = {}
    for table_key, actor in trace[0]:
        first.setdefault(table_key, actor)
    moved = {key: actor for key, actor in first.items() if key not in visible}
    actor_of: dict[int, Actor | None] = dict(origin)
    for table_key, actor in moved.items():
        existing = _entry(corpus, table_key)
        if id(actor) in origin:
            if existing is not origin[id(actor)]:
                return None
        elif existing is not None or id(actor) not in actor_of:
            if actor_of.get(id(actor)) not in (None, existing):
                return None  # two actors of the corpus are one at this place
            actor_of[id(actor)] = existing
        if existing is None and not adding:
            return None
    kept = [a for a in actor_of.values() if a is not None]
    if len({id(a) for a in kept}) != len(kept):
        return None  # one actor of the corpus is two at this place
    touched: dict[int, Actor] = {}  # id(simulated) -> simulated, for every actor the briefing touched
    for made in scratch.mentions_made[briefing.slug]:
        touched.setdefault(id(made.actor), made.actor)
    for simulated in [*shells.values(), *moved.values()]:
        touched.setdefault(id(simulated), simulated)
    for local in scratch._local.values():
        for simulated in local.values():
            touched.setdefault(id(simulated), simulated)
    if any(id(simulated) not in actor_of for simulated in touched.values()):
        return None  # (cannot happen: an actor is found under a key, or made under one)

    # Keys whose first setter moves: nobody else read them in between, the next setter agrees.
    dropped = _moves_unseen(corpus, order if adding else corpus.briefings, position, set(moved), adding,
                            {key: actor_of[id(actor)] for key, actor in moved.items()})
    if dropped is None:
        return None

    # The touched actors, copied with the briefing's part put in or taken out at its place.
    copies: dict[int, Actor] = {}
    made_now: list[Actor] = []
    gone: list[Actor] = []
    calls = _Calls(corpus, scratch, briefing, preferred_now)
    mark = briefing_sort_key(briefing)
    for simulated in touched.values():
        existing = actor_of[id(simulated)]
        if existing is None:  # a new actor: the briefing's alone
            if simulated.kind != "country":
                base = slugify(clean_name(simulated.name))
                if (simulated.kind, base) in corpus.actors or _NUMBERED.search(base):
                    return None
                simulated.slug = base
            simulated._briefings = None
            made_now.append(simulated)
            continue
        actor = existing
        mine = _copy(actor)
        if adding:
            at = 0
            while at < len(actor.mentions) and briefing_sort_key(actor.mentions[at].briefing) > mark:
                at += 1
            mine.mentions = actor.mentions[:at] + simulated.mentions + actor.mentions[at:]
            mine.events = _insert(actor.events, simulated.events, mark)
            mine.quotes = _insert(actor.quotes, simulated.quotes, mark)
            mine.event_keys = actor.event_keys | simulated.event_keys
            mine.spellings = actor.spellings | simulated.spellings
            sequence = [*actor.mentions[:at], *simulated.mentions]  # then the old calls after it
            name = _name(calls, actor, sequence, " " in actor.name)
            country = simulated.country
            if country and actor.country and actor.country != country and \
                    any(c for _, c in calls.of(actor, actor.mentions[:at])):
                country = actor.country
            mine.country = country or actor.country
        else:
            mine.mentions = [m for m in actor.mentions if m.briefing is not briefing]
            mine.events = [item for item in actor.events if item[0] is not briefing]
            mine.quotes = [item for item in actor.quotes if item[0] is not briefing]
            mine.event_keys = actor.event_keys - simulated.event_keys
            if not mine.mentions:  # the actor vanishes with the briefing
                if mine.events or mine.quotes:
                    return None
                if actor.kind != "country":
                    base = slugify(clean_name(actor.name))
                    if not _alone(corpus.actors, actor):
                        return None
                gone.append(actor)
                continue
            pending = set(simulated.spellings)
            for written, _ in calls.of(actor, mine.mentions):
                if not pending:
                    break
                pending.discard(written)
            mine.spellings = actor.spellings - pending
            name = _name(calls, actor, mine.mentions, " " in actor.name)
            if simulated.country and actor.country == simulated.country:
                mine.country = next((c for _, c in calls.of(actor, mine.mentions) if c), None)
        if actor.kind == "country":  # named by its last call's code (`_add_briefing`)
            last = mine.mentions[-1]
            name = actor.name if last is actor.mentions[-1] else \
                country_name(next(calls.of(actor, [last]))[0], corpus.language)
        if name != actor.name:
            return None  # another name: another slug perhaps
        if _first_seen(mine.mentions) != _first_seen(actor.mentions) and not _alone(corpus.actors, actor):
            return None  # slugs are given by first sighting
        copies[id(actor)] = mine
    by_simulated: dict[int, Actor] = {id(a): a for a in made_now}
    by_simulated.update((id(s), copies[id(a)]) for s in touched.values() if (a := actor_of[id(s)]) is not None
                        and id(a) in copies)

    new = copy.copy(corpus)
    new.briefings = order
    new._apart, new.possible_duplicates = apart, duplicates
    new._surnames = surnames
    new.surname_counts = {pair: count for pair, count in surname_counts.items() if count > 0}
    new.name_counts, new._preferred = name_counts, preferred_now
    new.mentions_made = dict(corpus.mentions_made)
    new._local = dict(corpus._local)
    new.traces = dict(corpus.traces)
    new.actors = dict(corpus.actors)
    new._lookup = dict(corpus._lookup)
    if adding:
        new.mentions_made[briefing.slug] = [MentionMade(by_simulated[id(m.actor)], m.mention, m.list_name, m.index)
                                            for m in scratch.mentions_made[briefing.slug]]
        if briefing.slug in scratch._local:
            new._local[briefing.slug] = {k: by_simulated[id(a)] for k, a in scratch._local[briefing.slug].items()}
        new.traces[briefing.slug] = ([(k, by_simulated.get(id(a), a)) for k, a in trace[0]], list(trace[1]))
        for actor in made_now:
            new.actors[(actor.kind, actor.slug)] = actor
        for key, actor in moved.items():
            if key[0] != "#actors" and key not in new._lookup:
                new._lookup[key] = by_simulated[id(actor)]  # type: ignore[index]
    else:
        for table in (new.mentions_made, new._local, new.traces):
            table.pop(briefing.slug, None)
        for actor in gone:
            del new.actors[(actor.kind, actor.slug)]
        for key in dropped:
            if key[0] != "#actors":
                del new._lookup[key]  # type: ignore[arg-type]
    _remap(new, copies)
    _reorder(new, order)
    new._pictures, new._stories, new.earlier = {}, {}, dict(corpus._pictures)  # merged again (merge_log)
    return new


_NUMBERED = re.compile(r"-[0-9]+$")  # a base slug another group's numbering may take (assign_slugs)


def _entry(corpus: Corpus, key: Key) -> Actor | None:
    if key[0] == "#actors":
        return corpus.actors.get((key[1], key[2]))
    return corpus._lookup.get(key)  # type: ignore[arg-type]


def _alone(actors: dict[tuple[str, str], Actor], actor: Actor) -> bool:
    """Whether the actor's slug is its base slug whoever saw it first and whether it is there or not
    (`assign_slugs`): the first of its group, with no other member — those would be numbered from
    base-2 on, skipping the numbers other groups have as their own base."""
    if actor.kind == "country":
        return True
    base = slugify(clean_name(actor.name))
    if actor.slug != base or _NUMBERED.search(base):
        return False
    number = 2
    while (other := actors.get((actor.kind, f"{base}-{number}"))) is not None:
        if slugify(clean_name(other.name)) == base:
            return False
        number += 1
    return True


def _moves_unseen(corpus: Corpus, order: list[Briefing], position: int, moved: set[Key], adding: bool,
                  wanted: dict[Key, Actor | None]) -> set[Key] | None:
    """Whether no briefing after the one at `position` of `order` read a key of `moved` before that
    key's next setter, and (removed) each next setter sets it to the same actor: then the keys no
    one sets again (removed: they leave the tables), else None."""
    pending = set(moved)
    for other in order[position + 1:]:
        if not pending:
            break
        attempts, reads = corpus.traces[other.slug]
        for key, actor in attempts:
            if key in pending:
                if not adding and (wanted[key] is None or actor.token != wanted[key].token):  # type: ignore[union-attr]
                    return None
                if not adding and _found_by_alias(corpus, other, key, actor):
                    return None
                pending.discard(key)
        if not pending.isdisjoint(reads):
            return None
    return set() if adding else pending


def _found_by_alias(corpus: Corpus, briefing: Briefing, key: Key, actor: Actor) -> bool:
    """Whether `briefing` named a person by `key` and found `actor` under it only because an earlier
    briefing's spelling list had set that key to `actor` (another name's key): without that list the
    lookup makes a person of its own, whatever actor the trace recorded."""
    if len(key) != 2 or key[0] != "person" or corpus._key("person", actor.name) == key[1]:
        return False
    return any(p.is_visible and corpus._key("person", p.name) == key[1] for p in briefing.persons)


def _preferred(corpus: Corpus, briefing: Briefing,
               sign: int) -> tuple[dict[tuple[str, str], dict[str, list[int]]], dict[tuple[str, str], str]] | None:
    """The spelling counts and preferred names with the briefing counted in (or out), if no other
    briefing's key changes its preferred name."""
    counts = dict(corpus.name_counts)
    changed: set[tuple[str, str]] = set()
    for kind, facts in (("person", briefing.persons), ("organization", briefing.organizations),
                        ("place", briefing.places)):
        for fact in facts:
            if not fact.is_visible:
                continue
            canonical = corpus._canonical(kind, fact.name)
            key = (kind, corpus._key(kind, fact.name))
            if key not in changed:
                counts[key] = {name: list(score) for name, score in counts.get(key, {}).items()}
                changed.add(key)
            score = counts[key].setdefault(canonical, [0, 0, 0, 0])
            score[0] = int((kind, _name_key(canonical)) in corpus.aliases.canonical)
            score[1] = int(" " in canonical.strip())
            score[2] += sign * (briefing.language == corpus.language)
            score[3] += sign
            if score[3] == 0:
                del counts[key][canonical]
            elif score[3] < 0:
                return None
    preferred = dict(corpus._preferred)
    for key in changed:
        if not counts[key]:
            del counts[key]
            preferred.pop(key, None)
            continue
        now = preferred_of(counts[key])
        if key in preferred and preferred[key] != now:
            return None  # another briefing's name under this key would read otherwise
        preferred[key] = now
    return counts, preferred


def _used_elsewhere(key: tuple[str, str], counts: dict[tuple[str, str], dict[str, list[int]]],
                    corpus: Corpus) -> bool:
    return key in corpus.name_counts  # another briefing spells a name with this key


def _name_key(name: str) -> str:
    from lagebild.picture.corpus import cached_name_key
    return cached_name_key(name)


def _copy(actor: Actor) -> Actor:
    found = copy.copy(actor)
    found.mentions, found.events, found.quotes = list(actor.mentions), list(actor.events), list(actor.quotes)
    found.spellings, found.event_keys = set(actor.spellings), set(actor.event_keys)
    found._briefings = None
    return found


def _insert(items: list[Any], part: list[Any], mark: tuple[str, str]) -> list[Any]:
    """`part` put into `items` ((briefing, fact), newest briefing first) before the first of an older briefing."""
    at = 0
    while at < len(items) and briefing_sort_key(items[at][0]) > mark:
        at += 1
    return items[:at] + list(part) + items[at:]


class _Calls:
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


def _name(calls: _Calls, actor: Actor, sequence: list[Mention], had_full: bool) -> str:
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


def _first_seen(mentions: list[Mention]) -> tuple[str, str]:
    """`corpus._first_seen`: mentions are newest first (undated last), so the oldest dated one is the
    last dated; with none dated, the last (smallest slug)."""
    for mention in reversed(mentions):
        date = briefing_date(mention.briefing)
        if date:
            return (date, mention.briefing.slug)
    return ("9999", mentions[-1].briefing.slug) if mentions else ("9999", "")


def _remap(new: Corpus, copies: dict[int, Actor]) -> None:
    def mapped(actor: Actor) -> Actor:
        return copies.get(id(actor), actor)

    new.actors = {key: mapped(a) for key, a in new.actors.items()}
    new._lookup = {key: mapped(a) for key, a in new._lookup.items()}
    new._local = {slug: ({key: mapped(a) for key, a in local.items()}
                         if any(id(a) in copies for a in local.values()) else local)
                  for slug, local in new._local.items()}
    new.mentions_made = {slug: ([made if id(made.actor) not in copies else
                                 MentionMade(copies[id(made.actor)], made.mention, made.list_name, made.index)
                                 for made in all_made] if any(id(m.actor) in copies for m in all_made) else all_made)
                         for slug, all_made in new.mentions_made.items()}


def _reorder(new: Corpus, order: list[Briefing]) -> None:
    """Every table in the order a fresh build fills it: briefings newest first, `actors` by each
    actor's first mention, `_lookup` by each key's first set."""
    first_call: dict[int, tuple[int, int]] = {}
    first_set: dict[Key, tuple[int, int]] = {}
    for number, briefing in enumerate(order):
        for index, made in enumerate(new.mentions_made[briefing.slug]):
            first_call.setdefault(id(made.actor), (number, index))
        for index, (key, _) in enumerate(new.traces[briefing.slug][0]):
            first_set.setdefault(key, (number, index))
    new.actors = dict(sorted(new.actors.items(), key=lambda item: first_call[id(item[1])]))
    new._lookup = dict(sorted(new._lookup.items(), key=lambda item: first_set[item[0]]))
    new._local = {b.slug: new._local[b.slug] for b in order if b.slug in new._local}
    new.mentions_made = {b.slug: new.mentions_made[b.slug] for b in order}
    new.traces = {b.slug: new.traces[b.slug] for b in order}
    new._tokens = {actor.token: actor for actor in new.actors.values()}


__all__ = ["patched_for"]
