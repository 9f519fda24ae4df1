"""Data for who takes part in an event, per language (rules: ``extract/clausecues.py``, ``eventparts.py``).

OWNER_OF: a person named as the complement of a noun ("the ousted regime of Omar al-Bashir", "the
forces of General X") is whose thing it is, not a party to the event the clause tells.  Only
English: German "von" before a name is as often the agent of a passive („von Amherd begrüsst“).
KEEP_BEFORE_OF: nouns whose "of" complement does take part: an event ("the meeting of X and Y" is
covered by the event words), a presence ("in the presence of X") or a host's invitation.
SPATIAL_BEFORE: prepositions after which a country is a location, not a party ("near Japan",
"off the coast of Taiwan", „nahe der Ukraine“).
"""

from __future__ import annotations

OWNER_OF: dict[str, str] = {
    "en": r"(?i)(?:\b([a-z][\w-]*)|\(\w+\))\s+of\s+(?:the\s+)?(?:(?:General|President|Prime|Minister|Premier|King|Queen"
          r"|Sheikh|Chancellor|Leader|Mr|Ms|Dr)\.?\s+){0,2}$",
}
# "army forces led by General X", „Truppen unter dem Kommando von General X“: the forces fight, the
# person named as their leader only says whose they are (the owner of the forces, as above).
LEADER_OF_FORCES: dict[str, str] = {
    "de": r"(?i)\b(?:truppen|streitkräfte[n]?|armee|einheiten|kämpfer[n]?|milizen|miliz|soldaten|verbände[n]?"
          r"|rebellen|milizionäre[n]?)\s*,?\s+(?:unter\s+(?:dem\s+|der\s+)?(?:kommando|befehl|führung|leitung)\s+"
          r"(?:von|des|der)|angeführt\s+von|geführt\s+von)\s+(?:[\w.-]+\s+){0,3}$",
    "en": r"(?i)\b(?:forces|army|troops|units|fighters|militia|militias|soldiers|rebels|brigades?|battalions?"
          r"|paramilitar(?:y|ies))\s*,?\s+(?:(?:led|commanded|headed)\s+by|under(?:\s+the)?\s+command\s+of)"
          r"\s+(?:[\w.-]+\s+){0,3}$",
}
KEEP_BEFORE_OF: dict[str, frozenset[str]] = {
    "en": frozenset({"presence", "attendance", "participation", "invitation", "behalf", "delegation",
                     "delegations", "representatives", "envoys", "team", "side"}),
    "de": frozenset({"anwesenheit", "teilnahme", "beteiligung", "einladung", "namen", "seite", "vertretung",
                     "führer", "führung", "gesandte", "gesandten"}),
}
# Its leaders stand for the state as its party ("The presidents of Russia and the United States spoke",
# „die Präsidenten Russlands und der USA“): a country after these nouns keeps its part (not a topic).
HEADS_OF_STATE: dict[str, frozenset[str]] = {
    "en": frozenset({"president", "presidents", "premier", "premiers", "head", "heads", "chief", "chiefs", "king",
                     "queen", "emir", "prime", "chancellor", "chancellors"}),
    "de": frozenset({"präsident", "präsidenten", "präsidentin", "premier", "premierminister", "chef", "chefs",
                     "chefin", "könig", "königin", "emir", "kanzler", "kanzlerin", "oberhaupt", "spitze"}),
}
# The noun a country is the "of"/genitive complement of ("the future of Ukraine", „die Zukunft der Ukraine“):
# German only after a capitalised noun straight before „der“/„des“ („mit der Ukraine“, „und der Kosovo“ are
# no genitive).
NOUN_BEFORE_GENITIVE: dict[str, str] = {
    "en": r"\b(?P<noun>[a-z][a-z-]+)\s+of\s+(?:the\s+)?$",
    "de": r"(?<![.!?:]\s)(?<!^)\b(?P<noun>[A-ZÄÖÜ][a-zäöüß][\wäöüß-]*)\s+(?:der|des)\s+$",
}
# A body named as the genitive or "of" complement of a noun ("die Zukunft der OSZE", "the mandate of the
# Gang Suppression Force", „den Haushaltsrahmen der EU“): it owns the thing the noun names, and takes part
# only when the noun is its act, its people or a body of its own (KEEP_BEFORE_ORG; also an event word, a
# group noun or a role noun: "Treffen der EU-Außenminister", "Vertreter der EU", "Chef der IAEA").  German
# nouns are capitalized; the noun stands after its article or a determiner (a name before „der“ opens no
# genitive: „endet auf Schloss Elmau der G7-Gipfel“), and a word that is no noun there is in ORG_OWNER_NOT_NOUNS.
ORG_OWNED_BY: dict[str, str] = {
    "de": r"\b(?:die|der|den|dem|des|das|eine[rnms]?|zur|zum|im|am|beim|vom|ins|sein\w*|ihr\w*|unser\w*)\s+"
          r"(?:[a-zäöüß][\wäöüß-]*\s+)?([A-ZÄÖÜ][\wäöüß]{2,})\s+(?:der|des)\s+$",
    "en": r"\b(?:the|a|an|its|their|his|her|our)\s+(?:[a-z][\w-]*\s+)?([a-z]{3,})\s+of\s+(?:the\s+)?$",
}
# The same for a body named as where a thing is held ("44 der 179 Sitze im Folketing", „den Vorsitz im Rat
# der EU“, "a majority in the Senate"): the seats or the chair are the thing, the house holds them.
ORG_HOLDS: dict[str, str] = {
    "de": r"\b(?:die|der|den|dem|des|das|eine[rnms]?|\d+|sein\w*|ihr\w*|unser\w*)\s+"
          r"(?:[a-zäöüß][\wäöüß-]*\s+)?([A-ZÄÖÜ][\wäöüß]{2,})\s+(?:im|in\s+der|in\s+dem)\s+$",
    "en": r"\b(?:the|a|an|its|their|his|her|our|\d+)\s+(?:[a-z][\w-]*\s+)?([a-z]{3,})\s+in\s+(?:the\s+)?$",
}
ORG_OWNER_NOT_NOUNS: frozenset[str] = frozenset({
    "während", "trotz", "wegen", "laut", "seitens", "statt", "anstatt", "innerhalb", "außerhalb", "ausserhalb",
    "angesichts", "aufgrund", "infolge", "mithilfe", "zugunsten", "anlässlich", "entlang", "jenseits", "bezüglich",
    "unterhalb", "oberhalb", "namens", "dank", "einschließlich", "inklusive", "gemäß", "mittels", "abseits",
    "seit", "bis", "ab", "durch", "ohne", "um", "in", "im", "zu", "zum", "zur", "am", "beim", "vom",
    "von", "mit", "bei", "nach", "vor", "für", "gegen", "über", "unter", "auf", "an", "aus", "zwischen", "neben",
    "und", "oder", "sowie", "dass", "als", "wie", "wenn", "weil", "ob", "auch", "nur", "noch", "schon", "doch",
    "hat", "hatte", "haben", "hatten", "ist", "war", "sind", "waren", "wird", "wurde", "werden", "wurden",
})
KEEP_BEFORE_ORG: dict[str, frozenset[str]] = {
    "de": frozenset({"entscheidung", "zustimmung", "einladung", "teilnahme", "vorsitz", "leitung", "namen",
                     "auftrag", "seite", "spitze", "führung", "vorstand", "präsidium", "fraktion", "gremium",
                     "sekretariat", "rat", "rates", "rats", "mitglied", "mitglieder", "mitgliedern", "beamte",
                     "beamten", "mitarbeiter", "mitarbeitern", "soldaten", "kämpfer", "kämpfern", "anhänger",
                     "session", "parteitag", "vermittlung", "gastgeber", "beteiligung", "anwesenheit"}),
    "en": frozenset({"decision", "approval", "invitation", "participation", "presence", "attendance", "behalf",
                     "chair", "chairmanship", "leadership", "board", "secretariat", "council", "committee",
                     "member", "members", "staff", "troops", "soldiers", "fighters", "supporters", "host",
                     "hosts", "auspices", "mediation", "team", "teams", "side", "sides", "wing", "arm",
                     "body", "bodies", "organs", "party", "parties", "heads", "chiefs", "leaders", "head"}),
}
SPATIAL_BEFORE: dict[str, str] = {
    "de": r"(?i)\b(?:nahe|unweit|nördlich|südlich|östlich|westlich|vor\s+der\s+Küste)\s+(?:der\s+|des\s+|von\s+)?$",
    # ("eastern DRC", "in southern Lebanon": a region of the state, where something happens)
    "en": r"(?i)\b(?:near|off|around|across|along|outside|off\s+the\s+coast\s+of|(?:north|south|east|west)\s+of"
          r"|(?:(?:north|south)-?)?(?:eastern|western)|northern|southern)"
          r"\s+(?:the\s+)?$",
}
# Past forms of meeting verbs that equal their participle, so neither the closed list of changed
# stems (``past_forms``) nor the "-ed" rule knows them: "met", "held".
SAME_AS_PARTICIPLE: dict[str, frozenset[str]] = {
    "en": frozenset({"met", "held", "sat"}),
}

