"""No event with a wrong year (issue #13): a dated event whose day and month are a gold event's must have
its year too.  A wrong year shown as certain puts a past meeting among the upcoming dates, or the
reverse; a date the extractor cannot place is `guessed` or left undated instead.

Runs over every gold set we have: the shared dev and real sets (beside the repository, as in CI) and our
own blind sets.  It prints nothing of the articles, only counts."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from lagebild.article import Article
from lagebild.extract.pipeline import build_doc

ROOT = Path(__file__).resolve().parent.parent
SETS = [ROOT.parent / "shared" / "eval" / "dev", ROOT.parent / "shared" / "eval" / "real",
        *sorted((ROOT / "eval").glob("blind*"))]


def _wrong_years(setdir: Path) -> tuple[int, list[str]]:
    dated, wrong = 0, []
    for text_file in sorted((setdir / "articles").glob("*.txt")):
        meta_file = text_file.with_suffix(".meta.yaml")
        meta = (yaml.safe_load(meta_file.read_text(encoding="utf-8")) or {}) if meta_file.exists() else {}
        gold = yaml.safe_load((setdir / "gold" / f"{text_file.stem}.yaml").read_text(encoding="utf-8")) or {}
        gold_days = {str(e["date"])[:10] for e in gold.get("events") or [] if isinstance(e, dict) and e.get("date")}
        language = str(meta.get("language") or "")[:2] or None
        published = str(meta["published"]) if meta.get("published") else None
        doc = build_doc(Article(path=f"seeds/{text_file.name}", name=text_file.name,
                                text=text_file.read_text(encoding="utf-8"), digest="0", published=published,
                                language=language))
        for event in doc.events:
            day = str(event.date or "")[:10]
            if len(day) < 10:
                continue
            dated += 1
            if day not in gold_days and any(g[5:] == day[5:] and g[:4] != day[:4] for g in gold_days):
                wrong.append(f"{text_file.stem}: {day}")
    return dated, wrong


@pytest.mark.parametrize("setdir", SETS, ids=[s.name for s in SETS])
def test_no_event_has_a_wrong_year(setdir: Path) -> None:
    if not (setdir / "articles").is_dir():
        pytest.skip(f"{setdir} is not beside the repository")
    dated, wrong = _wrong_years(setdir)
    assert dated > 0, "no dated event at all: the check would prove nothing"
    assert not wrong, f"{len(wrong)} of {dated} dated events have a gold event's day in another year: {wrong}"
