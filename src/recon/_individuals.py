"""A private person's own figure: "وقال المزارع أبو علي إنه خسر 10 بيوت".

News stories put a face on their figures: a farmer who lost 10 of his
greenhouses, a breeder whose 11 cows died, a driver whose load weighs 30
tonnes.  Such a figure is the person's, not the place's: attached to the
town it would join (or be judged a rival of) the town's own totals, and
mislead the story's place-and-part reasoning (``recon._story``).

A figure is a person's own when an ordinary person (``individual_nouns``
of ``entities.toml``: a farmer, a driver, a displaced man; never an
official, a doctor or a resident speaking for others) stands before it in
its sentence, and between them the text says the figure is about that
person: "إنه"/"إنها" (he said that he …) or a verb of having ("يملك",
"تعيل").  The claim's entity is the person as the text names them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recon import lexicon
from recon._locate import Ref
from recon._words import listed
from recon.normalise import key_set

if TYPE_CHECKING:
    from recon.fields_ar import Sentence

__all__ = ["own_figure_of"]

_REACH = 25  # words from the person to their figure
# Keys, not spellings: "جرى" is keyed "جري".
_IMPERSONAL = key_set(("تم", "يتم", "سيتم", "جرى", "يجري", "ثمة", "هناك", "لا", "لم", "ليس"))
_NAME_WORDS = 3  # words of a name after the person's noun ("المربي سليمان حجي")


def own_figure_of(s: Sentence, start: int) -> Ref | None:
    """The private person whose own figure the one at ``start`` is, if any."""
    first = s.tok(start)
    people = lexicon.word_set("entities", "individual_nouns")
    selves = lexicon.word_set("entities", "self_markers")
    keys = s.keys
    marked = False
    for k in range(first - 1, max(-1, first - 1 - _REACH), -1):
        key = keys[k]
        if not marked and listed(key, selves, article=True):
            # "أنه تم إحصاء 300 بيت", "إنه لا يوجد": impersonal, about no one.
            marked = k + 1 >= first or keys[k + 1] not in _IMPERSONAL
            continue
        if marked and listed(key, people, article=True):
            return _person(s, k)
    return None


_APPOSITION = frozenset({"وهو", "وهي", "هو", "هي"})


def _person(s: Sentence, k: int) -> Ref:
    """The person named from token ``k``: their noun and the name after it,
    or the name before "وهو" ("وقال أبو علي، وهو مزارع")."""
    if k >= 2 and s.keys[k - 1] in _APPOSITION:
        verbs = lexicon.word_set("entities", "speech_verbs")
        j = k - 2
        while j >= max(0, k - 2 - _NAME_WORDS) and not listed(s.keys[j], verbs, article=True):
            j -= 1
        if j >= 0 and j < k - 2 and listed(s.keys[j], verbs, article=True):
            return _ref(s, j + 1, k - 2)
    stops = lexicon.word_set("entities", "name_breakers") | lexicon.word_set(
        "entities", "self_markers"
    )
    # A word after a particle is a name even where its key is a stop word:
    # "أبو علي" (علي and على share the key علي).
    particles = lexicon.word_set("entities", "name_particles")
    end = k
    for j in range(k + 1, min(len(s.toks), k + 1 + _NAME_WORDS)):
        t = s.toks[j]
        gap = any(c in '،,.:;()«»"' for c in s.text[s.toks[j - 1].end : t.start])
        stop = t.key in stops and s.keys[j - 1] not in particles
        if gap or stop or not t.text[:1].isalpha():
            break
        end = j
    return _ref(s, k, end)


def _ref(s: Sentence, first: int, last: int) -> Ref:
    a, b = s.toks[first], s.toks[last]
    surface = s.text[a.start : b.end]
    return Ref(surface, a.start, b.end, "person", f"person:{' '.join(surface.split())}")
