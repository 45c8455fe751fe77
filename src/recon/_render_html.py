"""Reports as HTML: cards for Jupyter and a self-contained page (private;
:mod:`recon.render` re-exports the public functions).  Everything taken from
the input is escaped; names inside English sentences sit in ``<bdi>``."""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import TYPE_CHECKING

from recon._render_base import _STATUS_LABEL, _distinct, _n, _singles, claim_figure, is_rtl
from recon.model import Claim

if TYPE_CHECKING:
    from recon.report import Candidate, Group, Report

__all__ = ["claim_html", "group_html", "report_html", "report_page"]


def _esc(s: object) -> str:
    return html.escape(str(s), quote=True)


def _bdi(s: object) -> str:
    return f"<bdi>{_esc(s)}</bdi>"


def _url(url: str | None) -> str:
    if not url:
        return ""
    u = url.strip()
    if u.lower().startswith(("http://", "https://")) and not any(c.isspace() for c in u):
        return f'<a href="{_esc(u)}" rel="noopener noreferrer nofollow">{_esc(u)}</a>'
    return f'<span class="recon-url">{_esc(u)}</span>'


def _quote_html(c: Claim) -> str:
    q = c.quote or ""
    rtl = is_rtl(q)
    attrs_ = ' dir="rtl" lang="ar"' if rtl else f' dir="auto" lang="{_esc(c.source.language)}"'
    hit = claim_figure(c, q)
    if hit:
        a, b = hit
        body = f"{_esc(q[:a])}<mark>{_esc(q[a:b])}</mark>{_esc(q[b:])}"
    else:
        body = _esc(q)
    return f'<blockquote class="recon-quote"{attrs_}>{body}</blockquote>'


def _supporter(c: Claim, times: int = 1) -> str:
    s = c.source
    bits = [f'<span class="recon-src">{_bdi(s.id)}</span>']
    if s.outlet:
        bits.append(f'<span class="recon-outlet">{_bdi(s.outlet)}</span>')
    if s.published:
        bits.append(f'<span class="recon-date">{s.published.isoformat()}</span>')
    if c.speaker:
        bits.append(f'<span class="recon-speaker">said by {_bdi(c.speaker)}</span>')
    if c.as_of and c.as_of != s.published:
        bits.append(f'<span class="recon-date">as of {c.as_of.isoformat()}</span>')
    if c.cue is not None:
        bits.append(f'<span class="recon-cue" data-cue="{c.cue.value}">{c.cue.value}</span>')
    if times > 1:
        bits.append(f'<span class="recon-times">stated {times} times</span>')
    link = _url(s.url)
    who = " · ".join(bits) + (f" · {link}" if link else "")
    quote = _quote_html(c) if c.quote else ""
    return f'<li class="recon-claim"><div class="recon-who">{who}</div>{quote}</li>'


def _candidate(k: Candidate, winner: bool) -> str:
    cls = "recon-candidate recon-winner" if winner else "recon-candidate"
    supporters = "".join(_supporter(c, n) for c, n in _distinct(k.claims))
    return (
        f'<section class="{cls}"><div class="recon-value">{_bdi(k.value)}</div>'
        f'<div class="recon-score">{_n(len(k.sources), "source")} · score {k.score:.2f}</div>'
        f'<ul class="recon-claims">{supporters}</ul></section>'
    )


def group_html(g: Group) -> str:
    """One group as a card: the values side by side, supporters and quotes under each."""
    if g.consensus is not None:
        cons = f"best supported: <b>{_bdi(g.consensus)}</b> (confidence {g.confidence:.2f})"
    elif len(g.candidates) > 1:
        cons = "best supported: <b>undecided</b> (the values are equally supported)"
    else:
        cons = ""
    # The consensus is not always the top-scored value (the narrowest of an
    # agreement, the latest of an update): mark the candidate that holds it.
    cands = "".join(
        _candidate(k, g.consensus is not None and k.value == g.consensus) for k in g.candidates
    )
    notes = "".join(f'<p class="recon-note">{_esc(n)}</p>' for n in g.notes)
    return (
        f'<article class="recon-card recon-{g.status.value}" id="{_esc(g.id)}" '
        f'data-status="{g.status.value}"><header class="recon-head">'
        f'<span class="recon-status">{_STATUS_LABEL[g.status]}</span> '
        f"<b>{_bdi(g.entity.name)}</b> · {_bdi(g.field)}</header>"
        + (f'<p class="recon-consensus">{cons}</p>' if cons else "")
        + f'<div class="recon-values">{cands}</div>{notes}</article>'
    )


