"""Countries that act in a stretch of text: subjects and objects ("Die USA", "mit der Ukraine"),
groups of theirs ("Unterhändler Serbiens", "Iranian negotiators", "Vermittler aus Katar"), the
state an act of force is directed at.  Not: places, topics, owners, qualifiers of a named person's
office."""

from __future__ import annotations

import re

from lagebild.extract.clausecues import (
    GROUP,
    STATE_GROUP,
    agent_of_a_thing,
    agent_of_attribute,
    name_as_adjective,
    one_person_after,
    owner_of_offered,
    spatial,
)
from lagebild.extract.countrymatch import LOCATIVE, country_patterns, is_country_name
from lagebild.extract.doc import Doc
from lagebild.extract.lang import de, en, participants
from lagebild.extract.mentions import is_role_noun, name_mentions
from lagebild.extract.officequalifier import person_follows, title_of
from lagebild.extract.orgmatch import lang_module, name_rx, organizations_in
from lagebild.extract.patterns import standalone

# "für die Ukraine", "against Russia", "über Iran": a topic, not a party to the event; "zum EU-Gipfel"
# names what a speech is about or where a trip goes, not who takes part.
TOPIC = {"de": re.compile(de.TOPIC_BEFORE), "en": re.compile(en.TOPIC_BEFORE)}
# A list of names after a group noun or "aus"/"from": "Vermittler aus Ägypten, Katar und den USA".
_ITEM = r"(?:(?:der|die|den|dem|des|the)\s+)?[A-ZÄÖÜ][\wÄÖÜäöüß'’-]*"
_LIST_HEAD = re.compile(
    rf"(?:^|[\s(])([\wÄÖÜäöüß-]+)\s+(?:{_ITEM}(?:\s*,\s*|\s+(?:und|and|sowie|or|oder)\s+))*"
    r"(?:(?:der|die|den|dem|des|the)\s+)?$")


def word_after(text: str, end: int, skip: int = 3) -> list[str]:
    return re.findall(r"[\wÄÖÜäöüß-]+", text[end:end + 60])[:skip]


def word_before(text: str, start: int) -> str:
    words = re.findall(r"[\wÄÖÜäöüß-]+", text[max(0, start - 40):start])
    return words[-1] if words else ""


def acting_groups(doc: Doc, text: str) -> list[str]:
    """Countries ``text`` names only through a group of theirs ('Vermittler aus Katar',
    'Unterhändler Serbiens'): what a sentence going on about an event adds besides its people."""
    return acting_countries(doc, text, frozenset(), groups_only=True)


