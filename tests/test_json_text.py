"""The fast indented JSON encoder writes exactly what `json.dumps(…, ensure_ascii=False, indent=N)` writes."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lagebild.site.json_text import dumps_indented

_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True),
                     st.text())
_VALUES = st.recursive(_SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.tuples(inner, inner), st.dictionaries(st.text(max_size=5), inner, max_size=4)),
    max_leaves=30)


def _expected(value: Any, indent: int = 1) -> str:
    return json.dumps(value, ensure_ascii=False, indent=indent)


@settings(max_examples=300, deadline=None)
@given(_VALUES, st.sampled_from([1, 2]))
def test_equals_the_standard_library_for_any_json_value(value: Any, indent: int) -> None:
    assert dumps_indented(value, indent) == _expected(value, indent)


def test_hostile_text_and_edge_values() -> None:
    value = {"a\u2028\"\\</script>": ["\x00\ud800", float("nan"), -float("inf"), 10**40, -0.0, [], {}, [[]], (1,)],
             "": {"b": True, "c": False, "d": None}}
    assert dumps_indented(value) == _expected(value)


def test_keys_that_are_not_text_and_unknown_objects_are_the_standard_librarys_business() -> None:
    assert dumps_indented({1: [2], None: 3, 1.5: "x"}) == _expected({1: [2], None: 3, 1.5: "x"})
    with pytest.raises(TypeError):
        dumps_indented({"a": object()})
    loop: list[Any] = []
    loop.append(loop)
    with pytest.raises(ValueError, match="Circular"):
        dumps_indented(loop)
