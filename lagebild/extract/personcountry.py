"""The state a person acts for: from the role, the party, known offices and, as a guess, the context.

Most reliable first: the role phrase ("ukrainische", "Britain's", "US-"), the party,
a lexicon of offices and of well-known office holders, a person inside the role
("Berater von Bundeskanzler Friedrich Merz"), a "Bundes-" office (DE, AT or CH by
the paragraph and the locale), and finally the countries named near the person (not as a
destination, location, topic, the other side or in what the person says) or
the country a domestic-politics article is about; a country from that last guess
marks the person ``review: guessed``.  Holders of international offices get none.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from lagebild.briefing.model import ReviewState
from lagebild.extract import mentions
from lagebild.extract.countries import LANG, countries_in, country_of_word
from lagebild.extract.countryhints import (
    dateline_state,
    domestic_role,
    home_news,
    non_state_role,
    qualifies_another_office,
)
from lagebild.extract.doc import Doc, Sentence
from lagebild.extract.domesticoffices import OFFICE_UNDECIDED, likely_office, office_state, two_state_office
from lagebild.extract.lang import bodies, de, domestic, en, holders, participants
from lagebild.extract.patterns import bounded, compiled, standalone
from lagebild.extract.roleoffices import INTERNATIONAL_OWNER, body_country, city_office, region_office, shared_body
from lagebild.extract.speakers import has_speech_verb

LOCALE_COUNTRY = {"de-AT": "AT", "de-CH": "CH", "de-DE": "DE", "en-GB": "GB", "en-US": "US"}
INTERNATIONAL = re.compile(r"^(EU|UN|UNO|Nato|NATO|OSZE|OSCE|IAEA|IWF|WHO)\b"
                           r"|^(EU|UN|UNO|NATO|Nato|Ecowas|ECOWAS|AU|ASEAN|OPEC|OSZE|WTO)-")
# Seats of one state's government.  (Not „Außenamt“: every state's foreign ministry, Vienna's and
# Moscow's too — „Außenamtssprecherin Sacharowa“ serves Russia.)
SEATS = {"White House": "US", "Weißen Haus": "US", "Weiße Haus": "US", "Kremlin": "RU", "Kreml": "RU",
         "Pentagon": "US", "Downing Street": "GB", "Élysée": "FR", "State Department": "US",
         "Auswärtigen Amt": "DE", "Quai d'Orsay": "FR", "Zhongnanhai": "CN"}


@dataclass
class Candidate:
    name: str
    sentence: Sentence
    position: int
    role: str | None = None
    country: str | None = None
    international: bool = False
    review: ReviewState = "extracted"
    aliases: list[str] = field(default_factory=list)
    relation: str | None = None  # the person a role refers to: "Berater von Bundeskanzler Friedrich Merz"
    office_code: str | None = None  # the state an office of the lexicon gave ("foreign secretary": GB)
    # later mentions with a role of their own: „Aussenministerin X“ first, „Bundesrätin X … in Bern“ later
    sightings: list[tuple[Sentence, int, str]] = field(default_factory=list)




def role_country(role: str, doc: Doc, cand: Candidate) -> None:
    language = doc.language
    # „ehemaliger US-Botschafter“: adjectives first; "Kenyan-born MP": a birthplace is no state served
    prefix = re.match(r"^(?:[a-zäöüß]+\s+)*([\w.]+)-(?!born|geboren|stämmig)", role)
    party_office = prefix is not None and party_country(prefix.group(1), doc) is not None  # "CDU-Generalsekretär"
    national = countries_in(role.split(" ", 1)[1], language) if " " in role else []
    member_of = party_in_complement(role)  # „Generalsekretär der ÖVP“, "leader of the ODM"
    if member_of:
        cand.country = cand.country or member_of
    elif INTERNATIONAL.search(role) or (language == "de" and re.search(de.INTERNATIONAL_ROLES, role.casefold())
                                       and not party_office and not national):
        cand.international = True
    elif national and language == "de" and re.search(de.INTERNATIONAL_ROLES, role.casefold()):
        cand.country = cand.country or national[0][2]  # "Generalsekretär der Wirtschaftskammer Österreich"
    if prefix:
        party = prefix.group(1)
        code = party_country(party, doc, cand.sentence.text) or country_of_word(party, language)
        offices = two_state_office(role.rsplit("-", 1)[-1])
        if party in de.SHARED_PARTIES and offices:  # „FDP-Nationalrätin“: Germany has no Nationalrat
            both = [state for state in offices if state in domestic.SHARED_PARTY_STATES.get(party, ())]
            code = both[0] if len(both) == 1 else (code if code in both else None)
        cand.country = cand.country or code
    first = role.split()[0]
    if language == "en" and first in en.PARTIES and first not in _AMBIGUOUS_PARTIES:
        cand.country = cand.country or party_country(first, doc)  # "BJP spokesperson", "Likud lawmaker"
    before = cand.sentence.text[max(0, cand.position - 40):cand.position]
    # "Kremlin spokesperson", "State Department policy planning director"
    seat = next((code for seat, code in SEATS.items()
                 if seat.casefold() in role.casefold() or seat.casefold() in before.casefold()), None)
    cand.country = cand.country or seat
    office = en.OFFICES.get(role.casefold().split(",")[0].strip()) or shared_body(role)
    if office and not cand.country:
        cand.office_code = office
    cand.country = cand.country or office or body_country(role)
    cand.country = cand.country or city_office(role, language)
    if INTERNATIONAL_OWNER.search(role):
        cand.international = True  # "African Union envoy", „Gesandter der Afrikanischen Union“
    region = region_office(role)
    if region:  # "Texas Governor", "Governor of California": a state's office is its country's
        cand.country = region


def party_in_complement(role: str) -> str | None:
    """The state of a party the role names in its complement: „Vorsitzender der SVP“, "leader of the ODM"
    (not a party name that is also a word or that several states share)."""
    match = _COMPLEMENT_PARTY.search(role)
    if not match:
        group = _COMPLEMENT_GROUP.search(role)  # „Sprecher der Unionsfraktion“, „Chefin der SPD-Fraktion“
        party = re.sub(r"(?<=[a-z])s$", "", group.group(1)) if group else ""
        if not party or party in de.SHARED_PARTIES:
            return None
        return domestic.GROUP_PARTIES_DE.get(party) or de.PARTIES.get(party)
    party = match.group(1)
    return de.PARTIES.get(party) or en.PARTIES.get(party) or domestic.PARTIES_EN.get(party)


_COMPLEMENT_PARTY = re.compile(
    r"\b(?:der|des|of\s+the|of)\s+(" + "|".join(re.escape(p) for p in sorted(
        {*de.PARTIES, *en.PARTIES, *domestic.PARTIES_EN}, key=len, reverse=True)
        if p not in de.SHARED_PARTIES and p not in {"Mitte", "Republikaner", "Demokraten", "Republicans",
                                                    "Democrats", "Renaissance", "Labour", "Conservatives",
                                                    "Piraten", "SP", "Vox", "Podemos", "Jubilee", "Wiper"})
    + r")(?![\w-])")


_COMPLEMENT_GROUP = re.compile(r"\b(?:der|des)\s+([A-ZÄÖÜ][\wäöüß]*?)-?(?:[Bb]undestags|[Ll]andtags)?[Ff]raktion\b")


def party_country(party: str, doc: Doc, sentence: str = "") -> str | None:
    """The country of a party.  A party that several German-speaking countries have (the Greens) goes
    by the parties of one country the article names beside it (ÖVP and SPÖ: AT), else by the one of
    them the member's own sentence names („kritisierte in Wien“), else by the locale, else by the one of
    them the article is about (Germany when it names neither Austria nor Switzerland), else by none: a
    guessed country shown as certain is worse than none."""
    if party in de.SHARED_PARTIES:
        states = domestic.SHARED_PARTY_STATES.get(party, tuple(_SHARED_PARTY_STATES))
        if len(states) == 1:
            return states[0]  # „Mitte-Präsidentin“: only Switzerland has that party
        code = _shared_party_country(party, doc, sentence)
        return code if code in states else None
    return de.PARTIES.get(party) or en.PARTIES.get(party) or domestic.PARTIES_EN.get(party)


def _shared_party_country(party: str, doc: Doc, sentence: str) -> str | None:
    """The shared party's state by the article: see ``party_country``."""
    company = _own_party_countries(doc.text)
    if len(company) == 1:
        return next(iter(company))
    own = set(_federal_codes(sentence, doc.language)) if sentence else set()
    if len(own) == 1:
        return own.pop()
    if doc.locale:
        return LOCALE_COUNTRY.get(doc.locale)
    dominant = _dominant_country(doc)  # „in Wien“, „der Nationalrat in Bern“: the article's state
    if dominant is None:
        # nothing says otherwise: the Greens, FDP, Linke of most German-language news — unless the
        # article names Austria or Switzerland too, where the same names are other parties
        # (by name or adjective: a city such as Genf hosts what is not Swiss politics)
        named = {code for _s, _e, code in countries_in(doc.text, doc.language)}
        return None if {"AT", "CH"} & named else "DE"
    return dominant if dominant in _SHARED_PARTY_STATES else None


