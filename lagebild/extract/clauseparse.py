"""Who does what, clause by clause: a sentence split into its clauses (main, coordinated, relative,
subordinate, participial, infinitive, attribute: "…, backed by X"), each with the clause it hangs on
and whether it has a subject of its own.

The participant joiners ask it which stretches of a sentence can name the parties of an event told
at a position (``party_spans``, ``outside_parties``): the event's own clause, the subject of the
clause it hangs on when it has none of its own ("Merz flew to Paris on Monday, meeting Macron"), an
aside that describes the event's noun ("the incident, in which X fired …"); not an aside that tells
about someone else ("…, who had spoken with X", „…, nachdem X …“, "…, leaving X with …"), and not
the main clause when the event is told only inside such an aside with a subject of its own.

Cheap by design: commas, semicolons, colons and dashes cut a sentence into stretches; a stretch is
a clause of its own only when a word that opens a clause starts it (``lang/clauses.py``) and, for the
words that also open a phrase (German „die“, „während“, English "after"), when it has a verb (German:
a lower-case word at its end, the verb-final of a subordinate clause).  Anything else (a list of
names, an apposition) goes on with the clause before.  Linear in the sentence's length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lagebild.extract.lang import clauses as data
from lagebild.extract.lang import participants, past_forms

_CUT = re.compile(r"[,;:]\s+|\s[–—]\s+")
_WORD = re.compile(r"[\wÄÖÜäöüß'’-]+")
# English finite verb forms known without a lexicon: auxiliaries and modals; regular pasts by "-ed".
_EN_AUX = frozenset({"is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "may",
                     "might", "must", "shall", "should", "did", "does", "do", "be", "been"})
# German lower-case words that are no verb at a clause's end (a phrase ends there, not a subordinate clause)
_DE_NOT_VERB_END = frozenset({"und", "oder", "der", "die", "das", "den", "dem", "des", "ein", "eine", "statt"})


# German words that join the names of a list („der EU, Norwegens und der Färöer“)
_DE_LIST_WORDS = frozenset({"und", "oder", "sowie", "der", "die", "das", "des", "dem", "den", "von", "aus"})
# Personal pronouns: a clause whose subject is one takes it up from the clause it hangs on
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "er", "sie", "es", "wir"})
# Kinds of clause that tell about someone or something else; a coordinated clause with a subject of its
# own is mostly the same story told on ("Kosovo held elections on Sunday, and X's party won 44 per cent")
# (not an infinitive clause: it tells the event's purpose, and whom it names to meet is met there, „reiste
# nach Paris, um mit X zu sprechen“)
_ASIDE = frozenset({"relative", "attribute", "subordinate", "participial"})


@dataclass(frozen=True)
class Clause:
    """One clause: its stretches of the sentence (a clause interrupted by another has two), its kind,
    the index of the clause it hangs on (None for the first main clause) and whether it names a
    subject of its own (a subjectless coordinated, participial or infinitive clause shares its host's;
    a relative clause opened by "who"/„der“ has its antecedent as subject)."""

    spans: tuple[tuple[int, int], ...]
    kind: str
    host: int | None
    own_subject: bool

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]

    def holds(self, pos: int) -> bool:
        return any(lo <= pos < hi for lo, hi in self.spans)


def _pieces(text: str, language: str) -> list[tuple[int, int]]:
    """The stretches between commas and the like; English writes a subordinate clause after its main one
    without a comma ("…broke up in July after X insisted on …"): a stretch also starts at its opener."""
    cuts = [m.end() for m in _CUT.finditer(text)]
    bare = data.BARE_SUBORDINATE.get(language)
    if bare:
        cuts += [m.start(1) for m in re.finditer(rf"\s({'|'.join(sorted(bare))})\s", text)]
    bounds = [0, *sorted(set(cuts)), len(text)]
    return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1) if bounds[i] < bounds[i + 1]]


def _has_verb(words: list[str], language: str) -> bool:
    if language == "de":
        last = words[-1] if words else ""
        return bool(last) and last[:1].islower() and last not in _DE_NOT_VERB_END and not last.isdigit()
    return any(w in _EN_AUX or w in past_forms.EN_IRREGULAR_PAST or (w.endswith("ed") and len(w) > 4)
               for w in words if w[:1].islower())


def _kind(piece: str, language: str) -> tuple[str, bool] | None:
    """The kind of clause ``piece`` opens and whether it has a subject of its own; None: no clause."""
    words = _WORD.findall(piece.rstrip(" .!?\"“”„"))
    if not words:
        return None
    first, lower = words[0], [w.lower() for w in words]
    if not first[:1].islower() and not (language == "en" and first in ("Who", "Which")):
        return None
    head = lower[0]
    relative = data.RELATIVE.get(language, frozenset())
    verb = _has_verb(words, language)
    if head in relative and language == "de" and len(words) > 1 and words[1][:1].isupper() and (
            len(words) == 2 or words[2] in ("und", "oder", "sowie")
            or all(w[:1].isupper() or w in _DE_LIST_WORDS for w in words[1:])):
        return None  # „…, der Slowakei und Ungarns“: an article before a name of a list
    if head in relative or (head in data.RELATIVE_PREPOSITIONS.get(language, frozenset())
                            and len(lower) > 1 and lower[1] in relative and lower[1] not in ("the", "a")):
        # ("who met X", „der X traf“: its antecedent may be its subject; "whom X met", „mit dem X sprach“: X is)
        own = head not in ("who", "which", "der", "die", "das", "welcher", "welche", "welches")
        if language == "de" and not verb:
            return "relative?", own  # „die USA und China“: a list, unless a verb ends a stretch after it
        return "relative", own
    if head in data.SUBORDINATE.get(language, frozenset()):
        if language == "en" and head == "as" and len(lower) > 1 and lower[1] == "well":
            return None  # "as well as X": a list
        if not verb:  # "after talks with X", „während des Gipfels“: a phrase of the clause before
            return ("subordinate?", True) if language == "de" else None
        return "subordinate", True
    if head in data.INFINITIVE.get(language, frozenset()):
        if language == "de" and not any(w == "zu" or "zu" in w[2:-2] for w in lower[1:]):
            return None
        if language == "en" and (len(lower) < 2 or not lower[1][:1].isalpha() or lower[1] in ("the", "a", "an")):
            return None  # "to the summit": a phrase
        return "infinitive", False
    if head in data.COORDINATING.get(language, frozenset()):
        pattern = participants.SUBJECTLESS_CLAUSE.get(language)
        if pattern and re.match(pattern, piece):
            return "coordinated", False
        return ("coordinated", True) if verb else None
    if language == "en" and head.endswith("ing") and head not in data.PARTICIPLE_NOT.get(language, frozenset()):
        return "participial", False
    if language == "en" and head.endswith("ed") and len(lower) > 1 and lower[1] == "by":
        return "attribute", True  # "…, backed by X": describes the noun before it, X is its agent
    return None


@lru_cache(maxsize=256)
def parse(text: str, language: str) -> tuple[Clause, ...]:
    """The clauses of ``text`` in order of their first stretch (read once per sentence: every date of
    a sentence asks)."""
    found: list[tuple[list[tuple[int, int]], str, int | None, bool]] = []
    open_main = None  # the clause a stretch that opens nothing goes on with
    pieces = _pieces(text, language)
    skip = 0
    for n, (lo, hi) in enumerate(pieces):
        if n < skip:
            continue
        kind = _kind(text[lo:hi], language) if lo > 0 else None
        if kind is not None and kind[0].endswith("?"):
            # a German relative or subordinate clause runs on to the stretch its verb ends (a list inside it)
            ending = next((k for k in range(n + 1, min(n + 4, len(pieces)))
                           if _kind(text[slice(*pieces[k])], language) is not None
                           or _has_verb(_WORD.findall(text[slice(*pieces[k])].rstrip(" .!?")), language)), None)
            if ending is None or _kind(text[slice(*pieces[ending])], language) is not None:
                kind = None
            else:
                hi, skip, kind = pieces[ending][1], ending + 1, (kind[0][:-1], kind[1])
        if kind is None and found and open_main is not None:
            target = found[-1] if _continues_last(found[-1][1], text[lo:hi], language) else found[open_main]
            target[0].append((lo, hi))
            continue
        if kind is None:  # the first stretch, or the main clause after leading subordinate ones
            kind = ("main", True)
            open_main = len(found)
            found.append(([(lo, hi)], kind[0], None, kind[1]))
            continue
        found.append(([(lo, hi)], kind[0], open_main, kind[1]))
    # leading subordinate clauses hang on the main clause after them
    main = next((i for i, c in enumerate(found) if c[1] == "main"), None)
    return tuple(Clause(tuple(spans), kind, (main if host is None and kind != "main" else host)
                        if not (kind == "main" and i == main) else None, own)
                 for i, (spans, kind, host, own) in enumerate(found))


def _continues_last(kind: str, piece: str, language: str) -> bool:
    """Whether a stretch that opens nothing goes on with the embedded clause just before it (a list
    or apposition of that clause: "…, who met Rubio, Macron and Merz") rather than with the main one.
    A German relative or subordinate clause ends with its verb; an English one ends where a verb of
    the main clause follows ("The envoy, who met Rubio, said …")."""
    if kind in ("main",):
        return False
    if language == "de":
        # „…, die verlangt, dass der Bundesrat …“: what the embedded clause's verb says or asks for
        first = _WORD.match(piece.lstrip())
        return first is not None and first.group(0) in data.COMPLEMENT_OPENERS.get(language, frozenset())
    words = _WORD.findall(piece)
    return not (words and words[0][:1].islower())


def party_spans(clauses: tuple[Clause, ...], positions: tuple[int, ...], text: str,
                german: bool = False) -> list[tuple[int, int]]:
    """The stretches that can name the parties of an event told at ``positions`` (its date and
    event word): the clauses holding them, and for such a clause without a subject of its own the
    clause it hangs on up to its first embedded clause (its subject stands there), recursively; a
    relative clause's antecedent is the words before it."""
    keep: list[tuple[int, int]] = []
    seen: set[int] = set()
    todo = [i for i, c in enumerate(clauses) if any(c.holds(p) for p in positions)]
    while todo:
        i = todo.pop()
        if i in seen:
            continue
        seen.add(i)
        clause = clauses[i]
        keep.extend(clause.spans)
        # (an aside right after the event's word or date tells of that event: "the incident, in which
        # X fired …", "a session, co-chaired by X and Y")
        todo += [k for k, c in enumerate(clauses) if c.kind in ("relative", "attribute") and c.host == i
                 and any(p in _antecedent(text, c, clause, german) for p in positions)]
        words = [w.lower() for w in _WORD.findall(text[clause.start:clause.spans[0][1]])[:4]]
        if _PRONOUNS & set(words):  # "…, appearing with X and Y before they began talks": whom it takes up
            keep.extend((lo, hi) for c in clauses for lo, hi in c.spans if hi <= clause.start)
        if clause.own_subject or clause.host is None:
            continue
        host = clauses[clause.host]
        before = [(lo, hi) for lo, hi in host.spans if hi <= clause.start]
        if clause.kind == "relative" and before:
            keep.append(before[-1])  # "the envoy, who met Rubio": the envoy
        elif before:
            keep.extend(before)
        else:
            todo.append(clause.host)
    return keep


