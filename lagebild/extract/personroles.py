"""The role phrase around a person's name: adjectives and demonyms before the role noun, a German
complement after it, an apposition after the name, an office named before an apposition.

Pure functions used by the persons stage; they read the country a role phrase names into the
candidate ("der ukrainische Präsident", "European Commission spokesperson" acts for no state).
"""

from __future__ import annotations

import re

from lagebild.extract import mentions
from lagebild.extract.countries import countries_in, country_of_word
from lagebild.extract.domesticoffices import label_words
from lagebild.extract.lang import de, domestic, en, places
from lagebild.extract.partystates import party_in_complement
from lagebild.extract.personcandidate import Candidate
from lagebild.extract.personcountry import INTERNATIONAL
from lagebild.extract.personnames import STOP, Tok, nominative_de, role_phrase, split_tokens
from lagebild.extract.roleoffices import INTERNATIONAL_OWNER, body_country


def left_context(tokens: list[Tok], start: int, language: str, cand: Candidate) -> tuple[str, list[str]]:
    """Walk left from a role head over adjectives, demonyms and possessives; set the country."""
    det, kept = "", list[str]()
    k = start - 1
    while k >= 0:
        word = tokens[k].text
        if f"{tokens[k - 1].text} {word}" in domestic.STATELESS_DEMONYMS or \
                re.sub(r"(?:e|en|er|es|em)$", "", word) in domestic.STATELESS_DEMONYMS:
            # "the Turkish Cypriot leader", „der zyperntürkische Volksgruppenführer“: a polity no state
            # recognises (but one) gives no state to act for — neither Cyprus nor Turkey
            cand.international = True
            break
        region = places.REGIONS.get(f"{tokens[k - 1].text} {word}") if language == "en" and k else None
        if region:  # "the Northern Ireland Secretary": a region's office is its state's (not Ireland's)
            cand.country = cand.country or region
            kept[:0] = [tokens[k - 1].text, word]
            k -= 2
            continue
        # "South Korean President", "Papua New Guinea's Prime Minister", "Trinidad and Tobago's Foreign Minister": a
        # name or demonym of several words is the country, not an adjective (nor "Guinea's" alone)
        size, pair = _several_words_state(tokens, k, language)
        if pair:
            cand.country = cand.country or pair
            k -= size
            continue
        code = country_of_word(word, language) or place_adjective_state(word, language)
        if code and language == "en" and topic_state(tokens, k, start + 3):
            kept.insert(0, word)  # "China expert X", "Ukraine envoy X": the state is the topic, not whom X serves
        elif code and (language == "en" or word[0].islower() or word.endswith("s") or word.endswith("er")):
            cand.country = cand.country or code
            if language == "en" and k and tokens[k - 1].text in _COMPASS:
                k -= 1  # "North Macedonian Prime Minister": the compass word belongs to the demonym
            if tokens[start].text.casefold() in REFERENCE_ROLES or tokens[start].text.casefold().rstrip("n") in \
                    REFERENCE_ROLES:
                kept.insert(0, word)  # "seinen deutschen Amtskollegen": the literal role keeps its country
        elif language == "de" and word.islower() and re.fullmatch(r"[a-zäöüß-]+(e|en|er|es|em)", word) \
                and word not in de.DETERMINERS:
            kept.insert(0, word)
        elif language == "en" and word in en.ROLE_MODIFIERS:
            kept.insert(0, word)  # "host president", "interim leader"
        elif language == "en" and word in _PAST_MARKS:
            kept.insert(0, word)  # "former foreign minister X": no current office shown as true
        elif language == "en" and word.casefold() in en.INTERNATIONAL:
            cand.international = True  # "European Commission spokesperson": an international body's official
            kept.insert(0, word)
        elif language == "en" and word[:1].isupper() and word not in STOP and word not in ("The",) \
                and not word.endswith(("’s", "'s")):
            kept.insert(0, word)
        else:
            if language == "en" and _international_owner(tokens, k):
                cand.international = True  # "the African Union's Sudan envoy": the body's official, no state's
            if word.casefold() in de.DETERMINERS or word.casefold() in en.DETERMINERS:
                det = word
                if word.casefold() in ("whose", "dessen", "deren") and k >= 2 and tokens[k - 1].text == ",":
                    # "China, whose trade representative X": the state before the relative pronoun
                    cand.country = cand.country or country_of_word(tokens[k - 2].text, language)
            break
        k -= 1
    if language == "de" and not det:
        kept = []  # "leitete Chefunterhändler X": a verb, not an adjective
    return det, kept




