"""Guesses of a person's state from the context when no role, party or known office gives it.

Countries named close to the person (not as a destination, location, topic, the other side or in what
the person says), the host of a trip, the one state whose delegation the paragraph names, a state's
honorific before the name, the state a sentence before opens with and the dateline.  Each is a guess:
the caller marks the person ``review: guessed``.
"""

from __future__ import annotations

import re

from lagebild.extract import mentions
from lagebild.extract.countries import LANG, countries_in, country_of_word
from lagebild.extract.countryhints import non_state_role, qualifies_another_office
from lagebild.extract.doc import Doc
from lagebild.extract.lang import de, domestic, en, participants, places
from lagebild.extract.patterns import bounded, standalone
from lagebild.extract.personcandidate import Candidate
from lagebild.extract.roleoffices import region_office
from lagebild.extract.speakers import has_speech_verb

# Seats of one state's government.  (Not „Außenamt“: every state's foreign ministry, Vienna's and
# Moscow's too — „Außenamtssprecherin Sacharowa“ serves Russia.)
SEATS = {"White House": "US", "Weißen Haus": "US", "Weiße Haus": "US", "Kremlin": "RU", "Kreml": "RU",
         "Pentagon": "US", "Downing Street": "GB", "Élysée": "FR", "State Department": "US",
         "Auswärtigen Amt": "DE", "Quai d'Orsay": "FR", "Zhongnanhai": "CN"}


def is_office(role: str | None, language: str) -> bool:
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


def sentence_country(doc: Doc, cand: Candidate, found: dict[str, Candidate]) -> str | None:
    """A country named close to the person in the sentence, leaving out other persons' countries.

    A city counts only where it is a location ("in Islamabad"), not a government ("Washington said").
    """
    text = cand.sentence.text
    source = participants.SOURCE_BEFORE[doc.language if doc.language == "de" else "en"]
    if re.search(source, text[max(0, cand.position - 60):cand.position]):
        return None  # "Saudi Arabia blocked a deal, according to negotiator X": X reports, serves whom?
    spots = [(start, code) for start, end, code in countries_in(text, doc.language)
             if not adjective_of_a_thing(text, start, end, doc.language) and not _relation_of(text, end, doc.language)]
    if _object_of_a_verb(doc, cand):  # "Ukraine thanked Foreign Minister X": X is whom the state acts on
        subject = re.match(r"(?:The\s+)?", text)
        spots = [(start, code) for start, code in spots
                 if start > cand.position or start != (subject.end() if subject else 0)]
    real = set(spots)  # (a seat counts from the sentence's start: "Kremlin spokesman")
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
    if attributes_what_precedes(doc, cand):  # "Canada and Brazil will table an offer, Minister X said": X's words
        # ("Ukraine needs help, Minister X said": a state opening the words is their topic too)
        spots = [(start, code) for start, code in spots
                 if (start == 0 and (start, code) not in real) or start >= cand.position
                 or (frame and start == frame.end())]
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


def _relation_of(text: str, end: int, language: str) -> bool:
    """"Ukraine's staunch backer", "Israel's fiercest critic", "Kenya's guest": a state's genitive before a noun of
    relation (within three words) — whoever that is stands beside the state, not for it."""
    if language == "de" or not text[:end].endswith(("'s", "’s")):
        return False
    return any(w.casefold().strip(",.") in en.RELATION_NOUNS for w in text[end:].split()[:3])


# Words before a person that leave them the subject or the agent, not an object: "by", "and", a determiner.
_NOT_A_VERB = frozenset({"by", "and", "or", "as", "of", "the", "a", "an", "his", "her", "their", "its", "von", "vom",
                         "und", "oder", "sowie", "als", "der", "die", "das", "den", "dem", "des", "sein", "seine",
                         "seinen", "seinem", "ihr", "ihre", "ihren", "ihrem", "ein", "eine", "einen", "einem",
                         "former", "then", "new", "acting", "interim", "ehemalige", "ehemaligen", "frühere",
                         "früheren"})


