"""The HTML report in a real browser: headless Chromium renders the page and
dumps the DOM it built, and takes a screenshot (kept in the test's tmp_path).

Skipped when Chromium is absent on a developer machine; on CI (``CI=true``)
a missing browser is a failure, since .ci/run installs it.
"""

from __future__ import annotations

import html.parser
import os
import shutil
import subprocess
from pathlib import Path

import pytest

import recon
from recon.model import Claim, Quantity, Source, TextValue

pytestmark = pytest.mark.browser

INJECTED_TITLE = "pwned-by-injection"
PAYLOADS = (
    f"<script>document.title='{INJECTED_TITLE}'</script>",
    f'"><img src=x onerror="document.title=\'{INJECTED_TITLE}\'">',
    f"<svg onload=\"document.title='{INJECTED_TITLE}'\"></svg>",
)


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    if Path("/usr/bin/chromium").exists():
        return "/usr/bin/chromium"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail("Chromium is not installed, and CI must run the browser test")
    pytest.skip("Chromium is not installed (apt-get install chromium); CI runs this test")


def _browse(page: Path, tmp: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    cmd = [
        _chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        f"--user-data-dir={tmp / 'profile'}",
        *extra,
        page.as_uri(),
    ]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)


def _report() -> recon.Report:
    afp = Source(id="afp-0412", outlet="AFP", published="2024-04-12", url="https://example.org/afp")
    sana = Source(id="sana-0412", outlet="سانا", published="2024-04-12")
    alarabiya = Source(id="alarabiya-0412", outlet="العربية", published="2024-04-12")
    evil = Source(id="blog-1", outlet=PAYLOADS[1], url="javascript:alert(1)")

    def q(v: float, raw: str, qual: str = "exact", unit: str = "person") -> Quantity:
        return Quantity(value=v, unit=unit, qualifier=qual, raw=raw)

    ent = "مطار حلب الدولي"
    claims = [
        Claim(entity=ent, field="killed", value=q(12, "12"), source=afp,
              quote="قال المرصد السوري لحقوق الإنسان إن 12 شخصاً قتلوا في الغارة.",
              speaker="المرصد السوري لحقوق الإنسان"),
        Claim(entity=ent, field="killed", value=q(5, "خمسة"), source=sana,
              quote="أسفر العدوان عن استشهاد خمسة أشخاص، وفق مصدر عسكري.",
              speaker="مصدر عسكري"),
        Claim(entity=ent, field="killed", value=q(12, "12"), source=alarabiya,
              quote="ارتفع عدد القتلى إلى 12 بحسب المرصد."),
        Claim(entity=ent, field="closure", value=q(3, "ثلاثة أيام على الأقل", "at_least", "day"),
              source=afp, quote="أُغلق المطار لثلاثة أيام على الأقل، وفق مصادر ملاحية."),
        Claim(entity=ent, field="closure", value=q(1, "يوم واحد", unit="day"), source=sana,
              quote="استؤنفت الرحلات بعد يوم واحد من الإغلاق."),
        Claim(entity=PAYLOADS[0], field=PAYLOADS[2], value=TextValue(value=PAYLOADS[0]),
              source=evil, quote=PAYLOADS[0], speaker=PAYLOADS[1]),
        Claim(entity=PAYLOADS[0], field=PAYLOADS[2], value=TextValue(value="safe"),
              source=afp, quote="A harmless English quote."),
        Claim(entity=ent, field="runway", value=TextValue(value="المدرج الرئيسي"), source=afp),
        Claim(entity=ent, field="runway", value=TextValue(value="المدرج الرئيسي"), source=sana),
    ]  # fmt: skip
    return recon.reconcile(claims, link="exact")


class _DomScan(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.title = ""
        self._in_title = False
        self.elements: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        self._in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> tuple[recon.Report, str, Path]:
    tmp = tmp_path_factory.mktemp("browser")
    report = _report()
    page = tmp / "report.html"
    page.write_text(report.to_html(), encoding="utf-8")
    dom = _browse(page, tmp, "--dump-dom", "--virtual-time-budget=2000")
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert "<html" in dom.stdout, dom.stderr[-2000:]
    return report, dom.stdout, tmp


def _scan(dom: str) -> _DomScan:
    s = _DomScan()
    s.feed(dom)
    return s


def test_every_conflict_card_is_in_the_rendered_dom(
    rendered: tuple[recon.Report, str, Path],
) -> None:
    report, dom, _ = rendered
    assert len(report.conflicts) == 3
    cards = [a for t, a in _scan(dom).elements if t == "article" and a.get("data-status")]
    conflict_ids = {a["id"] for a in cards if a["data-status"] == "conflict"}
    assert conflict_ids == {g.id for g in report.conflicts}
    assert {a["id"] for a in cards if a["data-status"] == "agree"} == {
        g.id for g in report.agreements
    }


def test_arabic_quotes_render_right_to_left(rendered: tuple[recon.Report, str, Path]) -> None:
    _, dom, _ = rendered
    quotes = [a for t, a in _scan(dom).elements if t == "blockquote"]
    rtl = [a for a in quotes if a.get("dir") == "rtl"]
    # five Arabic quotes in conflicts; the English and payload ones are not rtl
    assert len(rtl) == 5
    assert all(a.get("lang") == "ar" for a in rtl)
    assert "<mark>خمسة</mark>" in dom and "<mark>12</mark>" in dom


def test_no_injected_script_ran(rendered: tuple[recon.Report, str, Path]) -> None:
    _, dom, _ = rendered
    scan = _scan(dom)
    assert scan.title == "recon report"  # a payload would have set document.title
    tags = {t for t, _ in scan.elements}
    assert not tags & {"script", "img", "svg"}
    for _, attrs in scan.elements:
        assert not any(k.startswith("on") for k in attrs)
        assert not (attrs.get("href") or "").startswith("javascript")
    assert "&lt;script&gt;" in dom


def test_screenshot(rendered: tuple[recon.Report, str, Path]) -> None:
    _, _, tmp = rendered
    shot = tmp / "report.png"
    page = tmp / "report.html"
    p = _browse(page, tmp, f"--screenshot={shot}", "--window-size=1280,2000")
    assert p.returncode == 0, p.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 20_000  # a blank page compresses to a few kilobytes
