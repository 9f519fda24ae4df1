#!/usr/bin/env python3
"""Which rule of the extractor made each shown fact, and was it right: counts per rule (issue #13).

Every article of the given sets is extracted IN PROCESS (no subprocess, no change to the package) while
a few functions of ``lagebild.extract`` are watched (wrapped while the article is extracted and put back
after; nothing is written to any file), and then scored by the scorer itself: ../shared/eval/score.py
is imported, its ``score_article`` is run on exactly the front matter ``build.py extract`` would write,
and its ``pair_best`` is watched to see which predicted item it paired with which gold item.  Each shown
fact gets an ORIGIN (the code path that produced it) and a VERDICT; the table sums them per fact class
and origin.

    # held-out sets: the summary table only (no article, no fact text, no diff), pooled over the sets
    # named, beside the tuning sets' table (made first, ~1 min)
    PYTHONPATH=$PWD .venv/bin/python tools/fact_origins.py --summary-only --tuning --json /tmp/tuning.json
    PYTHONPATH=$PWD .venv/bin/python tools/fact_origins.py --summary-only --set eval/blind9 --set eval/blind10 \
        --set eval/blind11 --set eval/blind12 --baseline /tmp/tuning.json

    # tuning sets: every fact with its origin and verdict, then the table
    PYTHONPATH=$PWD .venv/bin/python tools/fact_origins.py --tuning [--class events] [--article NAME]

``--set`` takes a set folder (articles/ and gold/) or a set's name (real, dev, blindN); ``--tuning`` adds
real, dev and blind1 ... blind8.  ``--json F`` writes the table as JSON; ``--baseline F`` shows such a
table's counts beside each row (rows only the baseline has too).  ``--fine`` splits event origins
by the kind of date expression too.  Without ``--summary-only`` the tool prints one line per fact
(article, class, origin, verdict, the fact's name or summary): run that on TUNING sets only.

THE TABLE (``--summary-only`` prints nothing else): one row per (class, origin) with

    right    shown and right (paired with a gold item / judged right by the scorer)
    wrong    shown and wrong: each counts in misleading_per_100_words
    missing  for accuracy fields: a value not shown where the gold has one (role empty, country null,
             no speaker); for P/R fields one row ``(not found)`` per class holds the gold items the
             extractor missed (no origin can be given for those)
    prec     right / (right + wrong)
    sets     in how many of the sets named the row has a wrong one (wrong, or for accuracy fields
             missing): an origin wrong in one set only may be one article's shape, in most sets a class

Per class and in total, right / wrong / missing equal the scorer's counts (tp / fp / fn, or right /
wrong shown / wrong not shown); tests/test_fact_origins.py checks that on a dev article.

Classes and what ORIGIN means:

events            the function that created the event's draft (the merge keeps the first draft told):
                  ``sentence`` a sentence with a date expression (sentenceevents), ``headline`` the same
                  for the headline, ``undated`` an undated sentence's event (undated.place_undated),
                  ``undated-headline``, ``undated-in-passing`` ("since it took over …"),
                  ``undated-coordinated`` (a second verb of one sentence), ``coordinated`` (a second
                  meeting beside a dated one), ``headline-statement``, ``lead-statement``, ``later-act``,
                  ``year-named``; then the trigger (noun / verb / none), the shown status (past / planned)
                  and the date (day / month / undated).  right = paired with a gold event.
event_status      the same origins; right / wrong status on paired events.
event_participants the call that attached the participant (``module.function:what it added``: the
                  argument's function, e.g. ``sentenceevents.drafts_for_sentence:participants_in``; a
                  name a merge copied keeps its first origin) and its type [person / country /
                  organization / other]; for a name eventparts.actors_in gave, also which part of it:
                  ``/named`` (a person's name), ``/referred`` (a pronoun or title read as a person),
                  ``/org``, ``/acting`` (a country acting), ``/joint`` ("US-Russian talks").  ``+merged``:
                  the name came with another mention merged into the event (``+headline``: the headline's).
                  Only participants of paired events (as the scorer counts them).
organizations,    the recognizer in ``entities.run`` that first found the name: the function whose
places            matches the loop reads (``org_matches``, ``acronym_orgs``, ``generic_orgs``,
                  ``classified_orgs``, ``city_regex``, ``free_places`` …; ``-`` outside such a loop) and
                  what was added; ``_referenced_states`` for bodies of states referred to.
roles,            the assignment that last changed the person candidate's role / country
person_countries  (``module.function:what was assigned``), or ``rolerefs.link_role_references``; a value
                  copied from another candidate keeps that one's origin; ``(never set)`` for a null that
                  no rule touched.  Roles are judged where the gold has a role; countries on all paired
                  persons (a null shown where the gold has a code is ``missing``).
quote_speakers    the step of quotes.run whose result gave the speaker (``attribute``, ``nearest``,
                  ``continued``, ``named_after`` …; for ``attribute`` also the frame that matched,
                  e.g. ``attribute/after_frame``), ``headline:`` for a headline's quote; then [named]
                  when the quote's sentence names the speaker outside the quotation, [referred] when not
                  (a pronoun, a title, a quote going on), [none] for no speaker.  right / wrong shown /
                  missing (no speaker shown where the gold names one).

MARGINALS (after the classes; the same facts counted along one part of their origin at a time, so that a
small set still gives a few facts per row): events/path (the creating function alone), events/trigger,
events/kind, events/status, events/date; participants/attached (the attaching call, any type),
participants/type, participants/event (the creating function and kind of the event they are attached to).

ON THE TUNING SETS (2026-12-07, main at a142ebb; real, dev, blind1-blind8 pooled, 139 articles, ~1 min):
events 745 right / 37 wrong; undated sentences' events 55 / 16 (0.77, wrong in 7 of 10 sets) against dated
sentences' 674 / 20 (0.97).  Participants 951 / 115: organizations 185 / 34 (0.84) are the weakest type;
of actors_in's parts, persons read from a pronoun or title (``/referred``) 32 / 9 and countries a later
sentence attached (eventattach ``/acting``) 32 / 9; participants a merge brought along ``+merged`` 41 / 8.
Roles 630 / 0, person countries 620 / 1, quote speakers 495 / 2: tuned in, held-out sets will tell.
"""

