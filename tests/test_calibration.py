"""benchmarks/calibration.py: the precision of `extracted` facts against `guessed` ones, by the shared scorer."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
sys.path.insert(0, str(ROOT / "benchmarks"))

import calibration  # noqa: E402


def test_only_keeps_the_facts_of_one_review_state() -> None:
    prediction = {"title": "T", "persons": [{"name": "A", "review": "extracted"}, {"name": "B", "review": "guessed"}],
                  "figures": [{"value": 3, "review": "guessed"}]}
    assert [p["name"] for p in calibration.only(prediction, guessed=False)["persons"]] == ["A"]
    assert [p["name"] for p in calibration.only(prediction, guessed=True)["persons"]] == ["B"]
    assert calibration.only(prediction, guessed=False)["figures"] == []
    assert calibration.only(prediction, guessed=False)["title"] == "T"


def test_a_wrong_guess_lowers_only_the_guessed_precision(tmp_path: Path) -> None:
    if not SCORER.is_file():
        pytest.skip("the shared scorer is not beside the repository")
    scorer = calibration.load_scorer(SCORER)
    set_dir, kept = tmp_path / "set", tmp_path / "kept"
    (set_dir / "gold").mkdir(parents=True)
    (set_dir / "gold" / "a.yaml").write_text("persons:\n- name: Anna Berg\n", encoding="utf-8")
    briefing = kept / "a" / "content" / "briefings" / "a.md"
    briefing.parent.mkdir(parents=True)
    briefing.write_text("---\npersons:\n- name: Anna Berg\n  review: extracted\n- name: Otto Wrong\n  review: guessed\n"
                        "---\nbody\n", encoding="utf-8")
    totals = calibration.calibrate(scorer, set_dir, kept)
    assert totals["extracted"]["persons"] == [1, 1]
    assert totals["guessed"]["persons"] == [0, 1]
    assert "all facts" in calibration.report(totals)


def test_a_missing_scorer_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert calibration.main(["--set", str(tmp_path), "--scorer", str(tmp_path / "none.py")]) == 2
    assert "no scorer" in capsys.readouterr().err
