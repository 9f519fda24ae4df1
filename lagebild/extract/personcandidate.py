"""A person the extractor found, with what it has read about them so far (role, state, later sightings)."""

from __future__ import annotations

from dataclasses import dataclass, field

from lagebild.briefing.model import ReviewState
from lagebild.extract.doc import Sentence


@dataclass
class Candidate:
    name: str
    sentence: Sentence
    position: int
    role: str | None = None
    country: str | None = None
    international: bool = False
    review: ReviewState = "extracted"
    aliases: list[str] = field(default_factory=list)
    relation: str | None = None  # the person a role refers to: "Berater von Bundeskanzler Friedrich Merz"
    # one role for the holders of two states („Die Präsidenten beider Länder, X und Y“): which state is whose
    # is not told, so no state is guessed from the article
    both_states: bool = False
    office_code: str | None = None  # the state an office of the lexicon gave ("foreign secretary": GB)
    # later mentions with a role of their own: „Aussenministerin X“ first, „Bundesrätin X … in Bern“ later
    sightings: list[tuple[Sentence, int, str]] = field(default_factory=list)
