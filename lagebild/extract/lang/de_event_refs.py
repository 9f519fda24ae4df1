"""German words for an event told again: references back, and words that set another occurrence apart."""

from __future__ import annotations

# Sentence openers that stand for the thing the sentence before named ("Diese könnte Freitag erfolgen").
POINTING_BACK: frozenset[str] = frozenset({"dies", "diese", "dieser", "dieses", "das", "sie", "er", "es"})

# Definite references back to an event already mentioned.
ANAPHORA: dict[str, str] = {
    "das treffen": "meeting", "des treffens": "meeting", "dem treffen": "meeting", "das gespräch": "",
    "dieses gespräch": "", "diesem gespräch": "", "des telefonats": "call", "das telefonat": "call",
    "der sitzung": "meeting", "die sitzung": "meeting", "nach dem treffen": "meeting",
    "des gipfels": "meeting", "beim gipfel": "meeting", "der gespräche": "talks", "die gespräche": "talks",
    "nach gesprächen mit": "", "nach beratungen mit": "",
    # the sides of the talks just told: „Geleitet werden die Delegationen von X und Y“
    "die delegationen": "", "den delegationen": "", "der delegationen": "",
}

# An event named after these lies before the one told ("nach seinem Wahlsieg"): it happened.
EARLIER_PREPOSITIONS: frozenset[str] = frozenset({"nach", "seit"})
# Of those, the ones whose event, told in passing in the body, is an earlier one of its own ("since it took
# over the presidency"); "after talks with X" is mostly the event just told.
PASSING_PREPOSITIONS: frozenset[str] = frozenset({"seit", "seitdem"})
# Indefinite articles: with the definite ones, what stands before an attributive participle.
ARTICLES: frozenset[str] = frozenset({"ein", "eine", "einer", "einem", "einen", "eines"})

# Determiners before a bare event noun that point back to an event already told ("das Treffen").
DEFINITE: frozenset[str] = frozenset({"der", "die", "das", "des", "dem", "den", "diese", "dieses", "diesem",
                                      "dieser", "beim", "zum", "zur", "vom", "im", "sein", "seine", "seiner",
                                      "seinem", "seinen", "seines", "ihr", "ihre", "ihrer", "ihrem", "ihren",
                                      "ihres"})
# Adjectives that set an occurrence apart from the one told („die nächste Runde“, „das erste Treffen“,
# „der geplante Gipfel“): a definite noun with one of them may be another event (stems, any ending).
OTHER_OCCURRENCE_STEMS: tuple[str, ...] = (
    "nächst", "letzt", "erst", "zweit", "dritt", "viert", "neu", "geplant", "bevorstehend", "kommend", "anstehend",
    "früher", "vorig", "vorherig", "vergangen", "weiter", "folgend", "künftig", "ander", "jüngst", "vorgesehen",
)
# "bevor die beiden Gespräche aufnahmen": a group already told of; its event is one told just before
# ("sie" alone may be one woman, so it does not count).
GROUP_PRONOUNS: frozenset[str] = frozenset({"beide", "beiden"})
# "in seiner Eröffnungsrede": an event owned by someone already told of is one of that person's events.
POSSESSIVES: frozenset[str] = frozenset({"sein", "seine", "seiner", "seinem", "seinen", "seines", "ihr", "ihre",
                                         "ihrer", "ihrem", "ihren", "ihres"})

# The group that does an event named by a pronoun or "the two sides" (``eventgroups``): its parties are
# those of the event told just before.
GROUP_SUBJECT: str = (
    r"(?:^|[.;:,]\s+|\b(?:und|aber)\s+)(?:[Bb]eide Seiten|Sie(?=\s+\w+en\b)"
    r"|[Dd]ie beiden(?:\s+(?:Seiten|Länder|Staaten|Politiker|Minister|Delegationen|Regierungen|Staatschefs))?)\b"
)
# A plural „sie“ as the subject of a sentence's first clause: before a plural verb („Sie verabschiedeten“)
# or after one, when a time opens the clause („Am Freitag verabschiedeten sie …“) (``eventagain``: the
# lead's group goes on).  Not „die beiden …“: that may name another pair.
GROUP_PRONOUN_SUBJECT: str = r"^(?:Sie\s+\w+en\b|[^,]{0,40}?\b\w+en\s+sie\b)"

# A meeting told as the continuation of one before ("will meet again", „erneut treffen“) (``eventgroups``).
CONTINUATION: str = r"(?i)\b(?:erneut|wieder|weiter\w*|nächste[n]? Runde|fortsetzen|fortgesetzt|Folgetreffen)\b"
