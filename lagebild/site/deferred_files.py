"""Generated files whose content is made when MkDocs first reads it, not when they are listed.

A cold `build.py render` builds its pages in two processes from `on_nav` on (page_fork); all
that runs before is the fork's wait.  The exports (facts.json, feed, calendar; ~0.5 s CPU at
1,000 briefings) are needed only when MkDocs copies the non-page files into the site, in the
parent after its own pages are read, while the child is building.  So they are listed in
`on_files` as usual, with every input fixed there (the corpus, the addresses of the files then
listed), and made on first read: the same bytes, later.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File

Make = Callable[[], dict[str, str]]  # every deferred file's text by its path


class DeferredFile(File):
    """A generated file (`File.generated`) whose text comes from `make`, called once for the group."""

    _group: _Group | None = None

    @property
    def _content(self) -> str | bytes | None:
        group = self._group
        return group.text(self.src_uri) if group is not None else self._kept

    @_content.setter
    def _content(self, value: str | bytes | None) -> None:
        self._group = None  # set from outside (File.generated, a plugin): that is the content now
        self._kept = value

    _kept: str | bytes | None = None


class _Group:
    def __init__(self, paths: Sequence[str], make: Make) -> None:
        self.paths = tuple(paths)
        self.make: Make | None = make
        self.texts: dict[str, str] = {}

    def text(self, path: str) -> str:
        if self.make is not None:
            make, self.make = self.make, None
            texts = make()
            if tuple(texts) != self.paths:
                raise RuntimeError(f"lagebild: deferred files {list(texts)} are not the ones listed {list(self.paths)}")
            self.texts = texts
        return self.texts[path]


def deferred_files(config: MkDocsConfig, paths: Sequence[str], make: Make) -> list[File]:
    """One generated file per path, in this order; `make()` runs on the first read of any of them
    and must return exactly these paths, in this order."""
    group = _Group(paths, make)
    files: list[File] = []
    for path in paths:
        file = DeferredFile.generated(config, path, content="")
        assert isinstance(file, DeferredFile)
        file._group = group
        files.append(file)
    return files
