"""Round 13, sixth batch: one facility told three ways.  A facility's short
name links to the one longer name of its document that starts with it; "في
محطة أخرى" refers to no facility of the story; an earlier event's date told
in the pluperfect dates that event's figures.  Mentions and sentences
written for these tests, with negative cases."""

from extracting import extract_text

from recon.link import Mention, link


def ids(ms: list[Mention]) -> list[str]:
    return [e.id for e in link(ms)]


def fac(text: str, doc: str) -> Mention:
    return Mention(text=text, doc=doc, kind="facility")


def test_a_short_name_is_its_document_s_one_longer_name() -> None:
    got = ids([fac("محطة الخور الشمالية", "a"), fac("محطة الخور", "a")])
    assert got[0] == got[1]
    assert "short" in {
        r.rule for r in link([fac("محطة الخور الشمالية", "a"), fac("محطة الخور", "a")])[1].reasons
    }


def test_a_short_name_with_two_longer_names_stays_alone() -> None:
    got = ids(
        [fac("محطة الخور الشمالية", "a"), fac("محطة الخور الجنوبية", "a"), fac("محطة الخور", "a")]
    )
    assert got[2] not in (got[0], got[1])


def test_another_document_s_longer_names_take_no_short_name_when_two() -> None:
    # Round 14 lets the corpus's one longer name take a short name of another
    # document (tests/unit/test_link_short_across.py); with two it stays alone.
    got = ids(
        [fac("محطة الخور الشمالية", "a"), fac("محطة الخور الجنوبية", "c"), fac("محطة الخور", "b")]
    )
    assert got[2] not in (got[0], got[1])


def test_another_facility_is_no_anaphor_of_the_story_s() -> None:
    got = [
        (c.field, c.entity)
        for c in extract_text(
            "الدوحة - اندلع حريق في محطة الخور الشمالية. وأصيب 3 عمال في حريق آخر شب في محطة أخرى.",
            "2025-08-13",
        )
    ]
    assert ("injured", "محطة الخور الشمالية") not in got


def test_an_earlier_event_told_in_the_pluperfect_dates_its_figures() -> None:
    fields = [
        c.field
        for c in extract_text(
            "الدوحة - وكان حريق مماثل قد اندلع عام 2019 في محطة جنوب الدوحة، وأسفر عن"
            " إصابة عاملين اثنين.",
            "2025-08-13",
        )
    ]
    assert "injured:2019" in fields and "injured" not in fields


def test_this_event_s_date_dates_no_figure() -> None:
    fields = [
        c.field
        for c in extract_text(
            "الدوحة - اندلع حريق في محطة الخور الشمالية يوم 12 أغسطس، وأسفر عن إصابة 4 عمال.",
            "2025-08-13",
        )
    ]
    assert "injured" in fields