from __future__ import annotations

import argparse
import ast
import functools
import importlib.util
import json
import logging
import re
import sys
import warnings
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from types import FrameType
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
EXTRACT_DIR = str(ROOT / "lagebild" / "extract")
# ../shared beside the checkout (the main checkout); ../../shared for a worktree one level deeper
SHARED = next((p for p in (ROOT.parent / "shared" / "eval", ROOT.parent.parent / "shared" / "eval")
               if (p / "score.py").is_file()), ROOT.parent / "shared" / "eval")
TUNING = ("real", "dev", *(f"blind{i}" for i in range(1, 9)))
CLASSES = ("events", "event_status", "event_participants", "organizations", "places", "roles",
           "person_countries", "quote_speakers")
NOT_FOUND = "(not found)"
# personcountry._settle's chain of context guesses for a person's state, told apart in the table
GUESS_RULES = ("party_after", "honorific_state", "_bench_state", "sentence_country", "seat_state", "host_state",
               "visit_host", "received_host", "delegation_state", "government_delegation_state", "reacting_state",
               "dateline_home", "outlet_home")
# The same facts counted along one dimension of their origin at a time (more per row on a small set).
MARGINALS = ("events/path", "events/trigger", "events/kind", "events/status", "events/date",
             "participants/attached", "participants/type", "participants/event")


def set_dir(name: str) -> Path:
    """A set's folder from its name (real, dev, blindN) or its path."""
    if name in ("real", "dev"):
        return SHARED / name
    if re.fullmatch(r"blind\d+", name):
        return ROOT / "eval" / name
    return Path(name)


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("lagebild_eval_score", SHARED / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


score = _scorer()

# ----------------------------------------------------------------- where in the code: call sites read by ast

_NOISE = frozenset("""len set list str tuple min max any all sorted next bool int float join strip split get lower
    casefold search match group startswith endswith findall finditer fullmatch items values keys index sub upper
    rstrip lstrip enumerate zip range reversed isupper append replace format find dict frozenset isinstance
    getattr hasattr start end isdigit title capitalize compile escape lang_data""".split())


@functools.cache
def _tree(filename: str) -> ast.Module:
    return ast.parse(Path(filename).read_text(encoding="utf-8"))


def _calls_in(node: ast.AST) -> list[str]:
    names = []
    for sub in ast.walk(node):
        if isinstance(sub, ast.Call):
            func = sub.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name and name not in _NOISE and name not in names:
                names.append(name)
    return names


def _describe(node: ast.AST | None, target: str = "") -> str:
    """What an expression computes, short: the functions it calls, else its source.  ``x = x or f()``
    and ``a if c else b`` are described by what they may give (f; a and b), not by the test."""
    if node is None:
        return "-"
    if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.Or):
        parts = [v for v in node.values if ast.unparse(v) != target]
        return "|".join(dict.fromkeys(_describe(v) for v in parts)) if parts else "-"
    if isinstance(node, ast.IfExp):
        return "|".join(dict.fromkeys((_describe(node.body, target), _describe(node.orelse, target))))
    if isinstance(node, ast.Tuple) and node.elts:  # (country, review) assigned together: the first
        return _describe(node.elts[0], target)
    if isinstance(node, ast.JoinedStr):
        return "f-string"
    calls = _calls_in(node)
    if calls:
        return "|".join(calls[:3])
    text = " ".join(ast.unparse(node).split())
    return text if len(text) <= 32 else text[:31] + "…"


