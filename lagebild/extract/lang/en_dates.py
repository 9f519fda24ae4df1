"""English date expressions: month and weekday names, relative days and weeks, spans, vague and same-day words."""

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

MONTH_PARTS: tuple[str, ...] = ("early", "late", "mid", "end of", "beginning of", "middle of")
# A bare month name is a date only after one of these ("May" and "March" are also words).
MONTH_PREPOSITIONS: tuple[str, ...] = ("in", "since", "until", "by", "from", "of", "during", "before",
                                       "after", "last", "next", "this", "early", "late", "mid")

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
# After a same-day word, what makes it name an occasion of its own (see de_dates).
SAME_DAY_NAMING: str | None = None

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
