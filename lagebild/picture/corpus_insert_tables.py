"""The corpus tables around one briefing added or removed at position p (`corpus_insert`): the
tables as they stood before p, as the simulated briefing sees them (`Table`, `Shell`); which keys'
first setter moves and whether anyone read them (`moves_unseen`); the spelling counts and
preferred names with the briefing counted in or out (`preferred_with`); and the patched corpus's
tables pointed at the copied actors and put in the order a fresh build fills them (`remap`,
`reorder`).
"""

from __future__ import annotations

from typing import Any

from lagebild.briefing.model import Briefing
from lagebild.picture.corpus import Actor, Corpus, MentionMade, preferred_of

Key = tuple[str, ...]


class Shell(Actor):
    """An existing actor as the simulated briefing sees it: collects that briefing's part only."""


class Table:
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


def entry(corpus: Corpus, key: Key) -> Actor | None:
    if key[0] == "#actors":
        return corpus.actors.get((key[1], key[2]))
    return corpus._lookup.get(key)  # type: ignore[arg-type]


def moves_unseen(corpus: Corpus, order: list[Briefing], position: int, moved: set[Key], adding: bool,
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


def set_as_alias(corpus: Corpus, key: Key, actor: Actor) -> bool:
    """Whether a person's `key` leads to `actor` though it is not that actor's own name's key (a
    spelling list set it): which briefing is read first then decides who the name is."""
    return len(key) == 2 and key[0] == "person" and corpus._key("person", actor.name) != key[1]


def _found_by_alias(corpus: Corpus, briefing: Briefing, key: Key, actor: Actor) -> bool:
    """Whether `briefing` named a person by `key` and found `actor` under it only because an earlier
    briefing's spelling list had set that key to `actor` (another name's key): without that list the
    lookup makes a person of its own, whatever actor the trace recorded."""
    if not set_as_alias(corpus, key, actor):
        return False
    return any(p.is_visible and corpus._key("person", p.name) == key[1] for p in briefing.persons)


def preferred_with(corpus: Corpus, briefing: Briefing,
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


def remap(new: Corpus, copies: dict[int, Actor]) -> None:
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


def reorder(new: Corpus, order: list[Briefing]) -> None:
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


__all__ = ["Key", "Shell", "Table", "entry", "moves_unseen", "preferred_with", "remap", "reorder"]
