"""English words of who takes part in an event, and who only reports, observes, is named in passing or stays away."""

from __future__ import annotations

PARTICIPATION_CUES: tuple[str, ...] = (
    "attending", "attended", "took part", "represented by", "was represented", "joined", "co-chaired",
    "chaired", "led the", "headed", "present at", "participated", "by video", "led by", "headed by", "hosted by",
)

# Sentence openers of a contrast: "But X said …" reports an objection, not a participant.
CONTRAST_OPENERS: frozenset[str] = frozenset({"but", "however", "yet", "critics"})
SPEECH_PAST: frozenset[str] = frozenset({
    "said", "told", "added", "noted", "warned", "stressed", "insisted", "argued", "urged", "wrote",
    "declared", "called", "accused", "claimed", "appealed", "pressed",
})

# A speaker at or right after the event: "told reporters after the talks", "told the council".
AT_EVENT: str = (r"\b(?:after|at|during|on the sidelines of|before)\s+the\s+(?:\w+\s+)?(?:talks|meeting|session"
                 r"|summit|conference|call|negotiations|opening)\b|\btold\s+the\s+(?:\w+\s+)?(?:council|ministers"
                 r"|members|delegates|leaders|summit|meeting|conference|assembly|session)\b")
HEAD_GROUPS: dict[str, tuple[str, ...]] = {
    "leaders": ("president", "prime minister", "chancellor", "premier", "king", "leader"),
    "heads of state": ("president", "king"),
    "heads of government": ("prime minister", "chancellor", "premier"),
}
GROUP_FILLERS: frozenset[str] = frozenset({"the", "and", "nato", "eu", "four", "two", "three", "all", "both", "twelve"})
# Offices whose holders sit at the table: who speaks after talks in such an office took part.
NEGOTIATOR_ROLES: tuple[str, ...] = ("negotiator", "head of delegation", "delegation head", "head of the delegation")
OBSERVER_ROLES: tuple[str, ...] = ("spokes", "analyst", "expert", "fellow", "researcher", "professor", "economist",
                                   "commentator", "think tank", "opposition",
                                   # who asks the questions of an interview reports it, takes no part
                                   "moderator", "journalist", "reporter", "correspondent", "interviewer", "anchor")
PLACE_PREPOSITIONS: tuple[str, ...] = ("in", "to", "at", "from")

ABSENCE_CUES: tuple[str, ...] = (
    "did not attend", "didn't attend", "will not attend", "won't attend", "was absent", "were absent",
    "stayed away", "skipped", "boycotted", "boycotting", "absent from", "not present", "was not invited",
    "were not invited", "neither", "declined to attend", "did not join", "did not take part", "pulled out",
    "cancelled his", "cancelled her", "canceled his", "canceled her", "not among", "missed the",
    # (a headline's present tense: "… as Bulgaria stays away")
    "stays away", "stay away", "staying away", "skips", "boycotts",
)
# The same as patterns, for words between ("did not go to the summit", "was not at the talks").
ABSENCE_CUE_PATTERNS: tuple[str, ...] = (
    r"\b(?:did|does|will|would)\s+not\s+(?:\w+\s+){0,1}?(?:attend|join|take\s+part|participate|travel|go)\b",
    r"\b(?:was|were|is|are)\s+not\s+(?:present|there|at\s+the|among|part\s+of)\b",
    # "declined to take part", "refused to attend", "turned down an invitation": who refuses stays away
    r"\b(?:declined|refused|declines|refuses)\s+to\s+(?:attend|join|take\s+part|participate|send)\b",
    r"\b(?:declined|turned\s+down|rejected|declines|turns\s+down)\s+(?:an?|the|its|his|her|their)\s+invitation\b",
)
# "moving forward without the US": whoever an event goes on without is no party to it.
ABSENT_PATTERNS: tuple[str, ...] = (
    # (also a list: "excluding Ukraine and European allies")
    r"\b(?:without|excluding|except(?:\s+for)?)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*)*"
    r"(?:(?:\s*,\s*|\s+(?:and|or|nor)\s+)(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*)*)*",
    # "despite the United States' absence", "the absence of Russia": whose absence is told is absent.
    r"\b[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s?\s+(?:absence|no-show)\b",
    r"\b(?:absence|no-show)\s+of\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*)*",
)

