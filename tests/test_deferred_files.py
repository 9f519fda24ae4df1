"""Deferred generated files (`lagebild.site.deferred_files`): listed at once, their text made on
the first read of any of them, once, and copied into the site as `File.generated` files are."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.config import load_config

from lagebild.site.deferred_files import deferred_files


@pytest.fixture()
def config(tmp_path: Path):  # type: ignore[no-untyped-def]
    (tmp_path / "mkdocs.yml").write_text("site_name: T\ndocs_dir: docs\n", encoding="utf-8")
    (tmp_path / "docs").mkdir()
    config = load_config(str(tmp_path / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    config.plugins._current_plugin = "lagebild"  # as while our plugin's on_files runs
    return config


def test_made_once_on_first_read_and_copied(config) -> None:  # type: ignore[no-untyped-def]
    calls: list[int] = []

    def make() -> dict[str, str]:
        calls.append(1)
        return {"data/a.json": "{\"ä\": 1}\n", "feed.xml": "<feed/>\n"}

    files = deferred_files(config, ("data/a.json", "feed.xml"), make)
    assert [f.src_uri for f in files] == ["data/a.json", "feed.xml"]
    assert calls == []  # listing them makes nothing
    assert [f.dest_uri for f in files] == ["data/a.json", "feed.xml"]
    assert calls == []
    assert files[1].content_string == "<feed/>\n"
    assert files[0].is_modified() and files[0].content_bytes == "{\"ä\": 1}\n".encode()
    for file in files:
        file.copy_file(dirty=True)  # a dirty build copies only modified files: these are
    assert calls == [1]
    site = Path(config.site_dir)
    assert (site / "data" / "a.json").read_text(encoding="utf-8") == "{\"ä\": 1}\n"
    assert (site / "feed.xml").read_text(encoding="utf-8") == "<feed/>\n"


def test_content_set_later_wins(config) -> None:  # type: ignore[no-untyped-def]
    files = deferred_files(config, ("a.txt",), lambda: {"a.txt": "made"})
    files[0].content_string = "set by a plugin"
    assert files[0].content_string == "set by a plugin"


def test_other_paths_than_listed_are_an_error(config) -> None:  # type: ignore[no-untyped-def]
    files = deferred_files(config, ("a.txt", "b.txt"), lambda: {"b.txt": "1", "a.txt": "2"})
    with pytest.raises(RuntimeError, match="not the ones listed"):
        files[0].content_string  # noqa: B018
