"""Rendering: text, Markdown and HTML reports, escaping of untrusted input."""

from __future__ import annotations

import html.parser
import re

import pytest

import recon
from recon.model import Claim, Quantity, Source, TextValue
from recon.render import claim_html, highlight, is_rtl, report_markdown, report_page

AFP = Source(id="afp-1", outlet="AFP", published="2020-03-29", url="https://example.org/a")
QNA = Source(id="qna-7", outlet="QNA", published="2020-03-29")
ALJ = Source(id="alj-3", outlet="الجزيرة نت", published="2020-03-29")

PAYLOADS = [
    "<script>document.title='pwned'</script>",
    '"><img src=x onerror="document.title=\'pwned\'">',
    "javascript:alert(1)",
    "[click](javascript:alert(1))",
]


def q(value: float, raw: str, qual: str = "exact", unit: str = "person") -> Quantity:
    return Quantity(value=value, unit=unit, qualifier=qual, raw=raw)


def _claims() -> list[Claim]:
    return [
        Claim(
            entity="قاعدة K1",
            field="killed",
            value=q(29, "29", "at_least"),
            source=AFP,
            quote="قالت الشرطة إن ما لا يقل عن 29 شخصا قتلوا في الهجوم.",
            speaker="الشرطة العراقية",
        ),
        Claim(
            entity="قاعدة K1",
            field="killed",
            value=q(12, "١٢"),
            source=QNA,
            quote="أعلنت وزارة الصحة مقتل ١٢ شخصاً.",
        ),
        Claim(
            entity="قاعدة K1",
            field="cost",
            value=q(1_000_000, "مليون دولار", "approx", "USD"),
            source=ALJ,
            quote="بلغت الكلفة نحو مليون دولار.",
        ),
        Claim(
            entity="قاعدة K1",
            field="cost",
            value=q(1_100_000, "1.1 مليون دولار", "at_least", "USD"),
            source=AFP,
            quote="كلفت ما لا يقل عن 1.1 مليون دولار.",
        ),
        Claim(
            entity="Qayyarah",
            field="gate",
            value=TextValue(value="north gate"),
            source=AFP,
            quote="They entered through the north gate.",
        ),
        Claim(
            entity="Qayyarah",
            field="gate",
            value=TextValue(value="North Gate"),
            source=QNA,
        ),
    ]


@pytest.fixture(scope="module")
def report() -> recon.Report:
    return recon.reconcile(_claims(), link="exact")


def _evil_report() -> recon.Report:
    p0, p1, p2, p3 = PAYLOADS
    evil = Source(id=f"src{p0}", outlet=p1, url=p2, published="2020-03-29")
    other = Source(id="ok", outlet=p3)
    claims = [
        Claim(entity=p1, field=p0, value=TextValue(value=p0), source=evil, quote=p0, speaker=p1),
        Claim(
            entity=p1, field=p0, value=TextValue(value=p3), source=other, quote=p3, speaker="a | b"
        ),
    ]
    return recon.reconcile(claims, link="exact")