def acting_countries(doc: Doc, text: str, event_words: frozenset[str], groups_only: bool = False) -> list[str]:
    """Country codes of countries that act: subjects and objects ('Die USA', 'mit der Ukraine',
    'zwischen Serbien und Kosovo'), groups of theirs ('Unterhändler Serbiens', 'Iranian negotiators',
    'Vermittler aus Katar').  Not: places, topics, owners, qualifiers of a named person's office."""
    topic = TOPIC.get(doc.language, TOPIC["en"])
    locative = LOCATIVE.get(doc.language, LOCATIVE["en"])
    names = {c.code: c.name for c in doc.countries}
    found: list[str] = []
    patterns = country_patterns(doc)
    # "Israeli and American strikes": in a list of countries the noun comes after the last of them.
    country_words = {w.lower() for _code, rx in patterns for m in rx.finditer(text)
                     for w in re.findall(r"[\wÄÖÜäöüß-]+", m.group(0))}
    # "Sudanese Armed Forces", "Rat der EU-Staaten": a country word inside an organization's name.
    named = [(o.start(), o.end()) for org in organizations_in(doc, text)
             for o in name_rx(org, not org.isupper()).finditer(text)]
    # "Port Sudan", "Kuwait City", "Guatemala City": a country's name inside a place's is that place.
    named += [(o.start(), o.end()) for place in doc.places if " " in place.name
              for o in standalone(place.name).finditer(text)]
    for code, rx in patterns:
        for m in rx.finditer(text):
            surface = m.group(0)
            before, after = text[:m.start()], text[m.end():]
            if surface[:1].isupper() and (locative.search(before) or spatial(before, doc.language)):
                continue  # ("in der Ukraine", "near Japan": a location)
            if any(lo <= m.start() and m.end() <= hi and (lo, hi) != (m.start(), m.end()) for lo, hi in named):
                continue
            if _repeats_a_name(text, m.start(), m.end(), [r for c, r in patterns if c == code]):
                continue  # "in the eastern Democratic Republic of Congo (DRC)": the name before decides
            if topic.search(before) and _on_behalf(before, after, doc.language):
                found.append(code)  # „Für Deutschland nimmt X teil“: the state X acts for takes part
                continue
            if _goods_of(before, surface, doc, code, text):
                found.append(code)  # "a tariff on Colombian goods": the state whose goods are taxed
                continue
            if _listed_after(before, patterns) != before and topic.search(_listed_after(before, patterns)):
                before = _listed_after(before, patterns)  # „um Russland und Belarus“: one more of the topic's list
            if topic.search(before) and directed_at(before, text, doc.language):
                found.append(code)  # "a drone attack on Ukraine": the state attacked takes part
                continue
            if _stands_outside(text, m.start(), event_words, doc.language):
                continue  # „Russland beobachtet die Gespräche mit Sorge“: watches the event from outside
            if _addressed_by_a_judge(doc, before, patterns):
                continue  # „warf Olaf Berger Russland Kriegsverbrechen vor“, "urged China to …": what is judged
            if _judges_the_act_before(before, after, doc.language):
                continue  # "…, a move Egypt called illegal": whoever judges the act named takes no part in it
            if owner_of_offered(before, after, doc.language):
                continue  # „ihr die Vermittlung Österreichs angeboten“: whose offer, no party of the act
            if topic.search(before) or person_follows(doc, text, m.end()) or agent_of_attribute(
                    before, after, doc.language) or title_of(doc, text, m.start()) or agent_of_a_thing(
                    before, doc.language, event_words):
                continue
            if re.match(r"-[\wÄÖÜäöüß]", after):
                continue  # "Ukraine-Kriegs", "US-Präsident"
            question = participants.TOPIC_QUESTION.get(doc.language)
            if question and re.search(question, before):
                continue  # „berieten darüber, wie man Russland begegnen könne“: what the question is about
            if _office_of_a_named_person(doc, text, m.start(), m.end()):
                continue  # „Der Leiter der ukrainischen Delegation, Oleksandr X, sagte“: X's office, no party
            head = _LIST_HEAD.search(before[-120:])
            prev = head.group(1) if head else word_before(text, m.start())
            nxt = [w for w in word_after(text, m.end(), 6) if w.lower() not in (
                "and", "und", "sowie", "s", "the", "der", "die") and w.lower() not in country_words]
            # "Vermittler aus Katar", "Unterhändler Serbiens" (not "Reparationen von Deutschland")
            group_before = bool(GROUP.match(prev)) or (prev.lower() in ("aus", "from", "of", "von") and bool(
                GROUP.match(word_before(before, before.rfind(prev)) if prev in before else "")))
            group_after = any(GROUP.match(w) for w in nxt[:3])
            if prev.lower() in ("aus", "from") and not group_before and prev in before:
                noun = word_before(before, before.rfind(prev)).lower()
                if not any(noun.endswith(e) for e in event_words):
                    continue  # "Importe aus China", "refugees from Syria": where a thing or people come
                    # from (not "Vermittler aus Katar", "a call from Japan")
            base = (names.get(code) or "").lower()
            adjective = not is_country_name(doc, code, surface)
            genitive = bool(re.match(r"['’]s?\b", after)) or surface.endswith(("'s", "’s")) or (
                doc.language == "de" and surface.endswith("s") and not base.endswith("s") and not adjective)
            if (adjective or not genitive) and one_person_after(before, nxt):
                continue  # „mit seinem ägyptischen Amtskollegen“, "his U.S. counterpart": the minister, not the state
            if adjective:
                # An adjective qualifies the noun it stands before: the state acts only when that noun
                # is a group of its own ("Iranian negotiators", "die französische Regierung") or an act
                # of it ("Russian strikes"); "Japanese seafood", "imports of Japanese seafood",
                # "Chinese business leaders" and "chinesischer Besuch" (who visits is unsaid) do not.
                if nxt and (GROUP.match(nxt[0]) or _acted_by(nxt[0], event_words, doc.language)
                            or any(STATE_GROUP.match(w) for w in nxt[1:3]) or _force(nxt[:2], doc.language)):
                    found.append(code)
                continue
            if genitive and _apposition_to_a_person(doc, before, nxt):
                continue  # "Olaf Berger, Germany's ambassador to Finland, …": the person's role, no party
            if genitive:
                if group_before or group_after or any(
                        w.lower().endswith(e) for w in nxt[:1] for e in event_words):
                    found.append(code)
                continue
            if not group_before and _complement_of_a_noun(before, event_words, doc.language):
                continue  # "a conference on the future of Ukraine", „zur Zukunft der Ukraine“: whose thing, a topic
            if groups_only and not (group_before or group_after):
                continue
            if doc.language == "en" and _modifier_after_article(before, after, event_words):
                continue  # "A US government plane carrying the freed Americans": "a" makes the name a modifier
            if doc.language == "en" and name_as_adjective(before, after, event_words):
                continue  # "fly through US territory": the name qualifies a thing, as "American" would
            found.append(code)
    return list(dict.fromkeys(found))


