"""Words of agency credit lines and coverage compounds, per language (data for ``extract.credits``)."""

from __future__ import annotations

# „Quelle: dts Nachrichtenagentur“, "(Source: Reuters)": the label of a closing credit line.
CREDIT_LABELS: dict[str, tuple[str, ...]] = {
    "de": ("Quelle", "Quellen", "Mit Material von", "Material von", "Mit Material der", "Mit Material des",
           "Mit Informationen von", "Mit Informationen der"),
    "en": ("Source", "Sources", "Credit", "With inputs from", "Inputs from", "With files from", "With reporting from",
           "Files from"),  # not "reporting by": reporters
}
# Credit lines that name no outlet: "With inputs from agencies", „Quelle: Agenturen“.
GENERIC_CREDITS: frozenset[str] = frozenset({"agencies", "agency", "wires", "wire services", "staff", "agenturen",
                                              "nachrichtenagenturen", "red", "redaktion"})
# Nouns that make a bracketed name an agency: „(dts Nachrichtenagentur)“, "(Kyodo News Agency)".
AGENCY_NOUNS: tuple[str, ...] = ("Nachrichtenagentur", "Presseagentur", "Agentur", "news agency", "News Agency",
                                 "Press Agency", "wire service")
# „Blick-Interview“, „Spiegel-Bericht“: a compound that cites the outlet before the hyphen.
COVERAGE_NOUNS: dict[str, tuple[str, ...]] = {
    "de": ("Interview", "Bericht", "Recherche", "Recherchen", "Umfrage", "Podcast", "Gespräch", "Artikel",
           "Reportage", "Informationen", "Meldung", "Sendung", "Fernsehen", "Hörfunk", "Radio", "Talkshow",
           "Morgenmagazin", "Programm", "Nachrichten", "Magazin", "Pressestunde", "Sommergespräch",
           "Sommerinterview"),
    "en": (),
}