# A person's country: a country a sentence names as where someone goes or is, as what it is about,
# or as the other side ("reist nach Polen", "in Rome", "talks about Ukraine", „mit Ägypten“) says
# nothing about whom a person in that sentence acts for.  Text right before the country word:
NOT_THE_PERSONS_BEFORE: dict[str, str] = {
    "de": r"(?i)\b(?:nach|in|im|ins|bei|besucht\w*|bereist\w*|mit|gegen|zwischen|über|für|um|wegen|zugunsten"
          r"|zum|zur|nahe|gegenüber|an)\s+(?:(?:die|den|dem|der|das|des|seinem|ihrem|seinen|ihren|seine|ihre"
          r"|seiner|ihrer)\s+)?$",
    "en": r"(?i)\b(?:to|in|at|into|visit\w*|tour\w*|with|against|between|over|about|on|for|regarding|toward"
          r"|towards|near)\s+(?:(?:the|his|her|their)\s+)?$",
}
# ... and right after an adjective: the person it qualifies is someone else ("his Chinese counterpart").
OTHER_SIDE_AFTER: dict[str, str] = {
    "de": r"^\s*(?:Amtskolleg\w*|Gegenüber|Gesprächspartner\w*|Gastgeber\w*|Kolleg\w*)\b",
    "en": r"(?i)^\s*(?:counterparts?|hosts?|colleagues?|opposite\s+numbers?)\b",
}
# "für"/"for" before a country names whom someone acts for when a verb of acting for a side follows:
# „Für Kosovo verhandelte Vizepremier X“, "For Norway signed Minister X" (not „Hilfe für Polen“).
ON_BEHALF_AFTER: dict[str, str] = {
    "de": r"^\s*(?:verhandel\w*|sprach\w*|spricht|unterzeichnete\w*|unterschrieb\w*|saß\w*|stimmte\w*|trat\w*"
          r"|nahm\w*|nimmt|nehmen|leitet\w*)\b",
    "en": r"(?i)^\s*(?:negotiated|spoke|signed|sat|voted)\b",
}
# A person named as what an event is about: "talks about Putin", „sprachen über Selenskyj“, "wegen
# Orbans Veto" (a topic, not a party; „gegen X“ may name a defendant, so it is not here).
PERSON_TOPIC_BEFORE: dict[str, str] = {
    # (between: an adjective and a title, "über den ukrainischen Präsidenten X", "about Russian President X";
    # not "Über das Wochenende traf X", "Over the weekend X met")
    "de": r"\b(?:[Üü]ber|[Uu]m|[Ww]egen|[Bb]ezüglich|[Hh]insichtlich|[Bb]etreffend)\s+(?:(?:den|dem|die|der|des)\s+)?"
          r"(?:[a-zäöüß][\wäöüß-]*\s+)?(?:[A-ZÄÖÜ][\wäöüß-]*\s+)?$",
    "en": r"\b(?:[Aa]bout|[Oo]ver|[Rr]egarding|[Cc]oncerning)\s+(?:(?:the|his|her)\s+)?(?:[A-Z][\w.-]*\s+){0,2}$",
}
# The counterpart of another event a speaker tells about: „erzählte von seinem Gespräch mit X“, "talked
# about his call with X".  Group 1 is the noun, which must be an event word (checked by the rule).
TOLD_EVENT_WITH: dict[str, str] = {
    "de": r"\b(?:erzählte|erzählt|sprach|spricht|berichtete|berichtet|redete|schwärmte|informierte)\b[^.;:!?]*?"
          r"(?P<told>\b(?:über|von|vom)\s+(?:(?:sein|ihr|das|den|dem|die|der|ein|einem|einen)\w*\s+)?"
          r"(?:[a-zäöüß]\w*\s+)?(?P<noun>[A-ZÄÖÜ][\wäöüß-]*)\s+mit\s+[^,;.!?]*)",
    "en": r"\b(?:talked|talks|spoke|speaks|told|tells|recounted|described|briefed|boasted)\b[^.;:!?]*?"
          r"(?P<told>\b(?:about|of|on)\s+(?:his|her|their|the|a|an|its)\s+(?:[a-z][\w-]*\s+)?"
          r"(?P<noun>[a-z][\w-]*)\s+with\s+[^,;.!?]*)",
}
# An event a later sentence points back to, with its other side named ("nach dem Treffen mit X", "after
# the meeting with X"): group ``noun`` the event's noun, ``side`` who it names (blanked by eventattach).
EVENT_WITH_NAMED: dict[str, str] = {
    "de": r"\b(?:nach|bei|vor|während|seit)\s+(?:de[mnr]|ihre[mnr]?|seine[mnr]?|einem|einer)\s+"
          r"(?:[a-zäöüß][\wäöüß-]*\s+)?(?P<noun>[A-ZÄÖÜ][\wäöüß-]*)\s+mit\s+(?P<side>[^,;.!?]*)",
    "en": r"(?i)\b(?:after|at|during|before|since)\s+(?:the|his|her|their|a|its)\s+(?:[a-z][\w-]*\s+)?"
          r"(?P<noun>[a-z][\w-]*)\s+with\s+(?P<side>[^,;.!?]*)",
}
# A written statement issued at or after an event ("In a statement released after the session, X said", „In
# einer Erklärung nach dem Treffen …“): the phrase times the statement, it does not place its author at the
# event (a spoken "told reporters after the talks" does).  The noun up to two words before the phrase.
WRITTEN_BEFORE_EVENT_TIME: dict[str, str] = {
    "de": r"(?i)\b(?:Erklärung|Mitteilung|Pressemitteilung|Stellungnahme|Kommuniqué|Communiqué|Abschlusserklärung)"
          r"\s+(?:\w+\s+){0,2}$",
    "en": r"(?i)\b(?:statement|communiqu[eé]|press\s+release|readout|post|letter)\s+(?:\w+\s+){0,2}$",
}
# A finite auxiliary of what is still to come ("will", „wird … empfangen“, "is expected to"): a later
# sentence with one tells no part of an event told as done (eventattach).
FUTURE_AUXILIARY: dict[str, str] = {
    # (not the passive after its participle: „Vermittelt werden die Gespräche von X“)
    "de": r"(?<!t\s)\b(?:wird|werden)\b|\b(?:soll|sollen)\b",
    "en": r"\b(?:will|shall|(?:is|are)\s+(?:expected|due|set|scheduled|slated)\s+to)\b",
}
# Whom a later sentence tells to do something afterwards ("the EAC directed the Secretariat to set up a fund",
# "urged the UN to send observers", „beauftragte die Kommission, … auszuarbeiten“, „forderte die EU auf, …“):
# the addressee of an instruction or appeal is not at the event the sentence goes on about.  Group ``obj``.
INSTRUCTED: dict[str, str] = {
    "en": r"\b(?:directed|instructed|tasked|mandated|urged|ordered|called\s+(?:on|upon)|requested)\s+"
          r"(?P<obj>(?:the\s+)?[A-Z][^,;.:]{0,80}?)\s+to\s+(?!the\b|a\b|an\b)[a-z]+",
    "de": r"\b(?:beauftragte[n]?|ersuchte[n]?|forderte[n]?|rief(?:en)?)\s+(?P<obj>(?:de[nm]|die|das)\s+[^,;.:]{1,80}?)"
          r"(?:\s+auf\b|,\s+[^,;.:]*?(?:\bzu\s+\w+|\b\w+zu\w+en\b))",
}
# German genitive after its noun: „die Forderungen Putins“, „den Plan Trumps“ (the owner of the noun).
GENITIVE_AFTER_NOUN: dict[str, str] = {
    "de": r"\b(?:der|die|das|den|dem|des|einer|eine|einen|eines|einem)\s+(?:[a-zäöüß][\wäöüß-]*\s+)?"
          r"([A-ZÄÖÜ][\wäöüß-]+)\s+$",
}
# A clause of contrast after a comma tells someone else's act: "Macron hosted Merz on Thursday, while
# Meloni traveled to Washington", „…, während Russland neue Angriffe flog“.  (Only after a comma:
# „während des Treffens“ is a preposition.)
CONTRAST_CLAUSE: dict[str, str] = {
    "de": r",\s+(?:während|wohingegen|wogegen)\s+(?!(?:des|der|dem|den|eines|einer)\b)[^.;]*",
    "en": r",\s+(?:while|whilst|whereas)\s+[^.;]*",
}
# A clause of circumstance tells what goes on around the event, not who takes part: "…, as pressure
# mounts from lawmakers including Senator X", "The meeting came as Hamas officials met Egyptian
# mediators" (not "as host", "as expected", "as well as", "as part of").
CIRCUMSTANCE_CLAUSE: dict[str, str] = {
    "en": r"(?:,\s+(?:just\s+|even\s+)?as|\b(?:came|comes|come|took\s+place|takes\s+place)\s+as)\s+"
          r"(?!(?:well|part|such|a|an|host|hosts|guest|guests|expected|planned|agreed|scheduled|usual|promised"
          r"|announced|reported|before|soon|long|far|much|many|if|though|of|to|for|the\s+host|the\s+guest)\b)[^.;]*",
}
# A relative clause on a place tells what else goes on there: "…in Brussels, where EU ministers had
# approved sanctions", „…in Kiew, wo russische Drohnen einschlugen“ (not "where he met X", nor a clause
# that tells talks, a meeting or a call: those may be the event).
PLACE_CLAUSE: dict[str, str] = {
    "de": r",\s+wo\s+(?!(?:er|sie|es|wir|man)\b)[^.;]*",
    "en": r",\s+where\s+(?!(?:he|she|they|we|it)\b)[^.;]*",
}
# A phrase of cause names what the event answers, not who takes part: "amid tensions with Eritrea's
# President X", "following threats by X", „angesichts der Drohungen von X“, or what it comes after ("his
# first trip since the invasion of Ukraine", „seit dem Einmarsch Russlands“); its words up to the next
# comma, at most this many (one that names talks, a meeting or a call is left: "following talks with X").
CAUSE: dict[str, tuple[str, int]] = {
    "de": (r"\b(?:[Aa]ngesichts|[Ii]nmitten|[Ii]nfolge|[Aa]ls\s+Reaktion\s+auf|[Ss]eit\s+(?=(?:dem|der|den)\s))\s*",
           6),
    "en": (r"\b(?:[Aa]mid(?:st)?|[Ff]ollowing|[Ii]n\s+(?:response|reaction)\s+to|[Ii]n\s+the\s+wake\s+of"
           r"|[Oo]n\s+the\s+heels\s+of|[Ss]ince(?=\s+(?:the|his|her|their|its)\s))\s+", 8),
}
# A clause of purpose names what the event is to be about: "met X to discuss Somalia", „…, um über
# die Forderungen von X zu sprechen“ (not „um mit X zu sprechen“, "to discuss trade with X": X is
# the other side).
PURPOSE: dict[str, str] = {
    "de": r",\s+um\s+(?![^.;,]*\bmit\b)[^.;,]*?\bzu\s+[\wäöüß]+",
    "en": r"\bto\s+(?:discuss|talk\s+about|review|address|examine|consider|debate|assess)\b(?![^.;]*\bwith\b)[^.;]*",
}
# A phrase that places the event relative to another one names that other event's actors: "…, days
# after Russian strikes killed dozens in Kyiv", „wenige Tage nach den russischen Angriffen auf Kiew“,
# „kurz nachdem Russland …“ (up to the next comma; with a date of its own it is left, see below).
OTHER_EVENT_TIME: dict[str, str] = {
    "de": r"\b(?:(?:wenige|einige|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)\s+(?:Tage|Wochen|Monate|Stunden)"
          r"|[Kk]urz|[Uu]nmittelbar|[Ww]enige\s+Stunden)\s+(?:nach|vor|nachdem|bevor)\s+[^.;,]*",
    "en": r"\b(?:(?:days|weeks|months|hours)|(?:a|two|three|four|five|six|seven|few|several)\s+(?:days|weeks|months"
          r"|hours)|[Ss]hortly|[Jj]ust|[Ss]oon)\s+(?:after|before)\s+[^.;,]*",
}
# A concessive phrase names what the event goes on against ("despite warnings from the United States",
# „trotz der Warnungen der USA“): its words up to the next comma, at most this many (German puts the
# verb right after the phrase: „Trotz der Warnungen Russlands trafen sich …“).
CONCESSIVE: dict[str, tuple[str, int]] = {
    "de": (r"\b(?:[Tt]rotz|[Uu]ngeachtet)\s+", 4),
    "en": (r"\b(?:[Dd]espite|[Ii]n\s+spite\s+of|[Nn]otwithstanding)\s+", 6),
}
# English writes a country's name before a noun as its adjective ("US territory", "U.S. soybeans"):
# then it qualifies the noun as "American" would.  After a preposition ("through US territory"), a
# lower-case word after the name is taken for such a noun unless it may be a verb or a function word:
# one of these, or ending in -ed or -ly.
EN_PREPOSITION_BEFORE = (r"\b(?:through|on|of|in|into|onto|from|to|for|against|across|over|under|toward|towards"
                         r"|about|at|by|via|within|without|beyond)\s+$")
