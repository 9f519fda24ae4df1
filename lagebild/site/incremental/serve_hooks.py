"""What makes plain `mkdocs serve` rebuild dirty, driven by the plugin (MkDocs 1.6 internals).

- `mkdocs.commands.serve` looks `build` up as a module global on every rebuild
  (serve.py, `builder`), so the plugin substitutes a wrapper in `on_serve`, after the first (full)
  build: later builds run with `dirty=True` and the plugin marks unchanged pages.
- Every dirty build logs one warning (build.py, "A 'dirty' build is being performed"), which
  `strict: true` turns into an abort; a filter on that logger drops exactly that record.
- Every build lists the theme's files again (files.py `Files.add_files_from_theme`: a walk of
  Material's thousands of files, a dozen patterns matched against each); under serve the list is
  kept while the theme's folders and the names below the project's own theme folder stay the same.
- The cyclic garbage collector pauses during dirty builds and no longer walks what the full
  build left (`pause_collector`, `resume_collector`); after a dirty build it comes back a moment
  later, once the waiting requests are answered.
- Every build makes a `Page` for every page, and each joins the site's address with its URL
  (pages.py `_set_canonical_url`, `urljoin`: ~2,300 times at 1,000 briefings, the same pairs every
  build); the join is a pure function, so under serve it is remembered (`remember_url_joins`), and
  so is the split of the joined URL into its path (`urlsplit`: the standard library keeps only the
  last 128 answers, so at ~6,900 pages every one missed).
- Every `Page` asks for the build date (pages.py `get_build_date`: the clock read and formatted,
  per page), though the plugin sets every page's `update_date` itself; under serve the answer is
  remembered per second of the clock and value of `SOURCE_DATE_EPOCH`, what it is a function of
  (`remember_build_date`).
- Material's search plugin looks up its language, separator and pipeline in the theme's
  `partials/language.html` on every build (`SearchPlugin._translate`: a new theme environment each
  time); under serve the answers are remembered while the theme's folders and the files below
  the project's own theme folder (name, size, mtime) are the same (`remember_translations`).
- Every build matches every page without an inclusion level against mkdocs.yml's `exclude_docs`,
  `draft_docs` and `not_in_nav` patterns (files.py `set_exclusions`); under serve the answer per
  page path is remembered while the patterns are the same (`remember_exclusions`).
- MkDocs' polling observer (0.5 s) plus a 0.1 s quiet period delay each rebuild; an inotify
  observer reacting only to changes starts it sooner.  `LAGEBILD_POLL=1` keeps MkDocs' polling
  (network or container mounts, where inotify sees nothing).
"""

from __future__ import annotations

import gc
import inspect
import logging
import os
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any
from urllib.parse import urljoin, urlsplit

import mkdocs.commands.build as build_module
import mkdocs.commands.serve as serve_command
import mkdocs.structure.files as files_module
import mkdocs.structure.pages as pages_module
import mkdocs.utils as mkdocs_utils
from mkdocs.structure.files import File, Files, InclusionLevel

DIRTY_WARNING = "A 'dirty' build is being performed"
BUILD_LOGGER = "mkdocs.commands.build"
BUILD_DELAY = 0.05  # seconds of quiet before a rebuild (MkDocs: 0.1 after a 0.5 s poll)
COLLECT_AFTER = 1.0  # seconds after a dirty build: its garbage is collected once the pages are served


class DropDirtyWarning(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.levelno == logging.WARNING and str(record.msg).startswith(DIRTY_WARNING))


_FILTER = DropDirtyWarning()


def drop_dirty_warning() -> None:
    logger = logging.getLogger(BUILD_LOGGER)
    if _FILTER not in logger.filters:
        logger.addFilter(_FILTER)


def rebuild_dirty(may_build_dirty: Callable[[], bool]) -> bool:
    """From now on `mkdocs serve` rebuilds dirty whenever `may_build_dirty()` says so (the plugin
    answers False after a failed build: then the site folder is cleaned as usual).
    False if serve.py is not the one we know (no module-level `build`)."""
    original = getattr(serve_command, "build", None)
    if original is None or not callable(original):
        return False
    if getattr(original, "lagebild_dirty", False):
        original = original.lagebild_original

    def build(config: Any, *, serve_url: str | None = None, dirty: bool = False) -> None:
        original(config, serve_url=serve_url, dirty=dirty or may_build_dirty())

    build.lagebild_dirty = True  # type: ignore[attr-defined]
    build.lagebild_original = original  # type: ignore[attr-defined]
    serve_command.build = build
    drop_dirty_warning()
    return True


