"""An event in one short line a reader takes in at a glance: who – what – where.

The extractor's `summary` is often a fragment of the sentence („schrieb er am Donnerstag in
sozialen Medien“).  The line is built at render time from the event's own parts instead — its
participants (as the site names them), its kind and its place — and the sentence stays one
click away as the evidence footnote.  A summary an editor wrote or checked (`edited`,
`verified`) is theirs and is shown as written.  Never longer than LINE_LIMIT characters.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lagebild.briefing.model import Event
from lagebild.i18n import kind_label
from lagebild.site.textfit import shorten

LINE_LIMIT = 120
MOST_NAMES = 3
_AND = {"de": ("und", "weitere"), "en": ("and", "more")}
_OTHER = {"de": "Ereignis", "en": "Event"}
TOPIC_LIMIT = 70
# Nouns that name an event of each kind (also inside compounds: „Neujahrsansprache“), and the words
# after which its description ends and the sentence's date, place or next clause begins.
EVENT_NOUNS = {
    "de": ("treffen", "gipfel", "besprechung", "zusammenkunft", "gespräch", "verhandlung", "beratung",
           "telefonat", "ansprache", "rede", "erklärung", "ankündigung", "konferenz", "sitzung", "besuch"),
    "en": ("meeting", "summit", "talks", "negotiations", "call", "speech", "address", "statement",
           "announcement", "conference", "session", "visit"),
}
TOPIC_ENDS = {
    "de": ("am", "im", "in", "an", "um", "ab", "bis", "seit", "nach", "vor", "und", "wo", "als", "weil", "dass",
           "von", "zwischen"),  # who met is said apart, before the topic
    "en": ("on", "in", "at", "by", "until", "since", "after", "before", "and", "where", "when", "that",
           "between"),
}
# Words a phrase must not end in: German lowercase words after the noun are verb particles or
# dangling adjectives („Neujahrsansprache fest“); English phrases end in a noun, not a particle.
_DANGLING_EN = ("the", "a", "an", "of", "to", "for", "with", "his", "her", "their", "its")
_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,}")  # "U.S.", "D.C.", "U.N."


def who(names: list[str], language: str) -> str:
    """'A', 'A und B', 'A, B und C', 'A, B, C und 2 weitere'."""
    conjunction, more = _AND.get(language, _AND["en"])
    if len(names) > MOST_NAMES:
        return f"{', '.join(names[:MOST_NAMES])} {conjunction} {len(names) - MOST_NAMES} {more}"
    if len(names) > 1:
        return f"{', '.join(names[:-1])} {conjunction} {names[-1]}"
    return names[0] if names else ""


def topic(summary: str, language: str) -> str:
    """The event's own noun phrase in its summary, up to where date, place or the next clause begin:
    „kündigte ein Treffen der nationalen Sicherheitsberater am 3. Jänner an“ -> „Treffen der nationalen
    Sicherheitsberater“. Empty when the summary names no event."""
    nouns = "|".join(EVENT_NOUNS.get(language, EVENT_NOUNS["en"]))
    found = re.search(rf"(?i)\b[\w-]*(?:{nouns})[\w-]*", summary)
    if found is None:
        return ""
    ends = TOPIC_ENDS.get(language, TOPIC_ENDS["en"])
    words: list[str] = []
    for word in summary[found.start():].split():
        bare = word.strip(",.;:!?")
        if _ABBREVIATION.fullmatch(word):
            bare = word  # "talks with his U.S. counterparts": the stops of "U.S." close nothing
        if words and (bare.casefold() in ends or bare[:1].isdigit()):
            break
        words.append(bare if bare != word else word)
        if bare != word:  # punctuation closes the phrase
            break
    while len(words) > 1 and (words[-1][:1].islower() if language == "de" else words[-1] in _DANGLING_EN):
        words.pop()
    phrase = " ".join(words)
    phrase = phrase[:1].upper() + phrase[1:] if language == "de" else phrase
    return shorten(phrase, TOPIC_LIMIT)


def event_line(event: Event, language: str, name_of: Callable[[str], str], source_language: str | None = None,
               limit: int = LINE_LIMIT) -> str:
    """'Selenskyj und Witkoff – Treffen – Berlin'; `name_of` gives a participant's shown name.

    The summary's words (its topic, an editor's summary) are used only on a page in the article's
    own language (`source_language`); elsewhere the kind names the event, so a page speaks one language.
    """
    own_words = source_language in (None, language)
    if own_words and event.review in ("edited", "verified") and event.summary.strip():
        return shorten(event.summary, limit)
    names: list[str] = []
    for participant in event.participants:
        shown = name_of(participant)
        if shown not in names:
            names.append(shown)
    what = (topic(event.summary, language) if own_words else "") or (
        kind_label(event.kind, language) if event.kind != "other" else _OTHER.get(language, "Event"))
    parts = [who(names, language), what, " ".join((event.place or "").split())]
    if own_words and not names and not event.place and event.summary.strip():
        return shorten(event.summary, limit)  # nothing else to go by
    return shorten(" – ".join(part for part in parts if part), limit)