EN_NOT_A_NOUN: frozenset[str] = frozenset({
    "is", "was", "are", "were", "be", "been", "has", "had", "have", "will", "would", "could", "should",
    "can", "may", "might", "must", "shall", "did", "does", "do", "said", "told", "sent", "made", "took",
    "gave", "became", "left", "set", "put", "let", "cut", "hit", "led", "met", "held", "won", "lost",
    "paid", "sold", "built", "brought", "bought", "fought", "kept", "spent", "struck", "stood", "saw",
    "sought", "threw", "drew", "began", "went", "came", "got", "ran", "rejected", "and", "or", "but",
    "also", "now", "already", "still", "then", "too", "again", "first", "last", "later", "alone",
    "itself", "together", "on", "in", "at", "to", "for", "with", "by", "from", "of", "as", "after",
    "before", "over", "under", "into", "against", "that", "which", "who", "whose", "not", "never",
})
# A sentence that places a meeting before or after the event told ("Lula later met business leaders",
# „Zuvor hatte er X getroffen“) tells another meeting; only a trip goes on through its later stops
# („Anschließend traf er X“ on a state visit).
EARLIER_OR_LATER: dict[str, str] = {
    "de": r"(?i)\b(?:später|anschließend|danach|hinterher|zuvor|vorher|vorab|tags\s+darauf)\b",
    "en": r"(?i)\b(?:later|afterwards?|subsequently|earlier|previously|beforehand|the\s+next\s+day)\b",
}
EARLIER: dict[str, str] = {
    "de": r"(?i)\b(?:zuvor|vorher|vorab)\b",
    "en": r"(?i)\b(?:earlier|previously|beforehand)\b",
}
# Who reacts to an act judges it from outside: "a move welcomed by Kyiv but criticised by Hungary's
# Orban", „ein von Berlin begrüßter Schritt“ (German: ``clausecues.agent_of_attribute``).
REACTION_BY: dict[str, str] = {
    "en": r"\b(?:welcomed|criticised|criticized|condemned|praised|rejected|slammed|hailed|opposed|denounced"
          r"|applauded|lauded|decried|questioned)\s+by\s+[^.;]*",
    "de": r",\s+(?:was|der|die|das)\s+(?:von|vom)\s+[^.;,]*?\s+(?:begrüßt|kritisiert|verurteilt|gelobt|abgelehnt"
          r"|zurückgewiesen|unterstützt)\w*[^.;,]*",
}
# A person named as the source of a sentence ("…, according to negotiator X", „laut Sprecher X“) reports
# what the sentence tells; its countries say nothing of whom X serves.
SOURCE_BEFORE: dict[str, str] = {
    "de": r"(?i)\b(?:laut|zufolge|nach\s+Angaben)\s+(?:(?:des|der|dem|von|vom)\s+)?(?:[\w-]+\s+){0,3}$",
    "en": r"(?i)\baccording\s+to\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}$",
}
# Whom a speaker judges, accuses or warns of is what the speech is about, not a party to it:
# „Merz kritisierte Putin in einer Rede“, "accused Putin of war crimes", „warnte vor Putin“.
# (Added to the judging verbs of ``lang_data``; a meeting, call or talks in the same clause keeps its
# names: "praised Xi after their meeting".)
ACCUSING_VERBS: dict[str, frozenset[str]] = {
    "de": frozenset({"warnte", "warnten", "beschuldigte", "beschuldigten", "warf", "warfen", "attackierte",
                     "attackierten", "angriff", "rügte", "rügten", "mahnte", "mahnten"}),
    "en": frozenset({"accused", "warned", "blamed", "attacked", "denounced", "rebuked", "lambasted", "chided"}),
}
# Verbs by which someone presses another to act ("urged China to use its influence", „forderte Iran auf, …“,
# „rief China dazu auf“): whom they address is what the statement is about, as with a verb of judging.
APPEAL_VERBS: dict[str, frozenset[str]] = {
    "de": frozenset({"forderte", "forderten", "rief", "riefen", "drängte", "drängten", "appellierte",
                     "appellierten", "ermahnte", "ermahnten"}),
    "en": frozenset({"urged", "urges", "pressed", "pressured", "pressures", "implored"}),
}
# Verbs of accusing that also tell an act of force ("Norwegian drones attacked Iceland", „angriff“): their
# object is the state attacked, a party (CONVENTIONS §7), not one only judged.
FORCE_VERBS_TOO: dict[str, frozenset[str]] = {
    "de": frozenset({"attackierte", "attackierten", "angriff", "griff", "griffen"}),
    "en": frozenset({"attacked", "attacks", "attack"}),
}
# Verbs by which a state stands by an event from outside: it watches, supports or judges it („Russland
# beobachtet die Gespräche mit Sorge“, „Iran unterstützt die Gespräche“, "Iran backs the talks"): with the event
# noun as their direct object, the state is no party to the event.
OUTSIDE_VERBS: dict[str, frozenset[str]] = {
    "de": frozenset({"beobachtet", "beobachtete", "beobachteten", "beobachten", "unterstützt", "unterstützte",
                     "unterstützten", "unterstützen", "begrüßt", "begrüßte", "begrüßten", "begrüsst", "begrüsste",
                     "begrüssten", "verfolgt", "verfolgte", "verfolgten", "befürwortet", "befürwortete",
                     "befürworteten", "kritisiert", "kritisierte", "kritisierten", "verurteilt", "verurteilte",
                     "verurteilten"}),
    "en": frozenset({"supports", "supported", "backs", "backed", "observes", "watches", "watched", "welcomed",
                     "welcomes", "criticised", "criticized", "condemned", "monitors"}),
}
# Who wants, demands or expects something of an event talks about it from outside: "the US wants a
# toned-down statement to cap the summit", „Polen fordert vom Gipfel …“ (like a verb of saying).
WANTING_VERBS: dict[str, frozenset[str]] = {
    "de": frozenset({"will", "wollen", "wollte", "wollten", "fordert", "fordern", "forderte", "forderten",
                     "verlangt", "verlangen", "verlangte", "verlangten", "hofft", "hoffen", "hoffte", "hofften",
                     "erwartet", "erwarten", "erwartete", "erwarteten", "wünscht", "wünschte"}),
    "en": frozenset({"wants", "want", "wanted", "demands", "demanded", "urges", "urged", "hopes", "hoped",
                     "expects", "expected", "asks", "asked", "wishes", "wished"}),
}
# Who questions, defends or mocks an event talks about it from outside ("Congress leader X questioned
# the timing of the visit", „X bezweifelte den Sinn des Treffens“), like a verb of saying.
COMMENTING_VERBS: dict[str, frozenset[str]] = {
    "de": frozenset({"bezweifelte", "bezweifelten", "verteidigte", "verteidigten", "verspottete", "verspotteten",
                     "kommentierte", "kommentierten", "wertete", "werteten", "bewertete", "bewerteten",
                     "hinterfragte", "hinterfragten", "kritisierte", "kritisierten",
                     # (present forms, as a live ticker writes: „X nennt die Gespräche „zäh““)
                     "nennt", "nennen", "bezeichnet", "bezeichnen", "kritisiert", "bezweifelt", "kommentiert"}),
    "en": frozenset({"questioned", "dismissed", "derided", "mocked", "ridiculed", "downplayed", "defended",
                     "blasted", "lambasted", "described", "termed", "branded", "labelled", "labeled",
                     "doubted", "disparaged"}),
}
# A participle of saying opens what was said: "…, claiming that China was carrying out reclamation"
# (names in it are what was said, not who took part; German says it with a finite verb, which the
# events stage already reads).
REPORTING_PARTICIPLE: dict[str, str] = {
    "en": r"\b(?:claiming|saying|arguing|insisting|alleging|noting|adding|stressing|warning)\s+that\s+[^.;]*",
}