def claim_html(c: Claim) -> str:
    """One claim, for ``Claim._repr_html_``: entity · field = value, who, quote."""
    return (
        f'<div class="recon"><style>{_CSS}</style><article class="recon-card recon-claim-card">'
        f'<header class="recon-head"><b>{_bdi(c.entity)}</b> · {_bdi(c.field)} = '
        f'<span class="recon-value">{_bdi(c.value)}</span></header>'
        f'<ul class="recon-claims">{_supporter(c)}</ul></article></div>'
    )


_CSS = """
.recon{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Naskh Arabic",sans-serif;
 max-width:72em;line-height:1.45;color:#1f2328}
.recon h1{font-size:1.6em;margin:.2em 0}.recon h2{font-size:1.25em;margin:1.2em 0 .4em}
.recon-summary{display:flex;flex-wrap:wrap;gap:.5em;margin:.4em 0 1em;padding:0;list-style:none}
.recon-summary li{border:1px solid #d0d7de;border-radius:6px;padding:.3em .8em;background:#f6f8fa}
.recon-summary b{font-size:1.2em}
.recon-card{border:1px solid #d0d7de;border-radius:8px;padding:.6em .9em;margin:.7em 0;
 background:#fff}
.recon-conflict{border-left:6px solid #cf222e}.recon-agree{border-left:6px solid #1a7f37}
.recon-update{border-left:6px solid #0969da}.recon-single{border-left:6px solid #8c959f}
.recon-head{font-size:1.05em}
.recon-status{font-size:.75em;text-transform:uppercase;letter-spacing:.06em;padding:.1em .5em;
 border-radius:1em;background:#eaeef2;margin-inline-end:.4em}
.recon-conflict .recon-status{background:#ffebe9;color:#a40e26}
.recon-consensus{margin:.3em 0;color:#444}
.recon-values{display:flex;flex-wrap:wrap;gap:.8em;margin-top:.4em}
.recon-candidate{flex:1 1 18em;border:1px solid #eaeef2;border-radius:6px;padding:.4em .6em;
 background:#fbfcfd}
.recon-winner{border-color:#9fd5ab}
.recon-value{font-size:1.25em;font-weight:600}.recon-score{color:#656d76;font-size:.8em}
.recon-claims{list-style:none;margin:.3em 0 0;padding:0}
.recon-claim{margin:.35em 0}.recon-who{color:#444;font-size:.85em}
.recon-speaker{font-style:italic}.recon-url{color:#656d76}
.recon-cue{font-size:.85em;padding:0 .4em;border-radius:1em;background:#ddf4ff;color:#0550ae}
.recon-quote{margin:.2em 0;padding:.25em .6em;border-inline-start:3px solid #d0d7de;
 font-size:1em;background:#fff}
.recon-quote[dir=rtl]{font-family:"Noto Naskh Arabic","Noto Sans Arabic","Amiri",serif;
 font-size:1.08em}
.recon mark{background:#fde68a;padding:0 .1em;border-radius:2px}
.recon-note{color:#7d4e00;font-size:.85em;margin:.3em 0}
.recon details{margin:.8em 0}.recon summary{cursor:pointer;font-weight:600}
.recon table{border-collapse:collapse;margin:.4em 0}
.recon th,.recon td{border-bottom:1px solid #eaeef2;padding:.25em .7em;text-align:start;
 vertical-align:top}
.recon td.num{text-align:end;font-variant-numeric:tabular-nums}.recon td.nw{white-space:nowrap}
"""


