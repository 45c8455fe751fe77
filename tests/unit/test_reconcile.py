"""reconcile() on structured input: verdicts, consensus, attribution, errors."""

import datetime as dt
import json

import pytest

import recon
from recon import Quantity, Source, Status


def Q(v, unit="person", q="exact", **kw):
    return Quantity(value=v, unit=unit, qualifier=q, **kw)


def statuses(report):
    return {(g.entity.name, g.field): g.status for g in report.groups}


def test_k1_example_one_conflict_one_agreement():
    a = Source(id="001", outlet="AFP", published="2020-03-29")
    b = Source(id="002", published="2020-03-29")
    r = recon.reconcile(
        [
            (a, "K1", "money:equipment", Q(1.1e6, "USD", "at_least")),
            (a, "K1", "personnel", Q(300)),
            (b, "K1", "money:equipment", Q(1e6, "USD", "approx")),
            (b, "K1", "personnel", Q(300)),
        ]
    )
    assert statuses(r) == {
        ("K1", "money:equipment"): Status.CONFLICT,
        ("K1", "personnel"): Status.AGREE,
    }
    (conflict,) = r.conflicts
    assert {k.sources for k in conflict.candidates} == {("001",), ("002",)}
    assert conflict.consensus is None  # one source each: undecided, not a guess


def test_plain_tuples_and_consensus_is_the_figure_as_given():
    r = recon.reconcile(
        [
            ("s1", "flight 7", "gate", "A1"),
            ("s2", "flight 7", "gate", "a1"),
            ("s3", "flight 7", "gate", "B2"),
            ("s1", "pop", "n", 1200),
            ("s2", "pop", "n", 1200),
            ("s3", "pop", "n", 1300),
        ]
    )
    gate = r.group("flight 7", "gate")
    assert gate.status is Status.CONFLICT
    assert gate.consensus.value in ("A1", "a1")
    assert r.group("pop", "n").consensus.value == 1200
    assert 0.5 < r.group("pop", "n").confidence <= 1


def test_same_value_from_same_source_counts_once():
    r = recon.reconcile(
        [
            ("s1", "e", "f", 5),
            ("s1", "e", "f", 5),
            ("s1", "e", "f", 5),
            ("s2", "e", "f", 6),
            ("s3", "e", "f", 6),
        ]
    )
    g = r.group("e", "f")
    assert g.consensus.value == 6
    assert len(g.claims) == 5  # every claim is still accounted for


def test_a_source_never_conflicts_with_itself():
    r = recon.reconcile([("s1", "e", "f", 5), ("s1", "e", "f", 6)])
    g = r.group("e", "f")
    assert g.status is Status.SINGLE and g.notes


def test_update_only_for_time_varying_fields_with_different_dates():
    older = Source(id="a", published="2020-03-20")
    newer = Source(id="b", published="2020-03-26")
    same_day = Source(id="c", published="2020-03-20")
    r = recon.reconcile(
        [
            (older, "Iraq", "infected", 200),
            (newer, "Iraq", "infected", 363),
            (older, "K1", "distance", Q(15, "km")),
            (newer, "K1", "distance", Q(16, "km")),
            (same_day, "Iraq", "killed", 5),
            (older, "Iraq", "killed", 7),
        ]
    )
    assert r.group("Iraq", "infected").status is Status.UPDATE
    assert r.group("K1", "distance").status is Status.CONFLICT
    assert r.group("Iraq", "killed").status is Status.CONFLICT  # same date: a real dispute


def test_as_of_dates_beat_publication_dates():
    s = Source(id="a", published="2020-03-26")
    t = Source(id="b", published="2020-03-26")
    r = recon.reconcile(
        [(s, "Iraq", "infected", 350, dt.date(2020, 3, 24)), (t, "Iraq", "infected", 363)]
    )
    assert r.group("Iraq", "infected").status is Status.UPDATE
    r = recon.reconcile(
        [(s, "Iraq", "infected", 350), (t, "Iraq", "infected", 363)], time_varying=()
    )
    assert r.group("Iraq", "infected").status is Status.CONFLICT


def test_latest_policy_picks_the_newest_figure():
    r = recon.reconcile(
        [
            (Source(id="a", published="2020-03-20"), "Iraq", "infected", 200),
            (Source(id="b", published="2020-03-20"), "Iraq", "infected", 200),
            (Source(id="c", published="2020-03-26"), "Iraq", "infected", 363),
        ],
        policy="latest",
    )
    assert r.group("Iraq", "infected").consensus.value == 363


