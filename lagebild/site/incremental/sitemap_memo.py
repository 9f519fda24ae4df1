"""Under `mkdocs serve`: the sitemap rendered again only when an address or a date in it changed.

MkDocs renders `sitemap.xml` on every build (build.py `_build_theme_template`): a Jinja loop over
every page (~2,300 at 1,000 briefings), though an edit rarely adds a page or moves a date.  The
template reads, of each page, only whether it is a link, its addresses and its `update_date`
(checked on its source: any other name or attribute and nothing is remembered), so the last
output is reused while those values are the same.  MkDocs still writes the file, gzips it and
runs the `on_post_template` plugins as usual.
"""

from __future__ import annotations

import re
from typing import Any

import jinja2
from jinja2 import meta

TEMPLATE = "sitemap.xml"
READ = frozenset({"is_link", "abs_url", "canonical_url", "update_date"})  # what the template may read of a page
_last: dict[str, tuple[object, str]] = {}  # template source -> (what it was rendered from, its output)


def _reads_only_pages(source: str, env: jinja2.Environment) -> bool:
    try:
        names = meta.find_undeclared_variables(env.parse(source))
    except jinja2.TemplateSyntaxError:
        return False
    used = set(re.findall(r"\bfile\.page\.(\w+)", source))
    return names == {"pages"} and bool(used) and used <= READ and "file.page|" not in source \
        and not re.search(r"\bfile\.(?!page\.)\w", source)


def remember_sitemap(env: jinja2.Environment) -> bool:
    """The environment's sitemap template answers from memory while its pages show the same values.
    False (nothing changed) if the template reads more than this module knows."""
    try:
        source = env.loader.get_source(env, TEMPLATE)[0] if env.loader is not None else None
    except jinja2.TemplateNotFound:
        return False
    if source is None or not _reads_only_pages(source, env):
        return False
    template = env.get_template(TEMPLATE)
    original = template.render
    if getattr(original, "lagebild_memo", False):
        return True

    def render(*args: Any, **kwargs: Any) -> str:
        context = dict(*args, **kwargs)
        pages = context.get("pages")
        if pages is None:
            return original(*args, **kwargs)
        key = tuple((page.is_link, page.abs_url, page.canonical_url, page.update_date) if page is not None
                    else None for page in (file.page for file in pages))
        last = _last.get(source)
        if last is not None and last[0] == key:
            return last[1]
        output = original(*args, **kwargs)
        _last.clear()
        _last[source] = (key, output)
        return output

    render.lagebild_memo = True  # type: ignore[attr-defined]
    template.render = render  # type: ignore[method-assign]
    return True


def forget_sitemap() -> None:
    _last.clear()


__all__ = ["forget_sitemap", "remember_sitemap"]
