"""Rendering the site's Markdown from the model, through the templates in templates/.

Every value goes through the Markdown-escaping Jinja environment; links and
footnote references are built here from our own slugs, so article text can
never become a link or a heading.  Evidence sentences become footnotes,
which the Material theme shows as tooltips.
"""

from __future__ import annotations

import html
import posixpath
from collections.abc import Callable
from pathlib import Path
from typing import Any

from markupsafe import Markup

from lagebild import templating
from lagebild.corpus import ACTOR_KINDS, Actor, Corpus, briefing_date, name_key
from lagebild.diagram import Edge, meeting_graph_svg
from lagebild.i18n import babel_locale, country_genitive, country_name, format_date, format_number, kind_label, labels
from lagebild.markup import escape_markdown
from lagebild.model import EVENT_KINDS, Briefing, Event, Fact
from lagebild.review import review_context
from lagebild.situation_pages import MergedView, story_pages

MARKERS = ("overview", "events", "actors", "outside-power", "quotes", "figures", "sources")
BRIEFINGS_FOLDER = "briefings"


def briefing_path(briefing: Briefing) -> str:
    return f"{BRIEFINGS_FOLDER}/{briefing.slug}.md"


class Footnotes:
    """Evidence footnotes for one page, one per fact however often the fact is shown."""

    def __init__(self) -> None:
        self.numbers: dict[str, int] = {}
        self.texts: list[str] = []

    def ref(self, fact: Fact | Any) -> Markup:
        evidence = getattr(fact, "evidence", "")
        if not evidence:
            return Markup("")
        key = f"{getattr(fact, 'id', '')}|{evidence}"
        if key not in self.numbers:
            self.texts.append(evidence)
            self.numbers[key] = len(self.texts)
        return Markup(f"[^ev{self.numbers[key]}]")

    def definitions(self) -> str:
        return "".join(f"\n[^ev{n}]: {escape_markdown(' '.join(t.split()))}\n"
                       for n, t in enumerate(self.texts, start=1))


class PageRenderer:
    """Renders one page's Markdown; knows where the page is so links are relative."""

    def __init__(self, corpus: Corpus, page_path: str, language: str, template_dir: Path,
                 locale: str | None = None, today: str = "") -> None:
        self.corpus = corpus
        self.page_path = page_path
        self.language = language
        self.locale = locale
        self.template_dir = template_dir
        self.today = today
        self.labels = labels(language)
        self.footnotes = Footnotes()

    def url(self, target: str) -> str:
        return posixpath.relpath(target, posixpath.dirname(self.page_path) or ".")

    def link(self, text: str, target: str) -> Markup:
        return Markup(f"[{escape_markdown(' '.join(text.split()))}]({self.url(target)})")

    def actor_link(self, name: str, briefing: Briefing | None = None) -> Markup:
        actor = self.corpus.find(name, briefing)
        shown = country_name(name, self.language) if len(name) == 2 and name.isupper() else name
        if actor is None:
            return Markup(escape_markdown(shown))
        return self.link(shown, actor.path)

    def crumbs(self, *trail: tuple[str, str]) -> Markup:
        """A back-link trail to the pages above this one (the nav leaves briefings and actors out)."""
        links = " › ".join(self.link(label, target) for label, target in trail)
        return Markup(f'<nav class="lb-crumbs" aria-label="{self.labels["breadcrumbs"]}" markdown>\n'
                      f"{links}\n</nav>\n")

    def badge(self, fact: Fact | Any) -> Markup:
        review = getattr(fact, "review", "")
        if review == "guessed":
            return Markup(f' <span class="lb-guessed" title="{self.labels["guessed_note"]}">'
                          f'{self.labels["guessed"]}</span>')
        if review in ("edited", "verified"):
            return Markup(f' <span class="lb-{review}">{self.labels[review]}</span>')
        return Markup("")

    def helpers(self) -> dict[str, Any]:
        return {
            "labels": self.labels, "link": self.link, "actor_link": self.actor_link, "fn": self.footnotes.ref,
            "badge": self.badge, "date": self.date, "number": self.number, "kind": self.kind,
            "country": lambda code: country_name(code, self.language) if code else "",
            "briefing_link": lambda b: self.link(b.title or b.slug, briefing_path(b)),
            "briefing_date": briefing_date, "today": self.today, "crumbs": self.crumbs,
            "html": lambda text: Markup(html.escape(str(text))),  # text inside raw-HTML blocks
            "url": self.url, **MergedView(self).helpers(),
        }

    def date(self, value: str | None) -> str:
        return format_date(value, self.language, self.locale)

    def number(self, value: float | int) -> str:
        return format_number(value, self.language, self.locale)

    def kind(self, value: str) -> str:
        return kind_label(value, self.language)

    def render(self, template: str, **context: Any) -> str:
        return templating.render(template, self.template_dir, **self.helpers(), **context)

    def finish(self, markdown: str) -> str:
        return markdown + self.footnotes.definitions()


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
    """Markdown for each marker of a briefing page, from its current facts."""
    events = sorted((e for e in briefing.events if e.is_visible), key=lambda e: (e.date or "9999", e.id))
    power = outside_power(briefing)
    power_persons = [p for p in briefing.visible("persons") if getattr(p, "country", None) == power]
    # Events the power takes part in: as a country, or through one of its people under any spelling.
    power_actors = {id(a) for a in (renderer.corpus.find(p.name, briefing)  # type: ignore[attr-defined]
                                    for p in power_persons) if a is not None}
    power_events = [e for e in events if power and (power in e.participants or any(
        id(renderer.corpus.find(n, briefing)) in power_actors for n in e.participants))]
    context = {
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
        "diagram": Markup(meeting_graph_svg(_meeting_pairs(renderer, briefing, events), renderer.labels["met_whom"])),
    }
    return {marker: renderer.render(f"blocks/{marker}.md.j2", **context) for marker in MARKERS}


