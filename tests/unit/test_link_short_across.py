"""A facility's short name in one document is the longer name another
document gives it, when exactly one facility name of the corpus, of the same
noun, holds its words in order (recon._link_graph).  Mentions written for
these tests, with negative cases."""

from recon.link import Mention, link


def ids(ms: list[Mention]) -> list[str]:
    return [e.id for e in link(ms)]


def test_a_school_s_short_name_is_its_full_name_in_another_article() -> None:
    ms = [
        Mention(text="مدرسة الريان", doc="a"),
        Mention(text="مدرسة بنات الريان الأساسية", doc="b"),
    ]
    a, b = ids(ms)
    assert a == b


def test_two_longer_names_leave_the_short_name_alone() -> None:
    ms = [
        Mention(text="مدرسة الريان", doc="a"),
        Mention(text="مدرسة بنات الريان الأساسية", doc="b"),
        Mention(text="مدرسة ذكور الريان الأساسية", doc="c"),
    ]
    a, b, c = ids(ms)
    assert a != b and a != c and b != c


def test_another_kind_of_facility_is_another_thing() -> None:
    ms = [
        Mention(text="مستشفى الريان", doc="a"),
        Mention(text="مدرسة بنات الريان الأساسية", doc="b"),
    ]
    a, b = ids(ms)
    assert a != b


def test_words_out_of_order_are_another_name() -> None:
    ms = [
        Mention(text="محطة الشمالية الخور", doc="a"),
        Mention(text="محطة الخور الشمالية الكبرى", doc="b"),
    ]
    a, b = ids(ms)
    assert a != b


def test_what_a_plant_does_is_no_part_of_its_name() -> None:
    # "محطة كهرباء الخور" in one article is "محطة الخور الشمالية" in another.
    ms = [
        Mention(text="محطة كهرباء الخور", doc="a"),
        Mention(text="محطة الخور الشمالية", doc="b"),
    ]
    a, b = ids(ms)
    assert a == b


def test_plants_that_do_different_things_stay_apart() -> None:
    ms = [
        Mention(text="محطة كهرباء الخور", doc="a"),
        Mention(text="محطة تحلية الخور الشمالية", doc="b"),
    ]
    a, b = ids(ms)
    assert a != b


def test_a_described_name_with_two_longer_names_is_left_alone() -> None:
    ms = [
        Mention(text="محطة كهرباء الخور", doc="a"),
        Mention(text="محطة الخور الشمالية", doc="b"),
        Mention(text="محطة الخور الجنوبية", doc="c"),
    ]
    a, b, c = ids(ms)
    assert a != b and a != c and b != c
