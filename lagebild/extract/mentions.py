"""Finding the persons a piece of text refers to, once the persons stage has run.

A person is mentioned by full name, by surname with or without a genitive
("Selenskyjs", "Merz'", "Meinl-Reisingers", "Von der Leyens"), by given name
after a knightly honorific ("Sir Nicholas"), by the surname-first family name of
a Chinese name ("He"), by a role noun ("der Kanzler", "die Außenministerin")
or by a pronoun ("er", "she").  The events stage imports ``persons_in`` and
``resolve_person``; the quotes stage uses ``mentions`` for positions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lagebild.briefing.model import Person
from lagebild.extract.doc import Doc
from lagebild.extract.lang import de, en, first_names, holders, names

PARTICLES = frozenset("von van der den de da di du do la le bin bint ibn al el ter zu dos del das".split())
# Family names come first in these Chinese surnames: "He Lifeng" is later "He".
CHINESE_SURNAMES = frozenset(
    "Xi He Li Wang Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin Guo Ma Luo Liang "
    "Song Zheng Xie Han Tang Feng Yu Dong Xiao Cheng Cao Yuan Deng Fu Shen Zeng Peng Su Lu Jiang "
    "Cai Jia Ding Wei Xue Ye Yan Pan Du Dai Xia Zhong Tian Ren Fan Fang Shi Yao Tan Liao Zou Xiong "
    "Jin Hao Kong Bai Cui Kang Mao Qiu Qin Gu Hou Shao Meng Wan Duan Lei Qian Yin Yi Qiao Wen Wang".split()
)
HONORIFICS = en.HONORIFICS
_GENITIVE = r"(?:['’]s|s|['’])?"


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    person: Person
    kind: str  # "name", "role" or "pronoun"


def surname_of(name: str) -> str:
    """The part of a full name used alone later on."""
    tokens = name.split()
    if len(tokens) == 1 or re.fullmatch(r"[IVX]+\.?", tokens[-1]):
        return tokens[0]
    if (len(tokens) >= 2 and (tokens[0] in CHINESE_SURNAMES or tokens[0] in names.KOREAN_SURNAMES)
            and tokens[1][0].isupper() and tokens[1].isascii() and (len(tokens) == 2 or "-" not in tokens[0])
            and (len(tokens) == 2 or tokens[0] in names.KOREAN_SURNAMES)):
        return tokens[0]
    for i, word in enumerate(tokens[1:-1], start=1):
        if word in ("von", "van", "de", "da", "di", "al", "el", "ter", "zu", "Van", "De"):
            return " ".join(tokens[i:])
    if len(tokens) >= 3 and tokens[-2] in ("Al", "El", "al", "el", "bin"):
        return " ".join(tokens[-2:])
    return tokens[-1]


def _keys(person: Person) -> list[str]:
    # a well-known holder's other spellings: "Lula" for "Luiz Inácio Lula da Silva"
    listed = [s for s in holders.spellings(person.name) if " " not in s]
    keys = [person.name, surname_of(person.name), *person.aliases, *listed]
    tokens = person.name.split()
    if len(tokens) >= 2:
        keys += [f"{h} {tokens[0]}" for h in en.GIVEN_NAME_HONORIFICS]
    if tokens and "-" in tokens[-1] and tokens[-1].startswith(("al-", "el-")):
        keys.append(tokens[-1][3:])  # "al-Hajja" is also written "Hajja"
    seen: list[str] = []
    for key in keys:
        if key and key not in seen:
            seen.append(key)
    return sorted(seen, key=len, reverse=True)


def _key_pattern(key: str) -> str:
    body = re.escape(key)
    if key[0].islower():  # "von der Leyen" starts a sentence as "Von der Leyen"
        body = f"[{key[0].upper()}{key[0].lower()}]" + re.escape(key[1:])
    return body


def _name_regex(doc: Doc) -> re.Pattern[str] | None:
    # Built once per set of persons, not once per sentence: a long article asks for it
    # tens of thousands of times (bounded work: extraction stays linear in the length).
    return _regex_for(tuple(doc.persons))


@lru_cache(maxsize=32)
def _regex_for(persons: tuple[Person, ...]) -> re.Pattern[str] | None:
    return _regex_of_names(tuple(_alternatives(person) for person in persons))


@lru_cache(maxsize=4096)
def _alternatives(person: Person) -> str:
    return "|".join(_key_pattern(k) for k in _keys(person))


# By the names alone: a person whose role or country the later stages complete keeps the pattern
# (a quarter of the patterns an article compiled differed from an earlier one only so).
@lru_cache(maxsize=64)
def _regex_of_names(alternatives: tuple[str, ...]) -> re.Pattern[str] | None:
    parts = [f"(?P<p{index}>{names})" for index, names in enumerate(alternatives)]
    if not parts:
        return None
    return re.compile(rf"(?<![\w-])(?:{'|'.join(parts)}){_GENITIVE}(?![\w-])")


def name_mentions(doc: Doc, text: str) -> list[Mention]:
    """Mentions by name, in order; a capitalised "He" opening a clause is the pronoun."""
    regex = _name_regex(doc)
    if regex is None:
        return []
    found: list[Mention] = []
    for match in regex.finditer(text):
        group = match.lastgroup
        if group is None:
            continue
        person = doc.persons[int(group[1:])]
        surface = match.group(group)
        if surface in ("He", "Ye", "Ma") and (match.start() == 0 or re.search(r"[.:;,“\"‘]\s*$", text[:match.start()])):
            continue
        found.append(Mention(match.start(), match.end(), person, "name"))
    return found


def gender(person: Person, language: str = "de") -> str | None:
    """Grammatical gender of a person's role; English role nouns ("leader", "minister") have none."""
    role = (person.role or "").split(",")[0].strip()
    if re.search(r"(in|frau|woman|Queen|Königin)$", role) or any(a in ("Ms", "Mrs") for a in person.aliases):
        return "f"
    if language == "en":
        if re.search(r"(?:man|King|Prince|Mr)$", role) or any(a == "Mr" for a in person.aliases):
            return "m"
        return first_names.gender_of_given_name(person.name)
    if role and re.search(r"(er|ent|man|or|sekretär|chef|minister|kanzler|premier|könig|ter)$", role):
        return "m"
    return first_names.gender_of_given_name(person.name)  # no role tells: a clear given name may


