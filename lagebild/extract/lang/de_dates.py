"""German date expressions: month and weekday names, relative days and weeks, spans, vague and same-day words."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feber": 2, "feb": 2, "märz": 3, "mär": 3,
    "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
    "dezember": 12, "dez": 12,
}
WEEKDAYS: dict[str, int] = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
    "sonnabend": 5, "sonntag": 6,
}
# "Dienstagabend", "Montagmorgen": the weekday carries the date.
DAYPARTS: tuple[str, ...] = ("abend", "morgen", "vormittag", "nachmittag", "mittag", "nacht", "früh")

# Relative days: offset from the reference date.
# Lower-case "morgen" is tomorrow ("am Morgen" is a part of the day).
# Capitalised, these are relative days only before a part of the day ("Morgen Abend"): "der Morgen".
CAPITAL_NOT_RELATIVE: frozenset[str] = frozenset({"morgen"})
RELATIVE_DAYS: dict[str, int] = {"in den kommenden stunden": 0, "in den nächsten stunden": 0, "heute": 0,
                                 "gestern": -1, "vorgestern": -2, "morgen": 1, "übermorgen": 2}
# Words before a weekday or "Woche"/"Monat" that fix the direction.
PAST_MODIFIERS: tuple[str, ...] = ("vergangenen", "vergangene", "letzten", "letzte", "vorigen", "vorige")
# („am Freitag vor Weihnachten“ is not told apart from „am Freitag vor dem Kanzleramt“ by the
# words alone, so German has no occasion weekday rule; see en_dates.OCCASION_WEEKDAY.)
OCCASION_WEEKDAY: tuple[str, str] | None = None
FUTURE_MODIFIERS: tuple[str, ...] = ("kommenden", "kommende", "nächsten", "nächste", "folgenden")
# (German says „Dienstag in einer Woche“ or „Dienstag nächster Woche“; see en_dates.WEEKDAY_WEEK_ON.)
WEEKDAY_WEEK_ON: str | None = None
# After a weekday, the week it lies in, counted from the week of writing („am Mittwoch kommender Woche“,
# „Montag vergangener Woche“, „am Freitag dieser Woche“, „am Dienstag in der nächsten Woche“): that week's
# day.  Not „der folgenden Woche“ (counted from another event).
WEEKDAY_OF_WEEK: str = (r"\s+(?:in\s+)?(?:der\s+)?(?P<w>kommenden|kommender|nächsten|nächster|vergangenen|vergangener"
                        r"|letzten|letzter|vorigen|voriger|dieser)\s+Woche\b")
WEEKS_OF_WEEKDAY: dict[str, int] = {"kommenden": 1, "kommender": 1, "nächsten": 1, "nächster": 1, "vergangenen": -1,
                                    "vergangener": -1, "letzten": -1, "letzter": -1, "vorigen": -1, "voriger": -1,
                                    "dieser": 0}
TODAY_MODIFIERS: tuple[str, ...] = ("heutigen", "heutige", "diesen", "diese")
# "diese Woche", "this week": the week of writing (the month of its Monday, like "kommende Woche").
THIS_WEEK_MODIFIERS: tuple[str, ...] = ("diese", "dieser")
WEEK_WORDS: tuple[str, ...] = ("woche",)
MONTH_WORDS: tuple[str, ...] = ("monat", "monats")
# A weekend named by its week (the month of its Saturday): 0 this week's, -1 the week before, 1 the
# week after, 2 by the tense (the last one in a past clause, else the coming one).  A bare "am
# Wochenende" is left out: it as often tells a plan that then changed.
WEEKENDS: dict[str, int] = {
    "dieses wochenende": 0, "an diesem wochenende": 0, "vergangenes wochenende": -1,
    "am vergangenen wochenende": -1, "letztes wochenende": -1, "am letzten wochenende": -1,
    "kommendes wochenende": 1, "am kommenden wochenende": 1, "am nächsten wochenende": 1,
}
# The month of writing: (phrase, direction) with -1 before, +1 after the day of writing, 0 unclear.
THIS_MONTH: dict[str, int] = {
    "ende des monats": 1, "ende dieses monats": 1, "ende des laufenden monats": 1, "anfang des monats": -1,
    "anfang dieses monats": -1, "mitte des monats": 0, "mitte dieses monats": 0, "diesen monat": 0,
    "in diesem monat": 0, "im laufe des monats": 0, "noch in diesem monat": 1, "später in diesem monat": 1,
    "früher in diesem monat": -1, "zu monatsbeginn": -1, "zum monatsende": 1, "bis monatsende": 1,
}
# Spans of time counted from the day of writing ("in zwei Wochen", "vor drei Tagen") or
# back from the event just told ("zwei Wochen nach"): unit -> days.
SPAN_UNITS: dict[str, int] = {
    "tag": 1, "tage": 1, "tagen": 1, "woche": 7, "wochen": 7, "monat": 30, "monate": 30, "monaten": 30,
}
SPAN_FORWARD: tuple[str, ...] = ("in", "binnen", "innerhalb von")  # "in zwei Wochen": ahead
SPAN_BACK: tuple[str, ...] = ("vor",)  # "vor zwei Wochen": back
SPAN_ONE: tuple[str, ...] = ("einer", "einem", "einen", "ein", "eine")
# "zwei Wochen nach X": X lies that long before (-1) or after (+1) the event told.
SPAN_RELATIONS: dict[str, int] = {"nach": -1, "vor": 1}

# Part of a month: "Anfang Februar", "Ende März", "Mitte Mai".
MONTH_PARTS: tuple[str, ...] = ("anfang", "ende", "mitte")
# Prepositions that make a bare month name a date ("im November", "seit März").
MONTH_PREPOSITIONS: tuple[str, ...] = ("im", "in", "seit", "bis", "ab", "vom", "zum", "für", "zu")

# Prepositions that set a month as a target still ahead ("die für Februar angesetzten Wahlen").
TARGET_PREPOSITIONS: tuple[str, ...] = ("für",)
# Prepositions that set a day as a target (see en_dates).
DAY_TARGET_PREPOSITIONS: tuple[str, ...] = ("für",)
# Expressions that name a time but no datable day or month.
VAGUE: tuple[str, ...] = (
    "im frühjahr", "im frühling", "im sommer", "im herbst", "im winter", "vor dem sommer",
    "in diesem jahr", "dieses jahr", "im laufenden jahr", "im neuen jahr", "im vorjahr", "nächstes jahr",
    "im kommenden jahr", "im nächsten jahr", "im vergangenen jahr", "letztes jahr", "bis zum sommer",
    "noch vor dem sommer", "in den kommenden wochen", "in den nächsten wochen", "später in diesem jahr",
)
# Same-day parts that refer back to the date of the previous sentence.
SAME_DAY: tuple[str, ...] = ("am nachmittag", "am abend", "am vormittag", "am morgen", "am mittag",
                             "später am tag", "in der nacht", "für den nachmittag", "für den abend",
                             "für den vormittag", "am späten nachmittag", "am späten abend", "am frühen morgen",
                             "am selben tag", "am gleichen tag", "noch am selben tag",
                             # „Im Anschluss besuchten beide …“: right after the event just told, its day
                             "im anschluss")
# After a same-day word, what makes it name an occasion of its own („im Anschluss an die Wahl“).
SAME_DAY_NAMING: str | None = r"\s+an\b"

# Days of a trip counted from its first day ("Zum Reiseauftakt", "am zweiten Tag seiner Reise"); the
# group "n" names the ordinal, none means the first day.
TRIP_DAYS: tuple[str, ...] = (
    r"(?i)\b(?:am|zum)\s+(?P<n>ersten|zweiten|dritten|vierten|fünften)\s+(?:Tag|Besuchstag|Reisetag)\b",
    r"(?i)\bzum\s+(?:Reiseauftakt|Auftakt\s+(?:der|seiner|ihrer)\s+(?:Reise|Visite|Besuchs))\b",
)
ORDINAL_DAYS: dict[str, int] = {"ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4, "fünften": 5}
# Events whose name fixes the date: (month, day).
DATED_NOUNS: dict[str, tuple[int, int]] = {
    "neujahrsansprache": (12, 31), "silvesteransprache": (12, 31), "weihnachtsansprache": (12, 24),
}
NEW_YEAR_FUTURE: tuple[str, ...] = ("im neuen jahr", "ins neue jahr", "zum jahreswechsel")

# A clock time without a day ("um 16.00 Uhr", "gegen 10 Uhr"): a time of the day told (§7), the day of
# the event told before it or, first in the article, the day of writing.
# A day of the month named alone (see en_dates): not read in German („am 22.“ mostly stands before a month).
DAY_OF_MONTH: str | None = None
CLOCK_TIMES: tuple[str, ...] = (r"\b(?:[Uu]m|[Gg]egen|[Aa]b)\s+\d{1,2}(?:[.:]\d{2})?\s*Uhr\b",)

# A length in days ("zweitägig", "a three-day summit"): how long the event dated in the sentence lasts.
MULTI_DAY: str = r"(?i)\b(?P<n>zwei|drei|vier|fünf|\d)[-\s]?tägig"
# The moment of writing: -1 under way now ("zur Stunde endet der Gipfel": past, §7), 1 about to happen
# the same day ("In Kürze stellt der Kanzler die Ergebnisse vor": planned).
NOW_PHRASES: dict[str, int] = {"zur stunde": -1, "in diesen minuten": -1, "in kürze": 1, "in wenigen minuten": 1}
# After a count of days or weeks, the time from the event told before ("zwei Tage später", "a week later").
LATER_WORDS: tuple[str, ...] = ("später", "danach", "darauf")
# … and before it ("zwei Tage zuvor", "a day earlier").
EARLIER_WORDS: tuple[str, ...] = ("zuvor", "vorher")
# One day from the event told before, without a count ("am Vortag", "the next day").
DAY_STEPS: dict[str, int] = {"am vortag": -1, "tags zuvor": -1, "am tag zuvor": -1, "tags darauf": 1,
                             "am tag darauf": 1, "am folgetag": 1, "am nächsten tag": 1, "am darauffolgenden tag": 1}