# The agent of a participle right after a noun describes the thing, it does not take part in the event
# told: "about tariffs imposed by President X", "a school built by Japan" (English; German puts the
# agent before its participle, see ``clausecues.agent_of_attribute``).  Group "noun" must not be an
# auxiliary (then the participle is the clause's passive: "was signed by X") and "verb" not one of
# taking part ("talks mediated by Qatar", "a delegation led by X", "the summit hosted by X").
THING_AGENT: dict[str, str] = {
    "en": r"\b(?P<noun>[a-z][a-z-]+)\s+(?:(?:first|originally|recently|unilaterally|already|jointly|newly)\s+)?"
          r"(?P<verb>[a-z]+ed|built|made|drawn|written|taken|given|brought|sought|won|paid|sold|begun|shown"
          r"|thrown|set|put|cut)\s+by\s+(?:the\s+)?(?:(?:[A-Z][\w.'’-]*,?|of|the|and)\s+){0,6}$",
}
# ... and the agent of an act told as a noun: "condemned the detention of journalist X by Russia", "the
# annexation of Crimea by Russia" (not "the signing of the deal by X": an event noun keeps its agent).
# German puts the agent of a participle before it, inside the noun phrase: „ein von ihm ausgehandeltes
# Abkommen“, „die von den USA verhängten Zölle“: the agent (a name, a body, a pronoun) only describes the
# thing, as "a school built by Japan" does; the determiner before „von“ and the inflected participle
# before a noun tell the attribute from a passive („wurde von X empfangen“).  An event noun keeps its
# agent („des von der EU vermittelten Dialogs“: the EU mediates).  Groups: agent, participle, noun.
ATTRIBUTE_AGENT: dict[str, str] = {
    "de": r"\b(?i:ein|eine[mnrs]?|der|die|das|de[mns]|diese[mnrs]?|seine[mnrs]?|ihre[mnrs]?|unsere[mnrs]?"
          r"|alle|mehrere|zwei|drei|beide[nr]?)\s+(?:[a-zäöüß]+e[mnrs]?\s+)?"
          r"(?P<agent>(?:von|vom)\s+(?:(?:de[mnrs]|die|das|ihm|ihr|ihnen|ihn|[A-ZÄÖÜ][\w.'’-]*)\s+){1,4}?)"
          r"(?:[a-zäöüß]+\s+)?(?P<verb>(?!(?:unter|hinter|später|weiter|wieder|immer|oder|aber|ander)\w*\s)"
          r"[a-zäöüß]{3,}(?:t|en)(?:e|es|en|em|er))\s+(?P<noun>[A-ZÄÖÜ][\wäöüß-]+)",
}
# A state or body named only as whose help, mediation or offer someone offers, promises or welcomes: „hat
# ihr die Vermittlung Österreichs angeboten“, „die Unterstützung der EU zugesagt“, „das Angebot der Schweiz
# begrüsst“, "offered U.S. assistance" -- the thing given is the act's object (what is told), its owner no
# party of the act (not „unter Vermittlung der Emirate“: no determiner, the mediator of the act told).
# "before": the noun of the thing before the name; "after": the verb of offering in the rest of the clause
# (German, verb-final) or the noun of the thing after the name (English, after the verb).
OFFERED_THING: dict[str, tuple[str, str]] = {
    "de": (r"(?i)\b(?:die|das|den|ihre|seine|ihr|sein|unsere|unser)\s+(?:[a-zäöüß-]+e[nmrs]?\s+)?"
           r"(?:unterstützung|vermittlung|hilfe|angebot|vermittlungsangebot|beistand|solidarität|mithilfe)\s+"
           r"(?:der\s+|des\s+)?$",
           r"(?i)^[^.;:,]*?\b(?:zugesagt|angeboten|zugesichert|begrüßt|begrüsst|versprochen|abgelehnt|angenommen"
           r"|ausgeschlagen)\b"),
    "en": (r"(?i)\b(?:offered|offers|offering|pledged|pledges|promised|promises|welcomed|welcomes|accepted|accepts"
           r"|rejected|rejects|declined|declines)\s+(?:the\s+|an?\s+)?$",
           r"^(?:['’]s?)?\s+(?:[a-z]+\s+)?(?:assistance|aid|support|help|mediation|offer|proposal)\b"),
}
NOUN_AGENT: dict[str, str] = {
    "en": r"\b(?:the|a|an|its|his|her|their)\s+(?P<noun>[a-z][a-z-]+)\s+of\s+(?:[\w.'’-]+\s+){1,5}by\s+"
          r"(?:the\s+)?(?:(?:[A-Z][\w.'’-]*,?|of|the|and)\s+){0,6}$",
}
NOT_A_THING: frozenset[str] = frozenset({
    "was", "were", "been", "be", "is", "are", "being", "get", "gets", "got", "getting", "had", "has", "have",
    "and", "or", "but", "who", "which", "that", "jointly", "also",
})
TAKING_PART_PARTICIPLES: frozenset[str] = frozenset({
    "signed", "hosted", "attended", "mediated", "brokered", "chaired", "co-chaired", "led", "headed", "organised",
    "organized", "convened", "joined", "accompanied", "received", "represented", "negotiated", "called",
    "visited", "opened", "addressed", "moderated", "welcomed", "greeted", "met", "delivered", "given",
})

