"""Stage: organisations, countries and places named in the article.

Reads: Doc.sentences, Doc.persons (a place or organisation is never part of a
person's name), Doc.language.  Writes: Doc.organizations, Doc.countries,
Doc.places.  Lexicons live in ``lang/de.py`` and ``lang/en.py``; country names
come from Babel's territory names.  Organisations get their nominative base
form ("des Europäischen Rates" -> "Europäischer Rat"); outlets are left to the
sources stage.
"""

from __future__ import annotations

import re

from babel import Locale

from lagebild.briefing.model import Country, Organization, Place, ReviewState, fact_id
from lagebild.extract import mentions, placeshapes, quotedspans, sources
from lagebild.extract.acronymnames import adjective_acronym_orgs
from lagebild.extract.countries import (
    LANG,
    countries_in,
    country_names,
    country_of_word,
    hyphen_chained,
    plural_demonyms,
)
from lagebild.extract.credits import is_editor_note
from lagebild.extract.doc import Doc, Sentence
from lagebild.extract.entitycues import (
    AT_VENUE,
    BARE_AT,
    BARE_COMMISSION,
    BUILDING_AFTER,
    BUILDING_AFTER_CITY,
    BUILDING_WORDS,
    CHAMBER_COMMITTEE,
    CHAMBERS,
    CONTRIBUTOR_LINE,
    EU_COMMISSIONER,
    EU_WORD,
    GLUED_CLOSE,
    INTERNATIONAL_ALIASED,
    LOCATION_BEFORE,
    NAME_WORD_BEFORE,
    NAMED_AFTER_CITY,
    PARLIAMENT_VENUES,
    PORTFOLIO_BEFORE,
    REMIT,
    ROLE_OF_BEFORE,
    STATE_OWNER_AFTER,
    TREATY_NOUN_AFTER,
    UNION_PARTIES,
    attributive,
    author_line,
    eu_article,
    gazetteer_place,
    in_role_complement,
    role_before_name,
    shorter_compass_part,
    title_case,
)
from lagebild.extract.lang import bodies, de, en, places
from lagebild.extract.lang import places as places_data
from lagebild.extract.lang.places import CITY_NAMESAKES, CITY_STATES
from lagebild.extract.orgbodies import (
    MEMBER_TITLED_CHAMBERS,
    body_orgs,
    in_title,
    parliament_compounds,
    state_bodies,
    title_bodies,
)
from lagebild.extract.orgclues import (
    APOSTROPHE_CAPS,
    ARMED_ACRONYM,
    CAPS_APOSTROPHE,
    LEADER_ACRONYM,
    LONGER_NAME_BEFORE,
    SHOUTED_NAME,
    common_acronym,
    initials,
    labelled,
    longer_name,
    quoted_body,
)
from lagebild.extract.orgforms import classified_orgs, company_orgs
from lagebild.extract.orggeneric import generic_orgs, media_name, meeting_body
from lagebild.extract.orgnames import (
    ORG_STOP,
    PARTY_KEYS,
    SHOUTING,
    TIME_AFTER,
    acronym_orgs,
    compound_orgs,
    is_acronym,
    nominative,
    org_matches,
    org_regex,
    treaty_acronyms,
)
from lagebild.extract.placenames import (
    cities,
    city_regex,
    dateline,
    free_places,
    literal,
    marked_places,
    named_venues,
    stop_dateline,
)

__all__ = ["LANG", "countries_in", "country_names", "country_of_word", "run"]
_REGIONS = places.REGIONS


