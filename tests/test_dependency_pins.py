"""MkDocs and Material stay on the minor line whose internals the plugin hooks.

The plugin relies on parts of MkDocs 1.6 and Material 9 that are not public
API, so an upgrade must be a deliberate edit of pyproject.toml and
requirements.lock, never something an install does on its own.
"""

from __future__ import annotations

import tomllib
from importlib.metadata import version
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent


def declared() -> dict[str, Requirement]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return {canonicalize_name(r.name): r for r in map(Requirement, data["project"]["dependencies"])}


def locked() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        if "==" in line and not line.lstrip().startswith("#"):
            name, _, exact = line.partition("==")
            pins[canonicalize_name(name.strip())] = exact.strip()
    return pins


def test_mkdocs_and_material_ranges_exclude_the_next_minor_and_major() -> None:
    deps = declared()
    assert "1.6.1" in deps["mkdocs"].specifier and "1.7.0" not in deps["mkdocs"].specifier
    assert "9.8.1" in deps["mkdocs-material"].specifier and "10.0.0" not in deps["mkdocs-material"].specifier
    assert "9.4.0" not in deps["mkdocs-material"].specifier


def test_every_dependency_is_locked_inside_its_declared_range() -> None:
    pins = locked()
    for name, requirement in declared().items():
        assert name in pins, f"{name} is in pyproject.toml but not pinned in requirements.lock"
        assert pins[name] in requirement.specifier, \
            f"requirements.lock pins {name}=={pins[name]}, outside {requirement}"


def test_the_installed_mkdocs_and_material_are_the_locked_ones() -> None:
    pins = locked()
    for name in ("mkdocs", "mkdocs-material"):
        assert version(name) == pins[name], f"{name} {version(name)} installed, {pins[name]} locked: run make"