def test_weighted_policy_uses_priors_by_outlet():
    a, b, c = (
        Source(id="a", outlet="Wire"),
        Source(id="b", outlet="Blog"),
        Source(id="c", outlet="Blog"),
    )
    items = [(a, "e", "f", 1), (b, "e", "f", 2), (c, "e", "f", 2)]
    assert recon.reconcile(items, policy="majority").group("e", "f").consensus.value == 2
    r = recon.reconcile(items, policy="weighted", priors={"Wire": 0.95, "Blog": 0.3})
    assert r.group("e", "f").consensus.value == 1


def test_source_trust_reflects_agreement():
    items = []
    for i in range(5):
        items += [("good1", f"e{i}", "f", 1), ("good2", f"e{i}", "f", 1), ("bad", f"e{i}", "f", 2)]
    r = recon.reconcile(items, detect_copies=False)
    assert r.trust_of("good1") > r.trust_of("bad")
    bad = next(t for t in r.trust if t.source.id == "bad")
    assert bad.disagreed == 5 and "0 of 5" in bad.evidence


def test_empty_input_gives_an_empty_report():
    r = recon.reconcile([])
    assert r.groups == () and r.conflicts == () and r.to_records() == []


@pytest.mark.parametrize(
    ("bad", "err", "words"),
    [
        (("s", "e", "f", float("nan")), recon.InvalidValueError, "finite"),
        (("s", "e", "f", float("inf")), recon.InvalidValueError, "finite"),
        (("s", "e", "f", -4), None, None),
        (("s", "e", "f"), recon.InvalidClaimError, "(source, entity, field, value"),
        (
            {"source": "s", "entity": "e", "field": "f", "value": -3, "unit": "person"},
            recon.InvalidValueError,
            "negative",
        ),
        (
            {"source": "s", "entity": "e", "field": "f", "value": 3, "unit": "parsecs"},
            recon.UnitError,
            "parsecs",
        ),
        (
            {"source": "s", "entity": "e", "field": "f", "value": "2020-03-01", "unit": "person"},
            recon.InvalidValueError,
            "not a number",
        ),
        (object(), recon.InputError, "cannot reconcile"),
    ],
)
def test_bad_input_raises_a_typed_error_and_keeps_the_rest(bad, err, words):
    good = [("s1", "e", "f", 5), ("s2", "e", "f", 5)]
    if err is None:  # a negative plain number is a valid (unitless) figure
        assert len(recon.reconcile([*good, bad]).groups) == 1
        return
    with pytest.raises(err, match=None) as info:
        recon.reconcile([good[0], bad, good[1]])
    assert words in str(info.value)
    assert "item 1" in str(info.value)
    assert info.value.report.group("e", "f").status is Status.AGREE  # nothing else lost
    r = recon.reconcile([good[0], bad, good[1]], on_error="skip")
    assert r.group("e", "f").status is Status.AGREE
    assert [s.item for s in r.skipped] == ["item 1"]


def test_every_error_is_collected():
    with pytest.raises(recon.ReconError) as info:
        recon.reconcile([("s", "e", "f", float("nan")), ("s", "e", "f", 1), ("s", "e")])
    assert len(info.value.errors) == 2


def test_bad_options_are_option_errors():
    with pytest.raises(recon.OptionError, match="unknown policy"):
        recon.reconcile([], policy="oracle")
    with pytest.raises(recon.OptionError):
        recon.reconcile([], tolerance=2)
    with pytest.raises(recon.OptionError):
        recon.reconcile([("a", "e", "f", 1)], priors={"a": 1.5})
    with pytest.raises(recon.OptionError):
        recon.reconcile([], link="sometimes")


def test_records_have_exactly_the_contract_keys():
    r = recon.reconcile(
        [
            ("s1", "e", "f", Q(5, q="at_least")),
            ("s2", "e", "f", 7),
            ("s1", "e", "d", dt.date(2020, 3, 29)),
            ("s2", "e", "t", "x"),
        ]
    )
    recs = r.to_records()
    assert len(recs) == 4
    for rec in recs:
        assert list(rec) == list(recon.report.RECORD_KEYS)
    by_field = {rec["field"]: rec for rec in recs if rec["doc"] == "s1"}
    assert by_field["d"]["value"] == "2020-03-29" and by_field["d"]["low"] == "2020-03-29"
    assert by_field["f"]["low"] == 5 and by_field["f"]["high"] == float("inf")
    assert by_field["f"]["qualifier"] == "at_least"
    assert len({rec["group"] for rec in recs if rec["field"] == "f"}) == 1
    json.dumps(r.to_json())