# A thing someone sent or gave names its author, not a party to the event: "handed him a letter from
# Supreme Leader X", "pressure from Senator X" (not "a call from X", "a delegation from X", "an
# invitation from X": a call, a group and a host take part).
FROM_AUTHOR: dict[str, str] = {
    # (between: a role, "criticism from EU foreign policy chief X"; German "von" is as often the agent of
    # a passive, so only nouns of reaction and of things sent: „Kritik von X“, „ein Brief von X“)
    "en": r"\b(?P<noun>[a-z][a-z-]+)\s+from\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,5}$",
    "de": r"\b(?P<noun>Kritik|Lob|Protest|Proteste[n]?|Widerspruch|Zuspruch|Unterstützung|Rückendeckung|Warnungen"
          r"|Drohungen|Brief|Briefe|Schreiben|Botschaft|Nachricht|Glückwünsche|Grüße|Einladungsschreiben"
          # (a motion or proposal someone filed: „berät eine Motion von Ständerat X“)
          r"|Motion|Postulat|Interpellation|Vorstoß|Vorstoss|Vorschlag|Gesetzentwurf)\s+"
          r"(?:von|vom|aus)\s+(?:(?:der|dem|den)\s+)?(?:[\w.'’-]+\s+){0,4}$",
}
KEEP_BEFORE_FROM: frozenset[str] = frozenset({"invitation", "invitations", "visitor", "visitors", "guest", "guests",
                                              "counterpart", "counterparts", "team", "teams", "side", "state",
                                              "heads", "participants", "attendees", "dignitaries", "figures",
                                              "people", "politicians", "lawmakers", "legislators", "executives"})

# A hyphen compound of states or bodies before a noun of joint talks names the sides of those talks:
# "US-Russian talks", "the Japan-South Korea summit", „deutsch-polnische Regierungskonsultationen“,
# „EU-China-Gipfel“.  The noun (its end: German compounds „Handelsgespräche“), and how many lower-case
# words may stand between ("US-China trade talks"); relations, wars and deals are no such noun.
JOINT_NOUNS: dict[str, tuple[str, ...]] = {
    "de": ("gespräch", "gespräche", "gesprächen", "verhandlungen", "verhandlungsrunde", "gesprächsrunde", "gipfel",
           "gipfels", "gipfeltreffen", "treffen", "konsultationen", "dialog", "dialogs", "beratungen",
           "telefonat", "telefonats"),
    "en": ("talks", "negotiations", "summit", "meeting", "consultations", "dialogue", "call"),
}
JOINT_MODIFIERS: dict[str, int] = {"de": 0, "en": 2}
# Before the compound: the talks are another event the sentence places its own by ("ahead of the US-China
# summit", „nach den russisch-ukrainischen Gesprächen“) or what it is about („über die … Verhandlungen“).
JOINT_ELSEWHERE_BEFORE: dict[str, str] = {
    "de": r"(?i)\b(?:vor|nach|seit|über|für|zu|zum|zur|wegen|um|trotz)\s+(?:de[mnrs]|die|das|eine[mnrs]?|ihre[mnrs]?"
          r"|seine[mnrs]?)?\s*(?:[a-zäöüß][\wäöüß]*\s+){0,2}$",
    "en": r"(?i)\b(?:ahead\s+of|before|after|since|following|about|on|over|regarding|for|despite|into)\s+"
          r"(?:the|a|an|its|their|his|her)?\s*(?:[a-z][\w-]*\s+){0,2}$",
}

# Cues of taking part that a fixed phrase (``PARTICIPATION_CUES`` of the time data) cannot hold: a
# German separable verb around its object („nimmt am Gipfel teil“), future and present forms ("will
# also attend", "is expected to join"), and a list of who took part ("Participants included X").
PARTICIPATION_PATTERNS: dict[str, tuple[str, ...]] = {
    "de": (r"\b(?:nimmt|nehmen|nahm|nahmen)\b[^.;:!?]{0,80}?\bteil\b", r"\bteil(?:nehmen|genommen|zunehmen)\b",
           r"\bmit\s+am\s+tisch\b", r"\bzu\s+den\s+teilnehmern\b", r"\bteilnehmer(?:innen)?\s+(?:waren|sind)\b",
           # a list of the group just told: „Unter ihnen war auch X“, „Darunter waren X und Y“
           r"\bunter\s+ihnen\s+(?:war|waren|ist|sind)\b", r"^\s*darunter\s+(?:war|waren|ist|sind)\b",
           # who is expected at the event: „Erwartet werden Vertreter von acht Staaten“
           r"^\s*erwartet\s+(?:werden|wird)\b"),
    "en": (r"\b(?:will|would|(?:is|are|was|were)\s+(?:expected|set|due|scheduled)\s+to)\s+(?:also\s+)?"
           r"(?:attend|join\s+(?:the|them|him|her)|take\s+part|participate)\b",
           r"\b(?:attends|takes\s+part|take\s+part|participates|participated)\b",
           r"\b(?:participants|attendees|those\s+present)\s+(?:included|include|were)\b",
           r"\bamong\s+(?:those\s+(?:present|attending)|the\s+(?:participants|attendees))\b",
           r"\b(?:was|were)\s+(?:also\s+)?present\b", r"^\s*among\s+them\s+(?:was|were|is|are)\b"),
}

# A clause of comparison with another's earlier act names that act's author, not a party to the event:
# „kündigte an, die Hilfe aufzustocken, wie Kanzler X es gefordert hatte“, "…, as President X had demanded".
OTHERS_ACT_AS: dict[str, str] = {
    "de": r"\bwie\s+[^,;.]*?\b(?:gefordert|verlangt|angekündigt|vorgeschlagen|versprochen|angeregt|gewünscht"
          r"|angedroht|empfohlen|angemahnt|zugesagt)\s+(?:hatte|hatten|hat|haben)\b",
    "en": r"\bas\s+[^,;.]*?\b(?:had\s+|has\s+)?(?:demanded|requested|promised|proposed|recommended|threatened"
          r"|suggested|called\s+for|asked\s+for|pledged)\b",
}

# A verb of discussing in the first clause of the sentence right after a meeting, talks or a call tells
# what its parties did there ("The two leaders met on Monday. X and Y discussed trade", „Am Dienstag
# telefonierte X mit dem US-Präsidenten. X und Y sprachen über Zölle“): whom it names took part.
DISCUSSING: dict[str, str] = {
    "de": r"^[^,;:]*?\b(?:sprachen|besprachen|erörterten|diskutierten|berieten|tauschten\s+sich)\b",
    "en": r"^[^,;:]*?\b(?:discussed|talked\s+about|exchanged\s+views|reviewed)\b",
}

# The state an act of force or pressure is directed at takes part in it (CONVENTIONS §7: "the country
# attacked"): "launched a drone attack on Ukraine", „verhängten Sanktionen gegen Iran“ — unless the
# sentence only judges or reports the act ("condemned the attacks on Ukraine").  The noun right before
# the preposition, and the preposition:
DIRECTED_AT: dict[str, str] = {
    "de": r"(?i)\b(?:\w*angriff(?:e|en)?|\w*anschlag|\w*anschläge|sanktionen|strafzölle|zölle|offensive|invasion|klage)"
          r"\s+(?:auf|gegen)\s+(?:die\s+|den\s+|das\s+|der\s+)?$",
    "en": r"(?i)\b(?:\w*attacks?|\w*strikes?|assault|offensive|invasion|sanctions|tariffs|lawsuit|suit)"
          r"\s+(?:on|against)\s+(?:the\s+)?$",
}

# Verbs by which a sentence only discusses, demands, proposes or weighs an act of force or pressure ("The two
# leaders discussed sanctions against Russia", „Sie forderten neue Sanktionen gegen Iran“): the act is not told
# as done, and the state it would be directed at takes part in no event the sentence tells.
ACT_ONLY_DISCUSSED: dict[str, frozenset[str]] = {
    "de": frozenset({"besprachen", "besprach", "diskutierten", "diskutierte", "diskutiert", "berieten", "beriet",
                     "erörterten", "erörterte", "forderten", "forderte", "gefordert", "fordern", "fordert",
                     "erwägen", "erwägt", "erwogen", "erwog", "vorgeschlagen", "schlugen", "schlug", "drohten",
                     "drohte", "droht", "drohen", "verlangten", "verlangte", "verlangt", "plädierten",
                     "plädierte"}),
    "en": frozenset({"discussed", "discuss", "discussing", "debated", "debate", "considered", "considering",
                     "weighed", "weighing", "proposed", "propose", "urged", "urge", "demanded", "demand",
                     "threatened", "threatening", "threaten", "sought", "pushed"}),
}

# What a cue of taking part names as attended: "will attend the funeral", „nimmt an der Trauerfeier teil“.
# When none of its words (group "phrase", up to three) is an event noun (meeting, summit, talks …), the
# sentence tells another occasion, and whom it names joins no event told before.
ATTENDED: dict[str, str] = {
    "de": r"\b[Aa]n\s+(?:der|dem|den|einer|einem|diese[mnr])\s+(?P<phrase>[\wäöüßÄÖÜ-]+(?:\s+[\wäöüßÄÖÜ-]+){0,2})",
    "en": r"(?i)\b(?:attend|attends|join|joins|take\s+part\s+in|takes\s+part\s+in|participate\s+in|participates\s+in"
          r"|participated\s+in)\s+(?:the|a|an|this|his|her|their)\s+(?P<phrase>[\w-]+(?:\s+[\w-]+){0,2})",
}