def _own_party_countries(text: str) -> set[str]:
    """Countries of the parties named in ``text`` that only one country has (CDU, ÖVP, SVP)."""
    return {code for name, code in de.PARTIES.items() if code in _SHARED_PARTY_STATES
            and name not in de.SHARED_PARTIES and compiled(rf"(?<![\w-]){re.escape(name)}(?![\w])").search(text)}


_SHARED_PARTY_STATES = frozenset({"DE", "AT", "CH"})




def _is_office(role: str | None, language: str) -> bool:
    if not role:
        return True
    lower = role.split(",")[0].casefold()
    if non_state_role(lower, language):
        return False
    if language == "de":
        return any(h in lower for h in (*de.OFFICE_HEADS, *de.POLITICAL_HEADS))
    return any(bounded(h).search(lower)
               for h in (*en.OFFICE_HEADS, *en.POLITICAL_HEADS, *en.DOMESTIC_OFFICES))


_NEAR = 100  # characters: a country further from the person's mention says nothing about them
_LITERAL = re.compile(r"(?:\b(?:in|im|aus|nach|at|from)\s+)$", re.IGNORECASE)


def _sentence_country(doc: Doc, cand: Candidate, found: dict[str, Candidate]) -> str | None:
    """A country named close to the person in the sentence, leaving out other persons' countries.

    A city counts only where it is a location ("in Islamabad"), not a government ("Washington said").
    """
    text = cand.sentence.text
    source = participants.SOURCE_BEFORE[doc.language if doc.language == "de" else "en"]
    if re.search(source, text[max(0, cand.position - 60):cand.position]):
        return None  # "Saudi Arabia blocked a deal, according to negotiator X": X reports, serves whom?
    spots = [(start, code) for start, end, code in countries_in(text, doc.language)
             if not _adjective_of_a_thing(text, start, end, doc.language)]
    for place, code in {**LANG[doc.language].CITIES, **SEATS}.items():
        spots += [(0 if place in SEATS else m.start(), code)
                  for m in standalone(place).finditer(text)
                  if place in SEATS or _LITERAL.search(text[:m.start()])]
    # "President Donald Trump and Chinese leader Xi Jinping": CN belongs to Xi, not to Trump.
    taken = {c.country for c in found.values() if c.sentence is cand.sentence and c is not cand}
    # "In Pakistan, where ..., Prime Minister X": a sentence-opening frame holds for the whole sentence.
    frame = re.match(r"(?:In|Im|In der|In den)\s+", text)
    previous = doc.sentences[cand.sentence.index - 1] if cand.sentence.index > 0 else None
    if previous is not None and previous.block == cand.sentence.block and cand.role:
        # "In Armenien ist das umstritten. Die Oppositionspolitikerin X ...": the frame carries over.
        opening = re.match(r"(?:In|Im|In der|In den)\s+", previous.text)
        found_codes = countries_in(previous.text, doc.language) if opening else []
        if opening and found_codes and found_codes[0][0] == opening.end() and found_codes[0][2] not in taken:
            spots.append((cand.position, found_codes[0][2]))
    spots = [(0 if (frame and start == frame.end()) or start == 0 else abs(start - cand.position), code)
             for start, code in spots if code not in taken]
    # "X met Uganda's envoy", „X traf den ugandischen Gesandten“: the country qualifies another office
    others = {code for start, end, code in countries_in(text, doc.language)
              if start > cand.position and qualifies_another_office(text, end, cand, doc.language)}
    spots = [spot for spot in spots if spot[1] not in others]
    elsewhere = not_the_persons(doc, cand.sentence.text)  # "reist nach Polen", "mit seinem ägyptischen Amtskollegen"
    spots = [spot for spot in spots if spot[0] == 0 or spot[1] not in elsewhere]
    said = _said_after(doc, text, cand.position)  # "X said Russia must be stopped": what X said, not X's
    spots = [spot for spot in spots if spot[1] not in said]
    if not cand.role:  # a bare name in a sentence about a country is no evidence of the person's country
        spots = [spot for spot in spots if spot[0] == 0]
    spots = [spot for spot in spots if spot[0] <= _NEAR]
    return min(spots)[1] if spots else None


