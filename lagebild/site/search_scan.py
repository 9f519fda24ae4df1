"""A page's search sections from its HTML, without an HTML parser: one regex pass over the tags.

The theme's search plugin feeds every page to `html.parser` and splits it into sections, one per
heading with an id; at 1,000 briefings that was a fifth of a build.  `page_sections` gives the
same sections (same locations, same titles, the same text up to whitespace) by walking the tags
with one compiled regular expression, reading attributes only where they matter (headings, the
permalink `¶`, elements left out).  It follows the theme's rules, including their quirks:

- a section starts at an `h1`–`h6` *with an id*; text before the first one is the page's preface;
  a page whose first such heading is not an `h1` gets an empty preface section before it;
- the kept tags `p code pre li ol ul sub sup` stay in the text as bare tags (the theme's result
  preview shows paragraphs and lists) and are dropped when nothing is inside; every other tag
  is removed, entities are decoded and `& < >` escaped again;
- `script`, `style`, `object` and anything marked `data-search-exclude` never reach the index,
  nor does a heading's permalink `¶`;
- a heading nested in another element ends its section when that element closes.

Two differences, both on purpose: whitespace is collapsed to single spaces (outside `pre`), and
an excluded element is left out with its subtree (the theme compares elements by tag name only,
so it also drops, for a while, unrelated elements of the same name).  What else to leave out
(evidence footnotes, diagrams) is the caller's policy: `LeftOut` names it.
"""

from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass, field

# One tag, comment or declaration; quoted attribute values may hold '>'.
_TOKEN = re.compile(
    r"""<(?:(/)?([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(/)?>|!--.*?--\s*>|![^>]*>|\?[^>]*>)""",
    re.DOTALL)
_ATTR = re.compile(r"""([^\s/>"'=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")
_SPACE = re.compile(r"\s+")
_RAW_TEXT_START = re.compile(r"<(?:script|style)\b", re.IGNORECASE)
_RAW_TEXT_ELEMENT = re.compile(r"<(script|style)\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>.*?(?:</\1\s*>|\Z)",
                               re.IGNORECASE | re.DOTALL)

HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
KEPT = frozenset(("p", "code", "pre", "li", "ol", "ul", "sub", "sup"))  # as the theme keeps them
NEVER_INDEXED = frozenset(("object", "script", "style"))
VOID = frozenset(("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                  "track", "wbr"))
_FAR = 1 << 30  # the depth of a section whose surrounding element has closed: never returned to

Attributes = dict[str, str]


@dataclass(frozen=True)
class LeftOut:
    """Elements that stay out of the index with everything inside them (beyond the theme's own)."""
    tags: frozenset[str] = frozenset()
    classes: frozenset[str] = frozenset()  # the whole class attribute, as the theme compares classes
    id_prefixes: tuple[str, ...] = ()

    def attribute_pattern(self) -> re.Pattern[str] | None:
        """One regex over a tag's raw attributes: does it carry a left-out class or id?"""
        parts = []
        if self.classes:
            names = "|".join(map(re.escape, sorted(self.classes)))
            parts.append(rf"""(?:^|\s)class\s*=\s*(?:"(?:{names})"|'(?:{names})'|(?:{names})(?:\s|$))""")
        if self.id_prefixes:
            parts.append(rf"""(?:^|\s)id\s*=\s*["']?(?:{"|".join(map(re.escape, self.id_prefixes))})""")
        return re.compile("|".join(parts), re.IGNORECASE) if parts else None


def attributes(raw: str) -> Attributes:
    """A tag's attributes, names lower-cased, values decoded (the first of a repeated name wins)."""
    found: Attributes = {}
    for match in _ATTR.finditer(raw):
        name = match.group(1).lower()
        if name not in found:
            value = next((v for v in match.group(2, 3, 4) if v is not None), "")
            found[name] = html.unescape(value) if "&" in value else value
    return found


@dataclass
class Section:
    """A heading and the text up to the next one, as the index will hold them."""
    tag: str  # 'h2', or 'hx' for the preface
    depth: int  # how deep the heading sits; _FAR once the element around it closed
    id: str | None = None
    excluded: bool = False  # the heading says data-search-exclude
    title: list[str] = field(default_factory=list)
    text: list[str] = field(default_factory=list)

    def title_text(self) -> str:
        return joined(self.title)

    def body_text(self) -> str:
        return joined(self.text)


def joined(pieces: list[str]) -> str:
    """A section's title or text as one string, runs of spaces made one (the theme leaves them)."""
    text = "".join(pieces)
    if "<pre>" not in text:
        text = _SPACE.sub(" ", text)
    return text.strip()


@functools.cache
def _rules(left_out: LeftOut) -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str] | None]:
    """The tags always left out; a quick regex over a tag's attributes that may leave it out; the exact one."""
    pattern = left_out.attribute_pattern()
    maybe = "data-search-exclude|linenodiv" + (f"|{pattern.pattern}" if pattern is not None else "")
    return NEVER_INDEXED | left_out.tags, re.compile(maybe, re.IGNORECASE), pattern


