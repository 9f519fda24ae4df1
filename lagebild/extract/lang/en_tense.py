"""English cues of tense and mood in the verb group: future, past, plan, and past forms the regular rules miss."""

from __future__ import annotations

EXPECT_CUES: frozenset[str] = frozenset({"expected", "planned", "scheduled", "due", "set"})
# Future cues that are nouns after a determiner ("rejected the plan on Sunday"): no cue then.
CUES_AS_NOUNS: frozenset[str] = frozenset({"plan", "plans", "set"})
FUTURE_CUES: frozenset[str] = frozenset({
    "will", "would", "shall", "plans", "planned", "plan", "expected", "scheduled", "set", "next",
    "upcoming", "ahead", "coming", "intends", "announced", "going", "due",
    # Present tense of event verbs with a date: what is coming ("when leaders gather in July").
    "gather", "gathers", "meets", "travels", "hosts", "begins", "starts", "opens", "convenes",
    "meet", "resume", "resumes", "intend",
    # Present tense of arriving and attending: "who arrives in Manila on Saturday" is still to come.
    "arrives", "arrive", "flies", "heads", "attends", "attend", "lands", "departs", "chairs", "holds",
    "visits", "addresses",
})
PAST_CUES: frozenset[str] = frozenset({
    "was", "were", "had", "has", "have", "did", "last", "ago", "since", "said", "met", "told", "spoke",
    "agreed", "urged", "preceded", "already", "earlier", "previously",
    # Irregular past forms, which the "-ed" rule misses.
    "began", "took", "gave", "held", "came", "went", "won", "lost", "left", "sent", "made", "brought",
    "sought", "struck", "wrote", "rose", "fell", "chose", "drew", "broke", "ran", "led", "saw",
})

# Words of a plan or an expectation in the verb group: an undated event so told is still to come.
PLAN_CUES: frozenset[str] = frozenset({
    "will", "would", "set", "due", "expected", "planned", "scheduled", "plans", "plan", "going", "upcoming",
    "shall", "later", "next", "announces", "announced", "likely",
})

# English past forms never end in "-en" after a modal the way German infinitives do: nothing to skip.
INFINITIVE_GOVERNORS: frozenset[str] = frozenset()

# (English marks reported speech by no verb form of its own; see de_tense.REPORTED_PLAN_VERBS.)
REPORTED_PLAN_VERBS: frozenset[str] = frozenset()

# "a shutdown that could have come Friday night": what did not happen has no date of its own.
COUNTERFACTUAL: str = r"\b(?:could|would|might|should)\s+have\s+(?:\w+\s+){0,2}$"

# Past forms ending in "-eed", which regular pasts otherwise never do ("need", "proceed", "indeed").
EED_PAST: frozenset[str] = frozenset({"freed", "agreed", "disagreed", "decreed", "guaranteed", "refereed"})
