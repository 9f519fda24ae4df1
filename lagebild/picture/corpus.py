"""The cross-briefing model: who appears where, every event by date.

Built once per site build from all briefings (and the editors' alias file),
in one pass over the facts, so cost grows linearly with the number of
briefings.  One person written differently across articles („Selenskyj“,
„Wolodymyr Selenskyj“, „Zelensky“) becomes one actor: by the alias file, by
one key across transliterations and languages (``picture.identity``: „Umjerow“
= "Umerov", „Kreml“ = "Kremlin"), or by a surname that names exactly one
person.  Events become merged events, one per occurrence and as of the build
date (``picture.events_merge``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from lagebild.briefing.model import Briefing, Event, Person, Quote, slugify
from lagebild.i18n import country_name
from lagebild.picture.actor_slugs import assign_slugs, clean_name
from lagebild.picture.aliases import Aliases, name_key
from lagebild.picture.event_links import EventLinks
from lagebild.picture.events_merge import EventPicture, MergedEvent, merge_events
from lagebild.picture.identity import (
    PossibleDuplicate,
    Sighting,
    exact_key,
    identity_key,
    kept_apart,
    plain_key,
    role_key,
)
from lagebild.picture.stories import Story, find_stories

ACTOR_KINDS = ("person", "organization", "country", "place")
ACTOR_FOLDERS = {"person": "actors", "organization": "organizations", "country": "countries", "place": "places"}
ALIASES_FILE = "actors.yml"


# The same few thousand names recur in every briefing: normalise each once per process.
_cached_name_key = lru_cache(maxsize=1 << 16)(name_key)
cached_name_key = _cached_name_key  # for sorting actors by name: lists and pages sort the same few hundred each build


@dataclass
class Mention:
    briefing: Briefing
    role: str | None = None
    evidence: str = ""
    review: str = "extracted"


@dataclass
class Actor:
    kind: str
    slug: str
    name: str
    country: str | None = None
    spellings: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    events: list[tuple[Briefing, Event]] = field(default_factory=list)
    quotes: list[tuple[Briefing, Quote]] = field(default_factory=list)
    # (briefing slug, event id) already in `events`: a set, so adding stays O(1) for an actor
    # who appears in thousands of briefings (comparing Briefing dataclasses is a deep compare).
    event_keys: set[tuple[str, str]] = field(default_factory=set, repr=False)
    # `briefings` as last worked out, with how many mentions it was worked out from (mentions are
    # only ever appended): lists, pages and exports ask for it thousands of times a build.
    _briefings: tuple[int, tuple[Briefing, ...]] | None = field(default=None, repr=False, compare=False)

    @property
    def path(self) -> str:
        return f"{ACTOR_FOLDERS[self.kind]}/{self.slug}.md"

    @property
    def token(self) -> str:
        """A name for the timeline filter, unique across kinds ('person-steve-witkoff')."""
        return f"{self.kind}-{self.slug}"

    @property
    def briefings(self) -> list[Briefing]:
        known = self._briefings
        if known is None or known[0] != len(self.mentions):
            seen: dict[str, Briefing] = {}
            for mention in self.mentions:
                seen.setdefault(mention.briefing.slug, mention.briefing)
            known = self._briefings = (len(self.mentions), tuple(sorted(seen.values(), key=briefing_sort_key,
                                                                        reverse=True)))
        return list(known[1])

    @property
    def roles(self) -> list[tuple[str, list[Briefing]]]:
        """Each role once, however languages and articles word it ('Präsident' = 'President'),
        shown as the words used (most used first), with the briefings that state it."""
        by_role: dict[str, dict[str, Briefing]] = defaultdict(dict)
        wordings: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for mention in self.mentions:
            if mention.role:
                key = role_key(mention.role)
                by_role[key].setdefault(mention.briefing.slug, mention.briefing)
                wordings[key][mention.role] += 1
        shown = {key: " / ".join(sorted(words, key=lambda w: (-words[w], w))) for key, words in wordings.items()}
        return [(shown[key], sorted(found.values(), key=briefing_sort_key, reverse=True))
                for key, found in sorted(by_role.items(), key=lambda item: shown[item[0]])]

    def add_event(self, briefing: Briefing, event: Event) -> None:
        key = (briefing.slug, event.id)
        if key not in self.event_keys:
            self.event_keys.add(key)
            self.events.append((briefing, event))


@dataclass(frozen=True)
class MentionMade:
    """A mention an actor got from one fact of a briefing: `getattr(briefing, list_name)[index]`."""

    actor: Actor
    mention: Mention
    list_name: str
    index: int


def preferred_of(names: Mapping[str, list[int]]) -> str:
    """The spelling `Corpus._preferred_names` picks from its counts."""
    return min(names, key=lambda n: (*(-v for v in names[n]), n))


# (table key, actor) for each key a briefing's facts set or found an actor under, in order; the keys
# `find` and `find_place` read (and ("#surname", key) for each bare surname looked up in `_surnames`).
# A table key: (kind, identity key) in `_lookup`, or ("#actors", "country", slug) in `actors`.
Trace = tuple[list[tuple[tuple[str, ...], "Actor"]], list[tuple[str, ...]]]


def _first_seen(actor: Actor) -> tuple[str, str]:
    """The oldest briefing that names the actor: (date, slug); undated briefings count as newest."""
    return min(((briefing_date(m.briefing) or "9999", m.briefing.slug) for m in actor.mentions),
               default=("9999", ""))


def briefing_date(briefing: Briefing) -> str:
    if briefing.published:
        return briefing.published
    return briefing.reference_date.date if briefing.reference_date else ""


def briefing_sort_key(briefing: Briefing) -> tuple[str, str]:
    return (briefing_date(briefing), briefing.slug)


class _Recording:
    """A table of the corpus that notes each key read through `.get` (Corpus.reads_recorded)."""

    def __init__(self, table: Mapping[Any, Any], name: str, reads: set[tuple[str, object]]) -> None:
        self.table, self.name, self.reads = table, name, reads

    def get(self, key: Any, default: Any = None) -> Any:
        self.reads.add((self.name, key))
        return self.table.get(key, default)


class Corpus:
    def __init__(self, briefings: list[Briefing], aliases: Aliases | None = None, language: str = "de",
                 event_links: EventLinks | None = None) -> None:
        self.aliases = aliases or Aliases()
        self.event_links = event_links or EventLinks()
        self.language = language  # names country actors on the site-wide pages
        self.briefings = sorted(briefings, key=briefing_sort_key, reverse=True)
        self.actors: dict[tuple[str, str], Actor] = {}
        self._lookup: dict[tuple[str, str], Actor] = {}  # (kind, identity key) -> actor
        self._surnames: dict[str, set[str]] = defaultdict(set)  # surname key -> full-name keys
        self._local: dict[str, dict[str, Actor]] = {}  # briefing slug -> its persons' spellings -> actor
        self._pictures: dict[str, EventPicture] = {}  # build date -> merged events
        self.earlier: dict[str, EventPicture] = {}  # build date -> the last build's merged events (a replay's start)
        self._stories: dict[str, list[Story]] = {}  # build date -> stories
        self._keys: dict[tuple[str, str], str] = {}  # (kind, name as written) -> identity key
        # briefing slug -> each mention its facts made, in order, with the fact that made it (corpus_patch)
        self.mentions_made: dict[str, list[MentionMade]] = {}
        # briefing slug -> (each table key it set or found an actor under, with that actor; each table key
        # `find` and `find_place` read for it): what makes the first-come order replayable (corpus_insert)
        self.traces: dict[str, Trace] = {}
        self._trace: Trace | None = None  # the briefing being added
        # Spellings that fold to one key but act for different countries stay apart (and are listed).
        self._apart, self.possible_duplicates = kept_apart(
            Sighting(self._canonical("person", p.name), p.country, b.slug)
            for b in self.briefings for p in b.persons if p.is_visible)
        self._preferred = self._preferred_names()
        self.surname_counts: dict[tuple[str, str], int] = defaultdict(int)  # (surname, full key) -> persons
        for briefing in self.briefings:
            for person in briefing.persons:
                if person.is_visible:
                    key = self._key("person", person.name)
                    if " " in key and not key.startswith("!"):  # kept apart: no bare surname joins
                        self._surnames[key.split()[-1]].add(key)
                        self.surname_counts[(key.split()[-1], key)] += 1
        for briefing in self.briefings:
            self._add_briefing(briefing)
        self._trace = None
        self._settle_slugs()
        self._tokens = {actor.token: actor for actor in self.actors.values()}

    def _settle_slugs(self) -> None:
        """Page addresses by who was seen first, never by who came last (see lagebild.picture.actor_slugs)."""
        named = [a for a in self.actors.values() if a.kind != "country"]
        assign_slugs(named, lambda a: slugify(clean_name(a.name)), _first_seen)
        self.actors = {(a.kind, a.slug): a for a in self.actors.values()}

    def _canonical(self, kind: str, name: str) -> str:
        return self.aliases.canonical.get((kind, _cached_name_key(name)), name)

    def _key(self, kind: str, name: str) -> str:
        """The identity key of a name: one for all its spellings, unless an editor or a contradiction splits it."""
        found = self._keys.get((kind, name))
        if found is None:
            found = self._keys[(kind, name)] = self._identity(kind, name)
        return found

    def _identity(self, kind: str, name: str) -> str:
        canonical = self._canonical(kind, clean_name(name))
        plain = _cached_name_key(canonical)
        if kind == "country":
            return plain  # an ISO code is exact: no transliteration ('SA' is not 'ZA')
        if plain in self.aliases.distinct or (kind == "person" and plain_key(canonical) in self._apart):
            return exact_key(canonical)
        return identity_key(canonical)

    def _preferred_names(self) -> dict[tuple[str, str], str]:
        """The name each actor's page shows: the alias file's, else the full spelling used most in
        the site's language (then in any), ties to the alphabetically first — never the order of files."""
        counts: dict[tuple[str, str], dict[str, list[int]]] = defaultdict(dict)

        def count(kind: str, name: str, briefing: Briefing) -> None:
            canonical = self._canonical(kind, name)
            score = counts[(kind, self._key(kind, name))].setdefault(canonical, [0, 0, 0, 0])
            score[0] = int((kind, _cached_name_key(canonical)) in self.aliases.canonical)  # the editors' choice
            score[1] = int(" " in canonical.strip())  # a full name over a bare surname
            score[2] += briefing.language == self.language
            score[3] += 1

        for briefing in self.briefings:
            for person in briefing.persons:
                if person.is_visible:
                    count("person", person.name, briefing)
            for organization in briefing.organizations:
                if organization.is_visible:
                    count("organization", organization.name, briefing)
            for place in briefing.places:
                if place.is_visible:
                    count("place", place.name, briefing)
        self.name_counts = counts  # kept for a corpus patched with an added or removed briefing
        return {key: preferred_of(names) for key, names in counts.items()}

    def _actor(self, kind: str, name: str, country: str | None = None) -> Actor:
        written = name
        key = self._key(kind, name)
        # Shown without invisible characters (format characters never make a name of their own).
        name = clean_name(self._preferred.get((kind, key), self._canonical(kind, name)))
        if kind == "person" and " " not in key and not key.startswith("!"):
            full = self._surnames.get(key, set())
            if self._trace is not None:
                self._trace[1].append(("#surname", key))
            if len(full) == 1:  # a bare surname that names exactly one person
                key = next(iter(full))
        found = self._lookup.get((kind, key))
        if found is None:
            slug = slugify(name) if kind != "country" else name.lower()
            while (kind, slug) in self.actors:
                slug += "-2"
            found = Actor(kind, slug, name, country=country)
            self.actors[(kind, slug)] = found
            self._lookup[(kind, key)] = found
        if self._trace is not None:
            self._trace[0].append(((kind, key), found))
            if kind == "country":
                self._trace[0].append((("#actors", kind, found.slug), found))
        if " " in name and " " not in found.name:
            found.name = name  # prefer the full name once one is known
        if country and not found.country:
            found.country = country
        found.spellings.add(written)
        return found

    def _add_briefing(self, briefing: Briefing) -> None:
        made = self.mentions_made[briefing.slug] = []  # corpus_patch replaces them when only text changed
        trace = self._trace = self.traces[briefing.slug] = ([], [])
        for index, person in enumerate(briefing.persons):
            if not person.is_visible:
                continue
            actor = self._actor("person", person.name, person.country)
            apart = self._key("person", person.name).startswith("!")
            local = self._local.setdefault(briefing.slug, {})
            for alias in (person.name, *person.aliases):
                local.setdefault(_cached_name_key(alias), actor)
                if not (apart and " " not in _cached_name_key(alias)):  # a distinct person's surname is no one's
                    self._lookup.setdefault(("person", self._key("person", alias)), actor)
                    trace[0].append((("person", self._key("person", alias)), actor))
            self._mention(made, actor, Mention(briefing, person.role, person.evidence, person.review), "persons", index)
        for index, organization in enumerate(briefing.organizations):
            if organization.is_visible:
                actor = self._actor("organization", organization.name)
                self._mention(made, actor, Mention(briefing, None, organization.evidence, organization.review),
                              "organizations", index)
        for index, country in enumerate(briefing.countries):
            if country.is_visible:
                actor = self._actor("country", country.code)
                actor.name = country_name(country.code, self.language)
                self._mention(made, actor, Mention(briefing, None, country.evidence, country.review), "countries",
                              index)
        for index, place in enumerate(briefing.places):
            if place.is_visible:
                actor = self._actor("place", place.name)
                self._mention(made, actor, Mention(briefing, None, place.evidence, place.review), "places", index)
        for event in briefing.events:
            if not event.is_visible:
                continue
            for participant in event.participants:
                taking_part = self.find(participant, briefing)
                if taking_part is not None:
                    taking_part.add_event(briefing, event)
            if event.place and (venue := self.find_place(event.place)) is not None:
                venue.add_event(briefing, event)
        for quote in briefing.quotes:
            if quote.is_visible and quote.speaker:
                for name in (quote.speaker, *quote.co_speakers):  # a joint statement is each speaker's
                    speaker = self.find(name, briefing)
                    if speaker is not None:
                        speaker.quotes.append((briefing, quote))

    @staticmethod
    def _mention(made: list[MentionMade], actor: Actor, mention: Mention, list_name: str, index: int) -> None:
        actor.mentions.append(mention)
        made.append(MentionMade(actor, mention, list_name, index))

    def find(self, name: str, briefing: Briefing | None = None) -> Actor | None:
        """The actor a name (or ISO code) refers to, if it is known."""
        reads = self._trace[1] if self._trace is not None else None
        if len(name) == 2 and name.isupper():
            if reads is not None:
                reads.append(("#actors", "country", name.lower()))
            return self.actors.get(("country", name.lower()))
        local = self._local.get(briefing.slug) if briefing is not None else None
        if local and (mine := local.get(_cached_name_key(name))) is not None:
            return mine  # a person of this briefing, by a spelling it uses
        for kind in ("person", "organization"):
            key = self._key(kind, name)
            found = self._lookup.get((kind, key))
            if reads is not None:
                reads.append((kind, key))
            if found is None and kind == "person" and " " not in key:
                full = self._surnames.get(key, set())
                if reads is not None:
                    reads.append(("#surname", key))
                if len(full) == 1:
                    found = self._lookup.get((kind, next(iter(full))))
                    if reads is not None:
                        reads.append((kind, next(iter(full))))
            if found is not None:
                return found
        return None

    def resolution_state(self) -> tuple[object, ...]:
        """Everything `find`, `find_place` and `by_token` answer from, as plain values: while it stays
        the same, every name of an unchanged briefing resolves as before (incremental builds)."""
        def shown(actor: Actor) -> tuple[str, str, str, str | None]:
            return (actor.path, actor.name, actor.token, actor.country)

        return (sorted((key, shown(actor)) for key, actor in self._lookup.items()),
                sorted((key, sorted(full)) for key, full in self._surnames.items()), sorted(self._apart),
                sorted((slug, sorted((key, shown(actor)) for key, actor in local.items()))
                       for slug, local in self._local.items()),
                sorted((key, shown(actor)) for key, actor in self.actors.items()))

    def resolution_base(self) -> tuple[object, ...]:
        """What every identity key depends on (`_identity`): the alias file's spellings and the names
        kept apart.  While it stays the same, `resolution_view` tells which answers of `find` and
        `find_place` changed."""
        return (sorted(self.aliases.canonical.items()), sorted(self.aliases.distinct), sorted(self._apart))

    def resolution_view(self) -> dict[tuple[str, object], object]:
        """Each entry of the tables `find` and `find_place` read, as a plain value: (table, key) ->
        what it answers (an actor as its address, name, token and country; a briefing's own spellings
        as one value).  Two views compared give the entries whose answers changed (incremental builds,
        with `reads_recorded`)."""
        def shown(actor: Actor) -> tuple[str, str, str, str | None]:
            return (actor.path, actor.name, actor.token, actor.country)

        view: dict[tuple[str, object], object] = {("lookup", key): shown(a) for key, a in self._lookup.items()}
        view.update((("surnames", key), frozenset(full)) for key, full in self._surnames.items())
        view.update((("local", slug), tuple(sorted((key, shown(a)) for key, a in local.items())))
                    for slug, local in self._local.items())
        view.update((("actors", key), shown(a)) for key, a in self.actors.items())
        return view

    @contextmanager
    def reads_recorded(self, reads: set[tuple[str, object]]) -> Iterator[None]:
        """While inside, every entry `find` and `find_place` read (in `resolution_view`'s terms) is
        added to `reads`; the tables are read through `.get` only (anything else fails loudly)."""
        tables: dict[str, Any] = {"lookup": self._lookup, "surnames": self._surnames, "local": self._local,
                                  "actors": self.actors}
        self._lookup, self._surnames, self._local, self.actors = (  # type: ignore[assignment]
            _Recording(table, name, reads) for name, table in tables.items())
        try:
            yield
        finally:
            self._lookup, self._surnames = tables["lookup"], tables["surnames"]
            self._local, self.actors = tables["local"], tables["actors"]

    def by_token(self, token: str) -> Actor | None:
        """The actor of a filter token ('person-steve-witkoff')."""
        return self._tokens.get(token)

    def find_place(self, name: str) -> Actor | None:
        """The place page a place name (any spelling or language) belongs to, if any briefing names it."""
        if self._trace is not None:
            self._trace[1].append(("place", self._key("place", name)))
        return self._lookup.get(("place", self._key("place", name)))

    def actor_for_person(self, person: Person) -> Actor | None:
        return self.find(person.name)

    def by_kind(self, kind: str) -> list[Actor]:
        return sorted((a for a in self.actors.values() if a.kind == kind), key=lambda a: cached_name_key(a.name))

    def most_mentioned(self, limit: int = 10) -> list[Actor]:
        ranked = sorted((a for a in self.actors.values() if a.kind != "place"),
                        key=lambda a: (-len(a.briefings), -len(a.events), cached_name_key(a.name)))
        return ranked[:limit]

    def timeline(self) -> list[tuple[Briefing, Event]]:
        """Every visible event of every briefing, as its article tells it, by date."""
        entries = [(b, e) for b in self.briefings for e in b.events if e.is_visible]
        return sorted(entries, key=lambda item: (item[1].date or "9999", item[0].slug, item[1].id))

    def picture(self, today: str) -> EventPicture:
        """The merged events as of the build date (computed once per date)."""
        if today not in self._pictures:
            self._pictures[today] = merge_events(self.briefings, self._participant, today, self.language,
                                                 self.event_links.same, self.event_links.apart,
                                                 earlier=self.earlier.pop(today, None))
        return self._pictures[today]

    def _participant(self, name: str, briefing: Briefing) -> tuple[str, str] | None:
        actor = self.find(name, briefing)
        return (actor.token, actor.name) if actor is not None else None

    def merged_events(self, today: str) -> list[MergedEvent]:
        return list(self.picture(today).events)

    def events_of(self, actor: Actor, today: str) -> list[MergedEvent]:
        """The merged events an actor takes part in (or that take place at a place), by date.  Worked
        out once per actor object and picture (a build asks for a rendered actor's twice: its
        fingerprints and its pages); kept on the picture, so a patched or copied corpus with a
        picture of its own never sees another's."""
        picture = self.picture(today)
        kept = picture.events_of_actor.get(actor.path)
        if kept is not None and kept[0] is actor:
            return list(kept[1])
        found_list = self._events_of(actor, picture)
        picture.events_of_actor[actor.path] = (actor, tuple(found_list))
        return found_list

    def _events_of(self, actor: Actor, picture: EventPicture) -> list[MergedEvent]:
        found: dict[str, MergedEvent] = {}
        for briefing, event in actor.events:
            merged = picture.of(briefing, event)
            if merged is not None:
                found.setdefault(merged.id, merged)
        return sorted(found.values(), key=lambda m: (m.date or "9999", m.id))

    def stories(self, today: str) -> list[Story]:
        """Groups of briefings about one matter, the most recently reported first."""
        if today not in self._stories:
            actors_of: dict[str, set[str]] = defaultdict(set)
            for actor in self.actors.values():
                if actor.kind in ("person", "organization"):
                    token = actor.token  # (a property: once per actor, not per mention)
                    for mention in actor.mentions:
                        actors_of[mention.briefing.slug].add(token)
            self._stories[today] = find_stories(self.briefings, self.picture(today).events,
                                                {slug: frozenset(tokens) for slug, tokens in actors_of.items()})
        return self._stories[today]

    def upcoming(self, today: str, limit: int | None = 10) -> list[MergedEvent]:
        """Planned merged events from the build date on, nearest first; a month-only date counts all month."""
        return [m for m in self.picture(today).events if m.status == "planned" and m.date][:limit]


__all__ = ["ACTOR_FOLDERS", "ACTOR_KINDS", "Actor", "Aliases", "Corpus", "PossibleDuplicate", "briefing_date",
           "cached_name_key", "name_key"]