# A trip's destination, then what the traveller did there: "flew to Beijing, where he met …",
# „war nach Peking gereist und hatte dort mit … gesprochen“.
_HOSTED = {
    "de": re.compile(r"\b(?:nach|in)\s+(?P<place>[A-ZÄÖÜ][\w-]+(?:\s[A-ZÄÖÜ][\w-]+)?)\s+(?:gereist|geflogen|"
                     r"gekommen|reiste|flog|kam)\b[^.;]{0,40}?\b(?:dort|wo)\b[^.;]{0,30}?\bmit\s+(?:dem\s+|der\s+)?$"),
    "en": re.compile(r"\b(?:to|in)\s+(?P<place>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?),\s+where\s+(?:he|she|they|[A-Z]\w+)"
                     r"\s+(?:met|held\s+talks\s+with|spoke\s+with|was\s+received\s+by)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}$"),
}


def _host_state(doc: Doc, cand: Candidate) -> str | None:
    """"X flew to Beijing, where she met Commerce Minister Y": the office holder met at the destination is
    the host state's (a guess; an office in the role's own words decides first)."""
    text = cand.sentence.text[:cand.position]
    match = _HOSTED["de" if doc.language == "de" else "en"].search(text)
    if not match:
        return None
    place = match.group("place")
    return LANG[doc.language].CITIES.get(place) or country_of_word(place, doc.language)


