"""Round 11: what is owed and unpaid ("مستحقات", "متأخرات") is a money object
of its own, money:arrears, and an allocation ("مخصص") is a budget's: the
arrears a company claims never conflict with an allocation paid to it.
Sentences written for these tests, with negative cases."""

import pytest
from extracting import fields_of

PUB = "2026-02-11"


def fields(text: str) -> list[str]:
    return fields_of("سبها - " + text, PUB, "money")


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("وقال إن مستحقات الشركة المتأخرة لدى الدولة تبلغ نحو 4.5 مليون دينار.", ["money:arrears"]),
        ("وبلغت متأخرات البلدية لدى المقاولين 2.8 مليون دينار.", ["money:arrears"]),
        ("وأحالت الحكومة مخصصاً طارئاً بقيمة 1.2 مليون دينار إلى البلدية.", ["money:budget"]),
        # No object word: plain money.
        ("وقال إن الحملة كلفت نحو 4.5 مليون دينار.", ["money"]),
    ],
)
def test_arrears_and_allocations_are_money_objects(sentence: str, want: list[str]) -> None:
    assert fields(sentence) == want
