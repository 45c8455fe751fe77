"""Towns and regions of Mali, Niger and Chad are gazetteer places in their
country (gazetteer_admin.toml): a figure in Kayes is Mali's, so a dateline
in Nouakchott is abroad.  Sentences written for these tests, with negative
cases."""

from extracting import extract_text

from recon._dateline import country_of
from recon.gazetteer import Gazetteer


def ids(text: str) -> list[str]:
    return [m.entry.id for m in Gazetteer.default().find_mentions(text)]


def test_capitals_and_towns_are_found() -> None:
    assert ids("وصل الوفد إلى باماكو قادما من نيامي ثم إنجامينا") == ["bamako", "niamey", "ndjamena"]
    assert ids("على الطريق بين نيورو دو ساحل وكاي") == ["nioro-du-sahel", "kayes"]
    assert ids("هجوم قرب تمبكتو") == ["timbuktu"]


def test_a_region_is_not_its_capital() -> None:
    assert ids("في منطقة كاي") == ["ml-kayes"]
    assert ids("في مدينة كاي") == ["kayes"]


def test_towns_lie_in_their_country() -> None:
    assert country_of("kayes") == "ml"
    assert country_of("ml-gao") == "ml"
    assert country_of("agadez") == "ne"
    assert country_of("abeche") == "td"


def test_a_common_word_is_no_town() -> None:
    # "مالي" (financial) and "كاي" inside a longer word are no places.
    assert ids("قدم دعما ماليا للأسر") == []
    assert ids("وصلت شاحنات الكايزن") == []


def test_a_figure_in_a_sahel_town_is_not_the_reporters_city() -> None:
    text = (
        "نواكشوط، 09/03/2026 (وما) - قال مسؤولون إن مسلحين هاجموا قافلة قرب مدينة كاي في غرب مالي.\n\n"
        "وأوضح المسؤولون أن 11 شاحنة سلبت خلال الهجوم."
    )
    got = [c.entity for c in extract_text(text, "2026-03-09") if c.field.startswith("count")]
    assert got == ["مدينة كاي"]


def test_a_named_country_still_decides_over_its_places() -> None:
    # The article names Mauritania: a dateline in Nouakchott is at home,
    # whatever town of Mali is also named.  The body never names Nouakchott
    # again, so the story is Mauritania's (round 9), never Mali's.
    text = (
        "نواكشوط، 09/03/2026 (وما) - قالت السلطات في موريتانيا إن شاحنات عادت من مدينة كاي.\n\n"
        "وأوضحت السلطات أن 11 شاحنة وصلت سالمة."
    )
    got = [c.entity for c in extract_text(text, "2026-03-09") if c.field.startswith("count")]
    assert got == ["موريتانيا"]


def test_a_two_word_name_ending_in_ya_is_no_nisba() -> None:
    from recon._gaz_refs import _nisba

    aliases = ("كاي", "مدينة كاي", "Kayes")
    assert not _nisba("مدينة كاي", aliases, False)
    chad = ("تشاد", "Chad", "تشادي", "التشادي", "تشادية", "التشادية")
    assert _nisba("التشادية", chad, False)