def _role_head(word: str) -> str:
    """'Außenministerin' -> 'außenministerin', 'Kanzlers' -> 'kanzler'."""
    return re.sub(r"(?<=[a-zäöüß])(s|n|en)$", "", word.casefold())


_COMPLEMENT = re.compile(r"\s+(?:des|der|den|von|vom|in|im|bei|beim|für|am|zur|zum|of|for|to|at|on)\s")


def _head_word(role: str) -> str:
    """The role noun of a role phrase: 'Präsident des Verbands (VB)' -> 'Präsident', 'envoy for Yemen' -> 'envoy'."""
    words = _COMPLEMENT.split(" " + role.strip() + " ", maxsplit=1)[0].split()
    return words[-1] if words else role.strip()


def role_matches(person: Person, noun: str) -> bool:
    """Whether a role noun used alone ("der Kanzler", "the president") fits the person's role."""
    if not person.role:
        return False
    if " " in noun.strip():  # "the Prime Minister" is no "minister for trade"
        wanted = " ".join(noun.casefold().split())
        phrases = [" ".join(_COMPLEMENT.split(" " + part.strip() + " ", maxsplit=1)[0].casefold().split())
                   for part in person.role.split(",")]
        return any(p == wanted or p.endswith(" " + wanted) for p in phrases)
    head = _role_head(noun)
    roles = [_role_head(_head_word(part)) for part in person.role.split(",") if part.strip()]
    return any(r.endswith(head) or r == head for r in roles if r)


_ROLE_REF = re.compile(
    r"\b(?:der|die|den|dem|des|Der|Die|Den|Dem|Des|the|The)\s+((?:[a-zäöü]\w+\s+)?[A-ZÄÖÜa-z][\w-]+)"
)
_PRONOUN = re.compile(r"\b(er|sie|Er|Sie|he|she|He|She)\b")


_EN_MULTI_ROLE = re.compile(
    r"\b(?:the|The)\s+((?-i:[A-Z][a-z]+\s+)?(?:"
    + "|".join(re.escape(h).replace("\\ ", "\\s+") for h in sorted(
        (h for h in en.ROLE_HEADS if " " in h), key=len, reverse=True))
    + r"))\b", re.IGNORECASE)


def role_mentions(doc: Doc, text: str) -> list[tuple[int, int, str]]:
    """(start, end, noun) for role nouns used without a name ("sagte die Außenministerin", "the Prime Minister")."""
    result = []
    for match in _ROLE_REF.finditer(text):
        noun = match.group(1).split()[-1]
        if is_role_noun(noun, doc.language):
            result.append((match.start(), match.end(), noun))
    if doc.language == "en":
        for match in _EN_MULTI_ROLE.finditer(text):
            if not any(start == match.start() for start, _e, _n in result):
                result.append((match.start(), match.end(), " ".join(match.group(1).split())))
        for match in _EN_STATE_ROLE.finditer(text):  # "the Ethiopian minister": a state's adjective, then the noun
            if is_role_noun(match.group(1), "en") and not any(start == match.start() for start, _e, _n in result):
                result.append((match.start(), match.end(), match.group(1)))
        result.sort()
    return result


