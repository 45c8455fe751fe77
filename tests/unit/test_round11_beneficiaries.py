"""Round 11: people a project or a service reaches are ``beneficiaries``,
whether counted by the noun ("85 ألف مستفيد") or by a verb after people in
general ("أكثر من 120 ألف شخص سيستفيدون"); a town's population stays no
claim.  Sentences written for these tests, with negative cases."""

import pytest
from extracting import fields_of

PUB = "2026-03-09"


def fields(text: str) -> list[str]:
    return fields_of("سيئون - " + text, PUB, "")


@pytest.mark.parametrize(
    "sentence",
    [
        "إن أكثر من 120 ألف شخص سيستفيدون من مشروع الآبار في سيئون.",
        "ومؤسسة المياه: نحو 85 ألف مستفيد في سيئون.",
        "وبلغ عدد المستفيدين من المشروع 85 ألف شخص في سيئون.",
    ],
)
def test_people_a_project_reaches(sentence: str) -> None:
    assert fields(sentence) == ["beneficiaries"]


def test_a_population_is_no_claim() -> None:
    assert fields("ويسكن مدينة سيئون نحو 120 ألف شخص.") == []
