"""The briefing data model: typed, immutable records for every fact.

These records are the contract between the extractor (which creates them),
the briefing file (which stores them as YAML front matter), the merge (which
reconciles machine output with editors' corrections) and the site (which
renders them).  Field names match the front-matter keys documented in the
README's editor guide.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

ReviewState = Literal["extracted", "guessed", "edited", "verified", "rejected"]
REVIEW_STATES: tuple[ReviewState, ...] = ("extracted", "guessed", "edited", "verified", "rejected")
# Facts an editor has taken ownership of: the machine never rewrites them.
EDITOR_OWNED: frozenset[str] = frozenset({"edited", "verified", "rejected"})

EventKind = Literal["meeting", "call", "talks", "speech", "statement", "announcement", "other"]
EVENT_KINDS: tuple[EventKind, ...] = (
    "meeting", "call", "talks", "speech", "statement", "announcement", "other",
)
EventStatus = Literal["past", "planned"]
EVENT_STATUSES: tuple[EventStatus, ...] = ("past", "planned")
LANGUAGES: tuple[str, ...] = ("de", "en")

FACT_LISTS: tuple[str, ...] = (
    "persons", "organizations", "countries", "places", "events", "quotes", "figures", "sources",
)


@dataclass(frozen=True)
class Fact:
    """What every fact carries: a stable id, its evidence and a review state."""

    id: str
    evidence: str = ""
    review: ReviewState = "extracted"

    @property
    def is_visible(self) -> bool:
        return self.review != "rejected"

    @property
    def is_guess(self) -> bool:
        return self.review == "guessed"


@dataclass(frozen=True)
class Person(Fact):
    name: str = ""
    role: str | None = None
    country: str | None = None  # ISO 3166 alpha-2 of the state the person acts for
    aliases: tuple[str, ...] = ()  # other spellings in this article ("Selenskyjs", "Merz'")


@dataclass(frozen=True)
class Organization(Fact):
    name: str = ""


@dataclass(frozen=True)
class Country(Fact):
    code: str = ""
    name: str = ""


@dataclass(frozen=True)
class Place(Fact):
    name: str = ""


@dataclass(frozen=True)
class Event(Fact):
    date: str | None = None  # YYYY-MM-DD, YYYY-MM, or None when not datable
    kind: EventKind = "other"
    status: EventStatus = "past"
    summary: str = ""
    participants: tuple[str, ...] = ()
    place: str | None = None


@dataclass(frozen=True)
class Quote(Fact):
    speaker: str | None = None
    co_speakers: tuple[str, ...] = ()  # the others of a joint attribution ("erklärten Macron und Merz")
    text: str = ""


@dataclass(frozen=True)
class Figure(Fact):
    value: float | int = 0
    unit: str = ""
    context: str = ""
    qualifier: str | None = None  # "etwa", "mehr als", "bis zu", "about", ...


@dataclass(frozen=True)
class Source(Fact):
    name: str = ""


@dataclass(frozen=True)
class ReferenceDate:
    """The date relative expressions were resolved against."""

    date: str
    review: ReviewState = "extracted"
    evidence: str = ""


@dataclass(frozen=True)
class SourceInfo:
    file: str
    url: str | None = None
    outlet: str | None = None


@dataclass(frozen=True)
class Section:
    """A subheading of the article and the paragraphs under it."""

    heading: str | None
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Briefing:
    slug: str
    title: str
    language: str
    source: SourceInfo
    locale: str | None = None  # "de-AT", "de-CH", "en-GB", ...: drives date formats
    published: str | None = None
    reference_date: ReferenceDate | None = None
    summary: str = ""
    persons: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    countries: tuple[Country, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    figures: tuple[Figure, ...] = ()
    sources: tuple[Source, ...] = ()
    sections: tuple[Section, ...] = field(default=())
    body: str = ""  # the Markdown body as stored in the briefing file

    def visible(self, list_name: str) -> list[Fact]:
        """The facts of one list an editor has not rejected."""
        return [f for f in getattr(self, list_name) if f.is_visible]


_TRANSLIT = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}


def slugify(text: str, max_bytes: int = 80) -> str:
    """A stable, lower-case ASCII slug: 'Außenminister Müller' -> 'aussenminister-mueller'."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(_TRANSLIT.get(ch, ch) for ch in text)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if len(slug) > max_bytes:
        digest = hashlib.sha1(slug.encode(), usedforsecurity=False).hexdigest()[:8]
        slug = slug[: max_bytes - 9].rstrip("-") + "-" + digest
    return slug or "x"


def fact_id(prefix: str, *parts: object) -> str:
    """A short id that stays the same as long as the identifying parts do."""
    key = "|".join(unicodedata.normalize("NFC", str(p)).casefold() for p in parts)
    return f"{prefix}-{hashlib.sha1(key.encode(), usedforsecurity=False).hexdigest()[:8]}"
