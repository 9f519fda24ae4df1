"""The Atom feed (RFC 4287), written by an XML serializer (ElementTree).

ElementTree escapes markup characters, but it writes characters XML 1.0
cannot contain at all (NUL, ESC, BEL, …) as they are, which makes the whole
feed ill-formed; ``xml_text`` removes them from every value first.
"""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from functools import lru_cache
from urllib.parse import urljoin

from lagebild.briefing.model import Briefing
from lagebild.picture.corpus import Corpus, briefing_date

FEED_PATH = "feed.xml"
_NAMESPACE = uuid.UUID("6f1c1a7e-6b0a-4d57-9a3c-0d7c2b1e5a10")  # fixed: feed and calendar ids stay stable
# Characters outside XML 1.0's Char production (and C1 controls, which it discourages).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

UrlOf = Callable[[str], str]
_joined = lru_cache(maxsize=1 << 16)(urljoin)  # the same few thousand addresses on every rebuild


def xml_text(text: str) -> str:
    """Text an XML 1.0 document can hold."""
    return _NOT_XML.sub("", text)


_ATOM = "http://www.w3.org/2005/Atom"


def _stamp(day: str) -> str:
    return f"{day}T00:00:00Z"


def feed_href(site_url: str | None) -> Callable[[str], str]:
    """A path as the feed links it: absolute when the site's address is known."""
    return (lambda path: _joined(site_url, path)) if site_url else (lambda path: path)


def _frame(corpus: Corpus, today: str, site_name: str, site_url: str | None,
           updated: Mapping[str, str] | None) -> ET.Element:
    """The feed element with everything but its entries."""
    changed = [(updated or {}).get(b.slug) or briefing_date(b) for b in corpus.briefings]
    href = feed_href(site_url)
    ET.register_namespace("", _ATOM)
    feed = ET.Element(f"{{{_ATOM}}}feed")
    ET.SubElement(feed, f"{{{_ATOM}}}title").text = xml_text(site_name)
    ET.SubElement(feed, f"{{{_ATOM}}}id").text = f"urn:uuid:{uuid.uuid5(_NAMESPACE, 'feed:' + site_name)}"
    newest = max((day for day in changed if day), default=today)
    ET.SubElement(feed, f"{{{_ATOM}}}updated").text = _stamp(newest)
    ET.SubElement(feed, f"{{{_ATOM}}}link", rel="self", href=xml_text(href(FEED_PATH)))
    ET.SubElement(feed, f"{{{_ATOM}}}link", rel="alternate", href=href("./"))
    ET.SubElement(ET.SubElement(feed, f"{{{_ATOM}}}author"), f"{{{_ATOM}}}name").text = xml_text(site_name)
    return feed


def atom_feed(corpus: Corpus, today: str, url_of: UrlOf, site_name: str, site_url: str | None,
              updated: Mapping[str, str] | None = None) -> str:
    """RFC 4287 feed, newest briefing first; links are relative to the feed unless site_url is known.

    An entry's `updated` is the day its briefing last changed (`updated`, e.g. corrected), else its date.
    """
    changed = {b.slug: (updated or {}).get(b.slug) or briefing_date(b) for b in corpus.briefings}
    newest = max((day for day in changed.values() if day), default=today)
    feed = _frame(corpus, today, site_name, site_url, updated)
    href = feed_href(site_url)
    for briefing in corpus.briefings:
        _fill_entry(ET.SubElement(feed, f"{{{_ATOM}}}entry"), briefing, changed[briefing.slug] or newest,
                    href(url_of(f"briefings/{briefing.slug}.md")))
    ET.indent(feed)
    return _document(feed)


def _document(feed: ET.Element) -> str:
    return ET.tostring(feed, encoding="unicode", xml_declaration=True).replace(
        "<?xml version='1.0' encoding='UTF-8'?>", '<?xml version="1.0" encoding="utf-8"?>') + "\n"


def _fill_entry(entry: ET.Element, briefing: Briefing, day: str, link: str) -> None:
    """One briefing's entry: `day` is the day it last changed, `link` its page's address."""
    entry.set("xml:lang", xml_text(briefing.locale or briefing.language))
    ET.SubElement(entry, f"{{{_ATOM}}}title").text = xml_text(briefing.title or briefing.slug)
    ET.SubElement(entry, f"{{{_ATOM}}}id").text = f"urn:uuid:{uuid.uuid5(_NAMESPACE, 'briefing:' + briefing.slug)}"
    ET.SubElement(entry, f"{{{_ATOM}}}updated").text = _stamp(xml_text(day))
    ET.SubElement(entry, f"{{{_ATOM}}}link", rel="alternate", type="text/html", href=xml_text(link))
    if briefing.source.outlet:
        author = ET.SubElement(entry, f"{{{_ATOM}}}author")
        ET.SubElement(author, f"{{{_ATOM}}}name").text = xml_text(briefing.source.outlet)
    if briefing.summary:
        ET.SubElement(entry, f"{{{_ATOM}}}summary", type="text").text = xml_text(briefing.summary)


# Spliced feeds (lagebild.site.incremental.export_store): each entry serialised on its own, as
# `atom_feed` indents it inside the feed, and joined into the feed's frame.  Equal to `atom_feed`
# byte for byte (tests compare).
_NAMESPACE_DECLARATION = f' xmlns="{_ATOM}"'
_SLOT = "lagebild-entries-slot"


def entry_text(briefing: Briefing, day: str, link: str) -> str:
    """A briefing's `<entry>` element as it stands inside the feed (indented one level, no tail)."""
    ET.register_namespace("", _ATOM)
    entry = ET.Element(f"{{{_ATOM}}}entry")
    _fill_entry(entry, briefing, day, link)
    ET.indent(entry, level=1)
    text = ET.tostring(entry, encoding="unicode")
    # On its own, the element declares the feed's namespace (first, before its attributes); inside
    # the feed only the root does.
    start = text.index(">")
    return text[:start].replace(_NAMESPACE_DECLARATION, "", 1) + text[start:]


def feed_text(corpus: Corpus, today: str, site_name: str, site_url: str | None, updated: Mapping[str, str] | None,
              entries: list[str]) -> str | None:
    """`atom_feed` from entries made by `entry_text` (in the corpus's order); None without entries."""
    if not entries:
        return None
    frame = _frame(corpus, today, site_name, site_url, updated)
    ET.SubElement(frame, f"{{{_ATOM}}}entry").text = _SLOT
    ET.indent(frame)
    return _document(frame).replace(f"<entry>{_SLOT}</entry>", "\n  ".join(entries), 1)


def entry_day(corpus: Corpus, today: str, updated: Mapping[str, str] | None) -> Callable[[Briefing], str]:
    """The `<updated>` day of each briefing's entry, as `atom_feed` works it out."""
    changed = {b.slug: (updated or {}).get(b.slug) or briefing_date(b) for b in corpus.briefings}
    newest = max((day for day in changed.values() if day), default=today)
    return lambda briefing: changed[briefing.slug] or newest


