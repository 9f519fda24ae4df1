"""German cues of tense and mood in the verb group: future, past, plan, and past forms the regular rules miss."""

from __future__ import annotations

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

# Words of a plan or an expectation in the verb group: an undated event so told is still to come.
PLAN_CUES: frozenset[str] = frozenset({
    "wird", "werden", "soll", "sollen", "sollte", "sollten", "will", "wollen", "plant", "planen", "geplant",
    "vorgesehen", "erwartet", "dürfte", "dürften", "muss", "müssen", "bevorstehende", "bevorstehenden",
    "angesetzt", "stattfinden", "anschließend", "künftig", "werde", "würde", "würden", "kündigt", "kündigen",
    "kündigte", "kündigten", "voraussichtlich",
})

# The Konjunktiv I of a plan in reported speech („Österreich werde der Verlängerung zustimmen“, „X wolle
# Y empfangen, hieß es“): an undated act told only by its verb there is hearsay of an intention, or goes on
# about an event told, not a new event (``undatedwords``); an event noun keeps its event.
REPORTED_PLAN_VERBS: frozenset[str] = frozenset({"werde", "wolle", "solle", "könne"})

# Verbs that govern an infinitive at the end of their clause („wird … halten“, „soll … beraten“):
# a form in -en after one of them is that infinitive, not a past plural.
INFINITIVE_GOVERNORS: frozenset[str] = frozenset({
    "wird", "werden", "werde", "würde", "würden", "soll", "sollen", "solle", "sollte", "sollten", "will",
    "wollen", "wolle", "muss", "müssen", "kann", "können", "könnte", "könnten", "dürfte", "dürften", "möchte",
    "möchten",
})

# "ein Stillstand, der am Freitag hätte eintreten können": was nicht geschah, hat kein eigenes Datum.
COUNTERFACTUAL: str = r"\b(?:hätte|hätten|wäre|wären)\b[^,;:]*\b(?:können|sollen|müssen)\b"
