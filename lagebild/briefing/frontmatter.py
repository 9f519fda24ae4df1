"""Reading YAML front matter strictly, with file line numbers for every field.

PyYAML's defaults are traps for hand-typed facts (``NO`` becomes False,
``150.000`` becomes 150.0, ``10:00`` becomes 600, duplicate keys silently
win, ``!!python`` tags run code).  Here every scalar is kept as the string
the editor typed (only an empty value or ``null`` becomes None); the schema
decides what a field means.  Tags other than the plain ones are refused,
aliases are bounded, and duplicate keys are errors naming both lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from lagebild.errors import LagebildError, Problem

MAX_FRONT_MATTER_BYTES = 1_000_000
MAX_NODES = 100_000
MAX_DEPTH = 60
_NULLS = {"", "~", "null", "Null", "NULL"}
_ALLOWED_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:null",
}
# libyaml's composer is ten times faster than the pure-Python one; both build no objects.
_LOADER: type = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
_FENCE = re.compile(r"^---[ \t]*$")


@dataclass
class Document:
    """A file split into its parsed front matter and its Markdown body."""

    data: dict[str, Any]
    lines: dict[str, int] = field(default_factory=dict)  # field path -> 1-based line
    body: str = ""
    body_line: int = 1  # the file line where the body starts
    has_front_matter: bool = False

    def line_of(self, path: str) -> int | None:
        """The line of a field, or of its nearest enclosing field."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = re.sub(r"(\[\d+\]|\.[^.\[]+|^[^.\[]+)$", "", path)
        return None


def split(text: str, path: str) -> tuple[str | None, int, str, int]:
    """Split into (yaml text or None, first yaml line, body, first body line)."""
    lines = text.split("\n")
    if not lines or not _FENCE.match(lines[0]):
        return None, 0, text, 1
    for index in range(1, len(lines)):
        if _FENCE.match(lines[index]) or lines[index].rstrip() == "...":
            yaml_text = "\n".join(lines[1:index])
            body = "\n".join(lines[index + 1:])
            return yaml_text, 2, body, index + 2
    raise LagebildError(Problem(
        path, "front matter opened here is never closed", line=1, column=1,
        hint="add a line '---' after the last field",
    ))


def parse(text: str, path: str) -> Document:
    """Parse a file's front matter (if any) and body; raise LagebildError on any problem."""
    yaml_text, first_line, body, body_line = split(text, path)
    if yaml_text is None:
        return Document({}, {}, body, body_line, has_front_matter=False)
    if len(yaml_text.encode("utf-8")) > MAX_FRONT_MATTER_BYTES:
        raise LagebildError(Problem(
            path, f"front matter too large (limit {MAX_FRONT_MATTER_BYTES} bytes)", line=1,
            hint="split the facts over several briefings",
        ))
    data, lines = load_mapping(yaml_text, path, first_line)
    return Document(data, lines, body, body_line, has_front_matter=True)


def load_mapping(yaml_text: str, path: str, first_line: int = 1) -> tuple[dict[str, Any], dict[str, int]]:
    """Load YAML that must be a mapping; return it with a field-path -> line map."""
    offset = first_line - 1
    try:
        node = yaml.compose(yaml_text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        raise LagebildError(_yaml_problem(exc, path, offset, yaml_text)) from None
    except yaml.YAMLError as exc:
        raise LagebildError(Problem(path, f"not valid YAML: {exc}", line=first_line)) from None
    except RecursionError:
        raise LagebildError(Problem(path, "nesting too deep", line=first_line,
                                    hint=f"front matter may nest at most {MAX_DEPTH} levels")) from None
    if node is None:
        return {}, {}
    if not isinstance(node, yaml.MappingNode):
        raise LagebildError(Problem(
            path, "front matter must be a mapping", line=first_line, column=1,
            hint="write 'key: value' lines, e.g. 'title: ...'",
        ))
    builder = _Builder(path, offset)
    data = builder.build(node, "", 0)
    if builder.problems:
        raise LagebildError(builder.problems)
    return data, builder.lines


class _Builder:
    def __init__(self, path: str, offset: int) -> None:
        self.path = path
        self.offset = offset
        self.lines: dict[str, int] = {}
        self.problems: list[Problem] = []
        self.nodes = 0

    def _where(self, node: yaml.Node) -> tuple[int, int]:
        return node.start_mark.line + 1 + self.offset, node.start_mark.column + 1

    def build(self, node: yaml.Node, field_path: str, depth: int) -> Any:
        self.nodes += 1
        line, column = self._where(node)
        if self.nodes > MAX_NODES:
            raise LagebildError(Problem(self.path, "too many YAML nodes or aliases", line=line,
                                        hint="remove anchors (&) and aliases (*)"))
        if depth > MAX_DEPTH:
            raise LagebildError(Problem(self.path, "nesting too deep", line=line,
                                        hint=f"front matter may nest at most {MAX_DEPTH} levels"))
        if node.tag not in _ALLOWED_TAGS:
            self.problems.append(Problem(
                self.path, f"disallowed YAML tag {node.tag}", line=line, column=column,
                field=field_path or None, hint="remove the tag; write the value as plain text",
            ))
            return None
        if isinstance(node, yaml.ScalarNode):
            if not node.style and node.value in _NULLS:  # plain style: None (Python) or "" (libyaml)
                return None
            if node.tag == "tag:yaml.org,2002:null":
                return None
            return str(node.value)
        if isinstance(node, yaml.SequenceNode):
            items = []
            for index, item in enumerate(node.value):
                item_path = f"{field_path}[{index}]"
                self.lines[item_path] = self._where(item)[0]
                items.append(self.build(item, item_path, depth + 1))
            return items
        assert isinstance(node, yaml.MappingNode)
        result: dict[str, Any] = {}
        first_seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key_line, key_column = self._where(key_node)
            if not isinstance(key_node, yaml.ScalarNode):
                self.problems.append(Problem(self.path, "a key must be plain text", line=key_line,
                                             column=key_column, field=field_path or None))
                continue
            key = str(key_node.value)
            child_path = f"{field_path}.{key}" if field_path else key
            if key in first_seen:
                self.problems.append(Problem(
                    self.path, f"duplicate key '{key}' (also on line {first_seen[key]})",
                    line=key_line, column=key_column, field=child_path,
                    hint="keep one of the two lines",
                ))
                continue
            first_seen[key] = key_line
            self.lines[child_path] = key_line
            result[key] = self.build(value_node, child_path, depth + 1)
        return result


def _yaml_problem(exc: yaml.MarkedYAMLError, path: str, offset: int, yaml_text: str) -> Problem:
    """One stable, helpful message whichever parser (libyaml or Python) found the error."""
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 + offset if mark else None
    column = mark.column + 1 if mark else None
    message = str(exc.problem or exc.context or "not valid YAML")
    hint = "check the quoting and indentation"
    marked_line = yaml_text.split("\n")[mark.line] if mark and mark.line < yaml_text.count("\n") + 1 else ""
    if "\t" in marked_line[: (mark.column + 1) if mark else 0] or "found character '\\t'" in message:
        message = "tabs are not allowed for indentation"
        hint = "indent with spaces"
        column = marked_line.index("\t") + 1
    elif "mapping values are not allowed" in message:
        message = "mapping values are not allowed here"
        hint = "quote the value: title: \"Gipfel: Genf\""
    elif "found undefined alias" in message:
        hint = "define the anchor (&name) before using the alias (*name)"
    return Problem(path, message, line=line, column=column, hint=hint)


class _Dumper(yaml.SafeDumper):
    """SafeDumper that double-quotes strings holding Unicode line breaks.

    PyYAML writes NEL/LS/PS raw inside plain or single-quoted scalars, where a reader folds
    them into spaces: the value would silently change on the next read.
    """


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = '"' if any(ch in value for ch in "\x85\u2028\u2029") else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def dump(data: dict[str, Any]) -> str:
    """YAML text for front matter; strings that YAML 1.1 would retype are quoted."""
    return yaml.dump(
        data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, default_flow_style=False, width=100_000,
    )


def render(data: dict[str, Any], body: str) -> str:
    """A complete file: front matter between fences, then the body."""
    return f"---\n{dump(data)}---\n{body}"
