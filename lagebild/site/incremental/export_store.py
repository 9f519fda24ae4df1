"""Exports built from per-briefing fragments: a rebuild serialises only the briefings that changed.

`data/facts.json` is `json.dumps(…, indent=1)` of one document whose biggest part is one entry per
briefing; each entry's text is kept per (briefing file digest, its URL) and spliced into the
document, indented as `json.dumps` indents a list item two levels deep.  The actors' and merged
events' entries are spliced alike, each serialised again only when its data differs.  `calendar.ics` is
spliced from one VEVENT text per merged event, kept per (event, its reports and their briefing
files, its URL, the build date).  The feed and the schema are written as
`lagebild.site.exports` writes them.  The result equals `exports.export_files` byte for byte
(tests compare).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, date, datetime
from operator import is_
from typing import Any

from lagebild.briefing.model import Briefing
from lagebild.picture.corpus import Corpus
from lagebild.picture.events_merge import MergedEvent
from lagebild.site import exports
from lagebild.site.atom import FEED_PATH, atom_feed, entry_day, entry_text, feed_href, feed_text
from lagebild.site.ics import calendar_text, vevent
from lagebild.site.json_text import dumps_indented
from lagebild.site.timeline_layout import timeline_path

_SENTINEL = "\x00lagebild-briefings\x00"


def _indented(text: str, depth: int) -> str:
    return text.replace("\n", "\n" + " " * depth)


class ExportStore:
    """Briefing slug -> (key, its facts.json entry as text); lives as long as the plugin."""

    def __init__(self) -> None:
        self.entries: dict[str, tuple[tuple[str, str], str]] = {}
        self.serialised = 0  # entries serialised in the last build (the rest were reused)
        self.vevents: dict[str, tuple[Any, str]] = {}  # merged event id -> (key, its VEVENT text)
        self.other_entries: dict[str, dict[Any, tuple[dict[str, Any], str]]] = {}  # 'actors' -> key -> entry
        # Merged event id -> (the event object, (build date, its timeline page's address), its entry, as text).
        self.event_entries: dict[str, tuple[MergedEvent, tuple[str, str], dict[str, Any], str]] = {}
        self.feed: tuple[Any, tuple[Briefing, ...], str] | None = None  # (key, the briefings, the Atom feed)
        # Briefing slug -> (the briefing object, its entry's day and link, the entry's text).
        self.feed_entries: dict[str, tuple[Briefing, str, str, str]] = {}
        self.feed_entries_made = 0  # entries serialised in the last feed (the rest were kept)

    def _entry_text(self, slug: str, key: tuple[str, str], entry: Any) -> str:
        known = self.entries.get(slug)
        if known is not None and known[0] == key:
            return known[1]
        text = _indented(dumps_indented(entry()), 2)
        self.entries[slug] = (key, text)
        self.serialised += 1
        return text

    def facts_json(self, corpus: Corpus, today: str, url_of: exports.UrlOf, digests: Mapping[str, str]) -> str:
        self.serialised = 0
        texts = []
        for briefing in corpus.briefings:
            url = url_of(f"briefings/{briefing.slug}.md")
            digest = digests.get(briefing.slug)
            if digest is None:  # no file digest: never reuse
                self.entries.pop(briefing.slug, None)
                digest = ""
            texts.append(self._entry_text(briefing.slug, (digest, url),
                                          lambda b=briefing: exports.briefing_entry(b, url_of)))
        for gone in set(self.entries) - {b.slug for b in corpus.briefings}:
            del self.entries[gone]
        events_sentinel = "\x00lagebild-events\x00"
        document = exports.facts_document(corpus, today, url_of, briefings=_SENTINEL, events=events_sentinel)
        lists = {_SENTINEL: texts}
        for name, key_of in (("actors", lambda a: (a["kind"], a["slug"])),):
            # Serialised again only when the entry differs (a dict compare is far cheaper than json's
            # indenting encoder, which runs in Python).
            kept = self.other_entries.setdefault(name, {})
            now: dict[Any, tuple[dict[str, Any], str]] = {}
            found = []
            for entry in document[name]:
                key = key_of(entry)
                known = kept.get(key)
                if known is None or known[0] != entry:
                    known = (entry, _indented(dumps_indented(entry), 2))
                now[key] = known
                found.append(known[1])
            self.other_entries[name] = now
            sentinel = f"\x00lagebild-{name}\x00"
            document[name] = sentinel
            lists[sentinel] = found
        lists[events_sentinel] = self._event_texts(corpus, today, url_of)
        text = dumps_indented(document) + "\n"
        # Last list first: text spliced in always follows the sentinels still to find.
        for sentinel, items in reversed(lists.items()):
            listed = "[\n  " + ",\n  ".join(items) + "\n ]" if items else "[]"
            text = text.replace(json.dumps(sentinel, ensure_ascii=False), listed, 1)
        return text

    def _event_texts(self, corpus: Corpus, today: str, url_of: exports.UrlOf) -> list[str]:
        """Each merged event's entry as text, in the document's order.  A merged event that is the very
        object of the last build (a patched corpus keeps the events none of whose reports changed;
        every part of one is frozen) with the same build date and the same timeline address has the
        same entry: it is neither made nor compared again (at 3,000 briefings ~4,000 events an edit)."""
        picture = corpus.picture(today)
        kept, now, texts = self.event_entries, {}, []
        for merged in corpus.merged_events(today):
            page = url_of(timeline_path(picture, merged.id))
            known = kept.get(merged.id)
            if known is None or known[0] is not merged or known[1] != (today, page):
                entry = exports.merged_event_data(merged, corpus, today, url_of)
                text = known[3] if known is not None and known[2] == entry else _indented(dumps_indented(entry), 2)
                known = (merged, (today, page), entry, text)
            now[merged.id] = known
            texts.append(known[3])
        self.event_entries = now
        return texts

    def export_files(self, corpus: Corpus, today: str, url_of: exports.UrlOf, site_name: str,
                     site_url: str | None, updated: Mapping[str, str], digests: Mapping[str, str]) -> dict[str, str]:
        """What `exports.export_files` returns, with facts.json spliced from the entries kept."""
        return {
            exports.FACTS_PATH: self.facts_json(corpus, today, url_of, digests),
            exports.SCHEMA_PATH: dumps_indented(exports.FACTS_SCHEMA) + "\n",
            FEED_PATH: self.atom(corpus, today, url_of, site_name, site_url, updated or {}),
            exports.CALENDAR_PATH: self.calendar(corpus, today, url_of, site_name, site_url, digests),
        }

    def atom(self, corpus: Corpus, today: str, url_of: exports.UrlOf, site_name: str, site_url: str | None,
             updated: Mapping[str, str]) -> str:
        """`atom_feed`, kept while it would show the same: the same briefing objects (a Briefing is
        the same object while its file's bytes are), each with its updated day and address.
        Otherwise spliced from one `<entry>` per briefing, each kept while its briefing object, day
        and address are."""
        briefings = tuple(corpus.briefings)
        key = (today, site_name, site_url, [(updated.get(b.slug), url_of(f"briefings/{b.slug}.md")) for b in briefings])
        if self.feed is not None and self.feed[0] == key and len(self.feed[1]) == len(briefings) \
                and all(map(is_, self.feed[1], briefings)):
            return self.feed[2]
        day_of, href = entry_day(corpus, today, updated), feed_href(site_url)
        kept: dict[str, tuple[Briefing, str, str, str]] = {}
        texts = []
        self.feed_entries_made = 0
        for briefing in briefings:
            day, link = day_of(briefing), href(url_of(f"briefings/{briefing.slug}.md"))
            known = self.feed_entries.get(briefing.slug)
            if known is None or known[0] is not briefing or known[1:3] != (day, link):
                known = (briefing, day, link, entry_text(briefing, day, link))
                self.feed_entries_made += 1
            kept[briefing.slug] = known
            texts.append(known[3])
        self.feed_entries = kept
        text = feed_text(corpus, today, site_name, site_url, updated, texts) \
            or atom_feed(corpus, today, url_of, site_name, site_url, updated)
        self.feed = (key, briefings, text)
        return text

    def calendar(self, corpus: Corpus, today: str, url_of: exports.UrlOf, site_name: str, site_url: str | None,
                 digests: Mapping[str, str]) -> str:
        """`exports.calendar`, with each VEVENT's text kept while its inputs stay the same."""
        stamp = datetime.combine(date.fromisoformat(today), datetime.min.time(), tzinfo=UTC)
        texts: list[str] = []
        kept: dict[str, tuple[Any, str]] = {}
        for merged, url in exports.calendar_entries(corpus, today, url_of, site_url):
            reports = tuple((r.briefing.slug, r.event.id, r.source, digests.get(r.briefing.slug))
                            for r in merged.reports)
            key = (today, url, merged.date, merged.kind, merged.place, merged.status, merged.is_guess,
                   merged.latest.briefing.slug, merged.latest.event.id, reports)
            known = self.vevents.get(merged.id)
            if known is None or known[0] != key or any(report[-1] is None for report in reports):
                known = (key, vevent(merged, stamp, url).to_ical().decode("utf-8"))
            kept[merged.id] = known
            texts.append(known[1])
        self.vevents = kept
        empty = calendar_text([], today, site_name)
        end = "END:VCALENDAR\r\n"
        if not empty.endswith(end):  # another icalendar: no splicing
            return exports.calendar(corpus, today, url_of, site_name, site_url)
        return empty[:-len(end)] + "".join(texts) + end


__all__ = ["ExportStore"]
