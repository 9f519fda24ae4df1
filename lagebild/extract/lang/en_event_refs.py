"""English words for an event told again: references back, and words that set another occurrence apart."""

from __future__ import annotations

# Sentence openers that stand for the thing the sentence before named ("This could happen on Friday").
POINTING_BACK: frozenset[str] = frozenset({"this", "that", "it"})

ANAPHORA: dict[str, str] = {
    "the meeting": "meeting", "the session": "meeting", "the summit": "meeting", "the call": "call",
    "the talks": "talks", "the conversation": "call", "the visit": "other", "after talks with": "",
    "after meeting with": "",
    # the sides of the talks just told, and the signing told again ("The deal was signed in X by A and B")
    "the delegations": "", "the deal was signed": "", "the agreement was signed": "", "the treaty was signed": "",
}

ARTICLES: frozenset[str] = frozenset({"a", "an"})
# An event named after these lies before the one told ("since the strikes", "after his election win").
EARLIER_PREPOSITIONS: frozenset[str] = frozenset({"after", "since", "following"})
# Of those, the ones whose event, told in passing in the body, is an earlier one of its own ("since it took
# over the presidency"); "after talks with X" is mostly the event just told.
PASSING_PREPOSITIONS: frozenset[str] = frozenset({"since"})

DEFINITE: frozenset[str] = frozenset({"the", "this", "that", "these", "his", "her", "their", "its"})
# Adjectives that set an occurrence apart from the one told ("the next round", "the first meeting",
# "the planned summit"): a definite noun with one of them may be another event.
OTHER_OCCURRENCE_STEMS: tuple[str, ...] = (
    "next", "last", "first", "second", "third", "fourth", "new", "planned", "upcoming", "coming", "previous",
    "earlier", "former", "prior", "past", "further", "following", "future", "other", "latest", "scheduled",
    "proposed", "expected", "possible", "recent", "fresh",
)
# "before they began talks": a pronoun for a group already told of; its event is one told just before.
GROUP_PRONOUNS: frozenset[str] = frozenset({"they"})
# "in his opening address": an event owned by someone already told of is one of that person's events.
POSSESSIVES: frozenset[str] = frozenset({"his", "her", "their"})

# The group that does an event named by a pronoun or "the two sides" (``eventgroups``): its parties are
# those of the event told just before.
GROUP_SUBJECT: str = (
    r"(?:^|[.;:,]\s+|\b(?:and|but)\s+)(?:[Tt]hey|[Tt]he pair"
    r"|[Tt]he two (?:sides|leaders|men|women|ministers|delegations|countries|governments)"
    r"|[Bb]oth (?:sides|leaders|men|countries|governments))\b"
)
# "They" as the subject of a sentence's first clause ("They adopted …", "On Friday, they adopted …")
# (``eventagain``: the lead's group goes on).  Not "the two sides": that may name another pair.
GROUP_PRONOUN_SUBJECT: str = r"^(?:[^,]{0,40},\s+)?[Tt]hey\b"

# A meeting told as the continuation of one before ("will meet again", „erneut treffen“) (``eventgroups``).
CONTINUATION: str = r"(?i)\b(?:again|another round|next round|resume[sd]?|continue[sd]?|follow-up)\b"
