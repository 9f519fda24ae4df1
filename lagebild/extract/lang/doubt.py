"""Words of events a sentence does not tell as happening: asked about, demanded, habitual,
conditional or repeated (data only, per language; ``eventdoubt`` reads it).

Each pattern marks the stretch of a sentence whose events are not told as facts; an event
word or a date inside it makes no event (CONVENTIONS §7: a meeting someone only demands,
proposes or names as a topic, repeated or habitual acts, and what is only asked about are
not events).
"""

from __future__ import annotations

# An indirect question: what follows "ob"/"whether" (or "wann"/"when" after "unklar",
# "did not say") up to the end of the clause group is asked about, not told.
# („Ob das Treffen am Freitag stattfindet, ist offen“, "It is unclear when the talks resume").
QUESTION_SCOPES: dict[str, tuple[str, ...]] = {
    "de": (
        r"(?<!als )\b[Oo]b\b[^.;]*",
        r"^(?:Wann|Wo|Wie)\b[^,]*,\s*(?:ist|bleibt|war|blieb|scheint)\s+(?:noch\s+|weiter\s+|bislang\s+|"
        r"derzeit\s+|völlig\s+)?(?:offen|unklar|ungewiss|fraglich|unbekannt|nicht\s+klar|nicht\s+bekannt)",
        r"\b(?:offen|unklar|ungewiss|fraglich|unbekannt|nicht\s+klar|nicht\s+bekannt|nicht\s+fest|abzuwarten|"
        r"nicht\s+sagen|nicht\s+mitteilen)\b[^.;]{0,30}?\b(?:wann|wo|wie)\b[^.;]*",
        # „Auf die Frage nach einem Treffen der beiden, …“: what a question was about, up to its comma
        r"\b(?:[Aa]uf\s+die\s+Frage\s+nach|[Gg]efragt\s+nach|[Aa]uf\s+Nachfrage\s+zu)\b[^,;.]*",
    ),
    "en": (
        r"\bwhether\b[^.;]*",
        r"\b(?:unclear|uncertain|not\s+clear|unknown|not\s+known|no\s+word\s+on|(?:did|does|would|could|"
        r"will)\s+not\s+say|(?:didn't|doesn't|wouldn't|couldn't|won't)\s+say|declined\s+to\s+say|refused\s+to\s+say|"
        r"remains\s+to\s+be\s+seen|not\s+(?:yet\s+)?decided|undecided|not\s+(?:yet\s+)?been\s+set)\b[^.;]{0,30}?"
        r"\b(?:when|if|where|how)\b[^.;]*",
        # "Asked about reports of a planned meeting, the spokesperson said …": what a question was about
        r"(?:^\s*|\b[Ww]hen\s+)(?:[Aa]sked\s+about|[Ii]n\s+response\s+to\s+a\s+question\s+(?:about|on))\b[^,;.]*",
    ),
}

# A day named as a habit: „jeden Dienstag“, "every Monday", "on Mondays".
HABITUAL_BEFORE_DATE: dict[str, str] = {
    "de": r"\b(?:jeden|jede|jedes|jeweils|immer)\s+(?:am\s+)?$",
    "en": r"\b(?:every|each)\s+(?:other\s+)?$",
}

# Verbs that only ask for an event: a date right after the event noun they govern is the
# demanded event's, which is no event (German in any tense — „forderte ein Treffen am Freitag“;
# English only in the present, since "called for talks on Friday" is mostly when the call was made).
DEMAND_VERBS: dict[str, frozenset[str]] = {
    "de": frozenset({
        "fordert", "fordern", "forderte", "forderten", "verlangt", "verlangen", "verlangte", "verlangten",
        "drängt", "drängen", "drängte", "drängten", "schlägt", "schlagen", "schlug", "schlugen", "regt",
        "regte", "plädiert", "plädierte", "wünscht", "wünschen", "wünschte", "pocht", "pochte", "mahnt",
        "mahnte", "fordere", "verlange", "dränge",
    }),
    "en": frozenset({  # (not the bare forms: "press conference", "a call on Friday" are nouns)
        "calls", "urges", "demands", "proposes", "wants", "seeks", "pushes", "pushing", "presses", "pressing",
        "urging", "calling", "demanding", "proposing", "suggests",
    }),
}

