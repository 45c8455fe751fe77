"""A capital's district named in the news on its own (gazetteer_admin.toml):
Shuwaikh, in Kuwait, found bare or glued to a preposition, and not in the
word for "sheikh".  Sentences written for these tests."""

from recon.gazetteer import Gazetteer, builtin_data


def test_shuwaikh_is_found_bare_and_glued() -> None:
    g = Gazetteer.default()
    for text in ("اندلع حريق في مخزن بالشويخ", "في منطقة الشويخ الصناعية", "الشويخ"):
        assert "shuwaikh" in {m.entry.id for m in g.find_mentions(text)}, text


def test_shuwaikh_lies_in_kuwait() -> None:
    assert builtin_data()["within"]["shuwaikh"] == "kw"


def test_sheikh_is_not_shuwaikh() -> None:
    g = Gazetteer.default()
    assert not [
        m for m in g.find_mentions("وقال الشيخ محمد إن الشيخين حضرا") if m.entry.id == "shuwaikh"
    ]
