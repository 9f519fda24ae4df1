"""A briefing page: its body's markers (``mark_blocks``) replaced by the fact blocks rendered from its
current facts (overview, events, actors, the outside power, quotes, figures, sources, who met whom)."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from lagebild import templating
from lagebild.briefing.model import Briefing, Event
from lagebild.i18n import country_genitive
from lagebild.site.diagram import Edge, meeting_graph_svg
from lagebild.site.html_pages import HtmlPage, block_token, place_blocks
from lagebild.site.meetings import meeting_pairs
from lagebild.site.page_renderer import PageRenderer

MARKERS = ("overview", "events", "actors", "outside-power", "quotes", "figures", "sources")


def outside_power(briefing: Briefing) -> str | None:
    """The outside power the article centres on: the country its actors act for most, if not the article's own."""
    counts: dict[str, int] = {}
    for person in briefing.visible("persons"):
        country = getattr(person, "country", None)
        if country:
            counts[country] = counts.get(country, 0) + 1
    if not counts:
        return None
    return max(sorted(counts), key=lambda code: counts[code])


def briefing_blocks(renderer: PageRenderer, briefing: Briefing) -> dict[str, str]:
    """HTML for each marker of a briefing page, from its current facts."""
    events = sorted((e for e in briefing.events if e.is_visible), key=lambda e: (e.date or "9999", e.id))
    power = outside_power(briefing)
    power_persons = [p for p in briefing.visible("persons") if getattr(p, "country", None) == power]
    # Events the power takes part in: as a country, or through one of its people under any spelling.
    power_actors = {id(a) for a in (renderer.corpus.find(p.name, briefing)  # type: ignore[attr-defined]
                                    for p in power_persons) if a is not None}
    power_events = [e for e in events if power and (power in e.participants or any(
        id(renderer.corpus.find(n, briefing)) in power_actors for n in e.participants))]
    context: dict[str, Any] = {
        "briefing": briefing,
        "past": [e for e in events if e.status == "past"],
        "planned": [e for e in events if e.status == "planned"],
        "persons": briefing.visible("persons"),
        "organizations": briefing.visible("organizations"),
        "countries": briefing.visible("countries"),
        "places": briefing.visible("places"),
        "quotes": briefing.visible("quotes"),
        "figures": briefing.visible("figures"),
        "sources": briefing.visible("sources"),
        "power": power,
        "power_heading": renderer.labels["role_of"].format(
            of=country_genitive(power, briefing.language)) if power else "",
        "power_persons": power_persons,
        "power_events": power_events,
        "diagram": Markup(meeting_graph_svg(*_diagram_of(renderer, briefing, events))),
    }
    context.update(renderer.helpers())  # once for the seven blocks
    return {marker: templating.render(f"blocks/{marker}.html.j2", renderer.template_dir, **context)
            for marker in MARKERS}


def _diagram_of(renderer: PageRenderer, briefing: Briefing,
                events: list[Event]) -> tuple[list[Edge], str, dict[str, str]]:
    pairs, links = meeting_pairs(renderer, briefing, events)
    return pairs, renderer.labels["met_whom"], links


def mark_blocks(markdown: str) -> tuple[str, dict[str, str]]:
    """A briefing's body with each marker a paragraph of its own token, and token -> marker.

    The fact blocks are HTML, placed after the body's conversion (html_pages.place_blocks)."""
    tokens: dict[str, str] = {}
    for marker in MARKERS:
        comment = f"<!-- lagebild:{marker} -->"
        if comment in markdown:
            token = block_token(marker, markdown)
            tokens[token] = marker
            markdown = markdown.replace(comment, f"\n\n{token}\n\n")
    return markdown, tokens


def briefing_html(renderer: PageRenderer, briefing: Briefing, body: str, tokens: dict[str, str],
                  taken_ids: set[str]) -> tuple[str, HtmlPage]:
    """A briefing page's HTML: its converted, sanitized body with the fact blocks in place of the
    tokens (`mark_blocks`) and the evidence footnotes at the end; and the blocks' links and anchors.

    `taken_ids`: the ids the body uses already, which the blocks' headings avoid."""
    renderer.headings.ids.update(taken_ids)
    blocks = briefing_blocks(renderer, briefing)
    rendered = renderer.finish("")
    return place_blocks(body, {token: blocks[marker] for token, marker in tokens.items()}) + rendered.html, rendered