# A clause that opens with one of these tells what happens only if something else does
# („Sollte es am Donnerstag keine Einigung geben“, "If Congress votes on Friday").
CONDITIONAL_OPENERS: dict[str, frozenset[str]] = {
    "de": frozenset({"falls", "sofern", "sollte", "sollten", "vorausgesetzt"}),  # not "wenn": also "when"
    "en": frozenset({"if", "unless", "should", "provided"}),
}

# A verb of mere possibility as the clause's verb: with no event noun in the clause, what it
# dates is only thought possible, not told as happening („Bewegung könnte es am Freitag geben“,
# "A breakthrough could come on Friday"); an event noun keeps its event („Das Treffen könnte am
# Freitag stattfinden“ after someone agreed to hold it is planned, CONVENTIONS §7).
POSSIBILITY_VERBS: dict[str, frozenset[str]] = {
    "de": frozenset({"könnte", "könnten"}),
    "en": frozenset({"could", "might"}),
}

# A possibility said as what there might be („Dann könnte es Ende Februar eine zweite Runde geben“, "there
# could be a second round in March"): even an event noun is only thought possible, not arranged.
EXISTENTIAL: dict[str, str] = {
    "de": r"(?i)\bes\b.*\bgeben\b",
    "en": r"(?i)\bthere\s+(?:could|might)\s+(?:\w+\s+)?be\b",
}

# Words that open a content clause (what was said, warned or asked): a possibility verb after one is the
# content's, not the dated clause's ("warned on Monday that Russia could attack").
CONTENT_OPENERS: dict[str, frozenset[str]] = {
    "de": frozenset({"dass", "ob"}),
    "en": frozenset({"that", "whether"}),
}

# A count of repetitions: the act is repeated, not one occurrence ("has met Xi six times since
# 2017", „traf sich mehrfach mit“).
REPEATED: dict[str, str] = {
    "de": r"\b(?:mehrfach|mehrmals|wiederholt|zigmal|(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|"
          r"zwölf|etliche|einige|viele)\s*-?[Mm]al|\d+\s*-?[Mm]al|immer\s+wieder)\b",
    "en": r"\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|multiple|numerous|"
          r"countless|\d+)\s+times|repeatedly|time\s+and\s+again|again\s+and\s+again|twice|thrice"
          r"|on\s+(?:two|three|four|five|several|many|multiple|numerous|countless|\d+)\s+occasions)\b",
}

# What should have happened long ago and has not (a counterfactual): „Eigentlich sollte der Vertrag längst
# unterzeichnet sein“, „hätte … stattfinden sollen“, "the deal should have been signed long ago"; not
# „sollte eigentlich am Wochenende unterzeichnet werden“ (a plan, still an event).
COUNTERFACTUAL: dict[str, str] = {
    "de": r"\b(?:sollte|sollten)\b[^,;:.]*\blängst\b|\blängst\b[^,;:.]*\b(?:sollte|sollten)\b|"
          r"\b(?:hätte|hätten)\b[^,;:.]*\b(?:sollen|müssen)\b",
    "en": r"\b(?:should|ought\s+to)\s+(?:long\s+)?have\b[^,;:.]*\b(?:long\s+ago|by\s+now|years\s+ago|already)\b|"
          r"\b(?:should|ought\s+to)\s+long\s+since\s+have\b",
}

