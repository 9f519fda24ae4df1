"""Words that decide whether a number is a figure, beyond the shared number lexicon (data only).

The number words, scales and currencies the time and figure stages share live in
``de_numbers.py`` / ``en_numbers.py``; these lists are the figures stage's own.
"""

from __future__ import annotations

# A name that a number completes: "COP 30", "Group of 20 nations", "Gruppe der 20" (CONVENTIONS §9).
NAME_BEFORE: dict[str, str] = {
    "de": r"(?:\bCOP|\bGruppe der|\bG)\s*$",
    "en": r"(?:\bCOP|\bGroup of|\bG)\s*$",
}
# Articles and prepositions before a German ordinal: "das 100. Jubiläum", "zum 3. Mal".
ORDINAL_BEFORE = (r"\b(?:das|der|die|dem|den|des|zum|zur|am|im|beim|vom|ihr|sein|seinem|seinen"
                  r"|ein|eine|einem|einen|eines|einer)\s+$")  # „auf ein 21. Sanktionspaket“
# A multiplier written after a number: "four dozen" = 48.
MULTIPLIERS: dict[str, dict[str, int]] = {"de": {"dutzend": 12}, "en": {"dozen": 12, "dozens": 12}}
# Durations the shared lexicon does not list: "almost three decades" (CONVENTIONS §9).
DURATIONS: frozenset[str] = frozenset({"decade", "decades", "century", "centuries", "jahrzehnt", "jahrzehnte",
                                       "jahrzehnten", "jahrhundert", "jahrhunderte", "jahrhunderten"})
# "von einem Prozent": the article that is the number one before a percent word.
ONE_PERCENT = r"\b(?:einem|einen|ein|eines|one)\s+(?P<unit>Prozent|percent|per cent)\b"
# "41-Milliarden-Defizit", "3-Millionen-Programm": a number with its scale inside a compound.
SCALED_COMPOUND = (r"(?<![\w-])(?P<num>\d+(?:[.,]\d+)?)-(?P<scale>Milliarden|Millionen|Mrd\.?|Mio\.?)-"
                   r"(?P<unit>[A-ZÄÖÜ]\w+)")
# Words that announce a telephone or fax number: the digits after them dial, they count nothing (CONVENTIONS §9).
PHONE_CUES: dict[str, str] = {
    # ("Tel." ends in a dot, so no word boundary may follow it: "Tel. 0471 123456")
    "de": r"(?:\b(?:Telefon(?:nummer)?|Fax|Hotline|Rufnummer|Notrufnummer|Mobil|Handy(?:nummer)?|WhatsApp)\b|\bTel\.)",
    "en": r"(?:\b(?:[Tt]elephone|[Pp]hone(?: number)?|[Ff]ax|[Hh]otline|[Cc]all|[Dd]ial|[Mm]obile|WhatsApp)\b"
          r"|\b[Tt]el\.)",
}

# --- the counted noun after a number (figureunits) ---
# English words that end the counted noun: "3 tanks to Kyiv" counts tanks; "40 of the …" names no noun of its own.
UNIT_STOPS_EN: frozenset[str] = frozenset({
    "of", "to", "in", "on", "for", "that", "a", "an", "the", "and", "or", "by", "at", "from", "with", "as",
    "than", "is", "are", "was", "were", "be", "who", "which", "this", "these", "their", "its", "before",
    "after", "since", "per", "each",
})
# Plural nouns without "-s" end the counted noun like one with it ("40 people waited" counts people).
PLURALS_WITHOUT_S: frozenset[str] = frozenset({"people", "children", "men", "women", "personnel", "staff", "police",
                                               "troops", "civilians", "aircraft", "cattle", "sheep", "militia",
                                               "crew"})
# Adjectives between a number and its noun that are no part of the unit ("12 more tanks", „5 weitere Panzer“).
LEADING_ADJECTIVES: frozenset[str] = frozenset({"more", "additional", "further", "new", "other", "extra", "weitere",
                                                "weiteren", "zusätzliche", "zusätzlichen", "neue", "neuen"})

# --- numbers inside names (notfigures) ---
# A day or month before a number is no name's word: "On Monday 12 Britons" counts Britons.
DAYS_AND_MONTHS_EN: frozenset[str] = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
    "May June July August September October November December".split())
# Words that open a sentence before its number without naming anything ("The 40 delegates", "Only 3 …").
SENTENCE_OPENERS: frozenset[str] = frozenset(
    "the a an all only just another exactly insgesamt nur genau weitere alle die der das "
    "und and but aber "
    # a preposition opening the sentence ("Mit 51 zu 49 Stimmen", "Of 40 members, 30 …")
    "mit bei nach von für auf über unter gegen ohne durch zwischen "
    "with of by from for over under among between after".split())
