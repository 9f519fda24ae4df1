"""Which part of a sentence that tells several dated events is each date's: the clauses around
the date, its event word, and the names there (one stage helper of ``events``)."""

from __future__ import annotations

import re

from lagebild.extract.datefind import DateMention, lang_data
from lagebild.extract.eventdraft import STRONG, Trigger, clause_of, split_clauses


def own_clauses(text: str, mention: DateMention, dated: list[DateMention],
                 trigger: Trigger | None) -> tuple[int, int]:
    """The clauses of a sentence with several dates that belong to this one: nearer to it than to any
    other, except that a date opening its clause starts a new part ("Am Dienstag traf er die Kollegen
    aus Tschechien, der Slowakei und Ungarn, am Mittwoch tauschte er sich … aus": the list before
    "am Mittwoch" is still Tuesday's)."""
    clauses = split_clauses(text)
    index = {c: i for i, c in enumerate(clauses)}
    home = index.get(clause_of(mention.start, clauses), 0)
    others = [index.get(clause_of(m.start, clauses), 0) for m in dated if m is not mention]
    opening = {index.get(clause_of(m.start, clauses), 0) for m in dated if _opens_clause(text, m, clauses)}
    mine = [i for i in range(len(clauses)) if _belongs_to(i, home, others, opening)]
    if trigger is not None:
        told = index.get(clause_of(trigger.start, clauses), home)
        # "…, am Mittwoch tauschte sie sich in Oslo … aus": a clause the date opens and that goes on
        # with its own verb phrase does not reach back to another date's verb and the names around it.
        # (another date's clause with the verb lends its subject only: ``events`` adds who comes before
        # the verb; "meet A on Monday, and B on Wednesday" does not give Wednesday A)
        if told not in others:
            mine.append(told)
    lo, hi = clauses[min(mine)][0], clauses[max(mine)][1]
    return lo, min(hi, len(text))


def _opens_clause(text: str, mention: DateMention, clauses: list[tuple[int, int]]) -> bool:
    """'am Mittwoch tauschte er sich …', 'und am Mittwoch', 'on Tuesday he met': at most one word before the date."""
    start = clause_of(mention.start, clauses)[0]
    return len(re.findall(r"\S+", text[start:mention.start])) <= 1


def _says_more(text: str, mention: DateMention, clause: tuple[int, int]) -> bool:
    """More than a place after the date ('am Dienstag in Rom' says no more; 'am Mittwoch tauschte sie
    sich in Oslo aus' does)."""
    return len(re.findall(r"\S+", text[mention.end:clause[1]])) >= 4


def _belongs_to(clause: int, home: int, others: list[int], opening: set[int]) -> bool:
    """Whether a clause of the sentence is the date's in ``home``'s: its own clause, the clauses after it
    up to a clause a date opens, otherwise the nearer date's."""
    if clause == home:
        return True
    if clause in others:
        return False
    before = [d for d in [home, *others] if d < clause]
    after = [d for d in [home, *others] if d > clause]
    if before and after and min(after) in opening:
        return max(before) == home  # the next date opens a new part: this clause is the previous date's
    return all(abs(clause - home) <= abs(clause - o) for o in others)


# (an adverb of place or sequence may stand between: „fliegt am Sonntag nach Riad und dort am Montag …“)
_CONJUNCTION = re.compile(r"(?i)\b(?:und|and|sowie|then|dann)\s+(?:(?:dort|there|danach|anschließend|später"
                          r"|later|then|dann)\s+)?(?:(?:am|an|on|at|vom|the)\s+)?$")


def others_in_clause(text: str, mention: DateMention, dated: list[DateMention],
                     trigger: Trigger | None) -> list[tuple[int, int]]:
    """Stretches of the date's own clause that belong to another date in it: "spoke to Lutnick on
    Monday and Greer on Tuesday" gives Tuesday "and Greer on Tuesday" and Monday "to Lutnick on
    Monday"; a date after a conjunction owns what follows it ("und am Mittwoch Y")."""
    clauses = split_clauses(text)
    home = clause_of(mention.start, clauses)
    mine = sorted((m for m in dated if clause_of(m.start, clauses) == home), key=lambda m: m.start)
    if len(mine) < 2:
        return []
    parts: list[tuple[int, int]] = []
    for i, m in enumerate(mine):
        if m is mention:
            continue
        if _CONJUNCTION.search(text[home[0]:m.start]):
            end = mine[i + 1].start if i + 1 < len(mine) else home[1]
            parts.append((m.start, end))
            continue
        start = mine[i - 1].end if i > 0 else home[0]
        if trigger is not None and start <= trigger.start < m.start:
            start = trigger.end  # the verb and who comes before it are every date's
        end = m.end
        joined = _CONJUNCTION.search(text[m.end:mention.start]) if m.start < mention.start else None
        if joined is not None:  # "traf am Montag X und am Dienstag Y": X, before "und am Dienstag", is Monday's
            end = m.end + joined.start()
        parts.append((start, end))
    return parts


