"""Rendering the cross-briefing picture: merged events, where sources disagree, stories, duplicates.

Helpers the templates call for a merged event (its status as of the build
date, its sources, its disagreements, its place in the timeline), and the
words they need in both languages.  The model itself is ``lagebild.picture``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from markupsafe import Markup, escape

from lagebild.briefing.model import Briefing, Event
from lagebild.i18n import country_name, labels
from lagebild.picture.events_merge import Disagreement, MergedEvent, Participant
from lagebild.picture.stories import Story
from lagebild.site.pager import Link, chain
from lagebild.site.story_layout import story_index, story_parts, story_path
from lagebild.site.timeline_layout import timeline_path

if TYPE_CHECKING:
    from lagebild.picture.corpus import Corpus
    from lagebild.site.page_renderer import PageRenderer

WORDS: dict[str, dict[str, str]] = {
    "de": {
        "unconfirmed": "vergangen, unbestätigt", "unconfirmed_note": "geplant; seither meldet kein Artikel, "
        "dass es stattfand", "reported_by": "Quellen", "one_source": "Quelle", "sources_n": "Quellen",
        "date_by": "laut {source} {value}", "disagree": "Die Quellen weichen ab", "as_of": "Stand",
        "stories": "Die Lage", "story": "Thema", "latest_development": "Zuletzt", "next_dates": "Als Nächstes",
        "main_actors": "Hauptakteure", "duplicates": "Mögliche Doppelungen", "places": "Orte",
        "in_picture": "im Lagebild", "now": "jetzt", "more": "{n} weitere", "story_briefings": "Briefings zum Thema",
        "story_events": "Zeitleiste des Themas", "all_stories": "Alle Themen", "and": "und",
    },
    "en": {
        "unconfirmed": "past, unconfirmed", "unconfirmed_note": "planned; no article since reports that it "
        "took place", "reported_by": "Sources", "one_source": "source", "sources_n": "sources",
        "date_by": "{value} according to {source}", "disagree": "Sources differ", "as_of": "As of",
        "stories": "The situation", "story": "Story", "latest_development": "Latest", "next_dates": "Coming up",
        "main_actors": "Main actors", "duplicates": "Possible duplicates", "places": "Places",
        "in_picture": "in the picture", "now": "now", "more": "{n} more", "story_briefings": "Briefings in this story",
        "story_events": "Timeline of the story", "all_stories": "All stories", "and": "and",
    },
}


def story_pages(corpus: Corpus, today: str, page: Callable[..., None], language: str) -> None:
    """Each story's page and its later parts (story_layout), and the list of all stories;
    `page(path, template, **context)` renders one."""
    part_word = labels(language)["part"]
    stories = corpus.stories(today)
    for story in stories:
        parts = story_parts(story)
        links = [Link(f"{part_word} {part.number}/{part.count}", part.path) for part in parts]
        for part, pager in zip(parts, chain(links)):
            page(part.path, "pages/story.html.j2", story=story, part=part, pager=pager,
                 planned=list(part.planned), past=list(part.past), part_word=part_word)
    if not stories:
        return  # no list of nothing: the start page links the list only when there are stories
    index = story_index(stories)
    links = [Link(f"{words(language)['all_stories']} ({part.number}/{part.count})", part.path) for part in index]
    for listed, pager in zip(index, chain(links)):
        page(listed.path, "pages/stories.html.j2", part=listed, pager=pager, part_word=part_word)


def words(language: str) -> dict[str, str]:
    return WORDS.get(language, WORDS["en"])


class MergedView:
    """What a page shows of merged events, in its language, with links relative to the page."""

    def __init__(self, renderer: PageRenderer) -> None:
        self.renderer = renderer
        self.words = words(renderer.language)

    def helpers(self) -> dict[str, Any]:
        return {
            "picture": self.renderer.corpus.picture(self.renderer.today) if self.renderer.today else None,
            "words": self.words, "merged_status": self.status, "merged_sources": self.sources,
            "merged_disagreements": self.disagreements, "participant_link": self.participant,
            "merged_link": self.link_to, "merged_of": self.merged_of, "place_link": self.place,
            "merged_badge": self.badge, "story_title": self.story_title, "story_link": self.story_link,
            "story_actors": self.story_actors, "story_path": story_path,
            "events_of": lambda actor: self.renderer.corpus.events_of(actor, self.renderer.today),
        }

    def story_title(self, story: Story) -> str:
        """„Ukraine: Koalition der Willigen und Wolodymyr Selenskyj“: the story's most-named country and
        the actors it is about (its most-named that are not in every other briefing)."""
        leads = story.leads or story.actors[:1]
        names = [a.name for t in leads if (a := self.renderer.corpus.by_token(t)) is not None]
        lead = f" {self.words['and']} ".join(names)
        country = country_name(story.countries[0], self.renderer.language) if story.countries else ""
        return ": ".join(part for part in (country, lead) if part) or story.latest.title

    def story_link(self, story: Story) -> Markup:
        return self.renderer.link(self.story_title(story), story_path(story))

    def story_actors(self, story: Story, limit: int = 5) -> Markup:
        found = [a for t in story.actors[:limit] if (a := self.renderer.corpus.by_token(t)) is not None]
        return Markup(", ".join(self.renderer.link(a.name, a.path) for a in found))

    def badge(self, merged: MergedEvent) -> Markup:
        """*erschlossen* only when every report inferred the event; one that states it outright settles it."""
        return self.renderer.badge(merged.reports[0].event) if merged.is_guess else Markup("")

    def status(self, merged: MergedEvent) -> Markup:
        if merged.status == "unconfirmed":
            return Markup(f'<span class="lb-unconfirmed" title="{escape(self.words["unconfirmed_note"])}">'
                          f'{escape(self.words["unconfirmed"])}</span>')
        return escape(self.renderer.labels[merged.status])

    def sources(self, merged: MergedEvent, limit: int | None = None) -> Markup:
        """Every briefing that reports it, named by its outlet, each a link; past `limit`, a count
        that links the timeline row, where all of them are (a summit reported by 300 outlets)."""
        return Markup(self.renderer.cell("sources", merged, (limit,), lambda: self._sources(merged, limit)))

    def _sources(self, merged: MergedEvent, limit: int | None) -> Markup:
        first: dict[str, str] = {}
        for report in merged.reports:
            first.setdefault(report.briefing.slug, report.source)
        shown = list(first.items()) if limit is None else list(first.items())[:limit]
        links = [self.renderer.link(source, f"briefings/{slug}.md") for slug, source in shown]
        if len(first) > len(shown):
            links.append(self.link_to(merged, self.words["more"].format(n=len(first) - len(shown))))
        return Markup(", ".join(links))

    def disagreements(self, merged: MergedEvent) -> Markup:
        """„laut dpa 5. Jänner, laut Reuters 6. Jänner“; "APA: Kiew · Reuters: Kyiv"."""
        return Markup(self.renderer.cell(
            "disagreements", merged, (),
            lambda: Markup("; ".join(self._disagreement(d) for d in merged.disagreements))))

    def _disagreement(self, disagreement: Disagreement) -> str:
        if disagreement.field == "date":
            parts = [escape(self.words["date_by"]).format(source=escape(source),
                                                          value=escape(self.renderer.date(value)))
                     for source, value in disagreement.values]
            return ", ".join(parts)
        return " · ".join(f"{escape(source)}: {escape(value)}" for source, value in disagreement.values)

    def participant(self, participant: Participant) -> Markup:
        actor = self.renderer.corpus.by_token(participant.token)
        if actor is None:
            return escape(participant.name)
        return self.renderer.link(actor.name, actor.path)

    def place(self, name: str | None) -> Markup:
        if not name:
            return Markup("")
        actor = self.renderer.corpus.find_place(name)
        return self.renderer.link(actor.name, actor.path) if actor else escape(name)

    def link_to(self, merged: MergedEvent, text: str = "") -> Markup:
        """A link to the merged event's row in the timeline."""
        page = timeline_path(self.renderer.corpus.picture(self.renderer.today), merged.id)
        return self.row_link(merged.id, page, len(merged.briefings), text)

    def row_link(self, merged_id: str, page: str, briefings: int, text: str = "") -> Markup:
        """`link_to` from what it shows: the row's page and id, and how many briefings report the
        event (named so unless `text` is given).  The incremental build splices these (link_splice)."""
        shown = text or f"{briefings} " + (self.words["one_source"] if briefings == 1 else self.words["sources_n"])
        return self.renderer.link(shown, page, fragment=merged_id)

    def merged_of(self, briefing: Briefing, event: Event) -> MergedEvent | None:
        if not self.renderer.today:
            return None
        return self.renderer.corpus.picture(self.renderer.today).of(briefing, event)
