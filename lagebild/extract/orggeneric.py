"""Organisations named by a head noun and its words: "Regional Security Council", "Ministry of Defence of
Ukraine", „Bundesministerium für Klimaschutz“, „Verband der Chemischen Industrie“.

Pure functions over one sentence's text; the entities stage decides which matches are free and collects
them.  Names of meetings, outlets, treaties and bilateral formats are left out (CONVENTIONS §4).
"""

from __future__ import annotations

import re

from lagebild.extract.countries import country_names, country_of_word
from lagebild.extract.lang import bodies, de, en

_GENERIC_ORG_WORDS = frozenset("Foreign Finance Defence Defense Interior Justice Health Ministry Department Office "
                               "Trade Commerce Treasury Home State Economy Education Press".split())
# Words that make a capitalised name a meeting's, not a body's — also inside a coordination ("the Bonn
# Climate Conference and COP30" is no body either).
MEETING_HEADS = frozenset({"Conference", "Summit", "Dialogue", "Meeting", "Talks", "Roundtable", "Symposium",
                            "Ministerial", "Retreat"})
# Words of an outlet's name ("Nation Media Group", "Kenya News Agency"): a source, no organisation
# (CONVENTIONS §4) — unless a state's body regulates them ("Ministry of Information and Broadcasting").
# Heads after a meeting word that make the name a body's: "Economic Summit Group", "Summit Secretariat".
_BODY_AFTER_MEETING = frozenset({"Group", "Secretariat", "Foundation", "Institute", "Council", "Committee"})
_MEDIA_WORDS = frozenset({"Media", "News", "Broadcasting", "Television", "Radio", "Newspapers"})
_REGULATOR_HEADS = frozenset({"Ministry", "Department", "Commission", "Authority", "Council", "Office",
                              "Regulator", "Tribunal", "Committee"})


_EN_GENERIC = re.compile(
    r"(?<![\w-])((?:[A-Z][\w-]+(?:(?<=s)['’]|(?<=People)['’]s)?\s+(?:(?:and|&)\s+(?=[A-Z]))?)*(?:{heads})(?:\s+(?:of|for|on|and)(?:\s+the)?\s+(?!{time}\b)[A-Z][\w-]+"
    r"(?:\s+(?:and\s+)?[A-Z][\w-]+)*"
    # "Court of Justice of the Andean Community", "Headquarters for the Treatment of Prisoners of War": more
    # complements after the first one with "the"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?(?!{time}\b)[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*){0,2})?)(?![\w-])"
    .replace("{heads}", "|".join(en.ORG_HEADS))
    .replace("{time}", "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May"
             "|June|July|August|September|October|November|December)")
)
_DE_GENERIC = re.compile(
    # („Zentrum für Politische Schönheit“, „Institut für Höhere Studien“: a capitalised adjective and its noun)
    r"(?<![\w-])((?:Stiftung|Institut|Zentrum|Akademie|Gesellschaft|Universität|Hochschule)\s+(?:für\s+)?"
    r"(?:[A-ZÄÖÜ][a-zäöüß]+(?:e|en|er|es)\s+(?=[A-ZÄÖÜ][a-zäöüß]))?[A-ZÄÖÜ][\w-]+"
    r"(?:\s+(?:und|für)\s+[A-ZÄÖÜ][\w-]+)*"
    # "des Verbands der Chemischen Industrie", "der Bundesverband der Deutschen Industrie"
    r"|(?<!eines )(?<!einen )(?<!einem )(?<!ein )(?:Bundes)?(?:Verband|Verbands|Verbandes)\s+(?:der|des|für)\s+"
    r"(?:[A-ZÄÖÜ][a-zäöüß]+\s+){0,2}[A-ZÄÖÜ][\w-]+)"
)


# Two states' standing meeting formats: "India-Indonesia Joint Commission", "Joint Working Group",
# "High-Level Council" (CONVENTIONS §4: formats and names of meetings are no organisations).
_BILATERAL_FORMAT = re.compile(r"^(?:[A-Z][\w.]*-[A-Z][\w.]*\s+)?(?:Joint|Bilateral|Strategic|High-Level)\s+"
                               r"(?:[A-Z][\w-]*\s+){0,2}(?:Commission|Committee|Council|Working Group|Group)$")