_DELEGATION = re.compile(r"(?i)\bdelegation\b")
_STATE_DELEGATION = re.compile(r"([\w'’.-]+)\s+(?:Delegation|delegation)\b")


def _delegation_state(doc: Doc, cand: Candidate) -> str | None:
    """„… die moldauische Delegation … Angeführt wurde die Delegation von Ministerpräsident X“: the leader
    of "the delegation" is of the one state whose delegation the paragraph named (a guess)."""
    text = cand.sentence.text
    near = text[max(0, cand.position - 60):cand.position + 60]
    if not _DELEGATION.search(near):
        return None
    paragraph = [s.text for s in doc.sentences if s.block == cand.sentence.block and s.index <= cand.sentence.index]
    named = {country_of_word(m.group(1), doc.language) for part in paragraph for m in _STATE_DELEGATION.finditer(part)}
    named.discard(None)
    # every state the delegation sentences name ("die ukrainische und die russische Delegation": two, none)
    states = {code for part in paragraph if _DELEGATION.search(part)
              for _s, _e, code in countries_in(part, doc.language)}
    return named.pop() if len(named) == 1 and named == states else None


def _honorific_state(cand: Candidate) -> str | None:
    """"Foreign Minister Datuk Seri X": a title of one state's honours right before the name."""
    text = cand.sentence.text
    at = text.find(cand.name, cand.position)
    if at < 0:
        return None
    before = text[max(0, at - 20):at]
    return next((code for title, code in domestic.HONORIFIC_STATES.items() if before.endswith(title + " ")), None)


def _dateline_home(doc: Doc, cand: Candidate, article: _Article) -> str | None:
    """"OTTAWA (Reuters) - … Prime Minister X said": a bare government office in a report datelined in the
    state the article names most is that state's — a guess, and only when nothing before the person in
    their sentence names another state (other than as an adjective of a thing: "Bolivian duties")."""
    home = dateline_state(doc)
    if not home or home != article.leading or not cand.role or not cand.role.split() \
            or not _is_office(cand.role, doc.language) or cand.role.casefold().split()[-1] in _POSTED_ABROAD:
        return None
    text = cand.sentence.text[:cand.position]
    others = {code for start, end, code in countries_in(text, doc.language)
              if code != home and not _adjective_of_a_thing(text, start, end, doc.language)}
    return None if others else home


# Offices held abroad or between states: their holders serve whichever state sent them, not the host.
_POSTED_ABROAD = frozenset({"ambassador", "envoy", "botschafter", "botschafterin", "gesandter", "gesandte",
                            "mediator", "vermittler", "vermittlerin", "negotiator"})