@functools.cache
def site(filename: str, lineno: int) -> str:
    """``module.function:what`` for the statement at ``filename:lineno``: what an assignment assigns, what
    a call adds (its first argument); for a call in a loop of ``entities.run`` the loop's recognizer."""
    tree = _tree(filename)
    chain: list[ast.AST] = []  # the nodes containing the line, outermost first
    node: ast.AST = tree
    while True:
        inner = next((c for c in ast.iter_child_nodes(node) if isinstance(c, (ast.stmt, ast.ExceptHandler))
                      and c.lineno <= lineno <= (c.end_lineno or c.lineno)), None)
        if inner is None:
            break
        chain.append(inner)
        node = inner
    funcs = [n for n in chain if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
    func = funcs[-1].name if funcs else "<module>"
    stmt = chain[-1] if chain else None
    what: ast.AST | None = None
    target = ""
    if isinstance(stmt, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
        what = stmt.value
        first = stmt.targets[0] if isinstance(stmt, ast.Assign) else stmt.target
        target = ast.unparse(first.elts[0] if isinstance(first, ast.Tuple) and first.elts else first)
    elif isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call) and stmt.value.args:
        what = stmt.value.args[0] if len(stmt.value.args) == 1 else stmt.value.args[1]
    elif stmt is not None and not isinstance(stmt, ast.FunctionDef):
        what = stmt
    desc = _describe(what, target)
    module = Path(filename).stem
    if module == "entities" and func == "run":
        # the loop over what one recognizer matched, inside the loop over the sentences
        loops = [n for n in chain[chain.index(funcs[-1]) if funcs else 0:] if isinstance(n, ast.For)][1:]
        if loops:
            iter_ = loops[-1].iter
            calls = [c.func for c in ast.walk(iter_) if isinstance(c, ast.Call)]
            names = [f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else "" for f in calls]
            recognizer = _describe(iter_) if _calls_in(iter_) else "|".join(n for n in names if n) or _describe(iter_)
            return f"{recognizer}:{desc}@{lineno}"
    return f"{module}.{func}:{desc}@{lineno}"


def _extract_frames(frame: FrameType | None) -> Iterator[FrameType]:
    """The frames of lagebild.extract from ``frame`` outwards."""
    while frame is not None:
        if frame.f_code.co_filename.startswith(EXTRACT_DIR):
            yield frame
        frame = frame.f_back


def _site_of(frame: FrameType) -> str:
    return site(frame.f_code.co_filename, frame.f_lineno)


def _name_of(frame: FrameType) -> str:
    return f"{Path(frame.f_code.co_filename).stem}.{frame.f_code.co_name}"


# ----------------------------------------------------------------- watching the extractor


class Watch:
    """What the watched functions saw during one article's extraction (reset per article)."""

    def __init__(self) -> None:
        self.keep: list[Any] = []  # objects whose id() is a key below: kept alive so ids stay unique
        self.event_origin: dict[int, str] = {}  # id(draft) -> how it was created
        self.part_origin: dict[int, dict[str, str]] = {}  # id(draft) -> {participant: attaching call}
        self.by_list: dict[int, Any] = {}  # id(draft.participants) -> draft (merges copy from other drafts)
        self.event_of: dict[int, Any] = {}  # id(Event) -> its draft
        self.collectors: list[Any] = []  # entities' _Collector objects, in order made (orgs, places)
        self.found_by: dict[int, dict[str, str]] = {}  # id(collector) -> {norm key: site that first added it}
        self.cand_set: dict[int, dict[str, str]] = {}  # id(candidate) -> {"role"/"country": site}
        self.found: dict[str, Any] = {}  # persons' candidates by name (captured in finish_countries)
        self.person_set: dict[str, dict[str, str]] = {}  # person name -> origins set after persons.run
        self.step_of: dict[int, str] = {}  # id(Attribution) -> the quotes.run step that returned it
        self.frame_of: dict[int, tuple[str, int]] = {}  # id(Attribution) -> (frame function, sequence)
        self.made_by: dict[int, str] = {}  # id(Attribution) -> the function that created it
        self.quote_origin: dict[int, str] = {}  # id(Quote) -> origin
        self.route_of: dict[int, dict[str, str]] = {}  # id(list actors_in returned) -> {name: its part}
        self.guessed_by: dict[int, str] = {}  # id(candidate) -> the context rule that gave its guessed state
        self.seq = 0
        self.doc: Any = None
        self.fine = False


W = Watch()
_PATCHED: list[tuple[Any, str, Any, bool]] = []  # (object, attribute, original, was it the object's own)


def _patch(obj: Any, name: str, new: Any) -> None:
    own = name in vars(obj)
    _PATCHED.append((obj, name, vars(obj).get(name), own))
    setattr(obj, name, new)


def _unwatch() -> None:
    """Put every watched function back (last patched first)."""
    while _PATCHED:
        obj, name, original, own = _PATCHED.pop()
        if own:
            setattr(obj, name, original)
        else:
            delattr(obj, name)


@contextmanager
def watching(fine: bool = False) -> Iterator[Watch]:
    """The extractor watched, with a fresh record, for the duration of the block; restored after."""
    global W
    W = Watch()
    W.fine = fine
    _watch()
    try:
        yield W
    finally:
        _unwatch()


def _event_label(draft: Any, frame: FrameType) -> str:
    fn = frame.f_code.co_name
    source = draft.kind_source if draft.kind_source in ("noun", "verb") else "none"
    if fn == "drafts_for_sentence":
        sentence = frame.f_locals.get("sentence")
        where = "headline" if sentence is not None and sentence.index < 0 else "sentence"
        mention = frame.f_locals.get("mention")
        fine = f"({mention.kind})" if W.fine and mention is not None else ""
        return f"{where}{fine}:{source}"
    if fn == "undated_draft":
        outer = next((f for f in _extract_frames(frame.f_back)), None)
        caller = outer.f_code.co_name if outer is not None else "?"
        if caller == "place_undated":
            where = "undated-headline" if outer is not None and outer.f_locals.get("headline") else "undated"
        else:
            where = {"earlier_in_passing": "undated-in-passing", "_coordinated": "undated-coordinated"}.get(
                caller, f"undated<{caller}")
        return f"{where}:{source}"
    named = {"split_coordinated": "coordinated", "headline_statement": "headline-statement",
             "lead_statement": "lead-statement", "later_act": "later-act", "year_named_events": "year-named"}
    return f"{named.get(fn, _name_of(frame))}:{source}"


def _watch() -> None:
    """Wrap the functions whose calls tell the origins (once per process)."""
    if _PATCHED:
        return
    from lagebild.extract import (
        entities,
        eventdraft,
        eventparts,
        events,
        groupsides,
        personcandidate,
        personcountry,
        persons,
        pipeline,
        quotes,
        sentenceevents,
        speakers,
        subjects,
    )

    # --- events and participants: Draft() and Draft.add
    draft_cls = eventdraft.Draft
    init, add, to_event = draft_cls.__init__, draft_cls.add, events.to_event

    def watched_init(self: Any, *a: Any, **k: Any) -> None:
        init(self, *a, **k)
        frame = next(_extract_frames(sys._getframe(1)), None)
        W.keep.append(self)
        W.event_origin[id(self)] = _event_label(self, frame) if frame is not None else "?"
        here = _site_of(frame) if frame is not None else "?"
        route = W.route_of.get(id(self.participants), {})
        W.part_origin[id(self)] = {n: f"{here}/{route[n]}" if n in route else here for n in self.participants}
        W.by_list[id(self.participants)] = self

    def watched_add(self: Any, names: list[str]) -> None:
        new = [n for n in dict.fromkeys(names) if n not in self.participants]
        if new:
            source = W.by_list.get(id(names))
            theirs = W.part_origin.get(id(source), {}) if source is not None and source is not self \
                and source.participants is names else None
            frame = next(_extract_frames(sys._getframe(1)), None)
            here = _site_of(frame) if frame is not None else "?"
            mine = W.part_origin.setdefault(id(self), {})
            merged = ""
            if theirs is not None:  # a merge: the names of another mention of the event (or of the headline)
                merged = " +headline" if W.event_origin.get(id(source), "").startswith("headline") else " +merged"
            route = W.route_of.get(id(names), {})
            for name in new:
                mine[name] = theirs.get(name, here) + merged if theirs is not None else \
                    f"{here}/{route[name]}" if name in route else here
        add(self, names)
        W.by_list[id(self.participants)] = self  # (a list assigned anew since)

    def watched_to_event(draft: Any) -> Any:
        event = to_event(draft)
        W.keep.append(event)
        W.event_of[id(event)] = draft
        return event

    _patch(draft_cls, "__init__", watched_init)
    _patch(draft_cls, "add", watched_add)
    _patch(events, "to_event", watched_to_event)

    # --- which part of eventparts.actors_in gave each name: a person named, a person referred to (a pronoun,
    # a title), an organization named, a country acting, the sides of a joint word ("US-Russian talks")
    routes: list[dict[str, set[str]]] = []  # one per actors_in call running

    def route_level(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapped(*a: Any, **k: Any) -> Any:
            result = fn(*a, **k)
            if routes:
                if name == "referred":
                    named = sys._getframe(1).f_locals.get("names", [])
                    routes[-1].setdefault("named", set()).update(named)
                got = routes[-1].setdefault(name, set())
                got.update(getattr(x, "name", x) for x in result)
            return result
        return wrapped

    actors = eventparts.actors_in

    def watched_actors(*a: Any, **k: Any) -> list[str]:
        routes.append({})
        try:
            result = actors(*a, **k)
        finally:
            found = routes.pop()
        by = {}
        for n in result:
            by[n] = next((r for r in ("named", "referred", "org", "acting", "joint") if n in found.get(r, ())), "?")
        W.keep.append(result)
        W.route_of[id(result)] = by
        return result

    _patch(eventparts, "_referred", route_level("referred", eventparts._referred))
    _patch(eventparts, "organizations_in", route_level("org", eventparts.organizations_in))
    _patch(eventparts, "acting_countries", route_level("acting", eventparts.acting_countries))
    _patch(eventparts, "joint_sides", route_level("joint", eventparts.joint_sides))
    for module in (eventparts, eventdraft, sentenceevents, groupsides):
        _patch(module, "actors_in", watched_actors)

    # --- organizations and places: entities._Collector.add
    collector = entities._Collector
    c_init, c_add = collector.__init__, collector.add

    def watched_c_init(self: Any) -> None:
        c_init(self)
        W.keep.append(self)
        W.collectors.append(self)

    def watched_c_add(self: Any, key: str, name: str, sentence: Any, sure: bool = True) -> None:
        norm = re.sub(r"\W+", " ", key.casefold()).strip()
        if norm and norm not in self.items:
            frame = next(_extract_frames(sys._getframe(1)), None)
            origin = _site_of(frame) if frame is not None else "?"
            if frame is not None and frame.f_code.co_name != "run":
                origin = f"{_name_of(frame)}"
            W.found_by.setdefault(id(self), {})[norm] = origin
        c_add(self, key, name, sentence, sure)

    _patch(collector, "__init__", watched_c_init)
    _patch(collector, "add", watched_c_add)

    # --- roles and person countries: assignments to a Candidate's role / country
    cand_cls = personcandidate.Candidate

    def watched_setattr(self: Any, attr: str, value: Any) -> None:
        if attr in ("role", "country"):
            old = self.__dict__.get(attr)
            if value != old:
                origin = _assigned_by(self, attr, value)
                if attr == "country" and ":guess@" in origin:  # (else the article's home state)
                    origin += "/" + W.guessed_by.pop(id(self), "home")
                W.cand_set.setdefault(id(self), {})[attr] = origin
                if not W.keep or W.keep[-1] is not self:
                    W.keep.append(self)
        object.__setattr__(self, attr, value)

    _patch(cand_cls, "__setattr__", watched_setattr)

    # which context rule made a guessed country: the first one in _settle's chain that gave a state
    def guess_level(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapped(*a: Any, **k: Any) -> Any:
            result = fn(*a, **k)
            cand = next((x for x in a if isinstance(x, cand_cls)), None)
            if result and cand is not None:
                W.guessed_by.setdefault(id(cand), name)
            return result
        return wrapped

    for name in GUESS_RULES:
        _patch(personcountry, name, guess_level(name, getattr(personcountry, name)))

    finish = persons.finish_countries

    def watched_finish(doc: Any, found: dict[str, Any]) -> None:
        W.found = found
        finish(doc, found)

    _patch(persons, "finish_countries", watched_finish)
    link = persons.link_role_references

    def watched_link(doc: Any) -> None:
        before = {p.name: (p.role, p.country) for p in doc.persons}
        for p in doc.persons:
            cand = W.found.get(p.name)
            set_ = W.cand_set.get(id(cand), {}) if cand is not None else {}
            W.person_set[p.name] = {a: set_.get(a, "(never set)") for a in ("role", "country")}
        link(doc)
        for p in doc.persons:
            old = before.get(p.name)
            if old is not None and old[0] != p.role:
                W.person_set[p.name]["role"] = "rolerefs.link_role_references"
            if old is not None and old[1] != p.country:
                W.person_set[p.name]["country"] = "rolerefs.link_role_references"

    _patch(persons, "link_role_references", watched_link)

    # --- quote speakers: the step of quotes.run that gave the Attribution
    attr_cls = subjects.Attribution
    a_init = attr_cls.__init__

    def watched_a_init(self: Any, *a: Any, **k: Any) -> None:
        a_init(self, *a, **k)
        frame = next(_extract_frames(sys._getframe(1)), None)
        W.keep.append(self)
        made = frame.f_code.co_name.lstrip("_") if frame is not None else "?"
        W.made_by[id(self)] = "unnamed-paragraph" if made == "run" else made  # („…“ a paragraph alone)

    _patch(attr_cls, "__init__", watched_a_init)

    def frame_level(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapped(*a: Any, **k: Any) -> Any:
            result = fn(*a, **k)
            if result is not None:
                W.seq += 1
                W.frame_of[id(result)] = (name, W.seq)
            return result
        return wrapped

    def step_level(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapped(*a: Any, **k: Any) -> Any:
            W.seq += 1
            start = W.seq
            result = fn(*a, **k)
            if result is not None:
                frame, seq = W.frame_of.get(id(result), ("", 0))
                detail = frame if seq > start else ""
                if name == "attribute" and not detail:
                    detail = "question" if result is subjects.NOBODY else W.made_by.get(id(result), "")
                W.step_of[id(result)] = f"{name}/{detail}" if detail else name
                W.keep.append(result)
            return result
        return wrapped

    for name in ("relative_naming_frame", "possessed_remark_frame", "passive_frame", "quoted_as_frame",
                 "labelled_frame", "colon_frame", "lead_colon_frame", "remark_frame", "after_frame", "so_frame",
                 "before_frame", "according_frame"):
        _patch(speakers, name, frame_level(name, getattr(speakers, name)))
    for name in ("attribute", "named_after", "nearest"):
        _patch(speakers, name, step_level(name, getattr(speakers, name)))
    # (the quote stage's helpers live in quotecontext/quotereferents; quotes calls them by the names it imported)
    for name in ("holder_introduced_next", "styled_subject", "the_latter", "described", "interview_answer",
                 "continued", "after_reported_speech", "in_reported_speech", "headline_office"):
        _patch(quotes, name, step_level(name, getattr(quotes, name)))
    make_quote = quotes._quote

    def watched_quote(said: Any, text: str, evidence: str) -> Any:
        quote = make_quote(said, text, evidence)
        caller = sys._getframe(1).f_code.co_name
        origin = W.step_of.get(id(said)) or f"{W.made_by.get(id(said), '?')}"
        W.keep.append(quote)
        W.quote_origin[id(quote)] = ("headline:" if caller == "_headline_quotes" else "") + origin
        return quote

    _patch(quotes, "_quote", watched_quote)

    # --- the Doc that extract() builds
    build = pipeline.build_doc

    def watched_build(article: Any) -> Any:
        W.doc = build(article)
        return W.doc

    _patch(pipeline, "build_doc", watched_build)


def _assigned_by(cand: Any, attr: str, value: Any) -> str:
    """The site assigning ``value`` to a candidate's role or country; where the value is another candidate's
    (a known person found again: ``old.role = old.role or cand.role``), that candidate's origin."""
    frames = list(_extract_frames(sys._getframe(2)))
    frame = frames[0] if frames else None
    if frame is None:
        return "?"
    if value is not None:
        for other in frame.f_locals.values():
            if other is not cand and type(other) is type(cand) and getattr(other, attr, None) == value:
                theirs = W.cand_set.get(id(other), {}).get(attr)
                if theirs:
                    return theirs
    return _site_of(frame)


# ----------------------------------------------------------------- one article


def extract(article_path: Path, meta: dict) -> tuple[dict, Any, Any]:
    """The front matter ``build.py extract`` writes for the article (as the scorer reads it), the Doc and
    the Briefing."""
    from lagebild.article import parse_article
    from lagebild.briefing import frontmatter
    from lagebild.briefing.schema import briefing_to_data
    from lagebild.extract import pipeline

    front = {k: meta[k] for k in ("published", "url", "outlet", "language") if meta.get(k)}
    body = article_path.read_text(encoding="utf-8")
    if front:
        body = "---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=False) + "---\n" + body
    article, _warnings = parse_article(body.encode("utf-8"), article_path.name, article_path.name)
    briefing = pipeline.extract(article)
    text = frontmatter.render(briefing_to_data(briefing), "")
    match = re.match(r"^---\s*\n(.*?)\n---\s*(\n|$)", text, re.DOTALL)
    pred = (yaml.safe_load(match.group(1)) or {}) if match else {}
    return pred, W.doc, briefing


def _sources(kept: tuple[Any, ...], made: list[Any]) -> list[Any]:
    """For each fact ``unique_facts`` kept, the fact of the stage's list it came from (the same, or a copy
    with a numbered id); repeats it dropped are skipped."""
    out, k = [], 0
    for fact in kept:
        while k < len(made) and not (made[k] is fact or replace(made[k], id=fact.id) == fact):
            k += 1
        assert k < len(made), "a kept fact that the stage did not make"
        out.append(made[k])
        k += 1
    return out


def _pairs(gold: dict, pred: dict) -> tuple[Any, dict[str, list]]:
    """The scorer's ArticleScore and its pair_best calls by field (nested participant calls in order)."""
    calls: dict[str, list] = {}
    original = score.pair_best

    def watched(g: list, p: list, sim: Any) -> list[tuple[int, int]]:
        result = original(g, p, sim)
        caller = sys._getframe(1).f_code.co_name
        if caller == "score_article":
            field = ("organizations", "places", "sources")[sum(f in calls for f in ("organizations", "places"))]
        else:
            field = {"score_persons": "persons", "score_events": "events", "sim": "_sim",
                     "score_quotes": "quotes", "score_figures": "figures"}.get(caller, caller)
            if field == "events" and sim is score.participant_sim:
                field = "event_participants"
        calls.setdefault(field, []).append((g, p, result))
        return result

    score.pair_best = watched
    try:
        s = score.score_article(gold, pred)
    finally:
        score.pair_best = original
    return s, calls


Row = tuple[str, str, str, str]  # class, origin, verdict (right / wrong / missing), what (name or summary)


def _type_of(name: str, doc: Any) -> str:
    if any(p.name == name for p in doc.persons):
        return "person"
    if any(c.code == name for c in doc.countries):
        return "country"
    if any(o.name == name for o in doc.organizations):
        return "organization"  # ("EU": a body, though two capitals like a code)
    return "country" if re.fullmatch(r"[A-Z]{2}", name) else "other"


def article_rows(gold: dict, pred: dict, doc: Any, briefing: Any) -> tuple[list[Row], Any]:
    """Every judged fact of one article with its origin and verdict, and the scorer's ArticleScore."""
    s, calls = _pairs(gold, pred)
    rows: list[Row] = []

    # events, their status and participants
    events = _sources(briefing.events, list(doc.events))
    p_events = [e for e in pred.get("events") or [] if isinstance(e, dict)]
    assert len(p_events) == len(events)
    (_g, _p, pairs), = calls["events"]
    paired = dict((pi, gi) for gi, pi in pairs)
    g_events = [e for e in gold.get("events") or [] if isinstance(e, dict)]
    finals = calls.get("event_participants", [])
    assert len(finals) == len(pairs)
    part_pairs = {pi: pp for (_gi, pi), (_gp, _pp, pp) in zip(pairs, finals)}
    for pi, (event, item) in enumerate(zip(events, p_events)):
        draft = W.event_of.get(id(event))
        made = W.event_origin.get(id(draft), "?")
        date = str(item.get("date") or "")
        when = "day" if len(date) >= 10 else "month" if date else "undated"
        origin = f"{made} | {item.get('status')} | {when}"
        verdict = "right" if pi in paired else "wrong"
        rows.append(("events", origin, verdict, f"{date} {item.get('summary')}"))
        path, _colon, trigger = made.rpartition(":")
        for dimension, value in (("path", path.split("(")[0]), ("trigger", trigger), ("kind", item.get("kind")),
                                 ("status", item.get("status")), ("date", when)):
            rows.append((f"events/{dimension}", str(value), verdict, ""))
        if pi not in paired:
            continue
        g = g_events[paired[pi]]
        gs, ps = str(g.get("status") or "").lower(), str(item.get("status") or "").lower()
        rows.append(("event_status", origin, "right" if gs == ps else "wrong" if ps else "missing",
                     f"{date} {item.get('summary')}: {ps}"))
        names = [x for x in item.get("participants") or [] if score.name_of(x)]
        taken = {b for _a, b in part_pairs[pi]}
        attached = W.part_origin.get(id(draft), {})
        for j, name in enumerate(names):
            by, kind = attached.get(str(name), "?"), _type_of(str(name), doc)
            verdict = "right" if j in taken else "wrong"
            rows.append(("event_participants", f"{by} [{kind}]", verdict, f"{name} @ {date} {item.get('summary')}"))
            rows += [("participants/attached", by, verdict, ""), ("participants/type", kind, verdict, ""),
                     ("participants/event", f"{path.split('(')[0]} {item.get('kind')}", verdict, "")]
        rows += [("event_participants", NOT_FOUND, "missing", "")] * (len(g_parts(g)) - len(taken))
    rows += [("events", NOT_FOUND, "missing", "")] * (len(g_events) - len(pairs))

    # organizations and places
    from lagebild.briefing.model import fact_id
    for field, kind, index in (("organizations", "org", 0), ("places", "place", 1)):
        collector = W.collectors[index - 2] if len(W.collectors) >= 2 else None  # entities.run's: orgs, places
        by_id = {fact_id(kind, key): o for key, o in W.found_by.get(id(collector), {}).items()}
        made_facts = _sources(getattr(briefing, field), list(getattr(doc, field)))
        (g_items, _p_items, pairs), = calls[field]
        taken = {b for _a, b in pairs}
        for j, fact in enumerate(made_facts):
            rows.append((field, by_id.get(fact.id, "?"), "right" if j in taken else "wrong", fact.name))
        rows += [(field, NOT_FOUND, "missing", "")] * (len(g_items) - len(pairs))

    # roles and person countries
    (g_persons, p_persons, pairs), = calls["persons"]
    for gi, pi in pairs:
        g, p = g_persons[gi], p_persons[pi]
        set_ = W.person_set.get(score.name_of(p), {})
        if g.get("role"):
            pr = str(p.get("role") or "")
            verdict = "right" if score.role_ok(str(g["role"]), pr) else "wrong" if pr.strip() else "missing"
            rows.append(("roles", set_.get("role", "?"), verdict, f"{score.name_of(p)}: {pr}"))
        gc, pc = score.as_code(g.get("country")), score.as_code(p.get("country"))
        verdict = "right" if gc == pc else "wrong" if pc else "missing"
        rows.append(("person_countries", set_.get("country", "?"), verdict, f"{score.name_of(p)}: {pc}"))

    # quote speakers
    quotes = _sources(briefing.quotes, list(doc.quotes))
    (g_quotes, p_quotes, pairs), = calls.get("quotes", [([], [], [])])
    for gi, pi in pairs:
        ps = score.name_of(p_quotes[pi].get("speaker")).strip()
        right = score.speaker_ok(g_quotes[gi], ps)
        rows.append(("quote_speakers", f"{W.quote_origin.get(id(quotes[pi]), '?')} {_named(doc, quotes[pi])}",
                     "right" if right else "wrong" if ps else "missing", f"{ps}: {p_quotes[pi].get('text')}"))
    return rows, s


def _named(doc: Any, quote: Any) -> str:
    """[named] when the quote's evidence names its speaker (a person's name or an organization) outside the
    quotation, [referred] when it does not (a pronoun, a title, a quote going on), [none] without a speaker."""
    from lagebild.extract.datefind import quote_spans
    from lagebild.extract.mentions import name_mentions

    if not quote.speaker:
        return "[none]"
    evidence = quote.evidence or ""
    spans = quote_spans(evidence)
    outside = "".join(" " if any(a <= i < b for a, b in spans) else c for i, c in enumerate(evidence))
    if any(m.person.name == quote.speaker for m in name_mentions(doc, outside)) or (
            quote.speaker not in {p.name for p in doc.persons} and quote.speaker in outside):
        return "[named]"
    return "[referred]"


def g_parts(g: dict) -> list:
    return [x for x in (g.get("participants") or []) if score.name_of(x)]


# ----------------------------------------------------------------- sets and the table

Table = dict[tuple[str, str], Counter[str]]


def run_article(set_path: Path, gold_path: Path, fine: bool = False) -> tuple[list[Row], Any]:
    """One article of a set: its judged facts with origins, and the scorer's ArticleScore."""
    art = set_path / "articles" / f"{gold_path.stem}.txt"
    meta_path = art.with_suffix(".meta.yaml")
    meta = yaml.safe_load(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8")) or {}
    with watching(fine):
        pred, doc, briefing = extract(art, meta or {})
        return article_rows(gold, pred, doc, briefing)


def tally(rows: list[Row], table: Table) -> None:
    for cls, origin, verdict, _what in rows:
        table.setdefault((cls, origin), Counter())[verdict] += 1


def _cells(c: Counter[str], total: bool = False) -> str:
    shown = c["right"] + c["wrong"]
    prec = f"{c['right'] / shown:5.2f}" if shown else "    -"
    sets = "    -" if total else f"{c['sets']:5d}"
    return f"{c['right']:5d} {c['wrong']:5d} {c['missing']:5d} {prec} {sets}"


def format_table(table: Table, classes: tuple[str, ...] = CLASSES + MARGINALS, baseline: Table | None = None) -> str:
    """The table; with ``baseline`` (another run's table, e.g. the tuning sets') its counts beside each row,
    rows only the baseline has included."""
    rows = {*table, *(baseline or {})}
    width = max([60, *(len(k[1]) for k in rows if k[0] in classes)])
    head = f"{'right':>5} {'wrong':>5} {'miss':>5} {'prec':>5} {'sets':>5}"
    lines = [f"{'class':21} {'origin':{width}} {head}" + (f"   | baseline {head}" if baseline is not None else "")]
    for cls in classes:
        keys = sorted((k for k in rows if k[0] == cls), key=lambda k: (
            k[1] == NOT_FOUND, -(table.get(k, Counter())["right"] + table.get(k, Counter())["wrong"]),
            -sum((baseline or {}).get(k, Counter()).values()), k[1]))
        if not keys:
            continue
        total: Counter[str] = Counter()
        base_total: Counter[str] = Counter()
        for key in keys:
            c = table.get(key, Counter())
            total.update(c)
            line = f"{cls:21} {key[1]:{width}} {_cells(c)}"
            if baseline is not None:
                base_total.update(baseline.get(key, Counter()))
                line += f"   |          {_cells(baseline.get(key, Counter()))}"
            lines.append(line)
        line = f"{cls:21} {'= all':{width}} {_cells(total, True)}"
        lines.append(line + (f"   |          {_cells(base_total, True)}" if baseline is not None else ""))
        lines.append("")
    return "\n".join(lines)


def read_table(path: Path) -> Table:
    """A table that ``--json`` wrote."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {(r["class"], r["origin"]): Counter({v: r.get(v, 0) for v in ("right", "wrong", "missing", "sets")})
            for r in data["rows"]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", dest="sets", action="append", default=[], metavar="SET",
                    help="a set folder or name (real, dev, blindN); may be repeated")
    ap.add_argument("--tuning", action="store_true", help="the tuning sets: real, dev, blind1 ... blind8")
    ap.add_argument("--article", action="append", metavar="NAME", help="only this article (stem or prefix)")
    ap.add_argument("--class", dest="classes", action="append", choices=CLASSES + MARGINALS,
                    help="only this class")
    ap.add_argument("--summary-only", action="store_true",
                    help="print only the table of counts per class and origin (for held-out sets)")
    ap.add_argument("--fine", action="store_true", help="event origins split by the date expression's kind")
    ap.add_argument("--json", type=Path, help="write the table as JSON")
    ap.add_argument("--baseline", type=Path, help="a table --json wrote (say, of the tuning sets): shown beside")
    args = ap.parse_args(argv)
    names = [*(TUNING if args.tuning else ()), *args.sets]
    if not names:
        ap.error("name the sets: --set SET (repeatable) or --tuning")
    if not args.summary_only:
        return _run(args, names)
    # nothing of an article (a warning, a log line naming it) reaches the output; both put back after
    previous = logging.root.manager.disable
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        logging.disable(logging.CRITICAL)
        try:
            return _run(args, names)
        finally:
            logging.disable(previous)


def _run(args: argparse.Namespace, names: list[str]) -> int:
    classes = tuple(args.classes or (*CLASSES, *MARGINALS))
    table: Table = {}
    failed = 0
    for name in names:
        this_set: Table = {}
        folder = set_dir(name)
        golds = sorted((folder / "gold").glob("*.yaml"))
        if args.article:
            golds = [g for g in golds if any(g.stem == a or g.stem.startswith(a) for a in args.article)]
        for gold_path in golds:
            try:
                rows, _s = run_article(folder, gold_path, args.fine)
            except Exception as exc:  # an article the extractor or this tool fails on: counted, not shown
                failed += 1
                if not args.summary_only:
                    print(f"FAILED {name}/{gold_path.stem}: {type(exc).__name__}: {exc}", file=sys.stderr)
                continue
            rows = [r for r in rows if r[0] in classes]
            tally(rows, table)
            tally(rows, this_set)
            if not args.summary_only:
                for cls, origin, verdict, what in rows:
                    if what:
                        print(f"{name}/{gold_path.stem}\t{cls}\t{origin}\t{verdict}\t{' '.join(what.split())[:140]}")
        for key, counts in this_set.items():
            if counts["wrong"] or (counts["missing"] and key[1] != NOT_FOUND):
                table[key]["sets"] += 1  # (a set where this origin shows a wrong value)
    if not args.summary_only:
        print()
    print(format_table(table, classes, read_table(args.baseline) if args.baseline else None))
    if failed:
        print(f"failed articles: {failed}")
    if args.json:
        data = [{"class": c, "origin": o, **{v: n[v] for v in ("right", "wrong", "missing", "sets")}}
                for (c, o), n in sorted(table.items())]
        args.json.write_text(json.dumps({"sets": len(names), "failed": failed, "rows": data}, indent=1,
                                        ensure_ascii=False), encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
