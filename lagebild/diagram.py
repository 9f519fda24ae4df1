"""Who met whom, drawn as a small inline SVG: actors on a circle, a line per shared date.

Drawn on the server so the site needs no script and no network to show it;
every label is escaped.  Planned meetings are dashed, so the picture keeps
past and planned apart as the tables do.
"""

from __future__ import annotations

import math
from html import escape
from typing import NamedTuple

MIN_RADIUS = 110
LABEL_ROOM = 170  # space left and right of the circle for names


class Edge(NamedTuple):
    first: str
    second: str
    date: str = ""
    planned: bool = False


def _layout(nodes: list[str]) -> tuple[float, dict[str, tuple[float, float]]]:
    """Nodes evenly on a circle that grows with their number, so labels do not collide."""
    radius = max(MIN_RADIUS, 11 * len(nodes))
    centre = radius + 30
    return centre, {
        name: (centre + radius * math.cos(2 * math.pi * i / len(nodes) - math.pi / 2),
               centre + radius * math.sin(2 * math.pi * i / len(nodes) - math.pi / 2))
        for i, name in enumerate(nodes)
    }


def meeting_graph_svg(edges: list[Edge], label: str = "") -> str:
    """SVG for the edges; empty when nobody met anybody."""
    nodes: list[str] = []
    dates: dict[tuple[str, str], set[str]] = {}
    planned: dict[tuple[str, str], bool] = {}
    for edge in edges:
        if edge.first == edge.second:
            continue
        for name in (edge.first, edge.second):
            if name not in nodes:
                nodes.append(name)
        first, second = sorted((edge.first, edge.second))
        dates.setdefault((first, second), set())
        if edge.date:
            dates[(first, second)].add(edge.date)
        # A pair that met already is drawn solid even if it meets again later.
        planned[(first, second)] = planned.get((first, second), True) and edge.planned
    if len(nodes) < 2:
        return ""
    centre, position = _layout(nodes)
    size = 2 * centre
    title = f"{label}: {', '.join(nodes)}" if label else ", ".join(nodes)
    parts = [f'<div class="lb-diagram"><svg viewBox="{-LABEL_ROOM} 0 {size + 2 * LABEL_ROOM:.0f} {size:.0f}" '
             f'role="img" aria-label="{escape(title)}">']
    for (first, second), when in sorted(dates.items()):
        (x1, y1), (x2, y2) = position[first], position[second]
        tip = escape(f"{first} – {second}" + (f" ({', '.join(sorted(when))})" if when else ""))
        kind = "lb-edge lb-planned" if planned[(first, second)] else "lb-edge"
        parts.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" class="{kind}">'
                     f"<title>{tip}</title></line>")
    for name, (x, y) in position.items():
        anchor = "middle" if abs(x - centre) < 1 else ("start" if x > centre else "end")
        dx = 0 if anchor == "middle" else (10 if anchor == "start" else -10)
        dy = -12 if y < centre - 1 and anchor == "middle" else (20 if anchor == "middle" else 4)
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="6" class="lb-node"></circle>'
                     f'<text x="{x + dx:.1f}" y="{y + dy:.1f}" text-anchor="{anchor}">{escape(name)}</text>')
    parts.append("</svg></div>")
    return "".join(parts)
