"""Rendering the site's generated HTML from the model, through the templates in templates/.

Every value goes through the autoescaping Jinja environment; links, headings and
footnote references are built here (lagebild.site.html_markup) from our own slugs,
so article text can never become a link or a heading.  Evidence sentences become
footnotes, which the Material theme shows as tooltips.  No generated page passes
through Python-Markdown; only a briefing's body (the article and editors' text) does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup, escape

from lagebild import templating
from lagebild.briefing.model import EVENT_KINDS, Briefing, Event, Fact
from lagebild.i18n import babel_locale, country_genitive, country_name, format_date, format_number, kind_label, labels
from lagebild.picture.corpus import ACTOR_KINDS, Actor, Corpus, briefing_date, cached_name_key
from lagebild.picture.events_merge import MergedEvent
from lagebild.site.actor_archive import ACTOR_LATEST, ActorView, ArchivePage, view_of
from lagebild.site.diagram import Edge, meeting_graph_svg
from lagebild.site.event_line import LINE_LIMIT, event_line
from lagebild.site.evidence_notes import Footnotes
from lagebild.site.fork_pool import run_jobs
from lagebild.site.html_markup import Headings, relative_url, safe_href
from lagebild.site.html_pages import HtmlPage, block_token, ids_of, place_blocks
from lagebild.site.listing_pages import actor_list_pages, briefing_list_pages
from lagebild.site.pager import Link, chain
from lagebild.site.situation_pages import MergedView, story_pages
from lagebild.site.timeline_layout import INDEX as TIMELINE_INDEX
from lagebild.site.timeline_layout import UPCOMING_ON_INDEX, layout, timeline_path
from lagebild.site.todo import review_pages

if TYPE_CHECKING:
    from lagebild.site.incremental.cell_memo import CellMemo

# An actor table's row macro (templates/pages/merged_row.html.j2): the merged events, the footnote mark.
Rows = Callable[[list[MergedEvent], Callable[[Any], Markup]], str]
# Where a kept row's footnote mark goes (PageRenderer.merged_rows); no text reaches a page with a NUL.
FN_SLOT = "\x00fn\x00"
MARKERS = ("overview", "events", "actors", "outside-power", "quotes", "figures", "sources")
BRIEFINGS_FOLDER = "briefings"
# The child's share of the generated pages while this process works out a cold build's fingerprints
# beside them, compiles the theme for the page fork (plugin `_warm_theme`) and then takes the
# child's pages over (unpickling them).  Measured from the fork to the child's report at 1,000
# briefings (h-cold5, the child's CPU taken from the kernel's account of waited-for children):
# with 0.76 this process spent ~2.4 s CPU against the child's ~3.1 s (so it waited), with 0.64
# ~2.6 s against ~2.4 s: both end about together at ~0.66 (session 6 had measured 0.76; the
# work on either side has changed since).  Session 8 (h-cold6, CPU of each side from its own clock, up
# to the parent's wait): at 0.66 the child took 0.1-0.3 s longer (parent 1.81-1.97, child 1.91-2.28 s).
# Session 11 (h-cold11, same clocks): at 0.64 this process took 0.11-0.24 s longer (parent 1.24-1.42,
# child 1.10-1.23 s, five runs); at 0.68 parent 1.15 / 1.28, child 1.17 / 1.31 s.
BESIDE_CHILD_SHARE = 0.68


def briefing_path(briefing: Briefing) -> str:
    return f"{BRIEFINGS_FOLDER}/{briefing.slug}.md"


def event_anchor(event: Event) -> Markup:
    """An anchor for the event's row, so the who-met-whom picture can link to the meeting."""
    return Markup(f'<span id="{event_id(event)}"></span>')


def event_id(event: Event) -> str:
    return _event_id(event.id)


@lru_cache(maxsize=65_536)
def _event_id(raw: str) -> str:  # (a page of a busy actor asks for thousands)
    return "ev-" + re.sub(r"[^a-z0-9-]", "", raw.lower())


