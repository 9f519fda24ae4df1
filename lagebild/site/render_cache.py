"""A cache of converted pages that survives `mkdocs serve` rebuilds and new processes.

MkDocs converts every page's Markdown on every build (under `mkdocs serve`, on
every edit).  The conversion is a pure function of its inputs, so it is cached
on disk under ``.lagebild/cache/`` and reused by later builds.  (Search entries
need no cache: `search_scan` makes them faster than a cache file is read.)

A converted page is keyed by everything the conversion reads: the page's final
Markdown (after every plugin's ``on_page_markdown``), where the page is, the
Markdown configuration and the versions of the code that converts.  The other
files its links resolved to are recorded during the conversion and checked on
every hit, so a new or renamed page invalidates only the pages that link (or
tried to link) to it.  An entry is stored only when the conversion logged
nothing: a broken link fails a strict build every time, not only the first.

Entries are written atomically (temporary file, rename); an entry that cannot
be read, does not parse or names another key is ignored and rebuilt.
Entries no build used are removed after each successful build.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import inspect
import json
import logging
from collections.abc import Callable, Mapping
from functools import cached_property, lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from lagebild.atomic import write_text
from lagebild.site.page_markdown import render_page

FORMAT = 1  # bump when an entry's layout or meaning changes
_DISTRIBUTIONS = ("markdown", "mkdocs", "pymdown-extensions", "mkdocs-material", "mkdocs-material-extensions")


class Store:
    """One JSON file per key, in two-character shards; every failure to read is a miss."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.used: set[str] = set()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict[str, Any] | None:
        self.used.add(key)
        try:
            data = json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or data.get("key") != key or data.get("format") != FORMAT:
            return None
        return data

    def put(self, key: str, data: dict[str, Any]) -> None:
        self.used.add(key)
        with contextlib.suppress(Exception):  # a cache that cannot be written only costs time
            write_text(self._path(key), json.dumps({"format": FORMAT, "key": key, **data}), sync=False)

    def prune(self) -> None:
        """Remove the entries this build did not use (old versions of edited pages)."""
        with contextlib.suppress(OSError):  # an unreadable cache folder only costs disk space
            shards = [shard for shard in self.folder.iterdir() if shard.is_dir()] if self.folder.is_dir() else []
            for shard in shards:
                for entry in shard.iterdir():
                    if entry.suffix == ".json" and entry.stem not in self.used:
                        with contextlib.suppress(OSError):
                            entry.unlink()


def digest(*parts: Any) -> str:
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False, default=_stable).encode("utf-8")).hexdigest()


def _stable(value: Any) -> str:
    """A value JSON cannot hold, named the same in every process: a function (the toc's `slugify`)
    by its module and name, never by its `repr`, whose memory address made every process miss."""
    if callable(value) and hasattr(value, "__qualname__"):
        try:  # with its module's source: a changed function converts again
            source = hashlib.sha256(Path(inspect.getsourcefile(value) or "").read_bytes()).hexdigest()
        except (OSError, TypeError):
            source = "?"
        return f"{getattr(value, '__module__', '?')}.{value.__qualname__} {source}"
    return str(value)


def code_version(extensions: list[Any]) -> str:
    """The versions of everything that turns Markdown into HTML, local extension modules by content."""
    return _code_version(tuple(e if isinstance(e, str) else type(e).__module__ for e in extensions))


@lru_cache(maxsize=8)  # per process: what it has imported stays what it runs, whatever pip does meanwhile
def _code_version(modules: tuple[str, ...]) -> str:
    parts = [f"render-cache {FORMAT}"]
    for name in _DISTRIBUTIONS:
        try:
            parts.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{name} -")
    owners: Mapping[str, list[str]] | None = None  # looked up only when needed: it reads every installed RECORD
    for module in modules:
        top = module.split(".")[0]
        try:
            found = importlib.util.find_spec(top) is not None
        except (ImportError, ValueError):
            found = False
        if found:
            if owners is None:
                owners = metadata.packages_distributions()
            if top in owners:
                parts.extend(f"{d} {metadata.version(d)}" for d in sorted(owners[top]))
                continue
        try:
            spec = importlib.util.find_spec(module)
        except (ImportError, ValueError):
            spec = None  # a short name Markdown resolves itself: versioned with Markdown
        if spec is not None and spec.origin and Path(spec.origin).is_file():
            parts.append(f"{module} {hashlib.sha256(Path(spec.origin).read_bytes()).hexdigest()}")
    return digest(*parts)


def _extension_id(extension: Any) -> Any:
    if isinstance(extension, str):
        return extension
    configs = extension.getConfigs() if hasattr(extension, "getConfigs") else {}
    return [f"{type(extension).__module__}.{type(extension).__qualname__}", configs]


