"""A short, factual headline for an article that has none.

Pasted web articles often come without a headline (the seed has none).  A cut
first sentence makes a poor title, so the headline is built from what the
article is about: its most salient topic noun (the one repeated most, in the
text and its subheadings, that is not a name, a country, a role or a date
word) and the countries it names most often, e.g.
„Sicherheitsgarantien: Ukraine, USA und Deutschland“.  Every word of it
stands in the article or is a country's name.
"""

from __future__ import annotations

import re
from collections import Counter

from lagebild.extract.doc import Doc
from lagebild.extract.entities import countries_in, country_of_word
from lagebild.extract.lang import de_dates, en_dates
from lagebild.extract.mentions import is_role_noun
from lagebild.i18n import country_name

MIN_TOPIC_COUNT = 2
MAX_ACTORS = 3
# Nouns too general to say what an article is about.
_GENERIC = {
    "de": frozenset("""
        Angaben Anfang Bemühungen Bereitschaft Bezug Details Diskussionen Ende Entwicklung Entwicklungen
        Ergebnisse Frage Fragen Gespräch Gespräche Gesprächen Hinsicht Jahr Jahre Jahren Kontext Land Länder
        Ländern Mittelpunkt Nationen Notwendigkeit Partner Partnern Rahmen Region Rolle Seite Staaten Teil
        Vertreter Vertretern Woche Wochen Zeit Treffen Treffens Sitzung Äußerung Wendung Zusammenhang
        Regierung Regierungen Minister Ministerin Lage Weitere Details Bericht Berichten Informationen
        Milliarden Millionen Prozent Kilometer Tonnen Dollar Franken Zweiten Dritten Gastgeber Gastgeberin
    """.split()),
    "en": frozenset("""
        about after again against already also although among another around because before being between
        could during every first further might other their there these those though three under until which
        while would where whether years months weeks today statement officials people countries nations
        talks meeting meetings said told added according including called ahead since still last later next
        month week after year government minister ministers spokesman spokeswoman president leader leaders
        sides since expected agreed percent number world united states billion million dollars their
    """.split()),
}
_WORD = {"de": re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]{5,}\b"), "en": re.compile(r"\b[a-z]{5,}\b")}


def _time_words(language: str) -> set[str]:
    data = de_dates if language == "de" else en_dates
    return {w.casefold() for w in (*data.MONTHS, *data.WEEKDAYS)}


def _stem(word: str) -> str:
    """Singular and plural, nominative and dative fall together: Garantie/Garantien, tariff/tariffs."""
    return re.sub(r"(en|n|s|e)$", "", word.casefold())


def salient_topic(doc: Doc) -> str | None:
    """The most repeated content noun of the article, in its most frequent spelling."""
    language = doc.language
    excluded = {t.casefold() for p in doc.persons for t in p.name.split()}
    excluded |= {t.casefold() for o in doc.organizations for t in re.split(r"[\s-]+", o.name)}
    excluded |= {t.casefold() for pl in doc.places for t in pl.name.split()}
    excluded |= _time_words(language)
    generic = {g.casefold() for g in _GENERIC[language]}
    counts: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = {}
    first_seen: dict[str, int] = {}
    texts = [(s.text, 1) for s in doc.sentences]
    texts += [(section.heading, 2) for section in doc.sections if section.heading]  # subheadings weigh double
    position = 0
    for text, weight in texts:
        for match in _WORD[language].finditer(text):
            word = match.group(0)
            position += 1
            if language == "de" and match.start() == 0:
                continue  # sentence-initial capitals say nothing in German
            lower = word.casefold()
            if language == "en" and lower.endswith(("ed", "ing", "ly", "ous", "ive", "ful", "al")):
                continue  # verbs, adverbs and adjectives: a topic is a noun
            if lower in excluded or lower in generic or country_of_word(word, language):
                continue
            if is_role_noun(word, language):
                continue
            stem = _stem(word)
            counts[stem] += weight
            spellings.setdefault(stem, Counter())[word] += weight
            first_seen.setdefault(stem, position)
    ranked = [s for s, c in counts.items() if c >= MIN_TOPIC_COUNT]
    if not ranked:
        return None
    best = max(ranked, key=lambda s: (counts[s], -first_seen[s]))
    word = spellings[best].most_common(1)[0][0]
    return word[:1].upper() + word[1:]


def main_countries(doc: Doc) -> list[str]:
    """The countries the article names most often, most frequent first, spelled as the article does."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    spellings: dict[str, Counter[str]] = {}
    for sentence in doc.sentences:
        for start, end, code in countries_in(sentence.text, doc.language):
            counts[code] += 1
            first.setdefault(code, sentence.start + start)
            surface = sentence.text[start:end]
            if sentence.text[end:end + 1] != "-" and _is_country_noun(surface, doc.language):
                spellings.setdefault(code, Counter())[surface] += 1
    ranked = sorted(counts, key=lambda code: (-counts[code], first[code]))
    return [_spelling(code, spellings.get(code), doc.language) for code in ranked[:MAX_ACTORS]]


def _spelling(code: str, seen: Counter[str] | None, language: str) -> str:
    """The article's most frequent spelling, unless it is an inflected form of the plain name."""
    plain = country_name(code, language)
    if not seen or plain in seen:
        return plain
    best = seen.most_common(1)[0][0]
    return plain if plain.startswith(best[:-1]) and best != plain and len(best) > len(plain) else best


def _is_country_noun(surface: str, language: str) -> bool:
    """'USA', 'Ukraine', 'South Korea' — not 'ukrainische', 'US-', 'Russlands', 'Britain's'."""
    if not surface[:1].isupper() or surface.endswith(("-", "'s", "’s")):
        return False
    if language == "de":
        return not re.search(r"(isch|ische[nmrs]?|s)$", surface) or surface.endswith("USA")
    return not re.search(r"(an|ese|ish|i)$", surface) or surface in ("Iran", "Oman", "Japan", "Taiwan")


def _join(items: list[str], language: str) -> str:
    if len(items) < 2:
        return "".join(items)
    conjunction = " und " if language == "de" else " and "
    return ", ".join(items[:-1]) + conjunction + items[-1]


def make_headline(doc: Doc) -> str | None:
    """'Topic: A, B und C', or None when the article gives too little to go on."""
    topic = salient_topic(doc)
    actors = main_countries(doc)
    if len(actors) < 2:
        actors = [p.name.split()[-1] for p in doc.persons[:MAX_ACTORS]]
    if topic and actors:
        return f"{topic}: {_join(actors, doc.language)}"
    return None
