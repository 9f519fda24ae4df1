"""The site's search index: what a reader searches for, once, in a file every visitor downloads.

Every visitor's browser loads `search/search_index.json` on the first page (at 1,000 briefings
the theme's own index was 13 MB), so the index holds each thing where it belongs, once:

- a briefing page is one entry: its article and what the page says beside it (`Indexed.PAGE`),
  without the fact tables, evidence footnotes and their marks, diagrams and navigation (`LEAN`):
  the article holds those words, the actor pages hold the facts;
- actor, organisation, country, place and story pages are found by their name, its other
  spellings and the page's one-line description (`Indexed.SUMMARY`): everything else on them
  is what the briefings say;
- listing pages — start page, lists, timeline, review pages, actor archives — by title only;
- a page an editor adds is indexed as the theme would (one entry per heading section);
- on every page each sentence is indexed once, and a section left without text is not indexed;
- each briefing, actor and story page's entry also holds, invisibly, the other spellings of the
  names and months it shows (`search_synonyms`), so „Kiew“ finds Kyiv.

`PAGE_RULES` is the table of which page gets what.  The sections come from `search_scan`, which
reads a page's HTML as the theme's parser does, several times faster.  `SearchStore` keeps the
entries per page address and writes the index in page order, in the theme's format (`config` +
`docs`), so the theme's client search reads it unchanged.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from fnmatch import fnmatchcase
from typing import Any

from lagebild.i18n import LABELS
from lagebild.site.search_scan import LeftOut, page_sections

Entry = dict[str, Any]


class Indexed(Enum):
    WHOLE = "whole"  # one entry per heading section, as the theme indexes a page
    PAGE = "page"  # one entry: the text of all its sections
    SUMMARY = "summary"  # one entry: title, description and other spellings
    TITLE = "title"  # one entry: title and address


@dataclass(frozen=True)
class PageRule:
    pattern: str  # a page's source path, shell-style ('*' also crosses '/')
    kind: str
    indexed: Indexed


# The first rule that matches a page's source path decides; a page no rule names (an editor's
# own page) is indexed whole.
PAGE_RULES: tuple[PageRule, ...] = (
    PageRule("index.md", "start page", Indexed.TITLE),
    PageRule("briefings/index.md", "briefing list", Indexed.TITLE),
    PageRule("briefings/*/*", "briefing list part", Indexed.TITLE),  # briefings/2025-03/, …/2025-03/2/
    PageRule("actors/index.md", "actor list", Indexed.TITLE),
    PageRule("stories/index.md", "story list", Indexed.TITLE),
    PageRule("stories/page-*", "story list part", Indexed.TITLE),
    PageRule("stories/*/*", "story part", Indexed.TITLE),  # a long story's later timeline parts
    PageRule("timeline.md", "timeline", Indexed.TITLE),
    PageRule("timeline/*", "timeline month", Indexed.TITLE),
    PageRule("review/*", "review page", Indexed.TITLE),
    PageRule("actors/*/*", "actor archive or list part", Indexed.TITLE),  # actors/<slug>/2025/, actors/all/2/
    PageRule("organizations/*/*", "organisation archive", Indexed.TITLE),
    PageRule("countries/*/*", "country archive", Indexed.TITLE),
    PageRule("places/*/*", "place archive", Indexed.TITLE),
    PageRule("briefings/*", "briefing", Indexed.PAGE),
    PageRule("actors/*", "person", Indexed.SUMMARY),
    PageRule("organizations/*", "organisation", Indexed.SUMMARY),
    PageRule("countries/*", "country", Indexed.SUMMARY),
    PageRule("places/*", "place", Indexed.SUMMARY),
    PageRule("stories/*", "story", Indexed.SUMMARY),
)

# Left out of every page indexed by its text: the evidence footnotes and their marks (each
# sentence is in the article itself), tables (facts laid out in rows: their words are in the
# article, the actor pages and the page's own entry), the who-met-whom diagram, breadcrumbs and
# pagers.
LEAN = LeftOut(tags=frozenset({"svg", "nav", "table"}), classes=frozenset({"footnote"}), id_prefixes=("fnref",))

# The site's own sentences, on every page that shows the block: never worth an index entry.
CHROME_SENTENCES = frozenset(words["diagram_caption"] for words in LABELS.values())

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
_WORD = re.compile(r"[^\W_][\w'-]*")
_KEPT_TAG = re.compile(r"(</?(?:p|code|pre|li|ol|ul|sub|sup)>)")
_EMPTY_KEPT = re.compile(r"<(p|li|code|sub|sup)>\s*</\1>|<(ul|ol)>\s*</\2>")


def page_rule(src_path: str) -> PageRule | None:
    """The rule for this page, None when it is indexed whole by default."""
    return next((rule for rule in PAGE_RULES if fnmatchcase(src_path, rule.pattern)), None)


def indexed(src_path: str) -> Indexed:
    rule = page_rule(src_path)
    return rule.indexed if rule is not None else Indexed.WHOLE


def page_search_entries(page_html: str, *, url: str, title: str, how: Indexed = Indexed.WHOLE,
                        description: str = "", variants: Sequence[str] = (), tags: Iterable[Any] | None = None,
                        boost: Any = None, left_out: LeftOut = LEAN) -> list[Entry]:
    """A page's entries in the theme's format: {location, title, text[, tags][, boost]}.

    `title` is the page's title as HTML (for a section without a heading of its own), `url` its
    address relative to the site, `description` its one line of plain text (`Indexed.SUMMARY`);
    `variants` (other spellings: words, or phrases such as a date) go into the page's own entry.
    """
    entries: list[Entry]
    if how is Indexed.TITLE:
        entries = [{"location": url, "title": title, "text": ""}]
    elif how is Indexed.SUMMARY:
        entries = [{"location": url, "title": title, "text": _escape(description)}]
    else:
        entries = [{"location": f"{url}#{section.id}" if section.id else url,
                    "title": section.title_text() or title, "text": section.body_text()}
                   for section in page_sections(page_html, left_out) if not section.excluded]
        entries = _sentences_once(entries)
        if how is Indexed.PAGE:
            entries = [{"location": url, "title": title,
                        "text": " ".join(entry["text"] for entry in entries if entry["text"])}]
        else:  # a heading with nothing left under it says nothing a reader searches for
            entries = [entry for index, entry in enumerate(entries) if index == 0 or entry["text"]]
    if variants:
        for entry in entries:
            if "#" not in entry["location"]:
                entry["text"] = f"{entry['text']} {_new_words(variants, entries)}".strip()
    shown_tags = [str(t) for t in tags if t and isinstance(t, str | int | float | bool)] if isinstance(
        tags, list) else None
    for entry in entries:
        if shown_tags is not None:
            entry["tags"] = list(shown_tags)
        if boost is not None:
            entry["boost"] = boost
    return entries


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _new_words(variants: Sequence[str], entries: list[Entry]) -> str:
    """The variants the page's entries do not hold yet (escaped), in their order: a word unless the
    entries have that word, a phrase unless they have the phrase."""
    said = " ".join(html.unescape(entry[key]) for entry in entries for key in ("title", "text")).casefold()
    present = set(_WORD.findall(said))
    fresh = [item for item in dict.fromkeys(variants) if item.strip() and (
        item.casefold() not in present if " " not in item.strip() else item.casefold() not in said)]
    return _escape(" ".join(fresh))


def _sentences_once(entries: list[Entry]) -> list[Entry]:
    """Each sentence of the page in the first entry that holds it; later copies dropped.

    The summary repeats the article's first sentence, a quote its line, an article itself a
    stock phrase: the reader finds the page by it once.
    """
    seen: set[str] = set(CHROME_SENTENCES)
    result = []
    for entry in entries:
        pieces = []
        for piece in _KEPT_TAG.split(entry["text"]):
            if piece.startswith("<") and _KEPT_TAG.fullmatch(piece):
                pieces.append(piece)
                continue
            kept = []
            for sentence in _SENTENCE_END.split(piece):
                key = sentence.strip()
                if len(key) > 20 and key in seen:  # short pieces ('2025', 'Berlin') are not sentences
                    continue
                seen.add(key)
                kept.append(sentence)
            pieces.append(" ".join(kept))
        text = "".join(pieces)
        while (emptied := _EMPTY_KEPT.sub("", text)) != text:
            text = emptied
        result.append({**entry, "text": " ".join(text.split()) if "<pre>" not in text else text.strip()})
    return result


class SearchStore:
    """Entries per page address, joined in page order into the theme's index file.

    A page put again keeps its place; `drop` forgets a page that is gone.  Each page's entries are
    kept as their JSON text, so writing the index joins strings instead of encoding it all again.
    """

    def __init__(self) -> None:
        self._pages: dict[str, str] = {}  # url -> its entries as JSON, without the enclosing brackets

    def put(self, url: str, entries: list[Entry]) -> None:
        self._pages[url] = ",".join(_encode(entry) for entry in entries)

    def put_text(self, url: str, text: str | None) -> None:
        """A page's entries as another store kept them (`text`); None: the page has none."""
        if text is None:
            self._pages.pop(url, None)
        else:
            self._pages[url] = text

    def drop(self, url: str) -> None:
        self._pages.pop(url, None)

    def clear(self) -> None:
        self._pages.clear()

    def text(self, url: str) -> str | None:
        """A page's entries as kept (JSON text), None if it has none."""
        return self._pages.get(url)

    def urls(self) -> list[str]:
        return list(self._pages)

    def __len__(self) -> int:
        return len(self._pages)

    def index_json(self, config: dict[str, Any], order: Iterable[str] | None = None) -> str:
        """The index file's text: {"config": …, "docs": [entries of every page, in page order]}.

        `order` (page addresses) overrides the order the pages were put in; unknown ones are skipped.
        """
        urls = self._pages if order is None else [url for url in order if url in self._pages]
        docs = ",".join(fragment for url in urls if (fragment := self._pages[url]))
        return f'{{"config":{_encode(config)},"docs":[{docs}]}}'


