"""Round 11: a place the article locates by its story place ("قرية برقين غرب
جنين") is where the story happens only when the lead names it (the title and
the first two sentences); deep in the article it is an anecdote's village.
Articles written for these tests, with negative cases."""

from extracting import entities_of

PUB = "2026-10-20"

BODY = (
    "قال رئيس فرع اتحاد الفلاحين في محافظة جنين إن 34 معصرة تعمل في جنين.\n\n"
    "وأوضح أن الإنتاج المتوقع في جنين يصل إلى 4500 طن من الزيت.\n\n"
    "وأشار إلى أن حملة القطف التطوعية التي تستمر 10 أيام خففت من أعباء الأسر.\n\n"
)
ANECDOTE = "وفي قرية برقين غرب جنين، قالت المزارعة سهام جرار إن عائلتها تملك 300 شجرة."


def test_an_anecdotes_village_deep_in_the_story_is_not_its_place() -> None:
    text = "جنين - الحياة الجديدة\n\n" + BODY + ANECDOTE
    assert entities_of(text, PUB, "duration") == ["جنين"]


def test_a_village_the_lead_locates_is_the_story_place() -> None:
    lead = "انطلاق حملة قطف الزيتون في قرية برقين غرب جنين\n\n"
    text = lead + "جنين - الحياة الجديدة\n\n" + BODY + ANECDOTE
    assert entities_of(text, PUB, "duration") == ["قرية برقين"]