class _Collector:
    """Facts of one kind, deduplicated by a normalised key, in order of first mention."""

    def review(self, key: str) -> ReviewState:
        """'guessed' for facts that only a weak rule found (an unknown acronym, a name after "in")."""
        return "extracted" if key in self.sure else "guessed"

    def __init__(self) -> None:
        self.items: dict[str, tuple[str, Sentence]] = {}
        self.sure: set[str] = set()  # keys found once by a lexicon or a rule that rarely errs

    def add(self, key: str, name: str, sentence: Sentence, sure: bool = True) -> None:
        norm = re.sub(r"\W+", " ", key.casefold()).strip()
        if norm and sure:
            self.sure.add(norm)
        if norm and norm not in self.items:
            self.items[norm] = (name, sentence)
        elif (norm and len(name) > len(self.items[norm][0])
              and (is_acronym(self.items[norm][0]) or len(name.split()) > len(self.items[norm][0].split()))):
            # "UN" first, "United Nations" later; "EU-Kommission", then "Europäische Kommission": the fuller name
            self.items[norm] = (name, self.items[norm][1])


def _person_spans(doc: Doc, text: str) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in mentions.name_mentions(doc, text)]


def run(doc: Doc) -> None:
    language = doc.language if doc.language in LANG else "de"
    lang = LANG[language]
    orgs, places = _Collector(), _Collector()
    country_seen: dict[str, Sentence] = {}
    lexicon_regex, canon = org_regex(language)
    outlet_words = set(sources.outlet_names())
    acronyms: set[str] = set()
    defined: dict[str, str] = {}  # acronym -> the name the text spells out for it ("Alliance of Sahel States (AES)")
    treaties = treaty_acronyms(doc.text)  # "(AITIGA)" after an agreement: never a body, here or later
    venues = {*lang.VENUES, *lang.CITIES}
    # "DEV ANAND, BYLINE:" … "ANAND: The talks …": a transcript's speaker, named in capitals, labels his turns
    shouted = {run.split()[-1] for run in SHOUTED_NAME.findall(doc.text)}

    def is_place(name: str) -> bool:
        return name in cities(language) or name in country_names(language) \
            or country_of_word(name, language) is not None or name in _REGIONS
    # A dateline is the article's first place (after a headline that the segmenter took for a sentence).
    lines = ((s, dateline(s.text, language) or stop_dateline(s.text, language)) for s in doc.sentences[:2])
    first, line_city = next(((s, city) for s, city in lines if city), (None, None))
    city_state: str | None = None  # "Luxemburg (Reuters) –": the city, so a bare "Luxemburg" is no country
    if first is not None and line_city:
        places.add(line_city, line_city, first)
        city_state = line_city if line_city in country_names(language) else None
    # The headline is article text too (CONVENTIONS §1): "Besuch in Bern: ..." names a place.
    headline = [Sentence(-1, doc.headline, -1, -1)] if doc.headline else []
    body_text = "\n".join(s.text for s in doc.sentences)
    for sentence in [*headline, *doc.sentences]:
        text = sentence.text
        if is_editor_note(text, language):
            continue  # "(Adds comment from Paris in paragraph 5)": a note on the text, no news

        def echoed(name: str, sentence: Sentence = sentence) -> bool:
            """A weak rule's name from a title-case headline ("Leaders Back Clean Energy Fund") counts only
            when the body names it too: a headline capitalises words that are no name."""
            return sentence.index != -1 or name in body_text
        person_spans = _person_spans(doc, text)
        taken = person_spans + [(s, e) for s, e, _n in sources.outlets_in(text, language)]

        # "DEN HAAG, 8. Januar", "WHO'S IN CHARGE?": capitals that shout a dateline or a heading
        # ("CDU, CSU und SPD" is a list of acronyms, no shouting: it has no two capital words side by side)
        taken += [(m.start(), m.end()) for m in SHOUTING.finditer(text)
                  if re.search(r"[A-ZÄÖÜ'’] [A-ZÄÖÜ]", m.group(0))]
        # "FC Bayern", „Union Berlin“, "Dynamo Kyiv": a club named by its town, neither a place nor a party (an
        # acronym before the town keeps its own reading: "SC Freiburg" is a body by the acronym rule below)
        taken += [(club.start("town") if club.group(0).split()[0].isupper() else club.start(), club.end())
                  for club in _CLUB.finditer(text) if is_place(club.group("town"))]

        def free(start: int, end: int, taken: list[tuple[int, int]] = taken) -> bool:
            return all(end <= s or start >= e for s, e in taken)

        # ("US-Russian talks": the second state of a hyphen compound is named too)
        for start, end, code in [*countries_in(text, language), *hyphen_chained(text, language),
                                 *plural_demonyms(text, language)]:
            # "Die Richter in Luxemburg": a capital named like its state is the city where named as a location
            # (and as the dateline); a city-state ("Singapore holds the chair", "in Singapur") is the state too
            namesake = text[start:end] in CITY_NAMESAKES and (text[start:end] == city_state
                                                              or literal(text, start, end))
            if free(start, end) and (text[start:end] != city_state or text[start:end] in CITY_STATES) \
                    and not namesake:
                country_seen.setdefault(code, sentence)
            if free(start, end) and text[start:end] in CITY_STATES and literal(text, start, end):
                places.add(text[start:end], text[start:end], sentence)  # "im Juni 2018 in Singapur"
        for start, name in quotedspans.quoted_names(text):
            if sources.is_outlet_name(name) or (language == "de" and name.casefold().endswith(de.NOT_ORG_ENDINGS)):
                taken.append((start, start + len(name) + 2))  # „Rheinischen Post“, «Kompass-Initiative»
                continue
            if GLUED_CLOSE.match(text, start + 1 + len(name)):
                continue  # „der "Sea Falcon"-Besatzung“: a compound's first part, named for what follows
            if not quoted_body(text, start, name):
                continue  # the “Golden Dome” missile shield, „das „Sondervermögen““: a thing's name, no body
            if name not in outlet_words and free(start, start + len(name)):
                orgs.add(name, name, sentence)
                taken.append((start, start + len(name) + 2))
        parts = placeshapes.compass_parts(text, language, gazetteer_place(language),
                                          lambda name: name in country_names(language))
        venues_here = named_venues(text, language) + placeshapes.adjective_venues(text) * (language == "de")
        venues_here += placeshapes.named_regions(text) + placeshapes.venue_predicates(text)
        if language == "en":  # "at State House", "the Kano–Maradi route", "the Seme and Illela border posts"
            venues_here += placeshapes.venues_at(text) + placeshapes.route_towns(
                text, lambda name: country_of_word(name, language) is not None)
        for start, end, name in venues_here + parts:
            if language == "en" and not echoed(name):
                continue  # "Rangers Beat Celtic as Premier Plans Stadium Deal": a title-case headline's capitals
            if free(start, end):
                places.add(name, name, sentence)
                taken.append((start, end))
        for start, end, body in title_bodies(text, language):
            if language == "en" and NAME_WORD_BEFORE.search(text[:start]):
                continue  # "the Independent Electoral Commission chief": another commission's title
            if free(start, end) and eu_article(doc):
                known = lexicon_regex.fullmatch(body)
                key = canon[int(known.lastgroup[1:])][0] if known and known.lastgroup else body
                orgs.add(key, body, sentence)
                taken.append((start, end))
        for start, end, body in state_bodies(text, language, lambda word: country_of_word(word, language) is not None):
            if sentence.index == -1 and title_case(text) and not echoed(body):
                continue  # "Tokyo Protests Chinese Coast Guard Incursions": headline capitals, unless the body agrees
            if free(start, end) or body.endswith(" administration"):  # the person's name inside stays a person
                orgs.add(body, body, sentence)
                taken.append((start, end))
        for start, name, acronym in acronym_orgs(text, language):
            listed = lexicon_regex.fullmatch(acronym)
            acronyms.add(acronym)  # a later bare "EDA" is the same organisation
            taken.append((start, text.index(")", start) + 1))
            if media_name(name.split()):
                continue  # "The News Agency of Nigeria (NAN) reports": an agency, a source only
            if language == "en" and name.split()[-1] in en.VENUE_HEADS and len(name.split()) > 1:
                continue  # "held at the Nairobi International Convention Centre (NICC)": a venue, no body
            # "Conference of Heads of Government of the Caribbean Community (CARICOM)": the body whose meeting it is
            name = meeting_body(name) or name
            defined[acronym] = name
            orgs.add(canon[int(listed.lastgroup[1:])][0] if listed and listed.lastgroup else name, name, sentence)
        for start, end, name, acronym in adjective_acronym_orgs(text, language):
            # „die Eidgenössische Finanzkontrolle (EFK)“: letters from inside the compound; the name by its shape
            if acronym not in acronyms and not lexicon_regex.fullmatch(acronym) and free(start, end):
                orgs.add(name, name, sentence, sure=False)
                acronyms.add(acronym)
                taken.append((start, end))
        org_ends: list[int] = []
        # "the Senate Armed Services Committee": a known body that starts a longer name counts (like a
        # compound, CONVENTIONS §4), and leaves the longer name free for the generic rule below
        longer = [(s, s + len(n)) for s, n in generic_orgs(text, language)
                  if language == "en" and n.split()[-1] in en.ORG_HEADS]
        for match in org_matches(text, language):
            if match.lastgroup and free(match.start(), match.end()):
                key, name = canon[int(match.lastgroup[1:])]
                span = (match.start(), match.end())
                if not any(s == match.start() and e > match.end() for s, e in longer):
                    taken.append(span)
                if re.search(r"\($", text[: match.start()]) and any(
                        re.fullmatch(r"\s*\(", text[end:match.start()]) for end in org_ends):
                    continue  # "Pakistan Tehreek-e-Insaf (PTI)": the acronym of the name before it
                if role_before_name(doc, text, match.end()) and key not in MEMBER_TITLED_CHAMBERS:
                    continue  # ('Bundesrat Ignazio Cassis': a minister's title; „Nationalrat X“ names the chamber)
                if in_title(text, match.end(), text[match.start():match.end()]):
                    continue  # "A State Department spokesman": a generic ministry inside a title (CONVENTIONS §4)
                if language == "en" and name in en.COMMON_NOUN_BODIES and LONGER_NAME_BEFORE.search(
                        text, 0, match.start()):
                    # "the National Democratic Congress", "Social Democrats leader": a one-word body of the
                    # lexicon closing a longer name of capitalised words is that other body, not this one
                    fuller = longer_name(text, match.start(), match.end())
                    if fuller is not None:
                        orgs.add(fuller[2], fuller[2], sentence, sure=False)
                        taken.append(fuller[:2])
                        org_ends.append(match.end())
                        continue
                committee = CHAMBER_COMMITTEE.match(text, match.end()) if language == "en" and name in CHAMBERS \
                    else None
                if committee:  # "the Senate foreign relations committee": the committee, named as the text writes it
                    whole = text[match.start():committee.end()]
                    orgs.add(whole, whole, sentence)
                    taken.append((match.start(), committee.end()))
                    continue
                if BUILDING_AFTER.match(text, match.end()):
                    continue  # "Parliament House", "Parliament Buildings": a building, no body acting
                if key in INTERNATIONAL_ALIASED and STATE_OWNER_AFTER.match(text, match.end()) and \
                        countries_in(text[match.end():match.end() + 40], language):
                    continue  # „der Sicherheitsrat der Ukraine“, "the Security Council of Kenya": a state's own
                if name in PARLIAMENT_VENUES and attributive(text, match.start()):
                    orgs.add(PARTY_KEYS.get(key, key), name, sentence)
                    continue  # „die Haushaltsberatungen im Bundestag“: the house's own debates, no location named
                if name in PARLIAMENT_VENUES and language == "en" and BARE_AT.search(text, 0, match.start()):
                    places.add(name, name, sentence)  # "met at Parliament": the house as the venue, and the body
                if name in lang.VENUES and AT_VENUE.search(text[:match.start()]):
                    if span in taken:
                        taken.remove(span)  # "talks at the White House": a place here, not an actor
                    if name in PARLIAMENT_VENUES:  # „sagte im Bundestag“: the house sits there, a body and a place
                        orgs.add(PARTY_KEYS.get(key, key), name, sentence)
                    continue
                if language == "en" and " " not in name and any(other.endswith(" " + name)
                                                                for other, _s in orgs.items.values()):
                    continue  # "Parliament's vote" after "European Parliament": the same one
                if name in de.TIME_NOUN_PARTIES and TIME_AFTER.match(text[match.end():]):
                    continue  # "Mitte Jänner": a time, not the party
                if key == "Union" and language == "de" and EU_WORD.search(text) and not UNION_PARTIES.search(text):
                    continue  # „die Handlungsfähigkeit der Union“, said of the EU: no CDU/CSU bloc
                city = re.match(r" ([A-ZÄÖÜ][\w-]+)", text[match.end():]) if name in lang.CITY_NAMED_BODIES else None
                if city and city.group(1) in cities(language):
                    name = f"{name} {city.group(1)}"  # „die IHK Dresden“: the chamber of that city, by its name
                    taken.append((match.start(), city.end() + match.end()))
                orgs.add(PARTY_KEYS.get(key, key), name, sentence)
                org_ends.append(match.end())
        for start, end, name in company_orgs(text, language):
            if any(s == end + 1 for s, _e in person_spans):
                continue  # "Washington State AG Nick Brown": the letters before a person's name are a title
            if free(start, end):
                orgs.add(name, name, sentence)
                taken.append((start, end))
        for start, end, name, sure in classified_orgs(text, language, is_place):
            # „den Transformatorenhersteller Ortmann Energietechnik“: a family's name that starts a company's
            family = sure and " " in name and free(start + name.index(" "), end)
            if (free(start, end) or family) and name not in outlet_words and name not in venues and echoed(name):
                orgs.add(name, name, sentence, sure=sure)
                taken.append((start, end))
        for start, end, name in compound_orgs(text, language, lexicon_regex, canon) + \
                parliament_compounds(text, language):
            if free(start, end):
                orgs.add(name, name, sentence)
        for start, end, name in body_orgs(text, language):
            # „EU-Hauptausschuss“: the EU before the hyphen is a body of its own, and so is the compound
            if free(start, end) or ("-" in name and free(start + name.index("-") + 1, end)):
                orgs.add(name, name, sentence)
                taken.append((start, end))
        for start, name in generic_orgs(text, language):
            if language == "en" and (BUILDING_AFTER.match(text, start + len(name))
                                     or name.split()[-1] in BUILDING_WORDS):
                # "the Aga Khan University Hospital", "the Supreme Court Building": a building, no body acting (a
                # think tank's "Center" stays a body: "the Stimson Center")
                continue
            # "the Ministry of Water Resources": capitalised words after a body's head and "of" are its remit, not
            # the person the persons stage may have read there
            remit = REMIT.match(name)
            head_free = free(start, start + remit.end("head")) if remit else False
            if (free(start, start + len(name)) or (head_free and language == "en")) and name not in outlet_words \
                    and name not in venues and echoed(name) and not in_title(text, start + len(name), name):
                shown = nominative(name) if language == "de" else name  # "der Jungen Union" -> Junge Union
                orgs.add(shown, shown, sentence, sure=False)
                taken.append((start, start + len(name)))
        for start, end, name in marked_places(text, language):
            if language == "en" and (" " in name or title_case(text)) and not echoed(name):
                continue  # a title-case headline capitalises words that are no venue ("in Island Nation's Poll")
            if free(start, end) and in_role_complement(text, start, language):
                taken.append((start, end))  # "Parteisekretär der Provinz Zhejiang": part of the role
            elif free(start, end):
                places.add(name, name, sentence)
                taken.append((start, end))
        for match in city_regex(language).finditer(text):
            name = match.group("city") or match.group("venue") or match.group("french")
            if name and free(match.start(), match.end()):
                taken.append((match.start(), match.end()))
                building = BUILDING_AFTER_CITY.match(text, match.end()) if match.group("city") else None
                if building and language == "en":
                    # "talks at Hyderabad House", "Lancaster House": a building named after the city is the venue
                    places.add(name + building.group(0), name + building.group(0), sentence)
                    continue
                if language == "en" and match.group("city") and NAMED_AFTER_CITY.match(text, match.end()):
                    continue  # "at the Munich Security Conference": the city is part of a meeting's or body's name
                after = text[match.end():].split()
                if match.group(0).endswith("s") and after and mentions.is_role_noun(after[0], language):
                    continue  # "Oberösterreichs Landeshauptmann": the office's land, no place of the news
                if (language == "en" and after and mentions.is_role_noun(after[0].rstrip(",;:."), language)
                        and (after[0][:1].isupper() or PORTFOLIO_BEFORE.search(text[:match.start()]))
                        and not LOCATION_BEFORE.search(text[:match.start()])):
                    # "Ontario Premier Doug Ford", "Kyiv Mayor", "the party's Northern Ireland spokesman": the
                    # office's land or portfolio, not a location
                    continue
                role_of = ROLE_OF_BEFORE.search(text, 0, match.start())
                if name in lang.VENUES and role_of and mentions.is_role_noun(role_of.group(1), language):
                    continue  # „eine Sprecherin des Bundeskanzleramts“: the body she speaks for, no location
                if language == "de" and name in de.LITERAL_VENUES and not literal(text, match.start(), match.end()):
                    continue  # „die Staatskanzlei teilte mit“: the office acting, no location named
                if (match.group("city") and name not in _REGIONS and name not in lang.VENUES
                        and name not in places_data.TERRITORIES
                        and not literal(text, match.start(), match.end())):
                    continue  # "Moscow said": a government; a place only where named as one
                places.add(name, name, sentence)
        for match in re.finditer(r"(?<![\w-])([A-Z][A-Z0-9ÄÖÜ]{1,5})(?![\w-])", text):
            word = match.group(1)
            if text[match.end():match.end() + 1] == ")" and any(
                    re.fullmatch(r"\s*\(", text[e:match.start()]) for span in taken
                    for _s, e in [span] if span not in person_spans):  # ("Jane Roe (ODM)": her party)
                acronyms.add(word)  # "das Bundesamt für Sozialversicherungen (BSV)": the short form of a name
                continue  # found just before, no second body
            if (free(match.start(), match.end()) and word not in ORG_STOP and word not in outlet_words
                    and word not in acronyms and word not in treaties
                    and not re.fullmatch(r"[IVX]+", word) and word not in country_names(language)
                    # ("Q4", "H1": a quarter or half of a year; "A3", "U5", "A400M": a road, a metro line, a model —
                    # groups of states named so, "G7", "V4", are in the lexicon)
                    and not re.fullmatch(r"COP\d*|[QH][1-4]|[A-Z]{1,3}\d+[A-Z]?", word)  # ("MH17": a flight)
                    and not (match.start() < 3 and len(word) >= 3 and re.match(r"\s*[,(—–-]", text[match.end():]))
                    and not (text[match.start() - 1:match.start()] == "/" or text[match.end():match.end() + 1] == "/")
                    and not APOSTROPHE_CAPS.match(text, match.end()) and echoed(word)
                    and text[match.end():match.end() + 1] != "$"  # "NZ$1.3 billion": a currency's prefix
                    and not (word in shouted and text[match.end():match.end() + 1] == ":")  # "ANAND: …" (transcript)
                    and not TREATY_NOUN_AFTER.match(text, match.end())  # "the USMCA trade pact": a treaty's
                    and not labelled(text, match.start(), language)  # "Flug LH 400": a flight's code
                    # "JD Vance", "RFK Jr.": a person's initials before the name
                    and not initials(text, match, person_spans, language)
                    # "an IED attack", "500 MW", „in NRW“, "HIMARS": a thing, a unit or a place, no body
                    and not common_acronym(text, match.start(), match.end(), language)
                    and not (match.start() >= 2 and CAPS_APOSTROPHE.match(text, match.start() - 2))):
                # "BERLIN (dpa-AFX) -" is a dateline; "(Mitte/BL)" a canton; "/sk/DP/mis" editors' initials;
                # "NUKU'ALOFA:" one shouted city name, no two acronyms
                city = re.match(r"\s([A-ZÄÖÜ][\w-]+)", text[match.end():])
                follower = re.match(r"[\s-]*([\wÄÖÜäöüß]+)", text[match.end():])
                if city and city.group(1) in cities(language):
                    acronyms.add(word)  # a later bare "ETH" is the same one
                    word = f"{word} {city.group(1)}"  # "ETH Zürich", "TU München": the city is part of the name
                    orgs.add(word, word, sentence, sure=False)
                elif follower and mentions.is_role_noun(follower.group(1), language):
                    orgs.add(word, word, sentence, sure=False)  # "a ZPF councillor": a member's body
                # Otherwise a bare unknown acronym is no organization by itself (a programme, a law, a unit, a
                # party's or a person's initials): counted per rule on unseen sets it was wrong far more often
                # than right, also as a sentence's subject ("the XYZ said") and in brackets after a name.
        leaders = LEADER_ACRONYM.finditer(text) if language == "de" else iter(())
        for match in [*ARMED_ACRONYM[language].finditer(text), *leaders]:
            # „die RSF-Miliz“, "the M23 rebels": an acronym the noun after it calls an armed group or its delegation
            word = match.group(1)
            if free(match.start(1), match.end(1)) and word not in ORG_STOP and word not in outlet_words \
                    and word not in acronyms and word not in country_names(language):
                orgs.add(word, word, sentence, sure=False)
        for start, end, name in placeshapes.rivers(text, language) + placeshapes.prefixed_places(text):
            if free(start, end):
                places.add(name, name, sentence)
                taken.append((start, end))
        for start, end, name in free_places(text, language):
            if language == "en" and title_case(text) and not echoed(name):
                continue  # "Landslide in Island Nation's Snap Poll": a title-case headline's capitals, no town
            if free(start, end):
                places.add(name, name, sentence, sure=False)
    if language == "de" and EU_COMMISSIONER.search(doc.text):
        # „EU-Handelskommissar Aalto … warf der Kommission vor“: the bare commission is the European one
        bare = next((s for s in doc.sentences if BARE_COMMISSION.search(s.text)), None)
        if bare is not None:
            orgs.add("Europäische Kommission", "EU-Kommission", bare)
    _referenced_states(doc, orgs, country_seen)
    for section in doc.sections:  # "Deutsche Position": a subheading names a country too
        if section.heading and doc.sentences:
            for _start, _end, code in countries_in(section.heading, language):
                if code not in country_seen:
                    country_seen[code] = Sentence(-1, section.heading, -1, -1)
            # „9. Juni: Unterzeichnung in Havanna“ (a timeline's item set as a subheading): a known city named there
            # as a location is a place of the article too
            for match in city_regex(language).finditer(section.heading):
                name = match.group("city")
                if name and name in cities(language) and literal(section.heading, match.start(), match.end()):
                    places.add(name, name, Sentence(-1, section.heading, -1, -1))
    # "the Coordination Headquarters said" after "the Coordination Headquarters for the Treatment of …": the
    # same body by the head of its name
    full_names = [name for name, _s in orgs.items.values()]
    # "ECOWAS, AES agree …" in a headline before "the Alliance of Sahel States (AES)": the acronym alone, found
    # before its definition, is the defined body once
    for key, (name, _s) in list(orgs.items.items()):
        if name in defined and any(other == defined[name] for k, (other, _o) in orgs.items.items() if k != key):
            del orgs.items[key]
    bio = author_line(doc, language)
    whole_text = f"{doc.headline or ''}\n{body_text}"
    doc.organizations = [Organization(id=fact_id("org", key), evidence=s.text, name=name, review=orgs.review(key))
                         for key, (name, s) in orgs.items.items()
                         if not any(other.startswith((name + " of ", name + " for ")) for other in full_names)
                         and s.index != bio and not _state_name(name, language)
                         and not _only_inside_longer(name, full_names, whole_text)]
    org_names = {o.name for o in doc.organizations}
    doc.org_acronyms = {name: acronym for acronym, name in defined.items() if name in org_names}
    # a country named as a location is no place (CONVENTIONS §6), unless it is a city-state ("in Singapur")
    states = country_names(language)
    doc.places = [Place(id=fact_id("place", key), evidence=s.text, name=name, review=places.review(key))
                  for key, (name, s) in places.items.items()
                  if (name not in states or name in CITY_STATES or name == city_state)
                  and not CONTRIBUTOR_LINE.search(s.text) and s.index != bio
                  and not shorter_compass_part(name, [other for other, _s in places.items.values()])]
    names = {code: name for name, code in reversed(list(country_names(language).items()))}
    babel = Locale(language).territories
    doc.countries = [Country(id=fact_id("country", code), evidence=s.text, code=code,
                             name=str(babel.get(code, names.get(code, code))))
                     for code, s in country_seen.items()]


