"""The measuring aid that tells which parts of a rewritten actor page changed (benchmarks.page_regions)."""

from __future__ import annotations

from benchmarks.page_regions import FOOTNOTES, OTHER, TBODY, changed_regions, label

PAGE = """<html><head><title>{title}</title></head><body>
<article class="md-content__inner">
<h1>Maria Lindqvist</h1>
<ul>
<li><a href="../b1/">{listed}</a></li>
</ul>
<table>
<thead>
<tr><th>Datum</th></tr>
</thead>
<tbody>
<tr><td>{row}<sup id="fnref:ev1"><a class="footnote-ref" href="#fn:ev1">1</a></sup></td></tr>
<tr><td>12. März 2025</td></tr>
</tbody>
</table>
<p>after the table</p>
<div class="footnote">
<hr>
<ol>
<li id="fn:ev1">
<p>{note}</p>
</li>
</ol>
</div>
</article>
</body></html>
"""


def page(title: str = "Maria", listed: str = "Gipfel", row: str = "3. Mai 2025", note: str = "Sie traf ihn.") -> str:
    return PAGE.format(title=title, listed=listed, row=row, note=note)


def test_a_row_and_its_footnote_are_told_apart_from_the_rest() -> None:
    assert changed_regions(page(), page()) == frozenset()
    assert changed_regions(page(), page(row="4. Mai 2025")) == {TBODY}
    assert changed_regions(page(), page(row="4. Mai 2025", note="Sie trafen sich.")) == {TBODY, FOOTNOTES}
    assert changed_regions(page(), page(listed="Treffen")) == {OTHER}
    assert label(changed_regions(page(), page(listed="Treffen", row="1. Mai 2025"))) == "other+tbody"


def test_the_chrome_outside_the_article_is_not_counted() -> None:
    assert changed_regions(page(), page(title="Maria L.")) == frozenset()
    assert label(frozenset()) == "chrome only"


def test_an_added_row_counts_as_a_row_change() -> None:
    last = "<tr><td>12. März 2025</td></tr>"
    grown = page().replace(last, last + "\n<tr><td>1. April 2025</td></tr>")
    assert changed_regions(page(), grown) == {TBODY}