def subordinate_scope(text: str, mention: DateMention, trigger: Trigger | None,
                      subordinators: frozenset[str]) -> tuple[int, int] | None:
    """'… called on Iran to act before the Board meets in Vienna on 2 March': when the date and its
    event word follow a temporal subordinator inside their clause, the event is told from there to
    the clause's end, and the main clause's actors take no part in it."""
    if trigger is None or trigger.source == "noun":
        return None  # "after his election victory": a preposition before a noun, no clause of its own
    lo, hi = clause_of(mention.start, split_clauses(text))
    if not lo <= trigger.start < hi:
        return None
    first = min(mention.start, trigger.start)
    found = [m for m in re.finditer(r"[\wÄÖÜäöüß]+", text[lo:first]) if m.group(0).lower() in subordinators]
    if not found or not text[lo:lo + found[-1].start()].strip():
        return None  # no subordinator, or it opens the clause: the whole clause tells the event
    return lo + found[-1].start(), min(hi, len(text))


def without_purpose(text: str, language: str) -> str:
    """A trip's sentence without whom the trip is for ("for talks with his counterparts")."""
    for pattern in lang_data(language).PURPOSE_PATTERNS:
        text = re.sub(pattern, lambda m: re.sub(r"\S", " ", m.group(0)), text)
    return text


_ARTICLES = frozenset({"der", "die", "das", "dem", "den"})


def in_subordinate_clause(text: str, mention: DateMention, trigger: Trigger | None, language: str) -> bool:
    """The date and its event word are told only in a clause that another one frames ("…, which will be
    signed Saturday", "Before they began talks on Thursday", ", die am Samstag unterzeichnet werden
    soll"): background the sentence mentions, less sure than its main news (review: guessed)."""
    clauses = split_clauses(text)
    home = clause_of(mention.start, clauses)
    if trigger is not None and not home[0] <= trigger.start < home[1]:
        return False
    first = re.match(r"\s*(?:[(\"“„]\s*)?([\wÄÖÜäöüß]+)", text[home[0]:home[1]])
    if not first:
        return False
    word = first.group(1).lower()
    if word not in lang_data(language).SUBORDINATORS:
        return False
    # "der", "die", "das" open a relative clause only after a comma ("Brüssel: Die 28 …" is a main clause).
    return language != "de" or text[max(0, home[0] - 2):home[0]].startswith(",") or word not in _ARTICLES


# A coordinated verb phrase of its own: "… teil und wird dort auch X treffen", "… and will also meet X".
# Also a present-tense verb that goes on "there" or "also" ("… teil und trifft dort auch X").
_COORDINATED_PART = re.compile(
    r"\s(?:und|and)\s+(?:(?:wird|werden|will|would|soll|sollen)\b|(?=[\wäöüß]+\s+(?:dort|auch|there|also)\b)|(?=(?:also|auch)\s))")
_MEETING_KINDS = frozenset({"meeting", "talks", "call"})


def coordinated_meeting(text: str, trigger: Trigger | None, triggers: list[Trigger]) -> tuple[int, Trigger] | None:
    """Where a coordinated verb phrase after the date's event word starts that tells a meeting, talks or
    a call of its own ("nimmt heute an den Beratungen teil und wird dort auch X treffen"), and its
    event word: a second event of the same day (CONVENTIONS §7: two occurrences in one sentence)."""
    if trigger is None:
        return None
    for cut in _COORDINATED_PART.finditer(text, trigger.end):
        own = [t for t in triggers if t.start >= cut.end() and t.kind in _MEETING_KINDS
               and t.source != STRONG and t is not trigger]
        if own:
            return cut.start(), own[0]
    return None


def without_coordinated_meeting(text: str, trigger: Trigger | None, triggers: list[Trigger]) -> str:
    """``text`` without a coordinated verb phrase, after the date's event word, that tells a meeting of
    its own ("nimmt heute an den Beratungen teil und wird dort auch X und Y treffen"): whom the
    subject will meet there is no party to the first event (same length, blanked)."""
    second = coordinated_meeting(text, trigger, triggers)
    if second is None:
        return text
    return text[:second[0]] + re.sub(r"\S", " ", text[second[0]:])


def times_the_verb(text: str, mention: DateMention, trigger: Trigger) -> bool:
    """A time of day in the verb's own clause ("hat am Nachmittag telefoniert") or set before it alone
    ("On the same day, X signed"); not one of a clause that reports it ("…, wie es in der Nacht hieß")."""
    clauses = split_clauses(text)
    home = clause_of(mention.start, clauses)
    if home == clause_of(trigger.start, clauses):
        return True
    return mention.start < trigger.start and len(text[home[0]:home[1]].strip(" ,;:")) <= len(mention.text) + 4