def _reacting_state(doc: Doc, cand: Candidate) -> str | None:
    """"Iran reacted angrily. "…," Foreign Ministry spokesman X said": a sentence that opens with a state (or
    „Aus Peking“) acting, naming no other state, and an office holder speaking right after it — the voice
    of that state.  (Not "Russia launched drones at Ukraine. Governor X said": two states, either's.)"""
    index = cand.sentence.index
    if index == 0 or not has_speech_verb(cand.sentence.text, doc.language):
        return None
    previous = doc.sentences[index - 1]
    if previous.block != cand.sentence.block and not re.match(r"\s*[\"„“«]", cand.sentence.text):
        return None
    frame = _STATE_OPENING[doc.language if doc.language == "de" else "en"].match(previous.text)
    if not frame:
        return None
    opening = frame.group("state")
    code = country_of_word(opening, doc.language) or LANG[doc.language].CITIES.get(opening)
    if code is None or (opening[:1].islower() or opening in en.DEMONYMS):
        return None  # "Israeli strikes hit Gaza": an adjective of a thing, not the state acting
    states = {found for _s, _e, found in countries_in(previous.text, doc.language)}
    own = {found for _s, _e, found in countries_in(cand.sentence.text[:cand.position], doc.language)}
    return code if states <= {code} and own <= {code} else None


# A sentence opening with a state (or its capital after „Aus“/"From") and its verb: "Iran reacted",
# "Mexico, the third partner …, kept its distance", „Aus Peking kamen versöhnliche Töne“.
_STATE_OPENING = {
    "de": re.compile(r"(?:Aus\s+)?(?P<state>[A-ZÄÖÜ][\wäöüß-]+)(?:,[^,]{3,80},)?\s+[a-zäöüß]+\b"),
    "en": re.compile(r"(?:From\s+)?(?P<state>[A-Z][\w-]+)(?:,[^,]{3,80},)?\s+[a-z]+\b"),
}


def _adjective_of_a_thing(text: str, start: int, end: int, language: str) -> bool:
    """„russische Diplomaten“, "German-made tanks", "US troops", „den russischen Botschafter“: a nationality
    adjective (or acronym) whose noun is not the state itself („Regierung“, "government") tells nothing
    about whom a person near it serves (an adjective of the person's own role is read by the role rules)."""
    surface = text[start:end]
    adjective = surface.isupper() or (surface[:1].islower() if language == "de" else surface in en.DEMONYMS)
    if not adjective:
        return False  # the country's own name: "In Pakistan, ...", „Tschechien hat ...“
    nouns = re.findall(r"[\wäöüß]+", text[end:end + 40])[:2]
    state_nouns = (de if language == "de" else en).STATE_NOUNS
    return not any(n.casefold() in state_nouns for n in nouns)


def _said_after(doc: Doc, text: str, position: int) -> set[str]:
    """Codes named in what the person at ``position`` says: after a verb of saying that follows them."""
    from lagebild.extract.datefind import lang_data
    verbs = lang_data(doc.language).SPEECH_PAST
    spoken = next((m.end() for m in re.finditer(r"[\wäöüß]+", text[position:])
                   if m.group(0).lower() in verbs), None)
    # „X und Y fordern, dass Kopenhagen Grönland mehr Mitsprache einräumt“: a „dass“ clause after the
    # person is what they say or demand, whatever the verb's tense
    content = re.search(r",\s+dass\b", text[position:]) if doc.language == "de" else None
    if content and (spoken is None or content.start() < spoken):
        spoken = content.end()
    if spoken is None:
        return set()
    return {code for start, _end, code in countries_in(text, doc.language) if start >= position + spoken}


def not_the_persons(doc: Doc, text: str) -> set[str]:
    """Codes a sentence names only as a destination, location, topic or the other side: „reist nach
    Polen“, "in Rome", "talks about Ukraine", "with his Chinese counterpart".  A person in that sentence
    does not act for them just because they are named near him (unless the text also ties them to
    him another way, e.g. "der polnische Außenminister", which the role rules read first)."""
    before = re.compile(participants.NOT_THE_PERSONS_BEFORE[doc.language if doc.language == "de" else "en"])
    after = re.compile(participants.OTHER_SIDE_AFTER[doc.language if doc.language == "de" else "en"])
    behalf = re.compile(participants.ON_BEHALF_AFTER[doc.language if doc.language == "de" else "en"])
    codes = {code for start, end, code in countries_in(text, doc.language)
             if (before.search(text[max(0, start - 40):start]) and not behalf.match(text[end:end + 40]))
             or after.match(text[end:end + 40])}
    for city, code in LANG[doc.language].CITIES.items():
        for m in standalone(city).finditer(text):
            if before.search(text[max(0, m.start() - 40):m.start()]):
                codes.add(code)
    return codes