def restore_build() -> None:
    current = getattr(serve_command, "build", None)
    if getattr(current, "lagebild_dirty", False):
        serve_command.build = current.lagebild_original  # type: ignore[union-attr]


def _names_below(folder: str) -> tuple[str, ...]:
    found = []
    for top, dirs, files in os.walk(folder):
        dirs.sort()
        found += [os.path.join(top, name) for name in sorted(files)]
    return tuple(found)


def keep_theme_files(project: str) -> bool:
    """From now on, `Files.add_files_from_theme` lists the theme's files once and adds the same
    files on later builds, while the theme's folders are the same and no file below `project`
    (the project's own theme folder, `custom_dir`) appeared or vanished.  False if files.py is not
    the one we know."""
    original = getattr(Files, "add_files_from_theme", None)
    if original is None or getattr(original, "lagebild_kept", False):
        return original is not None
    if list(inspect.signature(original).parameters) != ["self", "env", "config"]:
        return False
    kept: dict[object, list[tuple[str, str | None]]] = {}
    root = os.path.abspath(project) + os.sep

    def add_files_from_theme(self: Files, env: Any, config: Any) -> None:
        dirs = tuple(config.theme.dirs)
        key = (dirs, tuple(config.theme.static_templates), config.site_dir, config.use_directory_urls,
               tuple(_names_below(d) for d in dirs
                     if os.path.abspath(d).startswith(root) and "site-packages" not in d))
        found = kept.get(key)
        if found is None:
            listed = Files([])
            original(listed, env, config)
            found = [(file.src_uri, file.src_dir) for file in listed]
            kept.clear()
            kept[key] = found
        for path, folder in found:
            if self.get_file_from_path(path) is None:  # theme files never override docs_dir files
                self.append(File(path, folder, config.site_dir, config.use_directory_urls))

    add_files_from_theme.lagebild_kept = True  # type: ignore[attr-defined]
    add_files_from_theme.lagebild_original = original  # type: ignore[attr-defined]
    Files.add_files_from_theme = add_files_from_theme  # type: ignore[method-assign]
    return True


def forget_theme_files() -> None:
    current = Files.add_files_from_theme
    if getattr(current, "lagebild_kept", False):
        Files.add_files_from_theme = current.lagebild_original  # type: ignore[attr-defined,method-assign]


joined = lru_cache(maxsize=1 << 16)(urljoin)  # urljoin, remembered: same arguments, same answer
split = lru_cache(maxsize=1 << 16)(urlsplit)  # urlsplit (an immutable tuple), remembered alike


def remember_url_joins() -> bool:
    """MkDocs' pages join their canonical URLs through `joined` and split them through `split`.
    False if pages.py does not call the standard library's `urljoin` and `urlsplit` by those
    module-level names (then nothing is changed)."""
    current, splitter = getattr(pages_module, "urljoin", None), getattr(pages_module, "urlsplit", None)
    if current is joined and splitter is split:
        return True
    if current not in (urljoin, joined) or splitter not in (urlsplit, split):
        return False
    pages_module.urljoin = joined
    pages_module.urlsplit = split  # type: ignore[assignment]
    return True


def forget_url_joins() -> None:
    if getattr(pages_module, "urljoin", None) is joined:
        pages_module.urljoin = urljoin
    if getattr(pages_module, "urlsplit", None) is split:
        pages_module.urlsplit = urlsplit


_dates: dict[tuple[str | None, int], str] = {}  # (SOURCE_DATE_EPOCH, second of the clock) -> the build date


