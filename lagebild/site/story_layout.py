"""Bounded story pages: a story's page shows its latest developments; the rest is on numbered parts.

A story that runs for a year gathers hundreds of events and briefings.  Its page
(`stories/<id>/`) shows the `STORY_ROWS` latest events (planned ones soonest first, past ones
newest first) and its latest briefings; older events and briefings continue on
`stories/<id>/2/`, `stories/<id>/3/`, … newest first, so a story's page is as long as a part
however long the story runs.  The list of all stories (`stories/`) is cut the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from lagebild.briefing.model import Briefing
from lagebild.picture.events_merge import MergedEvent
from lagebild.picture.stories import Story
from lagebild.site.pager import Part, free_name, nth, numbered, split

FOLDER = "stories"
INDEX = f"{FOLDER}/index.md"
STORY_ROWS = 50  # events (and briefings) per story page: ~1 KB an event row, a part stays near 100 KB
STORIES_PER_PAGE = 40  # on the list of all stories, each with a few lines


@dataclass(frozen=True)
class StoryPart:
    path: str  # 'stories/<id>.md' for the story's page, 'stories/<id>/2.md' for a later part
    number: int
    count: int
    planned: tuple[MergedEvent, ...]  # soonest first
    past: tuple[MergedEvent, ...]  # newest first
    briefings: tuple[Briefing, ...]  # newest first


def story_path(story: Story) -> str:
    return f"{FOLDER}/{story.id}.md"


def story_parts(story: Story, rows: int | None = None) -> list[StoryPart]:
    """The story's page and its later parts: events newest first (by date), cut into parts of `rows`."""
    rows = rows or STORY_ROWS
    paths = numbered(story_path(story), f"{FOLDER}/{story.id}")
    newest = sorted(story.events, key=lambda m: (m.date or "", m.id), reverse=True)
    events = split(newest, rows, paths)
    briefings = split(story.briefings, rows, paths)
    count = max(len(events), len(briefings))
    found = []
    for number in range(1, count + 1):
        shown = nth(events, number)
        planned = tuple(sorted((m for m in shown if m.status == "planned"), key=lambda m: (m.date or "9999", m.id)))
        found.append(StoryPart(paths(number), number, count, planned,
                               tuple(m for m in shown if m.status != "planned"), nth(briefings, number)))
    return found


def story_index(stories: list[Story], per_page: int | None = None) -> list[Part[Story]]:
    """The list of all stories, the most recently reported first, in parts (`stories/page-2/`, …)."""
    taken = {story.id for story in stories}
    return split(stories, per_page or STORIES_PER_PAGE, lambda number: INDEX if number == 1
                 else f"{FOLDER}/{free_name(f'page-{number}', taken)}.md")


def story_part_path(story: Story, merged_id: str, rows: int | None = None) -> str:
    """The page of the story that shows this merged event (the story's page if it shows none)."""
    return next((part.path for part in story_parts(story, rows)
                 if any(m.id == merged_id for m in (*part.planned, *part.past))), story_path(story))


__all__ = ["INDEX", "STORIES_PER_PAGE", "STORY_ROWS", "StoryPart", "story_index", "story_part_path",
           "story_parts", "story_path"]
