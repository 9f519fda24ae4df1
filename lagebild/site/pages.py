"""Rendering the site's Markdown from the model, through the templates in templates/.

Every value goes through the Markdown-escaping Jinja environment; links and
footnote references are built here from our own slugs, so article text can
never become a link or a heading.  Evidence sentences become footnotes,
which the Material theme shows as tooltips.
"""

from __future__ import annotations

import html
import json
import posixpath
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from markupsafe import Markup

from lagebild import templating
from lagebild.briefing.model import EVENT_KINDS, Briefing, Event, Fact
from lagebild.i18n import babel_locale, country_genitive, country_name, format_date, format_number, kind_label, labels
from lagebild.picture.corpus import ACTOR_KINDS, Actor, Corpus, briefing_date, name_key
from lagebild.picture.events_merge import MergedEvent
from lagebild.site.actor_archive import ACTOR_LATEST, ArchivePage, actor_view
from lagebild.site.diagram import Edge, meeting_graph_svg
from lagebild.site.event_line import LINE_LIMIT, event_line
from lagebild.site.evidence_notes import Footnotes
from lagebild.site.listing_pages import actor_list_pages, briefing_list_pages
from lagebild.site.markup import escape_markdown
from lagebild.site.pager import Link, chain
from lagebild.site.situation_pages import MergedView, story_pages
from lagebild.site.timeline_layout import INDEX as TIMELINE_INDEX
from lagebild.site.timeline_layout import UPCOMING_ON_INDEX, layout, timeline_path
from lagebild.site.todo import review_pages

MARKERS = ("overview", "events", "actors", "outside-power", "quotes", "figures", "sources")
BRIEFINGS_FOLDER = "briefings"


def briefing_path(briefing: Briefing) -> str:
    return f"{BRIEFINGS_FOLDER}/{briefing.slug}.md"


@lru_cache(maxsize=1 << 16)  # a page links the same few targets many times; relpath is slow
def _relative(target: str, folder: str) -> str:
    return posixpath.relpath(target, folder)


def event_anchor(event: Event) -> Markup:
    """An anchor for the event's row, so the who-met-whom picture can link to the meeting."""
    return Markup(f'<span id="{event_id(event)}"></span>')


def event_id(event: Event) -> str:
    return "ev-" + re.sub(r"[^a-z0-9-]", "", event.id.lower())


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
        return _relative(target, posixpath.dirname(self.page_path) or ".")

    def html_url(self, target: str) -> str:
        """A page's address relative to this one, for raw HTML (an SVG link), which MkDocs does not
        rewrite: both as folders, as `use_directory_urls: true` (mkdocs.yml) publishes them."""
        def folder(path: str) -> str:
            stem = path[:-len(".md")] if path.endswith(".md") else path
            return posixpath.dirname(stem) if posixpath.basename(stem) == "index" else stem
        return posixpath.relpath(folder(target) or ".", folder(self.page_path) or ".") + "/"

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
            "url": self.url, "event_line": self.event_line, "anchor": event_anchor,
            "merged_line": self.merged_line, **MergedView(self).helpers(),
        }

    def event_line(self, event: Event, briefing: Briefing | None = None) -> str:
        """The event's short line (who – what – where) in this page's language."""
        return event_line(event, self.language, lambda name: _short(self, name, briefing),
                          briefing.language if briefing is not None else None)

    def merged_line(self, merged: MergedEvent) -> str:
        """A merged event's short line (who – what); its place follows as a link of its own („ · Kiew“),
        so the line leaves room for it within the limit."""
        shown = Event(id=merged.id, kind=merged.kind, summary=merged.summary,  # type: ignore[arg-type]
                      participants=tuple(p.name for p in merged.participants),
                      review=merged.latest.event.review)
        return event_line(shown, self.language,
                          lambda name: country_name(name, self.language) if len(name) == 2 and name.isupper() else name,
                          merged.language, LINE_LIMIT - (len(merged.place) + 3 if merged.place else 0))

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
        "diagram": Markup(meeting_graph_svg(*_diagram_of(renderer, briefing, events))),
    }
    return {marker: renderer.render(f"blocks/{marker}.md.j2", **context) for marker in MARKERS}


MEETING_KINDS = ("meeting", "talks", "call")  # people who met or spoke; a statement or speech is no meeting


def _diagram_of(renderer: PageRenderer, briefing: Briefing,
                events: list[Event]) -> tuple[list[Edge], str, dict[str, str]]:
    pairs, links = _meeting_pairs(renderer, briefing, events)
    return pairs, renderer.labels["met_whom"], links


