"""recon._slots: objects built slot by slot are the constructors' objects."""

from __future__ import annotations

import attrs
import pytest

from recon._slots import setters
from recon.dates import DateMatch, find_dates
from recon.fields_ar import Field, _new
from recon.gazetteer import GazetteerMatch, _gazetteer_match, shared_default
from recon.sentences import PhraseMatch, Segment, _phrase_match, _segment


def _same(a: object, b: object) -> None:
    assert a == b and hash(a) == hash(b) and repr(a) == repr(b)


def test_fast_constructors_make_the_constructed_objects() -> None:
    _same(_segment(3, 9, 1, 2), Segment(3, 9, 1, 2))
    _same(_phrase_match(4, 5, "killed", "مقتل"), PhraseMatch(4, 5, "killed", "مقتل"))
    found = find_dates("في 29/3/2020 قال")
    assert found and found[0] == DateMatch(
        start=found[0].start, end=found[0].end, value=found[0].value
    )
    _same(_new("money"), Field("money"))
    _same(_new("killed", "جنود", (3, 7), True), Field("killed", "جنود", (3, 7), True))
    entry = next(iter(shared_default()))
    _same(
        _gazetteer_match(0, 5, entry, "سوريا", "سوريا"),
        GazetteerMatch(start=0, end=5, entry=entry, surface="سوريا", alias="سوريا"),
    )


def test_setters_refuse_a_class_they_would_build_wrong() -> None:
    @attrs.frozen
    class Checked:
        a: int = attrs.field(validator=attrs.validators.instance_of(int))

    @attrs.frozen(slots=False)
    class Unslotted:
        a: int

    with pytest.raises(TypeError):
        setters(Segment, ("start", "end"))  # a field left out
    with pytest.raises(TypeError):
        setters(Checked, ("a",))
    with pytest.raises(TypeError):
        setters(Unslotted, ("a",))