# A wish for what did not happen or is only hoped for, governing the clause of the event („Ich hätte mir
# gewünscht, dass er gemeinsam mit der Kommission reist“, "I would have preferred him to travel with the
# Commission"): the event is wished, not told as happening.  Matched on the sentence up to the event word.
WISHED: dict[str, str] = {
    "de": r"\b(?:gewünscht|wünschen|wünsche|wünscht)\b(?:\s+(?:mir|uns|sich|ihm|ihr|es|das|auch|sehr|eigentlich))*\s*,"
          r"\s*dass\b[^.;:]*$",
    "en": r"\b(?:would\s+have\s+(?:liked|preferred|wanted)|(?:i|we)\s+wish(?:ed)?)\b[^.;:,]*$",
}

# Looking forward to something tells it as still to come, whatever the verb's tense
# ("looked forward to meeting in July", „freute sich auf das Treffen im Juli“).
ANTICIPATION: dict[str, str] = {
    "de": r"\bfreu(?:t|te|ten|en|e)\s+sich\s+(?:[\wäöüß-]+\s+){0,3}?auf\b",
    "en": r"\blook(?:s|ed|ing)?\s+forward\s+to\b",
}

# A dated clause with no event word whose only verb is one of these tells a state, not an
# occurrence („Die Regierung ist seit März 2025 im Amt“, "In February, the mood was bleak").
COPULAS: dict[str, frozenset[str]] = {
    "de": frozenset({"ist", "sind", "war", "waren", "bleibt", "blieb", "blieben", "bleiben", "gilt", "galt",
                     "herrscht", "herrschte", "liegt", "lag", "lagen", "hat", "haben", "hatte", "hatten"}),
    "en": frozenset({"is", "are", "was", "were", "been", "remains", "remained", "stays", "stayed", "has", "have",
                     "had"}),
}

# A day named as an anniversary („Am 15. Jänner jährt sich …“, "Friday marks the 80th anniversary of
# …"): the date of the remembering, not of any occurrence the clause tells.
ANNIVERSARY: dict[str, str] = {
    "de": r"\b(?:jährt|jähren|jährte|jährten)\s+sich\b|\bJahrestag\b|\bJubiläum\b",
    "en": r"\banniversary\b",
}

# The verb of an anniversary, whose subject is what is remembered („Am 24. Februar jährt sich der
# Angriff zum vierten Mal“): the event noun in its clause happened in another year, never that day.
ANNIVERSARY_VERB: dict[str, str] = {
    "de": r"\b(?:jährt|jähren|jährte|jährten)\s+sich\b",
    "en": r"\b(?:marks?|marked|marking)\s+(?:the\s+)?(?:\w+\s+)?anniversary\b",
}

# Rules, tariffs or sanctions that apply, take effect or are in force („Die Zölle gelten seit dem 4.
# März“, „tritt am 1. Juli in Kraft“, "take effect on July 1", "in place since March 4"): a state and
# its start, no occurrence the article reports (CONVENTIONS §7: "sanctions in force").  Not so for a
# ceasefire, whose start is an event.
IN_FORCE: dict[str, str] = {
    "de": r"\bin\s+Kraft\b|\b(?:gilt|gelten|galt|galten|gültig)\b|\b(?:greift|greifen|griff|griffen)\b",
    "en": r"\b(?:take|takes|took|taken|taking)\s+effect\b|\b(?:come|comes|came|coming)\s+into\s+(?:force|effect)\b"
          r"|\bin\s+(?:force|effect|place)\b|\b(?:apply|applies|applied|applying)\b|\beffective\b",
}
CEASEFIRE_WORDS: dict[str, str] = {
    "de": r"(?i)waffenruhe|waffenstillstand|feuerpause|kampfpause",
    "en": r"(?i)cease-?fire|truce|armistice",
}
# A date after one of these starts a stretch that lasts till now („seit dem 1. Januar“, "since
# March 4"): without an event word of its own the clause tells a state.
SINCE_WORDS: dict[str, frozenset[str]] = {
    "de": frozenset({"seit", "seitdem"}),
    "en": frozenset({"since"}),
}

