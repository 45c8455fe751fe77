"""Who a sentence attributes its figures to, and which wires an article credits.

Attribution reads the patterns Arabic news uses to source a statement:
a speech verb and its subject ("قال المتحدث باسم التحالف …", "أعلنت وزارة
الصحة"), "according to" phrases ("بحسب بيان للتحالف", "وفق مصدر عسكري"),
a speaker before a medium with the verb lost ("الناطق باسم التحالف، مايلز
كاغينز، لوكالة الأنباء العراقية"), "as stated in the statement", and a
subject-less "أضاف"/"أوضح" that continues the previous speaker.  All words come
from the ``entities`` lexicon.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import compress

import attrs

from recon import lexicon
from recon._phrase_index import PhraseIndex, phrase_index
from recon._words import listed
from recon.normalise import key_set, normalise_key
from recon.sentences import PhraseSet, Segment, Token, stems, token_keys, tokenize

__all__ = ["Attribution", "extract_credits", "find_attributions"]

_MAX_SPEAKER_TOKENS = 12
_CONTINUE_BACK = 4  # sentences a subject-less "أضاف" may reach back
_HARD_PUNCT = frozenset('،,:;؛"“”«»()[]!?؟.')


@attrs.frozen
class Attribution:
    """A speaker or reporting source at ``[start, end)``; ``kind`` says how it was found."""

    speaker: str
    start: int
    end: int
    kind: str


@attrs.frozen
class _Lex:
    verbs: PhraseSet
    continuation: frozenset[str]
    according: PhraseSet
    as_stated: PhraseSet
    titles: PhraseSet
    media: PhraseSet
    breakers: frozenset[str]
    source_nouns: frozenset[str]
    credits: PhraseSet
    credit_labels: frozenset[str]
    auxiliaries: frozenset[str]
    conditionals: frozenset[str]
    generic_credits: frozenset[str]
    announced: frozenset[str]


@lru_cache(maxsize=4)
def _lex(lang: str) -> _Lex:
    d = lexicon.load("entities", lang)
    credits = d.get("credits", {})
    return _Lex(
        verbs=PhraseSet(((w, "v") for w in d.get("speech_verbs", [])), verbs=True),
        continuation=key_set(d.get("continuation_verbs", [])),
        according=PhraseSet(((w, "a") for w in d.get("according_to", [])), strip_suffixes=False),
        as_stated=PhraseSet(((w, "s") for w in d.get("as_stated_in", [])), strip_suffixes=False),
        titles=PhraseSet(((w, "t") for w in d.get("titles", [])), strip_suffixes=False),
        media=PhraseSet(((w, "m") for w in d.get("media_prepositions", [])), strip_suffixes=False),
        breakers=key_set(d.get("speaker_breakers", [])),
        source_nouns=key_set(d.get("source_nouns", [])),
        credits=PhraseSet(((k, str(v)) for k, v in credits.items()), strip_suffixes=False),
        credit_labels=key_set(d.get("credit_line_labels", [])),
        auxiliaries=key_set(d.get("past_auxiliaries", [])),
        conditionals=key_set(d.get("conditionals", [])),
        generic_credits=frozenset(str(x) for x in d.get("generic_credits", [])),
        announced=key_set(d.get("announced_nouns", [])),
    )


lexicon.on_clear(_lex.cache_clear)


def _punct_between(text: str, a: Token, b: Token) -> bool:
    return not _HARD_PUNCT.isdisjoint(text[a.end : b.start])


def _is_breaker(lx: _Lex, tok: Token) -> bool:
    return listed(tok.key, lx.breakers) is not None


@attrs.frozen
class _Ctx:
    """Per-document facts the phrase scanner needs."""

    stops: frozenset[int]  # offsets where a phrase must end (dates)
    entity_starts: frozenset[int]  # offsets where a known entity begins
    entity_ends: frozenset[int]  # offsets where a known entity ends


_RELATIVES = frozenset({"الذي", "التي"})
_OPEN_QUOTES = frozenset({'"', "«", "“"})
_CLOSE_QUOTES = frozenset({'"', "»", "”"})
_THAT = frozenset({"ان", "إن", "بان", "انه", "انها", "الي", "ايضا", "كذلك"})


def _phrase(
    text: str, toks: Sequence[Token], i: int, lx: _Lex, ctx: _Ctx
) -> tuple[int, int] | None:
    """The speaker phrase starting at token ``i``: ``(first, last)`` token indexes."""
    if i >= len(toks) or toks[i].start in ctx.stops or _is_breaker(lx, toks[i]):
        return None
    if toks[i].key in lx.announced:
        return None  # "وأكد مقتل جنديين": what was said, its speaker unnamed
    first = last = i
    title = lx.titles.match_at(toks, i)
    # "الناطق باسم التحالف، مايلز كاغينز": the name follows the comma.
    spokesman = title is not None and title.phrase.endswith("باسم")
    comma_ok = spokesman
    quoted = False
    j = i + 1
    while j < len(toks) and j - first < _MAX_SPEAKER_TOKENS:
        tok = toks[j]
        if _punct_between(text, toks[j - 1], tok):
            between = text[toks[j - 1].end : tok.start].strip()
            if comma_ok and between in ("،", ","):
                comma_ok = False
            elif j == first + 1 and between in _OPEN_QUOTES and not quoted:
                # 'وقدّر فريق "منسقو استجابة سوريا"': a group's quoted name,
                # up to the closing mark (where the next gap breaks).
                quoted = True
            else:
                break
        if tok.start in ctx.stops or lx.media.match_at(toks, j) is not None:
            break
        if tok.key in lx.announced:
            break  # "أعلنت الوزارة وفاة 3 مصابين": what was announced, not who
        if (
            toks[j - 1].end in ctx.entity_ends
            and not spokesman
            and lx.titles.match_at(toks, j) is None
        ):
            # "أعلنت وزارة الصحة السورية تسجيل …": the subject ends with the entity.
            break
        # "العميد علي قانصو": after a title, علي is a name, not على.
        if _is_breaker(lx, tok) and not (tok.key == "علي" and lx.titles.match_at(toks, j - 1)):
            # "مصدر في وزارة الدفاع": a bare source noun takes its complement.
            if tok.key in ("في", "من") and j == first + 1 and toks[first].key in lx.source_nouns:
                j += 1
                continue
            # "المتحدث باسم التحالف الذي تقوده الولايات المتحدة العقيد مايلز":
            # a relative clause between a title and the name.
            if tok.key in _RELATIVES and title is not None:
                ahead = next(
                    (k for k in range(j + 1, min(j + 6, len(toks))) if lx.titles.match_at(toks, k)),
                    None,
                )
                if ahead is not None and not any(
                    _punct_between(text, toks[k - 1], toks[k]) for k in range(j, ahead + 1)
                ):
                    j = ahead
                    continue
            break
        last = j
        j += 1
    return first, last


def _conditional(lx: _Lex, toks: Sequence[Token], i: int) -> bool:
    """Whether the verb at token ``i`` follows a conditional particle."""
    # The two words before it, tested in place: a generator costs more than the tests.
    c = lx.conditionals
    return (i >= 2 and toks[i - 2].key in c) or (i >= 1 and toks[i - 1].key in c)


def _credible(lx: _Lex, toks: Sequence[Token], i: int, ctx: _Ctx) -> bool:
    """Whether an "according to" phrase names a source (not "حسب الاتفاقيات")."""
    tok = toks[i]
    return (
        tok.start in ctx.entity_starts
        or tok.key in lx.source_nouns
        or any(v in lx.source_nouns for v in stems(tok.key))
        or lx.titles.match_at(toks, i) is not None
        or lx.credits.match_at(toks, i) is not None
    )


def _make(text: str, toks: Sequence[Token], span: tuple[int, int], kind: str) -> Attribution:
    s, e = toks[span[0]].start, toks[span[1]].end
    if e < len(text) and text[e] in _CLOSE_QUOTES and not _OPEN_QUOTES.isdisjoint(text[s:e]):
        e += 1  # 'فريق "منسقو استجابة سوريا"': the quoted name's closing mark
    return Attribution(text[s:e], s, e, kind)


class _History:
    """The attributions read so far, indexed for the questions later ones ask:
    the last one, the last statement, and the last multi-word speaker holding
    a given word — each answered in constant time however long the article."""

    __slots__ = ("_source_nouns", "by_word", "last", "last_statement")

    def __init__(self, source_nouns: frozenset[str]) -> None:
        self.last: Attribution | None = None
        self.last_statement: Attribution | None = None
        self.by_word: dict[str, Attribution] = {}
        self._source_nouns = source_nouns

    def __bool__(self) -> bool:
        return self.last is not None

    def add(self, att: Attribution) -> None:
        self.last = att
        words = normalise_key(att.speaker).split()
        if words and words[0] in self._source_nouns:
            self.last_statement = att
        if len(words) > 1:
            for w in words:
                self.by_word[w] = att

    def expand(self, att: Attribution) -> Attribution:
        """A bare surname ("أضاف كيغنز") stands for the fuller phrase said before."""
        key = normalise_key(att.speaker)
        if " " in key:
            return att
        prev = self.by_word.get(key)
        if prev is not None:
            return Attribution(prev.speaker, att.start, att.end, att.kind)
        return att


class _Seen:
    """The history a sentence sees: the article's (or nothing, after a long
    gap) followed by what the sentence itself has found so far."""

    def __init__(self, history: _History | None, source_nouns: frozenset[str]) -> None:
        self.base = history
        self.own = _History(source_nouns)

    def __bool__(self) -> bool:
        return bool(self.own) or bool(self.base)

    @property
    def last(self) -> Attribution | None:
        return self.own.last or (self.base.last if self.base is not None else None)

    @property
    def last_statement(self) -> Attribution | None:
        found = self.own.last_statement
        if found is None and self.base is not None:
            found = self.base.last_statement
        return found

    def expand(self, att: Attribution) -> Attribution:
        out = self.own.expand(att)
        if out is att and self.base is not None:
            out = self.base.expand(att)
        return out


def _index(lx: _Lex) -> PhraseIndex:
    return phrase_index(lx.verbs, lx.as_stated, lx.according, lx.media)


def _sentence_attributions(
    text: str, toks: Sequence[Token], lx: _Lex, seen: _Seen, ctx: _Ctx, *, live: list[int]
) -> list[Attribution]:
    """The attributions of one sentence; ``live`` holds, per token, the kinds
    of phrase it may start (a bit each, in the order of :func:`_index`)."""
    out: list[Attribution] = []
    title_at: int | None = -1  # the sentence's first title, found on first need
    spoken = False  # whether out holds a speech attribution

    def add(att: Attribution) -> None:
        nonlocal spoken
        out.append(att)
        seen.own.add(att)
        spoken = spoken or att.kind == "speech"

    # Only the tokens that start a phrase the rules below look for are visited.
    resume = 0  # the first token past the last phrase taken
    for i in compress(range(len(live)), live):
        if i < resume:
            continue
        kinds = live[i]
        m = lx.verbs.match_at(toks, i) if kinds & 1 else None
        if m is not None and _conditional(lx, toks, i):
            # "وإذا أعلنت بريطانيا …، فإن فرنسا …": a hypothetical statement
            # attributes nothing.
            resume = m.last + 1
            continue
        if m is not None:
            nxt = toks[m.last + 1] if m.last + 1 < len(toks) else None
            span = _phrase(text, toks, m.last + 1, lx, ctx)
            if span is not None:
                add(seen.expand(_make(text, toks, span, "speech")))
            elif (
                nxt is None or nxt.key in _THAT or toks[i].key in lx.continuation
            ) and seen.last is not None:
                prev = seen.last
                add(Attribution(prev.speaker, toks[i].start, toks[m.last].end, "continuation"))
            elif i > 1 and toks[i - 1].key == "قد":
                # "وكانت الأمم المتحدة قد أعلنت": the subject sits between كان and قد.
                start = i - 2
                while (
                    start > 0
                    and i - start < _MAX_SPEAKER_TOKENS
                    and normalise_key(toks[start].key) not in lx.auxiliaries
                    and not _punct_between(text, toks[start - 1], toks[start])
                ):
                    start -= 1
                if normalise_key(toks[start].key) in lx.auxiliaries and start < i - 2:
                    add(_make(text, toks, (start + 1, i - 2), "speech"))
            elif i > 0 and nxt is not None and nxt.key in _THAT:
                # Subject before the verb: "التحالف الدولي أشار الى أن …".
                start = i
                while (
                    start > 0
                    and i - start < 5
                    and not _punct_between(text, toks[start - 1], toks[start])
                ):
                    start -= 1
                add(_make(text, toks, (start, i - 1), "speech"))
            resume = m.last + 1
            continue
        m = lx.as_stated.match_at(toks, i) if kinds & 2 else None
        if m is not None:
            said = seen.last_statement
            if said is not None:
                add(Attribution(said.speaker, toks[i].start, toks[m.last].end, "statement"))
            else:
                span = _phrase(text, toks, m.last + 1, lx, ctx)
                if span is not None:
                    add(_make(text, toks, span, "statement"))
            resume = m.last + 1
            continue
        m = lx.according.match_at(toks, i) if kinds & 4 else None
        if m is not None:
            j = m.last + 1
            # "حسب ما أعلنت عنه السلطات": skip the relative clause's verb.
            if j < len(toks) and toks[j].key == "ما":
                j += 1
                if j < len(toks) and lx.verbs.match_at(toks, j) is not None:
                    j += 1
                if j < len(toks) and toks[j].key.startswith("عن"):
                    j += 1
            span = (
                _phrase(text, toks, j, lx, ctx)
                if j < len(toks) and _credible(lx, toks, j, ctx)
                else None
            )
            if span is not None:
                att = _make(text, toks, span, "according")
                if not m.phrase.endswith("ل") and toks[j].key.startswith("ل") and m.phrase != "حسب":
                    # "وفقا لمصادر طبية": the glued ل belongs to "وفقا".
                    att = Attribution(att.speaker[1:], att.start + 1, att.end, att.kind)
                add(att)
                resume = span[1] + 1
            else:
                resume = j
            continue
        # A medium only stands for a lost verb in a sentence with no speaker yet.
        m = lx.media.match_at(toks, i) if kinds & 8 and i > 0 and not spoken else None
        if m is not None:
            # "الناطق باسم التحالف، مايلز كاغينز، لوكالة …": the verb was lost.
            if title_at == -1:
                title_at = next(
                    (k for k in range(len(toks)) if lx.titles.match_at(toks, k) is not None), None
                )
            if (
                title_at is not None
                and title_at < i
                and i - title_at <= _MAX_SPEAKER_TOKENS
                and toks[i].key.startswith("ل")
            ):
                add(_make(text, toks, (title_at, i - 1), "media"))
    return out


def find_attributions(
    text: str,
    sentences: Sequence[Segment],
    *,
    stops: Sequence[int] = (),
    entities: Sequence[tuple[int, int]] = (),
    lang: str = "ar",
    tokens: Sequence[Sequence[Token]] | None = None,
    keys: Sequence[Sequence[str]] | None = None,
) -> dict[int, list[Attribution]]:
    """Attributions per sentence index, in reading order.

    ``stops`` are offsets where a speaker phrase must end (the starts of date
    expressions, so "السلطات الصحية العراقية الخميس" loses its weekday);
    ``entities`` the spans of known entities (a subject ends with one).
    ``tokens``, when given, holds each sentence's words as
    :func:`recon.sentences.tokenize` cuts them (in the order of
    ``sentences``), so a caller that has them does not tokenise twice;
    ``keys``, with ``tokens``, their words' matching forms.
    """
    lx = _lex(lang)
    ctx = _Ctx(
        frozenset(stops), frozenset(s for s, _ in entities), frozenset(e for _, e in entities)
    )
    out: dict[int, list[Attribution]] = {}
    history = _History(lx.source_nouns)
    last_sentence = -(10**9)
    index = _index(lx)
    for n, seg in enumerate(sentences):
        toks = tokens[n] if tokens is not None else tokenize(text, seg.start, seg.end)
        # One look-up per word says which phrases each may start; a sentence
        # with none attributes nothing.
        live = index.masks(keys[n] if keys is not None and tokens is not None else token_keys(toks))
        if not any(live):
            continue
        recent = history if seg.index - last_sentence <= _CONTINUE_BACK else None
        seen = _Seen(recent, lx.source_nouns)
        found = _sentence_attributions(text, toks, lx, seen, ctx, live=live)
        if found:
            out[seg.index] = found
            for a in found:
                history.add(a)
            last_sentence = seg.index
    return out


def _credit_names(lx: _Lex, toks: Sequence[Token]) -> list[str] | None:
    """The credits a short line consists of, or None if it holds anything else."""
    names: list[str] = []
    i = 0
    while i < len(toks):
        m = lx.credits.match_at(toks, i)
        if m is None:
            return None
        names.append(m.value)
        i = m.last + 1
    return names


def extract_credits(text: str, *, lang: str = "ar") -> list[str]:
    """Wire and outlet credits printed in ``text``, without repeats: named
    outlets and wires first (in text order), then generic credits ("وكالات"),
    then unrecognised source lines (a bare host name), so the first is the
    outlet proper.

    Recognised: a parenthesised credit in a dateline ("بغداد (ا ف ب) –"), a
    short line made only of credits ("ليفانت – وكالات" → "Levant News",
    "وكالات"), and a source line ("المصدر : news.example.com" → the host).
    Known wires are given their usual Latin name ("رويترز" → "Reuters").
    """
    lx = _lex(lang)
    found: list[str] = []
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        stripped = line.strip()
        if not stripped:
            continue
        colon = next((k for k, c in enumerate(stripped) if c in ":："), -1)
        if 0 < colon < 20 and normalise_key(stripped[:colon]) in lx.credit_labels:
            value = stripped[colon + 1 :].strip()
            if value:
                names = _credit_names(lx, tokenize(value))
                found.extend(names if names else [value])
            continue
        toks = tokenize(text, start, start + len(line))
        if 0 < len(toks) <= 5:
            names = _credit_names(lx, toks)
            if names:
                found.extend(names)
                continue
        # Parenthesised credits, as in "بغداد (ا ف ب) –".
        k = 0
        while True:
            o = line.find("(", k)
            if o < 0:
                break
            c = line.find(")", o)
            if c < 0:
                break
            inner = tokenize(line[o + 1 : c])
            if 0 < len(inner) <= 4:
                names = _credit_names(lx, inner)
                if names:
                    found.extend(names)
            k = c + 1
    unique = list(dict.fromkeys(found))
    known = {str(v) for v in lexicon.load("entities", lang).get("credits", {}).values()}

    def rank(name: str) -> int:
        if name in lx.generic_credits:
            return 1  # "وكالات": the outlet relayed wires it does not name
        return 0 if name in known else 2  # a bare host ("news.example.com") last

    return sorted(unique, key=rank)