# Words that cite an outlet right before its name: "told the BBC", "in an interview with Der Standard",
# "according to a report in Haaretz", "speaking on RTÉ's Morning Ireland".  After them a name the lexicon
# marks as ambiguous ("Standard", "Times") or a capitalised "The …" mid-sentence is an outlet.
CITING_BEFORE: dict[str, str] = {
    "en": r"(?:\btold|\b[Ii]n an interview with|\b[Ss]peaking (?:to|on|with)|\bsaid on|\bappearing on|\bappeared on"
          r"|\b(?:wrote|writing) (?:in|for)|\ban? (?:op-ed|article|column|editorial|report|interview|piece|story)"
          r" (?:in|for|with|by|published by|published in|on)|\b(?:first )?reported by|\b[Aa]ccording to|, citing"
          r"|\bquoted by|\b[Ii]n comments to|\bin remarks to)",
    "de": r"(?:\b(?:sagte|sagt|erklärte|betonte|bestätigte|meinte|kündigte)\s+(?:\w+\s+){0,3}?(?:de[mrn]|den)"
          r"|\b(?:[Ii]m|[Ii]n einem) (?:Interview|Gespräch) mit (?:de[mr])|\bgegenüber (?:de[mr]|den)"
          r"|\b(?:[Ll]aut|[Gg]em(?:äß|äss))(?: einem Bericht)?(?: de[srm]| den)?|\bberichtete?n? (?:der|die|das)"
          r"|\bschrieben? (?:der|die|das)|\bmeldete?n? (?:der|die|das)|\bGastbeitrag (?:für|in) (?:de[nmr]|die|das))",
}
# Prepositions that cite what follows as a whole: „laut ‚Kathimerini‘ sind …“ (after a verb of saying the
# outlet must close the phrase instead: „sagte er der „Zeit“, …“).
CITING_PREPOSITIONS: dict[str, str] = {
    "de": r"\b(?:[Ll]aut|[Gg]em(?:äß|äss))(?: einem Bericht)?(?: de[srm]| den)?"
          r"|\b(?:[Ii]m|[Ii]n einem) Interview mit de[mr]",  # „in einem Interview mit der «X» verteidigt“
    "en": r"\b[Aa]ccording to(?: the)?",
}
# Verbs after a quoted outlet that say it reports: „wie die „Weltwoche“ berichtet“, „„Falter“ zufolge“.
REPORTING_AFTER: dict[str, str] = {
    "de": r"(?:berichtete?n?|schrieb|schreibt|meldete?n?|zufolge|unter Berufung|erfuhr|zitiert(?:e|en)?)\b",
    "en": r"(?:(?:first |previously |also )?reported|reports|wrote)\b",
}
# What may follow a reporting verb after a bare quoted name for it to cite an outlet („„Haaretz“ berichtete, …“,
# „… meldete am Sonntag“); „„X“ berichtete von Fortschritten“ tells what a body did.
REPORTING_CLOSE: dict[str, str] = {
    "de": r"(?:\s*[,.;:]|\s+(?:unter|am|zuerst|online|in seiner|in ihrer|auf seiner|auf ihrer))|(?<=zufolge)",
    "en": r"(?:\s*[,.;:]|\s+(?:on|that|citing|in|late|earlier))",
}
# A commentary's closing author line: "Jane Roe is a senior fellow at the X Institute in Vienna.", „Die Autorin ist
# Politologin an der Universität Graz.“ — a byline (CONVENTIONS §1): its body and town are no facts of the news.
AUTHOR_BIO: dict[str, str] = {
    "en": r"^(?:The\s+author|(?:[A-Z][\w'’.-]+\s+){1,3})(?:is|was)\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,3}?"
          r"(?:fellow|professor|director|researcher|analyst|editor|correspondent|lecturer|head|chair|member|adviser"
          r"|advisor|columnist|writer|founder|partner|economist|scholar|associate|expert)\b",
    "de": r"^(?:Der\s+Autor|Die\s+Autorin|Der\s+Gastautor|Die\s+Gastautorin|(?:[A-ZÄÖÜ][\w'’.-]+\s+){1,3})"
          r"(?:ist|war)\s+(?:[\w-]+\s+){0,3}?(?:Professor|Professorin|Direktor|Direktorin|Leiter|Leiterin|Forscher"
          r"|Forscherin|Analyst|Analystin|Fellow|Redakteur|Redakteurin|Korrespondent|Korrespondentin|Publizist"
          r"|Publizistin|Politologe|Politologin|Ökonom|Ökonomin|Experte|Expertin|Historiker|Historikerin)\b",
}
# A transcript's label for the outlet's own staff: "RACHEL ROE, HOST:", "DEV ROE, BYLINE:" — journalists who
# present the piece, no persons of the news (a label without such a word, "JANE ROE:", is an interviewee).
STAFF_LABELS: dict[str, str] = {
    "en": r"HOST|BYLINE|ANCHOR|CORRESPONDENT|REPORTER|PRODUCER|NEWSCASTER",
    "de": r"MODERATION|MODERATOR|MODERATORIN|REPORTER|REPORTERIN|KORRESPONDENT|KORRESPONDENTIN|SPRECHER|SPRECHERIN",
}
# "Reuters contributed reporting", "The Associated Press contributed to this report": a wire's closing line.
CONTRIBUTED: str = r"\bcontributed (?:reporting|to (?:this|the) (?:report|story))\b"

# Last words that give an unquoted name right after a citing phrase an outlet's shape: "according to the
# Cyprus Mail", "according to Al-Qahera News" (a bare "according to the Foreign Ministry" names a body).
CITED_OUTLET_HEADS: tuple[str, ...] = ("Mail", "News", "Times", "Post", "Journal", "Herald", "Tribune", "Gazette",
                                       "Mirror", "Inquirer", "Telegraph", "Chronicle", "Courier", "Observer",
                                       "Express", "Dispatch", "Examiner", "Standard", "Star", "Sun", "Radio", "TV",
                                       "Register", "Globe")
# A programme an outlet's possessive names ("told RTÉ's Morning Ireland"), unless its name is a common
# time word that tells no programme apart ("BBC Radio 4's Today programme": the station is the source).
COMMON_PROGRAMME_WORDS: frozenset[str] = frozenset({"Today", "Tonight", "This", "Breakfast", "Morning", "Evening",
                                                    "Weekend", "Sunday", "Saturday"})
