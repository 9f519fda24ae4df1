"""The tense around a date: cues of future and past in the words near it, and past forms of verbs."""

from __future__ import annotations

import re
from functools import lru_cache

from lagebild.extract.datefind import lang_data
from lagebild.extract.lang import de_dates, de_tense, en_tense, past_forms

_WORD = re.compile(r"[\wÄÖÜäöüß'-]+")
_CLAUSE_BREAK = re.compile(r";|\s[–—-]\s|:\s")
_COMMA_BREAK = re.compile(r",\s|;|\s[–—-]\s|:\s")
# Two verb groups joined by "and"/"und" with their own auxiliary ("met on Monday and will meet again on
# Friday", "trafen sich am Montag und wollen am Freitag weiterverhandeln"): each date takes its own tense.
_COORD_BREAK = re.compile(
    r",\s|;|\s[–—-]\s|:\s|\s(?:and|but|und|aber)\s+(?=(?:[\w-]+\s+){0,2}?(?:will|would|shall|is|are|was|were|has|have"
    r"|had|wird|werden|wollen|will|soll|sollen|ist|sind|war|waren|hat|haben|hatte|hatten)\b)", re.IGNORECASE)


_PASSIVE_BE = re.compile(r"(?i)\b(?:be|being)\s+$")
# A German clause that ends in an infinitive and a form of "werden" is in the future tense
# ("…, wenn die Minister am Montag zusammentreten werden", "…, weil er dann vertreten sein wird").
_VERB_FINAL_FUTURE = re.compile(r"\s[a-zäöüß]+(?:en|ern|eln|sein)\s+(?:werden|wird|werde)\s*[.!?»“\"]*\s*$")


def tense_at(text: str, pos: int, language: str) -> int:
    """+1 when the words near ``pos`` speak of the future, -1 of the past, 0 when unclear.

    The comma clause around the date decides when it has cues ("Trump said
    afterward that he would travel to Beijing in April, a trip … have not
    confirmed"); otherwise the stretch up to a semicolon or dash.  Nearer cues
    weigh more.
    """
    for breaks in (_COORD_BREAK, _COMMA_BREAK, _CLAUSE_BREAK):
        start, end = 0, len(text)
        for br in breaks.finditer(text):
            if br.end() <= pos:
                start = br.end()
            elif br.start() >= pos:
                end = br.start()
                break
        score = _tense_score(text, start, end, pos, language)
        if score > 0.05:
            return 1
        if score < -0.05:
            return -1
    return 0


def _tense_score(text: str, start: int, end: int, pos: int, language: str) -> float:
    data = lang_data(language)
    score = 0.0
    if language == "de" and _VERB_FINAL_FUTURE.search(text, start, end):
        # "weil sie am 18. März vertreten sein werden": the clause's last verb group is its tense,
        # however far from the date; words between (adjectives in "-enden", "-ten") say nothing.
        score += 2.0
    for m in _WORD.finditer(text, start, end):
        word = m.group(0).lower()
        distance = abs(m.start() - pos) if m.start() > pos else abs(pos - m.end())
        weight = 1.0 / (1.0 + distance / 25.0)
        if word in data.CUES_AS_NOUNS and re.search(r"(?i)\b(?:the|a|an|its|his|her|their|this|that)\s+$",
                                                    text[max(0, m.start() - 8):m.start()]):
            continue  # "rejected the plan": a noun, no plan for the date
        if language == "en" and word.endswith("ed") and word in data.FUTURE_CUES and re.search(
                r"(?i)\b(?:its|his|her|their|our)\s+$", text[max(0, m.start() - 8):m.start()]):
            continue  # "ran nine hours past its scheduled close": a participle of its noun, not the clause's tense
        if word in data.FUTURE_CUES and re.search(r"(?i)\b(?:did|didn't|does|doesn't|do|don't)\s+(?:not\s+)?$",
                                                  text[max(0, m.start() - 16):m.start()]):
            score -= weight  # "did not attend": the base form after "did" is the past, no plan
        elif word in data.FUTURE_CUES and language == "de" and word.endswith("t") and _PLUPERFECT.search(
                text, start, end):
            continue  # „Sie hatte die Hauptstädte im April besucht“: a participle of the pluperfect, no plan
        elif word in data.FUTURE_CUES:
            score += weight
        elif language == "en" and _PASSIVE_BE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "will be held", "to be signed", "being held": a participle, not the past
        elif word in data.PAST_CUES or word in data.SPEECH_PAST:
            score -= weight * (0.5 if word in ("ist", "sind", "has", "have") else 1.0)
        elif irregular_past(m.group(0), language):
            score -= weight  # "Am Montag empfing …", "On Tuesday he flew …": a stem only the past has
        elif weak_past(m.group(0), language) and not (language == "de" and _attributive(text, m)):
            score -= 0.5 * weight
    return score


