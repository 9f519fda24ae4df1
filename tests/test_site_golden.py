"""Golden snapshots of the briefing and actor pages, built from the fixed fixtures.

Only the content region (<article>) is compared, whitespace-normalised, one
block element per line so a diff reads well.  After an intended change run
`pytest tests/test_site_golden.py --update-golden` and review the diff of
tests/golden/ before committing it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

GOLDEN = Path(__file__).resolve().parent / "golden"
PAGES = {
    "briefing-de": "briefings/seed-ukraine-gespraeche/index.html",
    "briefing-en": "briefings/en-miami-talks/index.html",
    "actor-steve-witkoff": "actors/steve-witkoff/index.html",
    "actor-rustem-umjerow": "actors/rustem-umjerow/index.html",
    "organization-koalition-der-willigen": "organizations/koalition-der-willigen/index.html",
    "country-us": "countries/us/index.html",
}
_BLOCK = re.compile(r"\s*(<(?:/?(?:h[1-6]|p|ul|ol|li|table|thead|tbody|tr|div|nav|blockquote|svg)\b"
                    r"|line |circle |text ))")


def content_region(html: str) -> str:
    start = html.index("<article")
    body = html[html.index(">", start) + 1:html.index("</article>")]
    body = " ".join(body.split())
    return _BLOCK.sub(r"\n\1", body).strip() + "\n"


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_matches_golden(fixture_site: Path, update_golden: bool, name: str) -> None:
    actual = content_region((fixture_site / PAGES[name]).read_text(encoding="utf-8"))
    golden = GOLDEN / f"{name}.html"
    if update_golden:
        golden.write_text(actual, encoding="utf-8")
        return
    assert golden.is_file(), f"{golden} is missing: run pytest {__file__} --update-golden"
    expected = golden.read_text(encoding="utf-8")
    assert actual == expected, f"{name} differs from {golden.name}; if intended, run with --update-golden"
