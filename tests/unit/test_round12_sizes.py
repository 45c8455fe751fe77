"""Round 12: figures of one (entity, field) that an article told apart by
size are different things (``recon.group._told_sizes``).  Claims and
articles written for these tests, with negative cases."""

import recon
from recon.compare import default_comparator
from recon.group import SIZES_APART, group_claims, judge
from recon.model import Claim, Cue, Entity, Method, Quantity, Source, Status

PRISON = Entity(id="prison", name="سجن زحلة", kind="facility")


def claim(doc, value, *, cue=None, method=Method.EXTRACTED, day="2026-03-02"):
    return Claim(
        entity="سجن زحلة",
        field="arrested",
        value=Quantity(value=value, unit="person"),
        source=Source(id=doc, published=day),
        method=method,
        cue=cue,
    )


def groups(claims):
    drafts = group_claims(claims, [PRISON] * len(claims))
    comp = default_comparator()
    for d in drafts:
        judge(d, comp)
    return {tuple(sorted((c.source.id, c.value.value) for c in d.claims)): d for d in drafts}


def test_an_article_giving_a_small_and_a_large_figure_tells_two_things_apart() -> None:
    got = groups([claim("a", 400), claim("a", 1100), claim("b", 1100)])
    assert set(got) == {(("a", 400),), (("a", 1100), ("b", 1100))}
    assert got[(("a", 1100), ("b", 1100))].status is Status.AGREE
    assert len({d.id for d in got.values()}) == 2
    assert all("told apart" in " ".join(d.notes) for d in got.values())


def test_other_articles_figures_go_with_the_figures_they_are_near() -> None:
    got = groups([claim("a", 6), claim("a", 1100), claim("b", 14), claim("c", 1000)])
    assert set(got) == {(("a", 6), ("b", 14)), (("a", 1100), ("c", 1000))}


def test_two_outlets_far_apart_are_still_a_conflict() -> None:
    # No article gives both sizes: a dispute (organisers against police), not two things.
    got = groups([claim("a", 15_000), claim("b", 100_000)])
    (d,) = got.values()
    assert d.status is Status.CONFLICT


def test_a_rise_in_one_article_is_one_count_at_two_times() -> None:
    got = groups([claim("a", 300), claim("a", 800, cue=Cue.RISE), claim("b", 800)])
    assert len(got) == 1


def test_figures_closer_than_the_threshold_stay_together() -> None:
    low = 400
    high = int(low * SIZES_APART) - 1
    assert len(groups([claim("a", low), claim("a", high), claim("b", high)])) == 1


def test_given_claims_are_never_split() -> None:
    given = [claim("a", 400, method=Method.GIVEN), claim("a", 1100, method=Method.GIVEN)]
    assert len(groups(given)) == 1


def test_the_split_does_not_depend_on_input_order() -> None:
    cs = [claim("a", 6), claim("a", 1100), claim("b", 14), claim("c", 1000), claim("b", 400)]
    forward = {d.id: sorted(map(repr, d.claims)) for d in groups(cs).values()}
    backward = {d.id: sorted(map(repr, d.claims)) for d in groups(cs[::-1]).values()}
    assert forward == backward


def test_a_prison_s_capacity_is_not_its_inmates_end_to_end() -> None:
    a = recon.Document(
        source=recon.Source(id="a", published="2026-03-02"),
        text="زحلة - وأوضح المصدر أن سجن زحلة المركزي، الذي يتسع لـ400 سجين، كان يضم نحو 1100 "
        "سجين عند حدوث الفرار، وأن قوى الأمن أوقفت 6 من الفارين.",
    )
    b = recon.Document(
        source=recon.Source(id="b", published="2026-03-02"),
        text="زحلة - وقالت مصادر أمنية إن سجن زحلة المركزي يضم 1100 سجين، وإن قوى الأمن أوقفت "
        "6 من الفارين حتى الآن.",
    )
    recs = recon.reconcile([a, b]).to_records()
    status = {r["value"]: r["status"] for r in recs}
    assert status[1100] == "agree" and status[6] == "agree", recs
    group_of = {(r["doc"], r["value"]): r["group"] for r in recs}
    assert group_of[("a", 400)] != group_of[("a", 1100)]


def test_an_article_s_sizes_are_cut_at_the_widest_gap_between_them() -> None:
    # a gives 320 and 1200 (3.75 times apart); others' 480 lies between, so no
    # neighbours are 2.5 times apart: the cut is the widest gap a spans.
    got = groups(
        [claim("a", 320), claim("a", 1200), claim("b", 480), claim("b", 1200), claim("c", 480)]
    )
    assert set(got) == {
        (("a", 320), ("b", 480), ("c", 480)),
        (("a", 1200), ("b", 1200)),
    }

