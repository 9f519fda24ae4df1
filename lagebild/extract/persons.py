"""Stage: the persons an article names, with their role and the country they act for.

Reads: Doc.sentences, Doc.language, Doc.locale.  Writes: Doc.persons.

German capitalises every noun, so a capitalised word is no name by itself.  A
person is found by evidence around a name: a role noun before it ("Der
US-Sondergesandte Steve Witkoff"), an apposition after it ("Günter Sautter,
der außenpolitische Berater ..."), a known given name ("Lena Marquardt"), a
party in brackets ("Merz (CDU)"), an honorific ("Mr Grossi") or a speech verb
("said Rachel Dunmore").  The country comes, most reliable first, from the
role phrase ("ukrainische", "Britain's", "US-"), the party, a small lexicon of
offices, a person inside the role ("Berater von Bundeskanzler Friedrich
Merz"), a "Bundes-" office (the locale's state) and finally the countries
named in the same sentence; a country from that last guess or from the
locale marks the person ``review: guessed``.

What follows an English role noun before the name is read in ``rolecomplements``;
what follows the name, and a person found again, in ``personcomplete``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from lagebild.briefing.model import Person, fact_id
from lagebild.extract import mentions, notnames
from lagebild.extract.countries import countries_in
from lagebild.extract.doc import Doc, Sentence
from lagebild.extract.domesticoffices import PORTFOLIO_WORDS
from lagebild.extract.introducedroles import introduced_role
from lagebild.extract.lang import credits as credit_words
from lagebild.extract.lang import de, en
from lagebild.extract.personcandidate import Candidate
from lagebild.extract.personcomplete import add_coordinated, complete_candidate, known_candidate
from lagebild.extract.personcountry import INTERNATIONAL, finish_countries, role_country
from lagebild.extract.personcues import (
    group_member_state,
    listed_holder,
    possessive_country,
    possessor_before,
    us_label_before,
)
from lagebild.extract.personnames import (
    Tok,
    is_given,
    is_name_token,
    nominative_de,
    rank_title,
    read_name,
    role_phrase,
    split_tokens,
    trim_object_noun,
)
from lagebild.extract.personroles import (
    after_final_verb,
    apposition,
    apposition_country,
    complement_state,
    coordinated_states,
    de_complement,
    earlier_national_office,
    earlier_office,
    genitive_state,
    left_context,
    truncated_start,
)
from lagebild.extract.placenames import cities
from lagebild.extract.rolecomplements import (
    CALENDAR_WORD,
    charge,
    delegation_noun,
    lower_complement,
    on_state,
    unit_or_portfolio,
)
from lagebild.extract.roleoffices import now_international
from lagebild.extract.rolerefs import link_role_references

__all__ = ["is_given", "is_name_token", "read_name", "run"]

_BYLINE = re.compile(r"^\(?(?:Reporting|Writing|Editing|Additional reporting|Compiled|Berichterstattung|Redaktion)"
                     r"(?:\s+[\w-]+){0,2}\s+by\b|^\((?:Reporting|Editing) by", re.IGNORECASE)

# A picture's or text's credit inside a paragraph: the names after the label made the article, they
# are not in the news („Foto: APA/Georg Roe“, "Photo: Jane Roe/Reuters", "© dpa", „Mitarbeit: X“).
_CREDIT = re.compile(r"(?:(?<=^)|(?<=[\s.!?»«“”\"(]))(?:Fotos?|Bilder?|Bildquelle|Photos?|Pictures?|Images?|Credit"
                     r"|Grafik|Mitarbeit|Autorin|Autor)\s*:\s*[^.!?:]*|©\s*[^.!?]*")


def _find(doc: Doc, sentence: Sentence, found: dict[str, Candidate]) -> None:
    language = doc.language
    text = sentence.text
    if _BYLINE.search(text) or (language == "en" and re.search(credit_words.CONTRIBUTED, text)):
        # "(Reporting by ...; Editing by ...)", "AP writer X in Dubai contributed to this report": the writers
        # are no persons of the news
        return
    credits = [(m.start(), m.end()) for m in _CREDIT.finditer(text)]
    tokens = split_tokens(text)
    used_until = -1
    for i in range(len(tokens)):
        if i < used_until:
            continue
        cand: Candidate | None = None
        plural = False
        pair: list[str] = []
        span = role_phrase(tokens, i, language)
        if span:
            start, end = span
            j = end
            complement = None
            both = _both_states(tokens, j, language)
            if both:  # "the presidents of both countries, X and Y": one role for the two names, no state for either
                j, plural = both, True
            elif language == "en" and j < len(tokens) and tokens[j].text in ("to", "of", "for"):
                k = j + 1 + (j + 1 < len(tokens) and tokens[j + 1].text == "the")
                while k < len(tokens) and (tokens[k].text[:1].isupper()
                                           or (tokens[k].text in ("of", "for", "and", "on") and k + 1 < len(tokens)
                                               and tokens[k + 1].text[:1].isupper()
                                               and not CALENDAR_WORD.match(tokens[k + 1].text))):
                    k += 1  # "ambassador to the UN, Sir Nicholas Pemberton", "head of the Bank of England, X"
                if k + 2 < len(tokens) and tokens[k].text == "(" and tokens[k + 2].text == ")":
                    k += 3  # "head of the International Atomic Energy Agency (IAEA), Rafael Grossi"
                k = delegation_noun(tokens, j, k)
                k = lower_complement(tokens, j, k)
                # (without the comma: "Premier of Queensland Steven Miles", "Cabinet Secretary for Interior X")
                j = k if k < len(tokens) and tokens[k].text == "," and k > j + 1 else unit_or_portfolio(tokens, j)
            elif language == "en" and j < len(tokens) and tokens[j].text == "on":
                # "special envoy on Myanmar X", "envoy on South Sudan, X"; "spokesperson on foreign affairs, X"
                j = on_state(tokens, j) or lower_complement(tokens, j, j + 1)
            elif language == "en":
                j = charge(tokens, j)  # "the Commission vice-president responsible for trade, X"
            comma_at = None if both else de_complement(tokens, j, language)
            if comma_at is not None:
                complement = text[tokens[j].start:tokens[comma_at - 1].end]
                j = comma_at
            comma = j < len(tokens) and tokens[j].text == ","
            k, words, honor = read_name(tokens, j + 1 if comma else max(j, end), language, after_role=True)
            words, k = trim_object_noun(words, k, doc.text, language)
            if len(words) > 1 and notnames.is_state(words):
                words = []  # „die Außenministerin Sierra Leones“: the state's genitive after the role, no person
            if words and not comma and k < len(tokens) and language == "en" and tokens[k].text in en.ORG_HEADS:
                words = []  # "the Official Creditor Committee met": the role word opens a body's name, no person's
            if comma and len(words) < 2 and not (complement and words and k < len(tokens)
                                                 and tokens[k].text == ","):
                words = []  # "der Präsident des Verbands, Entrup, sagte": a lone name between commas
            if words:
                cand = Candidate(" ".join(words), sentence, tokens[i].start, both_states=bool(both))
                first = truncated_start(tokens, start, language)  # „Außen- und Handelsminister“
                det, adjectives = left_context(tokens, first, language, cand)
                cand.country = cand.country or possessive_country(tokens, first, language)
                if not cand.country:  # "Kenyan officials, including Foreign Minister X"
                    cand.country = group_member_state(text[:tokens[first].start], language)
                pair = coordinated_states(tokens, first, language)
                if both and not pair:  # „beider Länder“: the two states named together last, in that order
                    pair = _last_state_pair(doc, sentence, tokens[start].start)
                if pair:  # "the Armenian and Azerbaijani foreign ministers, X and Y": X is Armenia's
                    cand.country = pair[0]
                head = " ".join(t.text for t in tokens[start:j if complement is None and not both else end])
                if first < start:
                    head = text[tokens[first].start:tokens[start].start] + head
                if language == "de" and plural:
                    role = _singular_de(head)
                elif language == "de":
                    role = nominative_de(det, adjectives, head)
                    if complement:
                        role = f"{role} {complement}"
                        # „der Präsident Kenias, X“, „ihr Amtskollege aus Aserbaidschan, X“
                        state = genitive_state(complement, language) or complement_state(complement, language)
                        if state:
                            cand.country = cand.country or state
                        else:
                            cand.relation = re.sub(r"^(?:von|vom|des|der)\s+", "", complement)
                else:
                    phrase = text[tokens[start].start:tokens[(end if both else j) - 1].end]
                    phrase = rank_title(en.ROLE_ABBREVIATIONS.get(phrase.rstrip("."), phrase))
                    plural = any(phrase.casefold().endswith(h) for h in en.PLURAL_ROLE_HEADS)
                    if plural:
                        phrase = phrase[:-1]
                    role = " ".join([*adjectives, phrase])
                earlier = (earlier_office(text[:tokens[start].start], language)
                           or earlier_national_office(text[:tokens[first].start], language, cand))
                if earlier:  # "Der Ecowas-Sondergesandte, der ehemalige nigerianische Präsident X"
                    role = f"{earlier}, {role}"
                    cand.international = cand.international or bool(INTERNATIONAL.search(earlier))
                cand.role = role
                role_country(role, doc, cand)
                owner = possessor_before(tokens, first, language)
                if owner and not cand.relation and re.search((de if language == "de" else en).AIDE_ROLES,
                                                              role.casefold()):
                    cand.relation = owner  # "Putin's spokesman X": the aide serves Putin's state
                if now_international(text[:tokens[start].start], None):
                    cand.country, cand.international = None, True  # "the AU's envoy, former Kenyan minister X"
                if len(tokens) > start - 1 >= 0 and tokens[start - 1].text in ("Deren", "deren", "Dessen", "dessen"):
                    cand.relation = "deren"
                end_index = k
                if complement is not None:
                    used_until = start + 1
        if cand is None:
            k, words, honor = read_name(tokens, i, language)
            words, k = trim_object_noun(words, k, doc.text, language)
            if not words:
                continue
            if language == "en" and i > 0 and tokens[i - 1].text in ("of", "for", "and"):
                # "Minister of Economic Planning Kabo Sello said": the office's portfolio opens no name
                lead = 0
                while len(words) - lead > 2 and words[lead] in PORTFOLIO_WORDS and not is_given(words[lead]):
                    lead += 1
                words = words[lead:]
            if any(lo <= tokens[i].start < hi for lo, hi in credits):
                used_until = k  # "Foto: APA/Georg Roe", "Photo: Jane Roe/Reuters": who took the picture
                continue
            known = known_candidate(doc, found, [*honor, *words])
            if notnames.names_no_person(tokens, i, words) or " ".join(words) in cities(language):
                # "the BRP Teresa Magbanua", "Southern California Edison said", "White House said", "the US
                # Embassy in Kuala Lumpur said": a gazetteer city is no person
                used_until = k
                continue
            listed = listed_holder(words, language)
            if listed:
                words = listed.split()
            nxt = tokens[k].text if k < len(tokens) else ""
            prev = tokens[i - 1].text.casefold() if i > 0 else ""
            party = re.match(r"\s*\(([^)]+)\)", text[tokens[k - 1].end:]) if k > i else None
            strong = (is_given(words[0]) or bool(honor) or bool(listed)
                      or (party is not None and party.group(1) in {**de.PARTIES, **en.PARTIES})
                      or (len(words) >= 2 and (prev in de.SPEECH_VERBS or prev in en.SPEECH_VERBS
                                               or nxt.casefold() in en.SPEECH_VERBS | de.SPEECH_VERBS))
                      or (len(words) >= 2 and apposition(text, after_final_verb(text, tokens[k - 1].end, language),
                                                          language) is not None)
                      # "Kabo Sello, 54, said", "Ana Tui, 31, a nurse,", „Kabo Sello (54) sagte“: only a person is
                      # given an age
                      or (len(words) >= 2 and prev not in _ARTICLES and _aged(text[tokens[k - 1].end:], language))
                      # "Rachel Moss, who chairs the committee, said": "who" refers to a person
                      or (len(words) >= 2 and language == "en" and re.match(r"\s*,\s*who\s", text[tokens[k - 1].end:])
                          is not None))
            if known is not None and not known.role and k > i:
                later = apposition(text, tokens[k - 1].end, language)  # "Mr X, the minister for ...,"
                if later:
                    known.role = later
                    apposition_country(later, known, language)
            if known is not None or not strong or (len(words) < 2 and not honor and not listed) \
                    or (not honor and not is_given(words[0]) and notnames.context_names_no_person(tokens, i, language)):
                used_until = k
                continue
            cand = Candidate(" ".join(words), sentence, tokens[i].start)
            cand.country = (possessive_country(tokens, i, language) or us_label_before(tokens, i, language)
                            or group_member_state(text[:tokens[i].start], language))  # "…, including X"
            end_index = k
        complete_candidate(doc, cand, tokens, end_index, found)
        if (plural or pair) and end_index < len(tokens):
            add_coordinated(doc, cand, tokens, end_index, found, pair[1] if len(pair) == 2 else None)
        if used_until <= i:
            used_until = end_index


_BOTH = {
    "de": frozenset({("beider", "Länder"), ("beider", "Staaten"), ("beider", "Seiten"), ("der", "beiden", "Länder"),
                     ("der", "beiden", "Staaten"), ("beider", "Regierungen"), ("der", "beiden", "Regierungen")}),
    "en": frozenset({("of", "both", "countries"), ("of", "both", "states"), ("of", "both", "sides"),
                     ("of", "the", "two", "countries"), ("of", "both", "nations"), ("of", "the", "two", "states")}),
}


def _both_states(tokens: list[Tok], j: int, language: str) -> int | None:
    """The comma after „beider Länder“ / "of both countries" right after a plural role; else None."""
    for size in (2, 3, 4):
        if j + size + 1 < len(tokens) and tuple(t.text for t in tokens[j:j + size]) in _BOTH.get(language, ()) \
                and tokens[j + size].text == ",":
            return j + size
    return None


_PAIR_JOIN = re.compile(r"\s+(?:und|and|sowie)\s+$")


def _last_state_pair(doc: Doc, sentence: Sentence, before: int) -> list[str]:
    """The last two states joined by "und"/"and" before ``before`` in the sentence, else in the nearest sentence
    before it that joins two („zwischen Armenien und Aserbaidschan … die Aussenminister beider Länder, X und Y“);
    [] when none.  (Only for the rare „beider Länder“ role: the sentences are read once per such role.)"""
    texts = [sentence.text[:before], *(s.text for s in reversed(doc.sentences[:sentence.index]))]
    for text in texts:
        found = countries_in(text, doc.language)
        for (_s1, end1, code1), (start2, _e2, code2) in reversed(list(pairwise(found))):
            if code1 != code2 and _PAIR_JOIN.match(text[end1:start2] + " "):
                return [code1, code2]
    return []


def _singular_de(head: str) -> str:
    """The singular of a German plural role noun: „Präsidenten“ -> „Präsident“, „Aussenministern“ ->
    „Aussenminister“, „Ministerinnen“ -> „Ministerin“, „Staatschefs“ -> „Staatschef“."""
    if head.endswith("innen"):
        return head[:-3]
    for cut in (1, 2):  # (dative „-n“ of „-er“ nouns, weak „-en“, „-s“)
        if head.endswith(("n", "s") if cut == 1 else "en") and mentions.is_role_noun(head[:-cut], "de"):
            return head[:-cut]
    return head


_AGE = re.compile(r"\s*,\s*(\d{2,3}),\s+(\w+)")
_AGE_BRACKETED = re.compile(r"\s*\((\d{2,3})\)")
# (after an article two capitalised words are a German noun and its name: „die Bundesstraße Nord (54)“)
_ARTICLES = frozenset("der die das den dem des ein eine einem einen einer eines the a an".split())


def _aged(after: str, language: str) -> bool:
    """An age right after a name: in brackets („Kabo Sello (54)“), or in English between commas, then a verb of
    saying, "who" or an apposition's article ("Kabo Sello, 54, said")."""
    bracketed = _AGE_BRACKETED.match(after)
    if bracketed:
        return 15 <= int(bracketed.group(1)) <= 110
    m = _AGE.match(after) if language == "en" else None
    return m is not None and 15 <= int(m.group(1)) <= 110 \
        and (m.group(2).casefold() in en.SPEECH_VERBS or m.group(2) in ("who", "a", "an", "the"))