# "für"/"for" opening a clause before a country (see ``participants.ON_BEHALF_AFTER``).
_FOR_OPENING = re.compile(r"(?:^|[.;:,–]\s*)(?:[Ff]ür|[Ff]or)\s+(?:(?:die|den|das|the)\s+)?$")


def _on_behalf(before: str, after: str, language: str) -> bool:
    """„Für Deutschland nimmt X teil“, "For Norway signed Minister X": whom someone acts for, no topic."""
    pattern = participants.ON_BEHALF_AFTER.get(language)
    return pattern is not None and _FOR_OPENING.search(before) is not None and re.match(pattern, after) is not None


def directed_at(before: str, text: str, language: str) -> bool:
    """Whether the country after ``before`` is what an act of force or pressure is directed at, in a
    sentence that tells the act rather than judging or reporting it."""
    pattern = participants.DIRECTED_AT.get(language)
    if not pattern or not re.search(pattern, before):
        return False
    return _tells_the_act(text, language)


def _tells_the_act(text: str, language: str) -> bool:
    """Whether a sentence tells an act rather than judging, commenting on or reporting it (no verb of
    saying, judging, accusing or commenting in it)."""
    from lagebild.extract.datefind import lang_data
    data = lang_data(language)
    judging = data.SPEECH_PAST | data.JUDGING_VERBS | participants.ACCUSING_VERBS.get(language, frozenset()) | \
        participants.COMMENTING_VERBS.get(language, frozenset()) | \
        participants.ACT_ONLY_DISCUSSED.get(language, frozenset())  # ("discussed sanctions against Russia")
    return not set(re.findall(r"[\wäöüß]+", text.lower())) & judging


def _acted_by(noun: str, event_words: frozenset[str], language: str) -> bool:
    """'Angriffe', 'talks', 'strikes': an event noun whose adjective of nationality names who acts.
    Not a visit or trip: "chinesischer Besuch" says who comes only loosely, "the Chinese visit" may
    be a visit to China."""
    lower = noun.lower()
    travel: frozenset[str] = getattr(lang_module(language), "TRAVEL_NOUNS", frozenset())
    if any(lower.endswith(t) for t in travel):
        return False
    return any(lower.endswith(e) for e in event_words)


def _force(words: list[str], language: str) -> bool:
    """'Russian drones', 'a Norwegian missile strike', „norwegischen Drohnenangriffen“: the adjective
    names whose weapons, units or vessels act (``participants.FORCE_NOUN``)."""
    pattern = participants.FORCE_NOUN.get(language)
    return pattern is not None and any(re.match(pattern, w) for w in words)


# A preposition of topic before the tariff noun, its article and adjectives between: „über neue Zölle“.
_ABOUT = re.compile(r"(?i)\b(?:über|um|about|over|on)\s+(?:[\wäöüß-]+\s+){0,2}$")


