"""German words of what names no event of its own: negation, intent, habit, process, idiom, unnamed sources."""

from __future__ import annotations

from lagebild.extract.lang.de_event_parties import SPEECH_PAST

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

# Words that say the event does not take place ("kein Treffen", "ohne Gespräche", "traf … nicht").
NEGATIONS: frozenset[str] = frozenset({"kein", "keine", "keinen", "keinem", "keiner", "keines", "nicht", "nie",
                                       "niemals", "ohne"})

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

# Verbs that judge an event from outside: "Die OSZE begrüßte die Gespräche" comments on them.
JUDGING_VERBS: frozenset[str] = frozenset({
    "begrüßte", "begrüßten", "begrüsste", "begrüssten", "lobte", "lobten", "kritisierte", "kritisierten",
    "verurteilte", "verurteilten", "bedauerte", "bedauerten", "würdigte", "würdigten",
})

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

# Äußerungen, die nicht gemacht wurden: „wollte sich am Dienstag nicht äußern“, „ließ eine Anfrage unbeantwortet“.
NO_COMMENT_PATTERNS: tuple[str, ...] = (
    r"(?i)\b(?:wollte|wollten|will|wolle)\s+sich\b[^,;.]*\bnicht\b[^,;.]*\b(?:äußern|äussern|dazu\s+sagen)\b",
    r"(?i)\bnicht\s+(?:dazu\s+)?(?:äußern|äussern|geäußert|geäussert|kommentieren|kommentiert)\b",
    r"(?i)\b(?:ließ|liess|ließen|liessen)\b[^,;.]*\b(?:unbeantwortet|offen)\b",
    r"(?i)\b(?:keine|kein)\s+(?:Stellungnahme|Kommentar|Antwort)\b",
    r"(?i)\b(?:war|waren)\s+(?:zunächst\s+)?nicht\s+(?:zu\s+erreichen|erreichbar)\b",
)
