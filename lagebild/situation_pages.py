"""Rendering the cross-briefing picture: merged events, where sources disagree, stories, duplicates.

Helpers the templates call for a merged event (its status as of the build
date, its sources, its disagreements, its place in the timeline), and the
words they need in both languages.  The model itself is ``lagebild.picture``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from lagebild.markup import escape_markdown
from lagebild.picture.events_merge import Disagreement, MergedEvent, Participant

if TYPE_CHECKING:
    from lagebild.pages import PageRenderer

TIMELINE = "timeline.md"

WORDS: dict[str, dict[str, str]] = {
    "de": {
        "unconfirmed": "vergangen, unbestätigt", "unconfirmed_note": "geplant; seither meldet kein Artikel, "
        "dass es stattfand", "reported_by": "Quellen", "one_source": "Quelle", "sources_n": "Quellen",
        "date_by": "laut {source} {value}", "disagree": "Die Quellen weichen ab", "as_of": "Stand",
        "stories": "Die Lage", "story": "Thema", "latest_development": "Zuletzt", "next_dates": "Nächste Termine",
        "main_actors": "Hauptakteure", "duplicates": "Mögliche Doppelungen", "places": "Orte",
        "in_picture": "im Lagebild", "now": "jetzt",
    },
    "en": {
        "unconfirmed": "past, unconfirmed", "unconfirmed_note": "planned; no article since reports that it "
        "took place", "reported_by": "Sources", "one_source": "source", "sources_n": "sources",
        "date_by": "{value} according to {source}", "disagree": "Sources differ", "as_of": "As of",
        "stories": "The situation", "story": "Story", "latest_development": "Latest", "next_dates": "Next dates",
        "main_actors": "Main actors", "duplicates": "Possible duplicates", "places": "Places",
        "in_picture": "in the picture", "now": "now",
    },
}


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
            "merged_badge": self.badge,
        }

    def badge(self, merged: MergedEvent) -> Markup:
        """*erschlossen* only when every report inferred the event; one that states it outright settles it."""
        return self.renderer.badge(merged.reports[0].event) if merged.is_guess else Markup("")

    def status(self, merged: MergedEvent) -> Markup:
        if merged.status == "unconfirmed":
            return Markup(f'<span class="lb-unconfirmed" title="{self.words["unconfirmed_note"]}">'
                          f'{self.words["unconfirmed"]}</span>')
        return Markup(escape_markdown(self.renderer.labels[merged.status]))

    def sources(self, merged: MergedEvent) -> Markup:
        """Every briefing that reports it, named by its outlet, each a link."""
        links = []
        for briefing in merged.briefings:
            report = next(r for r in merged.reports if r.briefing.slug == briefing.slug)
            links.append(self.renderer.link(report.source, f"briefings/{briefing.slug}.md"))
        return Markup(", ".join(links))

    def disagreements(self, merged: MergedEvent) -> Markup:
        """„laut dpa 5. Jänner, laut Reuters 6. Jänner“; "APA: Kiew · Reuters: Kyiv"."""
        return Markup("; ".join(self._disagreement(d) for d in merged.disagreements))

    def _disagreement(self, disagreement: Disagreement) -> str:
        if disagreement.field == "date":
            parts = [self.words["date_by"].format(source=escape_markdown(source),
                                                  value=escape_markdown(self.renderer.date(value)))
                     for source, value in disagreement.values]
            return ", ".join(parts)
        return " · ".join(f"{escape_markdown(source)}: {escape_markdown(value)}"
                          for source, value in disagreement.values)

    def participant(self, participant: Participant) -> Markup:
        actor = self.renderer.corpus.by_token(participant.token)
        if actor is None:
            return Markup(escape_markdown(participant.name))
        return self.renderer.link(actor.name, actor.path)

    def place(self, name: str | None) -> Markup:
        if not name:
            return Markup("")
        actor = self.renderer.corpus.find_place(name)
        return self.renderer.link(actor.name, actor.path) if actor else Markup(escape_markdown(name))

    def link_to(self, merged: MergedEvent, text: str = "") -> Markup:
        """A link to the merged event's row in the timeline."""
        shown = text or (f"{len(merged.briefings)} " + (self.words["one_source"] if len(merged.briefings) == 1
                                                          else self.words["sources_n"]))
        return Markup(f"[{escape_markdown(shown)}]({self.renderer.url(TIMELINE)}#{merged.id})")

    def merged_of(self, briefing: Any, event: Any) -> MergedEvent | None:
        if not self.renderer.today:
            return None
        return self.renderer.corpus.picture(self.renderer.today).of(briefing, event)