class PageRenderer:
    """Renders one page's HTML; knows where the page is so links are relative, and records what
    the page links to and which headings it has (for MkDocs' checks and the table of contents)."""

    def __init__(self, corpus: Corpus, page_path: str, language: str, template_dir: Path,
                 locale: str | None = None, today: str = "", directory_urls: bool = True,
                 cells: CellMemo | None = None) -> None:
        self.corpus = corpus
        self.cells = cells  # merged-event cells kept from earlier builds (serve), if any
        self.recording: list[tuple[str, str]] | None = None  # the links made, while a cell is made
        self.page_path = page_path
        self.language = language
        self.locale = locale
        self.template_dir = template_dir
        self.today = today
        self.directory_urls = directory_urls
        self.labels = labels(language)
        self.footnotes = Footnotes(language)
        self.headings = Headings(language)
        self.targets: dict[str, dict[str, str]] = {}  # linked page -> {anchor: link as written}

    def url(self, target: str, fragment: str = "", query: str = "") -> str:
        """The address of `target` (a source path, or a file like calendar.ics) as a link here."""
        links = self.targets.setdefault(target, {})
        if fragment:
            links.setdefault(fragment, f"{target}#{fragment}")
        if self.recording is not None:
            self.recording.append((target, fragment))
        address = relative_url(target, self.page_path, self.directory_urls)
        return address + (f"?{query}" if query else "") + (f"#{fragment}" if fragment else "")

    def register(self, calls: tuple[tuple[str, str], ...]) -> None:
        """Record links (target, fragment) this page makes: for MkDocs' checks (`finish`), and for a
        cell being made (`recording_links`)."""
        for target, fragment in calls:
            links = self.targets.setdefault(target, {})
            if fragment:
                links.setdefault(fragment, f"{target}#{fragment}")
        if self.recording is not None:
            self.recording.extend(calls)

    def recording_links(self, calls: list[tuple[str, str]], make: Callable[[], str]) -> str:
        """`make()`, with the links it makes appended to `calls` (and to any cell being made around it)."""
        outer, self.recording = self.recording, calls
        try:
            text = make()
        finally:
            self.recording = outer
        if outer is not None:
            outer.extend(calls)
        return text

    def cell(self, helper: str, merged: MergedEvent, args: tuple[object, ...], make: Callable[[], str],
             keep: Callable[[str], bool] | None = None) -> str:
        """A merged event's cell from the memo of earlier builds, if this page has one (`CellMemo`)."""
        return make() if self.cells is None else self.cells.cell(self, helper, merged, args, make, keep)

    def merged_rows(self, events: Iterable[MergedEvent], rows: Rows) -> Markup:
        """The table rows of these merged events, `rows(events, fn)` (a template macro; it marks each
        `m.latest.event`'s footnote with `fn`, and its output for a list is that of its items one by
        one, joined).  Without a cell memo one call makes the table (a macro call per row cost a cold
        build ~0.06 CPU-s at 1,000 briefings).  With one a row is kept whole with its mark left open
        (`FN_SLOT`) and the mark set here, in the row's place: `Footnotes.ref` is called for the same
        facts in the same order as by a fresh render, so the numbers are the same."""
        if self.cells is None:
            return Markup(str(rows(list(events), self.footnotes.ref)))
        return Markup("".join(self._merged_row(m, rows) for m in events))

    def _merged_row(self, merged: MergedEvent, rows: Rows) -> str:
        marked: list[object] = []

        def slot(fact: Any) -> Markup:
            marked.append(fact)
            return Markup(FN_SLOT)

        def one_slot(text: str) -> bool:  # the row marked its event's latest report once, and only there
            return len(marked) == 1 and marked[0] is merged.latest.event and text.count(FN_SLOT) == 1

        name = getattr(rows, "name", getattr(rows, "__name__", ""))
        text = self.cell("row", merged, (name,), lambda: str(rows([merged], slot)), keep=one_slot)
        if text.count(FN_SLOT) != 1 or (marked and not one_slot(text)):
            return str(rows([merged], self.footnotes.ref))  # (not kept: made again with the page's marks)
        before, after = text.split(FN_SLOT)
        return before + str(self.footnotes.ref(merged.latest.event)) + after  # (str: Markup + would escape)

    def link(self, text: str, target: str, fragment: str = "", query: str = "") -> Markup:
        return Markup(f'<a href="{escape(self.url(target, fragment, query))}">{escape(" ".join(text.split()))}</a>')

    def actor_link(self, name: str, briefing: Briefing | None = None) -> Markup:
        actor = self.corpus.find(name, briefing)
        shown = country_name(name, self.language) if len(name) == 2 and name.isupper() else name
        if actor is None:
            return escape(shown)
        return self.link(shown, actor.path)

    def crumbs(self, *trail: tuple[str, str]) -> Markup:
        """A back-link trail to the pages above this one (the nav leaves briefings and actors out)."""
        links = " › ".join(self.link(label, target) for label, target in trail)
        return Markup(f'<nav aria-label="{escape(self.labels["breadcrumbs"])}" class="lb-crumbs">\n'
                      f"<p>{links}</p>\n</nav>\n")

    def badge(self, fact: Fact | Any) -> Markup:
        review = getattr(fact, "review", "")
        if review == "guessed":
            return Markup(f' <span class="lb-guessed" title="{escape(self.labels["guessed_note"])}">'
                          f'{escape(self.labels["guessed"])}</span>')
        if review in ("edited", "verified"):
            return Markup(f' <span class="lb-{review}">{escape(self.labels[review])}</span>')
        return Markup("")

    def external(self, url: str) -> Markup:
        """A link to an address from the data (the article's URL): only schemes a browser will not run."""
        href = safe_href(url)
        shown = escape(url)
        return Markup(f'<a href="{escape(href)}">{shown}</a>' if href is not None else f"<a>{shown}</a>")

    def helpers(self) -> dict[str, Any]:
        return {
            "labels": self.labels, "link": self.link, "actor_link": self.actor_link, "fn": self.footnotes.ref,
            "badge": self.badge, "date": self.date, "number": self.number, "kind": self.kind,
            "country": lambda code: country_name(code, self.language) if code else "",
            "briefing_link": lambda b: self.link(b.title or b.slug, briefing_path(b)),
            "briefing_date": briefing_date, "today": self.today, "crumbs": self.crumbs,
            "h": self.headings.heading, "external": self.external,
            "url": self.url, "event_line": self.event_line, "anchor": event_anchor, "merged_rows": self.merged_rows,
            "merged_line": self.merged_line, **MergedView(self).helpers(),
        }

    def event_line(self, event: Event, briefing: Briefing | None = None) -> str:
        """The event's short line (who – what – where) in this page's language."""
        return event_line(event, self.language, lambda name: _short(self, name, briefing),
                          briefing.language if briefing is not None else None)

    def merged_line(self, merged: MergedEvent) -> str:
        """A merged event's short line (who – what); its place follows as a link of its own („ · Kiew“),
        so the line leaves room for it within the limit."""
        return self.cell("line", merged, (), lambda: self._merged_line(merged))

    def _merged_line(self, merged: MergedEvent) -> str:
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

    def finish(self, body: str) -> HtmlPage:
        """The page: its body with the evidence footnotes at the end, and what it links and names."""
        content = body + self.footnotes.definitions()
        return HtmlPage(content, tuple(self.headings.tokens),
                        {target: dict(anchors) for target, anchors in self.targets.items()}, frozenset(ids_of(content)))


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


