"""German time, event and number vocabulary (data only; the code lives in extract/).

Includes Austrian (Jänner, Feber) and Swiss spellings.  Lists are lower-case
unless they hold names that must be capitalised to count.
"""

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
# Words ending like a weak preterite ("-te", "-ten") that are none.
NOT_WEAK_PAST: frozenset[str] = frozenset({"letzte", "letzten", "letzter", "letztes", "heute", "gegenüber",
                                           "gelegenen", "genauen", "leute", "meute", "beute", "gute", "guten",
                                           "späte", "späten", "konkrete", "konkreten", "rechte", "rechten", "breite",
                                           "breiten"})
# Adjectives that begin with "ge" like a participle: „die gemeinsamen“, „des geschäftsführenden“,
# „die gestrigen“, „die gesetzlichen“ — present participles ("-end") and adjective suffixes.
ADJECTIVE_ENDINGS: tuple[str, ...] = ("enden", "igen", "lichen", "ischen", "samen", "baren", "haften", "losen")
# Present forms of verbs whose stem ends in "t" look like weak pasts in "-ten" („arbeiten“,
# „begleiten“, „bieten“, „vertreten“); their past is „arbeiteten“, „bot“, „vertrat“.
PRESENT_IN_TEN: tuple[str, ...] = ("eiten", "ieten", "reten")
# Capitalised, these are relative days only before a part of the day ("Morgen Abend"): "der Morgen".
CAPITAL_NOT_RELATIVE: frozenset[str] = frozenset({"morgen"})
RELATIVE_DAYS: dict[str, int] = {"in den kommenden stunden": 0, "in den nächsten stunden": 0, "heute": 0,
                                 "gestern": -1, "vorgestern": -2, "morgen": 1, "übermorgen": 2}
# Words before a weekday or "Woche"/"Monat" that fix the direction.
PAST_MODIFIERS: tuple[str, ...] = ("vergangenen", "vergangene", "letzten", "letzte", "vorigen", "vorige")
# („am Freitag vor Weihnachten“ is not told apart from „am Freitag vor dem Kanzleramt“ by the
# words alone, so German has no occasion weekday rule; see en_time.OCCASION_WEEKDAY.)
OCCASION_WEEKDAY: tuple[str, str] | None = None
FUTURE_MODIFIERS: tuple[str, ...] = ("kommenden", "kommende", "nächsten", "nächste", "folgenden")
# (German says „Dienstag in einer Woche“ or „Dienstag nächster Woche“; see en_time.WEEKDAY_WEEK_ON.)
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
# The month of writing: (phrase, direction) with -1 before, +1 after the day of writing, 0 unclear.
# A weekend named by its week (the month of its Saturday): 0 this week's, -1 the week before, 1 the
# week after, 2 by the tense (the last one in a past clause, else the coming one).  A bare "am
# Wochenende" is left out: it as often tells a plan that then changed.
WEEKENDS: dict[str, int] = {
    "dieses wochenende": 0, "an diesem wochenende": 0, "vergangenes wochenende": -1,
    "am vergangenen wochenende": -1, "letztes wochenende": -1, "am letzten wochenende": -1,
    "kommendes wochenende": 1, "am kommenden wochenende": 1, "am nächsten wochenende": 1,
}
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
# Part of a month: "Anfang Februar", "Ende März", "Mitte Mai".
MONTH_PARTS: tuple[str, ...] = ("anfang", "ende", "mitte")
# Prepositions that make a bare month name a date ("im November", "seit März").
MONTH_PREPOSITIONS: tuple[str, ...] = ("im", "in", "seit", "bis", "ab", "vom", "zum", "für", "zu")
# Sentence openers that stand for the thing the sentence before named ("Diese könnte Freitag erfolgen").
POINTING_BACK: frozenset[str] = frozenset({"dies", "diese", "dieser", "dieses", "das", "sie", "er", "es"})
# Prepositions that set a month as a target still ahead ("die für Februar angesetzten Wahlen").
TARGET_PREPOSITIONS: tuple[str, ...] = ("für",)
# Prepositions that set a day as a target (see en_time).
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
                             "am selben tag", "am gleichen tag", "noch am selben tag")
# Nouns of a trip or visit (end of a word): a dated one is what the days of a trip count from.
# Leaving or reaching a place, not a trip of its own ("bei seiner Abreise"): a time reference (§7).
DEPARTURE_NOUNS: tuple[str, ...] = ("abreise", "anreise", "ausreise", "einreise", "weiterreise")
TRIP_NOUNS: tuple[str, ...] = ("reise", "besuch", "staatsbesuch", "visite")
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

# Event triggers.  Nouns are matched as the end of a (compound) word, so
# "Koalitionsausschuss" is a meeting and "Staatsbesuch" a visit.
EVENT_NOUNS: dict[str, str] = {
    "treffen": "meeting", "gipfel": "meeting", "sitzung": "meeting", "ausschuss": "meeting",
    "konferenz": "meeting", "klausur": "meeting", "besprechung": "meeting", "gespräch": "meeting",
    "zusammenkunft": "meeting", "tagung": "meeting", "empfang": "meeting", "beratungen": "talks",
    "gespräche": "talks", "verhandlungen": "talks", "verhandlungsrunde": "talks", "runde": "talks",
    "gesprächsrunde": "talks", "dialog": "talks", "telefonat": "call", "telefongespräch": "call",
    "videokonferenz": "call", "videoschalte": "call", "schalte": "call", "rede": "speech",
    "ansprache": "speech", "regierungserklärung": "speech", "erklärung": "statement",
    "interview": "statement", "pressekonferenz": "statement", "stellungnahme": "statement",
    "besuch": "other", "besuche": "other", "reise": "other", "staatsbesuch": "other", "urteil": "other",
    "wahl": "other",
    "abstimmung": "other", "beschluss": "other", "unterzeichnung": "other", "besichtigung": "other",
    "angriff": "other", "angriffe": "other", "anschlag": "other", "klage": "other",
    "vereidigung": "other",
    # Occurrences named by nouns of their own: an eviction, a move, an election won, a protest, a vote.
    "räumung": "other", "evakuierung": "other", "umzug": "other", "wahlsieg": "other",
    "wahlniederlage": "other", "protest": "other", "proteste": "other", "demonstration": "other",
    "kundgebung": "other", "streik": "other", "misstrauensvotum": "other", "referendum": "other",
    "amtseinführung": "other", "amtsübernahme": "other",
}
# Owned events: 'Wadephuls Nahost-Reise', "Lee's visit" (the owner is the actor).
EXTRA_EVENT_WORDS: tuple[str, ...] = ("ansprache", "reise", "besuch", "rede", "auftritt")
# Nouns that end like an event noun but are none.
NOT_EVENT_NOUNS: frozenset[str] = frozenset({
    "vorrede", "gerede", "ausrede", "anrede", "betreffen", "übertreffen", "zurückhaltung",
    "verhandlungsmasse",
})
# Word endings that contain an event noun but are none ("Koalitionskreisen", "Ölpreise", "Hinweis").
NOT_EVENT_SUFFIXES: tuple[str, ...] = ("kreise", "kreisen", "preise", "preisen", "weise", "weisen", "greise",
                                       "gewahl", "auswahl", "trede", "prunde")
