"""Cues inside a clause that keep a name out of an event's participants (issue #13).

The events stage takes participants from the event's own clause (``eventparts.actors_in``); these
are the grammatical signs that a name in that clause is still no party: a group noun or its absence
("Iranian negotiators" act, "Japanese seafood" does not), an owner ("the regime of X", „die
Forderungen Putins“), a topic („über Selenskyj“), a clause of contrast or concession ("…, while X
traveled", "despite warnings from the US"), a location ("near Japan"), an English country name used
as an adjective ("US territory"), one unnamed person of a state („seinem ägyptischen Amtskollegen“).
Pure functions on text; the per-language words are in ``lang/participants.py``.
"""

from __future__ import annotations

import re

from lagebild.extract.datefind import find_dates, lang_data
from lagebild.extract.lang import participants
from lagebild.extract.mentions import Mention

# Nouns of acting groups: "Unterhändler Serbiens", "Iranian negotiators", "aus ... Delegationen".
GROUP = re.compile(
    r"(?i)^(?:unterhändler|delegation\w*|vermittler\w*|minister\w*|\w+minister\w*|regierung\w*|armee\w*|truppen"
    r"|streitkräfte\w*|vertreter\w*|sicherheitsberater\w*|staats\w*|regierungschef\w*|spitzen|parteien"
    r"|negotiators?|delegations?|delegates?|mediators?|ministers?|officials?|forces|army|government|leaders?"
    r"|envoys?|experts?|diplomats?|representatives?|commissions?|kommission\w*|staaten|länder|mitglieder\w*"
    # (plural only: "his Chinese counterpart", „seinem ägyptischen Amtskollegen“ is one person, whose
    # state the adjective names; "their Chinese counterparts" are the state's team)
    r"|members?|states|countries|counterparts|amtskolleg(?:en|innen)|partner\w*|allies|parties|sides?|seite[n]?"
    # The state's own bodies and its good offices act for it: "das kosovarische Parlament",
    # "unter Schweizer Vermittlung", "Irish parliament", "Qatari mediation".
    r"|parlament\w*|parliaments?|vermittlung\w*|mediation"
    # A body's or state's envoys and member states act for it: „EU-Botschafter“, "EU ambassadors",
    # „EU-Mitgliedstaaten“, "der Schweizer Botschafter in Moskau".
    r"|botschafter\w*|ambassadors?|\w+staaten|mitgliedsländer\w*)$")


# Groups that act for their state even behind a modifier: "U.S. trade negotiators", "African Union
# mediators" (unlike "business leaders", whose modifier makes them no state's).
STATE_GROUP = re.compile(
    r"(?i)^(?:unterhändler|delegation\w*|vermittler\w*|regierung\w*|truppen|streitkräfte\w*|armee\w*"
    r"|negotiators?|delegations?|mediators?|governments?|forces|troops|army|armies)$")


def owner_of(before: str, language: str, event_words: frozenset[str]) -> bool:
    """'the ousted regime of Omar al-Bashir', 'the forces of General X': the person only says whose
    the noun is; 'the meeting of X and Y', 'in the presence of X' keep X.  So does the leader of
    forces ("army forces led by General X"): the forces take part, not the general."""
    leader = participants.LEADER_OF_FORCES.get(language)
    if leader and re.search(leader, before):
        return True
    pattern = participants.OWNER_OF.get(language)
    m = re.search(pattern, before) if pattern else None
    if m is None:
        return False
    noun = (m.group(1) or "").lower()  # (none: "the Rapid Support Forces (RSF) of General X")
    keep = participants.KEEP_BEFORE_OF.get(language, frozenset())
    return noun not in keep and not GROUP.match(noun) and not any(noun.endswith(e) for e in event_words)


def person_topic(text: str, mention: Mention, language: str, event_words: frozenset[str]) -> bool:
    """'talks about Putin', „sprachen über Selenskyj und die Forderungen Putins“: whom the event is
    about, or whose demand it names, is no party ('das Treffen Putins' keeps Putin: an event noun)."""
    before = text[:mention.start]
    topic = participants.PERSON_TOPIC_BEFORE.get(language)
    # (the names listed after the topic word: "über Selenskyj und Putin")
    listed = re.sub(r"(?:[A-ZÄÖÜ][\w.'’-]*\s+)*(?:und|and|,)\s+$", "", before)[-80:]
    if topic and re.search(topic, listed) and not re.search(r"\b(?:mit|with)\b", before[-40:]):
        return True
    genitive = participants.GENITIVE_AFTER_NOUN.get(language)
    surface = text[mention.start:mention.end]
    m = re.search(genitive, before[-60:]) if genitive and surface.endswith("s") and not \
        mention.person.name.endswith("s") else None
    return m is not None and not any(m.group(1).lower().endswith(e) for e in event_words)