# German prepositions before a broadcaster's programme glued to its name: „sagte sie im Ö1-Morgenjournal“.
PROGRAMME_BEFORE: dict[str, str] = {"de": r"\b(?:im|beim|ins|in der|in den|in dem|[Ii]m|[Bb]eim)\s+$"}
# Words of programme names: after an outlet's possessive, a name of several words is a programme only with one
# of them or a programme noun after it ("RTÉ's Morning Ireland", "ABC's Country Hour"), not a journalist
# ("CNN's Wolf Blitzer").
PROGRAMME_WORDS: frozenset[str] = frozenset({"Morning", "Evening", "Night", "Hour", "Report", "Tonight", "Today",
                                             "Journal", "News", "Live", "Sunday", "Week", "Weekend", "Time",
                                             "Briefing", "Matters", "Show", "Breakfast", "Politics", "World",
                                             "Newshour", "Nation", "Insight", "Focus", "Edition", "Daily"})

# Public broadcasters and the channels and programmes they run: a broadcaster's own programme cited in its own
# article („sagte sie im Ö1-Morgenjournal“ on ORF.at) is the publisher itself, no source (CONVENTIONS §10).
# Each row: the names the publisher goes by (as the meta outlet writes them, before a dot or a space), then its
# channels and programmes.
OWN_PROGRAMMES: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (frozenset({"orf"}), frozenset({"Ö1", "Ö3", "FM4", "ORF III", "ZIB", "ZiB", "ZIB1", "ZIB 1", "ZIB2", "ZIB 2",
                                    "ZiB2", "ZiB 2", "ZIB Nacht", "Pressestunde", "Im Zentrum", "Morgenjournal",
                                    "Mittagsjournal", "Abendjournal", "Report"})),
    (frozenset({"ard", "tagesschau", "tagesschau.de"}),
     frozenset({"Tagesschau", "tagesschau.de", "Tagesthemen", "Bericht aus Berlin", "ARD-Morgenmagazin"})),
    (frozenset({"zdf", "zdfheute"}), frozenset({"heute journal", "heute-journal", "ZDFheute", "Berlin direkt",
                                                "Maybrit Illner", "Markus Lanz", "ZDF-Morgenmagazin"})),
    (frozenset({"srf", "swissinfo"}), frozenset({"Radio SRF", "SRF News", "Echo der Zeit", "10vor10", "Rendez-vous",
                                                 "Arena"})),
    (frozenset({"br", "br24", "bayerischer rundfunk"}), frozenset({"BR24", "Bayern 2", "B5 aktuell", "Bayern 1"})),
    (frozenset({"ndr", "ndr info"}), frozenset({"NDR Info", "NDR Kultur", "Hamburg Journal"})),
    (frozenset({"deutschlandfunk", "dlf"}), frozenset({"Deutschlandfunk", "DLF", "Interview der Woche",
                                                        "Informationen am Morgen", "Deutschlandfunk Kultur"})),
    (frozenset({"bbc"}), frozenset({"BBC Radio 4", "Radio 4", "Newsnight", "BBC Breakfast"})),
    (frozenset({"rté", "rte"}), frozenset({"Morning Ireland", "Prime Time", "RTÉ Radio"})),
    (frozenset({"abc"}), frozenset({"AM", "7.30", "Insiders", "RN Breakfast", "ABC Radio"})),
)

# A wire's update or correction note under the headline: "(Adds Kremlin comment in paragraph 5)", "(Corrects
# paragraph 3 to say …)", „(NEU: Reaktionen aus Berlin und Paris)“ — about the text, not the news: its towns,
# bodies and paragraph numbers are no facts.
EDITOR_NOTE: dict[str, str] = {
    "en": r"^\((?:Adds|Corrects|Updates|Recasts|Rewrites|Changes|Fixes|Removes|Refiles|Repeats|Clarifies"
          r"|Inserts|Deletes|Amends|Restores|Replaces)\b[^()]*\)$",
    "de": r"^\((?:NEU|Neu|AKTUALISIERT|Aktualisiert|KORRIGIERT|Korrigiert|Korrektur|ERGÄNZT|Ergänzt|Wiederholung"
          r"|WIEDERHOLUNG|Berichtigt|BERICHTIGT)\b[^()]*\)$",
}
