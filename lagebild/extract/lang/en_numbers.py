"""English words of numbers, amounts and counts: number words, scales, currencies, and numbers that count nothing."""

from __future__ import annotations

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
    # terms of office ("served two terms", "a third term"): a duration, no count (CONVENTIONS §9)
    "terms", "term",
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
