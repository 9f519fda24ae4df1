"""A dirty build's choice per page: render it again, or keep last build's output.

MkDocs skips a page in a dirty build when `File.is_modified()` is False (build.py
`_populate_page`, `_build_page`); the method is set here per `File` instance.  A page is
rendered again when the planner says everything changed, its output is gone, its derived
page (HTML) changed, its briefing's fingerprint changed, or — a hand-written page — its source is
newer or anything at all changed.  In audit mode every kept page is rendered too, with the
output and search entries it would have kept noted for comparison.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.structure.files import File

from lagebild.site.incremental.planner import Plan
from lagebild.site.page_renderer import BRIEFINGS_FOLDER


@dataclass
class Marked:
    rendered: int = 0  # pages rendered again
    expected: dict[str, bytes] = field(default_factory=dict)  # audit: page source path -> output kept
    entries: dict[str, str | None] = field(default_factory=dict)  # audit: page URL -> search entries kept


def mark_modified(pages: Iterable[File], plan: Plan, derived: Mapping[str, object], previous: Mapping[str, object],
                  search_text: Callable[[str], str | None], audit: bool, render_handwritten: bool = False,
                  spliced: frozenset[str] = frozenset()) -> Marked:
    """Set `is_modified` on every page of this dirty build (`pages`: its documentation pages); what
    was kept (audit) and how many render.

    `render_handwritten`: render every hand-written page again — a file of the site came or went
    since the last build (a link may now resolve differently, or point nowhere), or the last build
    was another process's (MkDocs' mtime test is no proof across a copy that kept old times).
    `spliced`: briefing pages whose new output is written already (link_splice): kept."""
    everything = plan.wants("") or render_handwritten  # hand-written pages may link to anything

    def keep(file: File) -> bool:
        if plan.full or not os.path.isfile(file.abs_dest_path):
            return False
        if file.generated_by is not None and file.src_uri in derived:
            return derived[file.src_uri] == previous.get(file.src_uri)
        if file.src_uri.startswith(f"{BRIEFINGS_FOLDER}/") and file.src_uri in plan.fingerprints:
            return file.src_uri not in plan.modified_briefing_pages or file.src_uri in spliced
        # A hand-written page: MkDocs' own test (its output older than its source), and any
        # change at all, since it may link to or list anything.
        return not everything and not File.is_modified(file)

    marked = Marked()
    for file in pages:
        if not keep(file):
            marked.rendered += 1
            file.is_modified = lambda: True  # type: ignore[method-assign]
        elif audit:  # rendered anyway and compared (the plugin's on_post_page, on_post_build)
            marked.expected[file.src_uri] = Path(file.abs_dest_path).read_bytes()
            marked.entries[file.url] = search_text(file.url)
            file.is_modified = lambda: True  # type: ignore[method-assign]
        else:
            file.is_modified = lambda: False  # type: ignore[method-assign]
    return marked


def remove_outputs(site: Path, dest_uris: set[str]) -> None:
    """Delete vanished pages' outputs and the folders they leave empty (never above the site folder)."""
    for dest_uri in sorted(dest_uris):
        path = site / dest_uri
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        folder = path.parent
        while folder != site and site in folder.parents:
            try:
                folder.rmdir()
            except OSError:
                break
            folder = folder.parent


__all__ = ["Marked", "mark_modified", "remove_outputs"]