def _topics(role: str, language: str) -> set[str]:
    from lagebild.extract.contextcountry import topic_states  # (contextcountry imports the persons' modules)

    return topic_states(role, language)


def topic_state(tokens: list[Tok], k: int, stop: int) -> bool:
    """Whether the English word at ``k`` is a state's name (not its demonym, acronym or possessive) before a role
    noun that makes it a topic ("China expert", "Russia analyst", "Ukraine envoy"): the state is what the person
    studies or handles, not the one they serve."""
    word = tokens[k].text
    if word in en.DEMONYMS or word.isupper() or word.endswith(("'s", "’s")) or k + 1 >= len(tokens) \
            or not tokens[k + 1].text[:1].islower():
        return False
    heads = [j for j in range(k + 1, min(stop, len(tokens))) if tokens[j].text.casefold() in en.TOPIC_ROLE_HEADS]
    # ("Ukraine envoy to the UN X": the state sends the envoy)
    return bool(heads) and (heads[0] + 1 >= len(tokens) or tokens[heads[0] + 1].text != "to")


def _several_words_state(tokens: list[Tok], k: int, language: str) -> tuple[int, str | None]:
    """(number of tokens, state) of the longest English state name or demonym of two to five words ending at k."""
    if language != "en":
        return 0, None
    for size in (5, 4, 3, 2):
        if k >= size - 1:
            code = country_of_word(" ".join(t.text for t in tokens[k - size + 1:k + 1]), language)
            if code:
                return size, code
    return 0, None


def coordinated_states(tokens: list[Tok], start: int, language: str) -> list[str]:
    """"the Armenian and Azerbaijani foreign ministers", „die armenischen und aserbaidschanischen
    Außenminister“: the states of nationality adjectives joined by "and"/"und"/"," right before a role
    head at ``start``, in the order written (the first person named after the role serves the first
    state); [] unless there are two or more."""
    states: list[str] = []
    k = start - 1
    while k >= 0:
        code = _role_adjective_state(tokens[k].text, language)
        if code is None:
            break
        states.insert(0, code)
        k -= 1
        if k >= 1 and tokens[k].text.casefold() in _PAIR_DETERMINERS and tokens[k - 1].text in _PAIR_JOINS:
            k -= 1  # „der französische und der deutsche Außenminister“
        if k >= 1 and tokens[k].text in _PAIR_JOINS:
            k -= 1
        else:
            break
    return states if len(states) >= 2 and len(set(states)) == len(states) else []


def place_adjective_state(word: str, language: str) -> str | None:
    """„Schweizer“, „Luxemburger“, „Liechtensteiner“: a German adjective made of a state's name with „-er“
    (it is written capitalised and never declined, so the lower-case adjectives' rule misses it)."""
    if language != "de" or not word.endswith("er") or not word[:1].isupper():
        return None
    return country_of_word(word[:-2], language)


_PAIR_JOINS = frozenset({"and", "und", ",", "or", "oder"})
_PAIR_DETERMINERS = frozenset({"the", "der", "die", "den", "dem", "des"})


def _role_adjective_state(word: str, language: str) -> str | None:
    """The state of a nationality adjective before a role noun: "Armenian", „armenischen“, „Schweizer“."""
    code = country_of_word(word, language)
    if code is None:
        return place_adjective_state(word, language)
    if language == "en":
        return code if word in en.DEMONYMS or word.isupper() else None
    return code if word[:1].islower() else place_adjective_state(word, language)


_COMPASS = frozenset({"North", "South", "East", "West", "Central"})


def _international_owner(tokens: list[Tok], k: int) -> bool:
    """'UN's', 'African Union's' at token k: an international body owns the office after it."""
    word = tokens[k].text
    if not word.endswith(("'s", "’s")):
        return False
    owner = word[:-2].casefold()
    return owner in en.INTERNATIONAL or (k > 0 and f"{tokens[k - 1].text.casefold()} {owner}" in en.INTERNATIONAL)