def _object_of_a_verb(doc: Doc, cand: Candidate) -> bool:
    """"Ukraine thanked Foreign Minister X", "The Ukrainian government welcomed X": in English a state opening the
    sentence as its subject (not "St Lucia's party …") and a lower-case word other than a verb of saying, a
    determiner, "and" or "by" right before the person's title — the person is the object of the clause whose
    subject is that state.  (German puts the verb before its subject: „Für Kosovo verhandelte Vizepremier X“.)"""
    if doc.language == "de" or re.match(r"(?:The\s+)?[\w.-]+(?:\s[A-Z][\w.-]+)*['’]", cand.sentence.text):
        return False
    text = cand.sentence.text[:cand.position].rstrip()
    role = (cand.role or "").split(",")[0].strip()
    if role and text.endswith(role):
        text = text[: len(text) - len(role)].rstrip()
    words = re.findall(r"[\wäöüß'’-]+|[,;:(]", text)
    while words and words[-1].casefold() in ("the", "der", "die", "den", "dem", "des"):
        words.pop()
    if not words or not words[-1][:1].islower() or words[-1] in _NOT_A_VERB or len(words) < 2:
        return False
    return not has_speech_verb(words[-1], doc.language)


# A trip's destination, then what the traveller did there: "flew to Beijing, where he met …",
# „war nach Peking gereist und hatte dort mit … gesprochen“.
_HOSTED = {
    "de": re.compile(r"\b(?:nach|in)\s+(?P<place>[A-ZÄÖÜ][\w-]+(?:\s[A-ZÄÖÜ][\w-]+)?)\s+(?:gereist|geflogen|"
                     r"gekommen|reiste|flog|kam)\b[^.;]{0,40}?\b(?:dort|wo)\b[^.;]{0,30}?\bmit\s+(?:dem\s+|der\s+)?$"),
    "en": re.compile(r"\b(?:to|in)\s+(?P<place>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?),\s+where\s+(?:he|she|they|[A-Z]\w+)"
                     r"\s+(?:met|held\s+talks\s+with|spoke\s+with|was\s+received\s+by)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}$"),
}


# The trip and the meeting in one sentence, joined by "and": "X flew into the Indonesian capital on Monday and met
# President Y", „X reiste nach Bogotá und traf dort Präsidentin Y“, „X wird nach Riad fliegen und dort mit
# Kronprinz Y zusammentreffen“ (the verb last: the office holder after „mit“).
_PLACE = {"de": r"(?P<place>[A-ZÄÖÜ][\w-]+(?:\s[A-ZÄÖÜ][\w-]+)?)",
          "en": r"(?:the\s+)?(?P<place>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)(?:\s+capital)?"}
_TRIP_AND_MEET = {
    "de": re.compile(r"\b(?:reist|reiste|flog|fliegt|fährt|fuhr)\b[^.;:„“]{0,40}?\bnach\s+" + _PLACE["de"]
                     + r"\s+und\s+(?:traf|trifft|empfing|besuchte)\s+(?:dort\s+)?(?:am\s+\w+\s+)?"
                     r"(?:den\s+|die\s+|der\s+)?(?:[\w-]+\s+){0,3}$"
                     r"|\bnach\s+" + _PLACE["de"].replace("place", "place2")
                     + r"\s+(?:zu\s+)?(?:reisen|fliegen|reist|fliegt|reiste|flog|gereist|geflogen)\s+und\s+"
                     r"(?:dort\s+)?[^.;:„“,]{0,30}?\bmit\s+(?:dem\s+|der\s+)?(?:[\w-]+\s+){0,3}$"),
    "en": re.compile(r"\b(?:flew|flies|fly|travel(?:l?ed|s)?|arrived|arrives|went)\s+(?:in)?to\s+" + _PLACE["en"]
                     + r"[^.;:\"“,]{0,40}?\s+and\s+(?:later\s+|then\s+)?(?:met|meets|meet|held\s+talks\s+with|"
                     r"called\s+on)\s+(?:with\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}$"),
}


def host_state(doc: Doc, cand: Candidate) -> str | None:
    """"X flew to Beijing, where she met Commerce Minister Y", "X flew to Jakarta and met President Y": the
    office holder met at the destination is the host state's (a guess; an office in the role's own words
    decides first; none for a city that hosts other states' talks, such as Geneva or Brussels)."""
    text = cand.sentence.text[:cand.position]
    language = "de" if doc.language == "de" else "en"
    match = _HOSTED[language].search(text) or _TRIP_AND_MEET[language].search(text)
    if not match:
        return None
    place = match.group("place") or match.groupdict().get("place2") or ""
    if place in domestic.INTERNATIONAL_VENUES:
        return None
    return LANG[doc.language].CITIES.get(place) or city_state(place, doc.language) or country_of_word(place,
                                                                                                      doc.language)


