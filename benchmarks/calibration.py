"""Is `review: extracted` honest?  Precision of the facts the extractor is sure of against those it marks
`guessed`, scored by the shared scorer (issue #13: "among extracted facts, those marked extracted must be
the ones that are right").

    .venv/bin/python benchmarks/calibration.py --set ../shared/eval/real [--scorer ../shared/eval/score.py]

Runs the scorer once with ``--keep`` (so the extraction is exactly the scored one), then scores each
article's prediction twice more: with only its `extracted` facts, and with only its `guessed` ones.  A
fact's precision is its right share among those shown (P/R fields: tp / (tp + fp); accuracy fields such
as roles: right / judged).  Prints one table; ``--json`` writes it.  Nothing of the articles is printed,
so it may run on a blind set.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
LIST_FIELDS = ("persons", "organizations", "places", "sources", "countries", "events", "quotes", "figures")


def load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("lagebild_shared_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"calibration: cannot load the scorer {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def only(prediction: dict[str, Any], guessed: bool) -> dict[str, Any]:
    """The prediction with only its guessed (or only its sure) facts; other keys kept as they are."""
    kept = dict(prediction)
    for field in LIST_FIELDS:
        items = prediction.get(field) or []
        kept[field] = [item for item in items
                       if (isinstance(item, dict) and item.get("review") == "guessed") == guessed]
    return kept


def prediction_of(kept_dir: Path) -> dict[str, Any]:
    briefs = sorted((kept_dir / "content").rglob("*.md"))
    if len(briefs) != 1:
        return {}
    text = briefs[0].read_text(encoding="utf-8")
    _, front, _ = text.split("---\n", 2)
    return yaml.safe_load(front) or {}


def calibrate(scorer: ModuleType, set_dir: Path, kept: Path) -> dict[str, dict[str, list[int]]]:
    """Per review state, per field: [right, shown] (right = tp or accurate; shown = tp + fp or judged)."""
    totals: dict[str, dict[str, list[int]]] = {"extracted": {}, "guessed": {}}
    for gold_path in sorted((set_dir / "gold").glob("*.yaml")):
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8")) or {}
        prediction = prediction_of(kept / gold_path.stem)
        for state, guessed in (("extracted", False), ("guessed", True)):
            counts = scorer.score_article(gold, only(prediction, guessed)).counts
            for field, (first, second, _third) in counts.items():
                if field == "published":
                    continue
                right_shown = totals[state].setdefault(field, [0, 0])
                right_shown[0] += first
                right_shown[1] += first + second
    return totals


def report(totals: dict[str, dict[str, list[int]]]) -> str:
    lines = [f"{'field':20} {'extracted: right/shown':>24} {'guessed: right/shown':>24}"]
    sums = {state: [0, 0] for state in totals}
    for field in totals["extracted"]:
        cells = []
        for state in ("extracted", "guessed"):
            right, shown = totals[state].get(field, [0, 0])
            sums[state][0] += right
            sums[state][1] += shown
            cells.append(f"{right:>5}/{shown:<5} {right / shown:6.3f}" if shown else f"{'—':>17}")
        lines.append(f"{field:20} {cells[0]:>24} {cells[1]:>24}")
    cells = [f"{r:>5}/{s:<5} {r / s:6.3f}" if s else "—" for r, s in (sums["extracted"], sums["guessed"])]
    lines.append(f"{'all facts':20} {cells[0]:>24} {cells[1]:>24}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", dest="set_dir", type=Path, required=True, help="a gold set (articles/, gold/)")
    parser.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "eval" / "score.py")
    parser.add_argument("--json", type=Path, help="write the counts here")
    args = parser.parse_args(argv)
    if not args.scorer.is_file():
        print(f"calibration: no scorer at {args.scorer}; pass --scorer PATH", file=sys.stderr)
        return 2
    if not (args.set_dir / "gold").is_dir():
        print(f"calibration: {args.set_dir} has no gold/ folder; pass a gold set", file=sys.stderr)
        return 2
    scorer = load_scorer(args.scorer)
    with tempfile.TemporaryDirectory(prefix="calibration-") as work:
        kept = Path(work)
        run = subprocess.run([sys.executable, str(args.scorer), "--project", str(ROOT), "--set", str(args.set_dir),
                              "--keep", str(kept)], capture_output=True, text=True, check=False)
        if run.returncode not in (0, 1):
            print(f"calibration: the scorer failed: {run.stderr[-400:]}", file=sys.stderr)
            return 1
        totals = calibrate(scorer, args.set_dir, kept)
    print(report(totals))
    if args.json:
        args.json.write_text(json.dumps(totals, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
