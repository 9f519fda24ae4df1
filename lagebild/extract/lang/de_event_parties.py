"""German words of who takes part in an event, and who only reports, observes, is named in passing or stays away."""

from __future__ import annotations

# Words that say a person took part in the event just described.
PARTICIPATION_CUES: tuple[str, ...] = (
    "anwesend", "nahmen teil", "nahm teil", "teilnahme", "zugeschaltet", "begleitet", "leitete",
    "verhandelte", "unter leitung", "nahmen auch",
    "auch dabei", "mit dabei", "war dabei", "waren dabei", "an diesem gespräch", "an dem treffen",
    "angeführt von", "geleitet von", "an der spitze", "gastgeber", "gastgeberin",
)

# Sentence openers of a contrast: "Doch X kritisierte …" reports an objection, not a participant.
CONTRAST_OPENERS: frozenset[str] = frozenset({"doch", "aber", "dagegen", "kritik", "kritiker"})
# Past speech verbs: who spoke after the lead event most likely took part in it.
SPEECH_PAST: frozenset[str] = frozenset({
    "sagte", "sagten", "erklärte", "betonte", "meinte", "sprach", "warnte", "forderte", "bezeichnete",
    "nannte", "mahnte", "kritisierte", "bekräftigte", "versicherte", "unterstrich", "räumte", "zeigte",
})

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