def apposition(text: str, after: int, language: str) -> str | None:
    """The role in ', der außenpolitische Berater von ...,' / ', a senior fellow at ...,' after a name."""
    rest = text[after:]
    match = re.match(r"\s*,\s*(.+?)(?=,\s|;|:|\.\s*$|\.$|$)", rest)
    if not match:
        return None
    holds = re.match(r"who\s+(?:is|was|serves\s+as)\s+(?:also\s+|now\s+|currently\s+)?(?:the\s+)?(?=[A-Z])(.+)$",
                     match.group(1).strip()) if language == "en" else None
    if holds:  # "Niamh Cassidy, who is also Minister for Foreign Affairs and Trade, said"
        toks = split_tokens(holds.group(1))
        span = role_phrase(toks, 0, language) if toks else None
        return holds.group(1) if span and not any(w in _EN_VERBS for w in holds.group(1).split()) else None
    phrase = re.split(r"\s+(?:who|which|that|whose)\s+", match.group(1).strip())[0]
    if language == "en":  # "X, a businessman convicted in New York of …": the participle's clause is no title
        phrase = _PARTICIPLE_CLAUSE.split(phrase)[0]
    words = phrase.split()
    if language == "en" and any(w in _EN_VERBS for w in words):
        return None  # ", Uruguay's president X will also attend": a clause about someone else
    # ("X, the former foreign minister,": a former office stays former — no current role shown as true)
    while words and (words[0] in de.DETERMINERS or words[0].casefold() in en.DETERMINERS) \
            and words[0].casefold() not in _PAST_MARKS \
            and not (language == "en" and len(words) > 1 and country_of_word(" ".join(words[:2]), language)):
        # (not the "New" of "New Zealand's trade minister")
        words.pop(0)
    if language == "de" and words and words[0] in _DE_NOW:
        words.pop(0)  # „X, inzwischen Außenminister,“: an adverb of time, no adjective to inflect
    if language == "de" and phrase.split()[0] in _DE_RELATIVE and len(words) >= 2 and words[0][:1].isupper() \
            and words[-1][:1].islower() and "." not in words[-1]:
        return None  # „X, den Präsident Y im Mai ernannt hatte,“: a relative clause closing with its verb
    if language == "en" and _MEMBER_OF_BODY.match(" ".join(words)):
        return " ".join(words)  # "X, a member of the Bundestag,", "X, a member of Ukraine's parliament,"
    size = next((n for n in (5, 4, 3, 2) if language == "en" and len(words) > n
                 and country_of_word(" ".join(words[:n]), language)), 0)
    if size:  # "X, Sierra Leone's foreign minister,", "X, the Papua New Guinean trade minister,": one modifier
        words = [" ".join(words[:size]), *words[size:]]
    for index, word in enumerate(words[:4]):
        toks = split_tokens(" ".join(words[index:]))
        topical = language == "en" and word.casefold() in _TOPIC_HEADS  # "a Korea expert", "a Gulf analyst"
        span = role_phrase(toks, 0, language) if toks else None
        if span and language == "en" and toks[span[1] - 1].text.casefold() in _PLURAL_HEADS:
            return None  # "X, ASEAN ministers discussed …": a plural role is other people, no apposition
        if toks and span and all(_is_modifier(w, language) or (topical and w[:1].isupper())
                                                            for w in words[:index]):
            if language == "de":
                female = phrase.split()[0] in ("die", "eine")
                head = nominative_de("die" if female else "der", words[:index], word)
                return " ".join([head, *words[index + 1:]])
            return " ".join(words)
    return None


_PAST_MARKS = frozenset({"former", "then"})
_DE_NOW = frozenset("inzwischen mittlerweile derzeit nun jetzt heute seither seitdem aktuell zurzeit "
                    "gegenwärtig".split())
_DE_RELATIVE = frozenset("der die das den dem dessen deren".split())


# A member of a named body or of a state's parliament: a role although "member" is no role noun alone.
_MEMBER_OF_BODY = re.compile(r"member\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}"
                             r"(?:[A-Z][\w-]+|parliament|senate|cabinet|government|national\s+assembly)$")


_PARTICIPLE_CLAUSE = re.compile(r"\s+(?:convicted|sentenced|arrested|jailed|detained|accused|charged|"
                                r"kidnapped|abducted|imprisoned|held\s+(?:in|since|for))\b")
_EN_VERBS = frozenset("met meets meet spoke speaks held holds led leads took takes gave gives made makes went goes saw "
                      "sees won wins lost loses sent sends left leaves flew flies came comes became wrote writes told "
                      "tells said says is was has had will would can could may might must shall should".split())
_NOT_MODIFIERS = frozenset("sowie bzw und oder aber wie ohne also auch nur noch who whom whose which that and or but "
                           "said says told".split())


