"""Checking a JSON document against the subset of JSON Schema our exports use (no extra package needed)."""

from __future__ import annotations

import re
from typing import Any


def validate(value: Any, schema: dict[str, Any], root: dict[str, Any], where: str = "$") -> list[str]:
    """The subset of JSON Schema the facts schema uses: $ref, type, enum, const, pattern, required,
    properties, additionalProperties: false, items."""
    if "$ref" in schema:
        schema = root["$defs"][schema["$ref"].rsplit("/", 1)[-1]]
    problems: list[str] = []
    kinds = schema.get("type")
    if kinds:
        names = kinds if isinstance(kinds, list) else [kinds]
        python = {"string": str, "object": dict, "array": list, "null": type(None), "number": (int, float)}
        if not any(isinstance(value, python[n]) and not isinstance(value, bool) for n in names):
            return [f"{where}: {value!r} is not {names}"]
    if "enum" in schema and value not in schema["enum"]:
        problems.append(f"{where}: {value!r} not in {schema['enum']}")
    if "const" in schema and value != schema["const"]:
        problems.append(f"{where}: {value!r} != {schema['const']!r}")
    if "pattern" in schema and isinstance(value, str) and not re.search(schema["pattern"], value):
        problems.append(f"{where}: {value!r} does not match {schema['pattern']}")
    if isinstance(value, dict):
        problems += [f"{where}: missing {key}" for key in schema.get("required", []) if key not in value]
        properties = schema.get("properties", {})
        for key, item in value.items():
            if key in properties:
                problems += validate(item, properties[key], root, f"{where}.{key}")
            elif schema.get("additionalProperties") is False:
                problems.append(f"{where}: unexpected {key}")
    if isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            problems += validate(item, schema["items"], root, f"{where}[{index}]")
    return problems