_CLUB = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(bodies.CLUB_PREFIXES)) + r")\s+(?P<town>[A-ZÄÖÜ][\w-]+)(?![\w-])")


def _state_name(name: str, language: str) -> bool:
    """'Russian Federation', 'Democratic Republic of Congo': a state's formal name, no organisation (its
    words are only words of a state's form and a country's name or adjective)."""
    words = name.split()
    states = [w for w in words if w not in bodies.STATE_FORM_WORDS]
    return len(words) >= 2 and len(states) < len(words) and bool(states) and all(
        w in country_names(language) or country_of_word(w, language) is not None for w in states)


def _only_inside_longer(name: str, full_names: list[str], text: str) -> bool:
    """„Die Firma Siemens Energy“: a known body's name that the text writes only as the start of a longer name found
    too, one word longer and no body of it (no body's head word: "the Senate Fisheries Committee" leaves the Senate
    its own fact, like a compound, CONVENTIONS §4), is that other body, not a second one."""
    heads = {*en.ORG_HEADS, *de.ORG_HEADS}
    longer = [other for other in full_names if other.startswith(name + " ")
              and len(other.split()) == len(name.split()) + 1 and other.split()[-1] not in heads]
    if not longer:
        return False
    starts = [m.start() for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?!\w)", text)]
    return bool(starts) and all(any(text.startswith(other, start) for other in longer) for start in starts)


