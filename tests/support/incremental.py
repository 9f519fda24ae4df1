"""Incremental ≡ clean: a serve-style session (one plugin instance, dirty rebuilds) against a
fresh full build of a copy of the same project, compared file by file."""

from __future__ import annotations

import hashlib
import shutil
import sys
from pathlib import Path
from typing import Any

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig

from lagebild.site import last_good

ROOT = Path(__file__).resolve().parents[2]
SERVE_URL = "http://127.0.0.1:8000/"
TODAY = "2025-07-01"


def _plugins_option() -> Any:
    return dict(MkDocsConfig._schema)["plugins"]


def small_project(target: Path, count: int = 12) -> Path:
    """The benchmark's invented articles as briefing files: recurring actors, shared summit dates."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from benchmarks.generate import generate
    from benchmarks.run import make_project, write_briefings
    articles = generate(count)
    make_project(target, articles)
    (target / "templates" / "overrides").mkdir(exist_ok=True)
    write_briefings(target, articles)
    return target


class Session:
    """What `mkdocs serve` keeps between rebuilds: the plugin objects (MkDocs' plugin cache)."""

    def __init__(self, project: Path, site: Path) -> None:
        self.project, self.site = project, site
        self.cache: dict[str, Any] = {}
        self.started = False

    def config(self) -> MkDocsConfig:
        option = _plugins_option()
        option.plugin_cache = self.cache
        config = load_config(config_file=str(self.project / "mkdocs.yml"), site_dir=str(self.site))
        config.site_url = SERVE_URL
        if not self.started:
            config.plugins.on_startup(command="serve", dirty=False)
            self.started = True
        return config

    def plugin(self) -> Any:
        return self.cache["lagebild"]

    def build(self) -> bool:
        """One (re)build as `mkdocs serve` runs it; True if it was dirty."""
        config = self.config()
        dirty = bool(self.cache.get("lagebild") and self.plugin().may_build_dirty())
        build(config, serve_url=SERVE_URL, dirty=dirty)
        return dirty


def clean_build(project: Path, workdir: Path) -> Path:
    """A fresh full build of a copy of the project (new plugin objects, empty state, no caches)."""
    copy = workdir / "clean-project"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(project, copy, ignore=shutil.ignore_patterns("site*", "cache"))
    site = workdir / "clean-site"
    shutil.rmtree(site, ignore_errors=True)
    serving = last_good.serving
    try:
        Session(copy, site).build()
    finally:
        last_good.serving = serving
    return site


def digests(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def differences(site: Path, clean: Path) -> list[str]:
    mine, theirs = digests(site), digests(clean)
    found = [f"only incremental: {p}" for p in sorted(set(mine) - set(theirs))]
    found += [f"only clean: {p}" for p in sorted(set(theirs) - set(mine))]
    found += [f"differs: {p}" for p in sorted(set(mine) & set(theirs)) if mine[p] != theirs[p]]
    return found
