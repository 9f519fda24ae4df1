"""A remark whose speaker the text does not name, an outlet's report, a statistics release, or a
remark not made is no event (one stage helper of ``events``).

"A senior official said on Tuesday that …", „Aus Regierungskreisen hieß es am Montag, …“: the date
is when the news was passed on, by someone the article keeps anonymous; such a remark reports the
news rather than making it.  Only a statement is dropped so — a meeting, call or visit told in the
same sentence stays — and only when the draft has no named party at all and is not the headline's
(the headline's statement is the main news, CONVENTIONS §7).  The speaker cues are data per
language (``UNNAMED_SPEAKER_PATTERNS`` in ``lang/*_time.py``).
"""

from __future__ import annotations

import re

from lagebild.extract.datefind import DateMention, inside, lang_data, quote_spans
from lagebild.extract.eventdraft import STRONG, Trigger, clause_of, split_clauses


def _speech_clauses(text: str, mention: DateMention, trigger: Trigger | None) -> str:
    """The clauses of the date and of its verb, with quotations blanked out."""
    clauses = split_clauses(text)
    spans = [clause_of(mention.start, clauses)]
    if trigger is not None:
        spans.append(clause_of(trigger.start, clauses))
    lo, hi = min(s[0] for s in spans), min(max(s[1] for s in spans), len(text))
    quotes = quote_spans(text)
    return "".join(" " if inside(i, quotes) else text[i] for i in range(lo, hi))


def unnamed_remark(text: str, mention: DateMention, trigger: Trigger | None, kind: str,
                   persons: bool, parties: bool, language: str) -> bool:
    """Whether the dated draft is a remark of someone the text does not name.

    ``kind`` is the draft's kind; ``persons`` whether a person is named where it is dated, ``parties``
    whether the draft has a participant.  A body or country named only in the unnamed speaker's own
    phrase ("a White House official said", "U.S. officials said", „ein EU-Diplomat sagte“) names no
    speaker; one named elsewhere in the clause does.  A verb of saying the lexicon does not know
    ("warned") leaves ``trigger`` None.
    """
    if persons or kind not in ("statement", "announcement", "other"):
        return False
    words = set(re.findall(r"[\wäöüß]+", text.lower()))
    data = lang_data(language)
    if trigger is not None and (trigger.source == STRONG or trigger.kind not in ("statement", "announcement")):
        return False  # "the briefing on Tuesday", "visited on Monday": an event word of its own
    if trigger is None and not words & (set(data.SPEECH_PAST) | {"hieß", "hiess", "verlautete"}):
        return False  # no verb of saying at all: not a remark
    clause = _speech_clauses(text, mention, trigger)
    found = [m for p in data.UNNAMED_SPEAKER_PATTERNS for m in re.finditer(p, clause)]
    if not found:
        return False
    # The unnamed speaker is the subject: the clause opens with it (after at most a date or a word).
    subject = any(len(clause[:m.start()].split()) <= 3 for m in found)
    return subject or not parties


def reported_by_media(text: str, mention: DateMention, language: str) -> bool:
    """The date is a report's: it follows a word of reporting right away ("…, state media reported on
    Thursday", "according to media reports on Monday", „meldete das Staatsfernsehen am Donnerstag“ —
    up to three words between).  An outlet is a source and its report no event (CONVENTIONS §7, §10);
    what it reports, told without a date of its own, is an undated event."""
    before = re.findall(r"[\wäöüß]+", text[:mention.start].lower())[-4:]
    return bool(set(before) & lang_data(language).MEDIA_REPORT_WORDS)


def declined_comment(text: str, mention: DateMention, language: str) -> bool:
    """The date's clause tells a remark not made ("declined to comment on Tuesday", „wollte sich am
    Dienstag nicht äußern“): nothing happened that day."""
    lo, hi = clause_of(mention.start, split_clauses(text))
    clause = text[lo:min(hi, len(text))]
    return any(re.search(p, clause) for p in lang_data(language).NO_COMMENT_PATTERNS)


def released_statistics(text: str, mention: DateMention, language: str) -> bool:
    """The date is a statistics release's ("prices rose 3%, data showed on Tuesday", „wie am Dienstag
    veröffentlichte Daten zeigten“): a noun of figures next to the date (three words either side) and a
    verb that releases them in its clause.  Figures coming out tell a level, not an occurrence."""
    data = lang_data(language)
    lo, hi = clause_of(mention.start, split_clauses(text))
    near = re.findall(r"[\wäöüß]+", text[max(lo, 0):mention.start].lower())[-3:] + re.findall(
        r"[\wäöüß]+", text[mention.end:min(hi, len(text))].lower())[:3]
    clause = set(re.findall(r"[\wäöüß]+", text[lo:min(hi, len(text))].lower()))
    return bool(set(near) & data.STATISTICS_NOUNS) and bool(clause & data.STATISTICS_VERBS)
