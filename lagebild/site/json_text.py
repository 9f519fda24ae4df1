"""`json.dumps(value, ensure_ascii=False, indent=N)`, byte for byte, several times faster.

With `indent` the standard library leaves its C encoder for a generic one in Python (a generator
per container, every type checked in turn); at 1,000 briefings serialising facts.json that way was
a second of the cold build, before the pages could start.  The exports hold only JSON's own types
(dicts with text keys, lists, tuples, text, numbers, booleans, None), which this encodes with the
same rules: the C string encoder, `repr` of numbers, `,` between items and `: ` after keys, each
item on its own line.  Anything else (a key that is not text, an object the standard library would
refuse) is handed to `json.dumps` itself, so the result and the errors stay the standard library's.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring  # the C encoder where CPython has it (ensure_ascii=False)
from typing import Any

_INFINITY = float("inf")


class _Unusual(Exception):
    """A value this encoder leaves to the standard library."""


def dumps_indented(value: Any, indent: int = 1) -> str:
    """`json.dumps(value, ensure_ascii=False, indent=indent)`."""
    parts: list[str] = []
    try:
        _encode(value, "\n", " " * indent, parts)
    except (_Unusual, RecursionError):
        return json.dumps(value, ensure_ascii=False, indent=indent)
    return "".join(parts)


def _float(value: float) -> str:
    if value != value:  # NaN, as json writes it
        return "NaN"
    if value == _INFINITY:
        return "Infinity"
    if value == -_INFINITY:
        return "-Infinity"
    return float.__repr__(value)


def _encode(value: Any, newline: str, step: str, parts: list[str]) -> None:  # one branch per JSON type
    # The standard library's order of checks: a bool is an int, an int subclass prints as an int.
    if isinstance(value, str):
        parts.append(encode_basestring(value))
    elif value is None:
        parts.append("null")
    elif value is True:
        parts.append("true")
    elif value is False:
        parts.append("false")
    elif isinstance(value, int):
        parts.append(int.__repr__(value))
    elif isinstance(value, float):
        parts.append(_float(value))
    elif isinstance(value, (list, tuple)):
        if not value:
            parts.append("[]")
            return
        inner = newline + step
        separator = "," + inner
        parts.append("[" + inner)
        first = True
        for item in value:
            if not first:
                parts.append(separator)
            first = False
            _encode(item, inner, step, parts)
        parts.append(newline + "]")
    elif isinstance(value, dict):
        if not value:
            parts.append("{}")
            return
        inner = newline + step
        separator = "," + inner
        parts.append("{" + inner)
        first = True
        for key, item in value.items():
            if not isinstance(key, str):
                raise _Unusual
            if not first:
                parts.append(separator)
            first = False
            parts.append(encode_basestring(key) + ": ")
            _encode(item, inner, step, parts)
        parts.append(newline + "}")
    else:
        raise _Unusual
