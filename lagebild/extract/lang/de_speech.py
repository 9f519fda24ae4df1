"""German words of attribution: who a quotation is said to come from.

Data for ``extract.speakers``.  A frame is a verb of saying with its subject:
inverted after the quote („…“, sagte Merz), before it (Merz sagte: „…“) or
as „so Merz“.  The subject may name nobody: an impersonal „hieß es“, an
indefinite „ein Diplomat“, a group „aus Regierungskreisen“; then the quote has
no speaker (CONVENTIONS §8), however tempting the person named next door.
"""

from __future__ import annotations

# Finite verbs and participles of saying (lower case); "so" is handled as its own frame.
SPEECH_VERBS: frozenset[str] = frozenset(
    "sagte sagt sagten sagen erklärte erklärt erklärten betonte betont betonten meinte meint meinten "
    "sprach spricht sprachen warnte warnt warnten forderte fordert forderten bezeichnete bezeichnet "
    "bezeichneten nannte nennt nannten schrieb schreibt schrieben mahnte mahnt kritisierte kritisiert "
    "bekräftigte bekräftigt versicherte versichert unterstrich unterstreicht räumte zitiert zitierte "
    "hieß heißt hiess heisst äußerte äussert äusserte äußert geäußert geäussert erklärt verkündete "
    "verkündet bestätigte bestätigt ergänzte ergänzt fragte fragt antwortete antwortet kommentierte "
    "lobte lobt bilanzierte resümierte twitterte schrieb teilte teilt teilten fügte stellte "
    "appellierte appelliert drohte droht beklagte beklagt bedauerte begrüßte begrüsste "
    "gesagt gesprochen betont gewarnt gefordert gemahnt versichert bekräftigt "
    "entgegnete entgegnet entgegneten erwiderte erwidert erwiderten konterte kontert "
    "verlangte verlangt verlangten warf wirft warfen".split()
) | {"zeigte sich", "zeigt sich", "zeigten sich"}  # „zeigte sich „vorsichtig zuversichtlich““: how someone said it
# Subjects that name nobody: „hieß es“, „heißt es im Beschlusspapier“.
IMPERSONAL: frozenset[str] = frozenset({"es", "man"})
# Determiners that make a source indefinite: „ein Diplomat“, „mehrere Beamte“.
INDEFINITE: frozenset[str] = frozenset(
    "ein eine einer eines einem einen mehrere einige manche viele zwei drei andere".split()
)
# Plural or collective sources that are never one named person.
UNNAMED_NOUNS: frozenset[str] = frozenset(
    "kreise kreisen regierungskreisen diplomaten beobachter insider teilnehmer quellen experten "
    "analysten beamte beamten vertreter kritiker stimmen seite gegner anhänger unterstützer verbündete "
    "mitglieder".split()
)
# „Merz zufolge“, „laut Merz“, „nach Angaben von …“.
ACCORDING_TO = r"(?:\b[Ll]aut|\b[Nn]ach\s+Angaben\s+(?:von|des|der|aus)|\b[Gg]emäß)"
ACCORDING_AFTER = r"\s+zufolge\b"
# „der 64-Jährige“: a person named only by age is the person the text is about.
AGE_NOUN = r"\b(?:der|die|Der|Die)\s+\d{2,3}-[Jj]ährigen?\b"
# Konjunktiv I and II forms that carry on reported speech without a verb of saying.
REPORTED: frozenset[str] = frozenset(
    "werde sei habe könne müsse solle wolle dürfe gebe gehe stehe liege komme bleibe wisse "
    "werden seien hätte hätten wäre wären würde würden könnten müssten sollten".split()
)
# Words that join two speakers: „erklärten Macron und Merz gemeinsam“.
AND = ("und", "sowie")
# „der „…“-Sager von X“, „die „…“-Aussage des Ministers“: a quote named as someone's remark.
REMARK_OF = r"-(?:Sager|Aussage|Zitat|Äußerung|Äusserung|Spruch|Satz)\w*\s+(?:von|vom|des|der)\s+"
# „sein Büro“, „ihr Ministerium“: a person's institution speaks, no named person.
OWN_INSTITUTION = r"(?i:sein|seine|ihr|ihre)\s+(?:Büro|Ministerium|Sprecher\w*|Regierung|Partei|Team|Umfeld)\b"
# „die beiden erklärten“, „beide Politiker“: a joint subject of two persons named before.
PAIR = r"(?:die\s+beiden|beide)\b"
# Titles that relate their holder to someone else: never the person just quoted.
RELATIONAL = r"(?i:berater|sprecher|mitarbeiter|vertraute|beamte|gesandte|botschafter|diplomat)"
# A fronted adverbial before the verb of saying: the subject follows the verb („Nach dem Treffen mit
# seinem Amtskollegen X sagte Y: …“, „Am Rande des Gipfels sagte Y“), so a name in it is no speaker.
FRONTED = (r"^\s*(?:Nach|Bei|Vor|Am|Im|In|Auf|Mit|Zum|Zur|Während|Gegenüber|Neben|Angesichts|Wegen|Trotz|Über"
           r"|Seit|Unter|Dazu|Danach|Anschließend|Später|Zuvor|Dort|Hier|Zudem|Außerdem)\s"
           # („Dubois gegenüber sagte Weber“: a postposition after the name)
           r"|^\s*(?:[\w-]+\s+){1,3}gegenüber\s*$")

