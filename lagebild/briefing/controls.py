"""Control characters in values: refused, wherever they hide.

A raw control character in a file is caught when the file is read; YAML
escapes (``"\\x1b"``, ``"\\a"``, ``"\\0"``) make them only after parsing.  In a
value they would break the XML feed, reach HTML and the calendar, and could
steer the terminal that prints a report.  Tab and line feed are text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from lagebild.errors import Problem

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def control_values(data: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """(field path, first control character) for every key or string value that holds one."""
    if isinstance(data, str):
        found = CONTROL.search(data)
        if found:
            yield path, found.group()
    elif isinstance(data, dict):
        for key, value in data.items():
            inner = f"{path}.{key}" if path else str(key)
            if isinstance(key, str) and (found := CONTROL.search(key)):
                yield inner, found.group()
            yield from control_values(value, inner)
    elif isinstance(data, list):
        for index, item in enumerate(data):
            yield from control_values(item, f"{path}[{index}]")


def control_problems(data: Any, shown: str, line_of: Any) -> list[Problem]:
    """An error with file:line for every value holding a control character (after YAML unescaping)."""
    return [Problem(shown, f"control character U+{ord(char):04X} in the value", line=line_of(field) or 1,
                    field=CONTROL.sub("?", field), hint="remove it (check escapes such as \\x1b, \\a or \\0)")
            for field, char in control_values(data)]