# A visitor's trip in an earlier sentence: "X will travel to Honiara", "X arrived in Kyiv", „X reist nach Rom“.
_TRIP = {
    "de": re.compile(r"\b(?:reist|reiste|flog|fliegt|kam|kommt)\s+(?:am\s+\w+\s+)?(?:nach|in)\s+"
                     r"(?P<place>[A-ZÄÖÜ][\w-]+(?:\s[A-ZÄÖÜ][\w-]+)?)"),
    "en": re.compile(r"\b(?:arrived|arrives|travel(?:s|led|ed)?|flew|flies|fly)\s+(?:on\s+\w+\s+)?(?:to|in)\s+"
                     r"(?P<place>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)"),
}
# The visitor meets the office holder: "V will meet Prime Minister Y", „V traf Ministerpräsident Y“.
_MEETS = {
    "de": re.compile(r"^\s+(?:trifft|traf|empfing|empfängt)\s+(?:dort\s+|am\s+\w+\s+)?"
                     r"(?:[^.;:]{0,80}?\s+und\s+)?(?:den\s+|die\s+)?(?:[a-zäöüß]+\s+)?$"),
    "en": re.compile(r"^\s+(?:will\s+meet|meets|met|(?:also\s+)?held\s+talks\s+with)\s+(?:[^.;:]{0,80}?\s+and\s+)?"
                     r"(?:the\s+)?(?:[a-z]+\s+)?$"),
}
# The visitor and the office holder act together: "V and Prime Minister Y signed an agreement".
_TOGETHER = {
    "de": re.compile(r"^\s+und\s+(?:[a-zäöüß]+\s+)?$"),
    "en": re.compile(r"^\s+and\s+(?:[a-z]+\s+)?$"),
}
_JOINT_ACT = {
    "de": re.compile(r"^\s+(?:unterzeichneten|unterschrieben|vereinbarten)\b"),
    "en": re.compile(r"^\s+(?:signed|agreed|announced)\b"),
}


def visit_host(doc: Doc, cand: Candidate, found: dict[str, Candidate]) -> str | None:
    """"V will travel to Honiara. … V will meet caretaker Prime Minister Y": an office holder the visitor
    meets is the host state's, where an earlier sentence gives the visitor's destination (a guess; only
    when the meeting's sentence names no state and the destination is not the visitor's own state)."""
    language = "de" if doc.language == "de" else "en"
    text = cand.sentence.text
    if countries_in(text, doc.language):
        return None
    for visitor in found.values():
        if visitor is cand or visitor.sentence.index > cand.sentence.index:
            continue
        surname = mentions.surname_of(visitor.name)
        at = text.rfind(surname, 0, cand.position)
        between = text[at + len(surname):cand.position] if at >= 0 else ""
        after = text[text.find(cand.name, cand.position) + len(cand.name):] if cand.name in text else ""
        if at < 0 or not (_MEETS[language].match(between)
                          or (_TOGETHER[language].match(between) and _JOINT_ACT[language].match(after))):
            continue
        trips = [_TRIP[language].search(s.text) for s in doc.sentences[visitor.sentence.index:cand.sentence.index]
                 if surname in s.text]
        destinations = {city_state(m.group("place"), doc.language)
                        or country_of_word(m.group("place"), doc.language) for m in trips if m}
        destinations.discard(None)
        if len(destinations) == 1:
            code = destinations.pop()
            return code if code != visitor.country else None
    return None


def city_state(city: str, language: str) -> str | None:
    """The state of a city of the whole gazetteer ("Honiara", "Port Moresby"), not only the short list of
    capitals that may stand for their governments."""
    gazetteer = places.DE_ONLY if language == "de" else places.EN_ONLY
    return LANG[language].CITIES.get(city) or places.SHARED.get(city) or gazetteer.get(city)


