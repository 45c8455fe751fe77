""""جرى" is a passive auxiliary like "تم": the verb one word on says what a
clause tells.  Token keys are in matching form ("جرى" is keyed "جري"), so the
words are compared as keys.  Sentences written for these tests, with negative
cases."""

import datetime as dt

from extracting import extract_text

PUB = "2026-11-04"  # a Wednesday


def as_of(text: str, field: str) -> dt.date | None:
    got = {c.as_of for c in extract_text(text, PUB) if c.field == field}
    assert len(got) == 1, got
    return got.pop()


def entities(text: str) -> list[str]:
    return [c.entity for c in extract_text(text, PUB)]


def test_a_statement_told_through_jara_dates_the_figure() -> None:
    # The relative clause reports the statement that gave the figure.
    text = (
        "البيضاء - بلغ عدد الشاحنات العالقة عند جسر وادي الكوف 450 شاحنة، وفق "
        "الحصيلة التي جرى الإعلان عنها يوم الأحد الماضي."
    )
    assert as_of(text, "count:truck") == dt.date(2026, 11, 1)


def test_an_event_told_through_jara_still_dates_no_figure() -> None:
    text = (
        "البيضاء - ارتفع عدد الشاحنات العالقة عند جسر وادي الكوف إلى 450 شاحنة، "
        "في اليوم الثالث للإغلاق الذي جرى تنفيذه مساء الأحد 1 نوفمبر."
    )
    assert as_of(text, "count:truck") != dt.date(2026, 11, 1)


def test_an_impersonal_jara_clause_is_about_no_one() -> None:
    text = "وأوضح المزارع أبو علي أنه جرى إحصاء 300 بيت متضرر في دهوك."
    assert entities("دهوك - " + text) == ["دهوك"]


def test_a_persons_own_loss_after_that_is_still_theirs() -> None:
    text = "وقال المزارع أبو علي إنه خسر 10 بيوت محمية في دهوك."
    assert entities("دهوك - " + text) == ["المزارع أبو علي"]