def _meeting_persons(renderer: PageRenderer, briefing: Briefing, event: Event) -> list[str]:
    """The persons taking part in a meeting, one label each; nobody for other kinds of event."""
    if event.kind not in MEETING_KINDS:
        return []
    labels: list[str] = []
    for name in event.participants:
        actor = renderer.corpus.find(name, briefing)
        if actor is not None and actor.kind == "person" and (label := _short(renderer, name, briefing)) not in labels:
            labels.append(label)
    return labels


def _meeting_pairs(renderer: PageRenderer, briefing: Briefing,
                   events: list[Event]) -> tuple[list[Edge], dict[str, str]]:
    """Who met whom in this briefing: person–person pairs of the same meeting, each name linking to
    its first meeting's row."""
    pairs: list[Edge] = []
    links: dict[str, str] = {}
    for event in events:
        names = _meeting_persons(renderer, briefing, event)
        for index, first in enumerate(names):
            links.setdefault(first, "#" + event_id(event))
            for second in names[index + 1:]:
                pairs.append(Edge(first, second, event.date or "", event.status == "planned"))
    return pairs, links


def _short(renderer: PageRenderer, name: str, briefing: Briefing | None = None) -> str:
    """One label per actor, however the article spelled the name this time: on the briefing's own
    page the full name as its article writes it („Rustem Umerov“ in an English article), elsewhere
    the actor page's name."""
    if len(name) == 2 and name.isupper():
        return country_name(name, renderer.language)
    actor = renderer.corpus.find(name, briefing)
    if actor is None:
        return name
    if briefing is not None and renderer.page_path == briefing_path(briefing) and actor.kind == "person":
        for person in briefing.visible("persons"):
            if renderer.corpus.find(person.name, briefing) is actor:  # type: ignore[attr-defined]
                return person.name  # type: ignore[attr-defined]
    return actor.name


def render_briefing_markdown(markdown: str, renderer: PageRenderer, briefing: Briefing) -> str:
    """Replace the markers in a briefing's body by its rendered facts."""
    blocks = briefing_blocks(renderer, briefing)
    for marker, block in blocks.items():
        markdown = markdown.replace(f"<!-- lagebild:{marker} -->", block)
    return renderer.finish(markdown)


_HEADING = re.compile(r"^# (.+?)(?:\s*\{[^}]*\})?\s*$", re.MULTILINE)


