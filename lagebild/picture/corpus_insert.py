"""The corpus of the last build with one briefing added or removed, without building it again.

`Corpus` adds briefings newest first, and what a briefing's names resolve to depends on the
briefings before it: the first to name an actor under a key creates it (its place in `actors`
and `_lookup`), takes its country, and a participant or speaker named by a key no briefing before
has set resolves to no one.  So a new newest briefing comes first, and cannot be appended like a
replayed merge.  But each briefing's trace (`Corpus.traces`: the keys it set or found an actor
under, and the keys `find` read for it) says exactly what the order decides.  A briefing added at
position p (or removed from it) is simulated against the tables as they stood at p
(`corpus_insert_tables.Table`: the keys first set before p), and the patch is taken only when nothing else moves:

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
from collections import defaultdict

from lagebild.briefing.model import Briefing, slugify
from lagebild.i18n import country_name
from lagebild.picture.actor_slugs import clean_name
from lagebild.picture.corpus import (
    Actor,
    Corpus,
    MentionMade,
    briefing_sort_key,
)
from lagebild.picture.corpus_insert_actors import (
    NUMBERED,
    Calls,
    actor_copy,
    actor_name,
    alone,
    first_seen,
    insert_part,
)
from lagebild.picture.corpus_insert_tables import (
    Key,
    Shell,
    Table,
    entry,
    moves_unseen,
    preferred_with,
    remap,
    reorder,
    set_as_alias,
)
from lagebild.picture.identity import Sighting, kept_apart


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
    preferred = preferred_with(corpus, briefing, sign)
    if preferred is None:
        return None
    name_counts, preferred_now = preferred

    # The briefing as it is added at its place (a removed one: as it was added).
    earlier = order[:position]
    visible: set[Key] = {k for b in earlier for k, _ in corpus.traces[b.slug][0]}
    shells: dict[int, Shell] = {}
    origin: dict[int, Actor] = {}

    def shell(actor: Actor) -> Shell:
        found = shells.get(id(actor))
        if found is None:
            found = shells[id(actor)] = Shell(actor.kind, actor.slug, actor.name)
            origin[id(found)] = actor
        return found

    scratch = object.__new__(Corpus)
    scratch.aliases, scratch.language, scratch._apart = corpus.aliases, corpus.language, corpus._apart
    scratch._keys, scratch._preferred = corpus._keys, preferred_now
    scratch._surnames = surnames if adding else corpus._surnames
    scratch._lookup = Table(corpus._lookup, visible, shell, actors=False)  # type: ignore[assignment]
    scratch.actors = Table(corpus.actors, visible, shell, actors=True)  # type: ignore[assignment]
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
        existing = entry(corpus, table_key)
        if id(actor) in origin:
            if existing is not origin[id(actor)]:
                return None
        elif existing is not None or id(actor) not in actor_of:
            if actor_of.get(id(actor)) not in (None, existing):
                return None  # two actors of the corpus are one at this place
            actor_of[id(actor)] = existing
        if existing is None and not adding:
            return None
        if adding and existing is not None and set_as_alias(corpus, table_key, existing):
            return None  # a later briefing's spelling list set it: read first, the key makes its own person
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
    dropped = moves_unseen(corpus, order if adding else corpus.briefings, position, set(moved), adding,
                            {key: actor_of[id(actor)] for key, actor in moved.items()})
    if dropped is None:
        return None

    # The touched actors, copied with the briefing's part put in or taken out at its place.
    copies: dict[int, Actor] = {}
    made_now: list[Actor] = []
    gone: list[Actor] = []
    calls = Calls(corpus, scratch, briefing, preferred_now)
    mark = briefing_sort_key(briefing)
    for simulated in touched.values():
        existing = actor_of[id(simulated)]
        if existing is None:  # a new actor: the briefing's alone
            if simulated.kind != "country":
                base = slugify(clean_name(simulated.name))
                if (simulated.kind, base) in corpus.actors or NUMBERED.search(base):
                    return None
                simulated.slug = base
            simulated._briefings = None
            made_now.append(simulated)
            continue
        actor = existing
        mine = actor_copy(actor)
        if adding:
            at = 0
            while at < len(actor.mentions) and briefing_sort_key(actor.mentions[at].briefing) > mark:
                at += 1
            mine.mentions = actor.mentions[:at] + simulated.mentions + actor.mentions[at:]
            mine.events = insert_part(actor.events, simulated.events, mark)
            mine.quotes = insert_part(actor.quotes, simulated.quotes, mark)
            mine.event_keys = actor.event_keys | simulated.event_keys
            mine.spellings = actor.spellings | simulated.spellings
            sequence = [*actor.mentions[:at], *simulated.mentions]  # then the old calls after it
            name = actor_name(calls, actor, sequence, " " in actor.name)
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
                    if not alone(corpus.actors, actor):
                        return None
                gone.append(actor)
                continue
            pending = set(simulated.spellings)
            for written, _ in calls.of(actor, mine.mentions):
                if not pending:
                    break
                pending.discard(written)
            mine.spellings = actor.spellings - pending
            name = actor_name(calls, actor, mine.mentions, " " in actor.name)
            if simulated.country and actor.country == simulated.country:
                mine.country = next((c for _, c in calls.of(actor, mine.mentions) if c), None)
        if actor.kind == "country":  # named by its last call's code (`_add_briefing`)
            last = mine.mentions[-1]
            name = actor.name if last is actor.mentions[-1] else \
                country_name(next(calls.of(actor, [last]))[0], corpus.language)
        if name != actor.name:
            return None  # another name: another slug perhaps
        if first_seen(mine.mentions) != first_seen(actor.mentions) and not alone(corpus.actors, actor):
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
    remap(new, copies)
    reorder(new, order)
    new._pictures, new._stories, new.earlier = {}, {}, dict(corpus._pictures)  # merged again (merge_log)
    return new


__all__ = ["patched_for"]