def _meeting_pairs(renderer: PageRenderer, briefing: Briefing, events: list[Event]) -> list[Edge]:
    pairs = []
    for event in events:
        names = _people_first(renderer, briefing, list(event.participants))
        for index, first in enumerate(names):
            for second in names[index + 1:]:
                pairs.append(Edge(_short(renderer, first, briefing), _short(renderer, second, briefing),
                                  event.date or "",
                                  event.status == "planned"))
    return pairs


def _people_first(renderer: PageRenderer, briefing: Briefing, names: list[str]) -> list[str]:
    """Who met whom is about people: when an event names two or more persons, draw only them.

    Countries and bodies would otherwise join every pair and turn the picture into a hairball.
    """
    people = [n for n in names if (actor := renderer.corpus.find(n, briefing)) is not None and actor.kind == "person"]
    return people if len(people) >= 2 else names


def _short(renderer: PageRenderer, name: str, briefing: Briefing | None = None) -> str:
    """One label per actor in a diagram, however the article spelled the name this time."""
    if len(name) == 2 and name.isupper():
        return country_name(name, renderer.language)
    actor = renderer.corpus.find(name, briefing)
    return actor.name if actor is not None else name


def render_briefing_markdown(markdown: str, renderer: PageRenderer, briefing: Briefing) -> str:
    """Replace the markers in a briefing's body by its rendered facts."""
    blocks = briefing_blocks(renderer, briefing)
    for marker, block in blocks.items():
        markdown = markdown.replace(f"<!-- lagebild:{marker} -->", block)
    return renderer.finish(markdown)


def generated_pages(corpus: Corpus, template_dir: Path, language: str, today: str,
                    state_dir: Path | None = None) -> dict[str, str]:
    """Every page derived from all briefings: path -> Markdown."""
    pages: dict[str, str] = {}

    def page(path: str, template: str, **context: Any) -> None:
        renderer = PageRenderer(corpus, path, language, template_dir, today=today)
        pages[path] = renderer.finish(renderer.render(template, corpus=corpus, **context))

    page("index.md", "pages/index.md.j2", upcoming=corpus.upcoming(today), stories=corpus.stories(today)[:8],
         top=corpus.most_mentioned(), latest=corpus.briefings[:10])
    story_pages(corpus, today, page)
    page(f"{BRIEFINGS_FOLDER}/index.md", "pages/briefings.md.j2", briefings=corpus.briefings)
    page("actors/index.md", "pages/actors.md.j2", persons=corpus.by_kind("person"),
         organizations=corpus.by_kind("organization"), countries=corpus.by_kind("country"),
         places=corpus.by_kind("place"))
    entries = corpus.merged_events(today)  # one row per occurrence, as of the build date
    tokens = {m.id: sorted({p.token for p in m.participants if not p.token.startswith("name:")}) for m in entries}
    in_timeline = {token for found in tokens.values() for token in found}
    filter_actors = sorted((a for a in corpus.actors.values() if a.token in in_timeline),
                           key=lambda a: (ACTOR_KINDS.index(a.kind), name_key(a.name)))
    page("timeline.md", "pages/timeline.md.j2", entries=entries, filter_actors=filter_actors,
         kinds=[k for k in EVENT_KINDS if any(m.kind == k for m in entries)],
         tokens=lambda m: Markup(" ".join(tokens[m.id])))
    page("review.md", "pages/review.md.j2", **review_context(corpus, state_dir),  # state: .lagebild/
         duplicates=corpus.possible_duplicates)
    for actor in corpus.actors.values():
        actor_page(pages, corpus, actor, template_dir, language, today)
    return pages


def actor_page(pages: dict[str, str], corpus: Corpus, actor: Actor, template_dir: Path,
               language: str, today: str) -> None:
    renderer = PageRenderer(corpus, actor.path, language, template_dir, today=today)
    pairs: list[Edge] = []
    for briefing, event in actor.events if actor.kind != "place" else ():  # a place meets no one
        for other in event.participants:
            other_actor = corpus.find(other, briefing)
            if other_actor is not actor:
                pairs.append(Edge(actor.name, _short(renderer, other, briefing),
                                  event.date or "", event.status == "planned"))
    events = corpus.events_of(actor, today)
    body = renderer.render("pages/actor.md.j2", actor=actor, events=events,
                           diagram=Markup(meeting_graph_svg(pairs, renderer.labels["met_whom"])))
    pages[actor.path] = renderer.finish(body)


Render = Callable[..., str]
__all__ = ["MARKERS", "PageRenderer", "babel_locale", "briefing_path", "generated_pages",
           "render_briefing_markdown"]
