"""The plugin's part for `build.py render`'s page fork (page_fork): the theme compiled once before
the fork, what the child noted about its pages taken over by the parent."""

from __future__ import annotations

from typing import Any

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from lagebild.site import theme_warmup
from lagebild.site.chrome_memo import memoise_partials
from lagebild.site.page_fork import rebuild_here
from lagebild.site.plugin_base import PluginBase


class ForkHooks(PluginBase):
    def _warm_theme(self, config: MkDocsConfig) -> None:
        """Before the page fork: the theme's templates compiled once, not in each process (theme_warmup)."""
        if not (self.fork_pages and not self.dirty) or not theme_warmup.is_shared(config.theme):
            return
        env = config.theme.get_env()
        memoise_partials(env)
        self._bytecode_cache(env)
        theme_warmup.keep_every_template(env)
        theme_warmup.warm_once(env)

    def _in_child(self) -> None:
        self.progress = None  # the parent counts the child's pages when it joins

    def _noted_in_child(self, pages: list[Page]) -> dict[str, Any]:
        """What this plugin noted about the child's pages, for the parent (page_fork)."""
        return {"search": {page.url: self.search_store.text(page.url) for page in pages},
                "cache_used": set(self.render_cache.store.used) if self.render_cache is not None else set(),
                "pages": len(pages)}

    def _join_page_fork(self, config: MkDocsConfig) -> None:
        fork, self.page_fork = self.page_fork, None
        if fork is None:
            return
        files = self.files_of_build
        assert files is not None
        fork.join(config, files, self._take_noted,
                  lambda pages: rebuild_here(config, files, self.nav, self.env, pages))

    def _take_noted(self, noted: dict[str, Any]) -> None:
        for url, text in noted["search"].items():
            self.search_store.put_text(url, text)
        if self.render_cache is not None:
            self.render_cache.store.used |= noted["cache_used"]
        if self.progress is not None:
            for _ in range(noted["pages"]):
                self.progress.advance()

    def _bytecode_cache(self, env: jinja2.Environment) -> None:
        folder = self._cache_dir("jinja")
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return  # a read-only project builds without it
        env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(folder))
