"""German words that decide which date is an event's own: deadlines, other events' dates, starts, ends, sayings."""

from __future__ import annotations

# A phrase after these is about another thing; a date in it dates that thing, not the main verb's event.
OTHER_EVENT_PREPOSITIONS: tuple[str, ...] = (
    "seit", "nach dem", "nach der", "nach den", "nach einem", "nach einer", "vor dem", "vor der", "vor den",
    "vor einem", "vor einer", "bis zum", "bis zur",
)
# Words that may stand between a preposition and its date ("seit vergangenem Mittwoch").
DATE_LEAD_WORDS: frozenset[str] = frozenset({
    "dem", "den", "der", "des", "die", "das", "vergangenem", "vergangenen", "letztem", "letzten", "diesem",
    "am", "im", "anfang", "ende", "mitte", "beginn",
})
# A date after these is a deadline, not the day of an event ("bis zum 13. März", "spätestens Ende Mai").
DEADLINE_WORDS: frozenset[str] = frozenset({"bis", "spätestens"})
# "The conference runs until Saturday": an event that lasts until the date, no deadline.
LASTING_VERBS: frozenset[str] = frozenset({"dauert", "dauern", "läuft", "laufen", "andauern", "endet", "enden"})
# "her first since October", „das erste seit März“: after a word of FIRST_SINCE the date bounds a stretch
# without such an occurrence; the occurrence before it is not told.
SINCE_WORDS: frozenset[str] = frozenset({"seit"})
# „allein im Februar“, „im Februar allein“: a stretch over which something is counted, no day of an event.
PERIOD_COUNTED: tuple[str, str] = (r"\ballein\s+$", r"^\s*allein\b")
DEADLINE_NOUNS: frozenset[str] = frozenset({"frist", "stichtag", "ultimatum", "deadline", "fristende"})
# Verben einer Frist, die an ihrem Tag abläuft („die Pause läuft aus“ am Freitag): dann ein Ereignis.
EXPIRY_VERBS: frozenset[str] = frozenset({"ausläuft", "abläuft", "ausgelaufen", "abgelaufen",
                                          "verstreicht", "verstrich"})
# "der zweite Shutdown in vier Monaten": a span after an ordinal counts a stretch of time.
ORDINALS: frozenset[str] = frozenset({"erste", "ersten", "erster", "zweite", "zweiten", "zweiter", "dritte",
                                      "dritten", "dritter", "vierte", "vierten", "letzte", "letzten"})
# Verbs of a level or an estimate: a date with them and no event word is no event.
STATE_VERBS: frozenset[str] = frozenset({
    "ausgegangen", "gerechnet", "gelegen", "betragen", "betrug", "betrugen", "lag", "lagen", "geschätzt",
    "prognostiziert", "veranschlagt", "beziffert",
})

# Verbs of saying whose object is the audience or who speaks („sagte der Zeitung“, „erklärte Merz“),
# and the prepositions of the occasion („sagte im Interview“, „betonte vor Journalisten“): what stands
# between such a verb and its date is the saying's circumstance (reported content follows a comma).
TELLING_TO: frozenset[str] = frozenset({"sagte", "sagten", "erklärte", "erklärten", "betonte", "betonten",
                                        "versicherte", "unterstrich", "bekräftigte", "meinte", "warnte"})
OCCASION_PREPOSITIONS: frozenset[str] = frozenset({"im", "in", "bei", "vor", "nach", "auf", "gegenüber", "während"})
# Participles of saying and announcing after a date, with a perfect auxiliary before it („hatte am
# Donnerstag gesagt, man werde …“): the date is the saying's.
SPEECH_PARTICIPLES: dict[str, str] = {
    "gesagt": "statement", "erklärt": "statement", "betont": "statement", "gewarnt": "statement",
    "bekräftigt": "statement", "versichert": "statement", "geschrieben": "statement",
    "angekündigt": "announcement", "mitgeteilt": "announcement", "bekanntgegeben": "announcement",
}
PERFECT_AUXILIARIES: frozenset[str] = frozenset({"hat", "hatte", "haben", "hatten", "habe"})
# Present participles of speaking before a date (English only: "Speaking to reporters on Friday, X said").
SPEAKING_PARTICIPLES: frozenset[str] = frozenset()
# Past forms of announcing, which FUTURE_CUES lists for the content they announce („kündigte an, am
# Freitag zu reisen“): right after a date they date the announcing („Am Sonntag kündigte X … an“).
ANNOUNCING_PAST: frozenset[str] = frozenset({"kündigte", "kündigten"})

# Words that open what a verb of saying reports (a date after them is the reported event's).
CONTENT_AFTER_SAYING: frozenset[str] = frozenset({"dass", "werde", "würde", "wolle", "solle", "plane", "wird"})

# "laut Medienberichten vom Montag": a date in a phrase of attribution (no verb between) dates the
# report, not the event the sentence tells; the text before the date must match this.
ATTRIBUTION_BEFORE_DATE = r"\b[Ll]aut\s+(?:[\wÄÖÜäöüß.-]+\s+){1,4}vom\s+$"

# Verbs of an ending right before a date: "endeten am Mittwoch" after "am Montag begonnenen": the last
# day of an event the sentence has dated already, no second event.
END_VERBS: frozenset[str] = frozenset({"endete", "endeten", "endet", "enden", "beendet", "beendeten",
                                       "abgeschlossen", "schlossen", "schloss"})
# Verbs of a beginning: „Die Runde, die am Donnerstag begonnen hatte“ dates the event that a lead told
# by its end („beendeten am Samstag eine Verhandlungsrunde“): one event, dated by its first day.
START_VERBS: frozenset[str] = frozenset({"begann", "begannen", "begonnen", "eröffnet", "eröffnete", "eröffneten",
                                         "startete", "starteten", "gestartet"})
# A beginning told of an event still to come or under way („Die Konferenz soll am Donnerstag beginnen, die
# Abschlusserklärung ist für Freitag geplant“): a statement dated a day or two later in that sentence is
# said at it (``eventspan.fold_within_span``).
OPENING_VERBS: frozenset[str] = START_VERBS | frozenset({"beginnen", "beginnt", "eröffnen", "starten", "startet"})

# Verbs that arrange an event for later: „vereinbarten einen Gipfel am 5. Juni“ — the event named right
# before its date is still to come, whatever the tense of the verb that arranged it.
ARRANGE_VERBS: frozenset[str] = frozenset({
    "vereinbart", "vereinbarte", "vereinbarten", "verabredet", "verabredeten", "beschlossen", "beschloss",
    "angekündigt", "kündigten", "kündigte", "angesetzt", "anberaumt", "einberufen", "beriefen", "berief",
})
