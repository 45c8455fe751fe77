"""Where people were led away to under arrest ("واقتيادهم إلى مقر الشرطة"),
and where some of them were taken ("نُقل اثنان منهم إلى مستشفى"), is not
where the figure happened (entities.toml destination_verbs; recon._destinations:
a partitive between the verb and إلى).  Sentences written for these tests,
with negative cases."""

from extracting import extract_text

PUB = "2026-02-10"


def claims(text: str) -> list[tuple[str, float, str]]:
    return [(c.field, c.value.value, c.entity) for c in extract_text(text, PUB)]  # type: ignore[union-attr]


def test_people_led_away_are_not_counted_where_they_were_taken() -> None:
    got = claims(
        "وفرقت الشرطة وقفة للممرضين أمام البرلمان في مدينة تطوان، وجرى توقيف 5 ممرضين "
        "واقتيادهم إلى مقر المنطقة الأمنية."
    )
    assert [e for f, v, e in got if f == "arrested"] == ["تطوان"]


def test_some_of_them_taken_to_a_hospital() -> None:
    got = claims(
        "وأصيب 6 عمال في انهيار سقف ورشة بمدينة تطوان، نُقل اثنان منهم إلى مستشفى سانية الرمل."
    )
    assert "مستشفى سانية الرمل" not in [e for f, v, e in got if f == "injured"]


def test_a_place_after_a_partitive_with_no_transfer_verb_stays() -> None:
    got = claims("وأصيب 6 عمال، كان ثلاثة منهم في ورشة بمدينة تطوان.")
    assert [e for f, v, e in got if f == "injured"] == ["تطوان"]
