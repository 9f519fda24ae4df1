"""English time, event and number vocabulary (data only; the code lives in extract/).

British and US spellings both (defence/defense, per cent/percent, fall/autumn).
Keys are lower-case.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
DAYPARTS: tuple[str, ...] = ("morning", "afternoon", "evening", "night")
CAPITAL_NOT_RELATIVE: frozenset[str] = frozenset()
RELATIVE_DAYS: dict[str, int] = {"in the coming hours": 0, "in the next few hours": 0, "in the next hours": 0,
                                 "today": 0, "yesterday": -1, "tomorrow": 1, "the day after tomorrow": 2,
                                 "the day before yesterday": -2,
                                 # a part of the day of writing or of the night before (§7: the day it names)
                                 "this morning": 0, "this afternoon": 0, "this evening": 0, "tonight": 0,
                                 "last night": -1}
PAST_MODIFIERS: tuple[str, ...] = ("last", "past", "previous")
# A weekday counted from an occasion ("the Friday before Christmas", "the Monday after the vote"):
# not the weekday nearest the day of writing; the event keeps no day rather than a wrong one.
OCCASION_WEEKDAY: tuple[str, str] | None = (r"(?i)\bthe\s+$", r"^\s+(?:before|after)\b")
FUTURE_MODIFIERS: tuple[str, ...] = ("next", "coming", "following")
# After a weekday, a week on from the coming one ("when ministers meet on Tuesday week": not next
# Tuesday but the one after it).
WEEKDAY_WEEK_ON: str | None = r"\s+week\b(?!['’]s|end)"
# After a weekday, the week it lies in, counted from the week of writing ("on Wednesday next week", "on
# Monday of last week"): that week's day.  Not "the following week" (counted from another event).
WEEKDAY_OF_WEEK: str = r"\s+(?:of\s+)?(?:the\s+)?(?P<w>next|last|this|coming|past)\s+week\b(?!['’]s|end)"
WEEKS_OF_WEEKDAY: dict[str, int] = {"next": 1, "coming": 1, "last": -1, "past": -1, "this": 0}
TODAY_MODIFIERS: tuple[str, ...] = ("this",)
# "diese Woche", "this week": the week of writing (the month of its Monday, like "kommende Woche").
THIS_WEEK_MODIFIERS: tuple[str, ...] = ("this",)
WEEK_WORDS: tuple[str, ...] = ("week",)
MONTH_WORDS: tuple[str, ...] = ("month",)
# A weekend named by its week (the month of its Saturday): 0 this week's, -1 the week before, 1 the
# week after, 2 by the tense (the last one in a past clause, else the coming one).  A bare "am
# Wochenende" is left out: it as often tells a plan that then changed.
WEEKENDS: dict[str, int] = {
    "this weekend": 0, "last weekend": -1, "next weekend": 1, "over the weekend": 2,
}
THIS_MONTH: dict[str, int] = {
    "later this month": 1, "earlier this month": -1, "this month": 0, "end of the month": 1,
    "end of this month": 1, "by the end of the month": 1, "late this month": 1, "early this month": -1,
    "at the start of the month": -1, "at the beginning of the month": -1, "the middle of the month": 0,
}
SPAN_UNITS: dict[str, int] = {
    "day": 1, "days": 1, "week": 7, "weeks": 7, "fortnight": 14, "fortnights": 14, "month": 30, "months": 30,
}
SPAN_FORWARD: tuple[str, ...] = ("in", "within")
SPAN_BACK: tuple[str, ...] = ()  # English says "two weeks ago" (SPAN_AGO) instead
SPAN_ONE: tuple[str, ...] = ("a", "an", "one")
SPAN_RELATIONS: dict[str, int] = {"after": -1, "before": 1}
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
MONTH_PARTS: tuple[str, ...] = ("early", "late", "mid", "end of", "beginning of", "middle of")
# A bare month name is a date only after one of these ("May" and "March" are also words).
MONTH_PREPOSITIONS: tuple[str, ...] = ("in", "since", "until", "by", "from", "of", "during", "before",
                                       "after", "last", "next", "this", "early", "late", "mid")
# Sentence openers that stand for the thing the sentence before named ("This could happen on Friday").
POINTING_BACK: frozenset[str] = frozenset({"this", "that", "it"})
# Prepositions that set a month as a target still ahead (none in English: "for March" also looks back).
TARGET_PREPOSITIONS: tuple[str, ...] = ()
# Prepositions that set a day as a target ("called a rally for Saturday", „für Donnerstag angesetzt“): a
# weekday after them lies ahead of what the clause tells, whatever the tense of its verb.
DAY_TARGET_PREPOSITIONS: tuple[str, ...] = ("for",)
VAGUE: tuple[str, ...] = (
    "later this year", "earlier this year", "this year", "next year", "last year", "in the spring",
    "in the summer", "in the autumn", "in the fall", "in the winter", "last fall", "last autumn",
    "last spring", "last summer", "last winter", "next spring", "next summer", "next autumn", "next fall",
    "this spring", "this summer", "this autumn", "this fall", "before the summer", "by the summer",
    "in the coming weeks", "in the coming months", "in due course", "by the end of the year",
    "by year-end", "by year end", "later in the year",
)
SAME_DAY: tuple[str, ...] = ("later that day", "in the afternoon", "in the evening", "that evening",
                             "that afternoon", "later in the day", "on the same day", "the same day")
# Nouns of a trip or visit (end of a word): a dated one is what the days of a trip count from.
# Leaving or reaching a place, not a trip of its own ("bei seiner Abreise"): a time reference (§7).
DEPARTURE_NOUNS: tuple[str, ...] = ("departure", "arrival")
TRIP_NOUNS: tuple[str, ...] = ("trip", "visit", "tour")
# Days of a trip counted from its first day ("on the second day of his visit").
TRIP_DAYS: tuple[str, ...] = (
    r"(?i)\bon\s+the\s+(?P<n>first|second|third|fourth|fifth)\s+day\b",
    r"(?i)\bat\s+the\s+start\s+of\s+(?:his|her|their|the)\s+(?:trip|visit|tour)\b",
)
ORDINAL_DAYS: dict[str, int] = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
DATED_NOUNS: dict[str, tuple[int, int]] = {
    "new year's address": (12, 31), "new year's eve address": (12, 31), "new year address": (12, 31),
    "christmas message": (12, 25), "christmas address": (12, 25),
}
NEW_YEAR_FUTURE: tuple[str, ...] = ("in the new year", "into the new year")

EVENT_NOUNS: dict[str, str] = {
    "meeting": "meeting", "meetings": "meeting", "summit": "meeting", "session": "meeting", "plenary": "meeting",
    "conference": "meeting", "gathering": "meeting", "retreat": "meeting", "talks": "talks",
    "negotiations": "talks", "round": "talks", "dialogue": "talks", "call": "call", "phone call": "call",
    "video call": "call", "videoconference": "call", "speech": "speech", "address": "speech",
    "statement": "statement", "interview": "statement", "press conference": "statement",
    "briefing": "statement", "visit": "other", "trip": "other", "state visit": "other",
    "strikes": "other", "attack": "other", "attacks": "other", "election": "other", "vote": "other",
    "ruling": "other", "reimposition": "other", "signing": "other", "signing ceremony": "other",
    "lawsuit": "other", "recount": "other", "swearing-in": "other",
    # Occurrences named by nouns of their own: protests, a referendum, an inauguration, an evacuation.
    "protest": "other", "protests": "other", "demonstration": "other", "demonstrations": "other",
    "walkout": "other", "referendum": "other", "inauguration": "other", "rally": "other",
    "evacuation": "other", "takeover": "other",
}
# Owned events: "Lee's visit", "Nato's exercise" (the owner is the actor).
EXTRA_EVENT_WORDS: tuple[str, ...] = ("visit", "trip", "speech", "address", "remarks", "exercise")
NOT_EVENT_NOUNS: frozenset[str] = frozenset()
NOT_EVENT_SUFFIXES: tuple[str, ...] = ()
EVENT_VERBS: dict[str, str] = {
    "met": "meeting", "meet": "meeting", "meets": "meeting", "meeting": "meeting", "gather": "meeting",
    "host": "meeting", "hosts": "meeting", "hosted": "meeting", "convene": "meeting", "convened": "meeting",
    "talked": "talks", "negotiated": "talks", "spoke": "call", "spoken": "call", "phoned": "call",
    "called": "call", "wrote": "statement", "posted": "statement", "tweeted": "statement",
    "said": "statement", "told": "statement", "stated": "statement", "urged": "statement",
    "announced": "announcement", "unveiled": "announcement", "presented": "announcement",
    "published": "announcement", "travel": "other", "travels": "other", "travelled": "other",
    "traveled": "other", "flew": "other", "flies": "other", "visit": "other", "visits": "other",
    "visited": "other", "arrived": "other",
    "agreed": "meeting", "voted": "other", "approved": "other", "imposed": "other", "signed": "other", "sign": "other",
    "signs": "other", "passed": "other", "passes": "other", "addressed": "speech",
    "protested": "other", "demonstrated": "other", "evacuated": "other", "departed": "other",
}
# Verbs that name an occurrence only with the particle right after them: (particle, kind).
PHRASAL_EVENT_VERBS: dict[str, tuple[str, str]] = {
    "sworn": ("in", "other"), "took": ("over", "other"), "takes": ("over", "other"),
}
MEETING_SUBJECTS: tuple[str, ...] = ("ministers", "leaders", "heads", "delegations")
TRAVEL_VERBS: frozenset[str] = frozenset({"travel", "travels", "travelled", "traveled", "fly", "flies", "flew",
                                          "departed",
                                          "visit", "visits", "visited", "arrived", "arrives"})
# (German only: „traf … ein“, a meeting verb with a particle of arriving; English has no such verb.)
ARRIVING_WITH_PARTICLE: tuple[frozenset[str], str] = (frozenset(), r"(?!)")
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
PARTICIPATION_CUES: tuple[str, ...] = (
    "attending", "attended", "took part", "represented by", "was represented", "joined", "co-chaired",
    "chaired", "led the", "headed", "present at", "participated", "by video", "led by", "headed by", "hosted by",
)
ANAPHORA: dict[str, str] = {
    "the meeting": "meeting", "the session": "meeting", "the summit": "meeting", "the call": "call",
    "the talks": "talks", "the conversation": "call", "the visit": "other", "after talks with": "",
    "after meeting with": "",
    # the sides of the talks just told, and the signing told again ("The deal was signed in X by A and B")
    "the delegations": "", "the deal was signed": "", "the agreement was signed": "", "the treaty was signed": "",
}
# Sentence openers of a contrast: "But X said …" reports an objection, not a participant.
CONTRAST_OPENERS: frozenset[str] = frozenset({"but", "however", "yet", "critics"})
SPEECH_PAST: frozenset[str] = frozenset({
    "said", "told", "added", "noted", "warned", "stressed", "insisted", "argued", "urged", "wrote",
    "declared", "called", "accused", "claimed", "appealed", "pressed",
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

# A count written as a compound adjective ("an 11-member bloc"): the word -> the unit counted.
HYPHEN_COUNTS: dict[str, str] = {"member": "members", "nation": "nations", "country": "countries",
                                 "state": "states", "seat": "seats", "party": "parties"}
# "one billion of them": a part of the amount just told.
PART_OF_WORDS: frozenset[str] = frozenset({"thereof"})
NUMBER_WORDS: dict[str, int] = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "hundred": 100, "dozen": 12,
}
SCALES: dict[str, int] = {
    "thousand": 1_000, "million": 1_000_000, "mn": 1_000_000, "m": 1_000_000, "billion": 1_000_000_000,
    "bn": 1_000_000_000, "trillion": 1_000_000_000_000, "tn": 1_000_000_000_000,
    # the Indian numbering of South Asian outlets: "Rs 1,200 crore", "5 lakh people"
    "crore": 10_000_000, "crores": 10_000_000, "lakh": 100_000, "lakhs": 100_000,
}
CURRENCIES: dict[str, str] = {
    "$": "USD", "us$": "USD", "c$": "CAD", "ca$": "CAD", "a$": "AUD", "au$": "AUD", "nz$": "NZD",
    "hk$": "HKD", "dollars": "USD", "dollar": "USD", "usd": "USD", "€": "EUR", "euros": "EUR",
    "euro": "EUR", "eur": "EUR", "£": "GBP", "pounds": "GBP", "gbp": "GBP", "francs": "CHF",
    "yuan": "CNY", "roubles": "RUB", "rubles": "RUB", "yen": "JPY",
    "rs": "INR", "rs.": "INR", "₹": "INR", "inr": "INR", "rupees": "INR", "ksh": "KES", "kes": "KES", "sh": "KES",
    "chf": "CHF",
    "₦": "NGN", "naira": "NGN", "rand": "ZAR", "$nz": "NZD", "$a": "AUD", "n": "NGN", "rm": "MYR", "ringgit": "MYR",
}
PERCENT: dict[str, str] = {"%": "percent", "per cent": "per cent", "percent": "percent",
                           "percentage points": "percentage points"}
QUALIFIERS: tuple[str, ...] = (
    "more than", "less than", "fewer than", "up to", "at least", "at most", "about", "around",
    "roughly", "nearly", "almost", "some", "over", "under", "approximately", "an estimated",
)
NAME_PREFIXES: frozenset[str] = frozenset({
    "article", "no.", "number", "resolution", "chapter", "section", "phase", "level", "page", "flight",
    "round", "stage", "category", "grade", "part",
})
# Capitalised nouns that a number names, not counts ("Route 66", "Terminal 2", "Camp 7"); lower case
# they may stand before a count ("on the road 5 people died"), so only the capitalised form counts.
NUMBERED_NAMES: frozenset[str] = frozenset({
    "Route", "Highway", "Road", "Terminal", "Gate", "Building", "Block", "Sector", "Zone", "Camp", "Pier",
    "Exit", "Checkpoint", "Unit", "Platform", "Hall", "Tower", "Bunker", "Brigade", "Battalion", "Squad",
})
NOT_COUNTED: frozenset[str] = frozenset({
    "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour", "minutes",
    "times", "year-old", "years-old", "o'clock", "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "percentage",
    # fractions ("two thirds of lawmakers") are shares, not counts
    "thirds", "quarters", "fifths", "tenths", "half",
    # clock times in a zone ("0900 GMT")
    "gmt", "utc", "cet", "et", "est", "edt", "bst",
    # a briefing's own list ("Here are five things to know"): points of the text, nothing the news counts
    "things", "takeaways",
})
ANAPHORIC_DETERMINERS: frozenset[str] = frozenset({
    "the", "these", "those", "both", "all", "its", "their", "his", "her", "our",
})
GENERIC_PEOPLE: frozenset[str] = frozenset({"people", "persons", "sources", "officials", "diplomats"})
PARTICIPANT_NOUNS: tuple[str, ...] = ("ministers", "leaders", "delegates", "delegations", "envoys",
                                      "negotiators", "participants", "heads", "lawmakers", "senators")
# States counted after an article: "the four Mercosur countries" (more than three: see ``figures``).
STATE_NOUNS: tuple[str, ...] = ("countries", "states", "nations")
COMPACT_UNITS: tuple[str, ...] = ("km", "kg", "mph", "kph", "t", "ha", "sq")
SAME_VALUE_AGAIN: frozenset[str] = frozenset({"also", "likewise", "equally", "too"})

# A standfirst's format label, a whole sentence that says what sort of piece follows ("Here is what we
# know so far.", "Here's what you need to know", "An analysis."): the paragraph it closes sums up the
# body, whose sentences tell and date its events; an undated event named there is one told again.
FORMAT_LABEL_PATTERNS: tuple[str, ...] = (
    r"(?i)^here(?:'s|’s|\s+is|\s+are)\s+what\s+(?:we\s+know|you\s+need\s+to\s+know|to\s+know)\b.*$",
    r"(?i)^what\s+we\s+know(?:\s+so\s+far)?\s*[.:]?\s*$",
    r"^An?\s+(?:analysis|explainer|overview|interview)\s*[.:]?\s*$",
)

# Broadcast, publishing and archive stamps: when the item went out, not what it reports.
STAMP_PATTERNS: tuple[str, ...] = (
    r"^(?:Published|Updated|Posted|Last updated|First published|Broadcast|Aired)\s*(?:on\s*)?:?\s.*$",
    # (also with its outlet: "This report by The Canadian Press was first published Feb. 11, 2027")
    r"\bThis\s+(?:story|article|report|item|piece)(?:\s+by\s+[^.,;]{1,40}?)?\s+(?:was|has been)\s+"
    r"(?:first\s+|originally\s+)?"
    r"(?:published|broadcast|updated|aired)\b.*?(?:\.(?=\s|$)|$)",
    # "This article first appeared in …", "A version of this story appeared in print on Monday"
    r"\b(?:This|The|A\s+version\s+of\s+this)\s+(?:story|article|report|item|piece|interview|column)\s+"
    r"(?:first\s+|originally\s+)?appeared\b.*$",
    # The publication of legal acts in the official journal: a publishing line, part of the decision
    # ("The legal acts were published in the Official Journal of the EU today")
    r"^.*\bpublished\s+in\s+the\s+Official\s+Journal\b.*$",
    # The interviewer's credit and editing lines: "Interview by Jane Roe", "This interview has been edited …"
    r"^(?:Interview(?:ed)?\s+by\b|This\s+interview\s+has\s+been\s+(?:edited|condensed)\b).*$",
    r"\|\s*\d{1,2}[./]\d{1,2}[./]\d{2,4}(?:,?\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?",
    # A correction note: what an earlier version said is about the text, not news.
    r"^(?:Correction|Clarification|Editor['’]s\s+note)\s*:.*$",
    r"^(?:An\s+earlier|A\s+previous|An\s+older)\s+version\s+of\s+this\s+(?:story|article|report)\b.*$",
    # A live blog's label lines: what the page gathers, not news ("The key developments from Sunday at a
    # glance", "All times GMT", "This live blog is being updated").
    r"^(?:Here\s+(?:are|is)\s+)?(?:The\s+|the\s+)?(?:key|latest|main)\s+(?:developments|events|updates)\b"
    r"[^.]*\b(?:at\s+a\s+glance|so\s+far|in\s+brief)\b.*$",
    r"^All\s+times\b.*$",
    r"^(?:This|Our|The)\s+(?:live\s+)?(?:blog|ticker|page)\s+(?:is|will\s+be)\s+(?:being\s+)?updated\b.*$",
)

# --- undated events: what the text reports without a date expression -------------------------
UNDATED_KINDS: frozenset[str] = frozenset({"meeting", "talks", "call", "speech", "other"})
# Event verbs that name an outcome, a part of another event, or are too often something else
# ("called for", "spoke to reporters", "agreed to").
UNDATED_VERB_SKIP: frozenset[str] = frozenset({
    "agreed", "called", "spoken", "meeting", "approved", "gather",
})
# (English "met" stands alone for a meeting: "Leaders from 26 countries met at X"; see de_time)
MEETING_VERBS_NEED_PARTNER: frozenset[str] = frozenset()
MEETING_PARTNER_CUES: frozenset[str] = frozenset()
# Verbs that name a meeting only with their preposition ("talked with", "held talks").
VERBS_WITH: dict[str, str] = {"talked": "with", "spoke": "with", "speaks": "with"}
# Words of a plan or an expectation in the verb group: an undated event so told is still to come.
PLAN_CUES: frozenset[str] = frozenset({
    "will", "would", "set", "due", "expected", "planned", "scheduled", "plans", "plan", "going", "upcoming",
    "shall", "later", "next", "announces", "announced", "likely",
})
ARTICLES: frozenset[str] = frozenset({"a", "an"})
# An event named after these lies before the one told ("since the strikes", "after his election win").
EARLIER_PREPOSITIONS: frozenset[str] = frozenset({"after", "since", "following"})
# Of those, the ones whose event, told in passing in the body, is an earlier one of its own ("since it took
# over the presidency"); "after talks with X" is mostly the event just told.
PASSING_PREPOSITIONS: frozenset[str] = frozenset({"since"})
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
# English past forms never end in "-en" after a modal the way German infinitives do: nothing to skip.
INFINITIVE_GOVERNORS: frozenset[str] = frozenset()
# Words that open what a verb of saying reports ("said he would travel on Friday"): a date after
# them is the reported event's, not the saying's.
CONTENT_AFTER_SAYING: frozenset[str] = frozenset({
    "that", "would", "will", "shall", "could", "might", "plans", "planned", "intends", "intended", "wants",
    "wanted", "going", "expects", "expected", "hopes", "hoped", "aims", "aimed",
})
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
    # An interview given to an outlet is a statement (an event only when dated), not a meeting with it.
    r"(?i)\b(?:spoke|speaks|talked|talks|speaking|talking)\s+(?:\w+\s+)?in\s+an?\s+(?:[\w-]+\s+)?interview\s+with\b",
)
NEGATIONS_AFTER: frozenset[str] = frozenset({"not", "never"})
# Words before an event noun that make it a verb ("to visit", "will address").
VERB_MARKERS: frozenset[str] = frozenset({"to", "will", "would", "can", "could", "may", "might", "must", "should",
                                          "shall", "they", "we", "i", "you", "not", "also", "did", "does", "do"})
NEGATIONS: frozenset[str] = frozenset({"no", "not", "never", "without", "didn't", "won't", "wasn't", "weren't",
                                       "cancelled", "canceled", "postponed"})
# (English marks reported speech by no verb form of its own; see de_time.REPORTED_PLAN_VERBS.)
REPORTED_PLAN_VERBS: frozenset[str] = frozenset()
INTENT_CUES: frozenset[str] = frozenset({
    "calls", "urged", "urges", "demanded", "demands", "proposed", "proposes", "offered", "offers", "wants",
    "want", "wanted", "seeks", "sought", "considering", "considers", "hopes", "hoped", "if", "unless",
    "regular", "regularly", "annual", "every", "ready", "possible", "potential", "possibly", "willing", "push",
    "pushing", "pressing", "need", "needs", "necessity", "ongoing", "traditionally", "usually", "often", "typically",
    "routinely", "normally", "annually",
    "could", "might",  # a possibility, without a date: speculation, no event told ("could be signed soon")
})
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
# "according to media reports on Monday": a date in a phrase of attribution (no verb between) dates
# the report, not the event the sentence tells; the text before the date must match this.
ATTRIBUTION_BEFORE_DATE = (r"\baccording\s+to\s+(?:(?!(?:will|would|is|are|was|were|has|have|had)\b)[\w.'’-]+\s+){1,5}"
                           r"(?:on\s+|from\s+)?$")
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
# Verbs of receiving a guest: a meeting when a named guest follows ("received President Ana Costa",
# "welcomed Xi Jinping to Paris"); with anything else ("welcomed the decision") they are no meeting.
GUEST_VERBS: frozenset[str] = frozenset({"received", "receives", "welcomed", "welcomes", "greeted", "greets"})
# Verbs that judge an event from outside: "The OSCE welcomed the talks" comments on them.
JUDGING_VERBS: frozenset[str] = frozenset({
    "welcomed", "praised", "criticised", "criticized", "condemned", "regretted", "hailed", "slammed",
})
# "a shutdown that could have come Friday night": what did not happen has no date of its own.
COUNTERFACTUAL: str = r"\b(?:could|would|might|should)\s+have\s+(?:\w+\s+){0,2}$"
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

# --- events called off: a date the event no longer has ------------------------------------------
# "the meeting was called off", "the signing was postponed": what was to happen then does not.
# Matched on the lower-cased clause.
CALLED_OFF: str = (r"\b(?:called\s+off|calls?\s+off|calling\s+off|cancell?ed|cancels?|cancell?ing|scrapped|scraps"
                   r"|shelved|off\s+the\s+table|(?:will|would|did|does|do)\s+not\s+(?:take\s+place|go\s+ahead))\b"
                   # postponed, in the passive: "was postponed" (an actor who postpones on a day acts then)
                   r"|\b(?:was|were|been|be|is|are|being)\s+(?:\w+\s+)?(?:postponed|delayed|put\s+off|pushed\s+back"
                   r"|rescheduled)\b")
# The verb that calls an event off, and where a date stands when it is the day of calling it off: right
# after the verb ("was called off on Monday"), not after the event noun ("the meeting on Monday was
# cancelled") nor as a new date ("postponed to Friday").
CALLED_OFF_VERB: str = (r"\b(?:called\s+off|cancell?ed|scrapped|shelved|postponed|put\s+off|pushed\s+back"
                        r"|rescheduled)\b")
CALLED_OFF_THEN: str = r"\s*(?:on\s+)?"
CALLED_OFF_FRAMES: tuple[tuple[str, str], ...] = ()  # (English puts the day after the verb)
# Only a hard cancellation: a postponed event still takes place, later (undated, planned).
CANCELLED: str = (r"\b(?:called\s+off|calls?\s+off|calling\s+off|cancell?ed|cancels?|cancell?ing|scrapped|scraps"
                  r"|shelved|off\s+the\s+table|fell\s+through|did\s+not\s+take\s+place|never\s+took\s+place)\b")
# The plan as it was before it changed: "had been due to sign on Wednesday", "originally planned for Monday".
ORIGINAL_PLAN: str = (r"\b(?:originally|initially)\s+(?:\w+\s+)?(?:planned|scheduled|set|due|expected|slated)\b"
                      r"|\bhad\s+been\s+(?:due|scheduled|set|expected|planned|slated|supposed)\b"
                      r"|\b(?:was|were)\s+(?:originally|initially|supposed)\b"
                      # a clause of its own that is only the plan ("A visit, planned for this month, has been
                      # pushed back"): the day it no longer has
                      r"|^\W*(?:planned|scheduled|slated|set)\s+for\b")
# The sentence after a first plan that gives the plan now: "The meeting is now planned for July."
PLAN_NOW: str = (r"\b(?:now|instead)\b[^.;]*\b(?:planned|scheduled|set|expected|due|slated|will|moved|postponed)\b"
                 r"|\b(?:planned|scheduled|set|expected|due|slated|will)\b[^.;]*\b(?:now|instead)\b")
# A plan told in the pluperfect, which says it no longer holds: "The talks had been set for Saturday".
PAST_PLAN: str = r"\bhad\s+been\s+(?:due|scheduled|set|planned|slated|supposed)\b"
# A clause that turns against what was told before it ("…, but the signing was postponed").
CONTRAST: str = r"\b(?:but|however|yet)\b"
# Before the new date of a postponed event ("postponed to Friday", "moved to next week").
NEW_DATE_PREPOSITIONS: frozenset[str] = frozenset({"to"})
# A clock time without a day ("at 4 p.m.", "at 10:30 GMT"): a time of the day told (§7), the day of the
# event told before it or, first in the article, the day of writing.  Not "by 5 p.m." (a deadline).
# A day of the month named alone ("are to meet in Washington on the 22nd", "which opens on the 9th"): the
# nearest such day in the direction of the tense; not before a noun ("on the 22nd floor").
DAY_OF_MONTH: str | None = (r"\bon\s+the\s+(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
                            r"(?=\s*(?:[,.;:)!?]|$)|\s+(?:for|in|at|and|or|to|with|when|as|but|after|before"
                            r"|is|are|was|were|has|have|had|will|would)\b)")
CLOCK_TIMES: tuple[str, ...] = (
    r"(?i)\b(?:at|around|about)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)",
    r"\b(?:at|around)\s+\d{1,2}:\d{2}\b",
)
# Postponed, in any form (headlines drop the auxiliary: "Talks postponed"): the event is still to come.
POSTPONED: str = r"\b(?:postponed|postpones|delayed|put\s+off|pushed\s+back|rescheduled)\b"
# A length in days ("zweitägig", "a three-day summit"): how long the event dated in the sentence lasts.
MULTI_DAY: str = r"(?i)\b(?P<n>two|three|four|five|\d)-day\b"
# The moment of writing: -1 under way now ("zur Stunde endet der Gipfel": past, §7), 1 about to happen
# the same day ("In Kürze stellt der Kanzler die Ergebnisse vor": planned).
NOW_PHRASES: dict[str, int] = {"at this hour": -1, "right now": -1, "in a few minutes": 1}
# After a count of days or weeks, the time from the event told before ("zwei Tage später", "a week later").
LATER_WORDS: tuple[str, ...] = ("later", "afterwards")
# … and before it ("zwei Tage zuvor", "a day earlier").
EARLIER_WORDS: tuple[str, ...] = ("earlier",)
# One day from the event told before, without a count ("am Vortag", "the next day"); not "the day before
# the vote" (a day counted from another occasion).
DAY_STEPS: dict[str, int] = {"the previous day": -1, "the day before": -1, "the next day": 1,
                             "the following day": 1, "the day after": 1}
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

# --- the headline's statement: the main news (CONVENTIONS §7.2) --------------------------------------
# Present-tense verbs of saying a headline reports with ("Starmer says …", "Macron warns of …"): the
# statement the body tells is the main news and an event, dated or not.
# Verbs of a stance or saying in the lead sentence ("X rejected the draft", "X warned of …"): the lead's
# statement of the headline's person is main news (CONVENTIONS §7.2).
LEAD_STANCE_VERBS: frozenset[str] = frozenset({
    "said", "says", "warned", "warns", "urged", "urges", "rejected", "rejects", "criticised", "criticized",
    "condemned", "welcomed", "defended", "dismissed", "insisted", "called", "demanded", "accused", "vowed",
    "ruled",
})
HEADLINE_SPEECH_VERBS: frozenset[str] = frozenset({
    "says", "warns", "urges", "vows", "demands", "insists", "rejects", "slams", "criticises", "criticizes",
    "accuses", "announces", "pledges", "promises", "threatens", "denies", "confirms", "defends", "hails",
    "dismisses", "tells", "calls", "signals", "appeals", "blasts", "condemns", "welcomes", "admits",
    "proposes", "unveils", "presents", "declares", "claims", "rules",
})

# Remarks not made: "declined to comment on Tuesday", "did not respond to a request for comment".
NO_COMMENT_PATTERNS: tuple[str, ...] = (
    r"(?i)\b(?:declined|refused|declining|refusing)\s+to\s+(?:comment|say|elaborate|confirm|give\s+details)\b",
    r"(?i)\b(?:did|does|has|have)\s+not\s+(?:yet\s+)?(?:respond|responded|reply|replied|comment|commented)\b",
    r"(?i)\b(?:didn't|hasn't|haven't)\s+(?:yet\s+)?(?:respond|responded|reply|replied|comment|commented)\b",
    r"(?i)\bno\s+(?:immediate\s+)?(?:comment|response|reply)\b",
    r"(?i)\bcould\s+not\s+(?:immediately\s+)?be\s+reached\b",
)

# Verbs that arrange an event for later: "agreed to hold a summit on June 5", "scheduled a vote for
# Thursday" — the event named right before its date is still to come, whatever the verb's tense.
ARRANGE_VERBS: frozenset[str] = frozenset({
    "agreed", "agree", "agrees", "scheduled", "schedule", "announced", "called", "convened", "set", "planned",
    "arranged", "decided",
})

# A sentence about a vote reads "68-32" as the votes for and against.
VOTE_WORDS: frozenset[str] = frozenset({"vote", "votes", "voted", "voting", "passed", "ballot", "approved"})
VOTE_UNIT = "votes"
# A number by a date is a level or a count (no event) with one of these in its clause: a verb of change,
# or a passive count ("1.700 Anträge wurden gestellt").
LEVEL_VERBS: frozenset[str] = frozenset({
    "rose", "fell", "dropped", "climbed", "jumped", "slipped", "declined", "grew", "shrank", "surged", "plunged",
    "tumbled", "increased", "decreased", "filed", "registered", "recorded", "counted",
    # what a figure is to do ("Tariffs are due to rise to 25 percent on April 1"): a level to come
    "rise", "rises", "fall", "falls", "drop", "drops", "climb", "climbs", "grow", "grows", "shrink", "shrinks",
})
# Past forms ending in "-eed", which regular pasts otherwise never do ("need", "proceed", "indeed").
EED_PAST: frozenset[str] = frozenset({"freed", "agreed", "disagreed", "decreed", "guaranteed", "refereed"})

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
# (English writes the particle apart: "will talk further"; see de_time.GOING_ON_PREFIXES.)
GOING_ON_PREFIXES: tuple[str, ...] = ()
# A meeting told as the continuation of one before ("will meet again", „erneut treffen“) (``eventgroups``).
CONTINUATION: str = r"(?i)\b(?:again|another round|next round|resume[sd]?|continue[sd]?|follow-up)\b"