def _file_state(file: File | None) -> list[Any] | None:
    return None if file is None else [file.src_uri, file.url, file.inclusion.is_excluded()]


def _toc_tokens(items: Any) -> list[dict[str, Any]]:
    return [{"level": item.level, "id": item.id, "name": item.title, "children": _toc_tokens(item.children)}
            for item in items]


class _RecordingFiles:
    """The site's files as a page's link rewriting sees them, noting each lookup and what it found."""

    def __init__(self, files: Files) -> None:
        self._files = files
        self.lookups: dict[str, list[Any] | None] = {}

    def get_file_from_path(self, path: str) -> File | None:
        found = self._files.get_file_from_path(path)
        self.lookups[path] = _file_state(found)
        return found

    def __getattr__(self, name: str) -> Any:
        return getattr(self._files, name)


class _LogCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


class RenderCache:
    """Converted pages: HTML, table of contents, title, anchors and links to other pages' anchors."""

    def __init__(self, folder: Path, config: MkDocsConfig) -> None:
        self.store = Store(folder)
        self.config = config
        self.hits = 0
        self.misses = 0

    @cached_property
    def settings(self) -> str:
        """Worked out for the first page converted (a warm build may convert none: the versions of
        the installed packages take a third of a second to look up)."""
        config = self.config
        extensions = list(config.markdown_extensions)
        return digest(
            code_version(extensions), [_extension_id(e) for e in extensions], config.mdx_configs or {},
            config.use_directory_urls, json.loads(json.dumps(config.validation, default=_plain)))

    def attach(self, page: Page, markdown: str, files: Files) -> None:
        """Make the page's coming render() a cache hit, or a conversion that fills the cache."""
        debug = logging.getLogger("mkdocs").getEffectiveLevel() <= logging.DEBUG
        key = digest(self.settings, _file_state(page.file), debug, markdown)
        entry = self.store.get(key)
        restore = self._restorer(page, entry, files) if entry is not None else None
        if restore is not None:
            self.hits += 1
            _replace_render(page, lambda config, files: restore())
            return
        self.misses += 1

        def convert(config: MkDocsConfig, files: Files) -> None:
            recording = _RecordingFiles(files)
            counter = _LogCounter()
            loggers = [logging.getLogger("mkdocs"), logging.getLogger()]
            for logger in loggers:
                logger.addHandler(counter)
            try:
                render_page(page, config, recording)  # type: ignore[arg-type]
            finally:
                for logger in loggers:
                    logger.removeHandler(counter)
            if counter.count == 0:
                self.store.put(key, self._entry(page, recording.lookups))

        _replace_render(page, convert)

    @staticmethod
    def _entry(page: Page, lookups: dict[str, list[Any] | None]) -> dict[str, Any]:
        links = page.links_to_anchors
        return {
            "lookups": lookups,
            "content": page.content,
            "toc": _toc_tokens(page.toc),
            "title": page._title_from_render,
            "anchors": sorted(page.present_anchor_ids or ()),
            "links": None if links is None else {f.src_uri: anchors for f, anchors in links.items()},
        }

    @staticmethod
    def _restorer(page: Page, entry: dict[str, Any], files: Files) -> Callable[[], None] | None:
        """A function that puts the cached conversion on the page, or None if the entry is stale."""
        try:
            for path, state in entry["lookups"].items():
                if _file_state(files.get_file_from_path(path)) != state:
                    return None
            links: dict[File, dict[str, str]] | None = None
            if entry["links"] is not None:
                links = {}
                for src_uri, anchors in entry["links"].items():
                    target = page.file if src_uri == page.file.src_uri else files.get_file_from_path(src_uri)
                    if target is None:
                        return None
                    links[target] = dict(anchors)
            content = str(entry["content"])
            toc = get_toc(entry["toc"])
            title = entry["title"]
            anchors = set(entry["anchors"])
        except (KeyError, TypeError, AttributeError, ValueError):
            return None  # an entry of another shape: convert again
        if title is not None and not isinstance(title, str):
            return None

        def restore() -> None:
            page.content = content
            page.toc = toc
            page._title_from_render = title
            page.present_anchor_ids = anchors
            if logging.getLogger("mkdocs").getEffectiveLevel() > logging.DEBUG:
                page.links_to_anchors = links

        return restore


def _replace_render(page: Page, render: Callable[[MkDocsConfig, Files], None]) -> None:
    """Run `render` instead of Page.render for this page, once."""

    def once(config: MkDocsConfig, files: Files) -> None:
        page.__dict__.pop("render", None)
        render(config, files)

    page.render = once  # type: ignore[method-assign]


def _plain(value: Any) -> Any:
    return dict(value) if hasattr(value, "items") else str(value)
