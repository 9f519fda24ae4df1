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


def test_anything_but_a_count_change_is_rendered_instead() -> None:
    before = (("ev-a", 3, "past", "t/2025-01/"),)
    assert splice(BODY, OUTPUT, before, (("ev-a", 3, "past", "t/2025-01/"),), row_link) is None  # nothing to do
    assert splice(BODY, OUTPUT, before, (("ev-a", 4, "planned", "t/2025-01/"),), row_link) is None  # status
    assert splice(BODY, OUTPUT, before, (("ev-a", 4, "past", "t/2025-02/"),), row_link) is None  # row moved
    assert splice(BODY, OUTPUT, before, (("ev-c", 4, "past", "t/2025-01/"),), row_link) is None  # another event
    missing = (("ev-z", 3, "past", "t/2025-01/"),)
    assert splice(BODY, OUTPUT, missing, (("ev-z", 4, "past", "t/2025-01/"),), row_link) is None  # not on the page
    assert splice(BODY, "<html></html>", before, (("ev-a", 4, "past", "t/2025-01/"),), row_link) is None