_DELEGATION = re.compile(r"(?i)\bdelegation\b")
_STATE_DELEGATION = re.compile(r"([\w'’.-]+)\s+(?:Delegation|delegation)\b")


def delegation_state(doc: Doc, cand: Candidate) -> str | None:
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


def honorific_state(cand: Candidate) -> str | None:
    """"Foreign Minister Datuk Seri X": a title of one state's honours right before the name."""
    text = cand.sentence.text
    at = text.find(cand.name, cand.position)
    if at < 0:
        return None
    before = text[max(0, at - 20):at]
    return next((code for title, code in domestic.HONORIFIC_STATES.items() if before.endswith(title + " ")), None)


def attributes_what_precedes(doc: Doc, cand: Candidate) -> bool:
    """"…, Trade Minister X said Wednesday.", „…, sagte Handelsministerin X.“: only the person's title (and a
    verb of saying) stands between a comma and their name and the verb is theirs, so the clause before is what
    they said (its states are its topic, not theirs)."""
    from lagebild.extract.datefind import lang_data
    text = cand.sentence.text
    at = text.find(cand.name, cand.position)
    title = _TITLE_AFTER_COMMA.search(text[:at]) if at >= 0 else None
    if title is None:
        return False
    verbs = lang_data(doc.language).SPEECH_PAST | _ANNOUNCED[doc.language if doc.language == "de" else "en"]
    before = re.match(r",\s+([\wäöüß]+)", title.group(0))  # „…, sagte Handelsministerin X.“
    after = re.match(r"\s+([\wäöüß]+)", text[at + len(cand.name):])  # "…, Trade Minister X said."
    return any(verb is not None and verb.group(1).lower() in verbs for verb in (before, after))


# Verbs of announcing that also report what the clause before says ("…, Prime Minister X announced").
_ANNOUNCED = {"en": frozenset({"announced", "confirmed", "stated", "explained", "reported"}),
              "de": frozenset({"kündigte", "bestätigte", "teilte", "verkündete"})}
_TITLE_AFTER_COMMA = re.compile(r",\s+(?:the\s+|der\s+|die\s+)?(?:[\wäöüß.'’-]+\s+){0,5}$")


def reacting_state(doc: Doc, cand: Candidate) -> str | None:
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
    code = country_of_word(opening, doc.language) or LANG[doc.language].CITIES.get(opening) or SEATS.get(opening)
    if code is None or (opening[:1].islower() or opening in en.DEMONYMS):
        return None  # "Israeli strikes hit Gaza": an adjective of a thing, not the state acting
    states = {found for _s, _e, found in countries_in(previous.text, doc.language)}
    # ("Washington und Minsk hatten sich verständigt": a second government named by its capital)
    states |= {found for city, found in LANG[doc.language].CITIES.items() if standalone(city).search(previous.text)}
    own = {found for _s, _e, found in countries_in(cand.sentence.text[:cand.position], doc.language)}
    if _PARTNER_BEFORE.search(cand.sentence.text[:cand.position]):
        return None  # „… hatte in Minsk mit Machthaber X gesprochen“: X is whom someone spoke with
    return code if states <= {code} and own <= {code} else None


def other_state_before(doc: Doc, cand: Candidate, home: str) -> bool:
    """Whether the sentence right before the person's (same paragraph) names another state than ``home`` and not
    ``home`` itself — as a state, its government („Die französische Regierung reagierte …“) or its capital („Auch
    aus Paris kam Kritik.“): a bare office holder speaking next may well be that state's, so the outlet's or
    dateline's state is no guess for them."""
    index = cand.sentence.index
    if index == 0 or doc.sentences[index - 1].block != cand.sentence.block:
        return False
    text = doc.sentences[index - 1].text
    named = {code for s, e, code in countries_in(text, doc.language)}
    # ("… with Chinese Foreign Minister Y": an adjective of a thing or of someone else's office is no state acting)
    states = {code for s, e, code in countries_in(text, doc.language)
              if not adjective_of_a_thing(text, s, e, doc.language)}
    states |= {code for city, code in LANG[doc.language].CITIES.items() if standalone(city).search(text)}
    return bool(states) and home not in states | named


