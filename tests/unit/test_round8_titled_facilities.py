"""A facility named after a person with a title ("مركز الملك سلمان",
"مستشفى الشيخ زايد") keeps the person's name in its own (``name_starters``
of entities.toml).  Sentences written for these tests, with negative cases."""

import pytest
from extracting import extract_text


def entities(text: str) -> list[str]:
    return [c.entity for c in extract_text(text, "2026-03-01") if c.field == "injured"]


@pytest.mark.parametrize(
    "name",
    ["مستشفى الملك فهد", "مستشفى الشيخ زايد", "مستشفى الأمير محمد", "مستشفى الشهيد كمال"],
)
def test_a_title_and_a_name(name: str) -> None:
    assert entities(f"أصيب 12 شخصا في حريق اندلع في {name} للأمراض الصدرية.") == [name]


def test_a_title_alone_ends_the_name() -> None:
    # "الملك" with no name after it: the hospital is named by what follows no title.
    got = entities("أصيب 12 شخصا في حريق اندلع في مستشفى الملك للأمراض الصدرية.")
    assert got != ["مستشفى الملك للأمراض"]