# The persons of each meeting as a page other than the briefing's own shows them (`_short`: the actor
# page's name), for one corpus and language: a meeting is drawn on the page of each of its persons.
_persons_shown: list[tuple[Corpus, str, dict[tuple[int, int], tuple[Briefing, Event, list[str]]]]] = []


def _meeting_persons_elsewhere(renderer: PageRenderer, briefing: Briefing, event: Event) -> list[str]:
    """`_meeting_persons` on a page that is not the briefing's own, once per meeting and corpus."""
    if event.kind not in MEETING_KINDS:
        return []
    if not _persons_shown or _persons_shown[0][0] is not renderer.corpus or _persons_shown[0][1] != renderer.language:
        _persons_shown[:] = [(renderer.corpus, renderer.language, {})]
    kept = _persons_shown[0][2]
    found = kept.get((id(briefing), id(event)))
    if found is None or found[0] is not briefing or found[1] is not event:
        assert renderer.page_path != briefing_path(briefing)
        found = kept[(id(briefing), id(event))] = (briefing, event, _meeting_persons(renderer, briefing, event))
    return found[2]


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
    page the full name as its article writes it („Rustem Umerov“, "European Commission" in an English
    article), elsewhere the actor page's name."""
    if len(name) == 2 and name.isupper():
        return country_name(name, renderer.language)
    actor = renderer.corpus.find(name, briefing)
    if actor is None:
        return name
    own_section = {"person": "persons", "organization": "organizations"}.get(actor.kind)
    if briefing is not None and renderer.page_path == briefing_path(briefing) and own_section:
        for fact in briefing.visible(own_section):
            if renderer.corpus.find(fact.name, briefing) is actor:  # type: ignore[attr-defined]
                return fact.name  # type: ignore[attr-defined]
    return actor.name


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