def _encode(value: Any) -> str:
    # compact like the theme's, but UTF-8 rather than \u escapes: „ä“ is 2 bytes, not 6
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


def attach(search_plugin: Any, store: SearchStore, entries_of: Callable[[Any], list[Entry]]) -> bool:
    """Let the theme's search plugin index pages with `entries_of(page)` into `store`.

    Material (9.x) keeps a `SearchIndex` per build (made in its `on_config`) whose
    `add_entry_from_context(page)` parses the page and whose `generate_search_index(prev)` gives
    the file's text; both are replaced on that instance.  False, and nothing changed, when the
    plugin is not the one this was written for (the theme's own indexing then stays).
    """
    index: Any = getattr(search_plugin, "search_index", None)
    if (type(search_plugin).__module__ != "material.plugins.search.plugin"
            or not callable(getattr(index, "add_entry_from_context", None))
            or not callable(getattr(index, "generate_search_index", None))
            or not isinstance(getattr(index, "config", None), dict)):
        return False
    settings = {key: index.config[key] for key in ("lang", "separator", "pipeline", "fields") if key in index.config}

    def add_entry_from_context(page: Any) -> None:
        search = page.meta.get("search") or {}
        if isinstance(search, dict) and search.get("exclude"):
            store.drop(page.url)
            return
        store.put(page.url, entries_of(page))

    def generate_search_index(prev: Any) -> str:  # prev: the theme's dirty-reload merge, not needed here
        return store.index_json(settings)

    index.add_entry_from_context = add_entry_from_context
    index.generate_search_index = generate_search_index
    return True


