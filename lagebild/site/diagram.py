"""Who met whom, drawn as a small inline SVG: persons on a circle, a line per shared meeting.

Few names (at most MAX_NODES, the best connected), each linking to its meeting, labels at a
legible size; what to draw (only persons, only real meetings) the caller decides (meetings.py).

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
MAX_NODES = 12  # more, and names collide and lines become a hairball


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


def _most_connected(edges: list[Edge], keep: str | None, limit: int) -> set[str]:
    """The `limit` names with the most distinct partners (ties by name), always including `keep`."""
    partners: dict[str, set[str]] = {}
    for edge in edges:
        if edge.first != edge.second:
            partners.setdefault(edge.first, set()).add(edge.second)
            partners.setdefault(edge.second, set()).add(edge.first)
    ranked = sorted(partners, key=lambda name: (name != keep, -len(partners[name]), name))
    return set(ranked[:limit])


def meeting_graph_svg(edges: list[Edge], label: str = "", links: dict[str, str] | None = None,
                      centre_name: str | None = None, max_nodes: int = MAX_NODES) -> str:
    """SVG for the edges, at most `max_nodes` names (the best connected; `centre_name` always);
    a name with an entry in `links` links there (its meeting). Empty when nobody met anybody."""
    shown = _most_connected(edges, centre_name, max_nodes)
    nodes: list[str] = []
    dates: dict[tuple[str, str], set[str]] = {}
    planned: dict[tuple[str, str], bool] = {}
    for edge in edges:
        if edge.first == edge.second or edge.first not in shown or edge.second not in shown:
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
    width = size + 2 * LABEL_ROOM
    # A picture of links keeps SVG's own role (its links stay reachable; the HTML checker refuses
    # 'group' on <svg>); a picture without links is one image to assistive technology.
    role = "" if any(name in (links or {}) for name in nodes) else ' role="img"'
    # Drawn at its own size (labels at the stylesheet's font size), shrunk only on narrow screens.
    parts = [f'<div class="lb-diagram"><svg viewBox="{-LABEL_ROOM} 0 {width:.0f} {size:.0f}" '
             f'width="{width:.0f}" height="{size:.0f}"{role} aria-label="{escape(title)}">']
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
        node = (f'<circle cx="{x:.1f}" cy="{y:.1f}" r="6" class="lb-node"></circle>'
                f'<text x="{x + dx:.1f}" y="{y + dy:.1f}" text-anchor="{anchor}">{escape(name)}</text>')
        href = (links or {}).get(name)
        parts.append(f'<a href="{escape(href)}">{node}</a>' if href else node)
    parts.append("</svg></div>")
    return "".join(parts)