# A preposition of company right before the person: they are the one spoken or met with, not the voice.
_PARTNER_BEFORE = re.compile(r"\b(?:mit|with)\s+(?:(?:dem|der|den|the)\s+)?(?:[\w-]+\s+)?$")


# A sentence opening with a state (or its capital after „Aus“/"From", or its seat: "The Kremlin dismissed") and
# its verb: "Iran reacted",
# "Mexico, the third partner …, kept its distance", „Aus Peking kamen versöhnliche Töne“.
_STATE_OPENING = {
    "de": re.compile(r"(?:Aus\s+(?:dem\s+)?|Der\s+)?(?P<state>[A-ZÄÖÜ][\wäöüß-]+)(?:,[^,]{3,80},)?\s+[a-zäöüß]+\b"),
    "en": re.compile(r"(?:From\s+(?:the\s+)?|The\s+)?(?P<state>[A-Z][\w-]+)(?:,[^,]{3,80},)?\s+[a-z]+\b"),
}


def adjective_of_a_thing(text: str, start: int, end: int, language: str) -> bool:
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


# A bare regional office and the region its sentence names: "… struck a facility in Kharkiv Oblast, Governor X
# reported", „… in der Region Belgorod, teilte Gouverneur X mit“.
_BARE_LOCAL_HEAD = re.compile(r"^(?:(?:[Rr]egional\s+)?[Gg]overnor|Gouverneur(?:in)?|Gebietsgouverneur(?:in)?)$")
_UNIT_NAMED = {
    "en": re.compile(r"(?P<place>[A-Z][\w'’-]+)\s+(?:[Oo]blast|region|Region|province|Province)\b"),
    "de": re.compile(r"\b(?:Region|Oblast|Gebiet|Provinz)\s+(?P<place>[A-ZÄÖÜ][\w-]+)"),
}


def local_unit_state(doc: Doc, cand: Candidate) -> str | None:
    """The state of the one region a bare governor's sentence names (a guess: a governor reports from their
    region)."""
    if not cand.role or not _BARE_LOCAL_HEAD.match(cand.role.strip()):
        return None
    found = {city_state(m.group("place"), doc.language)
             for m in _UNIT_NAMED["de" if doc.language == "de" else "en"].finditer(cand.sentence.text)}
    found.discard(None)
    return found.pop() if len(found) == 1 else None



# An apposition right before the name that says whose office the person holds: "his Mexican counterpart,
# Economy Secretary X", "Angola's mediator, former foreign minister X", „ihr mexikanischer Amtskollege,
# Wirtschaftsminister X“ — a state word, an office or counterpart noun, a comma, then only the person's title.
_APPOSITION_HEADS = {
    "en": r"(?:counterparts?|colleagues?|opposite\s+numbers?|mediators?|" + "|".join(
        re.escape(h) for h in sorted(en.ROLE_HEADS, key=len, reverse=True)) + r")",
    "de": r"(?:Amtskolleg\w*|Kolleg\w*|Vermittler\w*|Gegenüber|\w*(?:" + "|".join(
        re.escape(h[:-2] if h.endswith("er") else h) for h in sorted(de.ROLE_HEADS, key=len, reverse=True)) + r")\w*)",
}
_TITLE_WORDS = {"en": r"(?:(?:the\s+)?(?:[\w.-]+\s+){0,5})", "de": r"(?:(?:der\s+|die\s+)?(?:[\w.-]+\s+){0,5})"}
_APPOSED = {lang: re.compile(r"^(?:['’]s)?\s+(?:[a-zäöüß-]+\s+){0,2}" + heads + r",\s+" + _TITLE_WORDS[lang] + "$",
                             re.IGNORECASE)
            for lang, heads in _APPOSITION_HEADS.items()}
# "led on the Indian side by chief negotiator X", „auf ukrainischer Seite verhandelt Minister X“
_SIDE = {
    # (led "by" the person: not "attacks came from the Russian side, Governor X said")
    "en": re.compile(r"^\s+side\s+(?:(?:is|was|will\s+be)\s+)?(?:led\s+|headed\s+)?by\s+" + _TITLE_WORDS["en"] + "$"),
    "de": re.compile(r"^\s+Seite\s+(?:verhandel\w*|führ\w*|leite\w*|sprach|spricht)\s+" + _TITLE_WORDS["de"] + "$"),
}
_SIDE_BEFORE = {"en": re.compile(r"\b(?:on|for)\s+the\s+$"),
                "de": re.compile(r"\b(?:auf|für\s+die)\s+$")}


