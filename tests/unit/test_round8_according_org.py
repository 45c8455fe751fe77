"""An organisation a figure is "according to" ("وبحسب الأمم المتحدة، قتل 61
مدنيا") is its source, never what the figure is about (recon.entities_ar,
with recon._sourcing.according_to).  Sentences written for these tests, with
negative cases."""

from extracting import extract_text

PUB = "2024-12-05"


def entities(text: str, field: str) -> list[str]:
    return [c.entity for c in extract_text(text, PUB) if c.field == field]


def test_the_source_is_not_the_topic() -> None:
    text = (
        "وبحسب الأمم المتحدة، قتل ما لا يقل عن 61 مدنيا في الغارات الجوية على مدينة إدلب "
        "وريفها منذ الأسبوع الماضي."
    )
    assert entities(text, "killed") == ["إدلب"]


def test_an_organisation_that_acts_stays_a_candidate() -> None:
    text = "أعلنت الأمم المتحدة مقتل 20 من موظفيها."
    assert entities(text, "killed") == ["الأمم المتحدة"]
