"""The content folder as a build reads it: unpublished files left out, the briefings loaded
(through the briefing store) and validated, a broken briefing replaced by its last good version
under `mkdocs serve`, the alias and events files."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from lagebild.briefing.content import Content
from lagebild.errors import LagebildError
from lagebild.picture.corpus import ALIASES_FILE, Aliases
from lagebild.picture.event_links import EVENTS_FILE, EventLinks
from lagebild.publish import is_published
from lagebild.safe_read import is_regular
from lagebild.site import last_good
from lagebild.site.incremental.briefing_store import BriefingStore, LoadedContent, file_digest

log = logging.getLogger("mkdocs.plugins.lagebild")


def read_content(files: Files, config: MkDocsConfig, store: BriefingStore, root: Path,
                 workers: int) -> tuple[LoadedContent, Content, dict[str, str], Aliases, EventLinks]:
    """The briefings as loaded, the content to build (last good versions in place of broken files
    under serve), each briefing's digest, aliases and event links; a `PluginError` on problems."""
    content_dir = Path(config.docs_dir)
    docs = os.path.abspath(config.docs_dir)
    for file in list(files):
        if file.generated_by is not None or file.src_dir is None or os.path.abspath(file.src_dir) != docs:
            continue  # the theme's files and other plugins' pages
        # Only pages and images are published (lagebild.publish); `check` names the rest.
        if not (is_published(file.src_uri) and is_regular(file.abs_src_path or "")):
            log.info(f"lagebild: {content_dir.name}/{file.src_uri} is not published")
            files.remove(file)
    # Two cores for parsing, except beside `mkdocs serve`'s threads (fork_pool).
    loaded = store.load(content_dir, root, workers=workers)
    content, digests = loaded.content, dict(loaded.digests)
    replaced: dict[str, str | None] = {}
    if last_good.serving and content.errors:  # a typo must not stop the preview (see last_good)
        content, replaced = last_good.substitute(content, content_dir, root)
    for warning in content.problems:
        if warning.severity == "warning":
            log.warning(str(warning), extra={"lagebild_problem": warning})
    if content.errors:
        for problem in content.errors:
            log.error(str(problem), extra={"lagebild_problem": problem})
        raise PluginError(f"lagebild: {len(content.errors)} problem(s) in {content_dir.name}/; "
                          "fix them (see above) and build again")
    try:
        aliases = Aliases.load(content_dir / ALIASES_FILE, str(Path(content_dir.name) / ALIASES_FILE))
        event_links = EventLinks.load(content_dir / EVENTS_FILE, str(Path(content_dir.name) / EVENTS_FILE))
    except LagebildError as error:
        for problem in error.problems:
            log.error(str(problem), extra={"lagebild_problem": problem})
        raise PluginError("lagebild: problems in the alias file or events file") from None
    if last_good.serving:
        # Only the files read again can have a new last good version.
        last_good.remember(Content(lines={slug: content.lines[slug] for slug in loaded.fresh
                                          if slug in content.lines}), content_dir, root)
        for uri, text in replaced.items():
            if text is not None:
                digests[Path(uri).stem] = file_digest(("last good\n" + text).encode("utf-8", "surrogatepass"))
            broken = files.get_file_from_path(uri)
            if broken is not None and text is not None:
                broken.content_string = text  # in its place: the page order stays that of a clean build
            elif broken is not None:
                files.remove(broken)
            elif text is not None:
                files.append(File.generated(config, uri, content=text))
    return loaded, content, digests, aliases, event_links
