"""A briefing file: YAML front matter with the facts, then the Markdown body."""

from __future__ import annotations

from pathlib import Path

from lagebild import templating
from lagebild.briefing import frontmatter
from lagebild.briefing.model import Briefing
from lagebild.briefing.schema import briefing_to_data, read_briefing
from lagebild.errors import Problem
from lagebild.i18n import labels


def new_body(briefing: Briefing, template_dir: Path | None = None) -> str:
    """The body of a freshly extracted briefing: fact markers, then the article's sections."""
    return templating.render("briefing.md.j2", template_dir, labels=labels(briefing.language),
                             sections=briefing.sections)


def render_file(briefing: Briefing, body: str) -> str:
    return frontmatter.render(briefing_to_data(briefing), body)


def parse_file(text: str, path: str, slug: str) -> tuple[Briefing | None, list[Problem]]:
    """Parse and validate a briefing file's text; problems carry file lines."""
    from lagebild.errors import LagebildError

    try:
        document = frontmatter.parse(text, path)
    except LagebildError as error:
        return None, error.problems
    return read_briefing(document, path, slug)
