"""recon._gaz_refs._byline's shortcut (words right after the name) answers
as the full look at the name's line does."""

from hypothesis import given, settings
from hypothesis import strategies as st

from recon._gaz_refs import _BYLINE_WORDS, _DASHES, _byline


def _reference(text: str, start: int, end: int) -> bool:
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    if text[end:le].strip() or not any(d in text[ls:start] for d in _DASHES):
        return False
    before = text[ls:start].split()
    return 0 < len(before) <= _BYLINE_WORDS and before[-1] == "من"


def _cases(text: str, name: str) -> list[tuple[int, int]]:
    out, at = [], text.find(name)
    while at >= 0:
        out.append((at, at + len(name)))
        at = text.find(name, at + 1)
    return out


def test_bylines_and_names_in_running_text():
    texts = [
        "هسبريس - من وجدة\nقتل 5 أشخاص في وجدة.",
        "هسبريس - من وجدة   \r\nقتل 5 أشخاص",
        "هسبريس - من وجدة" + " " * 40 + "\nنص",
        "كتب فلان - من عمان",
        "قتل 5 أشخاص في وجدة - من وجدة أيضا",
        "الرباط – من وجدة                 x",
        "من وجدة",
    ]
    seen = set()
    for text in texts:
        for name in ("وجدة", "عمان"):
            for start, end in _cases(text, name):
                got = _byline(text, start, end)
                assert got == _reference(text, start, end), (text, start)
                seen.add(got)
    assert seen == {True, False}


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=" \n\r\t-–من وجدةx", max_size=60),
    st.integers(0, 60),
    st.integers(0, 20),
)
def test_byline_matches_the_full_line_look(text: str, start: int, width: int) -> None:
    start = min(start, len(text))
    end = min(len(text), start + width)
    assert _byline(text, start, end) == _reference(text, start, end)