def build_date() -> str:
    """MkDocs' `get_build_date` (the build's day as YYYY-MM-DD, from SOURCE_DATE_EPOCH if set, else
    the clock), worked out once per second of the clock: the day is a function of that second."""
    epoch, second = os.environ.get("SOURCE_DATE_EPOCH"), int(time.time())
    found = _dates.get((epoch, second))
    if found is None:
        moment = datetime.fromtimestamp(int(epoch) if epoch is not None else second, UTC)
        found = moment.strftime("%Y-%m-%d")
        _dates.clear()
        _dates[(epoch, second)] = found
    return found


def remember_build_date() -> bool:
    """MkDocs' pages ask `build_date` for their build date.  False if pages.py does not call
    mkdocs.utils' `get_build_date` by that module-level name (then nothing is changed)."""
    current = getattr(pages_module, "get_build_date", None)
    if current is build_date:
        return True
    if current is not mkdocs_utils.get_build_date:
        return False
    pages_module.get_build_date = build_date
    return True


def forget_build_date() -> None:
    if getattr(pages_module, "get_build_date", None) is build_date:
        pages_module.get_build_date = mkdocs_utils.get_build_date
        _dates.clear()


def _spec_key(spec: Any) -> object:
    """A gitignore-style spec of mkdocs.yml (`exclude_docs`, `draft_docs`, `not_in_nav`) as plain values."""
    if spec is None:
        return None
    return (type(spec).__name__, tuple((getattr(p, "pattern", None), p.include) for p in spec.patterns))


def remember_exclusions() -> bool:
    """MkDocs' `set_exclusions` (files.py: every page without an inclusion level matched against
    mkdocs.yml's patterns, on every build — ~3,800 pattern matches at 1,000 briefings) answers
    from memory per page path while the patterns are the same: the match is a pure function of
    both.  False if files.py's function is not the one we know (then nothing is changed)."""
    found = getattr(files_module, "set_exclusions", None)
    if found is None or getattr(found, "lagebild_memo", False):
        return found is not None
    original: Callable[[Any, Any], None] = found
    if list(inspect.signature(original).parameters) != ["files", "config"] \
            or getattr(build_module, "set_exclusions", None) is not original:
        return False
    memo: dict[object, dict[str, Any]] = {}

    def set_exclusions(files: Any, config: Any) -> None:
        key = tuple(_spec_key(config.get(name)) for name in ("exclude_docs", "draft_docs", "not_in_nav"))
        answers = memo.get(key)
        if answers is None:
            memo.clear()
            answers = memo[key] = {}
        undecided = [file for file in files if file.inclusion == InclusionLevel.UNDEFINED]
        unknown = [file for file in undecided if file.src_uri not in answers]
        if unknown:
            original(unknown, config)
            answers.update((file.src_uri, file.inclusion) for file in unknown)
        for file in undecided:
            file.inclusion = answers[file.src_uri]

    set_exclusions.lagebild_memo = True  # type: ignore[attr-defined]
    set_exclusions.lagebild_original = original  # type: ignore[attr-defined]
    files_module.set_exclusions = set_exclusions
    build_module.set_exclusions = set_exclusions
    return True


def forget_exclusions() -> None:
    current = files_module.set_exclusions
    if getattr(current, "lagebild_memo", False):
        files_module.set_exclusions = current.lagebild_original  # type: ignore[attr-defined]
        build_module.set_exclusions = current.lagebild_original  # type: ignore[attr-defined]


def _stamps_below(folder: str) -> tuple[tuple[str, int, int], ...]:
    found = []
    for path in _names_below(folder):
        try:
            status = os.stat(path)
        except OSError:
            continue
        found.append((path, status.st_size, status.st_mtime_ns))
    return tuple(found)


def remember_translations(search_plugin: Any, project: str) -> bool:
    """Material's search plugin answers `_translate(config, value)` from memory while the theme and
    the project's overrides are unchanged.  False if the plugin has no such method (then nothing
    is changed); the plugin object lives as long as `mkdocs serve` (it has `on_startup`)."""
    original = getattr(search_plugin, "_translate", None)
    if original is None or getattr(original, "lagebild_memo", False):
        return original is not None
    if type(search_plugin).__module__ != "material.plugins.search.plugin" \
            or list(inspect.signature(original).parameters) != ["config", "value"]:
        return False
    root = os.path.abspath(project) + os.sep
    memo: dict[object, Any] = {}

    def _translate(config: Any, value: str) -> Any:
        dirs = tuple(config.theme.dirs)
        ours = tuple(_stamps_below(d) for d in dirs
                     if os.path.abspath(d).startswith(root) and "site-packages" not in d)
        key = (dirs, config.theme.get("language"), value, ours)
        if key not in memo:
            memo[key] = original(config, value)
        return memo[key]

    _translate.lagebild_memo = True  # type: ignore[attr-defined]
    search_plugin._translate = _translate
    return True