def titled(markdown: str) -> str:
    """The page's heading as its title, in front matter: MkDocs takes a title only from an h1 that
    opens the page, and a page that opens with its breadcrumbs would be titled from its address
    („00055 gefangenenaustausch …“, „2“).  Plain text: links become their text, escapes go."""
    found = _HEADING.search(markdown)
    if found is None or markdown.startswith("---"):
        return markdown
    title = re.sub(r"\\(.)", r"\1", re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", found.group(1)))
    return f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\n---\n\n{markdown}"


def generated_pages(corpus: Corpus, template_dir: Path, language: str, today: str,
                    state_dir: Path | None = None) -> dict[str, str]:
    """Every page derived from all briefings: path -> Markdown."""
    pages: dict[str, str] = {}

    def page(path: str, template: str, **context: Any) -> None:
        renderer = PageRenderer(corpus, path, language, template_dir, today=today)
        pages[path] = titled(renderer.finish(renderer.render(template, corpus=corpus, **context)))

    page("index.md", "pages/index.md.j2", upcoming=corpus.upcoming(today), stories=corpus.stories(today)[:8],
         top=corpus.most_mentioned(), latest=corpus.briefings[:10])
    story_pages(corpus, today, page, language)
    briefing_list_pages(corpus, language, page)
    actor_list_pages(corpus, language, page)
    timeline_pages(corpus, today, language, page)
    for path, template, context in review_pages(corpus, state_dir):  # state: .lagebild/
        page(path, template, **context)
    for actor in corpus.actors.values():
        actor_page(pages, corpus, actor, template_dir, language, today)
    return pages


def _timeline_rows(corpus: Corpus, entries: list[MergedEvent] | tuple[MergedEvent, ...]) -> dict[str, Any]:
    """What the filter and the tables of one timeline page need: only the actors and kinds it shows."""
    tokens = {m.id: sorted({p.token for p in m.participants if not p.token.startswith("name:")}) for m in entries}
    shown = {token for found in tokens.values() for token in found}
    filter_actors = sorted((a for a in corpus.actors.values() if a.token in shown),
                           key=lambda a: (ACTOR_KINDS.index(a.kind), name_key(a.name)))
    sections = [s for s in ("planned", "past") if any(
        m.status == s or (s == "past" and m.status == "unconfirmed") for m in entries)]
    return {"entries": entries, "filter_actors": filter_actors, "sections": sections,
            "kinds": [k for k in EVENT_KINDS if any(m.kind == k for m in entries)],
            "tokens": lambda m: Markup(" ".join(tokens[m.id]))}


def timeline_pages(corpus: Corpus, today: str, language: str, page: Callable[..., None]) -> None:
    """The timeline's index (next planned events, the months) and one page per month and part."""
    months = layout(corpus.merged_events(today))  # one row per occurrence, as of the build date

    def label(month: str, part: int = 1, parts: int = 1) -> str:
        name = format_date(month, language) if month[:4].isdigit() else labels(language)["undated"]
        return name if parts == 1 else f"{name} ({labels(language)['part']} {part}/{parts})"

    listed: dict[str, dict[str, Any]] = {}
    for one in months:
        entry = listed.setdefault(one.month, {"label": label(one.month), "path": one.path, "count": 0})
        entry["count"] += len(one.entries)
    upcoming = [m for m in corpus.merged_events(today) if m.status == "planned"][:UPCOMING_ON_INDEX]
    page(TIMELINE_INDEX, "pages/timeline.md.j2", months=list(listed.values()),
         **{**_timeline_rows(corpus, upcoming), "sections": ["planned"] if upcoming else []})
    links = [Link(label(one.month, one.part, one.parts), one.path) for one in months]
    by_month: dict[str, list[Link]] = {}
    for one, link in zip(months, links):
        by_month.setdefault(one.month, []).append(link)
    pagers = chain(links, groups=[by_month[one.month] for one in months])  # newest first: before is later
    for one, pager in zip(months, pagers):
        page(one.path, "pages/timeline_month.md.j2", heading=label(one.month, one.part, one.parts), pager=pager,
             **_timeline_rows(corpus, one.entries))


def actor_page(pages: dict[str, str], corpus: Corpus, actor: Actor, template_dir: Path,
               language: str, today: str) -> None:
    renderer = PageRenderer(corpus, actor.path, language, template_dir, today=today)
    pairs: list[Edge] = []
    links: dict[str, str] = {}
    latest_first = sorted(actor.events, key=lambda item: (item[1].date or "", item[0].slug), reverse=True)
    for briefing, event in latest_first if actor.kind == "person" else []:
        names = _meeting_persons(renderer, briefing, event)
        if actor.name not in names:
            continue  # the actor took part as a body's member, not in person
        for label in names:
            if label != actor.name:
                pairs.append(Edge(actor.name, label, event.date or "", event.status == "planned"))
                links.setdefault(label, f"{renderer.html_url(briefing_path(briefing))}#{event_id(event)}")
    view = actor_view(actor, corpus.events_of(actor, today))
    timeline_page = timeline_path(corpus.picture(today), view.events[0].id) if view.events else TIMELINE_INDEX
    body = renderer.render("pages/actor.md.j2", actor=actor, view=view, latest=ACTOR_LATEST,
                           timeline_page=timeline_page, archive_label=lambda a: _archive_label(a, language),
                           diagram=Markup(meeting_graph_svg(pairs, renderer.labels["met_whom"], links,
                                                            centre_name=actor.name)))
    pages[actor.path] = renderer.finish(body)
    pagers = chain([Link(_archive_label(a, language), a.path) for a in view.archives])  # newest year first
    for archive, pager in zip(view.archives, pagers):
        renderer = PageRenderer(corpus, archive.path, language, template_dir, today=today)
        body = renderer.render("pages/actor_archive.md.j2", actor=actor, archive=archive, pager=pager,
                               heading=_archive_label(archive, language),
                               others=[a for a in view.archives if a is not archive],
                               archive_label=lambda a: _archive_label(a, language))
        pages[archive.path] = renderer.finish(body)


def _archive_label(archive: ArchivePage, language: str) -> str:
    year = archive.year if archive.year[:4].isdigit() else labels(language)["undated"]
    return year if archive.parts == 1 else f"{year} ({labels(language)['part']} {archive.part}/{archive.parts})"


Render = Callable[..., str]
__all__ = ["MARKERS", "PageRenderer", "babel_locale", "briefing_path", "generated_pages",
           "render_briefing_markdown"]