def generated_pages(corpus: Corpus, template_dir: Path, language: str, today: str,
                    state_dir: Path | None = None, directory_urls: bool = True,
                    workers: int = 1, wanted: Callable[[str], bool] | None = None,
                    beside: Callable[[], object] | None = None, cells: CellMemo | None = None) -> dict[str, HtmlPage]:
    """Every page derived from all briefings: path -> its HTML.

    What each page shows is worked out here; the rendering runs as jobs, on two cores when
    `workers` is 2 and forking is safe (fork_pool).  `beside()` runs in this process meanwhile
    (a cold build's fingerprints), and the child renders that much more of the pages.
    `wanted(path)`, if given, picks the pages to render (the incremental planner keeps the
    rest); for an actor it is asked first with
    `actor_unit` (any of its pages?), then for its page and each archive part.  `cells`: the
    merged-event cells of earlier builds (`CellMemo`, under `mkdocs serve`)."""
    if cells is not None:
        cells.start()
    jobs: list[Callable[[], list[tuple[str, HtmlPage]]]] = []

    def page(path: str, template: str, **context: Any) -> None:
        if wanted is not None and not wanted(path):
            return

        def render() -> list[tuple[str, HtmlPage]]:
            renderer = PageRenderer(corpus, path, language, template_dir, today=today, directory_urls=directory_urls,
                                    cells=cells)
            return [(path, renderer.finish(renderer.render(template, corpus=corpus, **context)))]
        jobs.append(render)

    page("index.md", "pages/index.html.j2", upcoming=corpus.upcoming(today), stories=corpus.stories(today)[:8],
         top=corpus.most_mentioned(), latest=corpus.briefings[:10])
    story_pages(corpus, today, page, language)
    briefing_list_pages(corpus, language, page)
    actor_list_pages(corpus, language, page)
    timeline_pages(corpus, today, language, page)
    for path, template, context in review_pages(corpus, state_dir, workers):  # state: .lagebild/
        page(path, template, **context)
    for actor in corpus.actors.values():
        if wanted is not None and not wanted(actor_unit(actor)):
            continue
        jobs.append(partial(actor_pages, corpus, actor, template_dir, language, today, directory_urls, wanted,
                            cells))
    corpus.picture(today)  # the merged events, worked out once before any fork
    share = BESIDE_CHILD_SHARE if beside is not None else 0.5
    return {path: rendered for done in run_jobs(jobs, workers, beside, share) for path, rendered in done}


def _timeline_rows(corpus: Corpus, entries: list[MergedEvent] | tuple[MergedEvent, ...]) -> dict[str, Any]:
    """What the filter and the tables of one timeline page need: only the actors and kinds it shows."""
    tokens = {m.id: sorted({p.token for p in m.participants if not p.token.startswith("name:")}) for m in entries}
    shown = {token for found in tokens.values() for token in found}
    filter_actors = sorted((a for a in corpus.actors.values() if a.token in shown),
                           key=lambda a: (ACTOR_KINDS.index(a.kind), cached_name_key(a.name)))
    sections = [s for s in ("planned", "past") if any(
        m.status == s or (s == "past" and m.status == "unconfirmed") for m in entries)]
    return {"entries": entries, "filter_actors": filter_actors, "sections": sections,
            "kinds": [k for k in EVENT_KINDS if any(m.kind == k for m in entries)],
            "tokens": lambda m: " ".join(tokens[m.id])}


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
    page(TIMELINE_INDEX, "pages/timeline.html.j2", months=list(listed.values()),
         **{**_timeline_rows(corpus, upcoming), "sections": ["planned"] if upcoming else []})
    links = [Link(label(one.month, one.part, one.parts), one.path) for one in months]
    by_month: dict[str, list[Link]] = {}
    for one, link in zip(months, links):
        by_month.setdefault(one.month, []).append(link)
    pagers = chain(links, groups=[by_month[one.month] for one in months])  # newest first: before is later
    for one, pager in zip(months, pagers):
        page(one.path, "pages/timeline_month.html.j2", heading=label(one.month, one.part, one.parts), pager=pager,
             **_timeline_rows(corpus, one.entries))


