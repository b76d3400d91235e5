"""The offset map: an offset of a text rewritten several times goes back to its source."""

from __future__ import annotations

import regex

from nqparse.spans import rewrite


def test_a_chain_of_maps_gives_what_each_map_gives_in_turn() -> None:
    source = "Năm  2025 đạt  5 %;  năm 2026 đạt 6 %."
    first = rewrite(source, regex.compile(r" {2,}"), " ")
    assert first is not None
    second = rewrite(first[0], regex.compile(r"(\d) %"), r"\1%")
    assert second is not None
    third = rewrite(second[0], regex.compile(r"năm"), "Năm")
    assert third is not None
    text, chained = third[0], third[1].then(second[1].then(first[1]))
    for offset in (-3, *range(len(text) + 3)):
        assert chained(offset) == first[1](second[1](third[1](offset)))
    assert text == "Năm 2025 đạt 5%; Năm 2026 đạt 6%."
    assert source[chained(text.index("5%"))] == "5"
