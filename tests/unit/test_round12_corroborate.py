"""Round 12: two names of one scene, told by agreeing figures
(``recon._story_corroborate``).  Claims and articles written for these
tests, with negative cases."""

import datetime as dt

import recon
from recon._story_corroborate import corroborated
from recon.model import Claim, Entity, Method, Quantity, Source

DAY = dt.date(2026, 2, 6)
KHUTAIM = Entity(id="khutaim", name="قرية الخطيم", kind="place")
DAKHILIYAH = Entity(id="dakhiliyah", name="محافظة الداخلية", kind="province")
NIZWA = Entity(id="nizwa", name="مستشفى نزوى", kind="facility")
ARMY = Entity(id="army", name="الجيش", kind="organisation")


def claim(doc, field, value, *, days=0, unit="person", method=Method.EXTRACTED):
    return Claim(
        entity="x",
        field=field,
        value=Quantity(value=value, unit=unit),
        source=Source(id=doc, published=DAY + dt.timedelta(days=days)),
        method=method,
    )


def run(rows, country_of=lambda _e: None):
    claims = [c for c, _ in rows]
    ents = [e for _, e in rows]
    got = corroborated(claims, ents, country_of=country_of, max_days=14)
    return [e.id for e in got]


def two_reports(**kw):
    """Doc a names the scene by its province, doc b by its village (used twice)."""
    return [
        (claim("a", "personnel", 60, **kw), DAKHILIYAH),
        (claim("a", "count:aircraft", 3, unit="item", **kw), DAKHILIYAH),
        (claim("b", "personnel", 60), KHUTAIM),
        (claim("b", "count:aircraft", 3, unit="item"), KHUTAIM),
        (claim("b", "distance", 2, unit="km"), KHUTAIM),
    ]


def test_two_agreeing_fields_make_two_names_one_scene() -> None:
    assert run(two_reports()) == ["khutaim"] * 5


def test_one_agreeing_field_is_no_evidence() -> None:
    rows = two_reports()
    del rows[1]
    assert run(rows) == ["dakhiliyah", "khutaim", "khutaim", "khutaim"]


def test_documents_far_apart_in_time_are_not_one_scene() -> None:
    assert run(two_reports(days=-30))[:2] == ["dakhiliyah", "dakhiliyah"]


def test_a_document_giving_a_field_for_both_names_keeps_them_apart() -> None:
    rows = [*two_reports(), (claim("a", "personnel", 45), KHUTAIM)]
    got = run(rows)
    assert got[0] == "dakhiliyah" and got[5] == "khutaim"  # a's two personnel figures


def test_places_of_two_countries_are_never_one_scene() -> None:
    countries = {"dakhiliyah": "OM", "khutaim": "AE"}
    assert run(two_reports(), countries.get)[:2] == ["dakhiliyah", "dakhiliyah"]


def test_a_figure_that_disagrees_with_the_target_stays_where_it_was() -> None:
    rows = [
        *two_reports(),
        (claim("a", "killed", 5), DAKHILIYAH),
        (claim("b", "killed", 7), KHUTAIM),
        (claim("a", "injured", 4), DAKHILIYAH),
    ]
    got = dict(zip([(c.source.id, c.field) for c, _ in rows], run(rows), strict=True))
    # The agreeing fields and a field only one name has go together ...
    assert got[("a", "personnel")] == got[("b", "personnel")]
    assert got[("a", "injured")] == got[("b", "personnel")]
    # ... a figure that disagrees is no part of the evidence and is not moved.
    assert got[("a", "killed")] != got[("b", "killed")]


def test_a_figure_many_names_share_is_no_evidence() -> None:
    others = [Entity(id=f"t{i}", name=f"بلدة {i}", kind="place") for i in range(3)]
    rows = [
        (claim("a", "killed", 3), DAKHILIYAH),
        (claim("a", "injured", 2), DAKHILIYAH),
        (claim("b", "killed", 3), KHUTAIM),
        (claim("b", "injured", 2), KHUTAIM),
    ]
    rows += [
        (claim(f"d{i}", f, v), e)
        for i, e in enumerate(others)
        for f, v in (("killed", 3), ("injured", 2))
    ]
    assert run(rows)[:2] == ["dakhiliyah", "dakhiliyah"]


