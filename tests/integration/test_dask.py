"""recon.dask on a local cluster of two worker processes gives the in-memory report."""

from __future__ import annotations

import datetime as dt
import json
import warnings
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import recon
from recon.resolve import Majority, Resolution, Votes

pytestmark = pytest.mark.slow

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from recon.dask import ClientFallbackWarning, reconcile_bag  # noqa: E402

SOURCES = ["afp", "reuters", "sana", "wafa", "aps", "mena", "qna"]
DISTRIBUTED = ["majority", "weighted", "latest", "truthfinder", "crh", "accu", "accusim", "auto"]


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    cluster = distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    )
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


row = st.tuples(
    st.sampled_from(SOURCES),
    st.sampled_from(["غزة", "قطاع غزة", "غزه", "حلب", "Aleppo", "aleppo", "مخيم جنين"]),
    st.sampled_from(["killed", "injured", "cost", "gate"]),
    st.one_of(
        st.integers(0, 60),
        st.sampled_from([1.1e6, 1_000_000, 2.5, "A1", "B2", "about 30", "at least 20"]),
        # Author-like lists: a subset lends partial support to the fuller list.
        st.sampled_from([("Smith",), ("Smith", "Jones"), ("Jones", "Brown")]).map(list),
    ),
)
dated = st.tuples(row, st.dates(dt.date(2024, 1, 1), dt.date(2024, 1, 5))).map(
    lambda t: (*t[0], t[1])
)
rows = st.lists(st.one_of(row, dated), min_size=1, max_size=40)
# Distinct priors: see _same_resolution on why CRH needs them.
priors = st.lists(st.floats(0.05, 0.95), min_size=7, max_size=7, unique=True).map(
    lambda ps: dict(zip(SOURCES, ps, strict=True))
)


def _by_value(g: dict[str, Any]) -> dict[str, float]:
    return {json.dumps(c["value"], sort_keys=True): c["score"] for c in g["candidates"]}


def _same_resolution(got: recon.Report, want: recon.Report) -> None:
    """Statuses, consensus, confidences, candidate scores and trust, to 1e-6.

    recon.truth's CRH sums figures with running totals over *all* groups, so
    where two candidates cost exactly the same (one source stating two
    figures, two sources of equal weight) round-off from unrelated groups
    orders them; recon.dask sums each group on its own.  Everything else is
    equal, so candidates are compared by value rather than by position.
    """
    g, w = got.to_dict(), want.to_dict()
    assert [x["id"] for x in g["groups"]] == [x["id"] for x in w["groups"]]
    for a, b in zip(g["groups"], w["groups"], strict=True):
        assert (a["status"], a["consensus"]) == (b["status"], b["consensus"])
        assert a["confidence"] == pytest.approx(b["confidence"], abs=1e-6)
        sa, sb = _by_value(a), _by_value(b)
        assert sa.keys() == sb.keys()
        assert all(sa[k] == pytest.approx(sb[k], abs=1e-6) for k in sa)
    assert [t.source.id for t in got.trust] == [t.source.id for t in want.trust]
    for ta, tb in zip(got.trust, want.trust, strict=True):
        assert ta.trust == pytest.approx(tb.trust, abs=1e-6)
        assert (ta.agreed, ta.disagreed, ta.claims) == (tb.agreed, tb.disagreed, tb.claims)
    assert got.dependencies == want.dependencies


@settings(
    max_examples=14, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows, st.integers(1, 4), st.sampled_from(DISTRIBUTED), priors)
def test_dask_equals_in_memory(
    client: object,
    items: list[tuple[object, ...]],
    parts: int,
    policy: str,
    prior: dict[str, float],
) -> None:
    bag = db.from_sequence(items, npartitions=parts)
    with warnings.catch_warnings():
        # Every built-in policy here has a distributed form: none may fall back.
        warnings.simplefilter("error", ClientFallbackWarning)
        got = reconcile_bag(bag, policy=policy, priors=prior)
    want = recon.reconcile(items, policy=policy, priors=prior)
    _same_resolution(got, want)
    if policy != "crh":
        assert got.to_json() == want.to_json()