# A clause joined by a conjunction that goes straight on with its verb has no subject of its own: it
# shares the sentence's ("Egypt and Sudan ended the talks on Saturday, but agreed to meet again in
# January", „Serbien und Kosovo verhandelten am Montag und wollen am Mittwoch weiterreden“).  The
# conjunction, then optional adverbs, then a lower-case word that is none of these function words
# (which open a clause with a subject or a date of its own: "and the ministers will meet", „und am
# Mittwoch trifft X“).
SUBJECTLESS_CLAUSE: dict[str, str] = {
    "de": r"^\s*,?\s*(?:und|aber|doch|jedoch|sowie)\s+(?:(?:dann|danach|auch|später|zudem|anschließend)\s+)?"
          r"(?!(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|er|sie|es|wir|ihr|man|am|an|im|in|um|bei|nach"
          r"|vor|zum|zur|vom|mit|für|über|seit|ab|bis|dort|hier|dabei|darauf|dann|heute|morgen|gestern|nun|jetzt"
          r"|so|zwar|nicht|kein|keine)\b)[a-zäöüß][\wäöüß]*\b",
    "en": r"^\s*,?\s*(?:and|but|yet)\s+(?:(?:then|also|later|subsequently|have|has|had|will|would)\s+)?"
          r"(?!(?:the|a|an|he|she|it|they|we|you|i|his|her|its|their|this|that|these|those|there|on|in|at|by|for"
          r"|from|to|with|after|before|during|since|until|next|last|then|now|so|not|no|when|while|as|if)\b)"
          r"[a-z][\w-]*\b",
}

# A group named only by a noun that points back ("Die Delegationen sollen sich am 12. Januar treffen",
# "The two sides will meet again", „beide Seiten“): the sides are those a sentence just before named
# ("Gespräche zwischen Armenien und Aserbaidschan").  Group "count" (a number word, when given) must
# match how many sides that sentence names; group "noun" says whether they are states or persons.
GROUP_ANAPHOR: dict[str, str] = {
    "de": r"(?i)\b(?:die|beide|beiden|den|der)\s+(?:(?P<count>beiden|zwei|drei|vier|fünf)\s+)?"
          r"(?P<noun>Seiten|Delegationen|Länder|Staaten|Regierungen|Verhandlungsparteien|Konfliktparteien"
          r"|Nachbarländer|Nachbarstaaten|Minister|Außenminister|Aussenminister|Präsidenten|Staatschefs"
          r"|Regierungschefs|Unterhändler|Verhandlungsführer)\b",
    "en": r"(?i)\b(?:the|both)\s+(?:(?P<count>two|three|four|five)\s+)?(?P<noun>sides|delegations|negotiators"
          r"|countries|states|nations|governments|neighbours|neighbors|parties|leaders|ministers|presidents|premiers)\b",
}
GROUP_COUNTS: dict[str, int] = {"beiden": 2, "beide": 2, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "two": 2,
                                "both": 2, "three": 3, "four": 4, "five": 5}
# Nouns of the group that are persons, not states ("the two leaders", „die beiden Minister“).
GROUP_PERSON_NOUNS: frozenset[str] = frozenset({
    "minister", "außenminister", "aussenminister", "präsidenten", "staatschefs", "regierungschefs", "leaders",
    "ministers", "presidents", "premiers"})
# The sides of talks as a sentence names them: "zwischen Armenien und Aserbaidschan", "between X and Y".
BETWEEN: dict[str, str] = {
    "de": r"\bzwischen\s+[^,;.:]*",
    "en": r"\bbetween\s+[^,;.:]*",
}
# "Die beiden hatten sich bereits im November getroffen", "The two met again on Friday": the two persons
# (or else the two states) the sentence just before named.
BARE_PAIR: dict[str, str] = {
    "de": r"\b[Dd]ie\s+beiden\s+(?=[a-zäöüß])",
    "en": r"\b[Tt]he\s+two\s+(?=(?:met|had|have|will|would|were|are|agreed|spoke|talked|held|sat|signed)\b)",
}

# A cue of taking part in the future tense ("Die EU und die USA sollen als Beobachter teilnehmen", "will
# also attend") names who joins an event still to come: the one told last before it.
FUTURE_TAKING_PART: dict[str, str] = {
    "de": r"(?i)\b(?:wird|werden|soll|sollen|wollen|will)\b[^.;:!?]{0,80}?\bteil(?:nehmen|zunehmen)\b",
    "en": r"(?i)\b(?:will|shall|(?:is|are)\s+(?:expected|set|due|scheduled)\s+to)\s+(?:also\s+)?(?:attend|take\s+part"
          r"|participate|join)\b",
}
# A pronoun that opens a sentence reporting the one before it („Das teilte X mit“, "That was said by X").
REPORT_OPENERS: dict[str, frozenset[str]] = {
    "de": frozenset({"das", "dies"}),
    "en": frozenset({"this", "that"}),
}
# Words that name an event as the next of its series ("next year's summit", „der nächste Gipfel“, "meet
# again"): another occurrence than one told as done.
NEXT_OCCURRENCE: dict[str, str] = {
    "de": r"(?i)\b(?:nächste[nmrs]?|kommende[nmrs]?)\s+(?:\w+\s+)?"
          r"(?:Gipfel|Treffen|Runde|Sitzung|Konferenz|Gespräch|Tagung)|\b(?:erneut|wieder)\b",
    "en": r"(?i)\bnext\s+year[’']s\b|\bnext\s+(?:\w+\s+)?(?:summit|meeting|round|session|conference|talks|forum)\b"
          r"|\bagain\b",
}
# An event's own sentence that tells it as still to come (not only a date after the day of writing):
# "will meet", „soll … unternommen werden“, "is expected to", „ist geplant“.
FUTURE_TOLD: dict[str, str] = {
    "de": r"(?i)\b(?:wird|werden|soll|sollen|will|wollen|geplant|angesetzt|vorgesehen|kommende[nmrs]?"
          r"|nächste[nmrs]?)\b",
    "en": r"(?i)\b(?:will|shall|(?:is|are)\s+(?:expected|due|set|scheduled|planned|slated)\s+to|plans?\s+to"
          r"|planned|scheduled|upcoming|next)\b",
}