_PLUPERFECT = re.compile(r"\b(?:hatte|hatten|hattest)\b")
_NOUN_NEXT = re.compile(r"\s+[A-ZÄÖÜ]")
# (between article and participle only adverbs, adjectives or the agent: „des von der EU vermittelten“, not a
# noun that closes the article's phrase: „Bei einer Konferenz in Brüssel unterzeichneten Vertreter“)
DETERMINER_BEFORE = re.compile(r"\b(?i:der|die|das|des|dem|den|ein|eine|einer|eines|einem|einen|vom|im|zum|zur)\s+"
                                r"(?:(?i:von|vom|durch)\s+(?:(?i:der|dem|den)\s+)?[\wÄÖÜäöüß-]+\s+|[a-zäöüß][\w-]*\s+){0,3}$")


def _attributive(text: str, word: re.Match[str]) -> bool:
    """„des von der EU vermittelten Dialogs“: a declined participle between its article and its noun
    describes the noun; it is no verb of the clause and says nothing of its tense."""
    return (word.group(0).endswith(("en", "em", "er", "es")) and bool(_NOUN_NEXT.match(text, word.end()))
            and bool(DETERMINER_BEFORE.search(text, max(0, word.start() - 60), word.start())))


def irregular_past(word: str, language: str) -> bool:
    """Past forms with a changed stem ("empfing", "teilnahm", "flew"), from the grammar's closed list."""
    if not word[:1].islower():
        return False  # a capitalised German word is a noun ("Verbot", "Band"), or starts the sentence
    if language != "de":
        return word in past_forms.EN_IRREGULAR_PAST
    return _strong_preterite(word, plural=False) or (word.endswith("en") and _strong_preterite(word[:-2], plural=True))


@lru_cache(maxsize=4096)
def _strong_preterite(word: str, plural: bool) -> bool:
    """A strong preterite stem ("fing"), alone or after prefixes only ("emp-fing", "zusammen-kam").

    A plural after a prefix can be the past participle instead ("angeboten", "abgeschlossen",
    "verschoben": a plan in "soll … verschoben werden"), so it counts only when it cannot be one:
    no "ge" right before the stem, and not a stem in -o-, whose participle looks the same."""
    if word in past_forms.DE_STRONG_PRETERITE:
        return True
    for stem in past_forms.DE_STRONG_PRETERITE:
        if not word.endswith(stem) or stem in past_forms.DE_MIXED_WITHOUT_PREFIX:
            continue
        prefixes = word[:-len(stem)]
        if plural and (prefixes.endswith("ge") or "o" in stem):
            continue
        if _prefixes_only(prefixes):
            return True
    return False


def _prefixes_only(text: str) -> bool:
    if not text:
        return True
    return any(text.startswith(prefix) and _prefixes_only(text[len(prefix):]) for prefix in past_forms.DE_PREFIXES)


def weak_past(word: str, language: str) -> bool:
    """Regular past forms without a lexicon: "telefonierte", "urged"."""
    if not word[:1].islower() or len(word) < 5:
        return False
    if language == "de":
        strong = (re.fullmatch(r"ge\w{4,}en", word) and word not in de_tense.NOT_WEAK_PAST
                  and not word.endswith(de_tense.ADJECTIVE_ENDINGS))
        if re.fullmatch(r"ge\w{3,}t", word) or strong:
            return True  # participle: "gebilligt", "gegeben", "getroffen"
        if word in de_dates.RELATIVE_DAYS or word in de_tense.NOT_WEAK_PAST:
            return False  # "heute" ends like "sagte"
        return bool(re.fullmatch(r"\w{3,}(?:te|ten)", word)) and not word.endswith(
            ("ste", "sten", "itte", "itten", "weite", "weiten", "nte", "nten", *de_tense.PRESENT_IN_TEN))
    if word in en_tense.EED_PAST:
        return True  # "freed", "agreed": past forms that end like "need" or "proceed"
    return word.endswith("ed") and not word.endswith(("eed", "need"))
