"""German words of numbers, amounts and counts: number words, scales, currencies, and numbers that count nothing."""

from __future__ import annotations

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
    # Amtszeiten („nach zwei Amtszeiten“, „zwei Legislaturperioden“): a duration, no count (CONVENTIONS §9)
    "amtszeiten", "amtszeit", "legislaturperioden", "legislaturperiode", "wahlperioden", "amtsperioden",
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