# A date that bounds a stretch of time instead of dating an occurrence: its start („ab Februar“,
# "from Monday" — a state from then on, unless an event noun is the clause's) and an open end
# („über den 6. Januar hinaus“, "beyond Jan. 6").  The word right before the date (articles and
# „Anfang/Mitte/Ende“ aside), and for the open end the word right after it.
SPAN_START_BEFORE: dict[str, frozenset[str]] = {
    "de": frozenset({"ab"}),
    "en": frozenset({"from"}),
}
# An upper bound counted from now ("within 30 days", „binnen 30 Tagen“): a deadline, no day of an event.
SPAN_WITHIN: dict[str, frozenset[str]] = {
    "de": frozenset({"binnen", "innerhalb"}),
    "en": frozenset({"within"}),
}
SPAN_BEYOND: dict[str, tuple[str, str]] = {  # (word before the date, word after it or "")
    "de": (r"\büber\s+(?:den\s+|das\s+|die\s+)?$", r"^\s+hinaus\b"),
    "en": (r"\bbeyond\s+(?:the\s+)?$", ""),
}

# An event noun that only goes on about the event just told, not a new one: a copula sentence
# that describes it („Es war das erste Treffen der beiden seit …“, "It was their first meeting
# since …") or a reaction to it („Kritik an der Reise kam von …“, "Criticism of the visit came
# from …").  The text before the event noun must match one of these (to its end).
RESTATING_BEFORE: dict[str, tuple[str, ...]] = {
    "de": (
        r"^(?:Es|Das|Dies)\s+(?:war|ist|wird|wäre)\s+(?:(?:das|der|die|sein|seine|ihr|ihre|dabei|bereits|schon|"
        r"erst)\s+)*(?:[\wäöüß]+(?:e|en)\s+)?$",
        r"\b(?:Kritik|Lob|Reaktionen|Zustimmung|Ablehnung|Empörung|Unmut|Widerstand)\s+(?:an|auf|zu|für|gegen)\s+"
        r"(?:der|dem|den|die|das)\s+$",
    ),
    "en": (
        r"^(?:It|This|That)\s+(?:was|is|will\s+be|would\s+be)\s+(?:(?:the|their|his|her|its|only|already)\s+)*"
        r"(?:[\w-]+\s+){0,2}$",
        r"\b(?:[Cc]riticism|[Pp]raise|[Rr]eactions?|[Oo]pposition|[Oo]utrage|[Ss]upport)\s+(?:of|for|to)\s+"
        r"(?:the|this|that)\s+$",
    ),
}

# A sentence that opens on the time of the event just told („Damals hatten sie einen Plan unterzeichnet“,
# "At the time, the two signed a plan"): what it tells happened at that event, no new one.
AT_THAT_TIME: dict[str, str] = {
    "de": r"^(?:Damals|Seinerzeit|Bei\s+dieser\s+Gelegenheit|Bei\s+(?:diesem|jenem)\s+Treffen)\b",
    "en": r"^(?:At\s+the\s+time|At\s+that\s+time|On\s+that\s+occasion|At\s+that\s+meeting)\b",
}

# A sentence that opens on the event just told as its occasion („Dabei unterzeichneten beide ein Abkommen“,
# „Bei dem Treffen …“, "During the talks, the two signed …"): what it tells was done at that event
# (CONVENTIONS §7.3), no new occurrence, when it names nobody the event lacks (eventdoubt.at_the_event).
AT_THE_EVENT: dict[str, str] = {
    "de": r"^(?:Dabei|Bei\s+(?:dem|diesem|jenem)\s+(?:\w+en\s+)?(?:Treffen|Gespräch|Besuch|Telefonat|Termin|Gipfel)"
          r"|Während\s+(?:des|dieses|seines|ihres)\s+(?:\w+en\s+)?(?:Treffens|Gesprächs|Gespräches|Besuchs|Besuches"
          r"|Telefonats|Gipfels|Aufenthalts|Termins))\b",
    "en": r"^(?:During|At|In)\s+(?:the|that|this|his|her|their)\s+(?:\w+\s+)?(?:meeting|talks|call|visit|conversation"
          r"|summit|session)\b",
}