# The clean-up Material's search plugin runs over every page's HTML after indexing it (9.x,
# `on_page_context`): attributes `data-search-…` removed.  Its pattern starts with an optional
# `\s`, so the regex engine tries it at every character of the page; where the text has no
# `data-search-` it cannot match and the page stays as it is.
_THEME_CLEANUP = r"\s?data-search-\w+=\"[^\"]+\""


def skip_needless_cleanup(plugins: Any, search_plugin: Any) -> bool:
    """Put a hook in place of the theme search plugin's `on_page_context` that does what it does
    but runs its clean-up only on pages that hold `data-search-` (the others come out the same).

    Only for the `on_page_context` this was written for (its clean-up pattern among its
    constants); False, and nothing changed, otherwise.  Idempotent for one plugin collection."""
    events = getattr(plugins, "events", None)
    hooks = events.get("page_context") if isinstance(events, dict) else None
    method = getattr(type(search_plugin), "on_page_context", None)
    code = getattr(method, "__code__", None)
    if (hooks is None or code is None or _THEME_CLEANUP not in code.co_consts
            or type(search_plugin).__module__ != "material.plugins.search.plugin"):
        return False
    if any(getattr(hook, "lagebild_wraps", None) is search_plugin for hook in hooks):
        return True
    position = next((at for at, hook in enumerate(hooks) if getattr(hook, "__self__", None) is search_plugin
                     and getattr(hook, "__func__", None) is method), None)
    if position is None:
        return False
    original = hooks[position]

    def on_page_context(context: Any, *, page: Any, config: Any, nav: Any) -> Any:
        content = page.content
        if not isinstance(content, str) or "data-search-" in content:
            return original(context, page=page, config=config, nav=nav)
        if search_plugin.config.enabled:
            search_plugin.search_index.add_entry_from_context(page)
        return None

    on_page_context.lagebild_wraps = search_plugin  # type: ignore[attr-defined]
    hooks[position] = on_page_context
    origins = getattr(plugins, "_event_origins", None)
    if isinstance(origins, dict) and original in origins:
        origins[on_page_context] = origins[original]
    return True
