"""Property tests: extraction is total — any text gives a valid result, never an exception."""

from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from nqparse import Resolution, extract_text

from .conftest import SAMPLES

_SAMPLE_TEXT = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")))
_LINES = _SAMPLE_TEXT.splitlines()

vietnamese = st.text(
    alphabet=st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
                                  "AĂÂĐÊÔƠƯ0123456789 .,;:-–/()*\"“”\n%")),
    max_size=400)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=300), vietnamese))
def test_extract_never_raises_on_any_text(text: str) -> None:
    assume(text.strip())  # blank text is refused with InputError, as an empty file is
    result = extract_text(text)
    assert isinstance(result, Resolution)
    Resolution.model_validate_json(result.model_dump_json())


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_LINES), min_size=1, max_size=60), st.randoms(use_true_random=False))
def test_extract_never_raises_on_shuffled_sample_lines(lines: list[str], rnd: object) -> None:
    text = "\n".join(lines)
    assume(text.strip())
    result = extract_text(text, with_text=True)
    assert result.text is not None
    for ref in result.references:
        assert result.text[ref.span.start:ref.span.end] == ref.number
