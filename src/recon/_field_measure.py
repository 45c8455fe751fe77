"""The field of a measure (a temperature, a power, a weight …) from its unit,
with the readings its unit alone gets wrong.

* A bare "درجة" is a degree of anything: "وصلت درجات الحرارة إلى 51 درجة"
  is a temperature, "هزة بقوة 5.6 درجات" a magnitude.  It is a temperature
  only in a sentence with a word about heat (``temperature_words`` of
  ``fields.toml``), a magnitude only in one about a quake
  (``magnitude_words``); "درجة مئوية" always is a temperature.
* Millimetres are rain ("هطول 120 ملم"), except a calibre ("عيار 155 ملم").
* A measure right after a word of change ("بارتفاع 3 درجات عن المعدل",
  "بزيادة 400 ميغاواط") is the size of a change, not the measure's level:
  in one group with the level it would be judged a rival figure, so it gets
  ``<field>:change``.
* A duration a few words after a penalty ("بالحبس من سنة إلى 3 سنوات",
  "يحرمون من اجتيازه لمدة 5 سنوات") is its term: ``duration:penalty``
  (``penalty_words``), never how long the event lasted.
* A time allowed for something to come ("وتوقعت الأرصاد موجة برد جديدة
  خلال 48 ساعة", "خلال 72 ساعة المقبلة", "ستُعلن النتائج خلال يومين", "على
  أن يعاد افتتاحه خلال ستين يوماً") is a lead time: ``duration:expected``,
  like "قد يستغرق", never how long the story's event lasted.
* Time added to another ("يضيف نحو ساعتين إلى زمن الرحلة", "ثلاثة أيام
  إضافية") is ``duration:change``.
* A number of years that is a person's age ("يبلغ من العمر 9 سنوات", "أبو
  خالد (63 عاماً)") is no claim (:func:`is_age`).
* A duration after "بعد" is an offset ("بعد يوم واحد من مغادرة القوات"),
  except the time spent in a state that lasts, counted from its start: "بعد
  47 يوما من الاحتجاز", "بعد نحو 40 دقيقة من الإقلاع" say how long the
  captivity, the flight had lasted (``elapsed_states`` of ``fields.toml``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from recon import lexicon
from recon._ordinal_days import is_ordinal_duration
from recon._words import THAT, listed, readings
from recon.normalise import key_set

if TYPE_CHECKING:
    from recon.entities_ar import Lex
    from recon.fields_ar import Sentence

__all__ = ["elapsed", "is_age", "measure_field", "measure_of_thing", "skip_auxiliaries"]

_BARE_DEGREE = "درجة"  # the lemma of the bare noun in units.toml [nouns.celsius]
_TO = key_set(["إلى"])
_AHEAD_REACH = 5  # words before a duration that may say it is expected ("قد يستغرق ما بين")


@lru_cache(maxsize=4)
def _pending_phrases(lang: str) -> tuple[tuple[str, ...], ...]:
    """``pending_words`` of ``fields.toml`` as the matching forms of each
    phrase's words, split once (forgotten when lexicons are reloaded)."""
    return tuple(
        sorted(tuple(p.split()) for p in lexicon.word_set("fields", "pending_words", lang))
    )


lexicon.on_clear(_pending_phrases.cache_clear)


def _pending(s: Sentence, after: int, lang: str) -> bool:
    """Whether the words at token ``after`` say a term is served pending
    something ("لمدة سبعة أيام على ذمة التحقيق": remand, a penalty's kind)."""
    keys = s.keys
    return any(tuple(keys[after : after + len(w)]) == w for w in _pending_phrases(lang))


_PENALTY_REACH = 8  # "قررت منع الصيد في المنطقة المتأثرة لمدة 10": the word, its object, a place
_CHANGE_REACH = 3  # words before a figure that may say it is a change ("بارتفاع قدره نحو")