# "asked whether the government was serious": who an indirect question is about takes no part.
QUESTION_PATTERNS: tuple[str, ...] = (
    r"\b(?:asked|asks|asking|wondered|questioned|the question)(?:\s+[\w'’-]+){0,6}?\s+(?:whether|how|why|if)\b[^.;]*",
)
# "as the ministry announced on Monday": a clause of reporting; its date dates the report.
REPORT_OPENERS: frozenset[str] = frozenset({"as"})
REPORT_VERBS: frozenset[str] = frozenset({
    "said", "announced", "told", "reported", "confirmed", "stated", "disclosed", "revealed",
})
# Who only reports an event is no party to it: "according to the ministry", "as the office said".
SOURCE_PATTERNS: tuple[str, ...] = (
    r"\baccording\s+to\s+[^,;.]*",
    r"\bas\s+[^,;]*?\b(?:said|announced|reported|confirmed|told)\b",
)
# "a trade deal between the EU and Mercosur nations Argentina and Brazil", "the pact with Japan":
# the parties of an agreement the sentence only names take no part in its event ("hailed the deal").
DEAL_PARTY_PATTERNS: tuple[str, ...] = (
    r"\b(?:deal|agreement|accord|treaty|pact)s?\s+(?:between|with)\s+"
    r"(?:(?:the|and|or|nations|countries|states|members|[A-Z][\w.'’-]*)(?:\s*,\s*|\s+|(?=[.;:!?)]|$)))+",
)
# Unless the event is the agreement's signing: then its parties sign it.
SIGNING_WORDS: tuple[str, ...] = ("sign", "signed", "signs", "signing", "initialled", "initialed")
# "will fly to Washington for talks with his counterparts": whom a trip is for meets the traveller
# at the talks, a later event; the trip itself is the traveller's.
PURPOSE_PATTERNS: tuple[str, ...] = (
    r"\bfor\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:talks|summit|meetings?|negotiations|consultations)"
    r"\s+with\b[^,;.]*",
)
# "…, who said Washington expected …", "…, which Russia rejected": a relative clause tells about a
# name of the main clause; whom it names takes no part in the main clause's event.
RELATIVE_CLAUSE: str = r",\s+(?:who|whom|whose|which)\b[^,;:–—]*"
# Words that open a subordinate clause: an event told only there ("which will be signed Saturday",
# "before they began talks on Thursday") is background, a guess.  Not "that": after a verb of saying
# it opens what was said, often the news itself.
SUBORDINATORS: frozenset[str] = frozenset({
    "which", "who", "whom", "whose", "when", "before", "after", "because", "since", "while",
    "although", "though", "if", "unless", "until", "whereas", "launched", "founded", "established",
})

# "met on the sidelines of the APEC summit": the summit is the occasion of a meeting of its own,
# its host body no party to that meeting.
# Titles that open the name of who meets on the side ("… of the World Bank Prime Minister X met …").
_TITLE_HEAD = r"(?:Prime|President|Chancellor|Foreign|Minister|Secretary|King|Queen|Premier|Vice|Deputy)\b"
# Only the occasion's noun phrase, up to its head noun ("the annual NATO summit in The Hague" ends at
# "summit"; "of the UN General Assembly" at the name): who is named after it meets on the side.
OCCASION_PATTERNS: tuple[str, ...] = (
    r"(?i:\bon\s+the\s+sidelines?\s+of)\s+(?:(?:a|an|the|this|last)\s+)?(?:[\w.'’()-]+\s+){0,6}?"
    r"(?i:summit|summits|meeting|meetings|conference|talks|session|sessions|assembly|forum|gathering|retreat"
    r"|negotiations|games|ceremony|visit|dialogue|round|rounds)\b"
    rf"(?:\s+of\s+(?:the\s+)?(?!{_TITLE_HEAD})[A-Z][\w.'’-]*(?:\s+(?:(?!{_TITLE_HEAD})[A-Z][\w.'’-]*|and|of))*)?",
)
# Temporal subordinators: "called on Iran to act before the Board meets on 2 March" — the date and
# its event are the subordinate clause's; who acts in the main clause does not take part in it.
TEMPORAL_SUBORDINATORS: frozenset[str] = frozenset({"before", "after", "until", "when", "once"})
