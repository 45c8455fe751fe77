"""A count of things no lexicon names: ``count:<stem>`` from the counted
noun's own form.

New domains bring new counted nouns ("14 سربا", "6 عنابر", "ثلاثة صوامع").
The number parser tags only the nouns ``units.toml`` lists, so such a figure
had no field and no claim.  Arabic marks the counted noun (tamyiz) by its
place and form: right after the figure, indefinite (no "ال"), and after a
figure from 11 to 99 a singular in the accusative ("14 سربا", "12 عنبرة" with
its tanwin written as alef or ة).  A word that passes these checks, is not a
function word or adverb (``generic_not_counted`` of ``fields.toml``) and is no
verb form ("قتلوا", "يعملون") is taken as the counted noun; the field is
``count:`` and the word's stem, so only the same word in another outlet
joins it and no other group gains an intruder.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from recon import lexicon
from recon.normalise import key_set, normalise_key
from recon.sentences import stems

if TYPE_CHECKING:
    from recon.entities_ar import Lex
    from recon.fields_ar import Field, Sentence

__all__ = [
    "by_trade",
    "cases_of",
    "count_stem",
    "counted_before",
    "counted_thing",
    "counts_in",
    "escapes",
    "generic_count",
    "like_before",
    "seizes",
    "seizes_phrase",
    "unlisted_count",
]


@lru_cache(maxsize=2)
def _date_words(lang: str) -> frozenset[str]:
    d = lexicon.load("dates", lang)
    tables = (d.get(t, {}) for t in ("months", "hijri_months", "weekdays"))
    return key_set(w for t in tables for ws in t.values() for w in ws)


lexicon.on_clear(_date_words.cache_clear)

_MIN_LETTERS = 3
_POSSESSIVE = ("هما", "هم", "هن", "ها", "نا", "ه")  # pronouns glued to a noun after "من"
_VERB_ENDINGS = ("وا", "ون", "ان", "تم", "تن")  # plural and dual verbs; nominative plurals
_ACCUSATIVE_ENDINGS = ("ا", "ه", "ي")  # "سربا", "عنبره" (ة), "مبنى" (ى → ي)
_NISBA_ENDINGS = ("ي", "يين", "يا")  # ى is written ي in keys: "مبنى" is listed as an item
_YEARS = (1900, 2100)
_ARABIC = frozenset("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئى")


def generic_count(
    text: str, s: Sentence, q: Any, last: int, hi: int, *, lang: str = "ar", of: bool = False
) -> str | None:
    """The ``count:<stem>`` field of figure ``q`` (last token ``last``,
    clause ending at token ``hi``) by the indefinite noun right after it;
    with ``of``, by the noun after "من" ("4 من ركائز الجسر", "12 من
    السيارات"), which is genitive and may be definite."""
    v = q.quantity.value
    if v < 2 or v != int(v) or last + 1 >= hi or _YEARS[0] <= v <= _YEARS[1]:
        return None  # "خلال صائفة 2023 أكثر من": a year, not a count
    nxt = s.toks[last + 1]
    if text[s.toks[last].end : nxt.start].strip() not in ("", ")"):
        return None  # "11 - 3 (كونا)": a bracket or a dash between; "(1,450) لوحا" is fine
    key = nxt.key
    if of:
        if key in lexicon.word_set("fields", "partitive_not_counted", lang):
            return None  # "3 من أصل 10", "5 من بين"
        key = key[2:] if key.startswith("ال") else key
        for suffix in _POSSESSIVE:
            if key.endswith(suffix) and len(key) - len(suffix) >= _MIN_LETTERS:
                key = key[: -len(suffix)]  # "من ركائزه"; "من موظفيها" is then a people noun
                break
    if len(key) < _MIN_LETTERS or not set(key) <= _ARABIC or key.startswith("ال"):
        return None
    if key.startswith("م") and key.endswith(("ين", "ون")):
        return None  # "5 مهربين", "مستفيدين": participles in the plural count people
    if key.endswith(_NISBA_ENDINGS):
        return None  # "12 مليون سوداني", "15 سعوديا": people, whose field needs a verb
    if key.endswith(_VERB_ENDINGS) or key in lexicon.word_set(
        "fields", "generic_not_counted", lang
    ):
        return None  # "7 غادروا", "15 في", "3 فقط"
    if key in _date_words(lang):
        return None  # "في 5 مارس", "3 رمضان": a date the date reader has
    if 11 <= v <= 99 and not of and not key.endswith(_ACCUSATIVE_ENDINGS):
        return None  # "عن 15 نقطة" is fine, "في 15 مارس" a date, "15 قتلوا" a verb
    return "count:" + count_stem(key)


def like_before(s: Sentence, last: int, hi: int, lang: str = "ar") -> bool:
    """Whether the cases counted at token ``last`` ("حالة"/"حالات") are said
    to be like those before ("19 حالة مماثلة"), in the clause ending at ``hi``."""
    return (
        last + 1 < hi
        and s.keys[last] in lexicon.word_set("fields", "case_nouns", lang)
        and s.keys[last + 1] in lexicon.word_set("fields", "case_like_before", lang)
    )


def cases_of(s: Sentence, last: int, hi: int, end: int, lang: str = "ar") -> Field | None:
    """``count:<kind>`` for "87 حالة غش", "12 حالة طلاق": cases (token
    ``last`` is "حالة"/"حالات") of a kind no lexicon lists, named by the
    indefinite noun right after, past the figure's ``end`` ("حالة اثنين
    منهم" names no kind), in the clause ending at token ``hi``.  Cases of a
    listed kind ("حالة وفاة", "حالة اشتباه") never come here."""
    from recon.fields_ar import Field

    if s.keys[last] not in lexicon.word_set("fields", "case_nouns", lang) or last + 1 >= hi:
        return None
    if s.toks[last + 1].start < end:
        return None
    key = s.toks[last + 1].key
    # A doubled root is written with two letters ("حالة غش", "حالة سل").
    if len(key) < _MIN_LETTERS - 1 or not set(key) <= _ARABIC or key.startswith("ال"):
        return None
    if (
        key.endswith(_VERB_ENDINGS)
        or key in lexicon.word_set("fields", "generic_not_counted", lang)
        or key in lexicon.word_set("fields", "case_like_before", lang)
    ):
        return None  # "5 حالات تم رصدها", "3 حالات في", "19 حالة مماثلة"
    if key in _date_words(lang) or key.endswith(_NISBA_ENDINGS):
        return None  # "حالة يومية", "حالات عراقية": how, not what
    return Field("count:" + count_stem(key), s.toks[last + 1].text)


def counted_thing(s: Sentence, last: int, hi: int) -> bool:
    """Whether the word after a figure's last token ``last`` (in its clause,
    ending at ``hi``) is a thing ``[counted_forms]`` lists ("طابقاً",
    "مراكز"): never people, whatever the verb before the figure."""
    if last + 1 >= hi:
        return False
    key = s.keys[last + 1]
    forms = _counted_forms()
    bare = key[:-1] if key.endswith("ا") else key
    return key in forms or bare in _counted_lemmas()


@lru_cache(maxsize=1)
def _counted_lemmas() -> frozenset[str]:
    return frozenset(_counted_forms().values())


lexicon.on_clear(_counted_lemmas.cache_clear)


def count_stem(key: str) -> str:
    """The stem of a counted noun: its inflectional suffixes removed, never
    a glued proclitic.  A noun counted by a figure is indefinite and takes
    no preposition ("1450 لوح", "(1,450) لوحاً"), so a first ل, ب, ك, و or ف
    is the noun's own letter: both forms give ``لوح``, not ``وح``.  A broken
    plural or a synonym the lexicon's ``[counted_forms]`` lists gives its
    singular's stem ("603 مراكز" and "612 مركزا" count one thing)."""
    key = _counted_forms().get(key, key)
    return [v for v in stems(key) if key.startswith(v)][-1]


@lru_cache(maxsize=1)
def _counted_forms() -> dict[str, str]:
    """Form → singular, in matching form, from ``[counted_forms]`` of fields.toml."""
    from recon.normalise import normalise_key

    out: dict[str, str] = {}
    for lemma, forms in lexicon.load("fields").get("counted_forms", {}).items():
        one = normalise_key(lemma)
        for f in forms:
            k = normalise_key(f)
            out[k] = one
            out[k + "ا"] = one  # the accusative, "طوابقاً" is rare but "مركزاً" is not
    return out


lexicon.on_clear(_counted_forms.cache_clear)


def seizes(s: Sentence, first: int, last: int, lang: str = "ar") -> bool:
    """Whether the trigger at tokens ``[first, last]`` is a verb that takes
    things as well as people ("ضبطت الجمارك 3 ملايين حبة", "اعترضت 4
    زوارق"): then a counted noun after the figure says it counts things."""
    return _among(s, first, last, "thing_triggers", lang)


def seizes_phrase(phrase: str, lang: str = "ar") -> bool:
    """Whether a trigger matched as lexicon ``phrase`` is a verb that takes
    things: "ما جرى ضبطه" matched "ضبط", which the sentence's own word with
    its pronoun does not show :func:`seizes`."""
    return normalise_key(phrase) in lexicon.word_set("fields", "thing_triggers", lang)


def counts_in(s: Sentence, after: int, first: int, lang: str = "ar") -> bool:
    """Whether a verb that takes things stands between a trigger ending at
    token ``after`` and the figure at token ``first`` ("ارتفع عدد الموقوفين في
    قضية تهريب 10 ملايين حبة … إلى 5 أشخاص"): the figure is that verb's
    object and counts its own noun, not the trigger's people."""
    return any(_among(s, k, k, "thing_triggers", lang) for k in range(after + 1, first))


def escapes(s: Sentence, first: int, last: int, lang: str = "ar") -> bool:
    """Whether the trigger at tokens ``[first, last]`` says people fled
    ("تمكن 23 سجيناً من الفرار", "23 سجيناً فروا"): prisoners who fled are
    neither held nor displaced (field ``escaped``)."""
    return _among(s, first, last, "escape_words", lang)


def _among(s: Sentence, first: int, last: int, name: str, lang: str) -> bool:
    words = lexicon.word_set("fields", name, lang)
    keys = s.keys[first : last + 1]
    return not words.isdisjoint(k[1:] if k[:1] in "وف" else k for k in keys) or not (
        words.isdisjoint(keys)
    )


def unlisted_count(text: str, s: Sentence, lx: Lex, q: Any, span: tuple[int, int]) -> Field | None:
    """The field of a figure the number parser gave no counted noun, from the
    word after it (``span``: the figure's last token, its clause's end): a
    thing ``[items]`` names that the parser did not tag ("50 ألف مسكن"),
    else a noun no lexicon lists ("14 سربا"); None for a people noun."""
    from recon.fields_ar import Field

    last, hi = span
    # "4 من ركائز الجسر", "12 من السيارات المتوقفة": the noun after "من".
    of = last + 2 < hi and s.keys[last + 1] == "من"
    if of:
        last += 1
    listed = lx.items.match_at(s.toks, last + 1)
    if listed is not None:
        return Field(f"count:{listed.value}", s.toks[last + 1].text)
    if lx.nouns.match_at(s.toks, last + 1) is not None:
        return None
    generic = generic_count(text, s, q, last, hi, of=of)
    if generic is None:
        return None
    named = _named_before(s, lx, last, generic[len("count:") :])
    if named is not None:
        # "ارتفع عدد الوحدات السكنية المسلمة إلى 480 وحدة": the bare noun heads
        # the listed phrase its clause named, and counts what that phrase does.
        return Field(f"count:{named}", s.toks[last + 1].text)
    return Field(generic, s.toks[last + 1].text, generic=True)


_NAMED_BACK = 12  # words back from a figure to the phrase its bare noun heads


def _named_before(s: Sentence, lx: Lex, last: int, stem: str) -> str | None:
    """The ``[items]`` key of a listed phrase of two or more words before the
    figure ending at token ``last``, in its clause, whose first word has the
    stem of the bare noun after the figure (``stem``)."""
    lo = max(s.tok_range(s.clause_of(s.toks[last].start))[0], last - _NAMED_BACK)
    for k in range(last - 1, lo - 1, -1):
        m = lx.items.match_at(s.toks, k)
        if m is not None and m.last > m.first and stem in stems(s.keys[m.first]):
            return str(m.value)
    return None


def counted_before(s: Sentence, lx: Lex, first: int) -> Field | None:
    """The field of a definite cardinal at token ``first`` that counts the
    definite plural right before it ("محتويات الحاويات الثلاث", "الأبراج
    الأربعة عشر"): a listed thing's count, or a plural whose singular's stem
    another outlet's "14 برجاً" shares (a sound feminine plural, or a broken
    plural ``[counted_forms]`` lists).  Anything else ("الأحزاب السبعة") is no
    claim: its stem would match no other outlet's figure."""
    from recon.fields_ar import Field

    if not 0 < first < len(s.keys) or not s.keys[first].startswith("ال"):
        return None
    prev = s.keys[first - 1]
    if not prev.startswith("ال"):
        return None
    listed = lx.items.match_at(s.toks, first - 1)
    if listed is not None:
        return Field(f"count:{listed.value}", s.toks[first - 1].text)
    if lx.nouns.match_at(s.toks, first - 1) is not None:
        return None  # people: the triggers' to read
    key = prev[2:]
    if key in _counted_forms() or (key.endswith("ات") and len(key) >= _MIN_LETTERS + 2):
        return Field("count:" + count_stem(key), s.toks[first - 1].text)
    return None


_COUNT_OF_BACK = 8  # words from "عدد" to the figure that counts its noun


def counted_named(s: Sentence, lx: Lex, first: int, lo: int, lang: str = "ar") -> Field | None:
    """The field of a figure with no noun of its own (first token ``first``,
    clause from token ``lo``) that counts the things named after "عدد"
    before it ("وبلغ عدد الشاحنات العالقة 450"): a listed thing's count.
    An unlisted noun there is in the plural, whose stem no other outlet's
    singular shares ("عدد التوابيت" against "31 تابوتاً"): no claim."""
    from recon.fields_ar import Field

    words = lexicon.word_set("fields", "count_of_words", lang)
    back = max(lo, first - _COUNT_OF_BACK)
    k = next((j for j in range(first - 1, back - 1, -1) if s.keys[j] in words), None)
    if k is None or k + 1 >= first:
        return None
    listed = lx.items.match_at(s.toks, k + 1)
    if listed is None or lx.nouns.match_at(s.toks, k + 1) is not None:
        return None
    return Field(f"count:{listed.value}", s.toks[k + 1].text)


def by_trade(q: Any, *, listed: bool) -> bool:
    """Whether figure ``q`` counts people by a trade or role ("مهندس",
    "عامل", "ممرض", "أثري"), not people in general ("شخص", "مدني") nor by a
    demonym ("29 عراقيا"), unless the field lexicon lists the noun
    (``listed``)."""
    if not q.noun:
        return False
    key = normalise_key(q.noun)
    general = lexicon.word_set("fields", "people_in_general")
    return key not in general and (listed or not _demonym(key))


@lru_cache(maxsize=1 << 12)
def _demonym(key: str) -> bool:
    """Whether a nisba noun names people by a place the gazetteer knows
    ("عراقي", "سوداني"), not by a trade ("أثري", "صحفي", "فني")."""
    from recon.gazetteer import Gazetteer

    return key.endswith("ي") and bool(Gazetteer.default().find_mentions(key))


lexicon.on_clear(_demonym.cache_clear)
