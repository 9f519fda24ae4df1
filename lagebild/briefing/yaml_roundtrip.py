"""Rewriting an editor's briefing file surgically: comments, key order and quoting survive.

The merge (``merge.py``) decides *what* changes as a list of edits addressed
by paths into the editor's own front matter; this module applies them with
ruamel.yaml's round-trip mode, so every line the merge did not touch comes
back as the editor wrote it.  Two choices keep that promise honest:

* every scalar is loaded as the string the editor typed (no implicit types),
  so ``NO``, ``150.000`` or ``10:00`` are written back exactly as they were;
* a value we *write* is quoted whenever a YAML 1.1 reader (PyYAML, most
  editors' tooling) would read it as something other than text.

The caller re-reads the result with our strict reader and compares it with
the intended data before anything reaches the disk (see ``merge.merge_file``).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Any

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError
from ruamel.yaml.resolver import VersionedResolver
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, SingleQuotedScalarString

from lagebild.errors import LagebildError, Problem

Path_ = tuple[str | int, ...]
_FENCE = re.compile(r"^---[ \t]*$")
_YAML11 = yaml.resolver.Resolver()


class _TextResolver(VersionedResolver):
    """Resolve every plain scalar as text: the schema, not YAML, decides what a value means."""

    @property
    def versioned_resolver(self) -> Any:
        return {}


@dataclass(frozen=True)
class SetValue:
    """Set (or add) the value at ``path``; a new key goes where ``order`` puts it."""

    path: Path_
    value: Any
    order: tuple[str, ...] = ()


@dataclass(frozen=True)
class DeleteKey:
    path: Path_


@dataclass(frozen=True)
class RebuildList:
    """The list at ``path`` becomes ``items``: an int keeps that editor item, a dict is new."""

    path: Path_
    items: tuple[int | dict[str, Any], ...]


Edit = SetValue | DeleteKey | RebuildList


def _yaml(indent: int = 2, block_seq_indent: int = 0) -> YAML:
    handler = YAML(typ="rt")
    handler.Resolver = _TextResolver
    handler.preserve_quotes = True
    handler.width = 1_000_000  # never fold a long evidence sentence onto several lines
    handler.indent(mapping=indent, sequence=indent + block_seq_indent, offset=block_seq_indent)
    handler.allow_unicode = True
    return handler


def scalar(value: str | None) -> Any:
    """A value to write: quoted when a YAML 1.1 reader would not read it back as this text."""
    if value is None:
        return "null"  # plain: our reader (and every other) reads it as nothing
    if any(ch in value for ch in "\n\r\t\x85\u2028\u2029") or value != value.strip(" "):
        return DoubleQuotedScalarString(value)
    if value == "" or _YAML11.resolve(yaml.ScalarNode, value, (True, False)) != "tag:yaml.org,2002:str":
        return SingleQuotedScalarString(value)
    if value in ("null", "Null", "NULL", "~") or value[:1] in "'\"!&*%@`|>{[,?:-#" or value[-1:] == ":":
        return SingleQuotedScalarString(value)
    return value


def to_yaml(value: Any) -> Any:
    """Plain data (as our reader returns it) to ruamel nodes, quoted where needed."""
    if isinstance(value, dict):
        mapping = CommentedMap()
        for key, item in value.items():
            mapping[key] = to_yaml(item)
        return mapping
    if isinstance(value, list):
        sequence = CommentedSeq(to_yaml(item) for item in value)
        return sequence
    return scalar(value)


@dataclass
class EditorFile:
    """A briefing file split so that only its front matter is re-emitted."""

    opening: str
    front_matter: str
    closing: str
    body: str

    @classmethod
    def split(cls, text: str, path: str) -> EditorFile:
        lines = text.split("\n")
        if not lines or not _FENCE.match(lines[0]):
            raise LagebildError(Problem(path, "no front matter", line=1))
        for index in range(1, len(lines)):
            if _FENCE.match(lines[index]) or lines[index].rstrip() == "...":
                return cls(lines[0], "\n".join(lines[1:index]) + "\n", lines[index], "\n".join(lines[index + 1:]))
        raise LagebildError(Problem(path, "front matter opened here is never closed", line=1))

    def join(self, front_matter: str, body: str | None = None) -> str:
        text = front_matter if front_matter.endswith("\n") else front_matter + "\n"
        return f"{self.opening}\n{text}{self.closing}\n{self.body if body is None else body}"


def apply_edits(front_matter: str, edits: list[Edit], path: str) -> str:
    """The front matter text with the edits applied; everything else as it was."""
    if not edits:
        return front_matter
    try:
        handler = _yaml(*guess_indent(front_matter))
        data = handler.load(front_matter)
    except YAMLError as exc:
        raise LagebildError(Problem(path, f"cannot rewrite the front matter: {exc}")) from None
    if not isinstance(data, CommentedMap):
        raise LagebildError(Problem(path, "front matter must be a mapping"))
    # Field edits address the editor's original indexes, so lists are rebuilt last.
    for edit in sorted(edits, key=lambda e: isinstance(e, RebuildList)):
        if isinstance(edit, SetValue):
            _set(data, edit.path, to_yaml(edit.value), edit.order)
        elif isinstance(edit, DeleteKey):
            parent = _walk(data, edit.path[:-1])
            if isinstance(parent, CommentedMap) and edit.path[-1] in parent:
                del parent[edit.path[-1]]
        else:
            _rebuild(data, edit)
    stream = io.StringIO()
    handler.dump(data, stream)
    return stream.getvalue()


def guess_indent(text: str) -> tuple[int, int]:
    """(mapping indent, offset of '- ' in sequences) as the editor's file uses them."""
    mapping = re.search(r"^[^\s#-][^\n]*:\n( +)[^\s-]", text, re.MULTILINE)
    sequence = re.search(r"^[^\s#-][^\n]*:\n( *)- ", text, re.MULTILINE)
    return (len(mapping.group(1)) if mapping else 2), (len(sequence.group(1)) if sequence else 0)


def _walk(data: Any, path: Path_) -> Any:
    for step in path:
        data = data[step]
    return data


def _set(data: CommentedMap, path: Path_, value: Any, order: tuple[str, ...]) -> None:
    parent = _walk(data, path[:-1])
    key = path[-1]
    if isinstance(parent, CommentedSeq) or key in parent:
        parent[key] = value
        return
    # A key the editor's mapping lacks: place it among its siblings in the machine's order.
    later = set(order[order.index(key) + 1:]) if key in order else set()
    position = next((i for i, existing in enumerate(parent) if existing in later), len(parent))
    parent.insert(position, key, value)


def _rebuild(data: CommentedMap, edit: RebuildList) -> None:
    parent = _walk(data, edit.path[:-1])
    old = parent.get(edit.path[-1])
    old_items = list(old) if isinstance(old, CommentedSeq) else []
    new = old if isinstance(old, CommentedSeq) else CommentedSeq()
    items = [old_items[i] if isinstance(i, int) else to_yaml(i) for i in edit.items]
    # Comments hang on item indexes: keep those of items that keep their place.
    if isinstance(old, CommentedSeq):
        kept = {pos: edit.items[pos] for pos in range(len(edit.items))}
        comments = {pos: old.ca.items[i] for pos, i in kept.items() if isinstance(i, int) and i in old.ca.items}
        old.ca.items.clear()
        old.ca.items.update(comments)
    new[:] = items
    parent[edit.path[-1]] = new
