"""Words that open a clause, per language (data only; the rules are ``extract/clauseparse.py``).

A stretch of a sentence after a comma, semicolon, colon or dash is a clause of its own only when one
of these opens it; any other stretch (a list of names, an apposition, "the chancellor, Merz, met …")
goes on with the clause before it.  Each word says what kind of clause it opens:

RELATIVE: tells about a name of the clause before it ("the envoy, who met Rubio", „der Gesandte, der
    mit Rubio sprach“); German also after a preposition („mit dem er sprach“).  Not "where"/„wo“:
    what happens at a place the event goes to is mostly part of it ("travels to Warsaw, where he will
    meet X").
SUBORDINATE: a clause with its own subject that times, explains or conditions ("after X met Y", „weil
    X …“); not "that"/„dass“ (what a speaker says: ``eventreports`` tells it apart) nor "as" (a
    circumstance or a comparison, "as they did in October", often told as part of the event).
COORDINATING: a clause beside the one before ("…, and X met Y", „…, aber X …“); it shares that clause's
    subject when it goes straight on with a verb (``participants.SUBJECTLESS_CLAUSE``).
PARTICIPLE_NOT: English words in -ing that open no participial clause but a list or a phrase
    ("including X", "according to X", "during …").
INFINITIVE: words that open an infinitive clause, whose subject is the clause before's ("…, um mit X
    zu sprechen", "…, in order to meet X").
"""

from __future__ import annotations

RELATIVE: dict[str, frozenset[str]] = {
    "en": frozenset({"who", "whom", "whose", "which"}),
    "de": frozenset({"der", "die", "das", "dem", "den", "deren", "dessen", "denen", "welcher", "welche", "welches",
                     "welchem", "welchen"}),
}
# (German: a preposition before the relative pronoun, „mit dem“, „bei der“)
RELATIVE_PREPOSITIONS: dict[str, frozenset[str]] = {
    "en": frozenset({"with", "by", "to", "of", "at", "in", "from", "for", "during"}),
    "de": frozenset({"mit", "von", "in", "an", "auf", "bei", "für", "über", "zu", "nach", "aus", "unter", "durch",
                     "gegen", "um", "während", "vor"}),
}
SUBORDINATE: dict[str, frozenset[str]] = {
    "en": frozenset({"after", "before", "when", "while", "because", "since", "although", "though", "if",
                     "until", "once", "whereas", "unless"}),
    "de": frozenset({"weil", "als", "nachdem", "bevor", "während", "obwohl", "wenn", "falls", "seit",
                     "seitdem", "sobald", "bis", "ob", "damit", "wobei", "wohingegen", "indem", "sodass",
                     # a condition opened by its verb: „…, sollte die EU die Zölle beschließen“
                     "sollte", "sollten"}),
}
# English subordinators that open a clause also without a comma before them (German sets every
# subordinate clause off by a comma); a stretch they open without a verb stays a phrase ("after talks").
# Words that open what a verb says or asks for („verlangt, dass …“): after an embedded clause, its complement.
COMPLEMENT_OPENERS: dict[str, frozenset[str]] = {"de": frozenset({"dass"})}
BARE_SUBORDINATE: dict[str, frozenset[str]] = {
    "en": frozenset({"after", "before", "because", "although", "whereas", "until", "unless"}),
}
COORDINATING: dict[str, frozenset[str]] = {
    "en": frozenset({"and", "but", "yet", "or"}),
    "de": frozenset({"und", "aber", "doch", "jedoch", "sondern", "oder", "sowie"}),
}
PARTICIPLE_NOT: dict[str, frozenset[str]] = {
    "en": frozenset({"including", "according", "during", "following", "regarding", "concerning", "excluding",
                     "notwithstanding", "pending", "nothing", "something", "anything", "everything", "morning",
                     "evening", "king", "building", "spring", "ring", "wedding", "briefing", "funding", "spending",
                     "bombing", "shooting", "fighting"}),
    "de": frozenset(),
}
INFINITIVE: dict[str, frozenset[str]] = {
    "en": frozenset({"to", "in order to"}),
    "de": frozenset({"um", "ohne", "statt", "anstatt"}),
}