def without_told_event(text: str, language: str, event_words: frozenset[str]) -> str:
    """The text with another event a speaker tells about blanked (same length): in "talked about his
    call with X", „erzählte von seinem Gespräch mit X“ X is that call's other side, not a party to the
    interview or statement in which it is told."""
    told = participants.TOLD_EVENT_WITH.get(language)
    for m in re.finditer(told, text) if told else ():
        if any(m.group("noun").lower().endswith(e) for e in event_words):
            text = text[:m.start("told")] + re.sub(r"\S", "_", m.group("told")) + text[m.end("told"):]
    return text


def without_contrast_clause(text: str, language: str) -> str:
    """The text with a dateless clause of contrast that tells an act of its own ("…, while Meloni
    traveled to Washington") or of concession ("despite warnings from the US") blanked: it tells
    another's act.  One with a date of its own is left: it may be the event."""
    from lagebild.extract.eventdraft import find_triggers  # (eventdraft imports this module)
    spans: list[tuple[int, int]] = []
    pattern = participants.CONTRAST_CLAUSE.get(language)
    if pattern:  # only a clause telling an act of its own: "…, while Y headed China's team" is the same talks
        spans += [(m.start(), m.end()) for m in re.finditer(pattern, text) if find_triggers(m.group(0), language)]
    reaction = participants.REACTION_BY.get(language)
    if reaction:  # "a move welcomed by Kyiv but criticised by Orban": judged from outside
        spans += [(m.start(), m.end()) for m in re.finditer(reaction, text)]
    reported = participants.REPORTING_PARTICIPLE.get(language)
    if reported:  # "…, claiming that China was …": what was said
        spans += [(m.start(), m.end()) for m in re.finditer(reported, text)]
    circumstance = participants.CIRCUMSTANCE_CLAUSE.get(language)
    if circumstance:  # "…, as pressure mounts from lawmakers including X": what goes on around it
        speech = lang_data(language).SPEECH_PAST  # ("…, as Ukraine appealed for air defence" may be said there)
        spans += [(m.start(), m.end()) for m in re.finditer(circumstance, text)
                  if not speech & set(re.findall(r"[a-zäöüß]+", m.group(0).lower()))]
    place_clause = participants.PLACE_CLAUSE.get(language)
    if place_clause:  # "…in Brussels, where EU ministers had approved sanctions": another act there
        spans += [(m.start(), m.end()) for m in re.finditer(place_clause, text) if not any(
            t.kind in ("meeting", "talks", "call") for t in find_triggers(m.group(0), language))]
    purpose = participants.PURPOSE.get(language)
    if purpose:  # "met X to discuss Somalia": what the event is about
        spans += [(m.start(), m.end()) for m in re.finditer(purpose, text)]
    cause = participants.CAUSE.get(language)
    if cause:  # "amid tensions with X", "following threats by X" (not "following talks with X")
        opener, most = cause
        for m in re.finditer(opener, text):
            words = re.match(rf"(?:[^\s.,;]+\s*){{1,{most}}}", text[m.end():])
            end = m.end() + (words.end() if words else 0)
            phrase_end = min((i for i in (text.find(c, m.end()) for c in ",.;") if i >= 0), default=len(text))
            if find_dates(text[m.end():max(end, phrase_end)], language):
                continue  # "since the strikes on Iran in June": that dated event may be the one told
            if not any(t.kind in ("meeting", "talks", "call") for t in find_triggers(text[m.end():end], language)):
                spans.append((m.start(), end))
    other_time = participants.OTHER_EVENT_TIME.get(language)
    if other_time:  # "…, days after Russian strikes killed dozens": that other event's actors
        spans += [(m.start(), m.end()) for m in re.finditer(other_time, text)]
    concessive = participants.CONCESSIVE.get(language)
    if concessive:
        opener, most = concessive
        for m in re.finditer(opener, text):
            words = re.match(rf"(?:[^\s.,;]+\s*){{1,{most}}}", text[m.end():])
            spans.append((m.start(), m.end() + (words.end() if words else 0)))
    for lo, hi in spans:
        if not find_dates(text[lo:hi], language):
            text = text[:lo] + re.sub(r"\S", "_", text[lo:hi]) + text[hi:]
    return text


_BE = frozenset({"is", "was", "are", "were", "be", "been"})


