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


@pytest.mark.parametrize(
    ("sentence", "field"),
    [
        ("مشيراً إلى أن تكلفة إنتاج الفدان الواحد وصلت إلى نحو 180 ألف جنيه.", "money:per_فدان"),
        ("وبلغ سعر الطن الواحد من السمسم 95 ألف جنيه.", "money:per_طن"),
        # The price of a unit or a container, with no "الواحد".
        ("وبلغ سعر القنطار في السوق 95 ألف جنيه.", "money:per_قنطار"),
        ("إن سعر تنكة الزيت يبلغ نحو 550 شيقلاً.", "money:per_تنكه"),
    ],
)
def test_the_price_of_one_unit_is_a_unit_price(sentence: str, field: str) -> None:
    # Each unit its own field: a feddan's cost never rivals a qintar's price.
    assert fields(sentence) == [field]


@pytest.mark.parametrize(
    "sentence",
    [
        "وبلغت تكلفة إنتاج الموسم نحو 180 مليار جنيه.",
        # "الواحد" far from the amount, in another clause.
        "وقال إن الفدان الواحد ينتج قنطارين، وإن الخسائر بلغت 180 مليون جنيه.",
    ],
)
def test_a_total_is_no_unit_price(sentence: str) -> None:
    assert not any(":per_" in f for f in fields(sentence))


def test_a_former_price_is_no_claim() -> None:
    got = fields_of("القصرين - ليصبح سعر لتر البنزين 2,620 دينار مقابل 2,525 دينار سابقا.", PUB, "money")
    assert got == ["money:per_لتر"]


def test_a_price_with_no_former_word_stays() -> None:
    got = fields_of("القصرين - ليصبح سعر لتر البنزين 2,620 دينار مقابل 2,525 دينار.", PUB, "money")
    assert got == ["money:per_لتر", "money:per_لتر"]