def _goods_of(before: str, surface: str, doc: Doc, code: str, text: str) -> bool:
    """'a tariff on Colombian goods', „Zölle auf Elektroautos aus China“: the state whose goods a tariff
    taxes, in a sentence that tells the act rather than judging or reporting it."""
    adjective = not is_country_name(doc, code, surface)
    pattern = (participants.GOODS_ADJECTIVE_BEFORE if adjective else participants.GOODS_OF_STATE).get(doc.language)
    window = before[-120:]
    tariff = re.search(pattern, window) if pattern else None
    if tariff is None or _ABOUT.search(window[:tariff.start()]):
        return False  # („Abstimmung über neue Zölle auf chinesische Batterien“: the tariffs are the topic)
    return _tells_the_act(text, doc.language)



def _repeats_a_name(text: str, start: int, end: int, rxs: list[re.Pattern[str]]) -> bool:
    """A country's short name in brackets right after its full name ("Democratic Republic of Congo (DRC)",
    „Vereinigte Arabische Emirate (VAE)“): one mention, read where the full name stands."""
    opening = re.search(r"\(\s*$", text[:start])
    if opening is None or not re.match(r"\s*\)", text[end:]):
        return False
    head = text[:opening.start()].rstrip()
    return any(n.end() == len(head) for rx in rxs for n in rx.finditer(head))


def _modifier_after_article(before: str, after: str, event_words: frozenset[str]) -> bool:
    """English: a state's name after "a"/"an" can only qualify the noun compound that follows ("a US
    government plane", "an Iran oil tanker"); the state acts only when the compound's head is a group of its
    own or an act ("a U.S. delegation", "a U.S. government delegation", "a US strike")."""
    if not re.search(r"(?i)\b(?:a|an)\s+$", before):
        return False
    head = ""
    for word in re.findall(r"\S+", after)[:4]:
        if not re.fullmatch(r"[a-z][a-z-]*", word) or word in participants.EN_NOT_A_NOUN or word.endswith(
                ("ing", "ed", "ly")):
            break  # (the compound ends at a verb, a participle, a preposition or punctuation)
        head = word
    if not head:
        return False
    return not GROUP.match(head) and not any(head.endswith(e) for e in event_words)


# An apposition that names the act told before it ("…, a move", "…, a step", "…, a decision"), its noun
# followed straight by whoever judges it (a relative clause without its pronoun).
_ACT_APPOSITION = re.compile(r"(?i),\s+(?:a|an)\s+(?:[a-z-]+\s+){1,2}$|\b[a-z-]+\s+(?:that|which)\s+$")


_RELATIVE_DE = re.compile(r",\s+(?:was|welchen|welche|welches)\s+$")  # (not „, die Ukraine“: a list)


def _judges_the_act_before(before: str, after: str, language: str) -> bool:
    """English: "Ethiopia completed the filling in September, a move Egypt called illegal", "signed a deal
    that China has criticised": the country judges (says, criticises) the act the apposition or relative
    clause names, it is no party to it."""
    from lagebild.extract.datefind import lang_data
    data = lang_data(language)
    judging = data.SPEECH_PAST | data.JUDGING_VERBS | participants.ACCUSING_VERBS.get(language, frozenset()) | \
        participants.COMMENTING_VERBS.get(language, frozenset())
    if language == "de":
        # „…, was Schweden scharf kritisierte“, „…, den Schweden kritisierte“: the verb ends the relative clause
        if not _RELATIVE_DE.search(before):
            return False
        clause = re.split(r"[,.;:]", after, maxsplit=1)[0]
        return bool(set(re.findall(r"[a-zäöüß]+", clause)) & judging)
    if language != "en" or not _ACT_APPOSITION.search(before):
        return False
    verb = re.match(r"\s+(?:(?:has|had|have)\s+)?([a-z]+)", after)
    return verb is not None and verb.group(1) in judging


