"""Property tests at the input boundary: the readers raise nothing but LagebildError (T05, T44-style)."""

from __future__ import annotations

import contextlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lagebild.article import parse_article
from lagebild.briefing import frontmatter
from lagebild.errors import LagebildError

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Fragments that reach YAML's and Markdown's corners faster than random text does.
_PIECES = st.sampled_from([
    "---", "...", "\n", "\r\n", "\t", " ", ":", ": ", "- ", "#", "&a", "*a", "!!python/object:os.system",
    "!!binary", "[", "]", "{", "}", "'", '"', "|", ">", "%YAML 1.1", "title", "NO", "yes", "10:00",
    "2025-02-30", "\ufeff", "\x00", "\x85", "\u2028", "U\u0308", "?", ",", "<<: *a", "\\",
])
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=40).map("".join)


@FAST
@given(_TEXT)
def test_front_matter_parser_raises_only_lagebild_errors(text: str) -> None:
    try:
        frontmatter.parse(text, "content/briefings/x.md")
    except LagebildError as error:
        assert error.problems and all(p.path == "content/briefings/x.md" for p in error.problems)


@FAST
@given(_TEXT)
def test_front_matter_parser_with_fences(text: str) -> None:
    with contextlib.suppress(LagebildError):
        frontmatter.parse(f"---\n{text}\n---\nbody", "x.md")


@FAST
@given(st.one_of(st.binary(max_size=300), _TEXT.map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_article_reader_raises_only_lagebild_errors(raw: bytes) -> None:
    try:
        article, _warnings = parse_article(raw, "seeds/x.txt", "x.txt")
    except LagebildError as error:
        assert error.problems
        return
    assert article.text.strip()
    assert "\r" not in article.text and "\x00" not in article.text


@FAST
@given(st.dictionaries(st.text(min_size=1, max_size=10), st.text(max_size=30), max_size=6))
def test_every_string_survives_dump_and_parse(data: dict[str, str]) -> None:
    """T05: what we write is read back as the same strings (NO, 10:00, 01234 stay text)."""
    document = frontmatter.parse(frontmatter.render(data, ""), "x.md")
    assert document.data == data