def _infinitive(clause: Clause, text: str) -> bool:
    """An infinitive clause, also a German one opened by an article („…, das Thema … zu setzen“, read
    as a relative clause)."""
    words = _WORD.findall(text[clause.spans[-1][0]:clause.spans[-1][1]].rstrip(" .!?"))
    return clause.kind == "infinitive" or (clause.kind == "relative" and len(words) > 2 and words[-2] == "zu")


def _demands(host: str, german: bool) -> bool:
    """Whether a verb of demanding or urging stands in the stretch an infinitive clause hangs on („X
    forderte, …“, "X urged, …"): the infinitive's subject is whoever is asked, not the demander."""
    verbs = participants.DEMANDING_VERBS.get("de" if german else "en", frozenset())
    return any(w.lower() in verbs for w in _WORD.findall(host))


def _antecedent(text: str, clause: Clause, host: Clause, german: bool) -> range:
    """Where the noun a relative clause or attribute describes can stand: the last three words before
    it ("the envoy, who …"); for one opened by a preposition ("the incident near the reef, in which …",
    „die Sitzung, bei der …“) or an attribute ("a session of the group, co-chaired by …") the whole
    stretch of its host before it, as a thing or event is named with its complements."""
    before = [(lo, hi) for lo, hi in host.spans if hi <= clause.start]
    if not before:
        return range(0)
    first = _WORD.match(text, clause.start)
    if clause.kind == "attribute" or (clause.own_subject and first is not None and first.group(0).lower() not in (
            "whom", "whose", "deren", "dessen", "denen", "den", "dem")):
        return range(before[-1][0], clause.start)
    words = list(_WORD.finditer(text, max(0, clause.start - 60), clause.start))[-3:]
    if german and words and words[-1].group(0)[:1].islower():
        return range(0)  # „… in Oslo treffen, der zuvor …“: a verb ends the clause before, no noun
    return range(words[0].start(), clause.start) if words else range(0)


