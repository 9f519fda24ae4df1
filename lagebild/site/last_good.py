"""Under `mkdocs serve`, a typo in one briefing never takes the preview down.

MkDocs 1.6 answers no page request after a failed rebuild until a build succeeds ("the server
will appear stuck"), so raising on a broken file would blank the editor's preview.  While
serving, a briefing file with errors is therefore logged with ``path:line`` as always and, for
this build only, replaced by the last version of it that read without errors (or left out, if
there never was one); every other edit shows as usual.  `mkdocs build` and `build.py render`
still fail on any error: only `serve` sets ``serving``.  The messages bypass `strict: true`
(which would fail the rebuild again), so the site of a serve session may be built from a last good
version: `build.py check` and `build.py render` say whether the files themselves are right.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from pathlib import Path

from lagebild.article import decode, normalise
from lagebild.briefing.briefing_file import parse_file
from lagebild.briefing.content import BRIEFINGS_DIR, Content, briefing_paths, display_path, slug_for
from lagebild.errors import LagebildError, Problem

# Not below the "mkdocs" logger: `strict: true` would turn these messages into the very
# build failure this module avoids.  Printed in MkDocs' own format.
log = logging.getLogger("lagebild.preview")
if not log.handlers:
    _handler = logging.StreamHandler()
    _handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    log.addHandler(_handler)
    log.setLevel(logging.INFO)
    log.propagate = False
serving = False  # set by the plugin's on_startup for `mkdocs serve`
_texts: dict[str, str] = {}  # absolute briefing path -> its last text that read without errors


def remember(content: Content, content_dir: Path, root: Path) -> None:
    """Keep the text of every briefing that loaded cleanly from disk (`content.lines` lists those)."""
    if not content.lines:
        return  # (a serve rebuild after an edit of nothing readable: no file to name)
    by_shown = {display_path(path, root): path for path in briefing_paths(content_dir)}
    for shown, _ in content.lines.values():
        path = by_shown.get(shown)
        if path is None:
            continue
        try:
            _texts[str(path.resolve())] = normalise(decode(path.read_bytes(), shown), shown)[0]
        except (OSError, LagebildError):
            continue  # a file we cannot re-read simply has no fallback


def substitute(content: Content, content_dir: Path, root: Path) -> tuple[Content, dict[str, str | None]]:
    """The content with each broken briefing file replaced by its last good version.

    Returns the new content (its errors: only those no fallback can cover) and, per replaced
    file, its source URI below the docs folder and the text to serve (None: leave the page out).
    """
    paths = {display_path(path, root): path for path in briefing_paths(content_dir)}
    broken: dict[str, list[Problem]] = defaultdict(list)
    for problem in content.errors:
        if problem.path in paths:
            broken[problem.path].append(problem)
    result = Content(briefings=list(content.briefings), lines=dict(content.lines))
    result.problems = [p for p in content.problems if p.severity != "error" or p.path not in broken]
    replacements: dict[str, str | None] = {}
    slugs = {b.slug for b in content.briefings}
    for shown, problems in sorted(broken.items()):
        for problem in problems:
            log.error(str(problem), extra={"lagebild_problem": problem})
        path = paths[shown]
        uri = f"{BRIEFINGS_DIR}/{path.name}"
        text = _texts.get(str(path.resolve()))
        briefing = None
        if text is not None and slug_for(path) not in slugs:
            briefing, again = parse_file(text, shown, slug_for(path))
            if again:
                briefing = None
        if briefing is None:
            replacements[uri] = None
            log.warning(f"{shown}: left out of the preview until the problems above are fixed")
            continue
        result.briefings.append(briefing)
        replacements[uri] = text
        log.warning(f"{shown}: the preview shows its last good version until the problems above are fixed")
    return result, replacements
