"""The performance goals of issue #14, checked against one benchmark run.

Every goal names the size it is stated for; a goal whose size (or whose
measurement) is missing from the run is reported with ``met: None`` and the
reason, never as met.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Results = dict[str, dict[str, Any]]  # size -> that size's numbers


@dataclass(frozen=True)
class Goal:
    name: str
    size: int  # the corpus size the goal is stated for
    key: str  # the measured value, a key of that size's results (or of the growth table)
    limit: float
    at_most: bool  # True: measured <= limit (or < limit when strict); False: measured >= limit
    strict: bool = False
    unit: str = "s"


GOALS = (
    Goal("edit → every affected page and search index served, median", 1000, "serve_edit_median_s", 1.0, True, True),
    Goal("edit → every affected page and search index served, max", 1000, "serve_edit_max_s", 1.0, True, True),
    Goal("cold build / stock Material over plain pages", 1000, "build_vs_baseline", 1 / 3, True, unit="×"),
    Goal("warm `build.py render`, nothing changed", 1000, "build_warm_s", 2.0, True),
    Goal("largest page", 1000, "largest_page_kb", 300.0, True, unit="KB"),
    Goal("search index", 1000, "search_index_kb", 3072.0, True, unit="KB"),
    Goal("edit → every affected page and search index served, max", 3000, "serve_edit_max_s", 2.0, True, True),
    Goal("per-briefing cold build cost vs 1,000", 3000, "growth_vs_1000", 1.1, True, unit="×"),
    Goal("per-briefing cold build cost vs 1,000", 10000, "growth_vs_1000", 1.1, True, unit="×"),
    Goal("extraction, cold, articles/s per core", 1000, "extract_articles_per_s_per_core", 5.0, False, unit="art/s"),
    Goal("extraction re-run, nothing changed", 1000, "extract_warm_s", 2.0, True, True),
)


def growth(results: Results) -> dict[str, float]:
    """Per-briefing cold build cost of each size relative to 1,000 briefings (if 1,000 ran)."""
    base = results.get("1000", {}).get("build_ms_per_briefing")
    if not base:
        return {}
    return {size: r["build_ms_per_briefing"] / base for size, r in results.items() if size != "1000"}


def _compare(goal: Goal) -> Callable[[float], bool]:
    if goal.at_most:
        return (lambda v: v < goal.limit) if goal.strict else (lambda v: v <= goal.limit)
    return lambda v: v >= goal.limit


def check_goals(results: Results) -> list[dict[str, Any]]:
    """One row per goal: what was measured and whether it is met (None: not measured in this run)."""
    ratios = growth(results)
    rows = []
    for goal in GOALS:
        sign = ("<" if goal.strict else "≤") if goal.at_most else "≥"
        row: dict[str, Any] = {"goal": goal.name, "size": goal.size, "key": goal.key,
                               "target": f"{sign} {goal.limit:.3g} {goal.unit}", "measured": None, "met": None}
        sized = results.get(str(goal.size))
        value = ratios.get(str(goal.size)) if goal.key == "growth_vs_1000" else (sized or {}).get(goal.key)
        if sized is None:
            row["reason"] = f"size {goal.size} not in this run"
        elif goal.key == "growth_vs_1000" and "1000" not in results:
            row["reason"] = "size 1000 not in this run"
        elif value is None:
            row["reason"] = sized.get("serve_error", "").split("\n")[0] or f"{goal.key} not measured"
        else:
            row["measured"] = value
            row["met"] = _compare(goal)(value)
        rows.append(row)
    return rows


def goals_table(rows: list[dict[str, Any]]) -> str:
    lines = ["| goal | size | target | measured | met? |", "|---|---|---|---|---|"]
    for row in rows:
        measured = f"{row['measured']:.3g}" if row["measured"] is not None else f"n/a ({row.get('reason', '')})"
        met = {True: "yes", False: "**no**", None: "—"}[row["met"]]
        lines.append(f"| {row['goal']} | {row['size']:,} | {row['target']} | {measured} | {met} |")
    return "\n".join(lines)
