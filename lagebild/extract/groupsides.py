"""The sides a group noun points back to: "Die Delegationen sollen sich am 12. Januar in Genf treffen"
after „Gespräche zwischen Armenien und Aserbaidschan“, "The two leaders met again on Friday" after a
sentence naming both.  CONVENTIONS §7: a country takes part when the text names its delegation or
government as taking part — here only by a noun that refers to the sides just named."""

from __future__ import annotations

import re

from lagebild.extract.doc import Doc, Sentence
from lagebild.extract.eventparts import actors_in, persons_in
from lagebild.extract.lang import participants

# Nouns that point back without a number ("die Delegationen", "the sides"); the others need one
# ("die beiden Länder", "the three countries"): "die Staaten" alone may be any states.
_WITHOUT_COUNT = frozenset({"seiten", "delegationen", "verhandlungsparteien", "konfliktparteien", "unterhändler",
                            "verhandlungsführer", "sides", "delegations", "negotiators", "parties"})
# How many sentences back the sides "between" whom talks go on may be named; others only in the sentence
# right before or in the same paragraph.
_LOOK_BACK = 4


def group_sides(doc: Doc, sentence: Sentence, text: str) -> list[str]:
    """The countries (or persons, for "the two leaders") a group noun in ``text`` points back to; []
    when ``text`` has none or no sentence just before names that many sides."""
    pair = participants.BARE_PAIR.get(doc.language)
    if pair and re.search(pair, text):
        return _sides_before(doc, sentence, 2, people=True) or _sides_before(doc, sentence, 2, people=False)
    pattern = participants.GROUP_ANAPHOR.get(doc.language)
    found = re.search(pattern, text) if pattern else None
    if found is None:
        return []
    noun = found.group("noun").lower()
    word = found.group("count") or found.group(0).split()[0]
    count = participants.GROUP_COUNTS.get(word.lower())
    if count is None and noun not in _WITHOUT_COUNT:
        return []
    people = noun in participants.GROUP_PERSON_NOUNS
    if people and count is None:
        return []
    sides = _sides_before(doc, sentence, count, people)
    if not sides and not people and noun in _SIDES and count in (None, 2) and not _AFTER_PREPOSITION.search(
            text[:found.start()]):  # (not "jobs on both sides of the border", „Opfer auf beiden Seiten“)
        sides = _sides_between_before(doc, sentence)  # „Bereits im März hatten beide Seiten … abgebrochen“
    return sides


# Nouns of the two sides of one relation ("beide Seiten", "both sides"), named once as "zwischen X und Y".
_SIDES = frozenset({"seiten", "sides"})
_AFTER_PREPOSITION = re.compile(r"(?i)\b(?:on|from|of|to|for|in|at|with|auf|von|an|zu|für|mit|in|aus)\s*$")


def _sides_between_before(doc: Doc, sentence: Sentence) -> list[str]:
    """The two sides the nearest earlier sentence names as those "between" whom something goes on
    („Gespräche zwischen der EU und den USA“), however far back: the sides of the story's relation."""
    for index in range(min(sentence.index, len(doc.sentences)) - 1, -1, -1):
        sides = _between(doc, doc.sentences[index])
        if sides:
            return sides if len(sides) == 2 else []
    return []


def _sides_before(doc: Doc, sentence: Sentence, count: int | None, people: bool) -> list[str]:
    """The sides the nearest sentence before names, when it names ``count`` of them (or two or more):
    the sides "between" whom something goes on (up to a few sentences back), else all the states and
    bodies the sentence just before (or one in the same paragraph) names as acting."""
    for back in range(1, _LOOK_BACK + 1):
        index = sentence.index - back
        if index < 0 or index >= len(doc.sentences):
            break
        before = doc.sentences[index]
        near = back == 1 or before.block == sentence.block
        sides = _persons(doc, before) if people else _between(doc, before)
        if not sides and near and not people:
            sides = _acting(doc, before.text, before.index)
        if (people and not near) or not sides:
            continue
        if len(sides) == count if count is not None else len(sides) >= 2:
            return sides
    return []


def _between(doc: Doc, sentence: Sentence) -> list[str]:
    """The states and bodies of a sentence's "zwischen X und Y" ("talks between Armenia and Azerbaijan")."""
    between = participants.BETWEEN.get(doc.language)
    found = re.search(between, sentence.text) if between else None
    return _acting(doc, found.group(0), sentence.index) if found is not None else []


def _acting(doc: Doc, text: str, sentence_index: int) -> list[str]:
    """The states and bodies ``text`` names as acting (no persons)."""
    bodies = {o.name for o in doc.organizations}
    return [n for n in actors_in(doc, text, sentence_index) if re.fullmatch(r"[A-Z]{2}", n) or n in bodies]


def _persons(doc: Doc, sentence: Sentence) -> list[str]:
    acting = set(actors_in(doc, sentence.text, sentence.index))
    return [p.name for p in persons_in(doc, sentence.text) if p.name in acting]
