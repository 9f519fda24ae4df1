"""Consistency of the evaluation sets kept in the repository (eval/*/).

Each set holds articles/NAME.txt, articles/NAME.meta.yaml and gold/NAME.yaml
written by hand after /work/shared/eval/CONVENTIONS.md.  A typo in a gold file
silently lowers every score measured on it, so these tests check what can be
checked mechanically: every field is present, the header agrees with the meta
file, every quote text occurs verbatim in its article, dates and statuses have
the allowed forms, and every event participant is a listed person,
organization or country.  They do not judge the annotation itself.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

EVAL_DIR = Path(__file__).resolve().parents[1] / "eval"
GOLD_FIELDS = (
    "id", "language", "published", "persons", "organizations", "countries",
    "places", "events", "quotes", "figures", "sources",
)
EVENT_FIELDS = ("date", "kind", "status", "summary", "participants", "place")
KINDS = {"meeting", "talks", "call", "speech", "statement", "announcement", "other"}
DATE_FORMS = (re.compile(r"\d{4}-\d{2}-\d{2}"), re.compile(r"\d{4}-\d{2}"))
ISO_CODE = re.compile(r"[A-Z]{2}")


def _gold_files() -> list[Path]:
    return sorted(EVAL_DIR.glob("*/gold/*.yaml"))


def _load(path: Path) -> dict[str, Any]:
    loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict), f"{path}: not a mapping"
    return loaded


def _date_text(value: object) -> str | None:
    # PyYAML reads an unquoted 2026-03-19 as a date; keep the text form for checks.
    return None if value is None else str(value)


def _article_text(gold_path: Path) -> str:
    article = gold_path.parent.parent / "articles" / f"{gold_path.stem}.txt"
    return article.read_text(encoding="utf-8")


GOLD_FILES = _gold_files()
IDS = [f"{path.parent.parent.name}/{path.stem}" for path in GOLD_FILES]


def test_the_repository_has_eval_sets() -> None:
    assert GOLD_FILES, f"no gold files under {EVAL_DIR}"


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=IDS)
def test_gold_header_agrees_with_article_and_meta(gold_path: Path) -> None:
    gold = _load(gold_path)
    missing = [field for field in GOLD_FIELDS if field not in gold]
    assert not missing, f"{gold_path}: missing fields {missing}"
    assert gold["id"] == gold_path.stem
    assert gold["language"] in {"de", "en"}
    text = _article_text(gold_path)
    lines = text.splitlines()
    assert len(lines) > 2 and lines[0].strip() and not lines[1].strip(), (
        f"{gold_path.stem}.txt: expected a headline, a blank line, then the text"
    )
    meta_path = gold_path.parent.parent / "articles" / f"{gold_path.stem}.meta.yaml"
    if meta_path.exists():
        meta = _load(meta_path)
        for key in ("published", "outlet", "language", "url"):
            assert key in meta, f"{meta_path}: missing {key}"
        assert _date_text(gold["published"]) == _date_text(meta["published"])
        assert str(meta["language"]).startswith(gold["language"])


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=IDS)
def test_every_quote_occurs_verbatim_in_its_article(gold_path: Path) -> None:
    gold = _load(gold_path)
    text = _article_text(gold_path)
    absent = [quote["text"] for quote in gold["quotes"] if quote["text"] not in text]
    assert not absent, f"{gold_path.stem}: quotes not in the article: {absent}"
    for quote in gold["quotes"]:
        assert set(quote) <= {"speaker", "text", "co_speakers"}, quote


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=IDS)
def test_events_have_allowed_forms_and_known_participants(gold_path: Path) -> None:
    gold = _load(gold_path)
    known = {person["name"] for person in gold["persons"]} | set(gold["organizations"]) | set(gold["countries"])
    for event in gold["events"]:
        assert set(EVENT_FIELDS) <= set(event), f"{gold_path.stem}: {event}"
        date = _date_text(event["date"])
        assert date is None or any(form.fullmatch(date) for form in DATE_FORMS), date
        assert event["status"] in {"past", "planned"}, event
        assert event["kind"] in KINDS, event
        unknown = [name for name in event["participants"] if name not in known]
        assert not unknown, f"{gold_path.stem}: participants not listed elsewhere: {unknown}"


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=IDS)
def test_countries_are_iso_codes_and_persons_complete(gold_path: Path) -> None:
    gold = _load(gold_path)
    bad = [code for code in gold["countries"] if not (isinstance(code, str) and ISO_CODE.fullmatch(code))]
    assert not bad, f"{gold_path.stem}: not ISO codes (a bare NO reads as false): {bad}"
    for person in gold["persons"]:
        assert set(person) == {"name", "role", "country"}, person
        country = person["country"]
        assert country is None or ISO_CODE.fullmatch(country), person
    for figure in gold["figures"]:
        assert isinstance(figure["value"], int | float), figure
