"""A place the gazetteer puts in another country lies beside the story's
place, never inside it: "درعا شمالي إربد" does not make Daraa the place of
an Irbid story.  A province's distance from a city is its seat's ("ولاية
القصرين، الواقعة على بعد 290 كلم من تونس" is Kasserine's).
Articles written for these tests, with negative cases."""

from extracting import entities_of, extract_text

PUB = "2026-02-10"

IRBID_BESIDE_DARAA = (
    "إربد - أعلنت مديرية الزراعة في إربد أن موجة الصقيع أتلفت محاصيل "
    "المزارعين في المحافظة.\n\n"
    "وقال مدير الزراعة في إربد إن الأضرار الأكبر كانت في الأراضي الممتدة "
    "حتى درعا شمالي إربد.\n\n"
    "وبلغ عدد البيوت البلاستيكية المتضررة 830 بيتاً."
)

DARAA_IN_DARAA = (
    "درعا - أعلنت مديرية الزراعة في درعا أن موجة الصقيع أتلفت محاصيل "
    "المزارعين في المحافظة.\n\n"
    "وقال مدير الزراعة إن الأضرار الأكبر كانت في بلدة المزيريب غربي درعا.\n\n"
    "وبلغ عدد البيوت البلاستيكية المتضررة 830 بيتاً."
)


def test_a_place_abroad_beside_the_story_place_is_not_where_the_story_happens() -> None:
    got = set(entities_of(IRBID_BESIDE_DARAA, PUB, "count:home"))
    assert got == {"إربد"}


def test_a_place_located_by_the_story_place_in_its_own_country_still_wins() -> None:
    # The rule this one keeps: a village placed by the story's city is where it happens.
    got = set(entities_of(DARAA_IN_DARAA, PUB, "count:home"))
    assert got == {"بلدة المزيريب"}


def test_a_provinces_distance_is_its_seats() -> None:
    text = "القصرين - وتسجل ولاية القصرين، الواقعة على بعد 290 كلم من تونس العاصمة، نسبة بطالة مرتفعة."
    got = [(c.entity, c.entity_span) for c in extract_text(text, PUB) if c.field == "distance"]
    assert got == [("القصرين", None)]


def test_a_provinces_other_figures_stay_the_provinces() -> None:
    text = "القصرين - وتضررت 300 هكتار من الأراضي الزراعية في ولاية القصرين."
    assert entities_of(text, PUB, "area") == ["ولاية القصرين"]
