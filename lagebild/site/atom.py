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
from urllib.parse import urljoin

from lagebild.picture.corpus import Corpus, briefing_date

FEED_PATH = "feed.xml"
_NAMESPACE = uuid.UUID("6f1c1a7e-6b0a-4d57-9a3c-0d7c2b1e5a10")  # fixed: feed and calendar ids stay stable
# Characters outside XML 1.0's Char production (and C1 controls, which it discourages).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

UrlOf = Callable[[str], str]


def xml_text(text: str) -> str:
    """Text an XML 1.0 document can hold."""
    return _NOT_XML.sub("", text)


_ATOM = "http://www.w3.org/2005/Atom"


def _stamp(day: str) -> str:
    return f"{day}T00:00:00Z"


def atom_feed(corpus: Corpus, today: str, url_of: UrlOf, site_name: str, site_url: str | None,
              updated: Mapping[str, str] | None = None) -> str:
    """RFC 4287 feed, newest briefing first; links are relative to the feed unless site_url is known.

    An entry's `updated` is the day its briefing last changed (`updated`, e.g. corrected), else its date.
    """
    changed = {b.slug: (updated or {}).get(b.slug) or briefing_date(b) for b in corpus.briefings}

    def href(path: str) -> str:
        return urljoin(site_url, path) if site_url else path

    ET.register_namespace("", _ATOM)
    feed = ET.Element(f"{{{_ATOM}}}feed")
    ET.SubElement(feed, f"{{{_ATOM}}}title").text = xml_text(site_name)
    ET.SubElement(feed, f"{{{_ATOM}}}id").text = f"urn:uuid:{uuid.uuid5(_NAMESPACE, 'feed:' + site_name)}"
    newest = max((day for day in changed.values() if day), default=today)
    ET.SubElement(feed, f"{{{_ATOM}}}updated").text = _stamp(newest)
    ET.SubElement(feed, f"{{{_ATOM}}}link", rel="self", href=xml_text(href(FEED_PATH)))
    ET.SubElement(feed, f"{{{_ATOM}}}link", rel="alternate", href=href("./"))
    ET.SubElement(ET.SubElement(feed, f"{{{_ATOM}}}author"), f"{{{_ATOM}}}name").text = xml_text(site_name)
    for briefing in corpus.briefings:
        entry = ET.SubElement(feed, f"{{{_ATOM}}}entry")
        entry.set("xml:lang", xml_text(briefing.locale or briefing.language))
        ET.SubElement(entry, f"{{{_ATOM}}}title").text = xml_text(briefing.title or briefing.slug)
        ET.SubElement(entry, f"{{{_ATOM}}}id").text = (
            f"urn:uuid:{uuid.uuid5(_NAMESPACE, 'briefing:' + briefing.slug)}")
        ET.SubElement(entry, f"{{{_ATOM}}}updated").text = _stamp(xml_text(changed[briefing.slug] or newest))
        ET.SubElement(entry, f"{{{_ATOM}}}link", rel="alternate", type="text/html",
                      href=xml_text(href(url_of(f"briefings/{briefing.slug}.md"))))
        if briefing.source.outlet:
            author = ET.SubElement(entry, f"{{{_ATOM}}}author")
            ET.SubElement(author, f"{{{_ATOM}}}name").text = xml_text(briefing.source.outlet)
        if briefing.summary:
            ET.SubElement(entry, f"{{{_ATOM}}}summary", type="text").text = xml_text(briefing.summary)
    ET.indent(feed)
    return ET.tostring(feed, encoding="unicode", xml_declaration=True).replace(
        "<?xml version='1.0' encoding='UTF-8'?>", '<?xml version="1.0" encoding="utf-8"?>') + "\n"