# A clause of saying that closes the sentence: "…, the governor reported.", "…, Novak said.", „…, sagte
# Berger.“, „…, teilte das Ministerium mit.“  Whoever it names only tells what the clause before it
# reports (CONVENTIONS §7: not who only announced or reported the event); see ``extract/sayers.py``.
TRAILING_SAYER: dict[str, str] = {
    "de": r",\s*(?:sagte|sagten|erklärte|erklärten|berichtete|berichteten|bestätigte|bestätigten|betonte|betonten"
          r"|meldete|meldeten|schrieb|schrieben|teilte|teilten|verlautete|kündigte|kündigten)\s+[^,;:„“\"«»]{1,90}?"
          r"(?:\s+(?:mit|an))?\s*[.!]?\s*$",
    # (also a clause of saying set off in the middle: "…, the White House said, in the largest swap …")
    "en": r",\s*(?:(?:[^,;:“”\"]{1,90}?\s+(?:said|says|reported|confirmed|announced|added|wrote"
          r"|told\s+[^,;:“”\"]{1,40}?))|(?:said|says)\s+[^,;:“”\"]{1,90}?)(?:\s*[.!]?\s*$|(?=,\s+(?:in|at|on|as)\s))",
}
# A verb of saying followed by what was said as a clause with a subject of its own: "X said leaders
# had agreed to meet in March", „X kündigte an, die Außenminister würden sich kommende Woche treffen“.
# Group ``content`` starts what was said; see ``extract/sayers.py``.
LEADING_SAYER: dict[str, str] = {
    "de": r"\b(?:sagte|sagten|erklärte|erklärten|bestätigte|bestätigten|betonte|betonten|berichtete|berichteten"
          r"|kündigte\s+an|kündigten\s+an|teilte\s+mit|teilten\s+mit)\s*,\s*(?:dass\s+)?(?P<content>\S)",
    # (also a saying added on: "…, she said, adding that the Mission would host a meeting next month")
    "en": r"\b(?:said|says|announced|confirmed|told\s+(?:reporters|journalists|lawmakers|parliament)"
          r"|adding(?=\s+that\b))\s+(?:that\s+)?(?P<content>\S)",
}
# What was said is a clause only when its verb comes before its date, within a few words: "said leaders
# had agreed to meet in March", not "announced the pact last September" or "told reporters in La Paz on
# Tuesday" (German puts a comma before every such clause).
SAID_CLAUSE_VERB: dict[str, str] = {
    # (a longer subject when it is a body's name: "said the Joint Committee of the House of Representatives
    # and the High Council of State had met in Tunis from 2 to 5 March")
    "en": r"(?i)^(?:(?:[\w'’.-]+\s+){1,6}?|(?:the\s+)?(?:(?-i:[A-Z][\w'’.-]*)\s+(?:(?:of|and|for)\s+(?:the\s+)?)?)"
          r"{2,12}?)(?:would|will|had|has|have|was|were|is|are|could|should|might|may|must|did"
          r"|agreed|planned|intended)\b",
}
# What was said tells a plan of others with no date at all ("said a similar mission is planned for the fall",
# "said a summit would be held"): the sayer only announces it.
SAID_PLAN: dict[str, str] = {
    "en": r"(?i)^(?:[\w'’.-]+\s+){1,6}?(?:will|would|is|are|was|were)\s+(?:(?:be|being)\s+)?"
          r"(?:planned|scheduled|expected|set|due)\b",
}
# First words of what was said that take up the sayer or someone named before ("said his government
# would", „sagte, er werde“): then the sayer may well take part in what was said.
SAYER_TAKEN_UP: dict[str, frozenset[str]] = {
    "de": frozenset({"er", "sie", "wir", "ich", "man", "sein", "seine", "seiner", "ihr", "ihre", "ihrer", "es",
                     "beide", "beiden", "gemeinsam"}),
    "en": frozenset({"he", "she", "they", "we", "i", "his", "her", "their", "our", "its", "it", "both"}),
}
# Verbs whose object names an event their subject only refers to, announces or judges ("X referred to the
# vote in the assembly", „X hat einen Sondergipfel angekündigt“, "welcomed the talks"): the subject is no
# party of that event (CONVENTIONS §participants: not who only announced or reported it).  Not verbs of
# travelling, hosting or attending: those make parties.  See ``extract/referrers.py``.
REFERRING_VERBS: dict[str, frozenset[str]] = {
    "de": frozenset({"verwies", "verwiesen", "verweist", "erinnerte", "erinnerten", "kündigte", "kündigten",
                     "angekündigt", "bestätigte", "bestätigten", "begrüßte", "begrüßten", "begrüsste", "begrüssten",
                     "lobte", "lobten", "kritisierte", "kritisierten", "kritisiert", "verurteilte", "verurteilten",
                     "bedauerte", "bedauerten", "würdigte", "würdigten", "kommentierte", "kommentierten",
                     "bezeichnete", "bezeichneten", "erwähnte", "erwähnten", "thematisierte", "wertete", "werteten",
                     "erkundigte", "erkundigten"}),
    "en": frozenset({"referred", "recalled", "cited", "mentioned", "announced", "confirmed", "welcomed", "praised",
                     "criticised", "criticized", "condemned", "hailed", "slammed", "discussed", "noted",
                     "regretted", "lauded", "applauded", "described",
                     # (a participle clause after the saying: "…, she warned, recalling the clashes in May";
                     # "pointed to the collision on Nov 17")
                     "recalling", "citing", "referring", "noting", "mentioning", "pointed", "pointing",
                     "welcoming", "condemning", "praising", "criticising", "criticizing"}),
}
# Verbs of recalling a thing of the past: a date in their object is that thing's, not the recalling's ("pointed
# to the collision on Nov 17"); unlike "confirmed the agreement on Thursday", whose date is the telling's.
RECALLING_VERBS: dict[str, frozenset[str]] = {
    "de": frozenset({"verwies", "verwiesen", "verweisend", "erinnerte", "erinnerten", "erinnernd"}),
    "en": frozenset({"referred", "referring", "recalled", "recalling", "cited", "citing", "pointed", "pointing"}),
}
# The object that names the event: what may stand between the verb (English) or the clause's start (German)
# and the event's word — an article or preposition and a few lower-case words or a date ("the October 19",
# „auf die Abstimmung“, „einen neuen“).  A possessive ("his meeting", „ihr Gespräch“) or "with X" after the
# word makes the event the subject's own.
REFERRED_OBJECT: dict[str, str] = {
    "de": r"(?:\b(?:auf|an|nach)\s+)?\b(?:die|den|das|dem|der|ein|eine|einen|einem|einer|diese[nmrs]?)\s+"
          r"(?:[a-zäöüß][\wäöüß-]*\s+){0,3}$",
    "en": r"^\s+(?:to\s+)?(?:the|a|an|this|that|last|next|yesterday's|today's)\s+"
          r"(?:(?:[a-z\d][\w-]*|January|February|March|April|May|June|July|August|September|October|November"
          r"|December)\s+){0,3}$",
}
OWN_EVENT: dict[str, str] = {
    "de": r"(?i)\b(?:sein\w*|ihr\w*|unser\w*|gemeinsam\w*)\s+(?:[\wäöüß-]+\s+){0,2}$",
    "en": r"(?i)\b(?:his|her|their|its|our|joint)\s+(?:[\w-]+\s+){0,2}$",
}
OWN_EVENT_AFTER: dict[str, str] = {
    "de": r"^\s+mit\b",
    "en": r"^\s+with\b",
}
# A house or body named after a preposition of place ("im Nationalrat", "in the Dáil", „in der Kammer X“):
# the setting of what its subject does there, not a party, when the clause names a person who acts.
SETTING_BEFORE: dict[str, str] = {
    "de": r"\b(?:[Ii]m|[Ii]n\s+der|[Ii]n\s+dem)\s+(?P<name>[A-ZÄÖÜ][\wÄÖÜäöüß'’-]*(?:\s+[A-ZÄÖÜ][\wÄÖÜäöüß'’-]*){0,3}"
          r"(?:\s+(?:des|der)\s+[A-ZÄÖÜ][\wÄÖÜäöüß'’-]*)?)",
    # ("at Parliament", "at the Beehive": not "at the NATO summit", where the name qualifies the event)
    "en": r"\b(?:(?:[Ii]n|[Ii]nside)\s+the\s+|[Aa]t(?:\s+the)?\s+(?=[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
          r"(?![\w'’-]|\s+[A-Z])(?!\s+(?!(?:on|in|at|and|to|for|with|where|which|when|this|last|late|early|after"
          r"|before|during|today|yesterday|tomorrow|the|a|an)\b)[a-z])))"
          r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})",
}
# A house's name that names its building („Abgeordnetenhaus“, „Bundeshaus“, „Kanzleramt“ is a body):
# where a party or body acts, not a party itself.
BUILDING: dict[str, str] = {
    "de": r"(?:haus|gebäude|palast|palais)$",
    "en": r"(?:House|Building|Palace|Beehive)$",
}
# Means of force after an adjective of nationality: "Russian drones struck …", "a Norwegian missile
# strike", „bei norwegischen Drohnenangriffen“, "Philippine supply vessels clashed": the state whose
# weapons, units or vessels they are acts in the attack or clash (the noun alone is no event word).
FORCE_NOUN: dict[str, str] = {
    "de": r"(?i)^\w*(?:drohnen?|raketen?|marschflugkörpern?|kampfjets?|kampfflugzeugen?|bombern?|angriffen"
          r"|luftangriffe[n]?|artillerie|beschuss|kriegsschiffen?|schiffen?|booten?|einheiten|soldaten)$",
    "en": r"(?i)^\w*(?:drones?|missiles?|rockets?|warplanes?|jets?|bombers?|artillery|shelling|airstrikes?|strikes?"
          r"|warships?|vessels?|ships?|boats?|troops|soldiers|units)$",
}
# Tariffs or duties on goods of a state, told before the state's adjective or "aus"/"from" + name: "a 30%
# tariff on Colombian goods", „Ausgleichszölle von bis zu 35 Prozent auf Elektroautos aus China“: the
# state whose goods are taxed is the party the act is directed at (as the state attacked).
GOODS_OF_STATE: dict[str, str] = {
    "de": r"(?i)\b\w*(?:zölle|zöllen|zoll|abgaben?)\b[^.;:!?]{0,40}?\s(?:auf|gegen)\s+(?:[\wäöüß-]+\s+){1,2}"
          r"(?:aus|von)\s+(?:der\s+|dem\s+|den\s+)?$",
    "en": r"(?i)\b(?:tariffs?|duties|levies|levy)\b[^.;:!?]{0,10}?\s(?:on|against)\s+(?:[\w-]+\s+){1,2}(?:from|of)"
          r"\s+(?:the\s+)?$",
}
# The same before an adjective of nationality: „Zölle auf chinesische Autos“, "a tariff on Mexican steel".
GOODS_ADJECTIVE_BEFORE: dict[str, str] = {
    "de": r"(?i)\b\w*(?:zölle|zöllen|zoll|abgaben?)\b[^.;:!?]{0,40}?\s(?:auf|gegen)\s+$",
    "en": r"(?i)\b(?:tariffs?|duties|levies|levy)\b[^.;:!?]{0,10}?\s(?:on|against)\s+$",
}
# An event named only as what something is done or paid for ("set aside Sh450 million for the talks",
# „stellt für die Ausrichtung der Gespräche 2,4 Millionen Franken zur Verfügung“): who pays, prepares or
# hosts the means is not placed at the event.  Text right before the event's anaphor (a noun of the
# act between: „für die Ausrichtung der …“, "for hosting the …", "for the preparation of the …").
FOR_THE_EVENT: dict[str, str] = {
    "de": r"(?i)\bfür\s+(?:(?:die|den|das|eine[n]?)\s+)?(?:[\wäöüß-]+\s+)?$",
    "en": r"(?i)\bfor\s+(?:the\s+)?(?:[\w-]+\s+)?(?:of\s+)?$",
}
# ... and only where the sentence names money or means (not "arrived in Geneva for the talks": who
# travels there takes part).
MEANS_FOR: dict[str, str] = {
    "de": r"(?i)\b(?:millionen|milliarden|franken|euro|dollar|budget|kredit\w*|mittel|ausrichtung|vorbereitung"
          r"|finanzierung|kosten)\b",
    "en": r"(?i)\b(?:million|billion|funds?|funding|budget|hosting|preparations?|costs?)\b|[$€£]\s?\d|\bSh\s?\d",
}
# A cue of joining from afar („per Video zugeschaltet“, "joined by video"): the joined event is a
# meeting or conference, never a phone call.
REMOTE_JOINING: dict[str, str] = {
    "de": r"(?i)\bzugeschaltet\b|\bper\s+video\b",
    "en": r"(?i)\b(?:by|via)\s+video(?:\s*link)?\b|\bvideo-?linked\b",
}
# A cue of taking part in the present tense („Die OSZE und die EU nehmen als Beobachter teil", "Norway
# takes part as an observer"): it tells of an event now or to come, not of one told as done.
PRESENT_TAKING_PART: dict[str, str] = {
    "de": r"\b(?:nimmt|nehmen)\b[^.;:!?]{0,80}?\bteil\b",
    "en": r"(?i)\b(?:attends|takes\s+part|participates)\b",
}
# Verbs of reporting that make a coordinated clause with a subject of its own a report by someone else
# ("…, and the Jakarta Post reported that the President had considered …", „…, und die Zeitung berichtete,
# …“): whom it names are what is reported, not parties of the event told before it (clauseparse).
REPORTING_CLAUSE: dict[str, frozenset[str]] = {
    "de": frozenset({"berichtete", "berichteten", "meldete", "meldeten", "schrieb", "schrieben", "berichtet",
                     "meldet", "schreibt"}),
    "en": frozenset({"reported", "reports", "wrote", "writes", "quoted"}),
}
# Verbs of demanding or urging: the infinitive clause after them („X forderte, das Thema beim Treffen … auf
# die Tagesordnung zu setzen“) is done by whoever is asked, so the demander is no party of an event named
# in it (not „hoffen“, „ankündigen“: their subject does it himself).  Used by clauseparse.
DEMANDING_VERBS: dict[str, frozenset[str]] = {
    "de": frozenset({"fordert", "fordern", "forderte", "forderten", "verlangt", "verlangen", "verlangte",
                     "verlangten", "drängt", "drängte", "drängten", "appelliert", "appellierte", "appellierten",
                     "mahnt", "mahnte", "mahnten", "empfahl", "empfiehlt", "riet", "rät"}),
    "en": frozenset({"urged", "urges", "demanded", "demands", "appealed", "appeals"}),
}