def outside_parties(text: str, language: str, positions: tuple[int, ...],
                    main_too: bool = True) -> list[tuple[int, int]]:
    """The stretches of ``text`` that cannot name the parties of the event at ``positions``: the
    clauses that neither hold it nor lend it their subject.  Empty when the sentence is one clause."""
    clauses = parse(text, language)
    if len(clauses) < 2:
        return []
    keep = party_spans(clauses, positions, text, language == "de")
    home = [c for c in clauses if any(c.holds(p) for p in positions)]
    # an event told only inside an aside with a subject of its own ("…, bei der 94 Staaten zustimmten", "…,
    # after Ukraine and Russia swapped prisoners on Monday"): the main clause's names are not its parties
    aside = main_too and bool(home) and all(c.kind in _ASIDE and c.own_subject for c in home)
    reports = [(lo, hi) for c in clauses if _a_report(c, text, language, positions[:1]) for lo, hi in c.spans]
    # („X forderte, das Thema beim Treffen … zu setzen“: the demander's clause names no party)
    reports += [(lo, hi) for c in home if _infinitive(c, text) and c.host is not None
                for lo, hi in clauses[c.host].spans if hi <= c.start and _demands(text[lo:hi], language == "de")]
    return [(lo, hi) for c in clauses if c.kind in _ASIDE or aside
            for lo, hi in c.spans if (lo, hi) not in keep] + reports