def modifies_a_noun(after: str, event_words: frozenset[str]) -> bool:
    """'EU goods', 'UN climate talks': an acronym before lower-case words qualifies their noun; it
    acts only when that noun is a group of its people or an event ('EU leaders', 'NATO summit')."""
    words = re.match(r"(?:\s+[a-z][\w-]*){1,3}", after)
    if not words:
        return False
    nouns = words.group(0).split()
    first = nouns[0]
    if first in ("and", "or") or (first not in _BE and (
            first in participants.EN_NOT_A_NOUN or first.endswith("ed"))):
        return False  # "the EU and X signed", "ASEAN signed a deal": a coordination or a verb, no noun qualified
    # (a form of "be" stays: "the EU was stunned when …" tells how it took another's act)
    return not any(GROUP.match(w) or w in event_words for w in nouns)


def names_a_topic_event(after: str, event_words: frozenset[str]) -> bool:
    """'UN Climate Conference', 'UN ocean conference', „UN-Klimakonferenz“: an acronym before a topic
    and then a conference names the conference (held under its roof), not a party to it; right before
    the event word ('EU summit', 'NATO meeting', „EU-Gipfel“), before its people or before talks
    ('EU trade talks': the EU negotiates) the acronym acts."""
    conferences = event_words & _CONFERENCES
    words = re.match(r"(?:\s+[A-Za-z][\w-]*){2,3}", after)
    if words is not None:
        nouns = [w.lower() for w in words.group(0).split()]
        at = next((k for k, w in enumerate(nouns) if w in conferences), None)
        if at is not None and at > 0 and not any(GROUP.match(w) for w in nouns[:at]):
            return True
    tail = re.match(r"-([\wÄÖÜäöüß]+)", after)
    if tail is None:
        return False
    compound = tail.group(1).lower()
    return any(compound.startswith(t) and compound.endswith(e) for t in _TOPIC_STEMS for e in conferences)


def talks_under_its_roof(org: str, after: str) -> bool:
    """'the UN climate talks', 'UN climate negotiations': states negotiate under the UN's roof on a
    topic; the UN is no party (not 'UN talks', nor 'EU trade talks': the EU negotiates)."""
    return org in _ROOF_BODIES and re.match(
        r"(?:\s+[a-z][\w-]*){1,2}\s+(?:talks|negotiations|Verhandlungen|Gespräche)\b", after) is not None


# Bodies under whose roof states negotiate on a topic
_ROOF_BODIES = frozenset({"UN", "UNO"})
# Events a body holds for others to attend: its name before them says whose roof, not who attends.
_CONFERENCES = frozenset({"conference", "konferenz", "forum", "convention", "congress", "kongress"})


# Topics of the conferences international bodies hold („Klimakonferenz“, „Ozeankonferenz“).
_TOPIC_STEMS = ("klima", "ozean", "meeres", "umwelt", "biodiversität", "natur", "entwicklung", "wasser",
                "ernährung", "flüchtling", "frauen", "bevölkerung", "aids", "abrüstung", "wüsten")


# "eine von Japan geförderte Schule": the agent of a participle that qualifies a noun describes
# the thing, it does not take part in the event the sentence tells.  (English writes such an agent
# as a compound, "a Japan-funded school", which the hyphen rule already leaves out.)
_ATTRIBUTE_AGENT = {
    "de": (re.compile(r"(?i)\bvon\s+(?:der\s+|dem\s+|den\s+)?$"),
           re.compile(r"^\s+(?:[a-zäöüß]+\s+)?[a-zäöüß]*ge[a-zäöüß]+[td](?:e|en|er|em|es)\s+[A-ZÄÖÜ]")),
}


def agent_of_attribute(before: str, after: str, language: str) -> bool:
    """'von Japan geförderte Schule', 'von der EU finanzierten Projekte': the name only qualifies a noun."""
    rules = _ATTRIBUTE_AGENT.get(language)
    return bool(rules and rules[0].search(before) and rules[1].match(after))


def agent_of_a_thing(before: str, language: str, event_words: frozenset[str]) -> bool:
    """'tariffs imposed by President X', 'a school built by Japan', 'the detention of X by Russia': the
    agent of a participle after a noun or of an act told as a noun only describes the thing (not 'was
    signed by X', 'talks mediated by Qatar', 'a speech given by X', 'the signing of the deal by X')."""
    nominal = participants.NOUN_AGENT.get(language)
    act = re.search(nominal, before[-140:]) if nominal else None
    if act is not None and not any(act.group("noun").lower().endswith(e) for e in event_words):
        return True  # "the detention of journalist X by Russia": the agent of that act, not of the event
    pattern = participants.THING_AGENT.get(language)
    m = re.search(pattern, before[-120:]) if pattern else None
    if m is None:
        return False
    noun, verb = m.group("noun").lower(), m.group("verb").lower()
    return noun not in participants.NOT_A_THING and verb not in participants.TAKING_PART_PARTICIPLES and \
        not any(noun.endswith(e) for e in event_words)