# A sentence that places its act at an earlier time („Orbán hatte Österreich zuletzt im Sommer 2023
# besucht“, "The two last met in Bali") tells an event of its own, not more of the dated one just told.
EARLIER_TIME: dict[str, str] = {
    "de": r"(?i)\b(?:zuletzt|damals|früher|einst|seinerzeit|zuvor|vorher)\b",
    "en": r"(?i)\b(?:last|previously|earlier|once|formerly)\b",
}

# The pluperfect and "already": an act told as before the one just told („hatte bereits … getroffen“,
# "had already met").
BEFORE_THE_NEWS: dict[str, str] = {
    "de": r"(?i)\b(?:hatte|hatten|bereits|schon)\b",
    "en": r"(?i)\b(?:had|already)\b",
}

# Verbs that deny what follows them („dementierte Berichte, wonach …“, "denied reports that X and Y
# had spoken"): the event told after them did not happen as far as the sentence says; the date is
# the denial's, a statement.
DENIAL_VERBS: dict[str, frozenset[str]] = {
    "de": frozenset({"dementierte", "dementierten", "dementiert", "bestritt", "bestritten", "bestreitet",
                     "dementieren", "bestreiten"}),
    "en": frozenset({"denied", "denies", "deny", "denying"}),
}

# A clause that opens with one of these (after an optional "und", "and") is a free relative clause of
# anyone at all („wer in dieser Woche nach Den Haag geschaut hat, ahnt …“, "whoever met him knows"): what it
# tells is generic, no occurrence (CONVENTIONS §7.4).
GENERIC_OPENERS: dict[str, frozenset[str]] = {
    "de": frozenset({"wer"}),
    "en": frozenset({"whoever", "anyone who", "anybody who"}),
}
CLAUSE_LINKS: dict[str, frozenset[str]] = {
    "de": frozenset({"und", "aber", "doch", "denn", "oder"}),
    "en": frozenset({"and", "but", "or", "yet"}),
}

# A negated verb of saying or claiming at the end of the clause before a content clause („Washington hat nie
# behauptet, dass am Anfang ein Ministertreffen steht“, "never said that talks would …"): what it reports
# is not told as happening.
NEGATED_CLAIM: dict[str, str] = {
    "de": r"(?i)\b(?:nie|niemals|nicht)\s+(?:\w+\s+){0,2}(?:behauptet|gesagt|erklärt|angekündigt|bestätigt"
          r"|behauptete|behaupteten|sagte|sagten|erklärte|bestätigte)\W*$",
    "en": r"(?i)\b(?:never|not|n't)\s+(?:\w+\s+){0,2}(?:said|say|says|claimed|claim|announced|confirmed|suggested"
          r"|stated)\W*$",
}

# Event nouns told as many, not as one occurrence (CONVENTIONS §7.4: repeated or habitual acts): a quantifier
# before the noun („von zahlreichen Gipfeln“, "many summits"); or an adjective of the earlier or of a sort
# without a determiner before it ("at previous summits", „bei früheren Treffen“, "in past talks", "such visits";
# not "the previous meeting", "the first such meeting", „bei einem früheren Treffen“: one occurrence).
# Matched on the lower-cased words just before the event noun.
MANY_OCCURRENCES: dict[str, frozenset[str]] = {
    "de": frozenset({"zahlreiche", "zahlreichen", "zahlreicher", "viele", "vielen", "vieler", "mehrere", "mehreren",
                     "mehrerer", "etliche", "etlichen", "unzählige", "unzähligen", "diverse", "diversen",
                     "verschiedene", "verschiedenen", "regelmäßige", "regelmäßigen", "häufige", "häufigen",
                     "wiederholte", "wiederholten"}),
    "en": frozenset({"many", "numerous", "several", "countless", "various", "multiple", "regular", "frequent",
                     "repeated", "successive"}),
}
EARLIER_OCCURRENCES: dict[str, frozenset[str]] = {
    "de": frozenset({"frühere", "früheren", "vergangene", "vergangenen", "bisherige", "bisherigen", "vorherige",
                     "vorherigen", "vorangegangene", "vorangegangenen", "einstige", "einstigen", "solche", "solchen",
                     "solcher", "derartige", "derartigen"}),
    "en": frozenset({"previous", "past", "earlier", "prior", "former", "such"}),
}
# Words that single one occurrence out before such an adjective ("the first such meeting", "most recent").
SINGLING_OUT: dict[str, frozenset[str]] = {
    "de": frozenset({"erste", "ersten", "letzte", "letzten", "zweite", "zweiten", "jüngste", "jüngsten"}),
    "en": frozenset({"first", "last", "second", "most", "recent", "latest", "one"}),
}

