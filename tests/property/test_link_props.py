"""Linking is a function of the set of mentions: order-free, monotone, deterministic."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from recon import lexicon
from recon._dateline import country_of
from recon.gazetteer import Gazetteer
from recon.link import Mention, link, mention_key

# Real variant families plus near misses, so that merges and refusals both occur.
POOL = [
    "مايلز كاغينز", "مايلز كيغنز", "Myles Caggins", "الكولونيل مايلز كاغينز",
    "K1", "ك 1", "قاعدة K1 الجوية", "معسكر (K1)", "كي وان", "K2",
    "القيارة", "والقيارة", "قاعدة القيارة", "القيادة",
    "عين الأسد", "عين الاسد", "الأسد", "بشار الأسد",
    "الموصل", "الوصل", "Mosul", "مطار الموصل",
    "ترامب", "ترمب", "Trump", "بوتين", "بوتن",
    "التحالف الدولي", "الائتلاف", "قوات التحالف", "التحالف العربي",
    "داعش", "ISIS", "حماس", "حمص", "Hamas",
    "جيمس ستيفنسون", "جيمس ستيفسون", "تل عفر", "تلعفر", "محمد عباس", "محمود عباس",
    "جوهر (Jowhar", "قاعدة جوهر (Jowhar) العسكرية", "Jowhar", "جوهار", "قاعدة جوهار",
    "قاعدة جوهر", "قاعدة بلد وين", "بلدوين", "قاعدة بلد الجوية", "حماس (Homs)",
    "مدينة سمر", "سمير", "سامراء", "طرابلس", "طرابلس الغرب", "Tripoli", "فتح", "حركة فتح",
]  # fmt: skip

mentions = st.lists(st.sampled_from(POOL), min_size=1, max_size=14)
gazetteers = st.sampled_from([None, "empty"])


def _gaz(name: str | None) -> Gazetteer | None:
    return Gazetteer() if name == "empty" else None


@given(mentions, st.randoms(use_true_random=False), gazetteers)
def test_order_independent(ms: list[str], rnd: object, g: str | None) -> None:
    shuffled = list(ms)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    a = {m: e.id for m, e in zip(ms, link(ms, gazetteer=_gaz(g)), strict=True)}
    b = {m: e.id for m, e in zip(shuffled, link(shuffled, gazetteer=_gaz(g)), strict=True)}
    assert a == b


@given(mentions, st.sampled_from(POOL), gazetteers)
def test_adding_a_mention_never_splits(ms: list[str], extra: str, g: str | None) -> None:
    before = link(ms, gazetteer=_gaz(g))
    after = link([*ms, extra], gazetteer=_gaz(g))[: len(ms)]
    for i in range(len(ms)):
        for j in range(i + 1, len(ms)):
            if before[i].id == before[j].id:
                assert after[i].id == after[j].id, (ms[i], ms[j], extra)


@given(mentions, gazetteers)
def test_deterministic(ms: list[str], g: str | None) -> None:
    a = link(ms, gazetteer=_gaz(g))
    b = link(ms, gazetteer=_gaz(g))
    assert [e.id for e in a] == [e.id for e in b]
    assert [e.name for e in a] == [e.name for e in b]
    for e in a:
        assert list(e.aliases) == sorted(set(e.aliases))


# With documents: bare surnames resolve inside their document.
DOC_POOL = [
    "وين ماروتو", "واين ماروتو", "ماروتو", "جون ماروتو", "مايلز كاغينز", "كاغينز",
    "كيغنز", "بشار الأسد", "حافظ الأسد", "الأسد", "عين الأسد", "عبد المهدي",
    "عادل عبد المهدي", "K1", "ك 1", "القيارة",
    "طرابلس", "لبنان", "ليبيا", "طرابلس الشام", "جوهر (Jowhar", "جوهار",
    "محطة الخور", "محطة الخور الشمالية", "محطة الخور الجنوبية",
]  # fmt: skip
# Sentences that name a country (or not) around an ambiguous name.
CONTEXTS = [None, "شعر سكان طرابلس بالهزة", "انتشل الجيش اللبناني 45 ناجيا", "في العاصمة الليبية"]
doc_mentions = st.lists(
    st.builds(
        Mention,
        text=st.sampled_from(DOC_POOL),
        doc=st.sampled_from(["a", "b", "c"]),
        context=st.sampled_from(CONTEXTS),
    ),
    min_size=1,
    max_size=12,
)


def _suffix_trigger(ms: list[Mention], extra: Mention) -> bool:
    """The documented exception: a new full name in a document that already
    has a bare mention of its last tokens can take that bare mention over."""
    toks = mention_key(extra.text).name.split()
    ends = {" ".join(toks[i:]) for i in range(1, len(toks))}
    return any(m.doc == extra.doc and mention_key(m.text).name in ends for m in ms)


def _prefix_trigger(ms: list[Mention], extra: Mention) -> bool:
    """The same exception for facilities: a new longer facility name takes
    over the short facility names of its document that it starts with."""
    toks = mention_key(extra.text).name.split()
    heads = {" ".join(toks[:i]) for i in range(2, len(toks))}
    return any(m.doc == extra.doc and mention_key(m.text).name in heads for m in ms)


def _across_trigger(ms: list[Mention], extra: Mention) -> bool:
    """Round 14's exception: a facility's short name takes the corpus's one
    longer name of the same noun that holds its words in order; a new such
    longer name, in any document, makes two and leaves the short name alone."""
    toks = mention_key(extra.text).name.split()
    if len(toks) < 3:
        return False
    for m in ms:
        short = mention_key(m.text).name.split()
        rest = iter(toks[1:])
        if (
            2 <= len(short) < len(toks)
            and short[0] == toks[0]
            and all(w in rest for w in short[1:])
        ):
            return True
    return False


def _sense_trigger(ms: list[Mention], extra: Mention) -> bool:
    """The other documented exception: a new mention naming a country (in its
    name or sentence) or a place in one, or one sense of an ambiguous name,
    can resolve or unresolve the ambiguous names of its document (bare طرابلس)."""
    senses = lexicon.load("gazetteer")["link"]["senses"]
    cues = {c for table in senses.values() for cs in table.values() for c in cs}
    # A document that names a sense itself ("طرابلس الشام") resolves its bare
    # name to that sense as its country would.
    cues |= {sense for table in senses.values() for sense in table}
    gaz = Gazetteer.default()
    named = {m.entry.id for t in (extra.text, extra.context or "") for m in gaz.find_mentions(t)}
    named |= {c for c in map(country_of, named) if c is not None}  # a place of a cue country
    ambiguous = {gaz.lookup(m.text) for m in ms if m.doc == extra.doc}
    return bool(named & cues) and any(e is not None and e.id in senses for e in ambiguous)


@given(doc_mentions, st.randoms(use_true_random=False), gazetteers)
def test_order_independent_with_documents(ms: list[Mention], rnd: object, g: str | None) -> None:
    shuffled = list(ms)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    a = {m: e.id for m, e in zip(ms, link(ms, gazetteer=_gaz(g)), strict=True)}
    b = {m: e.id for m, e in zip(shuffled, link(shuffled, gazetteer=_gaz(g)), strict=True)}
    assert a == b


@given(doc_mentions, doc_mentions, gazetteers)
def test_adding_a_mention_never_splits_with_documents(
    ms: list[Mention], extras: list[Mention], g: str | None
) -> None:
    extra = extras[0]
    if (
        _suffix_trigger(ms, extra)
        or _prefix_trigger(ms, extra)
        or _across_trigger(ms, extra)
        or _sense_trigger(ms, extra)
    ):
        return
    before = link(ms, gazetteer=_gaz(g))
    after = link([*ms, extra], gazetteer=_gaz(g))[: len(ms)]
    for i in range(len(ms)):
        for j in range(i + 1, len(ms)):
            if before[i].id == before[j].id:
                assert after[i].id == after[j].id, (ms[i], ms[j], extra)