# „sagte der Republikaner“, „die CDU-Politikerin“: a party member stands for a person, never the party
# („die Republikaner“ without -in is the plural: the party may speak).
PARTY_MEMBER = (r"^\s*(?:(?:der|Der)\s+(?:[\w.]+-Politiker|Republikaner|(?:Sozial|Christ)?[Dd]emokrat|Sozialist"
                r"|Konservative|Liberale)|(?:die|Die)\s+(?:[\w.]+-Politikerin|Republikanerin|(?:Sozial|Christ)?"
                r"[Dd]emokratin|Sozialistin))\b")

# A quote right after a question word is the question („Auf die Frage „…“ antwortete X“, „fragte ein
# Reporter: „…““): the asker's, not the answerer's.
QUESTION_BEFORE = (r"(?:\b(?:fragte|fragt|fragten|Frage|Zwischenfrage)|\bwollte\s+(?:\S+\s+){0,3}wissen"
                   r"|(?P<passive>\b(?:wurde|wird|wurden)\s+(?:\S+\s+){0,3}gefragt))"
                   r"(?:\s+(?:von\s+)?(?:ein|eine|eines|einer|einem|der|des|die|dem)\s+[\w-]+(?:\s+[\w-]+)?"
                   r"|\s+[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?)?\s*[,:]?\s*$")
# A quote inside the question itself: „Auf die Frage, ob der Plan „…“ sei, sagte X nein“ — the asker's words.
QUESTION_CLAUSE = (r"\b(?:[Aa]uf\s+die\s+Frage|[Aa]uf\s+Nachfrage|[Gg]efragt)\b[^.;:!?]{0,40}?"
                   r"\b(?:ob|wie|was|warum|wann|weshalb|nach)\b(?P<rest>[^.;:!?]*)$")
# A remark named by its owner's genitive: „X reagierte auf Vances Vorwurf, er sei „…““ — Vance said it.
POSSESSED_REMARK = (r"(?P<owner>(?:[A-ZÄÖÜ][\w.'’-]*\s+){0,2}[A-ZÄÖÜ][\w-]*?)(?:s|['’])\s+(?:[a-zäöüß]+e[nmrs]?\s+)?"
                    r"(?:Vorwurf|Vorwürfe|Behauptung|Aussage|Aussagen|Äußerung|Äußerungen|Warnung|Worte|"
                    r"Darstellung|Beschreibung|Einschätzung)\b[^.;:!?]*$")
# Plural finite verbs of saying: „erklärten sie“ is a joint subject, not the woman named last.
PLURAL_VERB = r"(?i:(?!ge)\w+(?:ten|en))"
# A sentence right after a quote that names its speaker: „„…“ Das sagte Außenminister X am Freitag.“,
# „Mit diesen Worten reagierte X“.
NAMED_AFTER = (r"^\s*(?:Das|Dies|So|Mit diesen (?:Worten|Sätzen))\s+(?:sagte|erklärte|betonte|schrieb|meinte"
               r"|kommentierte|reagierte|twitterte|warnte|kritisierte|bilanzierte|antwortete|beschrieb|fasste"
               r"|äußerte sich|äusserte sich)\s+(?:es\s+)?")
# „Das Ministerium zitierte Harrow mit den Worten: „…““: the one quoted speaks, not the body quoting.
QUOTED_AS_BEFORE = r"\bzitierte?n?\s+(?P<subject>[^,.:;„“\"]{2,60}?)\s+mit\s+den\s+Worten\s*[,:]?\s*$"
QUOTED_AS_AFTER = r"(?!)"
# Heads of definite descriptions that name no office but take up the person the text is about, like a
# pronoun: „sagte der CDU-Politiker“, „sagte der General“, „so die Grünen-Politikerin“; also a Swiss
# government member's titles for the minister the text is about („Verkehrsministerin X … sagte die Bundesrätin“,
# „sagte die Vorsteherin des Departements“).
DESCRIBED_PERSONS: frozenset[str] = frozenset(
    "politiker politikerin general generalin militär offizier offizierin veteran veteranin "
    "bundesrat bundesrätin vorsteher vorsteherin".split()
)
