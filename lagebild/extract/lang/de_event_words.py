"""German words that name an event: event nouns and verbs and their kinds, trips, and headline verbs of saying."""

from __future__ import annotations

# Nouns of a trip or visit (end of a word): a dated one is what the days of a trip count from.
# Leaving or reaching a place, not a trip of its own ("bei seiner Abreise"): a time reference (§7).
DEPARTURE_NOUNS: tuple[str, ...] = ("abreise", "anreise", "ausreise", "einreise", "weiterreise")
TRIP_NOUNS: tuple[str, ...] = ("reise", "besuch", "staatsbesuch", "visite")

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

VERB_MARKERS: frozenset[str] = frozenset()

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

# Verbs of receiving a guest that need a named guest after them to tell a meeting (English only: German
# „empfing“ names the meeting by itself).
GUEST_VERBS: frozenset[str] = frozenset()

# A particle of going on, written together with an event verb („weiterverhandeln“, „weiterberaten“): the
# verb names the same sort of event (``eventdraft.find_triggers``).
GOING_ON_PREFIXES: tuple[str, ...] = ("weiter",)
