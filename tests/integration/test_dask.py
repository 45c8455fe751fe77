"""recon.dask on a local cluster of two worker processes gives the in-memory report."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import recon

pytestmark = pytest.mark.slow

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from recon.dask import reconcile_bag  # noqa: E402


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    cluster = distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    )
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


rows = st.lists(
    st.tuples(
        st.sampled_from(["afp", "reuters", "sana", "wafa", "aps", "mena", "qna"]),
        st.sampled_from(["غزة", "قطاع غزة", "غزه", "حلب", "Aleppo", "aleppo", "مخيم جنين"]),
        st.sampled_from(["killed", "injured", "cost", "gate"]),
        st.one_of(st.integers(0, 60), st.sampled_from([1.1e6, 1_000_000, 2.5, "A1", "B2"])),
    ),
    min_size=1,
    max_size=40,
)


@settings(
    max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows, st.integers(1, 4), st.sampled_from(["majority", "truthfinder"]))
def test_dask_equals_in_memory(
    client: object, items: list[tuple[object, ...]], parts: int, policy: str
) -> None:
    bag = db.from_sequence(items, npartitions=parts)
    assert (
        reconcile_bag(bag, policy=policy).to_json()
        == recon.reconcile(items, policy=policy).to_json()
    )


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
