"""Round 12: an amount whose object its article does not name is read as the
one object other articles give the same amount of the same entity.  Claims
written for these tests, with negative cases."""

from recon.group import group_claims
from recon.model import Claim, Entity, Method, Quantity, Source

WELLS = Entity(id="wells", name="وادي حضرموت", kind="region")


def money(doc, field, value, *, method=Method.EXTRACTED):
    return Claim(
        entity="وادي حضرموت",
        field=field,
        value=Quantity(value=value, unit="USD"),
        source=Source(id=doc, published="2026-05-01"),
        method=method,
    )


def groups(claims):
    return sorted(
        (d.field, sorted(c.source.id for c in d.claims))
        for d in group_claims(claims, [WELLS] * len(claims))
    )


def test_a_bare_amount_joins_the_one_object_others_give_it() -> None:
    got = groups([money("a", "money:investment", 3_200_000), money("b", "money", 3_200_000)])
    assert got == [("money:investment", ["a", "b"])]


def test_a_different_amount_keeps_its_bare_field() -> None:
    got = groups([money("a", "money:investment", 3_200_000), money("b", "money", 2_000_000)])
    assert got == [("money", ["b"]), ("money:investment", ["a"])]


def test_two_objects_for_the_same_amount_decide_nothing() -> None:
    claims = [
        money("a", "money:investment", 3_200_000),
        money("c", "money:aid", 3_200_000),
        money("b", "money", 3_200_000),
    ]
    assert ("money", ["b"]) in groups(claims)


def test_an_earlier_year_is_no_object() -> None:
    got = groups([money("a", "money:2025", 95_000_000), money("b", "money", 95_000_000)])
    assert ("money", ["b"]) in got


def test_an_article_naming_the_object_itself_keeps_its_bare_amount_apart() -> None:
    claims = [
        money("a", "money:investment", 3_200_000),
        money("b", "money:investment", 1_000_000),
        money("b", "money", 3_200_000),
    ]
    assert ("money", ["b"]) in groups(claims)


def test_given_claims_keep_their_field() -> None:
    claims = [
        money("a", "money:investment", 3_200_000),
        money("b", "money", 3_200_000, method=Method.GIVEN),
    ]
    assert ("money", ["b"]) in groups(claims)
