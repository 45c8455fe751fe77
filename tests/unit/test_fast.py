"""The columnar fast path gives the object pipeline's report on the same rows."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import recon
from recon.errors import InvalidValueError, OptionError, UnitError
from recon.fast import ColumnarReport, reconcile_columns

COLS = ("source", "entity", "field", "value", "unit", "qualifier", "as_of")

# Wire agencies and outlets, entity names as outlets write them (spelling
# variants that normalise to one key), fields with and without time variation.
SOURCES = ["afp", "reuters", "aljazeera", "alarabiya", "annahar", "hespress", "almasryalyoum"]
ENTITIES = ["غزة", "قطاع غزة", "غزه", "مخيم جنين", "حلب", "Aleppo", "aleppo "]
FIELDS = ["killed", "injured:civilians", "cost", "distance", "displaced"]
UNITS = ["", "person", "USD", "km", "m", "day"]
QUALS = ["exact", "approx", "at_least", "more_than", "at_most", "less_than", "range", "vague"]

row = st.fixed_dictionaries(
    {
        "source": st.sampled_from(SOURCES),
        "entity": st.sampled_from(ENTITIES),
        "field": st.sampled_from(FIELDS),
        "value": st.one_of(
            st.sampled_from([0, 1, 10, 12, 30, 31, 29, 1000, 1100, 1_100_000, 1.1e6, 2.5]),
            st.integers(0, 5000),
            st.floats(0, 1e7, allow_nan=False, allow_infinity=False),
        ),
        "unit": st.sampled_from(UNITS),
        "qualifier": st.sampled_from(QUALS),
        "as_of": st.one_of(st.none(), st.dates(dt.date(2023, 12, 28), dt.date(2024, 1, 3))),
    }
)


def _both(rows: list[dict[str, object]], **opts: object) -> tuple[recon.Report, recon.Report]:
    slow = recon.reconcile(rows, link="exact", **opts)  # type: ignore[arg-type]
    fast = reconcile_columns(*([r[k] for r in rows] for k in COLS[:4]),
                             unit=[r["unit"] for r in rows], qualifier=[r["qualifier"] for r in rows],
                             as_of=[r["as_of"] for r in rows], **opts)  # type: ignore[arg-type]  # fmt: skip
    return slow, fast


@settings(max_examples=60, deadline=None)
@given(st.lists(row, min_size=1, max_size=60))
def test_same_report_as_the_object_pipeline(rows: list[dict[str, object]]) -> None:
    slow, fast = _both(rows)
    assert isinstance(fast, ColumnarReport)
    assert fast.to_records() == slow.to_records()
    assert [g.status for g in fast.groups] == [g.status for g in slow.groups]
    assert fast.to_json() == slow.to_json()


@settings(max_examples=30, deadline=None)
@given(
    st.lists(row, min_size=2, max_size=40),
    st.sampled_from(["majority", "weighted", "latest"]),
    st.floats(0.0, 0.3),
    st.floats(0.0, 0.2),
)
def test_same_report_under_other_options(
    rows: list[dict[str, object]], policy: str, tol: float, rel: float
) -> None:
    priors = {"afp": 0.9, "hespress": 0.3}
    slow, fast = _both(rows, policy=policy, tolerance=tol, relative_tolerance=rel, priors=priors)
    assert fast.to_json() == slow.to_json()


def test_lazy_views_match_the_materialised_groups() -> None:
    rows = [
        {"source": s, "entity": "مخيم جنين", "field": "killed", "value": v, "unit": "person",
         "qualifier": q, "as_of": None}
        for s, v, q in [("afp", 12, "exact"), ("reuters", 12, "exact"), ("annahar", 15, "at_least"),
                        ("hespress", 30, "approx")]
    ] + [{"source": "afp", "entity": "حلب", "field": "cost", "value": 1.1e6, "unit": "USD",
          "qualifier": "exact", "as_of": None}]  # fmt: skip
    slow, fast = _both(rows)
    assert len(fast) == len(slow) == 2
    assert list(fast.conflicts) == list(slow.conflicts)
    assert fast.conflicts[0].field == "killed"
    assert fast.status_counts() == {"single": 1, "agree": 0, "update": 0, "conflict": 1}  # type: ignore[attr-defined]
    assert fast.group("حلب", "cost") == slow.group("حلب", "cost")
    assert fast.group("حلب", "killed") is None
    assert fast.trust == slow.trust
    frame = fast.to_pandas()
    assert list(frame["doc"]) == [r["doc"] for r in slow.to_records()]
    assert json.loads(fast.to_json()) == json.loads(slow.to_json())


def test_time_varying_updates_are_recognised() -> None:
    # A toll rising day by day is an update, not a dispute (as in the object pipeline).
    rows = [
        {"source": s, "entity": "غزة", "field": "killed", "value": v, "unit": "person",
         "qualifier": "exact", "as_of": d}
        for s, v, d in [("afp", 20, "2024-01-01"), ("reuters", 20, "2024-01-01"),
                        ("aljazeera", 27, "2024-01-02")]
    ]  # fmt: skip
    slow, fast = _both(rows)
    assert (
        [g.status for g in fast.groups] == [g.status for g in slow.groups] == [recon.Status.UPDATE]
    )


def test_numpy_and_single_value_columns() -> None:
    n = 50
    rng = np.random.default_rng(0)
    src = np.array(SOURCES, dtype=object)[rng.integers(0, len(SOURCES), n)]
    val = rng.integers(10, 14, n).astype(np.float64)
    fast = reconcile_columns(
        src, ["غزة"] * n, ["killed"] * n, val, unit="person", qualifier="exact"
    )
    rows = [{"source": s, "entity": "غزة", "field": "killed", "value": float(v), "unit": "person",
             "qualifier": "exact", "as_of": None} for s, v in zip(src, val, strict=True)]  # fmt: skip
    slow = recon.reconcile(rows, link="exact")
    assert fast.to_json() == slow.to_json()


def test_non_numeric_values_fall_back_to_the_object_pipeline() -> None:
    fast = reconcile_columns(
        ["afp", "reuters"], ["المعبر", "المعبر"], ["gate", "gate"], ["A1", "B2"]
    )
    assert not isinstance(fast, ColumnarReport)
    assert [g.status for g in fast.groups] == [recon.Status.CONFLICT]


@pytest.mark.parametrize(
    ("kwargs", "error", "fragment"),
    [
        ({"value": [1.0, float("nan")]}, InvalidValueError, "row 1"),
        ({"value": [1.0, float("inf")]}, InvalidValueError, "finite"),
        ({"unit": ["person", "parsec"]}, UnitError, "parsec"),
        ({"value": [-3.0, 1.0], "unit": "person"}, InvalidValueError, "negative"),
        ({"qualifier": ["exact", "roughly"]}, InvalidValueError, "qualifier"),
        ({"source": ["afp", None]}, InvalidValueError, "no source"),
        ({"entity": ["غزة", "  "]}, InvalidValueError, "entity"),
        ({"as_of": ["2024-01-01", "yesterday"]}, InvalidValueError, "ISO date"),
        ({"field": ["killed"]}, OptionError, "rows"),
        ({"tolerance": 1.5}, OptionError, "tolerance"),
        ({"default_prior": 1.0}, OptionError, "default_prior"),
    ],
)
def test_bad_columns_are_named(
    kwargs: dict[str, object], error: type[Exception], fragment: str
) -> None:
    cols: dict[str, object] = {"source": ["afp", "reuters"], "entity": ["غزة", "غزة"],
                               "field": ["killed", "killed"], "value": [1.0, 2.0]}  # fmt: skip
    opts = {k: v for k, v in kwargs.items() if k not in cols}
    cols.update({k: v for k, v in kwargs.items() if k in cols})
    with pytest.raises(error, match=fragment):
        reconcile_columns(cols["source"], cols["entity"], cols["field"], cols["value"], **opts)  # type: ignore[arg-type]


def test_write_json_streams_the_same_text(tmp_path: object) -> None:
    import io

    fast = reconcile_columns(
        ["afp", "reuters", "afp"], ["غزة"] * 3, ["killed", "killed", "injured"], [3, 4, 5]
    )
    buf = io.StringIO()
    fast.write_json(buf)  # type: ignore[attr-defined]
    assert buf.getvalue() == fast.to_json()
    assert recon.Report.from_json(buf.getvalue()).to_json() == fast.to_json()


@settings(max_examples=100, deadline=None)
@given(
    st.integers(0, 300).flatmap(
        lambda n: st.lists(
            st.sampled_from([3, 1000, 2**40, 2**61]).flatmap(
                lambda hi: st.lists(st.integers(-2, hi), min_size=n, max_size=n)
            ),
            min_size=1,
            max_size=3,
        )
    )
)
def test_packed_orders_are_numpys_stable_orders(keys: list[list[int]]) -> None:
    from recon._fast_group import _uniq_inv
    from recon._sorting import _lexorder, _packed_order

    arrays = [np.asarray(k, dtype=np.int64) for k in keys]
    assert _lexorder(arrays).tolist() == np.lexsort(arrays).tolist()
    assert _packed_order(arrays[0]).tolist() == np.argsort(arrays[0], kind="stable").tolist()
    uniq, inv = _uniq_inv(arrays[0])
    assert uniq.tolist() == sorted(set(keys[0]))
    assert uniq[inv].tolist() == keys[0]


def _copying_world(seed: int) -> list[dict[str, object]]:
    """Thirty outlets over 120 figures; outlets 20-23 copy outlet 0, mistakes included."""
    rng = np.random.default_rng(seed)
    rows = []
    for g in range(120):
        truth = int(rng.integers(10, 500))
        for s in range(20):
            if rng.random() < 0.6:
                wrong = rng.random() < 0.3
                value = truth + int(rng.integers(1, 4)) * 7 if wrong else truth
                rows.append((f"outlet-{s:02d}", f"place {g // 5}", FIELDS[g % 5], value))
    rows += [(f"outlet-{20 + k}", e, f, v) for _, e, f, v in
             [r for r in rows if r[0] == "outlet-00"] for k in range(4)]  # fmt: skip
    return [{"source": s, "entity": e, "field": f, "value": v, "unit": "", "qualifier": "exact",
             "as_of": None} for s, e, f, v in rows]  # fmt: skip


@pytest.mark.parametrize("seed", [1, 2])
def test_same_report_with_copies_detected(seed: int) -> None:
    slow, fast = _both(_copying_world(seed))
    assert {(d.a, d.b) for d in slow.dependencies} >= {("outlet-20", "outlet-21")}
    assert fast.dependencies == slow.dependencies
    assert fast.to_json() == slow.to_json()


@pytest.mark.parametrize(
    ("last", "fast"),
    [
        (("afp", "غزة", "killed", 12), True),
        (("afp", "غزة", "killed", True), False),  # a bool is no figure
        (("afp", "غزة", "killed", "12"), False),
        (("afp", 7, "killed", 12), False),
        (["afp", "غزة", "killed", 12], False),  # not a tuple
        (("afp", "غزة", "killed", 12, "extra"), False),
    ],
)
def test_plain_rows_take_the_columnar_path(
    monkeypatch: pytest.MonkeyPatch, last: object, fast: bool
) -> None:
    import recon.pipeline

    monkeypatch.setattr(recon.pipeline, "_FAST_MIN_ROWS", 2)
    rows = [("reuters", "غزة", "killed", 10), ("afp", "حلب", "injured", 3.5), last]
    assert (recon.pipeline._as_columns(rows) is not None) is fast


def test_agreement_confidence_matches_the_object_pipeline() -> None:
    # Compatible candidates back an agreement's consensus in both paths; a value
    # only its own source states (900) does not.
    rows = [
        {"source": s, "entity": "حلب", "field": "displaced", "value": v, "unit": "person",
         "qualifier": q, "as_of": None}
        for s, v, q in [("afp", 200, "exact"), ("afp", 900, "exact"), ("reuters", 100, "more_than"),
                        ("hespress", 190, "at_least")]
    ]  # fmt: skip
    slow, fast = _both(rows)
    assert slow.groups[0].status is recon.Status.AGREE
    assert 0 < slow.groups[0].confidence < 1
    assert fast.to_json() == slow.to_json()
