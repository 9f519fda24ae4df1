"""The theme's templates compiled once before the page fork (lagebild.site.theme_warmup)."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest
from conftest import ROOT
from mkdocs.config import load_config

from lagebild.site.theme_warmup import is_shared, keep_every_template, share_env, warm, warm_once


@pytest.fixture
def theme(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):  # type: ignore[no-untyped-def]
    monkeypatch.chdir(ROOT)
    return load_config(str(ROOT / "mkdocs.yml"), site_dir=str(tmp_path / "site")).theme


def test_one_environment_per_build_once_shared(theme) -> None:  # type: ignore[no-untyped-def]
    assert theme.get_env() is not theme.get_env()  # MkDocs' own: a new one per call
    assert not is_shared(theme)
    share_env(theme)
    share_env(theme)  # twice is once
    assert is_shared(theme) and theme.get_env() is theme.get_env()


def test_warm_compiles_the_page_template_and_what_it_names(theme) -> None:  # type: ignore[no-untyped-def]
    env = theme.get_env()
    loaded: list[str] = []
    original = env._load_template  # type: ignore[attr-defined]

    def load(name: str, globals: object) -> jinja2.Template:
        loaded.append(name)
        return original(name, globals)

    env._load_template = load  # type: ignore[attr-defined]
    compiled = warm(env)
    assert {"main.html", "base.html", "partials/header.html", "partials/footer.html"} <= set(loaded)
    assert compiled >= len(set(loaded))
    loaded.clear()
    env.get_template("main.html").render  # noqa: B018  # from the cache now
    assert loaded == ["main.html"]


def test_a_missing_template_is_left_for_the_build_to_report() -> None:
    env = jinja2.Environment(loader=jinja2.DictLoader({"a.html": '{% include "gone.html" %}{% extends "b.html" %}',
                                                      "b.html": "{% block x %}{% endblock %}"}))
    assert warm(env, ("a.html", "nothing.html")) == 4  # a, b, and the two missing ones tried
    assert {key[1] for key in env.cache} == {"a.html", "b.html"}  # type: ignore[union-attr]


def test_warm_once_per_environment() -> None:
    env = jinja2.Environment(loader=jinja2.DictLoader({"main.html": '{% include "b.html" %}', "b.html": "b"}))
    assert warm_once(env) == 4  # main, b, and the missing 404.html and sitemap.xml tried
    assert warm_once(env) == 0  # beside the generated pages, then again in on_nav: compiled once
    assert warm_once(jinja2.Environment(loader=env.loader)) == 4  # another build's environment


def test_every_template_kept_without_lru_bookkeeping(theme) -> None:  # type: ignore[no-untyped-def]
    env = theme.get_env()
    warm(env)
    cached = set(env.cache)  # type: ignore[arg-type]
    keep_every_template(env)
    assert type(env.cache) is dict and set(env.cache) == cached
    template = env.get_template("main.html")
    assert env.get_template("main.html") is template  # found in the mapping, not loaded again
    keep_every_template(env)  # twice is once
    assert set(env.cache) == cached