def measure_field(s: Sentence, q: Any, first: int, base: str, lang: str = "ar") -> str | None:
    """The field of measure ``q`` (first token ``first``) whose unit gives
    ``base``, or None when it is no claim."""
    if base == "duration" and is_ordinal_duration(q):
        return "duration:elapsed"  # "لليوم الثالث على التوالي"
    if base == "temperature" and q.noun == _BARE_DEGREE:
        heat = lexicon.word_set("fields", "temperature_words", lang)
        if heat.isdisjoint(s.keys):
            # "هزة بقوة 5.6 درجات على مقياس ريختر": a quake's magnitude.
            quake = lexicon.word_set("fields", "magnitude_words", lang)
            return None if quake.isdisjoint(s.keys) else "magnitude"
    calibre = lexicon.word_set("fields", "calibre_words", lang)
    if base == "rainfall" and first > 0 and s.keys[first - 1] in calibre:
        return None  # "قذائف عيار 155 ملم": a calibre, not rain
    # The change word right before the figure, past "قدره", "بمقدار", "نحو"
    # …: "ارتفاع الحرارة إلى 50 درجة" names a level, so nothing else may stand
    # between them.
    fillers = lexicon.word_set("fields", "change_fillers", lang)
    lo = s.tok_range(s.clause_of(q.start))[0]
    since = lexicon.word_set("fields", "since_prepositions", lang)
    if base == "duration" and first > 0 and s.keys[first - 1] in since:
        # "الشركة عاجزة منذ 17 يوماً عن تشغيل شاحناتها": how long a state has
        # lasted so far; "وقع الحادث منذ 3 أيام", "أعلنت منذ يومين" only date an event.
        # The verb it belongs to is in its clause, past any "أن" ("وقال إن …").
        hi = s.tok_range(s.clause_of(q.start))[1]
        told = lexicon.word_set("fields", "happened_verbs", lang) | lexicon.word_set(
            "fields", "statement_verbs", lang
        )
        start = max((k + 1 for k in range(lo, first) if s.keys[k] in THAT), default=lo)
        if any(listed(k, told) for k in s.keys[start:hi]):
            return None
        # "400 عامل لم يتقاضوا أجورهم منذ 5 أشهر": the state of the figure before it.
        at = s.toks[start].start if start < len(s.toks) else q.start
        return None if any(at <= f < q.start for f in s.figures) else base + ":elapsed"
    if base == "duration":
        # "التحقيق الذي قد يستغرق ما بين 30 و60 يوماً": how long something is
        # expected to take, not a time that has passed.
        ahead = lexicon.word_set("fields", "expected_duration_verbs", lang)
        if not ahead.isdisjoint(s.keys[max(lo, first - _AHEAD_REACH) : first]):
            return base + ":expected"
        if _lead_time(s, q, first, lo, lang) or _forecast_that(s, first, lo, lang):
            return base + ":expected"
        if _added(s, q, lang):
            return base + ":change"
        # "بالحبس من سنة إلى 3 سنوات", "يحرمون من اجتيازه لمدة 5 سنوات": a
        # penalty's term, never how long the event itself lasted.
        penalty = lexicon.word_set("fields", "penalty_words", lang)
        before = s.keys[max(lo, first - _PENALTY_REACH) : first]
        if any(listed(k, penalty) for k in before) or _pending(s, s.tok(q.end), lang):
            return base + ":penalty"
    if base in _HELD and _bracketed_size(s, q, first):
        # "سعر تنكة الزيت (16 كيلوغراماً)": the size of one of the things named
        # before the bracket, not a quantity the story counts.
        return base + ":per_unit"
    if base in _HELD and _capacity_before(s, first, lo, lang):
        # "ويتسع الصهريج الواحد لنحو 36 ألف لتر": what a thing can hold, never
        # the quantity the story counts.
        return base + ":capacity"
    k = first - 1
    while k >= max(lo, first - _CHANGE_REACH) and s.keys[k] in fillers:
        k -= 1
    if k >= lo and s.keys[k] in lexicon.word_set("fields", "change_words", lang):
        return base + ":change"
    return base


_HELD = frozenset({"volume", "weight", "area", "power"})  # measures a thing can hold
_CAPACITY_REACH = 5  # "يتسع الصهريج الواحد لنحو": the word, the thing, a hedge


@lru_cache(maxsize=4)
def _capacity_words(lang: str) -> frozenset[str]:
    words = lexicon.load("fields", lang).get("triggers", {}).get("capacity", [])
    return key_set(w for p in words for w in str(p).split())


lexicon.on_clear(_capacity_words.cache_clear)


def _capacity_before(s: Sentence, first: int, lo: int, lang: str) -> bool:
    """Whether a capacity word ("يتسع", "سعة", "بطاقة استيعابية") stands a few
    words before the measure at token ``first`` in its clause."""
    words = _capacity_words(lang)
    return any(listed(k, words) for k in s.keys[max(lo, first - _CAPACITY_REACH) : first])


_CONTAINER_BACK = 3  # "تنكة زيت الزيتون (": the container, what it holds


def _bracketed_size(s: Sentence, q: Any, first: int, lang: str = "ar") -> bool:
    """Whether measure ``q`` stands alone in brackets a few words after a
    container ("سعر تنكة الزيت (16 كيلوغراماً)", ``container_nouns``): the size
    of one container, not a quantity ("300 طن (نحو 330 ألف لتر)" converts)."""
    if not _alone_in_brackets(s.text, q):
        return False
    containers = lexicon.word_set("fields", "container_nouns", lang)
    return any(
        listed(k, containers, article=True) for k in s.keys[max(0, first - _CONTAINER_BACK) : first]
    )


