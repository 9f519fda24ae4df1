"""Briefing pages that changed only in a merged event's source count or row address, spliced instead of rendered.

A briefing page shows of each merged event it reports one link to the event's timeline row,
named by how many briefings report it („3 Quellen“, `MergedView.row_link`).  A new or deleted
briefing that reports the same summit changes that count on every co-reporter's page (dozens of
pages at 1,000 briefings) and nothing else there; when it moves the event's date (the merged date
follows its reports) the row lies on another timeline page too, and the link's address changes.
The link is the only place a briefing page shows the count and the row's page (they are in its
fingerprint only as parts of the link), so `row_link` of the old and the new values gives the
whole change.  When the planner finds a page whose own part is unchanged and whose links differ
only in their counts and pages (`Planner.links_only`), its last body
(the page's HTML inside the theme) and its output (the written file) have each old link replaced
by the new one; the search entries are worked out again from the new body, unless none of the
replaced links' text is in the page's last entries (`indexed_anywhere`: the links sit in a table,
which the index leaves out, so the entries stay as they are).  Any doubt — a link not found, found
a different number of times in body and output, no body kept — and the page is rendered as usual.
In audit mode the spliced page is rendered anyway and compared, its search entries too.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

Link = tuple[str, int, str, str]  # merged event id, briefings reporting it, status, timeline page path
RowLink = Callable[[str, str, int], str]  # (merged id, timeline page path, briefings) -> the link's HTML


@dataclass(frozen=True)
class Spliced:
    body: str
    output: str
    replaced: tuple[str, ...] = ()  # the old links' HTML


_TAG = re.compile(r"<[^>]*>")


def indexed_anywhere(links: Iterable[str], entries: str) -> bool:
    """Whether the text of any of these links (HTML) may be in a page's search entries (their JSON
    text, `SearchStore.text`): its words as the index writes them (tags dropped, entities decoded,
    `& < >` escaped again, JSON-encoded), looked for anywhere in titles and texts.  Not found means
    no occurrence of the link was indexed — a replaced link of the same shape is not either."""
    for link in links:
        text = html.unescape(_TAG.sub("", link))
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        encoded = json.dumps(" ".join(text.split()), ensure_ascii=False)[1:-1]
        if not encoded or encoded in entries:
            return True
    return False


def splice(body: str, output: str, before: tuple[Link, ...], now: tuple[Link, ...],
           row_link: RowLink) -> Spliced | None:
    """The page's body and output with every link of `before` replaced by its counterpart in `now`,
    the link to the same event (its count, its row's timeline page or both changed; the links may
    come in another order); None if the events or a status differ
    (the status is shown beside the link) or a link to replace is not where the page shows it."""
    replaced: dict[str, tuple[str, str]] = {}
    by_event = {link[0]: link for link in now}  # paired by event: a moved date reorders the links
    if len(by_event) != len(now) or len(before) != len(now):
        return None
    for old in before:
        new = by_event.get(old[0])
        if new is None or old[2] != new[2]:
            return None
        if (old[1], old[3]) != (new[1], new[3]):
            replaced[old[0]] = (str(row_link(old[0], old[3], old[1])), str(row_link(new[0], new[3], new[1])))
    if not replaced:
        return None
    for old_html, new_html in replaced.values():
        found = body.count(old_html)
        if not found or output.count(old_html) != found:
            return None
        body, output = body.replace(old_html, new_html), output.replace(old_html, new_html)
    return Spliced(body, output, tuple(old for old, _ in replaced.values()))


def splice_pages(candidates: Mapping[str, tuple[Link, ...]], now: Mapping[str, tuple[object, tuple[Link, ...]]],
                 bodies: dict[str, str], output_of: Callable[[str], str | None],
                 row_link_of: Callable[[str], RowLink | None],
                 reindex: Callable[[str, str, tuple[str, ...]], None]) -> set[str]:
    """Splice every candidate page that can be: its output file (`output_of(path)`, the written page)
    rewritten, its body in `bodies` replaced, `reindex(path, body, old links' HTML)` called; the pages
    spliced.
    `now`: each page's parts as planned now; `row_link_of(path)`: the page's link maker, if any."""
    done: set[str] = set()
    for path, before in candidates.items():
        body, output_path, row_link = bodies.get(path), output_of(path), row_link_of(path)
        if body is None or output_path is None or row_link is None or path not in now:
            continue
        try:
            output = Path(output_path).read_text(encoding="utf-8")
        except (OSError, ValueError):
            continue
        result = splice(body, output, before, now[path][1], row_link)
        if result is None:
            continue
        Path(output_path).write_bytes(result.output.encode("utf-8", errors="xmlcharrefreplace"))
        bodies[path] = result.body
        reindex(path, result.body, result.replaced)
        done.add(path)
    return done


def keep_bodies(bodies: dict[str, str], pages: Mapping[str, object]) -> None:
    """Forget the bodies of pages that are gone."""
    for gone in set(bodies) - set(pages):
        del bodies[gone]


__all__ = ["Link", "RowLink", "Spliced", "indexed_anywhere", "keep_bodies", "splice", "splice_pages"]
