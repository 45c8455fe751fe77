"""Hardening: hostile text and files never crash recon, and nothing goes missing.

Only :class:`~recon.ReconError` subclasses may escape the public entry points;
spans always lie inside the text and cover the value's raw text; every claim
handed in lands in exactly one group; unreadable files and documents without
claims are listed in ``report.skipped``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import pickle
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import recon
from recon import Document, ReconError, Source
from recon.errors import CorpusError

# Pieces real news text is made of, and pieces attackers add.
WORDS = [
    "قتل", "قتيلا", "شخصا", "جريحا", "مليون", "ملايين", "ألف", "آلاف", "مليار", "دولار",
    "يورو", "دينار", "كيلومترا", "نحو", "حوالي", "أكثر من", "ما لا يقل عن", "أقل من",
    "بين", "و", "إلى", "كانون الأول", "يناير", "أواخر", "مطلع", "منتصف", "عام", "الماضي",
    "أمس", "قالت", "وزارة الصحة", "وكالة", "رويترز", "فرانس برس", "غزة", "حلب", "بيروت",
    "ثلاثة", "عشرين", "مئة", "مائتين", "نصف", "ربع", "بالمئة", "%", "$", "km", "million",
]  # fmt: skip
ODD = [
    "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067",
    "\u2068", "\u2069", "\u200b", "\u200c", "\u200d", "\ufeff", "\u0640", "\u064b", "\u064e",
    "\u0651", "\u0652", "\u0301", "\u0670", "«", "»", '"', "'", "“", "”", "„", "(", ")", "[",
    "،", "؛", "؟", ".", ",", "-", "–", "/", "\n", "\r\n", "\t", " ", "\u00a0", "\ud800",
    "٫", "٬", "٠", "١", "٢", "٩", "۰", "۴", "۹", "0", "1", "9", "<script>", "&amp;",
]  # fmt: skip
digits = st.text(alphabet="0123456789٠١٢٣٤٥٦٧٨٩.,٫٬", min_size=1, max_size=400)
piece = st.one_of(st.sampled_from(WORDS), st.sampled_from(ODD), digits, st.text(max_size=8))
texts = st.lists(piece, max_size=60).map(" ".join) | st.text(max_size=300)
hostile = settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)


def _only_recon_errors(fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    try:
        return fn(*args, **kwargs)
    except ReconError:
        return None


@hostile
@given(texts)
def test_parse_quantity_never_crashes(text: str) -> None:
    q = _only_recon_errors(recon.parse_quantity, text)
    assert q is None or isinstance(q, recon.Quantity)


@hostile
@given(texts, st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))))
def test_parse_date_never_crashes(text: str, published: dt.date | None) -> None:
    d = _only_recon_errors(recon.parse_date, text, published=published)
    assert d is None or isinstance(d, recon.DateValue)


@hostile
@given(texts)
def test_quantity_matches_lie_inside_the_text(text: str) -> None:
    numbers = pytest.importorskip("recon.numbers")
    for m in _only_recon_errors(numbers.find_quantities, text) or []:
        assert 0 <= m.start < m.end <= len(text)
        assert m.quantity.raw in text[m.start : m.end]


@hostile
@given(texts, st.sampled_from([None, dt.date(2024, 1, 2)]))
def test_extracted_spans_lie_inside_the_text_and_cover_the_value(
    text: str, pub: dt.date | None
) -> None:
    extract = pytest.importorskip("recon.extract")
    doc = Document(source=Source(id="fuzz", published=pub), text=text)
    for c in _only_recon_errors(extract.extract, doc) or []:
        assert c.span is not None
        assert 0 <= c.span.start < c.span.end <= len(text)
        assert c.value.raw in text[c.span.start : c.span.end]
        if c.entity_span is not None:
            assert 0 <= c.entity_span.start < c.entity_span.end <= len(text)


@pytest.mark.parametrize("text", ["\n&\x00& \x01\x00\n➁ يناير", "2\x00⓵ شباط"])
def test_circled_and_superscript_digits_in_dates(text: str) -> None:
    # Found by fuzz/fuzz_parse_date.py: ➁ and ⓵ pass str.isdigit but not int().
    _only_recon_errors(recon.parse_date, text)


# -- files ------------------------------------------------------------------
file_bodies = st.one_of(
    st.binary(max_size=300),
    texts.map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.just(b"\xff\xfe\x00bad utf-8 \xc3\x28"),
    st.just("سطر طويل جدا ".encode() * 20000),
    st.just(b"\xef\xbb\xbf" + "نص مع علامة ترتيب البايتات".encode()),
)
sources_json = st.one_of(
    st.binary(max_size=100),
    st.just(b"[1, 2, 3]"),
    st.just(b'{"a": {"published": "not a date"}}'),
    st.just(b'[{"id": "a", "outlet": "<script>alert(1)</script>"}]'),
    st.just(b'[{"no_id": true}]'),
    st.just(b"null"),
)


@hostile
@given(st.lists(file_bodies, min_size=1, max_size=6), st.one_of(st.none(), sources_json))
def test_load_corpus_folder_accounts_for_every_file(
    tmp_path_factory: pytest.TempPathFactory, bodies: list[bytes], meta: bytes | None
) -> None:
    folder = tmp_path_factory.mktemp("corpus")
    for i, body in enumerate(bodies):
        (folder / f"a{i}.txt").write_bytes(body)
    if meta is not None:
        (folder / "sources.json").write_bytes(meta)
    corpus = recon.load_corpus(folder, max_bytes=100_000)
    loaded = {d.id for d in corpus}
    skipped = {Path(p).stem for p, _ in corpus.skipped}
    assert loaded | skipped >= {f"a{i}" for i in range(len(bodies))}
    assert not loaded & skipped
    for _, reason in corpus.skipped:
        assert reason  # every skip says why


@hostile
@given(st.lists(st.one_of(st.binary(max_size=80), texts.map(lambda t: t.encode("utf-8", "surrogatepass")), st.just(b'{"text": 3}'),
                          st.just(b'{"id": "x", "text": "\\u0642\\u062a\\u0644 5", "published": "bad"}')),
                max_size=8))  # fmt: skip
def test_load_corpus_jsonl_raises_only_corpus_errors(
    tmp_path_factory: pytest.TempPathFactory, lines: list[bytes]
) -> None:
    path = tmp_path_factory.mktemp("jsonl") / "docs.jsonl"
    path.write_bytes(b"\n".join(lines))
    try:
        corpus = recon.load_corpus(path)
    except CorpusError as e:
        assert str(path) in str(e)
        return
    assert len(corpus) + len(corpus.skipped) <= sum(1 for x in lines if x.strip()) + len(lines)


def test_oversize_files_are_refused_with_a_clear_error(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 2048)
    with pytest.raises(CorpusError, match="more than the limit"):
        recon.load_corpus(big, max_bytes=1024)
    (tmp_path / "ok.txt").write_text("قتل 3 أشخاص في غزة.", encoding="utf-8")
    corpus = recon.load_corpus(tmp_path, max_bytes=1024)
    assert [d.id for d in corpus] == ["ok"]
    assert [(Path(p).name, "limit" in r) for p, r in corpus.skipped] == [("big.txt", True)]


class _Boom:
    """Unpickling this creates a file: proof that something was unpickled."""

    def __init__(self, path: str) -> None:
        self.path = path

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (open, (self.path, "w"))


@pytest.mark.parametrize("name", ["payload.jsonl", "payload.txt", "payload.ndjson"])
def test_loaders_never_unpickle_or_evaluate(tmp_path: Path, name: str) -> None:
    sentinel = tmp_path / "pwned"
    payload = tmp_path / name
    payload.write_bytes(pickle.dumps(_Boom(str(sentinel))))
    try:
        recon.load_corpus(payload)
    except CorpusError:
        pass
    code = tmp_path / "code.jsonl"
    code.write_text(json.dumps({"id": "x", "text": f"__import__('os').remove({str(payload)!r})",
                                "published": f"__import__('os').remove({str(payload)!r})"}))  # fmt: skip
    corpus = recon.load_corpus(code)
    assert corpus.skipped  # the bad date is reported, never evaluated
    csv = tmp_path / "claims.csv"
    csv.write_text("source,entity,field,value\nafp,غزة,killed,\"__import__('os').getcwd()\"\n")
    rows = __import__("recon.corpus", fromlist=["read_claims_file"]).read_claims_file(csv)
    assert rows[0]["value"] == "__import__('os').getcwd()"
    assert not sentinel.exists() and payload.exists()


def test_script_payloads_in_outlets_and_text_stay_data(tmp_path: Path) -> None:
    evil = "<script>alert('x')</script>"
    (tmp_path / "sources.json").write_text(
        json.dumps([{"id": "a", "outlet": evil, "url": "javascript:alert(1)"}])
    )
    (tmp_path / "a.txt").write_text(f"قالت وزارة الصحة إن 12 شخصا قتلوا {evil}", encoding="utf-8")
    corpus = recon.load_corpus(tmp_path)
    assert corpus[0].source.outlet == evil  # kept verbatim: escaping is the renderer's job
    report = recon.reconcile(corpus, on_error="skip")
    assert json.loads(report.to_json())["sources"][0]["outlet"] == evil


# -- nothing lost -------------------------------------------------------------
claim_rows = st.lists(
    st.tuples(
        st.sampled_from(["afp", "reuters", "sana", "wafa", "aps", "mena"]),
        st.sampled_from(["غزة", "قطاع غزة", "حلب", "Aleppo", "جنين", "مخيم جنين"]),
        st.sampled_from(["killed", "injured", "cost"]),
        st.one_of(
            st.integers(0, 10_000),
            st.floats(0, 1e9, allow_nan=False),
            st.sampled_from(["A1", "B2"]),
        ),
    ),
    max_size=40,
)


@hostile
@given(claim_rows)
def test_every_claim_lands_in_exactly_one_group(rows: list[tuple[str, str, str, object]]) -> None:
    report = recon.reconcile(rows)
    seen = Counter((c.source.id, c.entity, c.field, recon.compare.canonical_key(c.value))
                   for g in report.groups for c in g.claims)  # fmt: skip
    given_ = Counter(
        (s, e, f, recon.compare.canonical_key(recon.ingest.coerce_value(v))) for s, e, f, v in rows
    )
    assert seen == given_
    for g in report.groups:
        in_candidates = Counter(id(c) for k in g.candidates for c in k.claims)
        assert sorted(in_candidates.values()) == [1] * len(g.claims)


def test_documents_without_claims_and_unreadable_files_are_listed(tmp_path: Path) -> None:
    pytest.importorskip("recon.extract")
    (tmp_path / "news.txt").write_text(
        "أعلنت وزارة الصحة في غزة مقتل 27 شخصا في غارة على مخيم جباليا.", encoding="utf-8"
    )
    (tmp_path / "weather.txt").write_text("الطقس معتدل اليوم في عمان.", encoding="utf-8")
    (tmp_path / "broken.txt").write_bytes(b"\xff\xfe\xfa not utf-8")
    report = recon.reconcile(recon.load_corpus(tmp_path), on_error="skip")
    listed = {Path(s.item).stem: s.reason for s in report.skipped}
    assert "weather" in listed and "no claims" in listed["weather"]
    assert "broken" in listed and "UTF-8" in listed["broken"]
    assert {c.source.id for c in report.claims} == {"news"}


def test_fuzz_inputs_never_write_outside_tmp(tmp_path: Path) -> None:
    # Paths in metadata are data: a document id of "../../x" never becomes a file.
    (tmp_path / "sources.json").write_text(json.dumps([{"id": "../../escape", "outlet": "x"}]))
    (tmp_path / "a.txt").write_text("نص", encoding="utf-8")
    before = set(os.listdir(tmp_path.parent))
    recon.reconcile(recon.load_corpus(tmp_path), on_error="skip").to_json()
    assert set(os.listdir(tmp_path.parent)) == before