_collector = threading.Lock()
_builds = [0]  # dirty builds started: a collection scheduled after one is dropped once the next starts


def pause_collector() -> None:
    """No cyclic garbage collection during a dirty build: with the serve process's heap (every
    briefing, page and search entry of the site) a full collection took 0.3–0.6 s, twice a
    rebuild, for garbage that waits as well until the build is done."""
    with _collector:
        _builds[0] += 1
        gc.disable()


def resume_collector(full_build: bool, later: float = 0.0) -> None:
    """After a build; after a full one, what it left is moved out of the collector's sight
    (`gc.freeze`): later collections walk only what later builds made.  The cost is that cycles
    among those objects, once garbage, are never freed: one build's worth per full build.

    `later` (seconds): after a dirty build, the collector comes back that much later, in a thread
    of its own, and collects what the build left then — not at the first allocation after the
    build, which walked every object the build made (0.05–0.2 s) while the browser waited for
    the pages.  A build that starts meanwhile takes over (it resumes the collector when it ends)."""
    if full_build:
        gc.collect()
        gc.freeze()
    if full_build or later <= 0:
        gc.enable()
        return
    build = _builds[0]

    def collect() -> None:
        with _collector:
            if _builds[0] != build or gc.isenabled():
                return
            gc.enable()
        gc.collect(0)

    timer = threading.Timer(later, collect)
    timer.daemon = True
    timer.start()


def use_change_observer(server: Any) -> bool:
    """Replace the server's polling observer by inotify, reacting to changes only (not opens).

    Watches are added by MkDocs with `server.watch(path)`; a watch on a file path watches only that
    file (watchdog's `ObservedWatch` keeps the path), not its whole folder."""
    if os.environ.get("LAGEBILD_POLL") == "1":
        return False
    try:
        from watchdog.events import (
            DirCreatedEvent,
            DirDeletedEvent,
            DirMovedEvent,
            FileClosedEvent,
            FileCreatedEvent,
            FileDeletedEvent,
            FileModifiedEvent,
            FileMovedEvent,
        )
        from watchdog.observers.inotify import InotifyObserver
    except ImportError:  # not Linux
        return False
    if not all(hasattr(server, name) for name in ("observer", "build_delay", "_watched_paths", "_watch_refs")):
        return False
    changes = [FileCreatedEvent, FileDeletedEvent, FileModifiedEvent, FileMovedEvent, FileClosedEvent,
               DirCreatedEvent, DirDeletedEvent, DirMovedEvent]
    try:
        observer = InotifyObserver(timeout=0.1)
        observer.schedule  # noqa: B018  # the API MkDocs calls
    except OSError:
        return False
    original_schedule = observer.schedule

    def schedule(handler: Any, path: str, recursive: bool = False, **kwargs: Any) -> Any:
        return original_schedule(handler, path, recursive=recursive, event_filter=changes)

    observer.schedule = schedule  # type: ignore[method-assign,assignment]
    watched = dict(server._watched_paths)  # watched before on_serve: docs_dir, mkdocs.yml, the theme
    server.observer = observer
    server._watched_paths, server._watch_refs = {}, {}
    for path, count in watched.items():
        for _ in range(count):
            server.watch(path)
    server.build_delay = BUILD_DELAY
    return True


__all__ = [
    "DIRTY_WARNING",
    "DropDirtyWarning",
    "build_date",
    "drop_dirty_warning",
    "forget_build_date",
    "forget_exclusions",
    "forget_theme_files",
    "forget_url_joins",
    "joined",
    "keep_theme_files",
    "pause_collector",
    "rebuild_dirty",
    "remember_build_date",
    "remember_exclusions",
    "remember_translations",
    "remember_url_joins",
    "restore_build",
    "resume_collector",
    "use_change_observer",
]