_FEDERAL_TITLE = re.compile(r"^(?:Bundes|Vizekanzler|Kanzler)", re.IGNORECASE)


def _referenced_states(doc: Doc, orgs: _Collector, seen: dict[str, Sentence]) -> None:
    """States referenced by a federal title or a national institution (CONVENTIONS §3, §5).

    "Bundesumweltminister Schneider" references DE in any German-language outlet (AT or CH for their
    own federal offices: the persons stage decided which); "Bundeswehr" and "Congress" reference
    DE and US.  The countries list is complete only with them.
    """
    for person in doc.persons:
        if person.role and person.country in ("DE", "AT", "CH") and _FEDERAL_TITLE.match(person.role):
            seen.setdefault(person.country, Sentence(-1, person.evidence, -1, -1))
    for name, sentence in orgs.items.values():
        code = bodies.NATIONAL_BODIES.get(name)
        if code and not _other_states_body(doc, name, code):
            seen.setdefault(code, sentence)


def _other_states_body(doc: Doc, name: str, code: str) -> bool:
    """"the Philippine Congress", "Peru's Congress", "Canada's House of Commons", "the Congress party" or "the
    opposition Congress" (India's): a body of the same name as another state's, or a party — it references no
    country of its own name."""
    language = doc.language if doc.language in LANG else "de"
    pattern = re.compile(r"(?P<opposition>\b(?:opposition|Oppositionspartei)\s+)?"
                         r"(?:(?P<owner>[A-ZÄÖÜ][\w-]*?)(?:['’]s|s)?\s+)?" + re.escape(name)
                         + r"(?P<party>\s+(?:party|Party|Partei))?(?![\w-])")
    for sentence in doc.sentences:
        for match in pattern.finditer(sentence.text):
            owner = match.group("owner")
            other = country_of_word(owner, language) if owner else None
            # ("the opposition Congress": a party in opposition, India's, not the US Congress)
            if match.group("party") or match.group("opposition") or (other is not None and other != code):
                return True
    return False
