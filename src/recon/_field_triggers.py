"""The words around a figure's counted people that say what it counts,
for :mod:`recon.fields_ar`.

The trigger of a figure ("قتل", "أصيب", "نزوح") is looked for before it,
then after its counted noun.  These helpers keep that look-up from
reading the wrong words:

* a trigger spelled like a particle ("فقد غادر 250 جنديا": ف + قد, no one
  missing) counts only right before the figure (:func:`is_particle`);
* the words after the people start past hedges and an apposition ("40
  مهاجرا على الأقل حتفهم", "25 مليون شخص، أي أكثر من نصف السكان، بحاجة
  إلى") and stay in their clause (:func:`after_span`);
* members of a force are hurt by a trigger after the force's name ("7 من
  أعوان الحماية المدنية أصيبوا", :func:`hurt_after`);
* "و" and a noun right after a figure is the next item of a list, not the
  noun the figure counts ("بلغ عدد القتلى 12 والجرحى 30", :func:`next_item`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recon._words import Token

if TYPE_CHECKING:
    from recon._lex import Lex
    from recon._nearest import Near
    from recon._sentence_view import Sentence
    from recon.sentences import PhraseMatch

__all__ = ["after_span", "hurt_after", "is_particle", "next_item"]

_HEDGE_WORDS = 4  # words of a hedge after a figure ("على أقل تقدير")


def next_item(s: Sentence, lx: Lex, k: int) -> bool:
    """Whether word ``k`` is "و" and a noun of its own ("والجرحى"): the next
    item of a list, never the noun a figure right before it counts ("480
    وحدة" keeps its own و)."""
    t = s.toks[k]
    if not t.key.startswith("و") or len(t.key) < 4:
        return False
    bare = [Token(t.start + 1, t.end, t.text[1:], t.key[1:])]
    return lx.nouns.match_at(bare, 0) is not None or lx.items.match_at(bare, 0) is not None


_FORCE_NAME_WORDS = 3  # defined words naming the force after its members ("الحماية المدنية")


def hurt_after(s: Sentence, role_span: tuple[int, int] | None, hi: int) -> PhraseMatch | None:
    """A casualty trigger right after the counted members and the defined
    words naming their force, in the same clause, if any."""
    from recon.fields_ar import CASUALTY

    if role_span is None:
        return None
    at = s.tok(role_span[1])
    if at < hi and s.toks[at].key == "من" and at + 1 < hi:
        # "7 عناصر من حرس السجن أصيبوا": the force's name after "من", its
        # head noun in construct.
        at += 1
        k = at + 1
    else:
        k = at
    # "فرق البحث والإنقاذ": the name's defined words, joined by و too.
    while k < min(hi, at + _FORCE_NAME_WORDS) and s.toks[k].key.startswith(("ال", "وال")):
        k += 1
    found = s.near("trig_after").first_in(k, min(k + 1, hi))
    if found is None or found.value not in CASUALTY | {"casualty"}:
        return None
    return found  # type: ignore[no-any-return]


def is_particle(s: Sentence, lx: Lex, trig: PhraseMatch, first: int) -> bool:
    """Whether a trigger that is also a particle ("فقد غادر 250 جنديا") is
    the particle here: a word other than a hedge stands between it and the
    figure."""
    if trig.first != trig.last or s.toks[trig.first].key not in lx.adjacent_triggers:
        return False
    return any(s.toks[k].key not in lx.hedges_before for k in range(trig.last + 1, first))


# "من جنسية آسيوية", "من الجنسية السورية", "من جنسيات مختلفة" (matching forms).
_NATIONALITY = frozenset({"جنسيه", "الجنسيه", "جنسيات"})


_ASIDE_WORDS = 6  # words of a bracketed aside after counted people ("(23 عاماً)")


def after_span(s: Sentence, lx: Lex, at: int, hi: int) -> tuple[int, int]:
    """Where the words after a figure's counted people start, past hedges
    ("40 مهاجرا على الأقل حتفهم") and an apposition ("25 مليون شخص، أي أكثر
    من نصف السكان، بحاجة إلى"), and the end of the clause they are in: a
    verb after the people never comes from another clause ("تجاوز 80 شخصا،
    وأن أسرا كثيرة")."""
    stop = min(hi, at + _HEDGE_WORDS)
    while at < stop and s.toks[at].key in lx.hedges_after:
        at += 1
    if 0 < at < len(s.toks) and "(" in s.text[s.toks[at - 1].end : s.toks[at].start]:
        # "لقي شاب (23 عاماً) حتفه": an aside in brackets, then the verb.
        for k in range(at + 1, min(len(s.toks), at + _ASIDE_WORDS)):
            if ")" in s.text[s.toks[k - 1].end : s.toks[k].start]:
                at = k
                break
    if at + 2 < hi and s.keys[at] == "من" and s.keys[at + 1] in _NATIONALITY:
        at += 3  # "تسعة عمال من جنسية آسيوية ضبطوا": who they are, then the verb
    if at < hi or at >= len(s.toks):
        return at, hi
    nxt = s.clause_of(s.toks[at].start)
    if s.toks[at].key in lx.appositive:
        past = s.tok(nxt.end)
        if past < len(s.toks):
            c = s.clause_of(s.toks[past].start)
            return past, s.tok(c.end)
    return at, at


_PLACE_WORDS = 5  # words of a place between counted people and their verb
_IN = frozenset({"في", "داخل", "قرب"})


def verb_past_place(s: Sentence, at: int, hi: int) -> PhraseMatch | None:
    """The verb after a place said right after counted people: "85 ألف طفل
    في مخيمات النزوح بمحافظة مأرب تلقوا لقاح الحصبة".  Only a plural verb
    (ending وا/ون) within a few words of the place's "في", in the clause."""
    if at >= hi or s.keys[at] not in _IN:
        return None
    near: Near[PhraseMatch] = s.near("trig_after")
    lo, end = at + 2, min(at + 2 + _PLACE_WORDS, hi)
    while lo < end and (m := near.first_in(lo, end)) is not None:
        if s.keys[m.first].endswith(("وا", "ون")):
            return m
        lo = m.first + 1  # "في مخيمات النزوح … تلقوا": a noun of the place
    return None