# Words before an event noun that make it a time reference for another act ("fell on Monday after the talks
# collapsed", „stieg am Montag, nachdem die Verhandlungen gescheitert waren“, "returned on Monday before the
# summit"): the noun's event took place at another time than the date before them.
TIME_REFERENCE_WORDS: dict[str, frozenset[str]] = {
    "de": frozenset({"nach", "nachdem", "vor", "bevor", "ehe", "seit", "seitdem"}),
    "en": frozenset({"after", "before", "since", "following", "ahead", "prior"}),
}

# The verb of a clause without an event word that tells a process going on, stalling or a deployment under
# way (CONVENTIONS §7.4: states and processes, deployments are no events): "Fighting
# continued on Monday", "the initiative stalled in November", "observers began deploying on Saturday",
# „Die Kämpfe gingen am Montag weiter“, „Im März wurden Truppen stationiert“.  Matched on the lower-cased clause.
PROCESS_VERBS: dict[str, str] = {
    "de": r"\b(?:ging|gingen|geht|gehen)\b[^,;.]*\bweiter\b"
          r"|\b(?:dauerte|dauerten|hielt|hielten)\b[^,;.]*\ban\s*(?:[,;.]|$)"
          r"|\b(?:stockte|stockten|stagnierte|stagnierten|stationiert|stationierte|stationierten)\b"
          r"|\bins\s+stocken\b",
    # (not "deployed a ship on Monday": one act; not "continued on to Paris", "continued his tour": a trip)
    "en": r"\bcontinue[sd]\b(?!\s+(?:on\s+)?to\b|\s+(?:his|her|their|its)\b)|\b(?:persisted|raged|dragged\s+on"
          r"|stalled|stagnated|stationed)\b|\b(?:began|begun|started|starts|begins)\s+(?:to\s+deploy|deploying)\b",
}

# A saying told in the first person outside quotation marks („wie ich vergangene Woche im Ausschuss gesagt habe“,
# "as I told the committee last week"): an interview's answer or the writer recalling their own words, no news
# event (the speaker is the text's own voice).  Matched on the date's clause.
FIRST_PERSON_SAYING: dict[str, str] = {
    "de": r"\b(?:ich|wir)\b[^,;:.„“\"]*?\b(?:gesagt|sagte|sagten|erklärt|erklärte|erklärten|betont|betonte"
          r"|betonten|gewarnt|warnte|warnten|klargemacht|deutlich\s+gemacht)\b",
    "en": r"\b(?:I|[Ww]e)\s+(?:[\w']+\s+){0,3}?(?:said|told|stressed|warned|explained|made\s+(?:it\s+)?clear)\b",
}

# A hypothetical modal in an event's clause, with a condition anywhere in the sentence („würde Kalns treffen,
# wenn er sie einlädt“, "would meet him if invited"): the event happens only if, none is told (undated).
HYPOTHETICAL_MODALS: dict[str, frozenset[str]] = {
    "de": frozenset({"würde", "würden", "könnte", "könnten", "wäre", "wären"}),
    "en": frozenset({"would", "could", "might"}),
}
CONDITIONS: dict[str, frozenset[str]] = {
    "de": frozenset({"wenn", "falls", "sofern", "vorausgesetzt"}),
    "en": frozenset({"if", "unless", "provided"}),
}