def test_to_pandas_matches_records():
    pd = pytest.importorskip("pandas")
    r = recon.reconcile([("s1", "e", "f", 5), ("s2", "e", "f", 6)])
    df = r.to_pandas()
    assert list(df.columns) == list(recon.report.RECORD_KEYS)
    assert len(df) == 2 and set(df["status"]) == {"conflict"}
    assert isinstance(df, pd.DataFrame)


def test_dataframe_in():
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame(
        {"source": ["a", "b"], "entity": ["e", "e"], "field": ["f", "f"], "value": [3, 3]}
    )
    assert recon.reconcile([df]).group("e", "f").status is Status.AGREE


def test_text_summary_names_values_sources_and_quotes():
    s1 = Source(id="001", outlet="AFP")
    c = recon.Claim(
        entity="K1",
        field="money",
        value=Q(1.1e6, "USD", "at_least", raw="1.1 مليون دولار"),
        source=s1,
        quote="تم نقل ما لا يقل عن 1.1 مليون دولار من المعدات",
        speaker="بيان للتحالف",
    )
    r = recon.reconcile([c, ("002", "K1", "money", Q(1e6, "USD", "approx"))])
    text = str(r)
    assert "CONFLICT" in text and "at least 1,100,000 USD" in text and "about 1,000,000 USD" in text
    assert "AFP" in text and "بيان للتحالف" in text and "1.1 مليون دولار" in text
    html = r._repr_html_()
    assert 'dir="rtl"' in html and "<mark>1.1 مليون دولار</mark>" in html


def test_large_structured_input_takes_the_fast_path_with_the_same_answer():
    import random

    from recon.compare import default_comparator
    from recon.fast import ColumnarReport

    rnd = random.Random(7)
    items = [
        (
            f"s{rnd.randrange(40)}",
            f"e{i % 2500}",
            rnd.choice(["pop", "area"]),
            rnd.choice([10, 11, 12.5]),
        )
        for i in range(12_000)
    ]
    fast = recon.reconcile(items)
    slow = recon.reconcile(items, comparator=default_comparator())  # forces the object path
    assert isinstance(fast, ColumnarReport) and not isinstance(slow, ColumnarReport)
    assert fast.to_json() == slow.to_json()


def test_fast_path_bad_row_falls_back_and_names_it():
    items = [(f"s{i % 7}", f"e{i % 900}", "n", i % 3) for i in range(10_500)]
    items[5000] = ("s1", "e1", "n", float("nan"))
    with pytest.raises(recon.InvalidValueError, match="item 5000") as info:
        recon.reconcile(items)
    assert len(info.value.report.claims) == 10_499


def test_an_agreements_consensus_is_backed_by_every_compatible_value():
    # "200 soldiers" and "about 200 soldiers" are one statement written two ways:
    # the consensus is not a coin toss between them.
    r = recon.reconcile(
        [
            ("afp", "France", "personnel", 200),
            ("ina", "France", "personnel", Quantity(value=200, unit="person", qualifier="approx")),
            ("ap", "France", "personnel", Quantity(value=190, unit="person", qualifier="at_least")),
        ]
    )
    (g,) = r.groups
    assert g.status is Status.AGREE
    assert len(g.candidates) == 3
    assert (g.consensus.value, g.consensus.qualifier) == (200, recon.Qualifier.EXACT)
    assert g.confidence == pytest.approx(1.0)


def test_an_agreement_with_a_source_contradicting_itself_keeps_that_value_out():
    # One outlet gives 200 and 900 (a typo, say); the other only says "more than 100",
    # which fits both, so the group is an agreement.  Whichever of 200 and 900 is the
    # consensus, the other does not back it.
    r = recon.reconcile(
        [
            ("afp", "France", "personnel", 200),
            ("afp", "France", "personnel", 900),
            ("ina", "France", "personnel", Quantity(value=100, unit="", qualifier="more_than")),
        ]
    )
    (g,) = r.groups
    assert g.status is Status.AGREE
    assert g.consensus.value in (200, 900)
    other = {200: 900, 900: 200}[g.consensus.value]
    by_value = {c.value.value: c.score for c in g.candidates}
    assert by_value[other] > 0
    assert g.confidence == pytest.approx(1.0 - by_value[other], abs=1e-5)
