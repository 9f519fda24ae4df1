"""Organisation names in one sentence: lexicon bodies, acronyms, compounds and generic names.

Pure functions over text; the entities stage decides which matches are free
(not part of a person, an outlet or a place) and collects them.  German names
are given in their nominative base form ("des Europäischen Rates" ->
"Europäischer Rat").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from lagebild.extract import mentions
from lagebild.extract.countries import LANG, country_names, inflected
from lagebild.extract.lang import bodies, de, domestic, en
from lagebild.extract.partystates import AMBIGUOUS_PARTIES

ORG_STOP = frozenset("BRP USS HMS HMAS INS RFS USNS "  # ship prefixes: "the BRP Teresa Magbanua"
                     "AG SE GmbH KG SA NV LLC PLC "  # legal forms: a company's name ends in one
                     "FC "  # a football club's prefix: "der 1. FC Lakeside" names the club by the words after it
                     "GDP BIP CEO AI KI TV PM MP LNG EV USD EUR CHF GBP OK UTC GMT CET MEZ PR US UK USA II III IV "
                      "ID SMS PDF NGO NGOs UNO MEP MEPs MdB MdEP CFO COO CTO "
                      "MESZ CEST EST PST UPDATE "  # time zones; a wire's "UPDATE 2-" header
                      "AM".split())  # a time of day; a UN meeting's "(AM)" session
SHOUTING = re.compile(r"(?<![\w-])[A-ZÄÖÜ]{2,}['’]?[A-Z]*(?:[ ,]+[A-ZÄÖÜ]{2,}['’]?[A-Z]*)+[?!]?(?![\w-])")
# Role compounds whose first part is an organisation: "Bundesbank-Präsident", "Bundestagspräsidentin".
_ROLE_SUFFIX = re.compile(r"-?(?:[Pp]räsident|[Cc]hef|[Ss]precher|[Vv]orsitzende|[Dd]irektor|[Ll]eiter"
                          r"|[Gg]eneralsekretär)"
                          r"(?:in|innen|en|s)?$")
_CONNECT = frozenset("für der des und von vom zur zum of for and the on in de du la".split())


def is_acronym(form: str) -> bool:
    return form.isupper() or (not form.islower() and " " not in form and len(form) <= 6)


def org_lexicon(language: str) -> list[tuple[str, str, str]]:
    """(pattern, canonical, name) triples, longest pattern first.

    The name is the form to show: the form the text uses ("UN", "U.N.", "Europaparlament", "Europäische
    Union" in the nominative for „der Europäischen Union“); the canonical form keeps "UN" and "United
    Nations" (or "EU" and "European Union") one organisation, and the collector shows the fuller form
    once the text gives it (CONVENTIONS §4: with a full name and an acronym, the full name), for every
    body of the lexicon alike.
    """
    lang = LANG[language]
    triples: list[tuple[str, str, str]] = []
    for canonical, variants in lang.ORGANIZATIONS.items():
        for form in (canonical, *variants):
            pattern = re.escape(form) if is_acronym(form) or language == "en" else inflected(form)
            pattern = pattern.replace("ß", "(?:ß|ss)")
            # the form the text uses ("UN", "Europaparlament"); the nominative canonical for inflected ones
            triples.append((pattern, canonical, form))
    for party in lang.PARTIES:
        triples.append((re.escape(party), party, party))
    # parties of many more states, known to the person stage for their countries; the other language's names
    # too („Partito Democratico“ in an English article, "Vetëvendosje" in a German one), except words a party
    # shares with the language or with other parties ("Renaissance", "Mitte", "Jubilee")
    other = {**domestic.PARTIES_EN, **(de.PARTIES if language == "en" else en.PARTIES)}
    for party in other:
        if party not in lang.PARTIES and party not in domestic.WORD_PARTIES and party not in AMBIGUOUS_PARTIES:
            triples.append((re.escape(party), party, party))
    return sorted(triples, key=lambda p: len(p[0]), reverse=True)


@lru_cache(maxsize=4)
def org_regex(language: str) -> tuple[re.Pattern[str], tuple[tuple[str, str], ...]]:
    triples = org_lexicon(language)
    body = "|".join(f"(?P<o{i}>{p})" for i, (p, _c, _n) in enumerate(triples))
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])"), tuple((c, n) for _p, c, n in triples)


def org_matches(text: str, language: str) -> Iterator[re.Match[str]]:
    """The matches of ``org_regex(language)`` in the text, as its ``finditer`` gives them, found faster.

    The lexicon's ~480 alternatives were tried at every word start of every sentence (a tenth of
    extraction).  Each alternative opens with a plain letter, so a match can start only at one of
    those letters, and only the alternatives opening with that letter can match there: at each such
    letter, left to right and never inside the match before, the pattern of those alternatives (in
    their order, with their group names) is tried.  That is the same first match at the same place.
    """
    by_first = _org_regex_by_first(language)
    if by_first is None:  # an alternative opens otherwise: the whole pattern
        yield from org_regex(language)[0].finditer(text)
        return
    starts, patterns = by_first
    end = 0
    for start in starts.finditer(text):
        at = start.start()
        if at < end:
            continue
        match = patterns[text[at]].match(text, at)
        if match is not None:
            end = match.end()  # (never empty: every alternative opens with a letter)
            yield match


@lru_cache(maxsize=4)
def _org_regex_by_first(language: str) -> tuple[re.Pattern[str], dict[str, re.Pattern[str]]] | None:
    """A pattern of the letters the lexicon's alternatives open with, and per letter the pattern of those
    alternatives (built as ``org_regex`` builds its own); None when one does not open with a plain letter."""
    groups: dict[str, list[str]] = {}
    for i, (pattern, _c, _n) in enumerate(org_lexicon(language)):
        first = _first_letter(pattern)
        if first is None:
            return None
        groups.setdefault(first, []).append(f"(?P<o{i}>{pattern})")
    letters = re.compile("[" + "".join(re.escape(letter) for letter in groups) + "]")
    return letters, {letter: re.compile(rf"(?<![\w])(?:{'|'.join(alternatives)})(?![\w])")
                     for letter, alternatives in groups.items()}


def _first_letter(pattern: str) -> str | None:
    """The letter every match of the pattern starts with: its first character, when that is a letter no
    quantifier follows and no '|' outside brackets and groups offers another start; else None."""
    if not pattern[:1].isalpha() or pattern[1:2] in ("?", "*", "+", "{"):
        return None
    depth, i = 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":  # a class: "]" right after "[" or "[^" is a member, not its end
            i += 2 if pattern[i + 1:i + 2] == "^" else 1
            i += 1 if pattern[i:i + 1] == "]" else 0
            while i < len(pattern) and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
            i += 1
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return None
        i += 1
    return pattern[0]


def nominative(phrase: str) -> str:
    """German organisation name in the nominative: 'Eidgenössischen Departements für ...' -> '... Departement ...'."""
    words = phrase.split()
    while len(words) > 1 and words[0].casefold() in de.DETERMINERS:
        words.pop(0)  # "Die Raiffeisen Bank International" at a sentence's start: the article is no part
    head_index = next((i for i, w in enumerate(words) if re.sub(r"e?s$", "", w) in de.ORG_HEADS
                       or w in de.ORG_HEADS), None)
    if head_index is None:
        hyphened = next((i for i, w in enumerate(words) if "-" in w and re.sub(r"e?s$", "", w.rsplit("-", 1)[1])
                         in de.ORG_HEADS and w.rsplit("-", 1)[1] not in de.ORG_HEADS), None)
        if hyphened is not None:  # „des Potsdam-Instituts für …“: the head after the hyphen takes the case
            owner, head = words[hyphened].rsplit("-", 1)
            words[hyphened] = f"{owner}-{re.sub(r'e?s$', '', head)}"
        return " ".join(words)
    head = words[head_index]
    base = head if head in de.ORG_HEADS else re.sub(r"e?s$", "", head)
    gender = de.ORG_HEADS[base]
    words[head_index] = base
    ending = {"m": "er", "f": "e", "n": "es"}[gender]
    for i in range(head_index):
        if _ADJECTIVE.search(words[i]) and words[i][0].isupper():
            words[i] = re.sub(r"(e|en|er|es|em)$", "", words[i]) + ending
    return " ".join(words)


# Only adjectives decline before the head noun („Europäischen“, „Deutschen“, „Roten“, „Internationalen“);
# a name does not ("Raiffeisen Bank" stays, never "Raiffeise Bank").
_ADJECTIVE = re.compile(r"(?:sch|lich|ig|al|är|ös|iv|ell|ar|an|am|t|ung|ang|rün|rei|eu|oh|roß|ein|ark)"
                        r"(?:e|en|er|es|em)$")


_TOKEN = re.compile(r"[\w][\w'’.-]*|[(),]")
_ORG_COMPOUND_HEADS = ("programm", "organisation", "fonds", "behörde", "agentur", "bank", "gericht", "kommission",
                       "institut", "zentrum", "amt", "ministerium", "verband", "stiftung", "dienst", "rat", "kammer",
                       "hilfswerk", "büro", "kommando", "parlament", "gerichtshof", "versammlung", "gesellschaft",
                       "bund", "gewerkschaft", "vereinigung", "ausschuss", "konferenz", "verein", "kasse", "partei",
                       "departement", "armee")
COMPOUND_HEADS = _ORG_COMPOUND_HEADS  # the last parts that make a compound a body's name („Welternährungsprogramm“)


def compound_orgs(text: str, language: str, org_regex: re.Pattern[str],
                   canon: tuple[tuple[str, str], ...]) -> list[tuple[int, int, str]]:
    """'Bundesbank-Präsident' -> Bundesbank, 'Landwirtschaftskammer-Präsident' -> Landwirtschaftskammer."""
    if language != "de":
        return []
    result = []
    for match in re.finditer(r"(?<![\w-])[A-ZÄÖÜ][\wäöüß-]+", text):
        word = match.group(0)
        suffix = _ROLE_SUFFIX.search(word)
        if not suffix or suffix.start() < 3:
            continue
        head = word[:suffix.start()]
        known = org_regex.fullmatch(head)
        if known and known.lastgroup:
            result.append((match.start(), match.start() + len(head), canon[int(known.lastgroup[1:])][1]))
        elif word[suffix.start()] == "-" and head.casefold().endswith(_ORG_COMPOUND_HEADS) and len(head) > 6:
            result.append((match.start(), match.start() + len(head), head))
    return result


def compound_gender(word: str) -> str:
    """Grammatical gender of a compound organisation name by its last part ('Gewerkschaftsbund' -> 'm')."""
    lower = word.casefold()
    for head, gender in sorted(de.ORG_HEADS.items(), key=lambda h: len(h[0]), reverse=True):
        if lower.endswith(head.casefold()):
            return gender
    if lower.endswith(("werk", "amt", "institut", "zentrum", "büro", "gericht", "kommando", "parlament")):
        return "n"  # „das Technische Hilfswerk“, „das Statistische Amt“
    return "f" if lower.endswith(("schaft", "ung", "kammer", "kasse", "ion", "armee")) else "m"


_AGREEMENT_WORDS = bodies.AGREEMENT_WORDS


_TREATY_ACRONYM = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(_AGREEMENT_WORDS)) + r")(?:\s+\(|,?\s+(?:also\s+)?"
                             r"(?:known|referred\s+to)\s+(?:in\s+[A-Z]\w+\s+)?as\s+(?:the\s+)?)([A-Z][A-Za-z]{1,7})\b")


def treaty_acronyms(text: str) -> set[str]:
    """Acronyms the text defines for a treaty or plan ("Trade in Goods Agreement (AITIGA)", "the … Agreement,
    known in Canada as CUSMA"): no bodies."""
    return {match.group(1) for match in _TREATY_ACRONYM.finditer(text)}


def acronym_orgs(text: str, language: str) -> list[tuple[int, str, str]]:
    """'Genfer Zentrum für Sicherheitspolitik (GCSP)' -> (start, long name, acronym)."""
    result = []
    heads = tuple(de.ORG_HEADS) + en.ORG_HEADS
    for match in re.finditer(r"\(([A-ZÄÖÜ][A-Za-zÄÖÜ]{1,7})\)", text):
        if match.group(1) in country_names(language) and not match.group(1).isupper():
            continue  # "Council President Kwame Asante (Ghana) said": the speaker's state, no acronym
        before = [m for m in _TOKEN.finditer(text[: match.start()])][-14:]
        words: list[re.Match[str]] = []
        gap_end = match.start()
        for token in reversed(before):
            word = token.group(0)
            if text[token.end():gap_end].strip():
                break  # "MANILA — The Armed Forces ... (AFP)": a dash or quote mark ends the name
            gap_end = token.start()
            if word == "," and any(w.group(0) in ("und", "and") for w in words) and words[-1].group(0)[0].isupper():
                words.append(token)  # "für Umwelt, Verkehr, Energie und Kommunikation (UVEK)": one remit list
                continue
            if word == ",":
                break
            if word[0].isupper() or word in _CONNECT or (words and word.islower() and words[-1].group(0)[0].isupper()
                                                        and len(words) > 0 and word.endswith("e")):
                words.append(token)
                continue
            break
        words.reverse()
        if words and words[-1].group(0) in _AGREEMENT_WORDS:
            continue  # "the ASEAN-India Trade in Goods Agreement (AITIGA)": a treaty, no body
        while words and (words[0].group(0).casefold() in _CONNECT or words[0].group(0).casefold() in de.DETERMINERS
                         or mentions.is_role_noun(words[0].group(0), language)):
            words.pop(0)  # "The Armed Forces of ... (AFP)": the article is no part of the name
        country_tail = None
        if len(words) >= 2 and words[-1].group(0) in country_names(language):
            country_tail = words.pop()  # "Wirtschaftskammer Österreich (WKÖ)": the country is part of the name
        phrase = " ".join(w.group(0) for w in words).replace(" ,", ",")
        compound = bool(words) and re.sub(r"e?s$", "", words[-1].group(0).casefold()).endswith(_ORG_COMPOUND_HEADS) \
            and language == "de" and words[-1].group(0)[:1].isupper()
        genitive = _genitive_named(words, language)
        if genitive is not None:  # "Welternährungsprogramm der Vereinten Nationen (WFP)": the name in full
            result.append((genitive[0], genitive[1], match.group(1)))
            continue
        if compound and not any(re.sub(r"e?s$", "", w.group(0)) in heads for w in words):
            word = words[-1].group(0)  # "des Welternährungsprogramms (WFP)" -> Welternährungsprogramm
            stem = word[:-2] if word.endswith("es") and word[:-2].casefold().endswith(_ORG_COMPOUND_HEADS) else \
                word[:-1] if word.endswith("s") and word[:-1].casefold().endswith(_ORG_COMPOUND_HEADS) else word
            # "der Deutschen Krankenhausgesellschaft (DKG)", "Vertretern der Europäischen Verteidigungsagentur
            # (EDA)": the capitalised adjectives right before the head belong to the name
            adjectives: list[re.Match[str]] = []
            for w in reversed(words[:-1]):
                if not re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+(?:e|en|er|es|em)", w.group(0)) \
                        or w.group(0) in de.OUTLET_HEADS or w.group(0).casefold().endswith(de.ORG_CLASSIFIERS):
                    break  # („der Rebellengruppe Vereinte Befreiungsarmee (FRU)“: the classifier noun is no adjective)
                adjectives.insert(0, w)
            if adjectives:
                ending = {"m": "er", "f": "e", "n": "es"}[compound_gender(stem)]
                name = " ".join([*(re.sub(r"(e|en|er|es|em)$", "", w.group(0)) + ending for w in adjectives), stem])
                result.append((adjectives[0].start(), name, match.group(1)))
                continue
            result.append((words[-1].start(), f"{stem} {country_tail.group(0)}" if country_tail else stem,
                           match.group(1)))
            continue
        named = [w.group(0) for w in words if w.group(0) != ","]
        # "... with the Economic Community of West African States (ECOWAS)", „der Miliz Rapid Support Forces
        # (RSF)“: the words whose initials spell the acronym; a classifier noun before them is no part of it
        # ("Tehreek-i-Taliban Pakistan (TTP)": the country closing the name gives the acronym its last letter)
        spelling = named + ([country_tail.group(0)] if country_tail is not None and language == "en" else [])
        spelled = next((cut for cut in range(min(len(named), len(spelling) - 1))
                        if named[cut].casefold() not in _CONNECT and initials_match(spelling[cut:], match.group(1))
                        and (language == "en" or cut > 0 or len(named) > 1)),
                       None)
        if spelled is not None and spelled >= 2 and named[spelled - 1] in ("für", "for", "of") and (
                re.sub(r"e?s$", "", named[spelled - 2]) in heads or named[spelled - 2] in heads):
            spelled = None  # "Departement für Umwelt, Verkehr, Energie und Kommunikation (UVEK)": the remit
            # spells the acronym, the head before it still names the body
        if spelled is not None:  # "... with the Economic Community of West African States (ECOWAS)"
            words = [w for w in words if w.group(0) != ","][spelled:]
            phrase = " ".join(w.group(0) for w in words)
        else:  # "the Popular Forces and the Kurdistan Workers' Party (PKK)": the name after the last "and the"
            joint = max((i for i in range(len(words) - 2) if words[i].group(0) in ("and", "und")
                         and words[i + 1].group(0) in ("the", "der", "die", "das", "den", "dem")), default=None)
            if joint is not None:
                words = words[joint + 2:]
                named = [w.group(0) for w in words if w.group(0) != ","]
                phrase = " ".join(named)
        # "des Bundesverbands Güterkraftverkehr Logistik und Entsorgung (BGL)": a body's compound head opens the
        # name, whose other words need not spell the acronym
        at = next((i for i, w in enumerate(words[:-1]) if _compound_head(w.group(0))
                   and (i == 0 or words[i - 1].group(0) in ("der", "des", "dem", "den", "die", "das"))), None) \
            if language == "de" else None
        lead = _compound_head(words[at].group(0)) if at is not None else None
        if at is not None and lead is not None and (spelled is None or at == 0):
            words = words[at:]
            phrase = " ".join([lead, *(w.group(0) for w in words[1:])]).replace(" ,", ",")
        else:
            lead = None
        if words and (spelled is not None or lead is not None
                      or any(re.sub(r"e?s$", "", w) in heads or w in heads for w in named)):
            name = nominative(phrase) if language == "de" else phrase
            name = f"{name} {country_tail.group(0)}" if country_tail else name
            result.append((words[0].start(), name, match.group(1)))
    return result


def _compound_head(word: str) -> str | None:
    """'Bundesverbands' -> 'Bundesverband': a capitalised compound ending in a body's head, in the nominative."""
    if not word[:1].isupper() or "-" in word:
        return None
    for stem in (word, word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith("es") else ""):
        if stem and len(stem) > 6 and stem.casefold().endswith(_ORG_COMPOUND_HEADS):
            return stem
    return None


def defined_acronyms(text: str, language: str) -> set[str]:
    """Acronyms the text spells out before their brackets: "Armed Forces of the Philippines (AFP)" makes
    AFP that body's name in this article, not the news agency's."""
    return {acronym for _start, name, acronym in acronym_orgs(text, language)
            if initials_match(name.split(), acronym)}


def _genitive_named(words: list[re.Match[str]], language: str) -> tuple[int, str] | None:
    """'Welternährungsprogramm der Vereinten Nationen', 'Konferenz der Kantonsregierungen': a German body
    named by a head noun (or a compound ending in one) and its genitive complement, as one name."""
    if language != "de" or len(words) < 3:
        return None
    texts = [w.group(0) for w in words]
    first = re.sub(r"e?s$", "", texts[0])
    if not (first in de.ORG_HEADS or first.casefold().endswith(_ORG_COMPOUND_HEADS)) or texts[1] not in ("der", "des"):
        return None
    if not all(t[:1].isupper() or t in _CONNECT for t in texts[2:]) or texts[-1] in _CONNECT:
        return None
    return words[0].start(), nominative(" ".join([first, *texts[1:]]))




TIME_AFTER = re.compile(r"\s+(?:Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|"
                         r"November|Dezember|\d|des\b|der\b|nächste|kommende|vergangene|letzte)")
PARTY_KEYS = {"Grünen": "Grüne", "Linken": "Linke"}


def initials_match(words: list[str], acronym: str) -> bool:
    """'Economic Community of West African States' ~ ECOWAS, 'Asia-Pacific Economic Cooperation' ~ APEC.

    The acronym's letters are the first letters of the words (or hyphen parts) in order; connecting
    words ("of", "and", "the") may give a letter or none.
    """
    parts: list[tuple[str, bool]] = []
    for word in words:
        for index, piece in enumerate(p for p in word.split("-") if p):
            # "Co-operation" gives C or CO: a later hyphen part may give its letter or none
            parts.append((piece[0].upper(), piece.casefold() in _CONNECT or index > 0))
    letters = acronym.upper()

    def fits(i: int, j: int) -> bool:
        if j == len(letters):
            return all(optional for _letter, optional in parts[i:])
        if i == len(parts):
            return False
        letter, optional = parts[i]
        if letter == letters[j] and fits(i + 1, j + 1):
            return True
        return optional and fits(i + 1, j)

    return len(letters) >= 2 and fits(0, 0)