class _Tags(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags(markup: str) -> list[tuple[str, dict[str, str | None]]]:
    p = _Tags()
    p.feed(markup)
    return p.tags


# -- helpers ------------------------------------------------------------------


def test_highlight_verbatim_and_normalised_digits() -> None:
    assert highlight("قتل 29 شخصا", "29") == (4, 6)
    quote = "مقتل 300 شخص"
    assert highlight(quote, "٣٠٠") == (5, 8)
    # tatweel and diacritics on either side do not prevent the match
    quote = "نحو ملـيـون دولار"
    s, e = highlight(quote, "مليون")  # type: ignore[misc]
    assert quote[s:e] == "ملـيـون"
    assert highlight("no figure here", "42") is None
    assert highlight("", "42") is None


def test_is_rtl() -> None:
    assert is_rtl("قالت الشرطة إن 29 قتلوا")
    assert not is_rtl("AFP said 29 were killed")
    assert not is_rtl("1234")


# -- text -----------------------------------------------------------------------


def test_text_lists_each_conflict_with_sources_and_quotes(report: recon.Report) -> None:
    text = str(report)
    assert "2 conflicts" in text
    conflicts = text.split("Conflicts (2)")[1].split("Agreements", maxsplit=1)[0]
    assert "afp-1, AFP, 2020-03-29; said by الشرطة العراقية" in conflicts
    assert "مقتل ١٢ شخصاً" in conflicts
    assert "at least 1,100,000 USD" in conflicts and "about 1,000,000 USD" in conflicts


def test_text_only_conflicts_drops_agreements_and_trust(report: recon.Report) -> None:
    text = report.to_text(only_conflicts=True)
    assert "Qayyarah" not in text and "Source trust" not in text
    assert "Qayyarah" in str(report)


def test_text_replaces_terminal_control_characters() -> None:
    s = Source(id="x\x1b[2J", outlet="evil\x07")
    r = recon.reconcile(
        [Claim(entity="a\x1b]0;title\x07", field="f", value=TextValue(value="v"), source=s)],
        link="exact",
    )
    text = str(r)
    assert "\x1b" not in text and "\x07" not in text
    assert "\ufffd" in text


# -- Markdown -------------------------------------------------------------------


def test_markdown_tables_and_highlight(report: recon.Report) -> None:
    md = report_markdown(report)
    assert md.count("### ") == 3
    assert "**29**" in md
    assert "**١٢**" in md
    assert md.index("## Conflicts") < md.index("## Agreements")


def test_markdown_escapes_html_and_links() -> None:
    md = _evil_report().to_markdown()
    assert "<script" not in md and "<img" not in md
    assert "&lt;script&gt;" in md
    assert not re.search(r"(?<!\\)\]\(", md)  # no live [text](url) link
    assert r"\[click\]" in md
    # a pipe in input cannot break out of its table cell: every row of a
    # table has as many cell separators as its header
    assert "a \\| b" in md
    widths: list[int] = []
    for line in [*md.splitlines(), ""]:
        if line.startswith("|"):
            widths.append(len(re.findall(r"(?<!\\)\|", line)))
        elif widths:
            assert len(set(widths)) == 1, widths
            widths = []


# -- HTML -----------------------------------------------------------------------


def test_page_is_self_contained(report: recon.Report) -> None:
    page = report.to_html()
    assert page.startswith("<!DOCTYPE html>")
    found = tags(page)
    names = {t for t, _ in found}
    assert not names & {"script", "link", "img", "iframe", "object", "embed"}
    for tag, attrs in found:
        for k, v in attrs.items():
            assert not k.startswith("on"), (tag, k)
            if k in ("src", "href"):
                assert v and v.startswith(("http://", "https://")), (tag, k, v)


def test_one_card_per_conflict_with_values_side_by_side(report: recon.Report) -> None:
    found = tags(report.to_html())
    cards = [a for t, a in found if t == "article" and a.get("data-status") == "conflict"]
    assert sorted(str(a["id"]) for a in cards) == sorted(g.id for g in report.conflicts)
    page = report.to_html()
    k1 = report.group("قاعدة K1", "cost")
    assert k1 is not None
    card = page.split(f'id="{k1.id}"')[1].split("</article>")[0]
    assert card.count('class="recon-candidate') == 2
    assert "AFP" in card and "الجزيرة نت" in card


def test_agreements_are_folded(report: recon.Report) -> None:
    page = report.to_html()
    details = re.search(r'<details class="recon-agreements">(.*?)</details>', page, re.S)
    assert details is not None
    assert "Qayyarah" in details.group(1)
    assert "Qayyarah" not in page.split('<details class="recon-agreements">')[0]


def test_arabic_quotes_are_rtl_with_figure_marked(report: recon.Report) -> None:
    page = report.to_html()
    quotes = re.findall(r"<blockquote ([^>]*)>(.*?)</blockquote>", page, re.S)
    arabic = [(a, b) for a, b in quotes if "الشرطة" in b or "١٢" in b]
    assert len(arabic) == 2
    for attrs, _body in arabic:
        assert 'dir="rtl"' in attrs and 'lang="ar"' in attrs
    assert any("<mark>29</mark>" in b for _, b in arabic)
    assert any("<mark>١٢</mark>" in b for _, b in arabic)
    english = [a for a, b in quotes if "north gate" in b]
    assert english and 'dir="rtl"' not in english[0]


def test_trust_table_has_each_source_with_evidence(report: recon.Report) -> None:
    page = report.to_html()
    table = page.split('<table class="recon-trust">')[1].split("</table>")[0]
    for s in ("afp-1", "qna-7", "alj-3"):
        assert s in table
    assert table.count("<tr>") == 1 + len(report.trust)
    assert "contested groups" in table


def test_skipped_inputs_are_listed() -> None:
    r = recon.reconcile(
        [("a", "x", "killed", 3), ("b", "x", "killed", float("nan"))], on_error="skip"
    )
    assert r.skipped
    page = r.to_html()
    assert "Skipped inputs (1)" in page
    assert "finite number" in page


@pytest.mark.parametrize("render", ["page", "fragment", "group", "claim"])
def test_html_escapes_every_injection_payload(render: str) -> None:
    r = _evil_report()
    g = r.groups[0]
    out = {
        "page": r.to_html,
        "fragment": r._repr_html_,
        "group": g._repr_html_,
        "claim": lambda: claim_html(g.claims[0]),
    }[render]()
    found = tags(out)
    names = [t for t, _ in found]
    assert "script" not in names and "img" not in names
    for tag, attrs in found:
        assert not any(k.startswith("on") for k in attrs), tag
        assert "javascript:" not in (attrs.get("href") or "")
    assert "&lt;script&gt;" in out


def test_http_urls_become_links_other_schemes_stay_text(report: recon.Report) -> None:
    found = tags(report.to_html())
    hrefs = [a["href"] for t, a in found if t == "a"]
    assert "https://example.org/a" in hrefs
    evil = _evil_report().to_html()
    assert "javascript:alert(1)" in evil  # shown, as text
    assert not [a for t, a in tags(evil) if t == "a"]


def test_claim_html_shows_value_source_and_quote() -> None:
    c = _claims()[0]
    out = claim_html(c)
    assert "at least 29 people" in out or "at least 29" in out
    assert "AFP" in out and "الشرطة العراقية" in out
    assert '<blockquote class="recon-quote" dir="rtl" lang="ar">' in out
    assert "<mark>29</mark>" in out


def test_report_page_escapes_title() -> None:
    r = recon.reconcile([])
    page = report_page(r, title="<b>x</b>")
    assert "<title>&lt;b&gt;x&lt;/b&gt;</title>" in page
    assert "No conflicts." in page


def test_undecided_consensus_is_said() -> None:
    r = recon.reconcile([("a", "x", "killed", 3), ("b", "x", "killed", 5)])
    assert r.groups[0].consensus is None
    assert "undecided" in r.groups[0]._repr_html_()
    assert "undecided" in str(r)


def test_qualifier_shown_in_values(report: recon.Report) -> None:
    g = report.group("قاعدة K1", "killed")
    assert g is not None and g.status is recon.Status.CONFLICT
    html_ = g._repr_html_()
    assert "at least 29" in html_


def test_highlight_never_finds_a_number_inside_a_longer_one() -> None:
    quote = "خزنت 2750 طناً منذ 7 سنوات"
    s, e = highlight(quote, "7")  # type: ignore[misc]
    assert (s, e) == (quote.index(" 7 ") + 1, quote.index(" 7 ") + 2)
    assert highlight("بلغ 1.5 مليون", "5") is None


def test_structured_claims_without_raw_text_still_get_their_figure_marked() -> None:
    claims = [
        Claim(entity="e", field="f", value=Quantity(value=2946, unit="person"), source=AFP,
              quote="ارتفعت الحصيلة إلى 2946 قتيلا"),
        Claim(entity="e", field="f", value=Quantity(value=4000, unit="person"), source=QNA,
              quote="إصابة نحو 4,000 شخص في 12 موقعا"),
    ]  # fmt: skip
    page = recon.reconcile(claims).to_html()
    assert "<mark>2946</mark>" in page and "<mark>4,000</mark>" in page
