"""What `page_inputs` worked out, kept from one build to the next (`InputCache`) while its inputs
are the same, so a page whose inputs did not change is not digested again; and `BriefingParts`,
a briefing page's fingerprint in its two parts.
"""

from __future__ import annotations

from lagebild.picture.corpus import Actor, Corpus
from lagebild.picture.events_merge import MergedEvent
from lagebild.site import last_good
from lagebild.site.incremental.fingerprints import MergedContext, digest


class InputCache:
    """What `PageInputs` worked out, kept across builds while its inputs are the same:

    - a briefing's own part, while its file and updated day are the same and every name resolves
      as before: under `mkdocs serve`, while none of the corpus's table entries its names were
      looked up in answers differently (`Corpus.resolution_view`, `reads_recorded`: a new name
      elsewhere re-resolves only the briefings that asked for it); else while
      `Corpus.resolution_state` digests the same;
    - an actor's page fingerprints, while the own part of every briefing it depends on, its merged
      events, its own fields and where its country links are the same (`PageInputs.actor_key`);
      the key itself, while the actor is the very object of the last build (a patched corpus keeps
      the actors no changed briefing names, and copies the others: a kept one is unchanged) and
      those own parts, merged events' digests and country link compare equal (no digest, no sort);
    - a briefing page's fingerprint, while its own part and the links it shows are the same;
    - a merged event's digest, while it is the same object (a patched corpus or a replayed merge
      kept it) and its place, participants and timeline page link where they did;
    - a Prüfliste row's signature, per row object (the review lists keep their objects per briefing),
      and a Prüfliste page's fingerprint while it shows the same row objects and the same rest.
    """

    def __init__(self) -> None:
        self.resolution = ""  # digest of the resolution state `known` holds for ('' unknown)
        self.base = ""  # digest of `Corpus.resolution_base` of the last build (serve)
        self.view: dict[tuple[str, object], object] | None = None  # the last build's resolution view (serve)
        self.changed: set[tuple[str, object]] = set()  # entries whose answer changed since the last build
        # slug -> ((file digest, updated), own part, the resolution entries its names read; None: not known)
        self.known: dict[str, tuple[tuple[str, str], str, frozenset[tuple[str, object]] | None]] = {}
        self.actors: dict[str, tuple[str, dict[str, str]]] = {}  # actor path -> key, its pages' fingerprints
        # Actor path -> (the actor object, its briefings' slugs in order, what its key read beside the
        # actor's own fields, its key): the key kept while the same object reads the same.
        self.actor_inputs: dict[str, tuple[Actor, tuple[str, ...], tuple[object, ...], str]] = {}
        self.rows: dict[tuple[object, ...], tuple[tuple[object, ...], object]] = {}  # ids -> the objects, signature
        # Prüfliste page -> (what it shows besides its rows, its row objects, its fingerprint)
        self.review: dict[str, tuple[tuple[str, str, str, str], tuple[object, ...], str]] = {}
        # briefing page -> ((global part, its two parts), its fingerprint): not digested again while the same
        self.briefing_pages: dict[str, tuple[tuple[str, BriefingParts], str]] = {}
        # merged event id -> the object, its digest, what its signature read beside it (`merged_context`)
        self.merged: dict[str, tuple[MergedEvent, str, MergedContext]] = {}
        # A merged event's signature -> its digest, of the last build: a corpus built afresh (a new,
        # deleted or renamed briefing) makes every merged event a new object, mostly with the same signature.
        self.signatures: dict[tuple[object, ...], str] = {}
        # A person's who-met-whom inputs (`PageInputs._meetings`), under serve: actor path -> (its
        # meetings as (briefing, event) objects (None: some dropped), the resolution entries their
        # participants read, their digest, and per meeting (by its event's id) the objects, what it
        # read and its entry's repr).
        self.meetings: dict[str, tuple[tuple[tuple[object, object], ...] | None, frozenset[tuple[str, object]], str,
                                       dict[int, tuple[object, object, frozenset[tuple[str, object]], str]]]] = {}
        # An actor's pages under serve: actor path -> page -> (what its fingerprint is made from, it).
        self.actor_parts: dict[str, dict[str, tuple[tuple[object, ...], str]]] = {}
        # A listing page (stories, timeline, briefing and actor lists, start page) -> (what its
        # fingerprint is made from, the fingerprint), under serve: not digested again while equal.
        self.pages: dict[str, tuple[tuple[object, ...], str]] = {}

    def __getstate__(self) -> dict[str, object]:
        """Pickled (the page cache) without the merged events (kept by identity, never across
        processes), their signatures (as many as merged events, cheap to work out again) and what
        serve follows of how names resolve (the view, each briefing's reads: big, and the next
        process compares the resolution state's digest instead)."""
        known = {slug: (found[0], found[1], None) for slug, found in self.known.items()}
        return {**self.__dict__, "merged": {}, "signatures": {}, "view": None, "changed": set(), "known": known,
                "meetings": {}, "actor_inputs": {}, "pages": {}, "actor_parts": {}}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update({"signatures": {}, "base": "", "view": None, "changed": set(), "meetings": {},
                              "actor_inputs": {}, "pages": {}, "actor_parts": {}, **state})
        self.known = {slug: (found[0], found[1], None) for slug, found in self.known.items()}  # older pickles too

    def start(self, corpus: Corpus) -> None:
        """Before the own parts are asked for: which known ones may still hold.  Under `mkdocs serve`
        the last build's resolution view is compared entry by entry; otherwise (or when the alias
        file or the names kept apart changed, which every identity key depends on) the digest of the
        whole resolution state."""
        current = {b.slug for b in corpus.briefings}  # every one is asked for in each build (briefing_pages)
        self.known = {slug: found for slug, found in self.known.items() if slug in current}
        if not last_good.serving:
            self.view, self.base, self.changed, self.meetings, self.actor_parts = None, "", set(), {}, {}
            self._whole(corpus)
            return
        base, view = digest(corpus.resolution_base()), corpus.resolution_view()
        if self.view is not None and base == self.base:
            old, missing = self.view, object()
            self.changed = {key for key, value in view.items() if old.get(key, missing) != value}
            self.changed.update(old.keys() - view.keys())
            if self.changed:
                self.resolution = ""  # no longer the state of `known`: a resumed process starts afresh
                # A kept meeting list is not asked for in every build: the meetings that read a name
                # whose answer changed go now, and the list's digest with them.
                for path, kept in list(self.meetings.items()):
                    if not self.changed.isdisjoint(kept[1]):
                        rows = {key: row for key, row in kept[3].items() if self.changed.isdisjoint(row[2])}
                        self.meetings[path] = (None, frozenset().union(*(row[2] for row in rows.values())), "", rows)
        else:
            self.changed, self.meetings = set(), {}
            self._whole(corpus)
        self.view, self.base = view, base

    def _whole(self, corpus: Corpus) -> None:
        resolution = digest(corpus.resolution_state())
        if resolution != self.resolution:
            self.known = {}  # an actor's key holds the own parts of its briefings: it stays valid
        self.resolution = resolution

    def follows_reads(self) -> bool:
        """Whether own parts are to be stored with the entries their names read (serve)."""
        return self.view is not None

    def get(self, slug: str, file: tuple[str, str]) -> str | None:
        found = self.known.get(slug)
        if found is None or found[0] != file or not file[0]:
            return None
        if self.changed and (found[2] is None or not self.changed.isdisjoint(found[2])):
            return None  # one of its names may resolve differently now
        return found[1]

    def put(self, slug: str, file: tuple[str, str], own: str,
            reads: frozenset[tuple[str, object]] | None = None) -> None:
        self.known[slug] = (file, own, reads)


# A briefing page's fingerprint in its two parts: its own (file, updated day, how its names resolve)
# and the link it shows of each merged event it reports (`PageInputs.link_of`).
BriefingParts = tuple[str, tuple[tuple[str, int, str, str], ...]]


__all__ = ["BriefingParts", "InputCache"]
