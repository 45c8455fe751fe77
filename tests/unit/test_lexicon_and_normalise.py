import pytest

import recon
from recon import lexicon
from recon.normalise import fold_digits, normalise, normalise_key


def test_normalise_removes_marks_and_keeps_offsets():
    text = "سَلَّمتْ ـقوات ٣٠٠ جنديٍّ\u200f"
    n = normalise(text)
    assert n.text == "سلمت قوات 300 جندي"
    i = n.text.index("300")
    s, e = n.span(i, i + 3)
    assert text[s:e] == "٣٠٠"
    assert len(n.offsets) == len(n.text)


def test_normalise_separators_and_alefs():
    assert normalise("١٫٥ مليون و٢٬٥٠٠").text == "1.5 مليون و2,500"
    assert normalise("أإآٱ").text == "اااا"
    assert normalise("۱۲۳").text == "123"  # Persian digits


def test_matching_key_folds_ta_marbuta_and_alef_maqsura():
    assert normalise_key("القيّارة  الجوية") == normalise_key("القياره الجويه")
    assert normalise_key("مستشفى") == normalise_key("مستشفي")
    assert normalise_key("K1") == "k1"
    assert fold_digits("٢٠٢٠") == "2020"


def test_user_lexicon_overrides_and_extends(tmp_path, monkeypatch):
    base = lexicon.load("units")
    (tmp_path / "ar").mkdir()
    (tmp_path / "ar" / "units.toml").write_text('custom_key = "mine"\n', encoding="utf-8")
    monkeypatch.setenv("RECON_LEXICON_PATH", str(tmp_path))
    lexicon.clear_cache()
    try:
        merged = lexicon.load("units")
        assert merged["custom_key"] == "mine"
        assert set(base) <= set(merged)
    finally:
        monkeypatch.delenv("RECON_LEXICON_PATH")
        lexicon.clear_cache()


def test_malformed_user_lexicon_is_a_lexicon_error(tmp_path, monkeypatch):
    (tmp_path / "ar").mkdir()
    (tmp_path / "ar" / "units.toml").write_text("this is = = not toml", encoding="utf-8")
    monkeypatch.setenv("RECON_LEXICON_PATH", str(tmp_path))
    lexicon.clear_cache()
    try:
        with pytest.raises(recon.LexiconError, match=r"units\.toml"):
            lexicon.load("units")
    finally:
        monkeypatch.delenv("RECON_LEXICON_PATH")
        lexicon.clear_cache()


def test_unknown_lexicon_and_bad_path():
    with pytest.raises(recon.LexiconError):
        lexicon.load("no-such-lexicon")
    with pytest.raises(recon.LexiconError):
        lexicon.add_lexicon_path("/no/such/folder")