def _complement_of_a_noun(before: str, event_words: frozenset[str], language: str) -> bool:
    """A country as the "of"/genitive complement of a noun that is neither a group of its own nor an act ("the
    future of Ukraine", „die Zukunft der Ukraine“, "the border of Chad"): it says whose thing or what topic, not
    who takes part ("delegates of Japan", „Vermittler der USA“, "the talks of X", "on behalf of X" keep it)."""
    pattern = participants.NOUN_BEFORE_GENITIVE.get(language)
    m = re.search(pattern, before[-80:]) if pattern else None
    if m is None:
        return False
    noun = m.group("noun").lower()
    keep = participants.KEEP_BEFORE_OF.get(language, frozenset()) | \
        participants.HEADS_OF_STATE.get(language, frozenset())
    # (a German compound's head decides: „Chefunterhändler der Schweiz“ are negotiators)
    heads = [noun[i:] for i in range(0, max(1, len(noun) - 4))] if language == "de" else [noun]
    return not any(h in keep or GROUP.match(h) for h in heads) and not any(noun.endswith(e) for e in event_words)


def _apposition_to_a_person(doc: Doc, before: str, following: list[str]) -> bool:
    """The country word opens an apposition right after a named person ("Olaf Berger, Germany's ambassador to
    Finland"): it names that person's office, not a party of its own (not a plural group that goes on a
    list: "Olaf Berger, Germany's negotiators and …")."""
    if any(GROUP.match(w) and w.endswith("s") for w in following[:3]):
        return False
    m = re.search(r"([A-ZÄÖÜ][\w'’-]+),\s+(?:the\s+)?$", before)
    if m is None:
        return False
    word = m.group(1)
    return any(p.name.split()[-1] == word for p in doc.persons if " " in p.name)


def _addressed_by_a_judge(doc: Doc, before: str, patterns: list[tuple[str, re.Pattern[str]]]) -> bool:
    """The country is the object of a verb of judging, accusing or appealing in its clause, after the subject
    (a person or another country) who judges: „Am Freitag warf Olaf Berger Russland Kriegsverbrechen vor“,
    "Berger on Friday urged China to …" — what is judged or addressed, no party (as ``clausecues.judged`` has it
    for persons).  A country that is itself the subject („Am Freitag warnte Russland …“) and the other side
    („mit Russland“) are kept."""
    from lagebild.extract.datefind import lang_data
    clause = before[max(before.rfind(c) for c in ".;:") + 1:]
    if re.search(r"(?i)(?:\b(?:mit|with|und|and|zwischen|between|sowie)|,)\s+(?:(?:der|die|den|dem|the)\s+)?$", clause):
        return False  # (the other side, or one more of a list: „kritisierten Deutschland, Frankreich und …“)
    words = set(re.findall(r"[\wÄÖÜäöüß]+", clause))  # (as written: „Angriff“ is no „angriff“)
    language = doc.language
    verbs = set(lang_data(language).JUDGING_VERBS) | participants.ACCUSING_VERBS.get(language, frozenset()) | \
        participants.APPEAL_VERBS.get(language, frozenset())
    verbs -= participants.FORCE_VERBS_TOO.get(language, frozenset())  # ("Norwegian drones attacked Iceland")
    if not words & verbs:
        return False
    subject = any(p.name.split()[-1] in clause for p in doc.persons) or any(
        rx.search(clause) for _code, rx in patterns)
    return subject


def _stands_outside(text: str, start: int, event_words: frozenset[str], language: str) -> bool:
    """The clause of the country has a verb of watching, supporting or judging whose direct object is an event
    noun („Russland beobachtet die Gespräche mit Sorge“, „Iran unterstützt die Gespräche“, "Iran backs the
    talks"): the state stands by the event from outside, no party to it (``participants.OUTSIDE_VERBS``)."""
    verbs = participants.OUTSIDE_VERBS.get(language)
    if not verbs:
        return False
    lo = max(text.rfind(c, 0, start) for c in ".;:,") + 1
    ends = [i for i in (text.find(c, start) for c in ".;:,") if i >= 0]
    clause = text[lo:min(ends, default=len(text))]
    for m in re.finditer(r"[\wÄÖÜäöüß]+", clause):
        if m.group(0) not in verbs:
            continue
        obj = re.match(r"\s+(?:(?:die|den|das|diese|the|these|this)\s+(?:[a-zäöüß][\wäöüß-]*\s+)?)?"
                       r"([\wÄÖÜäöüß-]+)", clause[m.end():])  # (an adjective only after its article)
        if obj and any(obj.group(1).lower().endswith(e) for e in event_words):
            return True
    return False


