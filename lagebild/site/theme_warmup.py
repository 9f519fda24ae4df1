"""The theme's templates compiled once before the page fork, not once in each build process.

MkDocs makes the theme's Jinja environment before `on_files`, and the page loop compiles
Material's templates (`main.html`, `base.html` and some thirty partials) as it first renders
them.  With two build processes (`page_fork`) the child asked the theme for an environment of
its own and compiled them all again: at 1,000 briefings ~0.5 s of the child's page work.  So for
`build.py render` the theme hands out one environment per build (`share_env`), and the parent
compiles the templates pages use before it forks (`warm`); the child inherits them compiled.
The output does not change: the same templates, compiled from the same sources.
"""

from __future__ import annotations

import re
from typing import Any

import jinja2
from jinja2.utils import LRUCache

# Templates named literally where another one extends, includes or imports them.
_REFERENCE = re.compile(r"""\{%-?\s*(?:extends|include|import|from)\s+(["'])([^"']+)\1""")
# What MkDocs renders: every page (Material's default page template) and the theme's own files.
PAGE_TEMPLATES = ("main.html", "404.html", "sitemap.xml")
_SHARED_MARK = "_lagebild_shared_env"
_WARM_MARK = "_lagebild_warm"


def share_env(theme: Any) -> None:
    """Make `theme.get_env()` return one environment for this build (this theme object lives as
    long as its config: one build)."""
    if getattr(theme, _SHARED_MARK, False):
        return
    make = theme.get_env
    made: list[jinja2.Environment] = []

    def get_env() -> jinja2.Environment:
        if not made:
            made.append(make())
        return made[0]

    theme.get_env = get_env
    setattr(theme, _SHARED_MARK, True)


def is_shared(theme: Any) -> bool:
    return bool(getattr(theme, _SHARED_MARK, False))


def warm(env: jinja2.Environment, names: tuple[str, ...] = PAGE_TEMPLATES) -> int:
    """Compile `names` and every template they name literally, transitively; how many compiled.

    A template that is missing or broken is left for the page loop, which reports it as usual."""
    loader = env.loader
    if loader is None:
        return 0
    todo, seen = list(names), set()
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        try:
            source, _, _ = loader.get_source(env, name)
            env.get_template(name)
        except (jinja2.TemplateError, OSError):
            continue
        todo.extend(found for _, found in _REFERENCE.findall(source))
    return len(seen)


def warm_once(env: jinja2.Environment) -> int:
    """`warm(env)` the first time it is asked for this environment; 0 after."""
    if getattr(env, _WARM_MARK, False):
        return 0
    setattr(env, _WARM_MARK, True)
    return warm(env)


def keep_every_template(env: jinja2.Environment) -> None:
    """The environment's template cache as a plain mapping instead of Jinja's LRU cache.

    Material includes some thirty-five partials a page, each a cache look-up; Jinja's LRU cache
    takes a lock and moves the key to the front of a queue of up to 400 (a linear search) on
    every hit.  A theme has far fewer templates than that, so nothing is ever evicted anyway."""
    if isinstance(env.cache, LRUCache):
        env.cache = dict(env.cache.items())
