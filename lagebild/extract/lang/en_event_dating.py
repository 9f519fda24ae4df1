"""English words that decide which date is an event's own: deadlines, other events' dates, starts, ends, sayings."""

from __future__ import annotations

OTHER_EVENT_PREPOSITIONS: tuple[str, ...] = ("since", "after", "before", "following")
DATE_LEAD_WORDS: frozenset[str] = frozenset({
    "the", "last", "this", "early", "late", "mid", "on", "in", "of", "end", "beginning", "start",
})
# A date after these is a deadline, not the day of an event ("funding the government through March 13").
DEADLINE_WORDS: frozenset[str] = frozenset({"through", "until", "till", "by", "before"})
# "The conference runs until Saturday": an event that lasts until the date, no deadline.
LASTING_VERBS: frozenset[str] = frozenset({"lasts", "last", "runs", "run", "continues", "continue", "ends"})
# "her first since October", „das erste seit März“: after a word of FIRST_SINCE the date bounds a stretch
# without such an occurrence; the occurrence before it is not told.
SINCE_WORDS: frozenset[str] = frozenset({"since"})
# "in February alone": a stretch over which something is counted, no day of an event.
PERIOD_COUNTED: tuple[str, str] = (r"(?!)", r"^\s*alone\b")
DEADLINE_NOUNS: frozenset[str] = frozenset({"deadline", "deadlines", "ultimatum", "expiry"})
# Verbs of a deadline or pause running out on its day ("the pause will expire by Aug. 6"): an event then.
EXPIRY_VERBS: frozenset[str] = frozenset({"expire", "expires", "expired", "lapse", "lapses", "lapsed"})
# "the second shutdown in four months": a span after an ordinal counts a stretch of time.
ORDINALS: frozenset[str] = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "latest", "last"})
STATE_VERBS: frozenset[str] = frozenset({
    "stood", "totalled", "totaled", "amounted", "estimated", "forecast", "projected", "assumed", "ranged",
})

# Verbs of saying whose object is the audience ("told reporters", "told a news conference"), and the
# prepositions that open the occasion of any saying ("said in an interview", "said at a rally"): what
# stands between such a verb and its date is the saying's own circumstance, never reported content.
TELLING_TO: frozenset[str] = frozenset({"told", "assured", "briefed", "informed", "reminded"})
OCCASION_PREPOSITIONS: frozenset[str] = frozenset({"in", "at", "during", "after", "before", "while", "to", "on"})
# Participles of saying after a date ("had on Thursday announced"): English puts "said" in SPEECH_PAST.
SPEECH_PARTICIPLES: dict[str, str] = {"announced": "announcement", "stated": "statement"}
PERFECT_AUXILIARIES: frozenset[str] = frozenset({"had", "has", "have"})
# Present participles of speaking before a date ("Speaking to reporters on Friday, X said he would …"):
# the date is the speaking's.
SPEAKING_PARTICIPLES: frozenset[str] = frozenset({"speaking", "writing", "addressing", "talking"})
ANNOUNCING_PAST: frozenset[str] = frozenset({"announced"})

# Words that open what a verb of saying reports ("said he would travel on Friday"): a date after
# them is the reported event's, not the saying's.
CONTENT_AFTER_SAYING: frozenset[str] = frozenset({
    "that", "would", "will", "shall", "could", "might", "plans", "planned", "intends", "intended", "wants",
    "wanted", "going", "expects", "expected", "hopes", "hoped", "aims", "aimed",
})

# "according to media reports on Monday": a date in a phrase of attribution (no verb between) dates
# the report, not the event the sentence tells; the text before the date must match this.
ATTRIBUTION_BEFORE_DATE = (r"\baccording\s+to\s+(?:(?!(?:will|would|is|are|was|were|has|have|had)\b)[\w.'’-]+\s+){1,5}"
                           r"(?:on\s+|from\s+)?$")

# Verbs of an ending right before a date: "ended on Wednesday" after "which began on Monday": the last
# day of an event the sentence has dated already, no second event.
END_VERBS: frozenset[str] = frozenset({"ended", "ends", "end", "concluded", "concludes", "closed", "wrapped"})
# Verbs of a beginning: "The round, which began on Thursday" dates the event that a lead told by its end
# ("ended a round of talks on Saturday"): one event, dated by its first day.
START_VERBS: frozenset[str] = frozenset({"began", "begun", "opened", "started"})
# A beginning told of an event still to come or under way ("The summit opens on Thursday; a final
# communiqué is expected on Friday"): a statement dated a day or two later in that sentence is said at it
# (``eventspan.fold_within_span``).
OPENING_VERBS: frozenset[str] = START_VERBS | frozenset({"begin", "begins", "open", "opens", "start", "starts"})

# Verbs that arrange an event for later: "agreed to hold a summit on June 5", "scheduled a vote for
# Thursday" — the event named right before its date is still to come, whatever the verb's tense.
ARRANGE_VERBS: frozenset[str] = frozenset({
    "agreed", "agree", "agrees", "scheduled", "schedule", "announced", "called", "convened", "set", "planned",
    "arranged", "decided",
})