def without_time_phrase_outsiders(doc: Doc, told: str, text: str, trigger_start: int) -> str:
    """``told`` (``text`` with some stretches blanked, same length) with the names of the countries
    ``outside_a_time_phrase`` and ``inside_a_time_clause`` find made unreadable („Xxxxxx“: the case is kept,
    as the masks of absence look for a capital)."""
    codes = outside_a_time_phrase(doc, text, trigger_start) | inside_a_time_clause(doc, text, trigger_start)
    if not codes:
        return told
    chars = list(told)
    for code, rx in country_patterns(doc):
        if code in codes:
            for m in rx.finditer(text):
                for i in range(m.start(), min(m.end(), len(chars))):
                    if chars[i].isalpha():  # (a word of the same case stays: the sentence's shape is read too)
                        chars[i] = "X" if chars[i].isupper() else "x"
    return "".join(chars)


def outside_a_time_phrase(doc: Doc, text: str, trigger_start: int) -> frozenset[str]:
    """Codes of the countries ``text`` names only outside the time phrase that holds the event word at
    ``trigger_start`` („Vor dem Gipfel in Brüssel streiten Deutschland und Frankreich …“, "…, and
    coordination ahead of the G7 meeting", „Die Schweiz begleitet den Prozess seit den ersten Gesprächen
    der beiden Länder“): the event is only the time of the act around it, whose doers are no parties.
    Empty when the phrase names the other side ('ahead of talks with Iran': the doer is the first side)
    or the event is an election (its state is its party)."""
    language = doc.language
    opener = participants.TIME_PHRASE.get(language)
    if opener is None:
        return frozenset()
    start = trigger_start
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-'’"):
        start -= 1  # the event word's start ("Gipfeltreffen" found at "treffen")
    phrase = re.search(opener, text[max(0, start - 120):start])
    if phrase is None:
        return frozenset()
    lo = max(0, start - 120) + phrase.start()
    hi = _time_phrase_end(text, start, language)
    word = re.match(r"[\wÄÖÜäöüß'’-]+", text[start:])
    if word and word.group(0).lower().endswith(participants.TIME_PHRASE_ELECTIONS.get(language, ())):
        return frozenset()
    if re.search(participants.TIME_PHRASE_OTHER_SIDE[language], text[lo:hi]):
        return frozenset()
    inside = {code for code, rx in country_patterns(doc) if rx.search(text[lo:hi])}
    outside = {code for code, rx in country_patterns(doc)
               if rx.search(text[:lo]) or rx.search(text[hi:])}
    return frozenset(outside - inside)


def _time_phrase_end(text: str, start: int, language: str) -> int:
    """Where the phrase whose event word starts at ``start`` ends: at a comma, semicolon or dash, the
    sentence's end or (German) the finite verb after a fronted phrase, the first lower-case word after a
    noun that does not go on the phrase („Vor dem Gipfel in Brüssel am Donnerstag | streiten …“)."""
    stop = re.compile(r"[,;:]|\s[–—-]\s|[.!?](?:\s|$)")
    end = stop.search(text, start)
    hi = end.start() if end else len(text)
    goes_on = participants.PHRASE_GOES_ON.get(language)
    if goes_on is None:
        return hi
    after_noun = False
    for m in re.finditer(r"[\wÄÖÜäöüß'’.-]+", text[start:hi]):
        token = m.group(0).rstrip(".")
        if token[:1].isupper() or token[:1].isdigit():
            after_noun = True
        elif token.lower() in goes_on:
            after_noun = False
        elif after_noun:
            return start + m.start()  # the finite verb
    return hi


# A one-person office before the country: „der Leiter der“, „des Vertreters“, "the head of the", "a
# representative of" (group ``role``: the role noun).
_OFFICE_BEFORE = {
    "de": re.compile(r"(?:^|[\s(])(?:[Dd]e[rmns]|[Dd]ie|[Ee]ine?[mnrs]?)\s+(?P<role>[A-ZÄÖÜ][\wäöüß-]+)\s+"
                     r"(?:(?:der|des)\s+)?$"),
    "en": re.compile(r"(?:^|[\s(])(?:[Tt]he|[Aa]n?|[Ii]ts)\s+(?P<role>[a-z][\w-]+)\s+of\s+(?:the\s+)?$"),
}