def test_given_claims_and_organisations_keep_their_entity() -> None:
    given = [
        (claim(d, f, v, method=Method.GIVEN), e)
        for d, f, v, e in (
            ("a", "personnel", 60, DAKHILIYAH),
            ("a", "injured", 4, DAKHILIYAH),
            ("b", "personnel", 60, KHUTAIM),
            ("b", "injured", 4, KHUTAIM),
        )
    ]
    assert run(given) == ["dakhiliyah", "dakhiliyah", "khutaim", "khutaim"]
    orgs = [(c, ARMY if e is DAKHILIYAH else e) for c, e in two_reports()]
    assert run(orgs)[:2] == ["army", "army"]


def test_the_name_the_corpus_uses_most_keeps_its_claims() -> None:
    rows = [*two_reports(), *[(claim("c", "count:vehicle", 9, unit="item"), DAKHILIYAH)] * 4]
    got = run(rows)
    assert got[2:5] == ["dakhiliyah"] * 3  # the village's document moves to the province
    assert got[:2] == ["dakhiliyah"] * 2


def test_the_result_does_not_depend_on_input_order() -> None:
    rows = [*two_reports(), (claim("c", "killed", 5), NIZWA), (claim("c", "injured", 4), NIZWA)]
    forward = dict(zip(map(id, rows), run(rows), strict=True))
    back = list(reversed(rows))
    backward = dict(zip(map(id, back), run(back), strict=True))
    assert forward == backward


def _article(doc, published, text):
    return recon.Document(source=recon.Source(id=doc, published=published), text=text)


def test_two_articles_naming_one_rescue_two_ways_agree_end_to_end() -> None:
    a = _article(
        "a",
        "2026-02-06",
        "مسقط - وقال العقيد سالم البوسعيدي، مدير الدفاع المدني بمحافظة الداخلية، إن نحو 60 فرداً "
        "من فرق الإنقاذ يشاركون في العملية، إلى جانب 3 طائرات عمودية.",
    )
    b = _article(
        "b",
        "2026-02-07",
        "مسقط - عثرت الفرق على المتنزهين داخل كهف على بعد 2 كم من قرية الخطيم، وشارك 60 فرداً "
        "في العملية، وإن ثلاث طائرات عمودية نقلتهم إلى المستشفى.",
    )
    report = recon.reconcile([a, b])
    recs = report.to_records()
    for field in ("personnel", "count:aircraft"):
        groups = {r["group"] for r in recs if r["field"] == field}
        assert len(groups) == 1, (field, [(r["doc"], r["entity"]) for r in recs])


ARSAL = Entity(id="arsal", name="عرسال", kind="city")
CROSSING = Entity(id="crossing", name="معبر جوسية", kind="facility")
SHEBAA = Entity(id="shebaa", name="شبعا", kind="city")


def quoted(doc, field, value, quote="انطلقت القافلة صباح اليوم.", *, days=0, unit="person"):
    c = claim(doc, field, value, days=days, unit=unit)
    return Claim(
        entity=c.entity, field=c.field, value=c.value, source=c.source, method=c.method, quote=quote
    )


def one_story(buses_quote="وضمت القافلة 46 حافلة.", **kw):
    """Docs a and b agree on two figures of Arsal; a puts the buses at the crossing."""
    return [
        (quoted("a", "displaced", 1640), ARSAL),
        (quoted("a", "duration", 7, unit="day"), ARSAL),
        (quoted("a", "count:vehicle", 46, buses_quote, unit="item", **kw), CROSSING),
        (quoted("b", "displaced", 1640), ARSAL),
        (quoted("b", "duration", 7, unit="day"), ARSAL),
        (quoted("b", "count:vehicle", 46, unit="item"), ARSAL),
    ]


def test_one_figure_two_documents_of_one_story_share_is_one_thing() -> None:
    assert run(one_story())[2] == "arsal"


def test_a_shared_figure_needs_another_the_two_documents_agree_on() -> None:
    rows = [r for r in one_story() if r[0].field == "count:vehicle"]
    assert run(rows)[0] == "crossing"
    rows = [r for r in one_story() if r[0].field != "duration"]
    assert run(rows)[1] == "arsal"  # one other figure is enough


def test_one_figure_does_not_move_where_a_document_gave_its_field_for_both() -> None:
    rows = [*one_story(), (quoted("a", "count:vehicle", 22, unit="item"), ARSAL)]
    assert run(rows)[2] == "crossing"


def test_a_figure_of_an_earlier_year_is_no_evidence_of_this_story() -> None:
    earlier = "انطلقت أولى القوافل في أبريل 2018 من بلدة شبعا على متن 46 حافلة."
    assert run(one_story(earlier))[2] == "crossing"


def test_one_figure_never_joins_a_place_of_another_country() -> None:
    countries = {"arsal": "LB", "crossing": "SY"}
    assert run(one_story(), countries.get)[2] == "crossing"