def _free_countries(text: str, language: str) -> list[tuple[int, int, str]]:
    """Countries a sentence names, without those it names as a topic ("aid for Ukraine", "Hilfe für die
    Ukraine"): what a text is about says nothing about whom a person in it acts for."""
    topic = re.compile((de if language == "de" else en).TOPIC_BEFORE)
    return [(s, e, code) for s, e, code in countries_in(text, language) if not topic.search(text[max(0, s - 30):s])]


def _party_after(doc: Doc, cand: Candidate) -> str | None:
    """'Geert Wilders, dessen PVV ...', 'X, whose Labour party ...': the party named right after the person."""
    text = cand.sentence.text[cand.position:]
    match = re.search(r",\s+(?:dessen|deren|whose)\s+(?:Partei\s+|party,?\s+)?([\w.-]+(?:\s[\w-]+)?)", text[:160])
    if not match:
        return None
    for party in (match.group(1), match.group(1).split()[0]):
        code = party_country(party, doc)
        if code:
            return code
    return None


def _party_before(doc: Doc, cand: Candidate) -> str | None:
    """'die Tisza-Partei von Péter Magyar', 'der Fidesz von Ministerpräsident X', 'the Likud party of X'."""
    before = cand.sentence.text[max(0, cand.position - 60):cand.position]
    match = re.search(r"([\w.'’-]+?)(?:-Partei|\s+[Pp]art(?:ei|y))?\s+(?:von|of)\s+$", before)
    return party_country(match.group(1), doc) if match else None


# Party names that are also ordinary words, or that several countries share: they say
# nothing about which country an article is about.
_AMBIGUOUS_PARTIES: frozenset[str] = frozenset({
    "Mitte", "Republikaner", "Demokraten", "Republicans", "Democrats", "Grüne", "Grünen", "Greens", "Linke",
    "Renaissance", "Labour", "Conservatives", "Piraten", "SP", "FDP",
})


def _dominant_country(doc: Doc, counts: Counter[str] | None = None) -> str | None:
    """The country a domestic-politics article is about: most of its country, capital, body and party mentions.

    (Never counts a shared party: ``party_country`` asks this function about those.)
    """
    counts = _country_counts(doc) if counts is None else counts
    if not counts:
        return None
    (code, top), total = counts.most_common(1)[0], sum(counts.values())
    # (three mentions at least: two, "Polish President X … in Warsaw", make no article about Poland)
    return code if top >= 3 and top >= 0.6 * total else None


_PARTIES_BY_LANGUAGE = {True: {**en.PARTIES, **de.PARTIES}, False: {**de.PARTIES, **en.PARTIES}}


