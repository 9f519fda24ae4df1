"""The one place Jinja lives.

Two environments over the project's ``templates/`` folder: HTML templates
autoescape every value; Markdown templates escape every value for Markdown.
Either way data is only ever *inserted* into a template, never rendered as
one, so ``{{ 7*7 }}`` in an article stays those characters.  Undefined
variables are errors naming the template and line.
"""

from __future__ import annotations

import contextlib
import os
import traceback
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
import jinja2.bccache
from markupsafe import Markup

from lagebild.errors import LagebildError, Problem
from lagebild.site.markup import escape_markdown

PACKAGE_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def _markdown_finalize(value: Any) -> Any:
    if isinstance(value, Markup):
        return value
    if isinstance(value, str):
        return escape_markdown(value)
    return value


class _SparingBytecodeCache(jinja2.FileSystemBytecodeCache):
    """A cache that cannot be read or written only costs time: its folder may vanish while the
    process runs (a project folder removed and made again), and the template is compiled anew."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError):
            super().load_bytecode(bucket)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError):
            os.makedirs(self.directory, exist_ok=True)
            super().dump_bytecode(bucket)


def _bytecode_cache(template_dir: str, kind: str) -> jinja2.BytecodeCache | None:
    """Compiled templates under the project's `.lagebild/cache/` (Jinja checks each one against its
    source): a build that renders a few pages need not compile thirty templates first.  One folder
    per environment, since the same template compiles differently with and without autoescape."""
    state = Path(template_dir).parent / ".lagebild"
    if not state.is_dir():
        return None
    folder = state / "cache" / f"templates-{kind}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None  # a read-only project renders without it
    return _SparingBytecodeCache(str(folder))


@lru_cache(maxsize=8)
def _environments(template_dir: str) -> tuple[jinja2.Environment, jinja2.Environment]:
    loader = jinja2.FileSystemLoader(template_dir)
    # cache_size -1: every template kept in a plain mapping (a few dozen), not Jinja's LRU cache,
    # which locks and reorders a queue on each of the thousands of look-ups a site build makes.
    html = jinja2.Environment(loader=loader, autoescape=True, undefined=jinja2.StrictUndefined,
                              trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True, cache_size=-1,
                              bytecode_cache=_bytecode_cache(template_dir, "html"))
    markdown = jinja2.Environment(loader=loader, autoescape=False, undefined=jinja2.StrictUndefined,
                                  finalize=_markdown_finalize, trim_blocks=True, lstrip_blocks=True,
                                  keep_trailing_newline=True, cache_size=-1,
                                  bytecode_cache=_bytecode_cache(template_dir, "markdown"))
    return html, markdown


def render(template_name: str, template_dir: Path | None = None, **context: Any) -> str:
    """Render a template by name; ``*.md.j2`` escapes for Markdown, others for HTML."""
    folder = template_dir or PACKAGE_TEMPLATES
    html, markdown = _environments(str(folder))
    environment = markdown if template_name.endswith(".md.j2") else html
    try:
        return environment.get_template(template_name).render(**context)
    except jinja2.TemplateError as exc:
        raise LagebildError(_template_problem(exc, template_name, Path(folder))) from None


def _template_problem(exc: jinja2.TemplateError, template_name: str, folder: Path) -> Problem:
    """Name the template file and line: Jinja keeps them in the traceback of the failing render."""
    name, line = template_name, getattr(exc, "lineno", None)
    if isinstance(exc, jinja2.TemplateSyntaxError) and exc.name:
        name = exc.name
    else:
        for frame in reversed(traceback.extract_tb(exc.__traceback__)):
            if frame.filename.endswith(".j2"):
                name, line = Path(frame.filename).resolve().relative_to(folder.resolve()).as_posix(), frame.lineno
                break
    shown = f"{folder.name}/{name}"
    if isinstance(exc, jinja2.TemplateNotFound):
        return Problem(shown, "template not found", hint=f"restore {shown} from git")
    return Problem(shown, f"template error: {exc.message or exc}", line=line,
                   hint="check the spelling; a template can only use the values Lagebild passes to it")