def _copied_rows() -> list[tuple[object, ...]]:
    """Thirty death tolls; four agencies err now and then, each on its own;
    a wire copy repeats afp, afp's mistakes included."""
    out: list[tuple[object, ...]] = []
    for i in range(30):
        place = f"قرية {i}"
        truth = 10 + i
        for k, s in enumerate(["reuters", "sana", "aps", "mena"]):
            out.append((s, place, "killed", truth + (k + 1 if i % 5 == k else 0)))
        said = truth * 3 if i % 4 == 0 else truth
        out += [("afp", place, "killed", said), ("wire-copy", place, "killed", said)]
    return out


@pytest.mark.parametrize("policy", ["majority", "truthfinder", "crh", "auto"])
def test_copies_are_discounted_as_in_memory(client: object, policy: str) -> None:
    items = _copied_rows()
    got = reconcile_bag(db.from_sequence(items, npartitions=3), policy=policy)
    want = recon.reconcile(items, policy=policy)
    assert {(d.a, d.b) for d in want.dependencies} == {("afp", "wire-copy")}
    _same_resolution(got, want)
    assert got.to_json() == want.to_json()


def test_policy_without_distributed_form_runs_on_the_client(client: object) -> None:
    def plain(votes: Votes) -> Resolution:
        return Majority()(votes)

    items = _copied_rows()[:40]
    bag = db.from_sequence(items, npartitions=2)
    with pytest.warns(ClientFallbackWarning, match="'plain' has no distributed form"):
        got = reconcile_bag(bag, policy=plain)
    assert got.to_json() == recon.reconcile(items, policy=plain).to_json()


def test_documents_are_extracted_on_the_workers(client: object) -> None:
    pytest.importorskip("recon.extract")
    docs = [
        recon.Document(source=recon.Source(id=f"d{i}", outlet=o), text=t)
        for i, (o, t) in enumerate(
            [
                ("wafa", "قالت وزارة الصحة إن 27 شخصا قتلوا في مخيم جباليا."),
                ("afp", "أفادت وكالة فرانس برس بمقتل 30 شخصا في مخيم جباليا."),
                ("sana", "الطقس معتدل اليوم."),
            ]
        )
    ]
    report = reconcile_bag(db.from_sequence(docs, npartitions=2), detect_copies=False)
    memory = recon.reconcile(docs, link="exact", detect_copies=False)
    assert report.to_records() == memory.to_records()
    assert [s.item for s in report.skipped] == ["d2"]


def test_bad_items_raise_after_reading_everything(client: object) -> None:
    bag = db.from_sequence([("afp", "غزة", "killed", 3), ("afp", "غزة")], npartitions=2)
    with pytest.raises(recon.InputError) as err:
        reconcile_bag(bag)
    assert len(err.value.report.groups) == 1  # type: ignore[attr-defined]
    assert len(reconcile_bag(bag, on_error="skip").skipped) == 1


def test_local_scheduler_without_a_cluster() -> None:
    import dask

    items = _copied_rows()
    with dask.config.set(scheduler="sync"):
        got = reconcile_bag(db.from_sequence(items, npartitions=3), policy="truthfinder")
    assert got.to_json() == recon.reconcile(items, policy="truthfinder").to_json()


def test_per_field_accuracy_as_in_memory(client: object) -> None:
    """auto's ACCU learns one accuracy per (source, field) on the workers too."""
    items: list[tuple[object, ...]] = []
    for i in range(40):
        items += [(s, f"f{i}", "sched", f"s{i}") for s in ("aps", "mena", "sana", "afp")]
    for i in range(12):
        items += [("aps", f"f{i}", "gate", f"A{i}"), ("mena", f"f{i}", "gate", f"A{i}")]
        items += [("sana", f"f{i}", "gate", f"B{i}"), ("afp", f"f{i}", "gate", f"C{i}")]
    items += [("aps", "x", "gate", "A"), ("sana", "x", "gate", "W"), ("afp", "x", "gate", "W")]
    bag = db.from_sequence(items, npartitions=3)
    with warnings.catch_warnings():
        warnings.simplefilter("error", ClientFallbackWarning)
        got = reconcile_bag(bag, policy="auto", detect_copies=False)
    want = recon.reconcile(items, policy="auto", detect_copies=False)
    _same_resolution(got, want)
    assert got.to_json() == want.to_json()
    (x,) = [g for g in want.groups if g.entity.name == "x"]
    assert x.consensus is not None and x.consensus.value == "A"