def apposed_state(doc: Doc, cand: Candidate) -> str | None:
    """The state an apposition or a side names right before the person: "her Mexican counterpart, Economy
    Secretary X", "Angola's mediator, former foreign minister X", "on the Indian side by chief negotiator X"."""
    lang = "de" if doc.language == "de" else "en"
    text = cand.sentence.text
    at = text.find(cand.name, cand.position)
    if at < 0:
        return None
    start = max(0, at - 120)
    before = text[start:at]
    for s, e, code in countries_in(before, doc.language):
        rest = before[e:]
        if len(countries_in(rest, doc.language)) or re.search(r"[;:]|\b(?:and|und)\b", rest):
            continue  # another state or a list between: not this person's apposition
        if _APPOSED[lang].match(rest) or (_SIDE_BEFORE[lang].search(before[:s]) and _SIDE[lang].match(rest)):
            return code
    if lang == "en":  # "Ohio's senior senator, X": a federal state's or region's office is its country's
        for match in _REGION_GENITIVE.finditer(before):
            rest = before[match.end("region"):]
            region = region_office(match.group("region"))
            if region and _APPOSED["en"].match(rest) and not re.search(r"[;:]|\band\b", rest):
                return region
    return None


# A counterpart of a state told after the person in their own sentence: "X met his Australian counterpart",
# „X traf seinen deutschen Amtskollegen“, "X called her counterpart from Fiji" — X is not of that state.
_COUNTERPART = {
    "en": re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?P<adjective>[\w.-]+(?:\s+[\w.-]+)?)\s+)?"
                     r"(?:counterparts?|opposite\s+numbers?)(?:\s+(?:from|in)\s+(?P<complement>(?:the\s+)?[A-Z][\w.-]+"
                     r"(?:\s+[A-Z][\w.-]+)?))?"),
    "de": re.compile(r"\b(?:[Ss]ein|[Ii]hr)(?:e|en|em|er)?\s+(?:(?P<adjective>[a-zäöü][\w-]+)\s+)?"
                     r"(?:Amtskolleg\w*|Gegenüber)(?:\s+(?:aus|in)\s+(?P<complement>(?:der\s+|den\s+)?[A-ZÄÖÜ][\w-]+))?"),
}


def counterpart_states(doc: Doc, cand: Candidate) -> set[str]:
    """States the person's sentence names, after the person, as the state of their counterpart: "X met his
    Australian counterpart" — a guess must not make X Australian (the counterpart is)."""
    text = cand.sentence.text
    at = text.find(cand.name, cand.position)
    if at < 0:
        return set()
    codes: set[str] = set()
    for match in _COUNTERPART["de" if doc.language == "de" else "en"].finditer(text, at + len(cand.name)):
        for part in ("adjective", "complement"):
            if match.group(part):
                codes |= {code for _, _, code in countries_in(match.group(part), doc.language)}
    return codes | topic_states(cand.role or "", doc.language)


def topic_states(role: str, language: str) -> set[str]:
    """States an English role names by their name before a role noun that makes them its topic: "China expert",
    "Ukraine envoy" (an envoy for Ukraine) — not a demonym, acronym or possessive ("Chinese", "US", "Iran's")."""
    if language == "de":
        return set()
    codes = set()
    for start, end, code in countries_in(role, language):
        surface, rest = role[start:end], role[end:].split()
        if surface in en.DEMONYMS or surface.isupper() or surface.endswith(("'s", "’s", "'", "’")) \
                or role[end:end + 1] in ("'", "’") or not rest \
                or not rest[0][:1].islower():
            continue
        heads = [i for i, w in enumerate(rest[:3]) if w.casefold().strip(",") in en.TOPIC_ROLE_HEADS]
        if heads and rest[heads[0] + 1:heads[0] + 2] != ["to"]:  # ("Ukraine envoy to the UN": Ukraine's)
            codes.add(code)
    return codes


_REGION_GENITIVE = re.compile(r"(?P<region>[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)?)['’]s\s")