# Verbs (any inflection starting with the stem) that make an event.
EVENT_VERBS: dict[str, str] = {
    "traf": "meeting", "trafen": "meeting", "trifft": "meeting", "treffen": "meeting", "getroffen": "meeting",
    "empfängt": "meeting", "empfing": "meeting", "empfangen": "meeting", "zusammentreffen": "meeting",
    "beraten": "talks", "berieten": "talks", "verhandelt": "talks", "verhandelten": "talks",
    "verhandeln": "talks", "telefonierte": "call", "telefonierten": "call", "telefoniert": "call",
    "telefonieren": "call", "sagte": "statement", "schrieb": "statement", "erklärte": "statement",
    "betonte": "statement", "kündigte": "announcement", "angekündigt": "announcement", "vorgelegt": "announcement",
    "vorlegen": "announcement", "vorgestellt": "announcement", "vorstellen": "announcement",
    "präsentiert": "announcement", "veröffentlicht": "announcement", "reist": "other", "reisen": "other",
    "reiste": "other", "reisten": "other", "flog": "other", "flogen": "other", "fliegt": "other",
    "besucht": "other", "besuchte": "other", "eingetroffen": "other",
    "zustimmen": "other", "abstimmen": "other", "gebilligt": "other", "billigte": "other",
    "verhängt": "other", "verhängte": "other",
    "vereinbart": "other", "vereinbarte": "other", "geeinigt": "meeting", "einigten": "meeting",
    "gewählt": "other", "beschlossen": "other", "beschloss": "other",
    "besuchen": "other", "besichtigen": "other", "besichtigt": "other", "besichtigte": "other",
    "unterzeichnet": "other", "unterzeichnete": "other", "unterzeichneten": "other", "unterzeichnen": "other",
    "geräumt": "other", "räumte": "other", "räumten": "other", "evakuiert": "other", "protestierten": "other",
    "demonstrierten": "other", "streikten": "other", "vereidigt": "other", "abgereist": "other",
    # Meetings, talks and arrivals told with other verbs of the news („sind in Paris zusammengekommen“,
    # „tagte am Montag“, „berieten“)
    "zusammengekommen": "meeting", "zusammengetroffen": "meeting", "tagte": "meeting", "tagten": "meeting",
    "getagt": "meeting", "empfingen": "meeting", "beriet": "talks", "verhandelte": "talks",
    "besprachen": "talks", "landete": "other", "angekommen": "other", "besuchten": "other",
    "unterschrieb": "other", "unterschrieben": "other", "ratifiziert": "other", "ratifizierte": "other",
}
# Verbs that name an occurrence only with a particle right after them (none in German: its particles
# stand at the clause end).
PHRASAL_EVENT_VERBS: dict[str, tuple[str, str]] = {}
# The lead sentence's plural subjects that make an undated verb a meeting.
MEETING_SUBJECTS: tuple[str, ...] = ("regierungschefs", "spitzen", "staatschefs", "delegationen",
                                     "außenminister", "verteidigungsminister", "finanzminister")
# Verbs of travel: the journey is the event even when a meeting is its purpose.
TRAVEL_VERBS: frozenset[str] = frozenset({"reist", "reisen", "reiste", "reisten", "fliegt", "flog", "besucht",
                                          "besuchte", "eingetroffen", "aufbrechen", "bricht", "abgereist"})
# Finite forms of a meeting verb that, with the particle „ein“ closing their clause, say arriving
# („traf am Montagabend in Wien ein“: eintreffen), a trip's end, not a meeting; the particle after them.
ARRIVING_WITH_PARTICLE: tuple[frozenset[str], str] = (
    frozenset({"traf", "trafen", "trifft", "treffen"}),
    r"[^,;.:„“\"]*?\sein\s*(?:[,;.:–—]|$|und\b|sowie\b|aber\b)")