def actor_unit(actor: Actor) -> str:
    """What `generated_pages` asks `wanted` for an actor's pages as a whole: the folder of its archives."""
    return actor.path.removesuffix(".md") + "/"


def actor_pages(corpus: Corpus, actor: Actor, template_dir: Path, language: str, today: str,
                directory_urls: bool = True, wanted: Callable[[str], bool] | None = None,
                cells: CellMemo | None = None) -> list[tuple[str, HtmlPage]]:
    """The actor's page and its archive pages (those `wanted`, if given)."""
    pages: list[tuple[str, HtmlPage]] = []
    view = view_of(corpus, actor, corpus.events_of(actor, today))
    if wanted is None or wanted(actor.path):
        pages.append((actor.path, _actor_page(corpus, actor, view, template_dir, language, today, directory_urls,
                                              cells)))
    # Each part links its neighbours only (newest year first; the actor page lists them all), so a
    # cut that appears elsewhere in the archive leaves this part's page alone.
    pagers = chain([Link(_archive_label(a, language), a.path) for a in view.archives], groups=[()] * len(view.archives))
    for archive, pager in zip(view.archives, pagers):
        if wanted is not None and not wanted(archive.path):
            continue
        renderer = PageRenderer(corpus, archive.path, language, template_dir, today=today,
                                directory_urls=directory_urls, cells=cells)
        body = renderer.render("pages/actor_archive.html.j2", actor=actor, archive=archive, pager=pager,
                               heading=_archive_label(archive, language))
        pages.append((archive.path, renderer.finish(body)))
    return pages


def _actor_page(corpus: Corpus, actor: Actor, view: ActorView, template_dir: Path, language: str, today: str,
                directory_urls: bool, cells: CellMemo | None = None) -> HtmlPage:
    """The actor's own page: the latest of everything, its meetings drawn, its archives listed."""
    renderer = PageRenderer(corpus, actor.path, language, template_dir, today=today, directory_urls=directory_urls,
                            cells=cells)
    pairs: list[Edge] = []
    links: dict[str, str] = {}
    # Only meetings are drawn: the others are left out before sorting (a stable sort keeps the
    # meetings' order as among all events), and a name's link is made once, at its latest meeting
    # (the later meetings' links are recorded for MkDocs' checks as `url` records them).
    meetings = [item for item in actor.events if item[1].kind in MEETING_KINDS] if actor.kind == "person" else []
    latest_first = sorted(meetings, key=lambda item: (item[1].date or "", item[0].slug), reverse=True)
    for briefing, event in latest_first:
        names = _meeting_persons_elsewhere(renderer, briefing, event)
        if actor.name not in names:
            continue  # the actor took part as a body's member, not in person
        for label in names:
            if label != actor.name:
                pairs.append(Edge(actor.name, label, event.date or "", event.status == "planned"))
                if label in links:
                    renderer.register(((briefing_path(briefing), event_id(event)),))
                else:
                    links[label] = renderer.url(briefing_path(briefing), event_id(event))
    timeline_page = timeline_path(corpus.picture(today), view.events[0].id) if view.events else TIMELINE_INDEX
    body = renderer.render("pages/actor.html.j2", actor=actor, view=view, latest=ACTOR_LATEST,
                           timeline_page=timeline_page, archive_label=lambda a: _archive_label(a, language),
                           diagram=Markup(meeting_graph_svg(pairs, renderer.labels["met_whom"], links,
                                                            centre_name=actor.name)))
    return renderer.finish(body)


def _archive_label(archive: ArchivePage, language: str) -> str:
    year = archive.year if archive.year[:4].isdigit() else labels(language)["undated"]
    # Named by the date it starts with, not by number or count: a cut that appears or vanishes in
    # the year would renumber every later part.
    words = labels(language)
    if archive.part == 1:
        return year
    if archive.newest[:4].isdigit():
        return f"{year} ({words['up_to']} {format_date(archive.newest, language)})"
    return f"{year} ({words['part']} {archive.part})"


Render = Callable[..., str]
__all__ = [
    "MARKERS",
    "PageRenderer",
    "babel_locale",
    "briefing_html",
    "briefing_path",
    "generated_pages",
    "mark_blocks",
]
