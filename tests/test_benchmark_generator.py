"""The benchmark's article generator: its articles read as seeds and its facts as briefing files.

No timings here: speed goals live in benchmarks/run.py, not in the test suite.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from lagebild.article import parse_article
from lagebild.briefing.briefing_file import new_body, parse_file, render_file

ROOT = Path(__file__).resolve().parent.parent


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("benchmarks_generate", ROOT / "benchmarks" / "generate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def test_five_articles_parse_as_seeds_and_their_facts_as_briefing_files() -> None:
    articles = _generator().generate(5)
    assert len({a.name for a in articles}) == 5
    assert {a.briefing.language for a in _generator().generate(40)} == {"de", "en"}
    for item in articles:
        article, warnings = parse_article(item.text.encode("utf-8"), f"seeds/{item.name}", item.name)
        assert warnings == []
        assert article.language == item.briefing.language
        assert article.published == item.briefing.published
        # Every fact's evidence is a sentence of the article, as the extractor would cite it.
        for fact in (*item.briefing.persons, *item.briefing.events, *item.briefing.quotes):
            assert fact.evidence in article.text
        text = render_file(item.briefing, new_body(item.briefing, ROOT / "templates"))
        briefing, problems = parse_file(text, f"content/briefings/{item.briefing.slug}.md", item.briefing.slug)
        assert problems == []
        assert briefing is not None
        assert [p.name for p in briefing.persons] == [p.name for p in item.briefing.persons]
        assert [e.date for e in briefing.events] == [e.date for e in item.briefing.events]


def test_generation_is_deterministic_and_actors_recur() -> None:
    generate = _generator().generate
    first, again = generate(30), generate(30)
    assert [a.text for a in first] == [a.text for a in again]
    names = [p.name for a in first for p in a.briefing.persons]
    assert max(names.count(n) for n in set(names)) >= 5  # a leader shows up across many briefings
