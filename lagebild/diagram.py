"""Who met whom, drawn as a small inline SVG: actors on a circle, a line per meeting.

Drawn on the server so the site needs no script and no network to show it;
every label is escaped.
"""

from __future__ import annotations

import math
from html import escape

SIZE = 360
RADIUS = 120


def meeting_graph_svg(pairs: list[tuple[str, str, str]]) -> str:
    """SVG for (actor, actor, date) pairs; empty when nobody met anybody."""
    nodes: list[str] = []
    edges: dict[tuple[str, str], list[str]] = {}
    for first, second, when in pairs:
        if first == second:
            continue
        for name in (first, second):
            if name not in nodes:
                nodes.append(name)
        key = tuple(sorted((first, second)))
        edges.setdefault(key, [])  # type: ignore[arg-type]
        if when and when not in edges[key]:  # type: ignore[index]
            edges[key].append(when)  # type: ignore[index]
    if len(nodes) < 2:
        return ""
    centre = SIZE / 2
    position = {
        name: (centre + RADIUS * math.cos(2 * math.pi * i / len(nodes) - math.pi / 2),
               centre + RADIUS * math.sin(2 * math.pi * i / len(nodes) - math.pi / 2))
        for i, name in enumerate(nodes)
    }
    parts = [f'<div class="lb-diagram"><svg viewBox="-90 0 {SIZE + 180} {SIZE}" role="img" '
             f'aria-label="{escape(", ".join(nodes))}">']
    for (first, second), dates in sorted(edges.items()):
        (x1, y1), (x2, y2) = position[first], position[second]
        title = escape(f"{first} – {second}" + (f" ({', '.join(sorted(dates))})" if dates else ""))
        parts.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" class="lb-edge">'
                     f"<title>{title}</title></line>")
    for name, (x, y) in position.items():
        anchor = "middle" if abs(x - centre) < 1 else ("start" if x > centre else "end")
        dx = 0 if anchor == "middle" else (10 if anchor == "start" else -10)
        dy = -12 if y < centre - 1 else 20
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="6" class="lb-node"></circle>'
                     f'<text x="{x + dx:.1f}" y="{y + dy:.1f}" text-anchor="{anchor}">{escape(name)}</text>')
    parts.append("</svg></div>")
    return "".join(parts)