def _is_modifier(word: str, language: str) -> bool:
    """An adjective inside an apposition before its role noun ("der außenpolitische Berater")."""
    if word.casefold() in _NOT_MODIFIERS or (language == "en" and (word in _EN_VERBS or word.endswith("ed"))):
        return False  # ", met Sheikh X in Doha": a verb, no apposition
    if language == "en" and re.fullmatch(r"[A-Z][\w-]+(?:s['’]|['’]s)", word):
        return True  # "the Conservatives' trade critic", "the Senate's majority leader": an owner's possessive
    if not word[:1].islower():
        # "the UN special envoy", "a German MEP": an international body or a country before the role noun;
        # "the ODM leader", "the Queensland Premier": a party or a state's unit
        # "Deputy Prime Minister", "Senior Foreign Minister": a capitalised modifier of the title
        return language == "en" and (country_of_word(word, language) is not None
                                     or word.casefold() in en.INTERNATIONAL or word in label_words()
                                     or word.casefold() in en.ROLE_MODIFIERS)
    return language == "en" or re.fullmatch(r"[a-zäöüß-]+(e|en|er|es|em)", word) is not None


# Plural role nouns ("ministers", "leaders"): never the role of the one person before them.
_PLURAL_HEADS = frozenset(h.split()[-1] for h in en.PLURAL_ROLE_HEADS)
# Role nouns that a topic may precede in English: "a Korea expert", "a Middle East correspondent".
_TOPIC_HEADS = frozenset("expert experts analyst specialist scholar correspondent reporter researcher historian "
                         "economist watcher hand".split())


# Words that open a complement of a role: "der Präsident des ...", "der Botschafter in der Schweiz".
_COMPLEMENT_START = frozenset("von des der vom in im bei beim für am an zur zum aus".split())


def genitive_state(word: str, language: str) -> str | None:
    """The state a German genitive names: „Kenias“, „Frankreichs“ (the name without its „s“ is the state
    too: no adjective, no other word that happens to end in s)."""
    if language != "de" or not word.endswith("s"):
        return None
    code = country_of_word(word, language)
    return code if code is not None and country_of_word(word[:-1], language) == code else None


_BODY_NAMED = re.compile(r"(?<![\w-])(?:EU|UN|UNO|NATO|Nato|OSZE|OSCE|IAEA|IWF|IMF|WHO|OPEC|ASEAN)(?![\w])")


def complement_state(complement: str, language: str) -> str | None:
    """The state a role's complement names after „von“/„aus“/"of"/"from": „Präsident von Kenia“, „Amtskollege aus
    Aserbaidschan“, "President of Kenya" (the whole rest of the role is the state's name)."""
    match = re.search(r"(?:^|\s)(?:von|aus|of|from)\s+(?:der\s+|dem\s+|den\s+|the\s+)?(?P<state>[^,;]+?)\s*$",
                      complement)
    if not match or _BODY_NAMED.search(complement) or INTERNATIONAL_OWNER.search(complement):
        return None  # „Sondergesandter der EU aus Frankreich“: the body's official, no state's
    found = countries_in(match.group("state"), language)
    return found[0][2] if len(found) == 1 and found[0][:2] == (0, len(match.group("state"))) else None


def de_complement(tokens: list[Tok], j: int, language: str) -> int | None:
    """'der Afrika-Berater von US-Präsident Donald Trump, Massad Boulos': the comma after the complement.

    A state's genitive is a complement of its own: „der Präsident Kenias, Samuel Ouko“."""
    if language != "de" or j >= len(tokens):
        return None
    if j + 1 < len(tokens) and tokens[j + 1].text == "," and genitive_state(tokens[j].text, language):
        return j + 1
    for size in (2, 3):  # „der Präsident Costa Ricas, X“, „der Premier Trinidad und Tobagos, X“
        if j + size < len(tokens) and tokens[j + size].text == "," \
                and genitive_state(" ".join(t.text for t in tokens[j:j + size]), language):
            return j + size
    if tokens[j].text not in _COMPLEMENT_START:
        return None
    k = j + 1
    while k < len(tokens) and k - j <= 9 and tokens[k].text != ",":
        word = tokens[k].text
        if not (word[:1].isupper() or word in mentions.PARTICLES or word in _COMPLEMENT_START
                or word in ("(", ")", "und", "für", "-") or re.fullmatch(r"[a-zäöü]+(e|en|er|es)", word)):
            # („der Hohen Vertreterin der Union für Außen- und Sicherheitspolitik, X“)
            return None
        k += 1
    return k if k < len(tokens) and tokens[k].text == "," and k > j + 1 else None

def truncated_start(tokens: list[Tok], start: int, language: str) -> int:
    """The first token of a truncated coordination before a German role head: „Außen- und Handelsminister“
    is one role (the hyphen stands for the head the two share)."""
    if (language == "de" and start >= 3 and tokens[start - 1].text in ("und", "oder", "sowie")
            and tokens[start - 2].text == "-" and tokens[start - 3].text[:1].isupper()
            and tokens[start - 2].start == tokens[start - 3].end):
        return start - 3
    return start


