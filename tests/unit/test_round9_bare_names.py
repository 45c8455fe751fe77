"""A facility's bare name ("جوهر" after "قاعدة جوهر") refers to the
facility only after the article has named it: "مؤسسة حمد الطبية" before
"مستشفى حمد العام" is another body.  Sentences written for these tests."""

from extracting import entities_of

PUB = "2026-10-29"


def entities(text: str, field: str) -> list[str]:
    return entities_of(text, PUB, field)


def test_a_name_before_its_facility_is_not_the_facility() -> None:
    text = (
        "الدوحة - أوضحت الوزارة أن فرق الإسعاف التابعة لمؤسسة حمد الطبية نقلت المصابين"
        " إلى مستشفى حمد العام ومستشفى الوكرة.\n\nوقرر الاتحاد القطري إيقاف السباق لمدة ساعتين."
    )
    assert "حمد" not in entities(text, "duration")


def test_a_name_after_its_facility_is_the_facility() -> None:
    text = (
        "مقديشو - سلمت القوات الأميركية قاعدة جوهر إلى الجيش الصومالي.\n\n"
        "وغادر 250 جنديا جوهر مساء أمس."
    )
    got = entities(text, "personnel")
    assert got and all("جوهر" in e for e in got), got
