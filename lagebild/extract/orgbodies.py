"""German and English bodies named by their form: compounds, titles, a state's own ministries.

„der Vermittlungsausschuss“, „der EU-Hauptausschuss“, „Nationalratsdebatte“ (a parliament in a compound),
„Kommissionspräsidentin“ (a title naming its body), "the Chinese foreign ministry", "the Trump
administration".  Pure functions over text; the entities stage decides which matches are free.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lagebild.extract import mentions
from lagebild.extract.countries import LANG
from lagebild.extract.lang import holders, places
from lagebild.extract.orgnames import nominative

# German bodies named by a compound ("der Vermittlungsausschuss", "des Fiskalrats") or by a capitalised
# adjective before an organisation noun inside a sentence ("dessen Aussenpolitische Kommission").
_BODY_COMPOUND = re.compile(
    # (an article fused with a preposition too: „im Hauptausschuss des Nationalrats“, „vom Verfassungsgerichtshof“)
    r"\b(?:der|die|das|den|dem|des|Der|Die|Das|Den|Dem|Des|dessen|deren|Dessen|Deren|im|Im|vom|Vom|zum|Zum|beim"
    r"|Beim|zur|Zur)\s+"
    r"([A-ZÄÖÜ][a-zäöüß]{3,}(?:ausschuss|rat|gerichtshof|kammer|fraktion)(?:es|s)?"
    # „der EU-Hauptausschuss“, „der Saami-Rat“: a hyphenated compound (a party's „SPD-Fraktion“ is the party's)
    r"|[A-ZÄÖÜ][\wäöüß]+-(?:[A-ZÄÖÜ][a-zäöüß]*(?:ausschuss|rat|gerichtshof)|Ausschuss|Rat|Gerichtshof)(?:es|s)?)"
    r"(?![\w-])")
_BODY_ADJECTIVE = re.compile(
    r"(?<=[a-zäöü,] )([A-ZÄÖÜ][a-zäöüß-]+(?:isch|lich|al|ig)(?:e|en|er|es|em)\s+"
    r"(?:Kommission|Ausschuss|Ausschusses|Rat|Rates|Rats|Gerichtshof|Gerichtshofs|Konferenz|Versammlung))(?![\w-])")
_NOT_BODIES = re.compile(r"(?:parat|verrat|heirat|vorrat|zierat|unrat|referat|koalitionsausschuss|dunkelkammer"
                         r"|schatzkammer|folterkammer|kühlkammer|brennkammer|herzkammer"
                         # a party's group in a parliament, said generically: „die Bundestagsfraktion der Grünen“
                         r"|bundestagsfraktion|landtagsfraktion|regierungsfraktion|koalitionsfraktion"
                         r"|oppositionsfraktion|parlamentsfraktion)(?:es|s)?$")

# „Nationalratsdebatte“, „Bundesratsinitiative“, „Landtagswahl“: a parliament named by the first part of a
# compound (CONVENTIONS §4: compounds count)
_PARLIAMENT_COMPOUND = re.compile(r"(?<![\w-])(?:[A-ZÄÖÜ][\w]*-)?"
                                  r"(?P<body>Bundestag|Bundesrat|Nationalrat|Ständerat|Landtag)"
                                  r"s?(?P<rest>[a-zäöü]{3,})(?![\w-])")


# „Nationalrätin Keller“, „die SP-Ständeräte“: a member's title names the chamber (CONVENTIONS §4); „Bundesrat
# Cassis“ stays a minister's title
_CHAMBER_MEMBER = re.compile(r"(?<![\w])(?:[A-ZÄÖÜ][\w]*-)?(?P<body>Nationalr|Ständer)ät(?:in|innen|e|en)(?![\w-])")
# The chambers whose member's title is the chamber's name: „SVP-Nationalrat Marco Gerber“
MEMBER_TITLED_CHAMBERS = frozenset({"Nationalrat", "Ständerat"})


def parliament_compounds(text: str, language: str) -> list[tuple[int, int, str]]:
    if language != "de":
        return []
    return [(m.start("body"), m.end("body"), m.group("body")) for m in _PARLIAMENT_COMPOUND.finditer(text)] + [
        (m.start("body"), m.end(), m.group("body") + "at") for m in _CHAMBER_MEMBER.finditer(text)]


def body_orgs(text: str, language: str) -> list[tuple[int, int, str]]:
    if language != "de":
        return []
    result = []
    for match in _BODY_COMPOUND.finditer(text):
        word = match.group(1)
        if _NOT_BODIES.search(word.casefold()) or mentions.is_role_noun(word, language):
            continue
        base = re.sub(r"(?<=ausschuss)es$|(?<=rat)e?s$|(?<=gericht)e?s$|(?<=gerichtshof)e?s$", "", word)
        result.append((match.start(1), match.end(1), base))
    for match in _BODY_ADJECTIVE.finditer(text):
        result.append((match.start(1), match.end(1), nominative(match.group(1))))
    return result


def title_bodies(text: str, language: str) -> list[tuple[int, int, str]]:
    """'Kommissionspräsidentin' -> EU-Kommission, 'Europaabgeordneter' -> Europäisches Parlament.

    A title names its specific body (CONVENTIONS §4); the caller takes these spans before the
    generic compound rule, which would give "EU-Ratspräsident" the Council of the EU.
    """
    bodies: tuple[tuple[str, str], ...] = getattr(LANG[language], "TITLE_BODIES", ())
    result = []
    for pattern, body in bodies:
        before = "" if pattern.startswith("(?<=") else r"(?<![\w-])"
        for match in re.finditer(rf"{before}{pattern}(?![\w-])", text):
            result.append((match.start(), match.end(), body))
    return result


# A region's own government by its name: "the Northern Ireland Executive", "the Kurdistan Regional Government"
# (no "Chief Executive", no "Executive Council": the words before are a region's or a state's name, none after)
_REGIONAL_EXECUTIVE = re.compile(r"(?<![\w-])(?!The\s)(?P<owner>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+"
                                 r"(?:Executive|Regional\s+Government)(?![\w-])(?!\s+[A-Z])")
_EN_STATE_BODY = re.compile(
    r"(?P<name>(?:(?P<adj>[A-Z][a-z]+(?: [A-Z][a-z]+)?|US|U\.S\.|UK)|(?P<poss>[A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s)\s+"
    r"(?:(?:[Ff]oreign|[Dd]efen[cs]e|[Ii]nterior|[Ff]inance|[Tt]rade|[Cc]ommerce|[Ee]conomy|[Jj]ustice)\s+)?"
    # a plural head ("Indian and Indonesian coast guards") names several bodies by description, none by name
    r"(?:[Mm]inistry|[Cc]oast\s?[Gg]uard|[Nn]avy|[Ee]mbassy))(?![\w-])"
    # ("a Chinese coast guard vessel": the body's ship, described, no body acting)
    r"(?!\s+(?:[Ss]pokes\w+|[Oo]fficials?|[Ss]ource|of\s+[A-Z]|vessels?|ships?|boats?|cutters?|patrol\s+boats?))"
)


# A generic ministry or office before a spokesperson's title: "an Energy Ministry spokesman", "a Justice Department
# spokeswoman" (CONVENTIONS §4: generic ministries inside a title are no organisations).  ("a senior State
# Department official said" is the ministry speaking through someone unnamed: gold keeps the body there.)
_GENERIC_OFFICE = re.compile(r"^(?:[A-Z][a-z]+\s+){1,2}(?:Ministry|Department|Office)$")
_TITLE_AFTER = re.compile(r"\s+[Ss]pokes(?:man|woman|person|people)\b")


def in_title(text: str, end: int, name: str) -> bool:
    """Whether ``name`` ending at ``end`` is a generic ministry inside a title ("an Energy Ministry spokesman")."""
    return bool(_GENERIC_OFFICE.match(name) and _TITLE_AFTER.match(text, end))


def state_bodies(text: str, language: str, is_country: Callable[[str], bool]) -> list[tuple[int, int, str]]:
    """'the Chinese foreign ministry', "Norway's Foreign Ministry", 'the Trump administration' as actors.

    A ministry inside a title ("Foreign Ministry spokesman") is no organisation (CONVENTIONS §4).
    """
    if language != "en":
        return []
    result = []
    for match in re.finditer(r"(?<![\w-])([A-Z][\w-]+) [Aa]dministration\b", text):
        if holders.holder(match.group(1)):  # "the Trump administration" acts
            result.append((match.start(), match.end(), f"{match.group(1)} administration"))
    for match in _REGIONAL_EXECUTIVE.finditer(text):
        owner = match.group("owner")
        if owner in places.REGIONS or owner in places.SHARED or is_country(owner):
            result.append((match.start(), match.end(), match.group(0)))  # "the Northern Ireland Executive"
    for match in _EN_STATE_BODY.finditer(text):
        owner = match.group("adj") or match.group("poss")
        start = match.start("name")
        if not is_country(owner) and " " in owner:  # "The Chinese foreign ministry": the owner is one word
            start += owner.index(" ") + 1
            owner = owner.split(" ", 1)[1]
        if is_country(owner):
            result.append((start, match.end("name"), text[start:match.end("name")]))
    return result