def owner_of_offered(before: str, after: str, language: str) -> bool:
    """„die Vermittlung Österreichs angeboten“, „die Unterstützung der EU zugesagt“, "offered U.S. assistance":
    the name (between ``before`` and ``after``) owns the help or offer that someone gives or welcomes."""
    patterns = participants.OFFERED_THING.get(language)
    if patterns is None:
        return False
    if language == "en":
        return re.search(patterns[0], before[-40:]) is not None and re.match(patterns[1], after) is not None
    return re.search(patterns[0], before[-80:]) is not None and re.match(patterns[1], after[:160]) is not None


def author_of_a_thing(before: str, language: str, event_words: frozenset[str]) -> bool:
    """'a letter from Supreme Leader X', 'pressure from Senator X': whom a thing comes from."""
    pattern = participants.FROM_AUTHOR.get(language)
    m = re.search(pattern, before[-100:]) if pattern else None
    if m is None:
        return False
    noun = m.group("noun").lower()
    return noun not in participants.KEEP_BEFORE_FROM and not GROUP.match(noun) and \
        not any(noun.endswith(e) for e in event_words)


def spatial(before: str, language: str) -> bool:
    """'near Japan', 'off the coast of Taiwan', „nahe der Ukraine“: the country names where, not who."""
    pattern = participants.SPATIAL_BEFORE.get(language)
    return bool(pattern and re.search(pattern, before[-40:]))


def name_as_adjective(before: str, after: str, event_words: frozenset[str]) -> bool:
    """'through US territory', 'of U.S. soybeans': after a preposition the name can only qualify the
    noun that follows (not 'the US said', 'Russia and the US spoke', 'US troops', 'US strikes';
    'US tariffs' is unsure)."""
    m = re.match(r"\s+([a-z][a-z-]*)\b", after)
    if m is None or not re.search(participants.EN_PREPOSITION_BEFORE, before[-20:]):
        return False
    word = m.group(1)
    if word in participants.EN_NOT_A_NOUN or word.endswith(("ed", "ly")):
        return False  # (a plural is a noun too: after a preposition no verb follows, "of U.S. soybeans")
    return not GROUP.match(word) and not any(word.endswith(e) for e in event_words)


# A determiner that leaves no plural after it: „seinem ägyptischen Amtskollegen“, „dem chinesischen Vertreter“.
_SINGULAR_DATIVE = re.compile(r"(?i)\b(?:seinem|ihrem|dem|einem)\s+$")


# English: a determiner and a singular noun of one person ("the Chinese leader", "an Iranian official").
_SINGULAR_EN = re.compile(r"(?i)\b(?:the|his|her|its|their|a|an)\s+$")
_ONE_PERSON_EN = frozenset({"leader", "minister", "envoy", "official", "representative", "delegate", "mediator",
                            "diplomat", "negotiator", "counterpart", "expert", "member", "ambassador", "spokesman",
                            "spokeswoman", "spokesperson", "premier", "president", "chancellor", "monarch"})


def one_person_after(before: str, following: list[str]) -> bool:
    """A nationality adjective on one unnamed person ("his U.S. counterpart", „seinem ägyptischen
    Amtskollegen“, "the Chinese leader's first trip"): that person takes part, their state is not
    named as a party."""
    if not following:
        return False
    if _SINGULAR_EN.search(before) and following[0].lower() in _ONE_PERSON_EN:
        return True
    return _SINGULAR_DATIVE.search(before) is not None and GROUP.match(following[0]) is not None


def judged(text: str, start: int, language: str, first_in_clause: bool) -> bool:
    """„Merz kritisierte Putin in einer Rede“, "accused Putin of war crimes": the name after a verb
    of judging in its clause is what is judged, unless the clause tells a meeting, call or talks
    ("praised Xi after their meeting") or the name is the other side ("mit Macron").  The first
    person of the clause is its subject, before or after the verb."""
    from lagebild.extract.eventdraft import find_triggers  # (eventdraft imports this module)
    clause_start = max(text.rfind(c, 0, start) for c in ".;:")
    before = text[clause_start + 1:start]
    verbs = set(lang_data(language).JUDGING_VERBS) | participants.ACCUSING_VERBS.get(language, frozenset())
    if first_in_clause:
        return False  # the subject, also after the verb („Am Montag warnte Merz vor Putin“)
    words = [w.lower() for w in re.findall(r"[\wÄÖÜäöüß]+", before)]
    if not any(w in verbs for w in words) or re.search(r"\b(?:mit|with|und|and)\s+(?:\S+\s+){0,3}$", before):
        return False
    clause_end = min((i for i in (text.find(c, start) for c in ".;") if i >= 0), default=len(text))
    clause = text[clause_start + 1:clause_end]
    return not any(t.kind in ("meeting", "talks", "call") for t in find_triggers(clause, language))