_EARLIER_OFFICE = re.compile(r"(?:^|\b(?:Der|Die|der|die|The|the)\s+)(?P<office>[A-Za-zÄÖÜ]+-[A-ZÄÖÜ][a-zäöüß]+)\s*,"
                             r"\s*(?:der|die|the|a|an)?(?:\s+[a-zäöüß]+)*\s*$")


# "Der kirgisische Delegationsleiter, Vizeaussenminister X", "The Kenyan envoy, Trade Minister X": a
# nationality adjective and a role noun right before the apposition that names the holder.
_EARLIER_NATIONAL = re.compile(r"(?:^|\b(?:Der|Die|der|die|The|the)\s+)(?P<adjective>[\w'’]+)\s+"
                               r"(?P<office>[A-Za-zÄÖÜ][\w-]+)\s*,\s*(?:[A-Z][\w-]*\s+){0,2}$")


def earlier_national_office(before: str, language: str, cand: Candidate) -> str | None:
    """A role with a nationality named before the apposition that introduces the holder: „Der tunesische
    Vertreter, Staatssekretär X“ → „tunesischer Vertreter“ (and TN as the candidate's country)."""
    match = _EARLIER_NATIONAL.search(before)
    if not match:
        return None
    adjective, office = match.group("adjective"), match.group("office")
    code = country_of_word(adjective, language)
    if code is None or (language == "de" and not adjective[:1].islower()):
        return None
    if not (mentions.is_role_noun(office, language) or office.casefold() in en.ROLE_HEADS):
        return None
    cand.country = cand.country or code
    if language == "de":
        determiner = re.match(r"\w+", before[match.start():]) if match.start() < match.start("adjective") else None
        return nominative_de(determiner.group(0) if determiner else "der", [adjective], office)
    return f"{adjective} {office}"


def earlier_office(before: str, language: str) -> str | None:
    """The office named before an apposition that introduces the holder: 'Der UN-Gesandte, der frühere ...'."""
    match = _EARLIER_OFFICE.search(before)
    if not match or (not mentions.is_role_noun(match.group("office").split("-")[-1], language) and \
            match.group("office").split("-")[-1].casefold() not in en.ROLE_HEADS):
        return None
    office = match.group("office")
    return nominative_de("der", [], office) if language == "de" else office


def after_final_verb(text: str, after: int, language: str) -> int:
    """'mit Wang Hao zusammentreffen, dem Parteisekretär ...': the apposition after a clause-final verb.

    Only a dative "dem" opens it (it agrees with "mit X"); "der" after a comma mostly opens a relative clause.
    """
    if language != "de":
        return after
    verb = re.match(r"\s+[a-zäöüß]+(?:\s+[a-zäöüß]+)?(?=\s*,\s*dem\s)", text[after:])
    return after + verb.end() if verb else after

def apposition_country(appo: str, cand: Candidate, language: str) -> None:
    """'the UN special envoy for Yemen' acts for no state; 'the director of the OMB' for the US."""
    first = appo.split()[0].casefold().rstrip("-")
    member_of = party_in_complement(appo)  # ", Generalsekretär der ÖVP,": a party's office, no international one
    if member_of:
        cand.country = cand.country or member_of
    elif INTERNATIONAL.search(appo) or first in en.INTERNATIONAL or (
            language == "de" and re.search(de.INTERNATIONAL_ROLES, appo.casefold())):
        cand.international = True
    cand.country = cand.country or body_country(appo)
    if not cand.international:
        cand.country = cand.country or complement_state(appo, language)  # ", Außenminister von Frankreich,"
        cand.country = cand.country or _opening_state(appo, language)


def _opening_state(appo: str, language: str) -> str | None:
    """", Sierra Leone's foreign minister,", ", the Papua New Guinean trade minister,": the state (its name in the
    genitive or its adjective) that opens the person's own apposition — not a topic ("a Ghana expert") and not a
    birthplace ("a Ghana-born economist")."""
    if language != "en":
        return None
    found = countries_in(appo, language)
    words = appo.split()
    if not found or found[0][0] != 0 or not appo[found[0][1]:found[0][1] + 1].isspace() \
            or words[-1].casefold() in _TOPIC_HEADS or found[0][2] in _topics(appo, language):
        return None  # ("a China expert at the Carnegie Endowment": the topic's head need not end the apposition)
    return found[0][2]

# Role nouns that refer to another person's office: "his Finnish counterpart", „seinen Amtskollegen“.
REFERENCE_ROLES = frozenset({"counterpart", "amtskollege", "amtskollegin", "kollege", "kollegin", "amtskollegen"})
