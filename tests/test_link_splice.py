"""link_splice: a briefing page's merged-event links replaced only where the page shows them."""

from __future__ import annotations

from lagebild.site.incremental.link_splice import splice


def row_link(merged_id: str, page: str, count: int) -> str:
    return f'<a href="../{page}#{merged_id}">{count} Quellen</a>'


BODY = '<td>{}</td><p>3 Quellen</p><td>{}</td>'.format(row_link("ev-a", "t/2025-01/", 3), row_link("ev-b", "t/", 1))
OUTPUT = f"<html><article>{BODY}</article></html>"


def test_only_the_changed_counts_are_replaced_in_body_and_output() -> None:
    before = (("ev-a", 3, "past", "t/2025-01/"), ("ev-b", 1, "planned", "t/"))
    now = (("ev-a", 4, "past", "t/2025-01/"), ("ev-b", 1, "planned", "t/"))
    done = splice(BODY, OUTPUT, before, now, row_link)
    assert done is not None
    assert done.body == BODY.replace(row_link("ev-a", "t/2025-01/", 3), row_link("ev-a", "t/2025-01/", 4))
    assert done.output == f"<html><article>{done.body}</article></html>"
    assert "<p>3 Quellen</p>" in done.body  # the same words elsewhere on the page stay


def test_a_row_moved_to_another_timeline_page_is_spliced_with_its_new_address() -> None:
    before = (("ev-a", 3, "past", "t/2025-01/"), ("ev-b", 1, "planned", "t/"))
    for now in ((("ev-a", 4, "past", "t/2025-02/"), ("ev-b", 1, "planned", "t/")),  # count and row moved
                (("ev-a", 3, "past", "t/2025-02/"), ("ev-b", 1, "planned", "t/"))):  # row moved alone
        done = splice(BODY, OUTPUT, before, now, row_link)
        assert done is not None
        assert done.body == BODY.replace(row_link("ev-a", "t/2025-01/", 3), row_link(*now[0][:1], now[0][3], now[0][1]))
        assert "t/2025-01/" not in done.body and done.output == f"<html><article>{done.body}</article></html>"
        assert done.replaced == (row_link("ev-a", "t/2025-01/", 3),)


def test_links_in_another_order_are_paired_by_event() -> None:
    """A moved date reorders the merged events, so a page's links come in another order: each old
    link is replaced by the new link to the same event; another set of events is refused."""
    before = (("ev-a", 3, "past", "t/2025-01/"), ("ev-b", 1, "planned", "t/"))
    now = (("ev-b", 2, "planned", "t/"), ("ev-a", 3, "past", "t/2025-02/"))
    done = splice(BODY, OUTPUT, before, now, row_link)
    assert done is not None
    assert done.body == '<td>{}</td><p>3 Quellen</p><td>{}</td>'.format(row_link("ev-a", "t/2025-02/", 3),
                                                                        row_link("ev-b", "t/", 2))
    assert splice(BODY, OUTPUT, before, (now[0], ("ev-c", 3, "past", "t/")), row_link) is None
    assert splice(BODY, OUTPUT, before, (now[0], now[0]), row_link) is None  # one event twice


def test_anything_but_a_count_or_address_change_is_rendered_instead() -> None:
    before = (("ev-a", 3, "past", "t/2025-01/"),)
    assert splice(BODY, OUTPUT, before, (("ev-a", 3, "past", "t/2025-01/"),), row_link) is None  # nothing to do
    assert splice(BODY, OUTPUT, before, (("ev-a", 4, "planned", "t/2025-01/"),), row_link) is None  # status
    assert splice(BODY, OUTPUT, before, (("ev-c", 4, "past", "t/2025-01/"),), row_link) is None  # another event
    missing = (("ev-z", 3, "past", "t/2025-01/"),)
    assert splice(BODY, OUTPUT, missing, (("ev-z", 4, "past", "t/2025-01/"),), row_link) is None  # not on the page
    assert splice(BODY, "<html></html>", before, (("ev-a", 4, "past", "t/2025-01/"),), row_link) is None


def test_a_splice_names_the_links_it_replaced() -> None:
    before = (("ev-a", 3, "past", "t/2025-01/"), ("ev-b", 1, "planned", "t/"))
    now = (("ev-a", 4, "past", "t/2025-01/"), ("ev-b", 1, "planned", "t/"))
    done = splice(BODY, OUTPUT, before, now, row_link)
    assert done is not None and done.replaced == (row_link("ev-a", "t/2025-01/", 3),)


def test_a_link_counts_as_indexed_when_its_words_are_in_the_entries_as_the_index_writes_them() -> None:
    """Entries are JSON text of HTML-escaped, space-collapsed words: a link's text is looked for in
    that form; found anywhere (a title too) or empty means the entries are worked out again."""
    from lagebild.site.incremental.link_splice import indexed_anywhere
    from lagebild.site.search_index import SearchStore

    store = SearchStore()
    store.put("b/", [{"location": "b/", "title": "Gipfel", "text": "<p>Treffen: 3 Quellen &amp; mehr „x“</p>"}])
    entries = store.text("b/") or ""
    assert indexed_anywhere([row_link("ev-a", "t/", 3)], entries)
    assert not indexed_anywhere([row_link("ev-a", "t/", 4)], entries)  # in a table: left out of the index
    assert indexed_anywhere(['<a href="x">3\n  Quellen &amp; mehr</a>'], entries)  # entities, whitespace
    assert indexed_anywhere(['<a href="x">„x“</a>'], entries)  # not ASCII: JSON keeps it as it is
    assert indexed_anywhere(['<a href="x">Gipfel</a>'], entries)  # a title
    assert indexed_anywhere(['<a href="x"><span></span></a>'], entries)  # no words: no proof
    assert not indexed_anywhere([], entries)


def test_the_planner_offers_pages_whose_links_only_changed_order_count_or_address() -> None:
    from types import SimpleNamespace

    from lagebild.site.incremental.planner import Planner
    before = ("own", (("ev-a", 3, "past", "t/2025-01/"), ("ev-b", 1, "planned", "t/")))
    planner = Planner(briefing_parts={"b.md": before, "c.md": before, "d.md": before})
    now = {"b.md": ("own", (("ev-b", 2, "planned", "t/"), ("ev-a", 3, "past", "t/2025-02/"))),  # reordered
           "c.md": ("own", (("ev-b", 2, "past", "t/"), ("ev-a", 3, "past", "t/2025-02/"))),  # a status
           "d.md": ("own", (("ev-b", 2, "planned", "t/"), ("ev-b", 3, "past", "t/")))}  # one event twice
    plan = SimpleNamespace(full=False, modified_briefing_pages=frozenset(now), briefing_parts=now)
    assert planner.links_only(plan) == {"b.md": before[1]}  # type: ignore[arg-type]