def _office_of_a_named_person(doc: Doc, text: str, start: int, end: int) -> bool:
    """The country word qualifies a one-person office that an apposition then names („Der Leiter der
    ukrainischen Delegation, Oleksandr X, sagte …“, "The head of the Ukrainian delegation, X, said",
    „Der Vertreter Ungarns, Botschafter Y, stimmte …“): the named person acts, the country only says whose
    office (as ``person_follows`` has it for "der kanadische Premierminister Mark Carney").  Not when the
    apposition names two or more ("The foreign ministers of A and B, X and Y, met")."""
    office = _OFFICE_BEFORE.get(doc.language)
    if office is None:
        return False
    m = office.search(text[max(0, start - 60):start])
    if m is None or not is_role_noun(m.group("role"), doc.language):
        return False
    # (a group noun after an adjective: „der ukrainischen Delegation“, "the Ukrainian delegation")
    comma = re.match(r"(?:\s+[\wÄÖÜäöüß-]+)?\s*,\s+", text[end:])
    if comma is None:
        return False
    lo = end + comma.end()
    for person in name_mentions(doc, text):
        if person.start >= lo and re.fullmatch(r"(?:[\wÄÖÜäöüß.-]+\s+){0,3}", text[lo:person.start]):
            return not re.match(r"\s*(?:,\s*[A-ZÄÖÜ]|\s(?:und|and|sowie)\s)", text[person.end:])
    return False



# One item of a list before the next: „Russland und “, "Russia, ", "the Philippines and ".
_LIST_ITEM_BEFORE = re.compile(r"((?:(?:der|die|den|dem|des|the)\s+)?[A-ZÄÖÜ][\wÄÖÜäöüß'’.-]*"
                               r"(?:\s+[A-ZÄÖÜ][\wÄÖÜäöüß'’.-]*)?)(?:\s*,\s*|\s+(?:und|and|sowie|or|oder)\s+)$")


def _listed_after(before: str, patterns: list[tuple[str, re.Pattern[str]]]) -> str:
    """``before`` without the countries listed right before the country („über Russland und “ → „über “): what
    stands before the list's first item decides for all of them (a topic's list is all topic).  Unchanged when
    an item is no country's name."""
    head = before
    for _ in range(8):
        m = _LIST_ITEM_BEFORE.search(head)
        if m is None:
            break
        item = re.sub(r"^(?:der|die|den|dem|des|the)\s+", "", m.group(1))
        if not any(rx.fullmatch(item) for _code, rx in patterns):
            return before
        head = head[:m.start()]
    return head


def inside_a_time_clause(doc: Doc, text: str, trigger_start: int) -> frozenset[str]:
    """Codes of the countries ``text`` names only inside a clause of time whose subject is a country and that
    does not hold the event word at ``trigger_start`` ("the first such meeting since Russia invaded Ukraine",
    „seit Russland die Ukraine angegriffen hat“): that clause tells another act."""
    opener = participants.TIME_CLAUSE.get(doc.language)
    if opener is None:
        return frozenset()
    patterns = country_patterns(doc)
    spans: list[tuple[int, int]] = []
    for m in re.finditer(opener, text):
        rest = re.sub(r"^(?:die|der|den|the)\s+", "", text[m.end():m.end() + 60])
        if not any(rx.match(rest) for _code, rx in patterns):
            continue  # (a subject that is no country: "since the talks began")
        end = re.compile(r"[,;:]|\s[–—-]\s|[.!?](?:\s|$)").search(text, m.end())
        hi = end.start() if end else len(text)
        if not m.start() <= trigger_start < hi:
            spans.append((m.start(), hi))
    if not spans:
        return frozenset()
    inside = {code for code, rx in patterns for lo, hi in spans if rx.search(text[lo:hi])}
    rest_of = "".join(" " if any(lo <= i < hi for lo, hi in spans) else c for i, c in enumerate(text))
    return frozenset(code for code, rx in patterns if code in inside and not rx.search(rest_of))
