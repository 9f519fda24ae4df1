"""The renderer of one generated page (``PageRenderer``) and the addresses pages share.

Every value goes through the autoescaping Jinja environment; links, headings and
footnote references are built here (lagebild.site.html_markup) from our own slugs,
so article text can never become a link or a heading.  Evidence sentences become
footnotes, which the Material theme shows as tooltips."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup, escape

from lagebild import templating
from lagebild.briefing.model import Briefing, Event, Fact
from lagebild.i18n import country_name, format_date, format_number, kind_label, labels
from lagebild.picture.corpus import Corpus, briefing_date
from lagebild.picture.events_merge import MergedEvent
from lagebild.site.event_line import LINE_LIMIT, event_line
from lagebild.site.evidence_notes import Footnotes
from lagebild.site.html_markup import Headings, relative_url, safe_href
from lagebild.site.html_pages import HtmlPage, ids_of
from lagebild.site.situation_pages import MergedView

if TYPE_CHECKING:
    from lagebild.site.incremental.cell_memo import CellMemo


# An actor table's row macro (templates/pages/merged_row.html.j2): the merged events, the footnote mark.
Rows = Callable[[list[MergedEvent], Callable[[Any], Markup]], str]
# Where a kept row's footnote mark goes (PageRenderer.merged_rows); no text reaches a page with a NUL.
FN_SLOT = "\x00fn\x00"
BRIEFINGS_FOLDER = "briefings"


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
        return event_line(event, self.language, lambda name: short_name(self, name, briefing),
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


def short_name(renderer: PageRenderer, name: str, briefing: Briefing | None = None) -> str:
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
