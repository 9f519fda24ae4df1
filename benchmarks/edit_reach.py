"""How far a new or deleted briefing reaches: the pages whose fingerprint changes, counted in process.

    python -m benchmarks.edit_reach PROJECT WORKDIR [--list]

Copies PROJECT's `content/` (a generated benchmark project, e.g. `benchmarks/run.py --keep`) to
WORKDIR — PROJECT itself is never changed — and for each edit (a copy of the newest briefing added,
the newest and a middle briefing deleted) prints how many pages' fingerprints
(`site.incremental.page_inputs.page_fingerprints`, what the serve planner compares) change, by kind
of page.  No page is rendered: the count is what a dirty build would render again.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from lagebild.briefing.content import load_content
from lagebild.picture.corpus import Corpus
from lagebild.site.incremental.page_inputs import page_fingerprints

TODAY = "2026-12-06"


def fingerprints(content_dir: Path) -> dict[str, str]:
    corpus = Corpus(load_content(content_dir).briefings)
    files = {path.stem: path for path in (content_dir / "briefings").glob("*.md")}
    digests = {b.slug: hashlib.sha256(files[b.slug].read_bytes()).hexdigest() if b.slug in files else ""
               for b in corpus.briefings}
    return page_fingerprints(corpus, digests, {}, TODAY, "edit-reach")


def page_kind(path: str) -> str:
    """'actors/page', 'actors/parts' (archive and A-to-Z parts), or the first folder."""
    parts = path.split("/")
    if parts[0] in ("actors", "organizations", "countries", "places"):
        return f"{parts[0]}/{'page' if len(parts) == 2 else 'parts'}"
    return parts[0] if len(parts) > 1 else path


def reach(content_dir: Path, edit: Callable[[], Callable[[], None]], before: dict[str, str]) -> list[str]:
    """The pages whose fingerprint `edit` changes; `edit` returns how to undo it."""
    undo = edit()
    try:
        after = fingerprints(content_dir)
    finally:
        undo()
    return sorted(path for path in before.keys() | after.keys() if before.get(path) != after.get(path))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("project", type=Path)
    parser.add_argument("workdir", type=Path, help="emptied and filled with a copy of the project's content")
    parser.add_argument("--list", action="store_true", help="print every changed page")
    args = parser.parse_args()
    content_dir = args.workdir / "content"
    shutil.rmtree(args.workdir, ignore_errors=True)
    shutil.copytree(args.project / "content", content_dir)
    folder = content_dir / "briefings"
    before = fingerprints(content_dir)
    newest = Corpus(load_content(content_dir).briefings).briefings[0].slug
    files = sorted(folder.glob("*.md"))
    middle = files[len(files) // 2].stem

    def add_copy() -> Callable[[], None]:
        copy = folder / f"{newest}-copy.md"
        shutil.copy(folder / f"{newest}.md", copy)
        return copy.unlink

    def delete(slug: str) -> Callable[[], Callable[[], None]]:
        def edit() -> Callable[[], None]:
            path = folder / f"{slug}.md"
            kept = path.read_bytes()
            path.unlink()

            def restore() -> None:
                path.write_bytes(kept)
            return restore
        return edit

    print(f"{len(before)} pages with a fingerprint")
    for label, edit in (("add a copy of the newest briefing", add_copy), ("delete the newest", delete(newest)),
                        ("delete one from the middle", delete(middle))):
        changed = reach(content_dir, edit, before)
        print(f"{label}: {len(changed)} pages", dict(Counter(page_kind(p) for p in changed).most_common()))
        if args.list:
            print("  " + "\n  ".join(changed))


if __name__ == "__main__":
    main()