def _trust_table(r: Report) -> str:
    rows = "".join(
        f'<tr><td class="nw">{_bdi(t.source.id)}</td><td>{_bdi(t.source.outlet or "")}</td>'
        f'<td class="nw">{t.source.published.isoformat() if t.source.published else ""}</td>'
        f'<td class="num">{t.trust:.2f}</td><td class="num">{t.claims}</td>'
        f'<td class="num">{t.agreed}</td><td class="num">{t.disagreed}</td>'
        f"<td>{_esc(t.evidence)}</td></tr>"
        for t in sorted(r.trust, key=lambda t: (-t.trust, t.source.id))
    )
    return (
        '<table class="recon-trust"><thead><tr><th>source</th><th>outlet</th><th>published</th>'
        "<th>trust</th><th>claims</th><th>agreed</th><th>disagreed</th><th>evidence</th></tr>"
        f"</thead><tbody>{rows}</tbody></table>"
    )


def _cards(groups: Iterable[Group]) -> str:
    return "".join(group_html(g) for g in groups)


def _summary_html(r: Report) -> str:
    items = [
        (len(r.conflicts), "conflict"),
        (len(r.updates), "update"),
        (len(r.agreements), "agreement"),
        (len(_singles(r)), "single-source group"),
        (len(r.sources), "source"),
    ]
    lis = "".join(f"<li><b>{n}</b> {word if n == 1 else word + 's'}</li>" for n, word in items)
    policy = f"<li>policy <b>{_esc(r.policy)}</b></li>" if r.policy else ""
    return f'<ul class="recon-summary">{lis}{policy}</ul>'


def report_html(r: Report, *, only_conflicts: bool = False, level: int = 3) -> str:
    """The report as an HTML fragment (what Jupyter shows), styles included."""
    h = f"h{level}"
    parts = [f'<div class="recon"><style>{_CSS}</style>', _summary_html(r)]
    parts.append(f'<section class="recon-conflicts"><{h}>Conflicts ({len(r.conflicts)})</{h}>')
    parts.append(_cards(r.conflicts) or "<p>No conflicts.</p>")
    parts.append("</section>")
    if not only_conflicts:
        if r.updates:
            parts.append(f'<section class="recon-updates"><{h}>Updates ({len(r.updates)})</{h}>')
            parts.append(_cards(r.updates) + "</section>")
        if r.agreements:
            parts.append(
                f'<details class="recon-agreements"><summary>Agreements ({len(r.agreements)})'
                f"</summary>{_cards(r.agreements)}</details>"
            )
        singles = _singles(r)
        if singles:
            parts.append(
                f'<details class="recon-singles"><summary>Single-source claims ({len(singles)})'
                f"</summary>{_cards(singles)}</details>"
            )
        if r.trust:
            parts.append(f'<section class="recon-trust-section"><{h}>Source trust</{h}>')
            parts.append(_trust_table(r) + "</section>")
        if r.dependencies:
            deps = "".join(
                f"<li>{_bdi(d.a)} ~ {_bdi(d.b)} ({d.score:.2f}): {_esc(d.evidence)}</li>"
                for d in r.dependencies
            )
            parts.append(
                f'<section class="recon-dependencies"><{h}>Dependent sources</{h}>'
                f"<ul>{deps}</ul></section>"
            )
    if r.skipped:
        items = "".join(f"<li>{_bdi(s.item)}: {_esc(s.reason)}</li>" for s in r.skipped)
        parts.append(
            f'<section class="recon-skipped"><{h}>Skipped inputs ({len(r.skipped)})</{h}>'
            f"<ul>{items}</ul></section>"
        )
    parts.append("</div>")
    return "".join(parts)


def report_page(r: Report, *, only_conflicts: bool = False, title: str = "recon report") -> str:
    """A complete, self-contained HTML page: inline CSS, no script, no external asset."""
    from recon import __version__

    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        # No script runs in the page and nothing is fetched: a strict policy
        # makes that hold even if escaping ever failed.
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; img-src data:\">"
        f"<title>{_esc(title)}</title></head><body>"
        f'<main class="recon"><h1>{_esc(title)}</h1>'
        f"{report_html(r, only_conflicts=only_conflicts, level=2)}"
        f'<footer class="recon-score">generated by recon {_esc(__version__)}</footer>'
        "</main></body></html>\n"
    )