@lru_cache(maxsize=4)
def _count_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The party, city and national-body alternations ``_country_counts`` looks for, built once per language
    (not once per article: each is an alternation of hundreds of names)."""
    parties = _PARTIES_BY_LANGUAGE[language == "de"]
    party_regex = compiled(r"(?<![\w-])(" + "|".join(re.escape(p) for p in sorted(parties, key=len, reverse=True)
                                                      if p not in _AMBIGUOUS_PARTIES
                                                      and p not in de.SHARED_PARTIES) + r")(?![\w])")
    cities = de.CITIES if language == "de" else en.CITIES
    city_regex = compiled(r"(?<![\w-])(" + "|".join(re.escape(c) for c in sorted(cities, key=len, reverse=True))
                          + r")(?![\w-])")
    body_regex = compiled(r"(?<![\w-])(" + "|".join(re.escape(b) for b in sorted(bodies.NATIONAL_BODIES, key=len,
                                                                               reverse=True)) + r")(?![\w])")
    return party_regex, city_regex, body_regex


def _country_counts(doc: Doc) -> Counter[str]:
    """How often the article names each state: by name or adjective, a city, a national body or a party.

    The headline counts twice (it says what the article is about); a city or a national body named
    stands for its country; a party only when its name is unambiguous.
    """
    counts: Counter[str] = Counter()
    party_regex, city_regex, body_regex = _count_patterns(doc.language)
    cities = de.CITIES if doc.language == "de" else en.CITIES
    texts = [(doc.headline, 2)] if doc.headline else []
    texts += [(sentence.text, 1) for sentence in doc.sentences]
    for text, weight in texts:
        for match in body_regex.finditer(text):
            counts[bodies.NATIONAL_BODIES[match.group(1)]] += weight
        for _s, _e, code in countries_in(text, doc.language):
            counts[code] += weight
        for match in city_regex.finditer(text):
            counts[cities[match.group(1)]] += weight
        for match in party_regex.finditer(text):
            party = party_country(match.group(1), doc)
            if party:
                counts[party] += weight
    return counts


# Federal institutions whose stage only the federal government's officials speak from.
_FEDERAL_STAGE = re.compile(r"(?<![\w-])Bundes(?:pressekonferenz|regierung)(?![\w-])")


def _federal_codes(text: str, language: str) -> list[str]:
    codes = [code for _s, _e, code in countries_in(text, language)]
    codes += [code for city, code in de.CITIES.items() if standalone(city).search(text)]
    return [code for code in codes if code in ("DE", "AT", "CH")]


def _block_country(doc: Doc, cand: Candidate) -> str | None:
    """A 'Bundes-' office belongs to DE, AT or CH: whichever the person's own sentence names (or its
    capital: "sagte Regierungssprecher X in Berlin"), else whichever the paragraph names."""
    own = set(_federal_codes(cand.sentence.text, doc.language))
    if len(own) == 1:
        return own.pop()
    text = " ".join(s.text for s in doc.sentences if s.block == cand.sentence.block and s.index <= cand.sentence.index)
    federal = _federal_codes(text, doc.language)
    home = LOCALE_COUNTRY.get(doc.locale or "")
    if home in ("AT", "CH") and (not federal or home in federal):
        return home
    return Counter(federal).most_common(1)[0][0] if federal else None


def _domestic_office(doc: Doc, cand: Candidate, named: set[str]) -> bool:
    """A domestic office's state from its own words ("Taoiseach", „Tiroler Landeshauptmann“, "Premier of
    Queensland", "Fine Gael TD"), else from the article's evidence for an office two states share
    („Bundesrätin“, „Nationalrat“) or that one state's news mostly means ("Cabinet Secretary").
    True when the office settles the person's state, also as none (no later guess may then add one)."""
    if not cand.role or non_state_role(cand.role.casefold(), doc.language):
        return False
    before = cand.sentence.text[max(0, cand.position - 40):cand.position]
    found = office_state(cand.role, before, doc.text, doc.language, office=_is_office(cand.role, doc.language))
    if found is OFFICE_UNDECIDED:
        return True
    if found:
        cand.country, cand.review = found.code, found.review
        return True
    states = two_state_office(cand.role)
    if states:
        own = [code for code in dict.fromkeys(_block_codes(doc, cand)) if code in states]
        home = LOCALE_COUNTRY.get(doc.locale or "")
        if len(own) == 1:
            cand.country = own[0]
        elif not own and home in states:
            cand.country = home
        elif len(states) == 1:
            cand.country = states[0]
        elif not own and (cand.role or "").casefold().endswith(("bundesrat", "bundesrätin")):
            cand.country, cand.review = states[0], "guessed"  # the Swiss government's title, most likely
        return True  # (never Germany by the locale: Germany has no such office holders)
    likely = likely_office(cand.role) if doc.language == "en" else None
    if likely and likely in named:
        cand.country, cand.review = likely, "guessed"
    return False


def _block_codes(doc: Doc, cand: Candidate) -> list[str]:
    """DE, AT, CH as the person's sentence, else their paragraph up to it, names them."""
    own = _federal_codes(cand.sentence.text, doc.language)
    if own:
        return own
    text = " ".join(s.text for s in doc.sentences if s.block == cand.sentence.block and s.index <= cand.sentence.index)
    return _federal_codes(text, doc.language)


@dataclass(frozen=True)
class _Article:
    """What the whole article says about states, read once for all its persons."""
    names: list[str]
    named: set[str]
    dominant: str | None
    home_state: str | None
    home_alone: bool
    year: int | None
    leading: str | None  # the state the article names most often, if one leads alone


