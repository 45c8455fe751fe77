from hypothesis import given, settings
from hypothesis import strategies as st

from recon._phrase_index import PhraseIndex, phrase_index
from recon.entities_ar import load_lex
from recon.sentences import PhraseSet, tokenize

LX = load_lex("ar")
SETS = (LX.triggers, LX.nouns, LX.events, LX.speech_verbs, LX.money, LX.now, LX.facility)
WORDS = ["قتل", "مقتل", "وبمقتل", "قال", "وقال", "دولار", "الآن", "قاعدة", "والقاعدة", "في", "K1"]


def _expected(keys: list[str]) -> list[int]:
    per_set = [ps.starts(keys) for ps in SETS]
    return [sum(1 << b for b, c in enumerate(col) if c) for col in zip(*per_set, strict=True)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS) | st.text("قتلالمدين", min_size=1, max_size=6)))
def test_masks_say_what_each_set_says(words: list[str]) -> None:
    keys = [t.key for t in tokenize(" ".join(words))]
    index = PhraseIndex(SETS)
    got = index.masks(keys)
    assert got == _expected(keys)
    assert index.masks(keys) == got  # from the memo the second time
    union = 0
    for m in got:
        union |= m
    assert index.union(keys) == union


def test_index_is_shared_per_sets_and_bounded_sets_of_one_word():
    assert phrase_index(*SETS) is phrase_index(*SETS)
    assert phrase_index(*SETS) is not phrase_index(*SETS[:2])
    one = PhraseIndex([PhraseSet([("مقتل", "killed")])])
    assert one.masks(["وبمقتل"]) == [1] and one.masks([]) == [] and one.union([]) == 0
    assert one.masks(["قتل", "مقتل"]) == [0, 1]