# Plural acts of force without a definite determiner („bei russischen Angriffen zerstört“, "evidence of
# attacks planned from Afghan soil"): acts in general, no one occurrence (CONVENTIONS §7.4) when undated.
# Matched on the end of the lower-cased event word (German compounds: „Drohnenangriffen“).
GENERIC_PLURAL_ACTS: dict[str, tuple[str, ...]] = {
    "de": ("angriffe", "angriffen", "anschläge", "anschlägen", "attacken", "luftschläge", "luftschlägen"),
    "en": ("attacks", "strikes", "raids", "bombings", "assaults"),
}

# A verb that announces or confirms what is to come („Ich darf Ihnen die Reise des Kanzlers ankündigen“,
# "The ministry announced the visit"): an event noun it takes as its object names the event the text
# dates elsewhere (undatedsame.fold_announced), no occurrence of its own.  Word stems, matched at a
# word's start.
ANNOUNCING_STEMS: dict[str, tuple[str, ...]] = {
    "de": ("ankündig", "angekündig", "kündigt", "bestätigt", "bekanntgeb", "bekanntgegeben"),
    "en": ("announc", "confirm", "unveil"),
}

# An event noun only weighed or judged, none told (eventdoubt.judged_only): after a determiner of any
# occurrence at all („jegliche Gespräche“, "any talks must include Ukraine") …
ANY_OCCURRENCE: dict[str, frozenset[str]] = {
    "de": frozenset({"jegliche", "jeglichen", "jeglicher", "jegliches", "etwaige", "etwaigen", "etwaiger",
                     "etwaiges", "eventuelle", "eventuellen", "eventueller", "eventuelles"}),
    "en": frozenset({"any", "hypothetical", "prospective"}),
}
# … or, after an indefinite article or opening its clause bare, the subject of a copula that judges how
# likely it is, what it is worth or would be („Ein Treffen zwischen X und Y gilt als unwahrscheinlich“, „ein
# Treffen sei der beste Weg“, "Talks are the only way forward", "Visits … are rare", "A summit would be a
# breakthrough"); matched from the event noun to the end of its clause.  Not „ist geplant“, "is expected",
# "is likely", "are under way" (a meeting still to come or going on, CONVENTIONS §7).
JUDGED_AFTER: dict[str, str] = {
    "de": r"(?i)\b(?:gilt|gelten|galt|galten|ist|sind|war|waren|sei|seien|scheint|scheinen|erscheint|bleibt"
          r"|bleiben)\s+(?:\w+\s+){0,3}?(?:als\s+)?(?:unwahrscheinlich|möglich|unmöglich|denkbar|undenkbar"
          r"|ausgeschlossen|fraglich|unklar|ungewiss|unsicher|selten|notwendig|nötig|wichtig|unverzichtbar"
          r"|unerlässlich|sinnvoll|sinnlos|(?:der|die|das)\s+(?:einzige|beste|richtige)|(?:ein|der)\s+Weg)\b",
    # („Ein Gipfel wäre ein Durchbruch“: already counterfactual)
    "en": r"(?i)\b(?:(?:is|are|was|were|be|seems|seemed|looks|looked|remains|remained|appears|appeared)\s+"
          r"(?:\w+\s+){0,3}?(?:unlikely|possible|impossible|conceivable|uncertain|unclear|doubtful|in\s+doubt|rare"
          r"|necessary|essential|vital|crucial|pointless|the\s+(?:only|best|right)\b|a\s+waste)"
          r"|would\s+(?:\w+\s+)?be\s+(?:a|an)\s)",
}

