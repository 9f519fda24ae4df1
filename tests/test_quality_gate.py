"""The extraction quality gate: scores must not fall below pinned floors.

Runs the shared scorer v2 (../shared/eval/score.py, beside the repository, as
in CI) over three sets: the shared development articles (invented), the
shared real-news tuning set (32 real German and English items), and our own
blind sets eval/blind1 (8 invented items), eval/blind2 (12), eval/blind3 (14), eval/blind4 (16) and
eval/blind5 … eval/blind14 (12 each), written without seeing the rules.  The real set is the one that tells how
the rules carry over to text nobody wrote for us; the dev set guards what already worked; blind9–blind13 (and
newer sets) are the honest estimate for unseen news.  blind1–blind4 have steered rules since session 8 (their
misses were read), blind5 and blind6 since session 12, after five sessions held out, blind7 since session 13
and blind8 since session 14, so all eight are tuning sets now.
Our own earlier held-out sets were retired: their gold followed the v1 per-set conventions, not
CONVENTIONS.md.

Floors are a little below the measured scores.  Raise a floor when the
extractor improves; never lower one to make a change pass.  Misleading facts
(wrong facts shown as true, per 100 words) have a ceiling instead.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"

SETS = {"dev": SHARED / "dev", "real": SHARED / "real", "blind": ROOT / "eval" / "blind1",
        "blind2": ROOT / "eval" / "blind2", "blind3": ROOT / "eval" / "blind3",
        "blind4": ROOT / "eval" / "blind4", "blind5": ROOT / "eval" / "blind5", "blind6": ROOT / "eval" / "blind6",
        "blind7": ROOT / "eval" / "blind7", "blind8": ROOT / "eval" / "blind8",
        "blind9": ROOT / "eval" / "blind9", "blind10": ROOT / "eval" / "blind10",
        "blind11": ROOT / "eval" / "blind11", "blind12": ROOT / "eval" / "blind12",
        "blind13": ROOT / "eval" / "blind13", "blind14": ROOT / "eval" / "blind14"}

# Pinned floors (F1, or accuracy), measured with scorer v2 on 2026-12-07, session 16 (real 0.960, dev 0.992, blind
# 0.974, blind2 0.975, blind3 0.960, blind4 0.952, blind5 0.947, blind6 0.959, blind7 0.967, blind8 0.952, blind9
# 0.906, blind10 0.900, blind11 0.910, blind12 0.881, blind13 0.894, blind14 0.908 overall).  blind1–blind8 are read
# to steer rules; blind9–blind14 are scored, never read.  blind14 is new in session 16, written blind to confirm the
# session's decisions (0.907 / 1.60 misleading on the session's starting code, 0.908 / 1.54 at its end).
# Person countries on blind and blind2 were lowered once, in session 6, on purpose: rules that show no
# country where the evidence is weak turned wrong countries into nulls, and the accuracy counts a null as
# wrong (the misleading ceilings fell at the same time).  Likewise blind9's roles (0.97 -> 0.95) and person
# countries (0.75 -> 0.74) in session 14: the round-19 quote and role rules found one more person there (persons
# 54 -> 55 of 56, one more quote, speaker and participant right) whose role and country they do not know; the
# two nulls count as wrong, while wrong facts shown stayed at 48.  And in session 15 (real person countries
# 0.97 -> 0.95, organizations 0.95 -> 0.94; blind3 person countries 0.98 -> 0.97, organizations 0.97 -> 0.96;
# blind4 organizations 0.92 -> 0.91; blind5 person countries 0.85 -> 0.84): two guesses that were right on
# these tuning sets but wrong more often than right on the held-out ones (counted per rule by
# tools/fact_origins.py, summary counts only) are withheld — a person's country from the state an article is
# mostly about when it names other states too, and a bare unknown acronym as an organization — and a body
# written out in full is shown in full (CONVENTIONS §4), which the real set's r09 and blind4's item 15 gold
# do not follow; wrong facts shown on the held-out sets fell 269 -> 226 at the same time.
FLOORS: dict[str, dict[str, float]] = {
    "dev": {
        "persons": 0.99, "roles": 0.99, "person_countries": 0.99, "organizations": 0.99, "countries": 0.99,
        "places": 0.99, "events": 0.97, "event_status": 0.99, "event_participants": 0.91, "quotes": 0.99,
        "quote_speakers": 0.99, "figures": 0.99, "sources": 0.99, "overall": 0.985,
    },
    "real": {
        "persons": 0.98, "roles": 0.95, "person_countries": 0.95, "organizations": 0.93, "countries": 0.99,
        "places": 0.98, "events": 0.88, "event_status": 0.97, "event_participants": 0.78, "quotes": 0.99,
        "quote_speakers": 0.99, "figures": 0.98, "sources": 0.99, "overall": 0.955,
    },
    "blind": {
        "persons": 0.99, "roles": 0.99, "person_countries": 0.99, "organizations": 0.94, "countries": 0.99,
        "places": 0.97, "events": 0.96, "event_status": 0.99, "event_participants": 0.75, "quotes": 0.99,
        "quote_speakers": 0.99, "figures": 0.99, "sources": 0.99, "overall": 0.965,
    },
    "blind2": {
        "persons": 0.99, "roles": 0.99, "person_countries": 0.97, "organizations": 0.94, "countries": 0.99,
        "places": 0.93, "events": 0.96, "event_status": 0.97, "event_participants": 0.86, "quotes": 0.98,
        "quote_speakers": 0.99, "figures": 0.99, "sources": 0.99, "overall": 0.97,
    },
    "blind3": {
        "persons": 0.98, "roles": 0.99, "person_countries": 0.97, "organizations": 0.96, "countries": 0.96,
        "places": 0.97, "events": 0.89, "event_status": 0.99, "event_participants": 0.76, "quotes": 0.98,
        "quote_speakers": 0.97, "figures": 0.97, "sources": 0.96, "overall": 0.955,
    },
    "blind4": {
        "persons": 0.98, "roles": 0.98, "person_countries": 0.96, "organizations": 0.91, "countries": 0.98,
        "places": 0.97, "events": 0.87, "event_status": 0.98, "event_participants": 0.71, "quotes": 0.98,
        "quote_speakers": 0.98, "figures": 0.97, "sources": 0.99, "overall": 0.945,
    },
    "blind5": {
        "persons": 0.99, "roles": 0.99, "person_countries": 0.84, "organizations": 0.97, "countries": 0.99,
        "places": 0.96, "events": 0.86, "event_status": 0.98, "event_participants": 0.69, "quotes": 0.98,
        "quote_speakers": 0.99, "figures": 0.96, "sources": 0.99, "overall": 0.94,
    },
    "blind6": {
        "persons": 0.98, "roles": 0.99, "person_countries": 0.95, "organizations": 0.93, "countries": 0.98,
        "places": 0.99, "events": 0.87, "event_status": 0.99, "event_participants": 0.7, "quotes": 0.99,
        "quote_speakers": 0.99, "figures": 0.99, "sources": 0.99, "overall": 0.95,
    },
    "blind7": {
        "persons": 0.99, "roles": 0.98, "person_countries": 0.96, "organizations": 0.94, "countries": 0.99,
        "places": 0.97, "events": 0.9, "event_status": 0.98, "event_participants": 0.79, "quotes": 0.99,
        "quote_speakers": 0.99, "figures": 0.98, "sources": 0.99, "overall": 0.96,
    },
    "blind8": {
        "persons": 0.98, "roles": 0.98, "person_countries": 0.95, "organizations": 0.9, "countries": 0.99,
        "places": 0.95, "events": 0.89, "event_status": 0.99, "event_participants": 0.71, "quotes": 0.98,
        "quote_speakers": 0.99, "figures": 0.96, "sources": 0.99, "overall": 0.945,
    },
    "blind9": {
        "persons": 0.98, "roles": 0.97, "person_countries": 0.81, "organizations": 0.84, "countries": 0.97,
        "places": 0.83, "events": 0.82, "event_status": 0.99, "event_participants": 0.72, "quotes": 0.97,
        "quote_speakers": 0.93, "figures": 0.96, "sources": 0.88, "overall": 0.9,
    },
    "blind10": {
        "persons": 0.97, "roles": 0.95, "person_countries": 0.81, "organizations": 0.83, "countries": 0.96,
        "places": 0.92, "events": 0.85, "event_status": 0.96, "event_participants": 0.74, "quotes": 0.98,
        "quote_speakers": 0.82, "figures": 0.98, "sources": 0.81, "overall": 0.895,
    },
    "blind11": {
        "persons": 0.96, "roles": 0.95, "person_countries": 0.8, "organizations": 0.89, "countries": 0.98,
        "places": 0.86, "events": 0.82, "event_status": 0.97, "event_participants": 0.78, "quotes": 0.98,
        "quote_speakers": 0.91, "figures": 0.92, "sources": 0.89, "overall": 0.905,
    },
    "blind12": {
        "persons": 0.96, "roles": 0.9, "person_countries": 0.62, "organizations": 0.93, "countries": 0.98,
        "places": 0.85, "events": 0.81, "event_status": 0.96, "event_participants": 0.66, "quotes": 0.94,
        "quote_speakers": 0.89, "figures": 0.91, "sources": 0.93, "overall": 0.875,
    },
    "blind13": {
        "persons": 0.97, "roles": 0.99, "person_countries": 0.85, "organizations": 0.87, "countries": 0.96,
        "places": 0.84, "events": 0.8, "event_status": 0.99, "event_participants": 0.68, "quotes": 0.98,
        "quote_speakers": 0.95, "figures": 0.89, "sources": 0.73, "overall": 0.885,
    },
    "blind14": {
        "persons": 0.96, "roles": 0.95, "person_countries": 0.68, "organizations": 0.92, "countries": 0.96,
        "places": 0.85, "events": 0.87, "event_status": 0.97, "event_participants": 0.74, "quotes": 0.97,
        "quote_speakers": 0.9, "figures": 0.97, "sources": 0.93, "overall": 0.9,
    },
}

# Ceilings on wrong facts shown as true, per 100 words of article text.
MISLEADING_CEILINGS: dict[str, float] = {
    "dev": 0.06, "real": 0.45, "blind": 0.25, "blind2": 0.39, "blind3": 0.44, "blind4": 0.6, "blind5": 0.48,
    "blind6": 0.16, "blind7": 0.42, "blind8": 0.38, "blind9": 1.24, "blind10": 0.88, "blind11": 1.5, "blind12": 1.58,
    "blind13": 1.48, "blind14": 1.6}

_reports: dict[str, dict] = {}


def score(set_name: str, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Run the scorer once per set and session."""
    if set_name not in _reports:
        if not (SHARED / "score.py").is_file():
            pytest.fail(f"the scorer is missing: expected {SHARED / 'score.py'} beside the repository")
        out = tmp_path_factory.mktemp("score") / f"{set_name}.json"
        result = subprocess.run([sys.executable, str(SHARED / "score.py"), "--project", str(ROOT),
                                 "--set", str(SETS[set_name]), "--json", str(out)],
                                capture_output=True, text=True, timeout=900)
        assert result.returncode == 0, result.stdout + result.stderr
        _reports[set_name] = json.loads(out.read_text(encoding="utf-8"))
        assert _reports[set_name]["version"] == 2, "the gate's floors are pinned for scorer v2"
    return _reports[set_name]


@pytest.mark.parametrize(("set_name", "field"),
                         [(name, field) for name, floors in FLOORS.items() for field in sorted(floors)])
def test_score_stays_above_its_floor(set_name: str, field: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    entry = score(set_name, tmp_path_factory)[field]
    value = entry if isinstance(entry, float) else entry.get("f1", entry.get("accuracy"))
    floor = FLOORS[set_name][field]
    assert value is not None and value >= floor, f"{set_name} {field}: {value} fell below the floor {floor:.3f}"


@pytest.mark.parametrize("set_name", sorted(MISLEADING_CEILINGS))
def test_misleading_facts_stay_below_their_ceiling(set_name: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    value = score(set_name, tmp_path_factory)["misleading_per_100_words"]
    ceiling = MISLEADING_CEILINGS[set_name]
    assert value <= ceiling, f"{set_name}: {value:.2f} misleading facts per 100 words, above the ceiling {ceiling:.2f}"


@pytest.mark.parametrize("set_name", sorted(SETS))
def test_no_article_fails(set_name: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    assert score(set_name, tmp_path_factory)["failed"] == []