# "the Ethiopian minister", "the Russian envoy": a capitalised adjective of a state before a lower-case role noun
_EN_STATE_ROLE = re.compile(r"\b(?:the|The)\s+[A-Z][a-z]+(?:an|ean|ian|ese|ish|i|ic|ch)\s+([a-z][\w-]+)\b")


def _head_forms(head: str) -> list[str]:
    """Inflected and feminine forms of a German role head: 'experte' -> 'expertin', 'experten', ..."""
    forms = [head, head + "in", head + "innen", head + "en", head + "n", head + "s", head + "es"]
    if head.endswith("er") and head[:-1] in de.ADJECTIVAL_ROLES:
        forms += [head[:-1], head[:-1] + "n"]
    if head.endswith("e"):
        forms += [head[:-1] + "in", head[:-1] + "innen"]
    return forms


_DE_ROLE = re.compile(
    "(?:" + "|".join(sorted({re.escape(f) for h in (*de.ROLE_HEADS, *de.ADJECTIVAL_ROLES) for f in _head_forms(h)},
                            key=len, reverse=True)) + ")$"
)


def is_role_noun(word: str, language: str) -> bool:
    """A role noun, also inside a compound: 'Bundesverteidigungsminister', 'Balkan-Expertin'."""
    lower = word.casefold()
    if language == "de":
        return word[:1].isupper() and lower not in de.NOT_ROLES and _DE_ROLE.search(lower) is not None
    return lower in en.ROLE_HEADS


def resolve_role(doc: Doc, noun: str, before: list[Person] | None = None) -> Person | None:
    """The person a bare role noun refers to: the most recently mentioned holder of that role."""
    pool = list(reversed(before)) if before else list(reversed(doc.persons))
    for person in pool:
        if role_matches(person, noun):
            return person
    return None


def resolve_person(doc: Doc, text: str, sentence_index: int | None = None) -> Person | None:
    """The person a mention refers to: a name, a genitive, a role noun or (with context) a pronoun."""
    text = text.strip()
    words = [w for w in text.split() if w.rstrip(".") not in ("Mr", "Mrs", "Ms", "Dr", "Prof")]
    cleaned = " ".join(words)
    for mention in name_mentions(doc, cleaned):
        if mention.start == 0:
            return mention.person
    last = cleaned.split()[-1] if cleaned else ""
    recent = recent_persons(doc, sentence_index) if sentence_index is not None else None
    pronoun = cleaned.casefold()
    if pronoun in de.PRONOUNS or pronoun in en.PRONOUNS:
        wanted = de.PRONOUNS.get(pronoun) or en.PRONOUNS.get(pronoun)
        for person in reversed(recent or []):
            if gender(person, doc.language) in (None, wanted):
                return person
        return None
    if last and is_role_noun(last, doc.language):
        return resolve_role(doc, last, recent)
    return None


def recent_persons(doc: Doc, sentence_index: int | None) -> list[Person]:
    """Persons mentioned before a sentence, oldest first, each at its latest mention."""
    table = _recent_table(doc)
    return list(table[len(doc.sentences) if sentence_index is None else min(sentence_index, len(doc.sentences))])


# The last document's table of recent persons before each sentence: rescanning every earlier
# sentence on each call made extraction quadratic in the article's length.
_recent_cache: list[tuple[Doc, tuple[Person, ...], int, list[tuple[Person, ...]]]] = []


def _recent_table(doc: Doc) -> list[tuple[Person, ...]]:
    persons = tuple(doc.persons)
    for cached_doc, cached_persons, count, table in _recent_cache:
        if cached_doc is doc and count == len(doc.sentences) and cached_persons == persons:
            return table
    order: list[Person] = []
    table = [()]
    for sentence in doc.sentences:
        for mention in name_mentions(doc, sentence.text):
            if mention.person in order:
                order.remove(mention.person)
            order.append(mention.person)
        table.append(tuple(order))
    _recent_cache[:] = [(doc, persons, len(doc.sentences), table)]
    return table


def persons_in(doc: Doc, sentence_text: str) -> list[Person]:
    """Persons mentioned by name or alias in a sentence, in order of mention, each once."""
    result: list[Person] = []
    for mention in name_mentions(doc, sentence_text):
        if mention.person not in result:
            result.append(mention.person)
    return result