# … or the complement of a noun of possibility, prospect, proposal, hope or condition („die Möglichkeit eines
# Treffens“, „Aussicht auf Gespräche“, „Bedingungen für Gespräche“, "raised the possibility of a meeting",
# "the idea of a summit", "hopes for talks", "is open to talks"): a meeting only weighed, proposed or hoped
# for (CONVENTIONS §7.4).
# Matched on the text right before the event noun; only an indefinite one (a definite one may be the event
# told: "the hopes of the summit").
WEIGHED_BEFORE: dict[str, str] = {
    "de": r"(?i)\b\w*(?:möglichkeit|aussicht|aussichten|idee|vorschlag|vorschläge|vorschlägen|angebot|hoffnung"
          r"|hoffnungen|chance|chancen|bedingung|bedingungen|voraussetzung|voraussetzungen|forderung|forderungen"
          r"|wunsch|bereitschaft|perspektive)\s+(?:(?:auf|für|zu|nach)\s+)?(?:(?:eines|einer|ein|eine|einen|einem"
          r"|neue|neuen|neuer|weitere|weiteren|direkte|direkten|baldige|baldigen|mögliche|möglichen)\s+){0,2}$",
    "en": r"(?i)\b(?:(?:possibility|possibilities|prospect|prospects|idea|ideas|proposal|proposals|suggestion"
          r"|offer|offers|hope|hopes|chance|chances|condition|conditions|precondition|preconditions|prerequisite"
          r"|prerequisites|demand|demands|request|requests|willingness|readiness|likelihood|event)\s+(?:of|for)"
          r"|open\s+to)\s+(?:(?:a|an|new|fresh|further|direct|possible|renewed|any|more)\s+){0,2}$",
}

# Nouns that an English event noun right before them only modifies ("a dialogue partner", "the election
# campaign", "the vote count", "the talks format", "summit hosts"): the head is a thing or people, no
# occurrence is told (eventdoubt.modifies_a_noun).  German writes these as one word („Dialogpartner“).
MODIFIED_HEADS: dict[str, frozenset[str]] = {
    "en": frozenset("""partner partners partnership campaign campaigns count counting result results process
        format team teams venue venues table room rooms site agenda host hosts programme program schedule
        season cycle observers monitors commission law laws rules system staff officials preparations
        logistics period deadline platform mechanism framework""".split()),
}

# What governs an event word as a right, a capacity, a refusal or a mere attempt, right before it
# ("registered to vote", "eligible to vote", "refused to meet X", "tried to meet X", "a nation waiting to vote",
# "ready to meet", „das Recht auf Wahlen“), or that rejects, rules out or pushes for it ("rejected a meeting
# with X", "pushed for a summit", „lehnte ein Treffen mit X ab“, „setzt sich für Gespräche ein“):
# no occurrence told (eventdoubt.not_done; „versuchte, X zu treffen“ is caught elsewhere).  "was due to meet",
# "agreed to meet" (a meeting still to come) are not here.
NOT_DONE_BEFORE: dict[str, str] = {
    "de": r"(?i)\b(?:(?:Recht|Rechte|Anspruch)\s+auf\s+(?:(?:freie|faire|neue|demokratische|direkte)\s+)?"
          r"|(?:lehnt|lehnte|lehnen|lehnten)\s+(?:(?:ein|eine|einen|jede|jedes|jegliche|neue|weitere|direkte"
          r"|direkten)\s+){0,2}"
          r"|(?:setzt|setzte|setzen|setzten)\s+sich\s+(?:\w+\s+)?für\s+(?:(?:ein|eine|einen|neue|weitere"
          r"|direkte)\s+){0,2})$",
    "en": r"(?i)\b(?:registered|register|registering|eligible|entitled|unable|refused|refuses|refusing|declined"
          r"|declines|declining|tried|tries|trying|attempted|attempts|failed|fails|right|rights|waiting|wait|waits"
          r"|eager|keen|ready)\s+to\s+$"
          r"|\b(?:rejected|rejects|reject|rejecting|opposed|opposes|oppose|opposing|turned\s+down|turns\s+down"
          r"|ruled\s+out|rules\s+out|pushed\s+for|pushes\s+for|argued\s+for|argues\s+for|lobbied\s+for)\s+"
          r"(?:(?:a|an|any|new|fresh|further|direct)\s+){0,2}$",
}