def run(doc: Doc) -> None:
    found: dict[str, Candidate] = {}
    for sentence in doc.sentences:
        _find(doc, sentence, found)
    for cand in found.values():
        role = introduced_role(doc, cand, found)  # "…, the Foreign Secretary said. Anna Berg told MPs …"
        if role:
            cand.role = role
            role_country(role, doc, cand)
    finish_countries(doc, found)
    staff = _staff(doc)
    ordered = sorted((c for c in found.values() if c.name.upper() not in staff and not _author_only(doc, c)),
                     key=lambda c: (c.sentence.index, c.position))
    doc.persons = [Person(id=fact_id("person", c.name), evidence=c.sentence.text, review=c.review,
                          name=c.name, role=c.role, country=c.country) for c in ordered]
    _collect_aliases(doc)
    link_role_references(doc)


def _staff(doc: Doc) -> set[str]:
    """Names a transcript labels as the outlet's staff ("RACHEL ROE, HOST:"): journalists, no persons of the news."""
    labels = credit_words.STAFF_LABELS.get(doc.language)
    if not labels:
        return set()
    return set(re.findall(rf"(?m)^\s*((?:[A-ZÄÖÜ][A-ZÄÖÜ'’-]+ )+[A-ZÄÖÜ][A-ZÄÖÜ'’-]+),\s*(?:{labels})\s*:", doc.text))


def _author_only(doc: Doc, cand: Candidate) -> bool:
    """A commentary's closing author line ("Jane Roe is a senior fellow at …. Views expressed are the author's
    own.") first names the author: a byline (CONVENTIONS §1), no person of the news."""
    last = next((s for s in doc.sentences if doc.sentences and s.block == doc.sentences[-1].block), None)
    return last is not None and cand.sentence.index == last.index and cand.position == 0 \
        and re.match(credit_words.AUTHOR_BIO.get(doc.language, "(?!)"), last.text) is not None


def _collect_aliases(doc: Doc) -> None:
    """Store the other spellings each person has in the article ("Selenskyjs", "Merz'")."""
    aliases: dict[str, list[str]] = {p.name: [] for p in doc.persons}
    for sentence in doc.sentences:
        for mention in mentions.name_mentions(doc, sentence.text):
            surface = sentence.text[mention.start:mention.end]
            if surface != mention.person.name and surface not in aliases[mention.person.name]:
                aliases[mention.person.name].append(surface)
    doc.persons = [replace(p, aliases=tuple(aliases[p.name])) for p in doc.persons]