def _a_report(clause: Clause, text: str, language: str, positions: tuple[int, ...]) -> bool:
    """A coordinated clause with a subject of its own whose verb reports ("…, and the Jakarta Post
    reported that the President had considered …"): someone else's report, not the event told on (only
    the first position is asked, the date's when there is one: an event word inside the report, "postponing
    the visit", does not make the report the dated act's clause)."""
    if clause.kind != "coordinated" or not clause.own_subject or any(clause.holds(p) for p in positions):
        return False
    verbs = participants.REPORTING_CLAUSE.get(language, frozenset())
    return any(w.lower() in verbs for w in _WORD.findall(text[clause.start:clause.spans[0][1]])[:8])


def without_other_clauses(told: str, text: str, language: str, positions: tuple[int, ...],
                          main_too: bool = True) -> str:
    """``told`` (``text`` with some stretches blanked, same length) with the clauses that cannot name
    the parties of the event at ``positions`` blanked too (``main_too``: also the main clause when the
    event is told only in an aside with a subject of its own)."""
    spans = outside_parties(text, language, positions, main_too)
    if not spans:
        return told
    chars = list(told)
    for lo, hi in spans:
        for i in range(lo, min(hi, len(chars))):
            if not chars[i].isspace():
                chars[i] = " "
    return "".join(chars)
