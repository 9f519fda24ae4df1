"""Data for telling which names are one actor: transliteration rules and a bilingual name list.

Names from Cyrillic (and other scripts) reach German and English articles in
each language's own transliteration: „Selenskyj“ / "Zelensky", „Umjerow“ /
"Umerov", „Dmitrijew“ / "Dmitriev".  Each table below undoes one writing
convention, rewriting its spellings into one common skeleton.  Every table
applies to every name, whatever the language of the article that carries it:
a German name in an English article keeps its German spelling, so a name must
get the same key wherever it is written.

Rules are (pattern, replacement) regular expressions over the name key (lower
case, accents removed), applied in order, table by table.
"""

from __future__ import annotations

TRANSLITERATION: dict[str, tuple[tuple[str, str], ...]] = {
    # German writes ч as tsch, ш as sch, х as ch, в as w, й/я/ю/е as j..., initial з as s.
    "de": (
        (r"tsch", "ch"),
        (r"sch", "sh"),
        (r"w", "v"),
        (r"j", "y"),
        (r"\bs(?=[aeiouy])", "z"),  # Selenskyj ~ Zelensky: voiced initial s
    ),
    # English writes х as kh, ё/е after consonants as ye, и/ий at the end as -iy, -yy, -y.
    "en": (
        (r"kh", "ch"),
        (r"(?<=[bcdfghklmnprstvz])ye", "e"),  # Umyerov ~ Umerov (German „Umjerow“ after j -> y)
        (r"(?:iy|yy|ii|yi|ij|y)\b", "i"),  # Zelenskyy, Zelenskiy, Selenskyj, Zelensky -> zelenski
        (r"iye", "ie"),  # Dmitriyev ~ Dmitriev
    ),
    # Both: doubled letters are one sound (Witkoff ~ Witkof, Umjerow ~ Umerov after the rules above).
    "all": (
        (r"([a-z])\1+", r"\1"),
    ),
}

# Bodies and places whose German and English names differ entirely: each row is one actor.
# The first name is the one the German site shows.
BILINGUAL: tuple[tuple[str, ...], ...] = (
    ("Kreml", "Kremlin"),
    ("Koalition der Willigen", "Coalition of the Willing"),
    ("Europäischer Rat", "European Council"),
    ("Europäische Kommission", "EU-Kommission", "European Commission", "EU Commission"),
    ("Europäische Union", "European Union", "EU"),
    ("Europäisches Parlament", "EU-Parlament", "European Parliament"),
    ("Rat der EU", "Rat der Europäischen Union", "Council of the EU", "Council of the European Union"),
    ("Vereinte Nationen", "United Nations", "UN", "UNO"),
    ("UN-Sicherheitsrat", "UN Security Council", "UN-Sicherheitsrat der Vereinten Nationen"),
    ("Internationaler Währungsfonds", "IWF", "International Monetary Fund", "IMF"),
    ("Weltbank", "World Bank"),
    ("Internationale Atomenergiebehörde", "IAEA", "International Atomic Energy Agency"),
    ("Weißes Haus", "White House"),
    ("Kiew", "Kyiv", "Kiev"),
    ("Moskau", "Moscow"),
    ("Warschau", "Warsaw"),
    ("Brüssel", "Brussels"),
    ("Genf", "Geneva"),
    ("Wien", "Vienna"),
    ("Rom", "Rome"),
    ("München", "Munich"),
    ("Peking", "Beijing"),
    ("Teheran", "Tehran"),
    ("Kairo", "Cairo"),
    ("Riad", "Riyadh"),
    ("Lissabon", "Lisbon"),
    ("Prag", "Prague"),
    ("Kopenhagen", "Copenhagen"),
    ("Den Haag", "The Hague"),
    ("Neu-Delhi", "New Delhi"),
    ("Charkiw", "Kharkiv", "Charkow", "Kharkov"),
    ("Odessa", "Odesa"),
    ("Saporischschja", "Zaporizhzhia"),
)

# Role words that name the same office in both languages, so „Präsident“ and "President" are one role.
ROLE_WORDS: tuple[tuple[str, ...], ...] = (
    ("Präsident", "Präsidentin", "Staatspräsident", "Staatspräsidentin", "Staatschef", "Staatschefin",
     "President", "Head of State"),
    ("Bundeskanzler", "Bundeskanzlerin", "Kanzler", "Kanzlerin", "Chancellor", "German Chancellor"),
    ("Ministerpräsident", "Ministerpräsidentin", "Premierminister", "Premierministerin", "Regierungschef",
     "Prime Minister", "Premier", "Head of Government"),
    ("Außenminister", "Außenministerin", "Foreign Minister", "Foreign Secretary"),
    ("Verteidigungsminister", "Verteidigungsministerin", "Defence Minister", "Defense Minister", "Defense Secretary"),
    ("Sondergesandter", "Sondergesandte", "Special Envoy", "envoy"),
    ("Generalsekretär", "Generalsekretärin", "Secretary General", "Secretary-General"),
    ("Sicherheitsberater", "Sicherheitsberaterin", "Nationaler Sicherheitsberater", "National Security Adviser",
     "National Security Advisor", "security adviser"),
    ("Sekretär des Sicherheitsrats", "Sekretär des Nationalen Sicherheits- und Verteidigungsrats",
     "Security Council secretary", "security chief"),
)

# Month names a reader may type for the same month: the search finds every spelling.
MONTHS: tuple[tuple[str, ...], ...] = (
    ("Januar", "Jänner", "January", "Jan"),
    ("Februar", "Feber", "February", "Feb"),
    ("März", "Maerz", "March"),
    ("April",),
    ("Mai", "May"),
    ("Juni", "June"),
    ("Juli", "July"),
    ("August",),
    ("September", "Sept"),
    ("Oktober", "October"),
    ("November",),
    ("Dezember", "December"),
)