_FORECAST_REACH = 7  # "متوقعاً أن يستمر الموسم نحو 6": forecast, أن, verb, subject, hedge


def _forecast_that(s: Sentence, first: int, lo: int, lang: str) -> bool:
    """Whether the duration at token ``first`` is what a forecast says will
    last: a forecasting word, "أن" and an imperfect verb before it
    ("متوقعاً أن يستمر الموسم نحو 6 أسابيع")."""
    forecast = lexicon.word_set("fields", "forecast_words", lang)
    back = s.keys[max(lo, first - _FORECAST_REACH) : first]
    # "وتوقع المدير أن تستمر": the forecaster may stand before "أن".
    return any(
        listed(k, forecast) and back[j] in THAT and back[j + 1][:1] in "يت"
        for i, k in enumerate(back)
        for j in range(i + 1, min(i + 3, len(back) - 1))
    )


def _added(s: Sentence, q: Any, lang: str) -> bool:
    """Whether the duration ``q`` is time added to another ("ساعتين إلى زمن
    الرحلة", "ثلاثة أيام إضافية")."""
    k = s.tok(q.end)
    if k >= len(s.keys):
        return False
    if s.keys[k] in lexicon.word_set("fields", "added_after", lang):
        return True
    to = lexicon.word_set("fields", "added_to", lang)
    return s.keys[k] in _TO and k + 1 < len(s.keys) and s.keys[k + 1] in to


def _lead_time(s: Sentence, q: Any, first: int, lo: int, lang: str) -> bool:
    """Whether the duration at token ``first`` is the time until a forecast
    event: "خلال"/"غضون" right before it, and a forecasting word earlier in
    its clause or a word of the future right after it."""
    within = lexicon.word_set("fields", "within_words", lang)
    if first == 0 or not listed(s.keys[first - 1], within):
        return False
    after = s.tok(q.end)
    if after < len(s.keys) and s.keys[after] in lexicon.word_set("fields", "future_words", lang):
        return True
    forecast = lexicon.word_set("fields", "forecast_words", lang)
    if any(listed(k, forecast) for k in s.keys[lo : first - 1]):
        return True
    at = max(lo, first - 1 - _FUTURE_BACK)
    back = s.keys[at : first - 1]
    if any(_future_verb(r, lang) for k in back for r in readings(k)):
        return True
    # "بقروض تسدد خلال 6 أشهر": an imperfect verb right before "خلال", a term.
    if first >= 2 and _imperfect(s.keys[first - 2]):
        return True
    # "على أن يعاد افتتاحه خلال ستين يوماً": أن and an imperfect, a time to come.
    return any(
        k in THAT and nxt[:1] in "يتن" and len(nxt) >= 3
        for k, nxt in zip(back, s.keys[at + 1 : first - 1], strict=False)
    )


def _imperfect(key: str) -> bool:
    """Whether ``key`` reads as a bare imperfect verb ("تسدد", "ينجز", "تصرف"):
    ي or ت and three or four root letters, no article, no suffix (an
    adverb "تماماً" ends in its tanween)."""
    return key[:1] in "يت" and 4 <= len(key) <= 5 and not key.endswith(("ه", "ا", "ات", "ين", "ون"))


_FUTURE_BACK = 5  # "ستُعلن نتائج التحاليل المخبرية خلال": the verb, then its subject


@lru_cache(maxsize=4)
def _not_future_starts(lang: str) -> tuple[str, ...]:
    # A tuple for str.startswith, built once, not per word.
    return tuple(sorted(lexicon.word_set("fields", "not_future_starts", lang)))


lexicon.on_clear(_not_future_starts.cache_clear)


def _future_verb(key: str, lang: str) -> bool:
    """Whether ``key`` is an imperfect verb with the future's سـ ("ستعلن", "سيتم")."""
    if len(key) < 4 or key[0] != "س" or key[1] not in "يتن":
        return False
    return not key.startswith(_not_future_starts(lang))


_AGE_REACH = 3  # "البالغ من العمر نحو 63": the age word, then "من" and a hedge
_SPACES = " \u00a0"


def is_age(text: str, s: Sentence, q: Any, first: int, lang: str = "ar") -> bool:
    """Whether the number of years at token ``first`` is a person's age: an
    age word just before it ("يبلغ من العمر 9 سنوات", "ابن 12 عاماً"), or the
    number of years alone in brackets ("أبو خالد (63 عاماً)")."""
    ages = lexicon.word_set("fields", "age_words", lang)
    lo = s.tok_range(s.clause_of(q.start))[0]
    if not ages.isdisjoint(s.keys[max(lo, first - _AGE_REACH) : first]):
        return True
    if q.quantity.unit != "year":
        return False  # "استمر الحصار (52 يوماً)": a bracketed length of time
    return _alone_in_brackets(text, q) or _reached_by_person(s, first, lo, lang)


