"""National bodies and seats of government, and the state each belongs to (data only).

Naming one says which country an article is about (the persons stage weighs it), and an
organisation found in the text that is one of them references its country (CONVENTIONS §5:
"the federal titles and institutions give US").  Only unambiguous names: "Bundesrat" and
"Nationalrat" exist in several countries.
"""

from __future__ import annotations

# National parliaments and seats of government: naming one says which country an article is about
# (only unambiguous ones: "Bundesrat" and "Nationalrat" exist in several countries).
NATIONAL_BODIES: dict[str, str] = {
    "Bundestag": "DE", "Kanzleramt": "DE", "Hofburg": "AT",
    "Bundeshaus": "CH", "Assemblée nationale": "FR", "Élysée": "FR", "Elysée": "FR", "Matignon": "FR",
    "Sejm": "PL", "Knesset": "IL", "Duma": "RU", "Kreml": "RU", "Kremlin": "RU", "Werchowna Rada": "UA",
    "Verkhovna Rada": "UA", "House of Commons": "GB", "Downing Street": "GB", "Westminster": "GB",
    "Congress": "US", "Kongress": "US", "White House": "US", "Weißes Haus": "US", "Weisses Haus": "US",
    "Capitol Hill": "US", "Tweede Kamer": "NL", "Zweite Kammer": "NL", "Folketing": "DK", "Storting": "NO",
    "Riksdag": "SE", "Eduskunta": "FI", "Cortes": "ES", "Moncloa": "ES", "Palazzo Chigi": "IT",
    "Quirinal": "IT", "Országház": "HU", "Diet": "JP", "Lok Sabha": "IN", "Zhongnanhai": "CN",
    "Bundeswehr": "DE", "Pentagon": "US", "US-Kongress": "US", "House of Representatives": "US",
    "Repräsentantenhaus": "US", "Bundesheer": "AT", "Swisscoy": "CH",
}

# Last words of treaties and plans: a bracketed acronym may define one ("Trade in Goods Agreement (AITIGA)"),
# and "in Goods Agreement" is no place.  Neither is a body.
AGREEMENT_WORDS: frozenset[str] = frozenset({
    "Agreement", "Treaty", "Accord", "Pact", "Act", "Deal", "Declaration", "Protocol", "Charter", "Convention",
    "Plan", "Abkommen", "Vertrag", "Gesetz", "Pakt", "Plans", "Vertrags", "Abkommens", "Gesetzes"})

# Words of a state's formal name: "the Russian Federation", "the Democratic Republic of Congo (DRC)",
# „die Russische Föderation“ name a country (it goes to `countries`), not an organisation, even where an
# acronym or a body's head noun ("Federation") makes the name look like one.
STATE_FORM_WORDS: frozenset[str] = frozenset("""
Republic Democratic Federal Federation Kingdom Islamic People's Peoples Socialist Plurinational Bolivarian
Union Sultanate Emirate Principality Commonwealth Grand Duchy of the
Republik Demokratische Föderation Königreich Islamische Sozialistische Volksrepublik Bundesrepublik
Föderative Fürstentum Sultanat Großherzogtum Arabische Vereinigte der des
""".split())

# Prefixes of ships' names ("the BRP Teresa Magbanua", "aircraft carrier USS Gerald R. Ford", „INS Vikrant“): a
# ship, never a body, and never the acronym of one.
SHIP_PREFIXES: frozenset[str] = frozenset(
    "BRP USS HMS HMAS HMCS HMNZS INS RFS USNS MV MS SS FS KRI TCG ROKS JS".split())

# Words that open a sports club's name before its town or region ("FC Bayern", „Union Berlin“, "Dynamo Kyiv",
# "Inter Miami"): the town is part of the club's name, no place of the news, and "Union" no party bloc.
CLUB_PREFIXES: frozenset[str] = frozenset(
    "FC SC SV VfB VfL TSV TSG FSV SpVgg SSV BSC RB AC AS SSC AFC CF Union Borussia Eintracht Fortuna Dynamo Dinamo "
    "Rapid Sturm Austria Inter Real Atlético Atletico Olympique Sporting Racing Shakhtar Schachtar Spartak Zenit "
    "Lokomotiv Lokomotive".split())