def finish_countries(doc: Doc, found: dict[str, Candidate]) -> None:
    counts = _country_counts(doc)
    dominant = _dominant_country(doc, counts)
    named = set(counts)  # (not the locale: Indian, Kenyan and Australian outlets write British English too)
    home_state = None if dominant else home_news(doc)
    article = _Article(names=list(found), named=named, dominant=dominant, home_state=home_state,
                       home_alone=bool(home_state) and named <= {home_state},
                       year=int(doc.reference_date.date[:4]) if doc.reference_date else None,
                       leading=_leading(counts))
    # Persons whose role names another person ("Berater von Bundeskanzler Friedrich Merz") go last.
    for cand in sorted(found.values(), key=lambda c: c.relation not in (None, "deren")):
        _settle(doc, cand, found, article)
        for sentence, position, role in cand.sightings:
            if cand.country or cand.international:
                break
            # a later mention's own office and context: „Bundesrätin X … in Bern“ after „Aussenministerin X“
            later = Candidate(cand.name, sentence, position, role=role, aliases=cand.aliases)
            _settle(doc, later, found, article)
            cand.country, cand.review = later.country, later.review


def _leading(counts: Counter[str]) -> str | None:
    top = counts.most_common(2)
    return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None


def _settle(doc: Doc, cand: Candidate, found: dict[str, Candidate], article: _Article) -> None:
    """The candidate's state from its role, party, known offices and, as a guess, its context."""
    names, named, dominant, home_state, home_alone = (article.names, article.named, article.dominant,
                                                        article.home_state, article.home_alone)
    if cand.office_code and cand.country == cand.office_code and cand.office_code not in named:
        # "Foreign Secretary" is Britain's, India's and others' title; "Treasury Secretary" the US's and
        # Kenya's: the lexicon's state only holds when the article names that state at all.
        cand.country = None
    known, code = holders.country_of(cand.name, article.year)
    if cand.international or (known and code is None and not cand.country):
        cand.country = None
        return
    cand.country = cand.country or code
    cand.country = cand.country or _party_before(doc, cand)
    if (not cand.country and _domestic_office(doc, cand, named)) or cand.country:
        return
    if cand.relation == "deren":
        previous = doc.sentences[cand.sentence.index - 1].text if cand.sentence.index else ""
        parties = [p for p in (*de.PARTIES, *en.PARTIES) if bounded(p).search(previous)]
        # („Kritik kam von den Grünen. Deren Sprecherin X“: a shared party goes by the article, as for members)
        cand.country = party_country(parties[-1], doc, previous) if parties else None
    elif cand.relation:
        inner = next((found[n] for n in names if n in cand.relation or mentions.surname_of(n) in cand.relation),
                     None)
        cand.country = inner.country if inner else None
    if cand.country or not _is_office(cand.role, doc.language):
        return
    role = (cand.role or "").casefold()
    if doc.language == "de" and role.startswith(("bundes", "kanzler", "vizekanzler", "landes")):
        cand.country = _block_country(doc, cand) or LOCALE_COUNTRY.get(doc.locale or "", "DE")
        return
    if doc.language == "de" and _FEDERAL_STAGE.search(cand.sentence.text):
        # "sagte der Regierungssprecher X in der Bundespressekonferenz": the federal government's official
        home = _block_country(doc, cand) or LOCALE_COUNTRY.get(doc.locale or "")
        if home in ("DE", "AT", "CH"):
            cand.country, cand.review = home, "guessed"
            return
    home = dominant if dominant not in not_the_persons(doc, cand.sentence.text) else None
    if (home_state and not re.search(LANG[doc.language].ARRIVAL, cand.sentence.text)
            and (domestic_role(cand.role, doc.language) or home_alone)):
        # a visitor's sentence says so ("X arrived in Canberra"); an office any state has ("Foreign
        # Minister") is the home state's only in a report that names no other state
        home = home_state
    # (not the country the sentence before is about: "Israeli strikes hit Gaza. Health Minister X
    # said …" says nothing of whom X serves)
    guess = (_party_after(doc, cand) or _honorific_state(cand) or _sentence_country(doc, cand, found)
             or _host_state(doc, cand) or _delegation_state(doc, cand) or _reacting_state(doc, cand) or home
             or _dateline_home(doc, cand, article))
    if guess:
        cand.country, cand.review = guess, "guessed"