# " and the " before a second capitalised name with a head of its own: a coordination of two bodies
_SECOND_BODY = re.compile(r"(?<=\w) and the (?P<second>[A-Z].*)$")
_HEAD_WORD = re.compile(r"\b(?:" + "|".join(en.ORG_HEADS) + r")\b")
# An apposition that calls the name before it a meeting, an exercise or a festival (CONVENTIONS §4: no body).
_MEETING_APPOSITION = re.compile(
    r"\s*,\s+(?:an?|the|its|ein|eine|einem|das|die|der)\s+(?:[\w-]+\s+){0,2}?(?:meeting|conference|summit|gathering"
    r"|forum|exercise|drill|festival|event|fair|retreat|Treffen|Konferenz|Tagung|Gipfel|Gipfeltreffen|Übung|Manöver"
    r"|Festival|Messe|Veranstaltung)\b")
# A treaty's, law's or plan's last word right after a capitalised name: the name is the treaty's, no body's.
_NAMED_THING_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(bodies.AGREEMENT_WORDS)) + r"|Bill|Law|Strategy|Framework"
                                r"|Programme|Program|Initiative|Scheme|Regulation|Directive)(?![\w-])")
# A possessive determiner before a capitalised body word: "its Coast Guard", "their Defence Council" describe
# the owner's body; the name is the owner's one ("China Coast Guard"), found where the text writes it.
_POSSESSIVE_BEFORE = re.compile(r"(?<![\w-])(?:[Ii]ts|[Tt]heir)\s+$")
# ... unless the text gives the body's own acronym right after it: "its Defence Procurement Agency (DPA)"
_DEFINED_AFTER = re.compile(r"\s*\([A-Z]{2,}\)")
# ... or the body is a party ("voters deserted their Social Democratic Party"): a party is always named
_PARTY_HEADS = frozenset({"Party", "Movement", "Front"})
_NOT_BODY_NAMES = frozenset({"International Community", "Global Community", "World Community"})


# "Conference of Heads of Government of the Caribbean Community": a meeting of a body's members, named by the
# meeting's head word; the body is the name after the last "of the" (CONVENTIONS §4: a meeting is no body)
_MEETING_OF_BODY = re.compile(r"^(?:{heads})\s+of\s+(?:.+\s+of\s+)?the\s+(?P<body>(?:[A-Z][\w-]*\s+)*(?:{org}))$"
                              .replace("{heads}", "|".join(sorted(MEETING_HEADS)))
                              .replace("{org}", "|".join(en.ORG_HEADS)))


def meeting_body(name: str) -> str | None:
    """The body whose meeting the name is: "Conference of Heads of Government of the Caribbean Community" ->
    "Caribbean Community"; None for any other name."""
    match = _MEETING_OF_BODY.match(name)
    return match.group("body") if match else None


def media_name(words: list[str]) -> bool:
    """"Nation Media Group", "News Agency of Nigeria": an outlet's name, cited as a source (CONVENTIONS §4) —
    unless a state's body regulates the media ("Ministry of Information and Broadcasting")."""
    return bool(_MEDIA_WORDS & set(words)) and not _REGULATOR_HEADS & set(words)


