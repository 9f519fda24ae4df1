"""Country cues right beside a person's name: "Toshimitsu Motegi of Japan", "Sweden's Pål Jonson",
"Florida Republican Rick Scott", and the name of a well-known office holder ("Orbans" -> "Orban")."""

from __future__ import annotations

import re

from lagebild.extract.countries import LANG, countries_in, country_of_word
from lagebild.extract.lang import domestic, en, holders, places
from lagebild.extract.personnames import STOP, Tok, bare


def of_country(text: str, pos: int, language: str) -> tuple[str | None, int]:
    """'Toshimitsu Motegi of Japan': the country after a name, and where it ends."""
    match = re.match(r"\s+(?:of|from)\s+(?:the\s+)?" if language == "en" else r"\s+aus\s+", text[pos:])
    if not match:
        return None, pos
    found = countries_in(text[pos + match.end():], language)
    if found and found[0][0] == 0:
        return found[0][2], pos + match.end() + found[0][1]
    return None, pos


def us_label_before(tokens: list[Tok], i: int, language: str) -> str | None:
    """'Florida Republican Rick Scott', 'Texas Democrat X': a US state with a party label right before
    the name says whom the person serves."""
    if language != "en" or i < 2:
        return None
    state, label = tokens[i - 2].text, tokens[i - 1].text
    return "US" if state in places.US_STATES and label in ("Republican", "Democrat") else None


def possessive_country(tokens: list[Tok], i: int, language: str) -> str | None:
    """'Sweden's Pål Jonson', "Pakistan's Indus waters commissioner": a country in the genitive before."""
    k = i - 1
    while language == "en" and k > 0 and i - k <= 3 and re.fullmatch(r"[a-z]+|[A-Z][a-z]+", tokens[k].text) \
            and tokens[k].text.casefold() not in en.DETERMINERS and tokens[k].text not in STOP:
        k -= 1  # over "Indus waters"
    if k < 0 or (language == "en" and any(t.text.casefold() in en.RELATION_NOUNS for t in tokens[k + 1:i])):
        return None  # "Ukraine's staunch backer X", "Israel's fiercest critic X": a relation to the state, no office
    word = tokens[k].text
    if language == "en" and not word.endswith(("'s", "’s")):
        return None
    if language == "de" and not word.endswith("s"):
        return None
    if not word[:1].isupper():
        return None
    # "Wales's First Minister", "Bayerns Ministerpräsident": a region stands for its country
    region = places.REGIONS.get(re.sub(r"(?:['’]s?|s)$", "", word)) or places.REGIONS.get(bare(word))
    # „Wiens Bürgermeister“, "Nairobi's governor": a city's office is its country's
    city = LANG[language].CITIES.get(re.sub(r"(?:['’]s?|s)$", "", word))
    return country_of_word(word, language) or region or city or _possessive_party(tokens, k, language)


def _possessive_party(tokens: list[Tok], k: int, language: str) -> str | None:
    """"Sinn Féin's agriculture spokesman", "the Conservative Party's Northern Ireland spokesman": a
    party of one state in the genitive (its last word at ``k``) is the state its spokesman serves."""
    if language != "en":
        return None
    last = re.sub(r"['’]s$", "", tokens[k].text)
    for size in (1, 2, 3):
        if k - size + 1 < 0:
            break
        name = " ".join([*(t.text for t in tokens[k - size + 1:k]), last])
        code = domestic.PARTIES_EN.get(name) or (en.PARTIES.get(name) if name not in _SHARED_WORD_PARTIES else None)
        if code:
            return code
    return None


# Party names that are ordinary words or several states' parties: alone in the genitive they say nothing
# ("Labor's" is Australia's and Israel's, "the Democrats'" any number of states').
_SHARED_WORD_PARTIES = frozenset({"Labor", "Democrats", "Republicans", "Greens", "Liberals", "Conservatives",
                                  "Renaissance", "Congress", "Union"})


def listed_holder(words: list[str], language: str) -> str | None:
    """The name as written when it names a well-known office holder: 'Trump', 'Orbans' -> 'Orban'."""
    name = " ".join(words)
    if holders.holder(name):
        return name
    if language == "de" and words[0].endswith("s") and holders.holder(words[0][:-1]):
        return words[0][:-1]  # German genitive "Orbans Vision": the name ends at the genitive
    return None


def possessor_before(tokens: list[Tok], i: int, language: str) -> str | None:
    """"Putin's spokesman", "Vladimir Putin's envoy", „Putins Sprecher“: the person in the genitive right before
    the role at ``i`` (in German only a holder of the lexicon: „Landes“, „Bundes“ end in -s too)."""
    if i == 0:
        return None
    word = tokens[i - 1].text
    if not word[:1].isupper() or country_of_word(word, language) is not None:
        return None
    if language == "en":
        if not word.endswith(("'s", "’s")):
            return None
        name = word[:-2]
        if i >= 2 and re.fullmatch(r"[A-Z][a-z]+", tokens[i - 2].text) and tokens[i - 2].text not in STOP:
            name = f"{tokens[i - 2].text} {name}"
        return name
    name = word[:-1] if word.endswith(("s", "'", "’")) else ""
    return name if name and holders.holder(name) else None


def group_member_state(before: str, language: str) -> str | None:
    """"Kenyan officials, including Foreign Minister X", „die ukrainische Delegation, angeführt von Minister X“:
    the state of the group whose member the text right before a role names."""
    lexicon = LANG[language if language == "de" else "en"]
    match = re.search(lexicon.STATE_GROUP_MEMBER, before[-200:])
    words = match.group("state") if match else ""
    found = countries_in(words, language)  # ("The Ukrainian side": the state word ends the words)
    return found[-1][2] if found and found[-1][1] >= len(re.sub(r"['’]s$", "", words)) else None


def represented_state(text: str, pos: int, language: str) -> str | None:
    """"X, who represented Kenya at the talks,", „X, der Kenia bei den Gesprächen vertrat,“, "X represented
    Kenya": the state a clause or the person's own verb right after the name (ending at ``pos``) says they act for."""
    lexicon = LANG[language if language == "de" else "en"]
    match = re.match(lexicon.REPRESENTS_AFTER, text[pos:]) or re.match(lexicon.REPRESENTS_VERB, text[pos:])
    if not match:
        return None
    state = re.sub(r"^the\s+", "", match.group("state") or match.group("genitive"))
    found = countries_in(state, language)
    return found[0][2] if found and found[0][0] == 0 and found[0][1] >= len(re.sub(r"['’]s?$", "", state)) - 1 \
        and len(found) == 1 else None