# What joins two items of news in one headline: a clause of its own after "as"/"while"/„während“, a
# semicolon, a spaced dash, a bar ("Guyana, Venezuela talks set for Kingston as CARICOM summit opens",
# „Gipfel in Paris – Scholz trifft Macron“); a comma only between items of two words or more ("UN vote on
# Haiti force, EU-China summit postponed"; not the list "Guyana, Venezuela talks").
HEADLINE_JOINS: dict[str, str] = {
    "de": r"\s+während\s+|;\s+|\s+[–—|]\s+",
    "en": r"\s+(?:as|while|amid)\s+|;\s+|\s+[–—|]\s+",
}

# A sentence in the pluperfect with a time of its own before the event („Österreich hatte die Gespräche seit
# dem Frühjahr vermittelt“, „hatte sich im Herbst als Gastgeber angeboten“, "had offered to host them months
# earlier"): an earlier act, whose parties are not placed at the event told before it.
PLUPERFECT: dict[str, str] = {
    "de": r"\b(?:hatte|hatten|war|waren)\b",
    "en": r"\bhad\b",
}
# A standing state told over a span up to now, in any tense („Er verlangt seit Monaten den Abzug der
# russischen Soldaten“, "has demanded for months"): no act at the event told before.
STANDING_FOR: dict[str, str] = {
    "de": r"(?i)\bseit\s+(?:Monaten|Jahren|Wochen|langem|Jahrzehnten)\b",
    "en": r"(?i)\b(?:for\s+(?:months|years|weeks|decades)|for\s+(?:many|several)\s+(?:months|years))\b",
}
EARLIER_TIME_OF_ITS_OWN: dict[str, str] = {
    "de": r"(?i)\b(?:seit\s+(?:dem|der|den|einem|einer|Monaten|Jahren|Wochen|langem)|im\s+(?:Frühjahr|Frühling"
          r"|Sommer|Herbst|Winter|Vorjahr)|vor\s+(?:einem|einer|zwei|drei|vier|\d+)\s+(?:Wochen|Monaten|Jahren|Jahr))\b",
    "en": r"(?i)\b(?:since\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter|\d{4})|in\s+the\s+(?:spring|summer|autumn"
          r"|fall|winter)|(?:weeks|months|years)\s+(?:ago|earlier))\b",
}
# A time phrase that places an act before another event or since one („Vor dem Gipfel in Brüssel streiten
# Deutschland und Frankreich …“, "…, and coordination ahead of the G7 meeting", „begleitet den Prozess seit
# den ersten Gesprächen der beiden Länder“): the event named inside is only the time of the act around it,
# whose doers are not its parties (actingcountries.outside_a_time_phrase).  Opener, then a determiner.
# (not „nach“/"after": who acts right after a meeting has mostly taken part in it)
TIME_PHRASE: dict[str, str] = {
    "de": r"(?<![\w-])(?:[Vv]or|[Ss]eit|[Ii]m\s+Vorfeld)\s+(?:de[mnrs]|eine[mrs]?|diese[mnrs]|seine[mnrs]?|ihre[mnrs]?)"
          r"\s+(?:[\w'’.-]+\s+){0,3}$",
    "en": r"(?<![\w-])(?:[Aa]head\s+of|[Bb]efore|[Ss]ince|[Ii]n\s+the\s+(?:run|lead)-up\s+to)\s+"
          r"(?:the|a|an|this|next|last|its|their|his|her|[A-Z][a-z]+day['’]s)\s+(?:[\w'’.-]+\s+){0,3}$",
}
# Inside such a phrase, a word naming the other side makes the act's doer the first side ("ahead of talks
# with Iran, the US …", „vor dem Treffen mit Putin …“): the phrase's doers stay.
TIME_PHRASE_OTHER_SIDE: dict[str, str] = {
    "de": r"\b(?:mit|gegen)\b",
    "en": r"\b(?:with|against)\b",
}
# An election's party is the state that holds it, also named around the phrase („Seit der Parlamentswahl
# sind die Niederlande ohne Regierung“): the phrase withholds no one (noun endings, lower case).
TIME_PHRASE_ELECTIONS: dict[str, tuple[str, ...]] = {
    "de": ("wahl", "wahlen", "referendum", "referendums", "volksabstimmung"),
    "en": ("election", "elections", "referendum", "polls"),
}
# German words that go on a noun phrase after its noun (prepositions, articles, conjunctions): a lower-case
# word after a noun that is none of these is the finite verb, where a fronted phrase ends.
PHRASE_GOES_ON: dict[str, frozenset[str]] = {
    "de": frozenset("""in im am an auf aus bei beim mit nach von vom zu zum zur zwischen über unter für gegen um
        ohne seit vor der die das des dem den ein eine einer eines einem einen und oder sowie beiden zweier
        ersten zweiten dritten letzten nächsten neuen""".split()),
}
# A question the event is about („berieten darüber, wie man Russland begegnen könne“, "talks on how to counter
# Russia", "discussed whether to lift sanctions on Iran"): a country inside it is a topic, no party.  Up to
# the country, no comma after the question word.
TOPIC_QUESTION: dict[str, str] = {
    "de": r"\b(?:[Dd]arüber|[Dd]arum|über\s+die\s+Frage),?\s+(?:wie|ob|inwieweit|wann)\b[^.;:,!?]*$",
    "en": r"\b(?:on|about|over|discuss(?:ed|es|ing)?|consider(?:ed|s|ing)?|weigh(?:ed|s|ing)?)\s+(?:how|whether)\b"
          r"[^.;:,!?]*$",
}
# A clause of time or contrast whose subject is a country („seit Russland die Ukraine angegriffen hat“, "the
# first such meeting since Russia invaded Ukraine", "before China imposed tariffs", "While Germany hesitated,
# France and Italy agreed …", "… met on Monday while Russia warned against the deal"): the act it tells is
# another than the event told around it, and its countries are no parties of that event (actingcountries).
# Up to a comma.
TIME_CLAUSE: dict[str, str] = {
    "de": r"(?<![\w-])(?:[Ss]eit|[Bb]evor|[Ee]he|[Ww]ährend|[Ww]ohingegen)\s+(?=(?:die\s+|der\s+|den\s+)?[A-ZÄÖÜ])",
    "en": r"(?<![\w-])(?:[Ss]ince|[Bb]efore|[Ww]hile|[Ww]hilst|[Ww]hereas)\s+(?=(?:the\s+)?[A-Z])",
}
