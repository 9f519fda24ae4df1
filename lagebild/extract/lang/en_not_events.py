"""English words of what names no event of its own: negation, intent, habit, process, idiom, unnamed sources."""

from __future__ import annotations

from lagebild.extract.lang.en_event_parties import SPEECH_PAST

# A stretch of time spent on it makes a process of it ("negotiated for nine months").
DURATIONS: str = (r"(?i)\b(?:for|over|during)\s+(?:more\s+than\s+|nearly\s+|about\s+)?(?:\w+\s+)?"
                  r"(?:years|months|weeks)\b"
                  # "since the spring", "the talks dragged on": a stretch of time, a process
                  r"|\bsince\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter|beginning\s+of\s+the\s+year)\b"
                  r"|\b(?:lasted|dragged\s+on)\b")
# "has been negotiating since 2019": a process since then, no one occurrence — unless the clause tells
# the first time since ("the first talks since 2019").
PROCESS_SINCE: str = r"\bsince\s+\d{4}\b"
FIRST_SINCE: frozenset[str] = frozenset({"first"})
# A sentence that reports what someone said: the events it names are what they talk about.
REPORTED_CUES: frozenset[str] = SPEECH_PAST | {"says", "say", "described", "describes"}

# The writer's own conversation, told in the first person outside quotations ("We spoke to the senator about
# the vote", "I talked with the economist X"): how the article came about, no news event.
WRITERS_TALK: str = r"\b(?:I|[Ww]e)\s+(?:[\w]+\s+){0,2}?(?:spoke|talked|sat\s+down)\s+(?:to|with)\b"
# Phrases where an event word names no event.
IDIOMS: tuple[str, ...] = (
    r"\bcall(?:s|ed)?\s+(?:for|on|it)\b", r"\bround\s+the\b", r"\ball\s+year\s+round\b",
    r"\bmeets?\s+(?:the|a|an|its|their|this|that)\s+(?:[\w.%-]+\s+){0,2}(?:threshold|target|goal|requirement|demand"
    r"|deadline|criteria|standard|obligation|need)s?\b",
    # A definition tells what a word means, not that something happened ("X is defined as …").
    r"(?i)^.*\b(?:is|are)\s+defined\s+as\b.*", r"(?i)^.*\bis\s+understood\s+to\s+mean\b.*",
    # A document described by who signed or issued it ("a statement issued by the ministry and signed by its
    # spokesman"): a participle of the noun, no signing told.
    r"\b(?:statement|press\s+release|release|letter|circular|notice|memo)\b[^.;]{0,80}?\bsigned\s+by\b",
    # An interview given to an outlet is a statement (an event only when dated), not a meeting with it.
    r"(?i)\b(?:spoke|speaks|talked|talks|speaking|talking)\s+(?:\w+\s+)?in\s+an?\s+(?:[\w-]+\s+)?interview\s+with\b",
)
NEGATIONS_AFTER: frozenset[str] = frozenset({"not", "never"})

NEGATIONS: frozenset[str] = frozenset({"no", "not", "never", "without", "didn't", "won't", "wasn't", "weren't",
                                       "cancelled", "canceled", "postponed"})

INTENT_CUES: frozenset[str] = frozenset({
    "calls", "urged", "urges", "demanded", "demands", "proposed", "proposes", "offered", "offers", "wants",
    "want", "wanted", "seeks", "sought", "considering", "considers", "hopes", "hoped", "if", "unless",
    "regular", "regularly", "annual", "every", "ready", "possible", "potential", "possibly", "willing", "push",
    "pushing", "pressing", "need", "needs", "necessity", "ongoing", "traditionally", "usually", "often", "typically",
    "routinely", "normally", "annually",
    "could", "might",  # a possibility, without a date: speculation, no event told ("could be signed soon")
})

# Verbs that judge an event from outside: "The OSCE welcomed the talks" comments on them.
JUDGING_VERBS: frozenset[str] = frozenset({
    "welcomed", "praised", "criticised", "criticized", "condemned", "regretted", "hailed", "slammed",
})

# Before an event noun, a process under way, not one occurrence ("laufende Gespräche", "ongoing talks").
PROCESS_WORDS: tuple[str, ...] = ("ongoing", "continuing", "protracted")

# --- statements without a named speaker -------------------------------------------------------------
# "a senior official said on Tuesday", "one diplomat told reporters", "officials said", "it said": a
# remark whose speaker the text does not name (or hides) is no event of its own, even when dated —
# it reports the news rather than making it.  Matched on the speech verb's clause, outside quotes.
UNNAMED_SPEAKER_PATTERNS: tuple[str, ...] = (
    r"(?i)\b(?:a|an|one|two|three|several|some|other|many)\s+(?:[\w.'’-]+\s+){0,3}?(?:[\w.]+-)?(?:officials?|spokes(?:man|woman"
    r"|person|men|women|people)|diplomats?|sources?|aides?|insiders?|advisers?|advisors?|members?|lawmakers?"
    r"|negotiators?|people|persons?)\b",
    r"(?i)(?<!\w)(?:officials|sources|diplomats|aides|insiders|analysts|observers|negotiators|people familiar"
    r"\s+with)\b(?!\s+(?:from|of)\s+[A-Z])",
    r"(?i)\bon\s+condition\s+of\s+anonymity\b",
)

# "no meeting was planned", "no new talks": a negated event noun names no event.
NEGATING_DETERMINERS: frozenset[str] = frozenset({"no"})

# What only an outlet reports ("state media reported on Thursday", "according to media reports on Monday"):
# the outlet is a source, its report no event (CONVENTIONS §7, §10).
MEDIA_REPORT_WORDS: frozenset[str] = frozenset({"reported", "reports", "report"})
# A statistics release ("inflation rose, data showed on Tuesday"): the date is when figures came out,
# which tells a level, not an occurrence (no event).  Nouns of figures and verbs that release them.
STATISTICS_NOUNS: frozenset[str] = frozenset({"data", "figures", "statistics", "survey", "poll", "polls",
                                              "numbers", "estimates", "index"})
STATISTICS_VERBS: frozenset[str] = frozenset({"showed", "show", "shows", "released", "published", "indicated",
                                              "suggested"})

# Remarks not made: "declined to comment on Tuesday", "did not respond to a request for comment".
NO_COMMENT_PATTERNS: tuple[str, ...] = (
    r"(?i)\b(?:declined|refused|declining|refusing)\s+to\s+(?:comment|say|elaborate|confirm|give\s+details)\b",
    r"(?i)\b(?:did|does|has|have)\s+not\s+(?:yet\s+)?(?:respond|responded|reply|replied|comment|commented)\b",
    r"(?i)\b(?:didn't|hasn't|haven't)\s+(?:yet\s+)?(?:respond|responded|reply|replied|comment|commented)\b",
    r"(?i)\bno\s+(?:immediate\s+)?(?:comment|response|reply)\b",
    r"(?i)\bcould\s+not\s+(?:immediately\s+)?be\s+reached\b",
)