def _reached_by_person(s: Sentence, first: int, lo: int, lang: str) -> bool:
    """Whether a verb of reaching stands between a person and the number of
    years at token ``first`` ("شاب يبلغ 23 عاماً", "رجل يناهز 60 عاماً",
    "طفلة تبلغ نحو خمس سنوات"): the verb may open the figure as its hedge."""
    verbs = lexicon.word_set("fields", "age_verbs", lang)
    for k in (first, first - 1):
        if lo < k < len(s.keys) and s.keys[k] in verbs:
            return s.keys[k - 1] in _persons(lang)
    return False


@lru_cache(maxsize=4)
def _persons(lang: str) -> frozenset[str]:
    """The matching keys of the nouns that name a person ([nouns] people and
    personnel of ``fields.toml``)."""
    nouns = lexicon.load("fields", lang).get("nouns", {})
    return key_set(str(w) for kind in ("people", "personnel") for w in nouns.get(kind, []))


lexicon.on_clear(_persons.cache_clear)


def _alone_in_brackets(text: str, q: Any) -> bool:
    """Whether figure ``q`` is all that stands between its brackets ("(63 عاماً)")."""
    before = text[max(0, q.start - 3) : q.start].rstrip(_SPACES)
    after = text[q.end : q.end + 3].lstrip(_SPACES)
    return before.endswith("(") and after.startswith(")")


def elapsed(s: Sentence, first: int, last: int, lang: str = "ar") -> bool:
    """Whether the duration of tokens ``[first, last]`` is time spent in a
    lasting state since it began: "بعد 47 يوما من الاحتجاز"."""
    if first == 0 or last + 2 >= len(s.toks) or s.keys[last + 1] != "من":
        return False
    if s.keys[first - 1] not in lexicon.word_set("fields", "elapsed_after", lang):
        return False
    states = lexicon.word_set("fields", "elapsed_states", lang)
    nxt = s.keys[last + 2]
    return nxt in states or (nxt.startswith("ال") and nxt[2:] in states)


_AUXILIARIES = 2  # "كانوا قد": at most two auxiliary words before the verb


def skip_auxiliaries(s: Sentence, at: int, hi: int, lang: str = "ar") -> int:
    """Token ``at`` moved past auxiliary words ("كانوا قد أوقفوا", "قد
    أصيبوا") to the verb that says what happened to the people just counted;
    "كانوا في" (people present) is left for its own rule."""
    aux = lexicon.word_set("fields", "auxiliaries", lang)
    k = at
    while k < min(hi, at + _AUXILIARIES) and s.keys[k] in aux:
        k += 1
    if k < len(s.keys) and s.keys[k] == "في":
        return at
    return k


_MEASURE_NEAR = 3  # words from a measure word to its figure
_MEASURE_FAR = 7  # words from a measure word to its figure past a verb of amounting
_BETWEEN_AFTER = 2  # words from a length to the "بين" of the two places it lies between


def measure_of_thing(
    s: Sentence, lx: Lex, span: tuple[int, int], clause: tuple[int, int], floor: int
) -> str | None:
    """The measure a length at tokens ``span`` gives, from a measure word
    before it ("على ارتفاع 1800 متر", "بئر بعمق 450 متراً": a height, a
    depth, never a distance), or None; ``floor`` is the first token after
    the previous figure, ``clause`` its clause's bounds.  Only lengths:
    "وتعهدت قطر بتقديم 50 مليون" is Qatar.  A verb of amounting lets the
    measure word stand further back ("التي يبلغ عمقها في تلك المنطقة نحو 4
    أمتار"); one after "و" measures the same way ("وقطره 16 بوصة")."""
    first, last = span
    lo, hi = clause
    near = max(lo, first - _MEASURE_NEAR, floor)
    amounts = lexicon.word_set("fields", "amount_verbs")  # "يبلغ", "تصل" …
    if not amounts.isdisjoint(s.keys[max(lo, first - _MEASURE_FAR) : first]):
        near = max(lo, first - _MEASURE_FAR, floor)
    for k in range(first - 1, near - 1, -1):
        key = s.toks[k].key
        measure = lx.measure_words.get(key) or (
            lx.measure_words.get(key[1:]) if key[:1] in "وف" else None
        )
        if measure is None:
            continue
        if measure == "length" and "بين" in s.keys[last + 1 : min(hi, last + 1 + _BETWEEN_AFTER)]:
            # "الطريق الممتد نحو 50 كيلومتراً بين البلدة والمعبر": the
            # length of a way between two places is their distance.
            return "distance"
        return str(measure)
    return None