def generic_orgs(text: str, language: str) -> list[tuple[int, str]]:
    found = []
    for match in _EN_GENERIC.finditer(text):
        words = match.group(1).split()
        while words and (words[0] in ("The", "the", *en.NAME_STOPWORDS) or (
                language == "de" and words[0] in de.NAME_STOPWORDS)) and words[0] not in en.NAME_ADJECTIVES:
            words.pop(0)  # "the European Bank for ...": an adjective of place stays part of the name
        if _POSSESSIVE_BEFORE.search(text, 0, match.start(1)) and not _DEFINED_AFTER.match(text, match.end(1)) \
                and not _PARTY_HEADS & set(match.group(1).split()) and len(match.group(1).split()) <= 2:
            continue  # "those of its Coast Guard": a body described by its owner, not named (CONVENTIONS §4)
            # ("a session of their General Border Committee": three words and more name the body)
        if _MEETING_APPOSITION.match(text, match.end(1)):
            continue  # "the Arctic Economic Forum, an annual meeting of …": the apposition calls it a meeting
        if _NAMED_THING_AFTER.match(text, match.end(1)):
            continue  # "the Visiting Forces Agreement", "the Stability Fund Act": the name of a treaty or law
        head_at = next((i for i, w in enumerate(words) if w in en.ORG_HEADS), len(words))
        cut = max((i + 1 for i, w in enumerate(words[:head_at]) if w == "and"
                   and (i == 0 or words[i - 1] in en.ORG_HEADS or country_of_word(words[i - 1], "en") is not None
                        or (i + 1 < len(words) and words[i + 1] in en.ORG_HEADS))), default=0)
        words = words[cut:]  # "Britain and Parliament Committee": "and" joins names, except inside one
        # ("Independent Electoral and Boundaries Commission" is one name)
        if len(words) < 2 or all(w in _GENERIC_ORG_WORDS for w in words):
            continue
        if any(w.rstrip("'’s") in MEETING_HEADS or w in MEETING_HEADS for w in words) and not (
                words[-1] in _BODY_AFTER_MEETING and words[-2] in MEETING_HEADS):
            continue  # "Munich Security Conference": the name of a meeting, no body (CONVENTIONS §4)
            # ("the Nigerian Economic Summit Group": a body's head after the meeting word names a body)
        if media_name(words):
            continue  # "Nation Media Group reported": an outlet, cited as a source
        if " ".join(words) in _NOT_BODY_NAMES:
            continue  # "the International Community must act": all states, no body
        if _BILATERAL_FORMAT.match(" ".join(words)):
            continue  # "India-Indonesia Joint Commission": two states' meeting format, no body (§4)
        if re.match(r"\s+(?:One|Two|\d)", text[match.end(1):]):
            continue  # "Air Force One": an aircraft's call sign, no body
        if language == "de" and not all(w.isascii() for w in words):
            continue
        owner = _OWNER_STATE.search(" ".join(words))
        if owner and owner.group(1) in country_names("en") and len(_COMPLEMENT.findall(" ".join(words))) > 1:
            whole = words
            words = " ".join(words)[: owner.start()].split()  # "Ministry of Defence of Ukraine": the state's own
            state_form = _STATE_FORM_END.search(" ".join(words))
            if state_form:  # "Ministry of Foreign Affairs of the Republic of Kenya": the state's long name too
                words = " ".join(words)[: state_form.start()].split()
                if not _COMPLEMENT.search(" ".join(words)):
                    words = whole  # "Armed Forces of the Republic of Kenya": the state's name is the complement
        start = match.start(1) + match.group(1).find(words[0])
        joined = " ".join(words)
        second = _SECOND_BODY.search(joined)
        if second:  # "the Popular Forces and the Workers' Party": two names side by side, not one
            if _HEAD_WORD.search(second.group("second")):
                found.append((start + second.start("second"), second.group("second")))
            joined = joined[:second.start()]
        found.append((start, joined))
    found += [(m.start(), m.group()) for m in _STATISTICS_OFFICE.finditer(text)
              if m.group("state") in country_names("en") or m.group("state") in country_names(language)]
    if language == "de":
        found += [(m.start(1), m.group(1)) for m in _DE_GENERIC.finditer(text)]
        for m in _DE_OFFICE_FOR.finditer(text):  # "des Bundesministeriums für Klimaschutz" -> Bundesministerium ...
            head = re.sub(r"(?<=[a-zäöü])e?s$", "", m.group("head")) if m.group("head").endswith(
                ("iums", "amts", "amtes", "büros")) else m.group("head")
            found.append((m.start("head"), head + m.group("rest")))
    return found


# A state's statistics office named by the state: "Statistics Canada", „Statistik Austria“, "Statistics South Africa"
_STATISTICS_OFFICE = re.compile(r"(?<![\w-])(?:Statistics|Statistik)\s+(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
                                r"(?![\w-])")
# Offices and ministries named by their remit: „Bundesministerium für Klimaschutz“, „Amt für Statistik“.
_DE_OFFICE_FOR = re.compile(
    r"(?<![\w-])(?P<head>(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:[Mm]inisteriums?|[Aa]mte?s?|[Aa]gentur|[Bb]üros?|[Bb]ehörde"
    r"|[Ss]ekretariats?|[Dd]irektion))(?P<rest>\s+für\s+(?:{adj}\s+)?[A-ZÄÖÜ][\w-]+"
    r"(?:(?:,\s+|\s+und\s+)(?:{adj}\s+)?[A-ZÄÖÜ][\w-]+)*)"
    # the remit's adjective, also capitalised as part of the name: „für Auswärtige Angelegenheiten“
    .replace("{adj}", r"(?:[a-zäöü]+e[nr]?|[A-ZÄÖÜ][a-zäöüß]*(?:isch|lich|ig|al|är|iv|ell)e[nrs]?)"))


# "… of the Republic" before "of Kenya": a state's long name as the owner of a body
_STATE_FORM_END = re.compile(r"\s+of\s+the\s+(?:Republic|Kingdom|Federation|State|Principality|Emirate|Sultanate"
                             r"|Commonwealth)$")
# "Ministry of Defence of Ukraine": a state named by the last complement
_OWNER_STATE = re.compile(r"\s+of\s+(?:the\s+)?([A-Z]\w*(?:\s+[A-Z]\w*)*)$")
_COMPLEMENT = re.compile(r"\b(?:of|for)\b")