# An undatable event ("im Frühjahr") counts only when expected or planned.
EXPECT_CUES: frozenset[str] = frozenset({"erwartet", "geplant", "vorgesehen", "stattfinden", "angesetzt"})
# Cues that a dated thing lies ahead of, or behind, the time of writing.
# Zukunftswörter, die nach einem Artikel Nomen sind (im Deutschen groß geschrieben: keine).
CUES_AS_NOUNS: frozenset[str] = frozenset()
FUTURE_CUES: frozenset[str] = frozenset({
    "wird", "werden", "soll", "sollen", "sollte", "sollten", "will", "wollen", "plant", "planen", "geplant",
    "vorgesehen",
    # Attributes of a scheduled event: „die für Donnerstag angesetzte Abstimmung“.
    "geplante", "geplanten", "angesetzte", "angesetzten", "vorgesehene", "vorgesehenen", "anberaumte",
    "anberaumten",
    "kündigte", "angekündigt", "erwartet", "kommende", "kommenden", "nächste", "nächsten", "bevorstehenden",
    "künftig", "würden", "stattfinden", "gefolgt", "wäre",
    # Konjunktiv of reported plans: „sagte, er werde am Donnerstag mit X telefonieren“, „teilte mit, der
    # Gipfel finde im Mai statt“
    "werde", "würde", "solle", "wolle", "plane", "finde", "stattfinde", "beginne", "tage",
    # Present tense of event verbs: with a date, German news uses it for what is coming.
    "trifft", "empfängt", "reist", "beginnt", "startet", "tagt", "eröffnet", "besucht", "fliegt",
    "findet", "finden", "berät", "beraten", "stimmt", "wählt", "entscheidet",
    "kommt", "landet", "eintrifft", "teilnimmt", "zusammenkommt", "zusammentritt",
})
PAST_CUES: frozenset[str] = frozenset({
    "hat", "haben", "hatte", "hatten", "war", "waren", "wurde", "wurden", "ist", "sind",
    "zuvor", "vergangenen", "vergangene", "letzten", "gestern", "seit", "seither", "sagte", "trafen",
    "traf", "stand", "standen", "nahmen", "fand", "telefonierte", "bekräftigte", "erklärte",
    "stellte", "sprach", "vereinbarte", "vereinbarten", "leitete", "gebilligt",
    # Weak pasts in "-ste", which the regular rule leaves to superlatives ("nächste", "erste").
    "reiste", "reisten", "abreiste", "abreisten",
    # Strong preterites, which the regular "-te" rule misses: "Die Kammer rief am Freitag … an".
    "rief", "riefen", "gab", "gaben", "kam", "kamen", "ging", "gingen", "hielt", "hielten", "nahm",
    "trat", "traten", "blieb", "blieben", "wies", "bat", "baten", "entschied", "entschieden", "beschloss",
    "lehnte", "stimmte", "stimmten", "verwarf", "unterzeichnete", "unterschrieb", "schrieb", "schrieben",
    "hieß", "hiess", "verwies", "verwiesen",
    # Preterites of modals: „musste … geräumt werden“ is past, its „werden“ only the passive.
    "musste", "mussten", "konnte", "konnten", "durfte", "durften",
    # Perfect of reported speech (Konjunktiv): „Am Donnerstag habe er mit X telefoniert“, „… sei die
    # Ankündigung vom Montag gewesen“ — what was said to have happened, not what is to come.
    "habe", "hätte", "hätten", "gewesen",
})
# Words that say a person took part in the event just described.
PARTICIPATION_CUES: tuple[str, ...] = (
    "anwesend", "nahmen teil", "nahm teil", "teilnahme", "zugeschaltet", "begleitet", "leitete",
    "verhandelte", "unter leitung", "nahmen auch",
    "auch dabei", "mit dabei", "war dabei", "waren dabei", "an diesem gespräch", "an dem treffen",
    "angeführt von", "geleitet von", "an der spitze", "gastgeber", "gastgeberin",
)
# Definite references back to an event already mentioned.
ANAPHORA: dict[str, str] = {
    "das treffen": "meeting", "des treffens": "meeting", "dem treffen": "meeting", "das gespräch": "",
    "dieses gespräch": "", "diesem gespräch": "", "des telefonats": "call", "das telefonat": "call",
    "der sitzung": "meeting", "die sitzung": "meeting", "nach dem treffen": "meeting",
    "des gipfels": "meeting", "beim gipfel": "meeting", "der gespräche": "talks", "die gespräche": "talks",
    "nach gesprächen mit": "", "nach beratungen mit": "",
    # the sides of the talks just told: „Geleitet werden die Delegationen von X und Y“
    "die delegationen": "", "den delegationen": "", "der delegationen": "",
}
# Sentence openers of a contrast: "Doch X kritisierte …" reports an objection, not a participant.
CONTRAST_OPENERS: frozenset[str] = frozenset({"doch", "aber", "dagegen", "kritik", "kritiker"})
# Past speech verbs: who spoke after the lead event most likely took part in it.
SPEECH_PAST: frozenset[str] = frozenset({
    "sagte", "sagten", "erklärte", "betonte", "meinte", "sprach", "warnte", "forderte", "bezeichnete",
    "nannte", "mahnte", "kritisierte", "bekräftigte", "versicherte", "unterstrich", "räumte", "zeigte",
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
# A speaker at or right after the event: "sagte … nach der Sitzung", "zur Eröffnung", "vor den Ministern".
AT_EVENT: str = (r"\b(?:nach|bei|während|zur|zum|auf|vor)\s+(?:de[mnr]|die|das)?\s*(?:\w+\s+){0,3}?"
                 r"(?:sitzung|treffen[s]?|gipfel[s]?|gespräch(?:e|en)?|verhandlungen|beratungen|runde|konferenz|tagung|eröffnung"
                 r"|ministern|teilnehmern|delegierten)\b")
# Plural offices that name a group of heads ("Staats- und Regierungschefs") and the offices it holds.
HEAD_GROUPS: dict[str, tuple[str, ...]] = {
    "regierungschefs": ("kanzler", "kanzlerin", "präsident", "präsidentin", "premierminister",
                        "ministerpräsident", "regierungschef", "regierungschefin"),
    "staatschefs": ("präsident", "präsidentin", "könig", "staatschef"),
}
GROUP_FILLERS: frozenset[str] = frozenset({"die", "der", "den", "des", "und", "sowie", "zwölf", "alle", "beiden"})
# Offices whose holders sit at the table: who speaks after Verhandlungen in such an office took part.
NEGOTIATOR_ROLES: tuple[str, ...] = ("unterhändler", "verhandlungsführer", "delegationsleiter", "delegationschef")
# Roles of commentators, who speak about an event without taking part.
# Spokespeople only announce.
OBSERVER_ROLES: tuple[str, ...] = ("sprecher", "analyst", "expert", "forscher", "wissenschaftler", "politolog",
                                   "ökonom", "professor", "haushaltspolitiker", "opposition",
                                   # who asks the questions of an interview reports it, takes no part
                                   "moderator", "journalist", "reporter", "korrespondent", "interviewer")
# Locative prepositions before a place name.
PLACE_PREPOSITIONS: tuple[str, ...] = ("in", "im", "nach", "aus", "bei")

# A count written as a compound adjective ("die 27-köpfige Kommission"): the word -> the unit counted.
HYPHEN_COUNTS: dict[str, str] = {"köpfige": "Mitglieder", "köpfigen": "Mitglieder", "köpfiger": "Mitglieder",
                                 "köpfiges": "Mitglieder", "staaten": "Staaten", "länder": "Länder"}
# "Eine Milliarde davon": a part of the amount just told.
PART_OF_WORDS: frozenset[str] = frozenset({"davon"})
NUMBER_WORDS: dict[str, int] = {
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
    "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
    "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30,
    "dreissig": 30, "vierzig": 40, "fünfzig": 50, "hundert": 100, "tausend": 1000,
}
SCALES: dict[str, int] = {
    "tausend": 1_000, "tsd": 1_000, "million": 1_000_000, "millionen": 1_000_000, "mio": 1_000_000,
    "milliarde": 1_000_000_000, "milliarden": 1_000_000_000, "mrd": 1_000_000_000,
    "billion": 1_000_000_000_000, "billionen": 1_000_000_000_000,
}
CURRENCIES: dict[str, str] = {
    "euro": "Euro", "eur": "Euro", "€": "Euro", "franken": "Franken", "chf": "Franken", "dollar": "USD",
    "us-dollar": "USD", "$": "USD", "us$": "USD", "c$": "CAD", "ca$": "CAD", "a$": "AUD", "au$": "AUD",
    "nz$": "NZD", "hk$": "HKD", "pfund": "GBP", "£": "GBP", "rubel": "Rubel", "yuan": "Yuan",
    "₹": "INR", "rs": "INR", "rs.": "INR", "rupien": "INR", "ksh": "KES", "₦": "NGN", "naira": "NGN",
    "rm": "MYR", "ringgit": "MYR",
}
PERCENT: dict[str, str] = {"%": "Prozent", "prozent": "Prozent", "prozentpunkte": "Prozentpunkte"}
QUALIFIERS: tuple[str, ...] = (
    "mehr als", "weniger als", "bis zu", "mindestens", "höchstens", "knapp", "fast", "beinahe",
    "etwa", "rund", "ca.", "circa", "über", "unter", "nahezu",
)
# Words before a number that make it part of a name or a label.
NAME_PREFIXES: frozenset[str] = frozenset({
    "artikel", "art.", "absatz", "abs.", "paragraf", "paragraph", "nr.", "nummer", "kapitel", "seite",
    "punkt", "phase", "stufe", "resolution", "level", "band", "platz", "rang", "folge", "teil", "flug",
})
# Großgeschriebene Nomen, die eine Nummer benennen, nicht zählen („Terminal 2“, „Gleis 7“, „Sektor 4“).
NUMBERED_NAMES: frozenset[str] = frozenset({
    "Route", "Terminal", "Gleis", "Block", "Sektor", "Zone", "Lager", "Halle", "Saal", "Tor", "Checkpoint",
    "Kontrollpunkt", "Brigade", "Bataillon", "Einheit", "Bunker", "Turm", "Bahnsteig", "Ausfahrt",
})
# Nouns after a number that make it not a count (ages, durations, ranks).
NOT_COUNTED: frozenset[str] = frozenset({
    "jahre", "jahren", "jahr", "monate", "monaten", "monat", "wochen", "woche", "tage", "tagen", "tag",
    "stunden", "stunde", "minuten", "uhr", "jährige", "jährigen", "mal", "prozentpunkte",
    # fractions ("zwei Drittel der Abgeordneten") are shares, not counts
    "drittel", "viertel", "fünftel", "zehntel", "hälfte",
    # „ein Gespräch unter vier Augen“: an idiom, no count
    "augen",
    # clock times in a zone ("0900 GMT", "14 Uhr MEZ")
    "gmt", "utc", "mez", "mesz", "cet",
    # a briefing's own list („fünf Dinge, die Sie wissen sollten“): points of the text, no count
    "dinge",
})
# Determiners that make a number word refer back ("die drei Länder"), not count anew.
ANAPHORIC_DETERMINERS: frozenset[str] = frozenset({
    "die", "der", "den", "des", "dem", "diese", "dieser", "diesen", "beide", "beiden", "alle", "seine",
    "ihre", "ihrer", "ihren",
})
GENERIC_PEOPLE: frozenset[str] = frozenset({"personen", "leute", "quellen", "insider"})
# Nouns of people taking part: "die vier Minister" is a count, not a reference back.
PARTICIPANT_NOUNS: tuple[str, ...] = ("minister", "ministerinnen", "chefs", "staatschefs", "teilnehmer",
                                      "delegierte", "delegierten", "vertreter", "abgeordnete", "abgeordneten")
# States counted after an article: „die acht Mitgliedstaaten“ (more than three: see ``figures``).
STATE_NOUNS: tuple[str, ...] = ("staaten", "länder", "ländern", "nationen")
# Units written onto the number ("40km").
COMPACT_UNITS: tuple[str, ...] = ("km", "kg", "m", "t", "ha")
# Words that say a repeated value belongs to someone else ("ebenfalls 26 Sitze").
SAME_VALUE_AGAIN: frozenset[str] = frozenset({"ebenfalls", "gleichfalls", "ebenso"})

# Broadcast, publishing and archive stamps: when the item went out, not what it reports.
# A standfirst's format label, a whole sentence that says what sort of piece follows („Ein Überblick.“,
# „Eine Analyse.“, „Die wichtigsten Fragen und Antworten“, „Ein Gespräch über Zölle und …“): the
# paragraph it closes sums up the body, whose sentences tell and date its events; an undated event
# named there is one of those told again (and „Gespräch“ in the label is the interview itself).
FORMAT_LABEL_PATTERNS: tuple[str, ...] = (
    r"^(?:Ein|Eine)\s+(?:Überblick|Analyse|Einordnung|Chronologie|Rückblick|Kommentar|Interview)\s*[.:]?\s*$",
    r"^(?:Die\s+)?(?:wichtigsten\s+)?Fragen\s+und\s+Antworten\s*[.:]?\s*$",
    r"^(?:Ein|Das)\s+(?:Gespräch|Interview)\s+(?:über|mit|zu)\s.*$",
)

# Regular expressions, matched anywhere in a sentence ("Sendung: BR24, 29.10.2023 21:00 Uhr",
# "Diese Nachricht wurde am … im Programm … gesendet", a trailing "| 15.11.2016 23:00 Uhr").
STAMP_PATTERNS: tuple[str, ...] = (
    r"^(?:Sendung|Stand|Veröffentlicht|Aktualisiert|Erstellt|Zuletzt aktualisiert|Erstausstrahlung)\s*(?:am\s*)?:?"
    r"\s.*$",
    r"\b(?:Diese[rs]?|Der|Die|Das)\s+(?:Nachricht|Beitrag|Artikel|Sendung|Text|Meldung)\s+wurde\s+am\b.*?"
    r"\b(?:gesendet|veröffentlicht|ausgestrahlt|aktualisiert|publiziert)\b\.?",
    r"\|\s*\d{1,2}\.\d{1,2}\.\d{2,4}(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*Uhr)?)?",
    r"\b\d{1,2}\.\d{1,2}\.\d{4},?\s+(?:um\s+)?\d{1,2}[:.]\d{2}\s*Uhr\s*$",
    # The interviewer's credit line: „Das Gespräch führte Anna Muster am Dienstag in Berlin.“
    r"^(?:Das|Dieses)\s+(?:Gespräch|Interview)\s+führten?\b.*$",
    # „Dieser Artikel erschien zuerst am 17. März in der Printausgabe“: when the outlet published it
    r"\b(?:Diese[rs]?|Der|Die|Das)\s+(?:Nachricht|Beitrag|Artikel|Text|Meldung|Interview|Kommentar|Gastbeitrag)"
    r"\s+(?:erschien|ist\s+(?:zuerst|erstmals|ursprünglich)\b.*?\berschienen)\b.*$",
    r"^(?:Zuerst|Erstmals)\s+erschienen\b.*$",
    # The publication of legal acts in the official journal: a publishing line, part of the decision
    # („Die Rechtsakte wurden heute im Amtsblatt der EU veröffentlicht“)
    r"^.*\bAmtsblatt\b.*\bveröffentlicht\b.*$",
    # A correction note: what an earlier version said and what is right is about the text, not news
    # („Korrektur: In einer früheren Fassung hieß es, … Richtig ist, dass …“).
    r"^(?:Korrektur|Berichtigung|Richtigstellung|Anmerkung der Redaktion|Hinweis der Redaktion)\s*:.*$",
    r"^In\s+einer\s+(?:früheren|vorherigen|älteren)\s+(?:Fassung|Version)\b.*$",
    r"^Richtig\s+ist\b.*$",
    # A live ticker's label lines: what the page gathers, not news („Die wichtigsten Entwicklungen vom
    # Sonntag im Überblick“, „Alle Zeitangaben in MESZ“, „Dieser Ticker wird laufend aktualisiert“).
    r"^(?:Die\s+)?(?:wichtigsten\s+|neuesten\s+|aktuellen\s+)?(?:Entwicklungen|Ereignisse|Meldungen|Nachrichten)\b"
    r"[^.]*\b(?:im\s+Überblick|zum\s+Nachlesen)\b.*$",
    r"^Alle\s+(?:Zeitangaben|Uhrzeiten)\b.*$",
    r"^(?:Dieser|Der|Unser)\s+(?:Live-?[Tt]icker|Ticker|Liveblog|Newsblog|Newsticker)\s+wird\b.*$",
    # A record's title, a noun and its full date and nothing else („Regierungspressekonferenz vom 3. März
    # 2027“, „Plenarprotokoll vom 12. Mai 2026“): the occasion the transcript is of, not news it reports.
    r"^[A-ZÄÖÜ][\wäöüß-]+(?:\s+[\wäöüß-]+){0,2}\s+vom\s+\d{1,2}\.\s*[A-ZÄÖÜ][a-zäöü]+\.?\s+\d{4}\s*$",
)

# --- undated events: what the text reports without a date expression -------------------------
# Event kinds that make an event of their own without a date: statements and announcements
# count only when dated or the main news (the headline's).
UNDATED_KINDS: frozenset[str] = frozenset({"meeting", "talks", "call", "speech", "other"})
# Event verbs that name an outcome or a part of another event rather than an occurrence of its own.
UNDATED_VERB_SKIP: frozenset[str] = frozenset({
    "geeinigt", "einigten", "vereinbart", "vereinbarte", "vorlegen", "vorstellen",
})
# A verb of meeting that is a meeting only with someone to meet: „sich treffen“, „trifft X mit Y“, a person
# named or a pronoun („trifft ihn“); else it hits or affects („Die Zölle würden kleinere Modelle treffen“).
MEETING_VERBS_NEED_PARTNER: frozenset[str] = frozenset({"treffen", "trifft", "traf", "trafen", "getroffen"})
MEETING_PARTNER_CUES: frozenset[str] = frozenset({
    "sich", "mit", "zusammen", "einander", "aufeinander", "ein", "ihn", "ihm", "ihnen", "uns", "euch", "mich", "dich",
})
# Verbs that name a meeting only with their preposition ("mit Erdogan gesprochen"; "sprach von" is speech).
VERBS_WITH: dict[str, str] = {"gesprochen": "mit", "sprach": "mit", "sprachen": "mit", "spricht": "mit"}
# Words of a plan or an expectation in the verb group: an undated event so told is still to come.
PLAN_CUES: frozenset[str] = frozenset({
    "wird", "werden", "soll", "sollen", "sollte", "sollten", "will", "wollen", "plant", "planen", "geplant",
    "vorgesehen", "erwartet", "dürfte", "dürften", "muss", "müssen", "bevorstehende", "bevorstehenden",
    "angesetzt", "stattfinden", "anschließend", "künftig", "werde", "würde", "würden", "kündigt", "kündigen",
    "kündigte", "kündigten", "voraussichtlich",
})
# An event named after these lies before the one told ("nach seinem Wahlsieg"): it happened.
EARLIER_PREPOSITIONS: frozenset[str] = frozenset({"nach", "seit"})
# Of those, the ones whose event, told in passing in the body, is an earlier one of its own ("since it took
# over the presidency"); "after talks with X" is mostly the event just told.
PASSING_PREPOSITIONS: frozenset[str] = frozenset({"seit", "seitdem"})
# Indefinite articles: with the definite ones, what stands before an attributive participle.
ARTICLES: frozenset[str] = frozenset({"ein", "eine", "einer", "einem", "einen", "eines"})
# A sentence that reports what someone said: the events it names are what they talk about.
REPORTED_CUES: frozenset[str] = SPEECH_PAST | {"hieß", "heißt", "sagt", "erklärt", "teilte", "teilten",
                                               "mitteilte", "mitteilten", "berichtete", "berichteten"}
# A stretch of time spent on it makes a process of it ("verhandelten während neun Monaten", "nach mehr als
# 25 Jahren Verhandlungen"): negotiations in general, no one occurrence (CONVENTIONS §7.4).
DURATIONS: str = (r"(?i)\b(?:während|über|seit|nach)\s+(?:mehr\s+als\s+|fast\s+|rund\s+)?(?:\w+\s+)?"
                  r"(?:Jahren|Monaten|Wochen|Jahre|Monate)\b"
                  # "seit dem Frühjahr", "dauerten … an": a stretch of time, a process
                  r"|\bseit\s+(?:dem|der|den)\s+(?:Frühjahr|Frühling|Sommer|Herbst|Winter|Jahresbeginn|Jahresanfang)\b"
                  r"|\b(?:dauerte|dauerten|gedauert|andauernd|andauerten)\b")
# „verhandelt seit 2019“, „seit langem“: a process since then, no one occurrence — unless the clause
# tells the first time since („erstmals seit 2019 Gespräche geführt“).
PROCESS_SINCE: str = r"\bseit\s+(?:dem\s+Jahr\s+)?(?:\d{4}|langem|jeher)\b"
FIRST_SINCE: frozenset[str] = frozenset({"erstmals", "ersten", "erste", "erster", "erstes"})
# The writer's own conversation, told in the first person outside quotations („Darüber haben wir mit der
# Politikerin X gesprochen“, „Ich habe darüber mit dem Politologen Y gesprochen“): how the article came
# about, no news event.  (Not in a paragraph of an interview's answers, „Lohse: Wir haben …“.)
WRITERS_TALK: str = r"\b(?:ich|wir)\s[^,;:.„“\"]*?\b(?:gesprochen|unterhalten|sprach|sprachen)\b"
# Phrases where an event word names no event ("ist die Rede von").
IDIOMS: tuple[str, ...] = (
    r"(?i)\b(?:ist|war|sei)\s+(?:\w+\s+)?die\s+Rede\b", r"(?i)\bdie\s+Rede\s+(?:ist|war|sei)\b",
    # „von einem … war in einer Stellungnahme die Rede“: „die Rede“ closing a clause of a copula
    r"(?i)\b(?:ist|war|sei|wäre|sind|waren)\s[^.;:!?]{0,120}?\bdie\s+Rede\s*(?=[.,;:!?]|$)",
    r"(?i)\bin\s+der\s+Runde\b", r"(?i)\bzur\s+Wahl\s+(?:stehen|steht|stellen)\b",
    # A definition tells what a word means, not that something happened: "Unter X ist … zu verstehen".
    r"(?i)^\s*unter\b.*\b(?:ist|sind|versteht)\b.*\bzu\s+verstehen\b.*", r"(?i)^.*\bversteht\s+man\b.*",
    r"(?i)^.*\bbezeichnet\s+man\b.*",
    # An interview given to an outlet is a statement (an event only when dated), not a meeting with it:
    # „spricht im Interview mit dieser Zeitung über …“
    r"(?i)\b(?:spricht|sprach|sprechen|sprachen|redet|redete)\s+(?:\w+\s+)?im\s+(?:[\w-]+-)?Interview\s+mit\b",
    # Negotiations as the topic of what is told („Dabei ging es auch um die Verhandlungen über …“):
    # negotiations in general, no occurrence of their own.
    r"(?i)\b(?:ging|geht|gingen|gehen|gehe)\s+es\s+(?:[\wäöüß]+\s+){0,3}?um\s+(?:die|den|das|der)\s+"
    r"(?:[\wäöüß-]+\s+)?(?:[\wäöüß-]*Verhandlungen|[\wäöüß-]*Gespräche)\b",
)
# Words after an event noun that say it did not take place ("Ein Treffen gab es nicht").
NEGATIONS_AFTER: frozenset[str] = frozenset({"nicht", "nie", "niemals"})
VERB_MARKERS: frozenset[str] = frozenset()
# Words that say the event does not take place ("kein Treffen", "ohne Gespräche", "traf … nicht").
NEGATIONS: frozenset[str] = frozenset({"kein", "keine", "keinen", "keinem", "keiner", "keines", "nicht", "nie",
                                       "niemals", "ohne"})
# The Konjunktiv I of a plan in reported speech („Österreich werde der Verlängerung zustimmen“, „X wolle
# Y empfangen, hieß es“): an undated act told only by its verb there is hearsay of an intention, or goes on
# about an event told, not a new event (``undatedwords``); an event noun keeps its event.
REPORTED_PLAN_VERBS: frozenset[str] = frozenset({"werde", "wolle", "solle", "könne"})
# A clause that only asks for, offers, hopes for or weighs an event names no event of its own
# ("drängt auf ein Treffen", "schlug Gespräche vor", "erwägt eine Reise").
INTENT_CUES: frozenset[str] = frozenset({
    "fordert", "fordern", "forderte", "forderten", "drängt", "drängen", "dränge", "drängte", "verlangt",
    "verlangte", "wünscht", "wünschte", "möchte", "möchten", "vorgeschlagen", "schlug", "schlägt", "angeboten",
    "bot", "bietet", "erwogen", "erwägt", "erwägen", "hofft", "hoffen", "hoffte", "hoffe", "wenn", "falls", "sofern",
    "regelmäßig", "regelmäßige", "regelmäßigen", "immer", "jährlich", "jährliche", "jährlichen",
    "bereit", "anbieten", "gefordert", "verlangen", "möglich", "mögliche", "möglichen", "möglicher",
    "möglichst", "eventuell", "notwendigkeit", "bedarf", "nötig", "notwendig", "wäre", "wären", "ermächtigt",
    "laufende", "laufenden", "andauernde", "andauernden",  # a process under way, not one occurrence
    "wollte", "wollten",  # an intention of the past: whether it happened, the sentence does not say
    "traditionell", "üblicherweise", "gewöhnlich", "oft", "häufig", "meist", "meistens", "normalerweise",
    "alljährlich", "stets", "jeden", "jedes",  # "tagt jeden Dienstag", „trifft sich jedes Jahr“
    "könnte", "könnten",  # a possibility, without a date: speculation, no event told
    "forderung", "forderungen",  # „mit seiner Forderung nach Verhandlungen“: only demanded
})
# Determiners before a bare event noun that point back to an event already told ("das Treffen").
DEFINITE: frozenset[str] = frozenset({"der", "die", "das", "des", "dem", "den", "diese", "dieses", "diesem",
                                      "dieser", "beim", "zum", "zur", "vom", "im", "sein", "seine", "seiner",
                                      "seinem", "seinen", "seines", "ihr", "ihre", "ihrer", "ihrem", "ihren",
                                      "ihres"})
# Adjectives that set an occurrence apart from the one told („die nächste Runde“, „das erste Treffen“,
# „der geplante Gipfel“): a definite noun with one of them may be another event (stems, any ending).
OTHER_OCCURRENCE_STEMS: tuple[str, ...] = (
    "nächst", "letzt", "erst", "zweit", "dritt", "viert", "neu", "geplant", "bevorstehend", "kommend", "anstehend",
    "früher", "vorig", "vorherig", "vergangen", "weiter", "folgend", "künftig", "ander", "jüngst", "vorgesehen",
)
# "bevor die beiden Gespräche aufnahmen": a group already told of; its event is one told just before
# ("sie" alone may be one woman, so it does not count).
GROUP_PRONOUNS: frozenset[str] = frozenset({"beide", "beiden"})
# "in seiner Eröffnungsrede": an event owned by someone already told of is one of that person's events.
POSSESSIVES: frozenset[str] = frozenset({"sein", "seine", "seiner", "seinem", "seinen", "seines", "ihr", "ihre",
                                         "ihrer", "ihrem", "ihren", "ihres"})
# Verbs that govern an infinitive at the end of their clause („wird … halten“, „soll … beraten“):
# a form in -en after one of them is that infinitive, not a past plural.
INFINITIVE_GOVERNORS: frozenset[str] = frozenset({
    "wird", "werden", "werde", "würde", "würden", "soll", "sollen", "solle", "sollte", "sollten", "will",
    "wollen", "wolle", "muss", "müssen", "kann", "können", "könnte", "könnten", "dürfte", "dürften", "möchte",
    "möchten",
})
# Words that open what a verb of saying reports (a date after them is the reported event's).
CONTENT_AFTER_SAYING: frozenset[str] = frozenset({"dass", "werde", "würde", "wolle", "solle", "plane", "wird"})
# Who is said not to take part: a name in a clause with one of these drops out of the event.
ABSENCE_CUES: tuple[str, ...] = (
    "nicht anwesend", "nicht dabei", "nicht teil", "blieb dem", "blieben dem", "blieb der", "blieben der",
    "fern", "abwesend", "sagte ab", "sagten ab", "abgesagt", "nicht eingeladen", "nicht vertreten",
    "weder", "fehlte", "fehlten",
    # (the separable verb joined in a subordinate clause or the perfect: "…, der dem Treffen fernblieb")
    "fernblieb", "fernblieben", "fernbleibt", "fernbleiben", "ferngeblieben",
)
# The same as patterns, for words between ("nahm nicht an dem Treffen teil", "sagte seine Teilnahme ab").
ABSENCE_CUE_PATTERNS: tuple[str, ...] = (
    # (also the joined verb: „hatte an dem Treffen nicht teilgenommen“, „wird nicht teilnehmen“)
    r"\b(?:nicht|kein\w*)\s+(?:[\wäöüß-]+\s+){0,5}?(?:teil(?:genommen|nehmen|nimmt|nahmen?)?|dabei|anwesend"
    r"|vertreten|zugegen)\b",
    r"\bsagten?\s+(?:[\wäöüß-]+\s+){0,4}?ab\b",
    # „haben eine Teilnahme abgelehnt“, „lehnte die Einladung ab“: who refuses to come stays away
    r"\b(?:teilnahme|einladung)\s+(?:[\wäöüß-]+\s+){0,2}?(?:abgelehnt|ausgeschlagen|verweigert)\b",
    r"\blehnten?\s+(?:[\wäöüß-]+\s+){0,3}?(?:teilnahme|einladung)\s+(?:[\wäöüß-]+\s+){0,3}?ab\b",
)
# "tagte ohne die USA": wen ein Ereignis ohne ihn stattfinden lässt, der nimmt nicht teil.
ABSENT_PATTERNS: tuple[str, ...] = (
    # (also a list: „ohne die Ukraine und die Europäer“)
    r"\b(?:ohne|außer|ausgenommen)\s+(?:die\s+|den\s+|der\s+|das\s+|dem\s+)?[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*)*"
    r"(?:(?:\s*,\s*|\s+(?:und|oder|noch)\s+)(?:die\s+|den\s+|der\s+|das\s+|dem\s+)?[A-ZÄÖÜ][\w.-]*"
    r"(?:\s+[A-ZÄÖÜ][\w.-]*)*)*",
    # "trotz der Abwesenheit der USA", "das Fernbleiben Russlands": whose absence is told is absent.
    r"\b(?:Abwesenheit|Fernbleiben|Fehlen)\s+(?:(?:des|der|von|dem)\s+)?[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*)*",
)
# "laut Medienberichten vom Montag": a date in a phrase of attribution (no verb between) dates the
# report, not the event the sentence tells; the text before the date must match this.
ATTRIBUTION_BEFORE_DATE = r"\b[Ll]aut\s+(?:[\wÄÖÜäöüß.-]+\s+){1,4}vom\s+$"
# „stellte die Frage, wie ernst es der Regierung ist“: wen eine indirekte Frage betrifft, der nimmt nicht teil.
QUESTION_PATTERNS: tuple[str, ...] = (
    r"\b(?:Frage|fragte|fragten|fragt|fragen)\s*,\s*(?:wie|ob|warum|weshalb|wieso|inwiefern)\b[^.;]*",
)
# "wie das Außenamt am Mittwoch mitteilte": a clause of reporting; its date dates the report.
REPORT_OPENERS: frozenset[str] = frozenset({"wie", "so"})
REPORT_VERBS: frozenset[str] = frozenset({
    "mitteilte", "mitteilten", "sagte", "sagten", "erklärte", "erklärten", "bekanntgab", "bekanntgaben",
    "berichtete", "berichteten", "ankündigte", "ankündigten", "bestätigte", "bestätigten", "verlautete",
})
# Who only reports an event is no party to it: "nach Angaben der Bundesregierung", "laut Kreml",
# "wie das Außenamt mitteilte", "Regierungssprecher X sagte".
SOURCE_PATTERNS: tuple[str, ...] = (
    r"\bnach\s+Angaben\s+(?:de[rs]|von)\s+(?:[a-zäöü][\w-]*\s+)*[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){0,2}",
    r"\blaut\s+(?:[a-zäöü][\w-]*\s+)*[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){0,2}",
    r"\b(?:de[rnm]|des)\s+[^,;.]{0,60}?\s+zufolge\b",
    r"\b[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){0,2}\s+zufolge\b",  # „Rauchenberger zufolge“: a name, no article
    r"\bwie\s+[^,;]*?\b(?:mitteilte|mitteilten|sagte|sagten|berichtete|berichteten|erklärte|erklärten|bekanntgab"
    r"|hieß|hiess|verlautete)\b",
    # „hieß es aus dem Auswärtigen Amt“, „verlautete aus Diplomatenkreisen“: who reports, not who takes part
    r"\b(?:hieß|hiess|heißt|heisst|verlautete)\s+es\s+(?:aus|in|im|bei|vom|von)\s+[^,;.]*",
)
# "die Verträge mit der Schweiz", "ein Abkommen zwischen Japan und Korea": die Parteien eines Abkommens,
# das der Satz nur nennt, nehmen an seinem Ereignis nicht teil ("veröffentlichte die Verträge").
DEAL_PARTY_PATTERNS: tuple[str, ...] = (
    r"\b\w*(?:[Aa]bkommens?|[Vv]ertrag|[Vv]ertrags|[Vv]erträge[n]?|[Vv]ereinbarung(?:en)?|[Dd]eals?)\s+"
    r"(?:zwischen|mit)\s+(?:(?:der|dem|den|die|des|und|sowie|[A-ZÄÖÜ][\w.'’-]*)(?:\s*,\s*|\s+|(?=[.;:!?)]|$)))+",
)
# Außer das Ereignis ist die Unterzeichnung: dann unterzeichnen die Parteien.
SIGNING_WORDS: tuple[str, ...] = ("unterzeichn", "unterschrieb", "unterschreib", "paraphier")
# "reist nach Rom zu Gesprächen mit X": wen eine Reise zum Ziel hat, trifft der Reisende erst dort.
PURPOSE_PATTERNS: tuple[str, ...] = (
    r"\bzu\s+(?:einem\s+|einer\s+|den\s+)?(?:[\w-]+\s+){0,2}(?:Gespräch\w*|Treffen|Gipfel\w*|Verhandlung\w*"
    r"|Beratung\w*|Konsultation\w*)\s+mit\b[^,;.]*",
)
# "…, deren Aufbau von Deutschland gefördert wurde", "…, die X mit Y führte": ein Relativsatz erzählt
# von einem Namen des Hauptsatzes; wen er nennt, nimmt am Ereignis des Hauptsatzes nicht teil.
# Er endet mit seinem Verb (klein geschrieben), vor Komma oder Satzende.
RELATIVE_CLAUSE: str = (r",\s+(?:(?:mit|von|in|an|auf|bei|für|über|zu|nach|aus|unter|durch|gegen|um)\s+)?"
                        r"(?:der|die|das|dem|den|deren|dessen|denen|welche[rsmn]?)\s+[^,;:–—]*?\s[a-zäöüß]+"
                        r"(?=\s*(?:[,;:–—.!?]|$))")
# Wörter, die einen Nebensatz eröffnen: ein Ereignis nur dort ("die am Samstag unterzeichnet werden
# soll", "bevor sie am Donnerstag verhandelten") ist Hintergrund, eine Vermutung.
SUBORDINATORS: frozenset[str] = frozenset({
    "der", "die", "das", "dem", "den", "deren", "dessen", "welche", "welcher", "welches", "als", "nachdem",
    "bevor", "weil", "da", "obwohl", "während", "wenn", "falls", "seit", "seitdem",
})
# Verbs that judge an event from outside: "Die OSZE begrüßte die Gespräche" comments on them.
JUDGING_VERBS: frozenset[str] = frozenset({
    "begrüßte", "begrüßten", "begrüsste", "begrüssten", "lobte", "lobten", "kritisierte", "kritisierten",
    "verurteilte", "verurteilten", "bedauerte", "bedauerten", "würdigte", "würdigten",
})
# "ein Stillstand, der am Freitag hätte eintreten können": was nicht geschah, hat kein eigenes Datum.
COUNTERFACTUAL: str = r"\b(?:hätte|hätten|wäre|wären)\b[^,;:]*\b(?:können|sollen|müssen)\b"
# "trafen sich am Rande des G20-Gipfels": der Gipfel ist der Anlass eines eigenen Treffens, wer ihn
# ausrichtet, nimmt an diesem nicht teil.
# Only the occasion's noun phrase ("des zweitägigen Nato-Gipfels", "des Treffens der EU-Außenminister"):
# who is named after it ("… sprach Merz mit Macron") meets on the side.
OCCASION_PATTERNS: tuple[str, ...] = (
    r"\b[Aa]m\s+Rande\s+(?:des|der|von|eines|einer)\s+(?:[a-zäöüß][\wäöüß-]*\s+){0,3}[A-ZÄÖÜ][\wÄÖÜäöüß-]*"
    r"(?:\s+(?:der|des)\s+(?:[a-zäöüß][\wäöüß-]*\s+){0,2}[A-ZÄÖÜ][\wÄÖÜäöüß-]*)?",
)
# Zeitliche Konjunktionen: "…, bevor der Rat am Montag tagt" — Datum und Ereignis gehören dem Nebensatz.
TEMPORAL_SUBORDINATORS: frozenset[str] = frozenset({"bevor", "nachdem", "bis", "sobald", "als", "wenn"})

# --- events called off: a date the event no longer has ------------------------------------------
# "Das Treffen wurde abgesagt", "sagte die Reise ab", "wurde verschoben": what was to happen then
# does not.  Matched on the lower-cased clause.
CALLED_OFF: str = (r"\b(?:abgesagt|absagen|abgeblasen|gestrichen|geplatzt|fällt\s+aus|fiel\s+aus|ausgefallen"
                   r"|storniert|(?:findet|finden|fand|fanden)\s+nicht\s+statt|nicht\s+stattfinden|vom\s+tisch)\b"
                   # „findet nicht wie vorgesehen statt“: not on the day planned (postponed, not cancelled)
                   r"|\b(?:findet|finden|fand|fanden)\b[^,;.]{0,60}?\bnicht\s+wie\s+(?:geplant|vorgesehen)\s+statt\b"
                   r"|\bsag(?:t|te|ten|en)\b[^,;.]*\sab\s*(?:[,;.]|$)"
                   # postponed, in the passive: "wurde … verschoben" (an actor who postpones on a day acts then)
                   # (a day's ordinal stop does not end the clause: „wurde auf den 3. Juni verschoben“)
                   r"|\b(?:wurde|wurden|wird|werden|worden|ist|sind|sei|seien)\b(?:[^,;.]|(?<=\d)\.)*\b(?:verschoben"
                   r"|vertagt|aufgeschoben)\b")
# The verb that calls an event off, and where a date stands when it is the day of calling it off: first in
# the clause before the finite verb („Am Montag sagte X den Termin ab“) or inside the verb bracket („wurde am
# Montag abgesagt“); not after an event noun („das Treffen am Montag wurde abgesagt“).
CALLED_OFF_VERB: str = (r"\b(?:abgesagt|abgeblasen|gestrichen|storniert|verschoben|vertagt)\b"
                        r"|\bsag(?:t|te|ten)\b(?=[^,;.]*\sab\s*(?:[,;.]|$))")
CALLED_OFF_THEN: str = r"(?!)"  # (German puts the day before the participle)
_FINITE = r"(?:wurde|wurden|hat|hatte|haben|hatten|ist|war)"
CALLED_OFF_FRAMES: tuple[tuple[str, str], ...] = (
    (r"\s*(?:am|an)?\s*", rf"\s*(?:{_FINITE}\b[^,;.]*)?"),  # before the date, after it up to the verb
    (rf".*\b{_FINITE}\s+(?:[\wäöüß-]+\s+)?(?:am|an)?\s*", r"(?:\s+[\wäöüß-]+){0,3}\s+"),
)
# Only a hard cancellation: a postponed event still takes place, later (undated, planned).
CANCELLED: str = (r"\b(?:abgesagt|absagen|abgeblasen|gestrichen|geplatzt|platzte|platzten|fällt\s+aus|fiel\s+aus"
                  r"|ausgefallen|storniert|nicht\s+zustande|vom\s+tisch"
                  r"|(?:findet|finden|fand|fanden)\s+nicht\s+statt|nicht\s+stattfinden)\b")
# The plan as it was before it changed: "Ursprünglich hatte der Besuch im Januar stattfinden sollen",
# "sollte eigentlich am Freitag beginnen".
ORIGINAL_PLAN: str = (r"\b(?:ursprünglich|eigentlich|zunächst)\b[^,;]*\b(?:sollte|sollten|sollen|war|waren"
                      r"|geplant(?:e[nmrs]?)?|vorgesehen(?:e[nmrs]?)?|angesetzt(?:e[nmrs]?)?)\b"
                      r"|\b(?:sollte|sollten|war|waren|wollte|wollten)\b[^,;]*\b(?:ursprünglich|eigentlich)\b"
                      r"|\bhatten?\b[^,;]*\bsollen\b")
# The sentence after a first plan that gives the plan now: „Das Treffen ist nun für Juli geplant.“
PLAN_NOW: str = (r"\b(?:nun|jetzt|inzwischen|stattdessen|neu)\b[^.;]*\b(?:geplant|vorgesehen|angesetzt|terminiert"
                 r"|soll|sollen|verschoben|verlegt)\b")
# A plan told in the pluperfect, which says it no longer holds: „war für Oktober angesetzt gewesen“.
PAST_PLAN: str = r"\b(?:war|waren)\b[^,;.]*\b(?:angesetzt|geplant|vorgesehen|terminiert|anberaumt)\s+gewesen\b"
# A clause that turns against what was told before it ("…, er wurde aber verschoben").
CONTRAST: str = r"\b(?:aber|doch|jedoch|allerdings|dann\s+aber)\b"
# Before the new date of a postponed event ("auf Freitag verschoben", "auf den 12. März vertagt").
NEW_DATE_PREPOSITIONS: frozenset[str] = frozenset({"auf"})
# A clock time without a day ("um 16.00 Uhr", "gegen 10 Uhr"): a time of the day told (§7), the day of
# the event told before it or, first in the article, the day of writing.
# A day of the month named alone (see en_time): not read in German („am 22.“ mostly stands before a month).
DAY_OF_MONTH: str | None = None
CLOCK_TIMES: tuple[str, ...] = (r"\b(?:[Uu]m|[Gg]egen|[Aa]b)\s+\d{1,2}(?:[.:]\d{2})?\s*Uhr\b",)
# Postponed, in any form (headlines drop the auxiliary: "Gespräche vertagt"): the event is still to come.
POSTPONED: str = r"\b(?:verschoben|verschiebt|vertagt|aufgeschoben)\b"
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
# Before an event noun, a process under way, not one occurrence ("laufende Gespräche", "ongoing talks").
PROCESS_WORDS: tuple[str, ...] = ("laufende", "laufenden", "laufender", "andauernde", "andauernden",
                                  "fortdauernde", "fortdauernden")

# --- Äußerungen ohne genannten Sprecher ---------------------------------------------------------------
# „ein Sprecher sagte am Dienstag“, „aus Regierungskreisen hieß es“, „verlautete aus Diplomatenkreisen“:
# eine Äußerung, deren Urheber der Text nicht nennt, ist kein eigenes Ereignis, auch wenn sie datiert
# ist — sie berichtet die Nachricht, statt sie zu machen.  Geprüft im Satzteil des Sprechverbs.
UNNAMED_SPEAKER_PATTERNS: tuple[str, ...] = (
    r"(?i)\b(?:ein|eine|einer|einem|zwei|drei|mehrere|einige|andere)\s+(?:[\wäöüß-]+\s+){0,3}?(?:[\wäöüß]+-)?(?:sprecher(?:in)?"
    r"|diplomat(?:in|en)?|beamter|beamte|beamtin|beamten|insider(?:in)?|mitarbeiter(?:in)?|vertreter(?:in)?"
    r"|regierungsvertreter(?:in)?|berater(?:in)?|quellen?|abgeordnete[rn]?)\b",
    r"(?i)\b[\wäöüß-]*kreisen\b",
    r"(?i)\bhieß\s+es\b",
    r"(?i)\bhiess\s+es\b",
    r"(?i)\bverlautete\b",
    r"(?i)\bnicht\s+namentlich\s+genannt",
)

# „kein Treffen geplant“, „keine neuen Gespräche“: ein verneintes Ereignisnomen nennt kein Ereignis.
NEGATING_DETERMINERS: frozenset[str] = frozenset({"kein", "keine", "keinen", "keinem", "keiner", "keines"})

# Was nur ein Medium berichtet („meldete das Staatsfernsehen am Donnerstag“): das Medium ist eine Quelle,
# sein Bericht kein Ereignis (CONVENTIONS §7, §10).
MEDIA_REPORT_WORDS: frozenset[str] = frozenset({
    "berichtete", "berichteten", "berichtet", "meldete", "meldeten", "meldet", "berichten", "berichtes", "bericht",
    "berichts",
})
# Eine Statistik-Veröffentlichung („wie am Dienstag veröffentlichte Daten zeigten“): das Datum ist das
# der Zahlen, die einen Stand melden, kein Ereignis.  Wörter für Zahlen und Verben, die sie veröffentlichen.
STATISTICS_NOUNS: frozenset[str] = frozenset({"daten", "zahlen", "statistik", "statistiken", "umfrage",
                                              "erhebung", "schätzung", "schätzungen", "index"})
STATISTICS_VERBS: frozenset[str] = frozenset({"zeigten", "zeigen", "zeigt", "zeigte", "veröffentlichten",
                                              "veröffentlichte", "hervorging", "hervorgeht", "ergab", "ergaben"})

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

# --- die Äußerung der Schlagzeile: die Hauptnachricht (CONVENTIONS §7.2) -----------------------------
# Verben des Sagens im Präsens, mit denen eine Schlagzeile berichtet („Merz warnt vor …“, „Schneider
# kündigt … an“): die Äußerung, die der Text erzählt, ist die Hauptnachricht und ein Ereignis.
# Finite verbs of a stance or saying in the lead sentence („X hält den Entwurf für …“, „X lehnt … ab“,
# „X hat … gewarnt“): the lead's statement of the headline's person is main news (CONVENTIONS §7.2).
LEAD_STANCE_VERBS: frozenset[str] = frozenset({
    "hält", "sieht", "nennt", "bezeichnet", "warnt", "fordert", "kritisiert", "lehnt", "weist", "verlangt",
    "mahnt", "betont", "bekräftigt", "verteidigt", "begrüßt", "begrüsst", "verurteilt", "beklagt", "pocht",
    "gewarnt", "gefordert", "abgelehnt", "zurückgewiesen",
    "ausgeschlossen", "schließt", "schliesst",
})
HEADLINE_SPEECH_VERBS: frozenset[str] = frozenset({
    "sagt", "warnt", "fordert", "kritisiert", "verlangt", "droht", "mahnt", "lehnt", "weist", "kündigt",
    "verspricht", "bekräftigt", "betont", "wirft", "appelliert", "dringt", "beharrt", "sichert", "bestätigt",
    "dementiert", "begrüßt", "begrüsst", "verteidigt", "erklärt", "schließt", "schliesst", "stellt", "spricht",
    "ruft", "drängt", "pocht", "beklagt", "verurteilt", "räumt", "zeigt", "schlägt", "präsentiert",
})

# Äußerungen, die nicht gemacht wurden: „wollte sich am Dienstag nicht äußern“, „ließ eine Anfrage unbeantwortet“.
NO_COMMENT_PATTERNS: tuple[str, ...] = (
    r"(?i)\b(?:wollte|wollten|will|wolle)\s+sich\b[^,;.]*\bnicht\b[^,;.]*\b(?:äußern|äussern|dazu\s+sagen)\b",
    r"(?i)\bnicht\s+(?:dazu\s+)?(?:äußern|äussern|geäußert|geäussert|kommentieren|kommentiert)\b",
    r"(?i)\b(?:ließ|liess|ließen|liessen)\b[^,;.]*\b(?:unbeantwortet|offen)\b",
    r"(?i)\b(?:keine|kein)\s+(?:Stellungnahme|Kommentar|Antwort)\b",
    r"(?i)\b(?:war|waren)\s+(?:zunächst\s+)?nicht\s+(?:zu\s+erreichen|erreichbar)\b",
)

# Verbs that arrange an event for later: „vereinbarten einen Gipfel am 5. Juni“ — the event named right
# before its date is still to come, whatever the tense of the verb that arranged it.
ARRANGE_VERBS: frozenset[str] = frozenset({
    "vereinbart", "vereinbarte", "vereinbarten", "verabredet", "verabredeten", "beschlossen", "beschloss",
    "angekündigt", "kündigten", "kündigte", "angesetzt", "anberaumt", "einberufen", "beriefen", "berief",
})

# A sentence about a vote reads "68-32" as the votes for and against.
VOTE_WORDS: frozenset[str] = frozenset({"stimmen", "stimmten", "abstimmung", "votum", "gewählt", "angenommen"})
VOTE_UNIT = "Stimmen"
# A number by a date is a level or a count (no event) with one of these in its clause: a verb of change,
# or a passive count ("1.700 Anträge wurden gestellt").
LEVEL_VERBS: frozenset[str] = frozenset({
    "stieg", "stiegen", "sank", "sanken", "fiel", "fielen", "kletterte", "wuchs", "schrumpfte", "gestiegen",
    "gesunken", "gefallen", "gestellt", "registriert", "gezählt",
    # what a figure is to do („Der Preis soll am Mittwoch auf 60 Dollar sinken“): a level to come
    "steigen", "steigt", "sinken", "sinkt", "fallen", "fällt", "klettern", "klettert", "wachsen", "wächst",
    "schrumpfen", "schrumpft",
})

# Verbs of receiving a guest that need a named guest after them to tell a meeting (English only: German
# „empfing“ names the meeting by itself).
GUEST_VERBS: frozenset[str] = frozenset()

# The group that does an event named by a pronoun or "the two sides" (``eventgroups``): its parties are
# those of the event told just before.
GROUP_SUBJECT: str = (
    r"(?:^|[.;:,]\s+|\b(?:und|aber)\s+)(?:[Bb]eide Seiten|Sie(?=\s+\w+en\b)"
    r"|[Dd]ie beiden(?:\s+(?:Seiten|Länder|Staaten|Politiker|Minister|Delegationen|Regierungen|Staatschefs))?)\b"
)
# A plural „sie“ as the subject of a sentence's first clause: before a plural verb („Sie verabschiedeten“)
# or after one, when a time opens the clause („Am Freitag verabschiedeten sie …“) (``eventagain``: the
# lead's group goes on).  Not „die beiden …“: that may name another pair.
GROUP_PRONOUN_SUBJECT: str = r"^(?:Sie\s+\w+en\b|[^,]{0,40}?\b\w+en\s+sie\b)"
# A particle of going on, written together with an event verb („weiterverhandeln“, „weiterberaten“): the
# verb names the same sort of event (``eventdraft.find_triggers``).
GOING_ON_PREFIXES: tuple[str, ...] = ("weiter",)
# A meeting told as the continuation of one before ("will meet again", „erneut treffen“) (``eventgroups``).
CONTINUATION: str = r"(?i)\b(?:erneut|wieder|weiter\w*|nächste[n]? Runde|fortsetzen|fortgesetzt|Folgetreffen)\b"
