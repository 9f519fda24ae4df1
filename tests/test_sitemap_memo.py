"""The sitemap answered from memory under serve: the same output as MkDocs' own template for the
same pages, rendered again when an address or a date changed, never for a template reading more."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import jinja2
import mkdocs

from lagebild.site.incremental import sitemap_memo

SITEMAP = (Path(mkdocs.__file__).parent / "templates" / "sitemap.xml").read_text(encoding="utf-8")


def _pages(dates: list[str]) -> list[SimpleNamespace]:
    return [SimpleNamespace(page=SimpleNamespace(is_link=False, abs_url=f"/p{i}/", canonical_url=f"https://x/p{i}/",
                                                 update_date=day)) for i, day in enumerate(dates)]


def _env(source: str) -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.DictLoader({"sitemap.xml": source}), autoescape=True)


def test_the_remembered_sitemap_is_mkdocs_own_and_follows_each_date() -> None:
    plain, memo = _env(SITEMAP), _env(SITEMAP)
    template = memo.get_template("sitemap.xml")
    rendered = []
    inner = template.render

    def counted(*args: object, **kwargs: object) -> str:
        rendered.append(1)
        return inner(*args, **kwargs)

    template.render = counted  # type: ignore[method-assign]
    sitemap_memo.forget_sitemap()
    try:
        assert sitemap_memo.remember_sitemap(memo)
        for dates, renders in ((["2025-01-01", "2025-01-02"], 1), (["2025-01-01", "2025-01-02"], 1),
                               (["2025-01-01", "2025-02-02"], 2), (["2025-01-01"], 3)):
            expected = plain.get_template("sitemap.xml").render(pages=_pages(dates))
            assert template.render(pages=_pages(dates)) == expected
            assert len(rendered) == renders  # the same addresses and dates: not rendered again
    finally:
        sitemap_memo.forget_sitemap()


def test_a_template_that_reads_more_is_left_alone() -> None:
    reads_config = SITEMAP.replace("{%- for file in pages -%}", "{{ config.site_url }}{%- for file in pages -%}")
    assert reads_config != SITEMAP
    for source in (SITEMAP.replace("update_date", "title"), reads_config):
        env = _env(source)
        original = env.get_template("sitemap.xml").render
        assert not sitemap_memo.remember_sitemap(env)
        assert env.get_template("sitemap.xml").render == original