def _left_out_by_attributes(raw: str, pattern: re.Pattern[str] | None) -> bool:
    """Do this element's attributes leave it out of the index (with everything in it)?"""
    attrs = attributes(raw)
    if "data-search-exclude" in attrs or attrs.get("class") == "linenodiv":
        return True
    return pattern is not None and pattern.search(raw) is not None


def _skip_element(parts: list[str | None], at: int, tag: str) -> int:
    """The index in `parts` of the end tag closing the element opened at `at` (or past the end)."""
    depth = 1
    for index in range(at + 5, len(parts), 5):
        name = parts[index + 1]
        if name is None or name.lower() != tag:
            continue
        if parts[index]:
            depth -= 1
            if depth == 0:
                return index
        elif not parts[index + 3]:
            depth += 1
    return len(parts)


def page_sections(page_html: str, left_out: LeftOut = LeftOut()) -> list[Section]:
    """The page's sections in order, as the theme's search parser divides them."""
    if _RAW_TEXT_START.search(page_html):  # script/style: their text is never markup, never indexed
        page_html = _RAW_TEXT_ELEMENT.sub(r"<\1></\1>", page_html)
    # [text, closing '/', tag, attributes, self-closing '/', text, …]; a comment has no tag
    parts: list[str | None] = _TOKEN.split(page_html)
    sections: list[Section] = []
    section: Section | None = None
    context: list[str] = []  # open elements' tags, outermost first
    pre = 0  # open <pre> elements: whitespace stays as written
    count = len(parts)
    left_out_tags, maybe_pattern, exact = _rules(left_out)
    maybe_left_out = maybe_pattern.search
    index = -4  # of the current tag in `parts`; the text after it is at index + 4
    while True:
        text = parts[index + 4]
        if text:
            if section is None:
                section = Section("hx", 0)
                sections.append(section)
            if "&" in text:
                text = html.unescape(text)
            if "<" in text or ">" in text or "&" in text:
                text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            if section.tag in context:
                section.title.append(text)
            elif not text.isspace() or pre or not section.text or not section.text[-1].isspace():
                section.text.append(text)
        index += 5
        if index >= count:
            break
        closing, tag, raw, self_closing = parts[index:index + 4]
        if tag is None:
            continue  # a comment or declaration
        tag = tag.lower()
        if not closing:
            if tag in VOID:
                continue
            raw = raw or ""
            if tag in HEADINGS and "id" in raw and "id" in (attrs := attributes(raw)):
                depth = len(context) + 1  # counted as the theme counts it, with the heading open
                if tag != "h1" and not sections:
                    sections.append(Section("hx", depth))
                section = Section(tag, depth, excluded="data-search-exclude" in attrs,
                                  id=attrs["id"] if sections else None)
                sections.append(section)
            elif section is None:
                section = Section("hx", 0)
                sections.append(section)
            if tag in left_out_tags or (raw and maybe_left_out(raw) and _left_out_by_attributes(raw, exact)) or (
                    tag == "a" and "headerlink" in raw and section.tag in context
                    and attributes(raw).get("class") == "headerlink"):  # a heading's permalink '¶'
                if not self_closing:
                    index = _skip_element(parts, index, tag)
                    if index >= count:
                        break
                    parts[index + 1] = None  # its end tag: already accounted for
                continue
            context.append(tag)
            if tag in KEPT:
                if tag == "pre":
                    pre += 1
                (section.title if section.tag in context else section.text).append(f"<{tag}>")
            if not self_closing:
                continue
        # an end tag (or a self-closing start tag): as the theme does, only the innermost element closes
        if not context or context[-1] != tag:
            continue
        assert section is not None  # something was opened, so a section exists
        if section.depth > len(context):  # the element around a nested heading closes
            for earlier in reversed(sections):
                if earlier.depth <= len(context):
                    section.depth = _FAR
                    section = earlier
                    break
        context.pop()
        if tag not in KEPT:
            continue
        if tag == "pre":
            pre -= 1
        data = section.title if section.tag in context else section.text
        try:
            start = data.index(f"<{tag}>")  # the theme looks for the first one, not the innermost
        except ValueError:
            continue  # opened in a heading, closed in the text: the theme would stop with an error here
        if all(piece.isspace() for piece in data[start + 1:]):
            del data[start:]  # an element with nothing in it
        else:
            data.append(f"</{tag}>")
    return sections
