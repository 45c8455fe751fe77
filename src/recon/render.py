"""Rendering reports for people: plain text, Markdown and HTML.

Everything taken from the input (article text, outlet names, speakers,
entity names) is escaped wherever it is rendered.  Arabic quotes are set
right-to-left (``dir="rtl"``, or ``dir="auto"`` for mixed text) with the
claimed figure highlighted.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import TYPE_CHECKING

from recon.model import Claim, Status

if TYPE_CHECKING:
    from recon.report import Group, Report

__all__ = ["group_html", "group_text", "report_html", "report_markdown", "report_page", "report_text"]

_STATUS_LABEL = {
    Status.CONFLICT: "CONFLICT",
    Status.AGREE: "agree",
    Status.UPDATE: "update",
    Status.SINGLE: "single source",
}


def _is_rtl(text: str) -> bool:
    strong = [c for c in text if c.isalpha()]
    if not strong:
        return False
    rtl = sum(1 for c in strong if "\u0590" <= c <= "\u08ff" or "\ufb1d" <= c <= "\ufefc")
    return rtl * 2 >= len(strong)


def _who(c: Claim) -> str:
    s = c.source
    parts = [s.id]
    if s.outlet:
        parts.append(s.outlet)
    if s.published:
        parts.append(s.published.isoformat())
    who = ", ".join(parts)
    if c.speaker:
        who += f"; said by {c.speaker}"
    return who


def _quote_text(c: Claim, width: int = 160) -> str:
    q = " ".join((c.quote or "").split())
    if len(q) > width:
        raw = c.value.raw
        at = q.find(raw) if raw else -1
        start = max(0, at - width // 2) if at >= 0 else 0
        q = ("…" if start else "") + q[start : start + width] + "…"
    return q


def group_text(g: Group, *, indent: str = "") -> str:
    lines = [f"{indent}[{_STATUS_LABEL[g.status]}] {g.entity.name} · {g.field}"]
    if g.consensus is not None:
        lines.append(f"{indent}  best supported: {g.consensus}  (confidence {g.confidence:.2f})")
    elif len(g.candidates) > 1:
        lines.append(f"{indent}  best supported: undecided")
    for k in g.candidates:
        lines.append(f"{indent}  • {k.value}  — {len(k.sources)} source(s), score {k.score:.2f}")
        for c in k.claims:
            lines.append(f"{indent}      {_who(c)}")
            if c.quote:
                lines.append(f"{indent}        “{_quote_text(c)}”")
    for n in g.notes:
        lines.append(f"{indent}  note: {n}")
    return "\n".join(lines)


def _section(title: str, groups: Iterable[Group]) -> list[str]:
    gs = list(groups)
    if not gs:
        return []
    out = [f"{title} ({len(gs)})", "=" * (len(title) + 4 + len(str(len(gs))))]
    for g in gs:
        out.append(group_text(g))
        out.append("")
    return out


def report_text(r: Report, *, only_conflicts: bool = False) -> str:
    head = (
        f"recon report: {len(r.groups)} groups, {len(r.conflicts)} conflicts, "
        f"{len(r.agreements)} agreements, {len(r.updates)} updates, "
        f"{len(r.sources)} sources (policy: {r.policy})"
    )
    lines = [head, ""]
    lines += _section("Conflicts", r.conflicts)
    if not only_conflicts:
        lines += _section("Updates", r.updates)
        lines += _section("Agreements", r.agreements)
        singles = [g for g in r.groups if g.status is Status.SINGLE]
        if singles:
            lines.append(f"Single-source claims: {len(singles)} groups")
            lines.append("")
        if r.trust:
            lines.append("Source trust")
            lines.append("============")
            for t in sorted(r.trust, key=lambda t: (-t.trust, t.source.id)):
                lines.append(f"  {t.trust:.2f}  {t.source.label}  ({t.evidence})")
            lines.append("")
        if r.dependencies:
            lines.append("Dependent sources")
            lines.append("=================")
            for d in r.dependencies:
                lines.append(f"  {d.a} ~ {d.b} ({d.score:.2f}): {d.evidence}")
            lines.append("")
    if r.skipped:
        lines.append("Skipped")
        lines.append("=======")
        for s in r.skipped:
            lines.append(f"  {s.item}: {s.reason}")
    return "\n".join(lines).rstrip() + "\n"


def _md_cell(s: object) -> str:
    return html.escape(str(s)).replace("|", "\\|").replace("\n", " ")


def report_markdown(r: Report, *, only_conflicts: bool = False) -> str:
    out = [
        "# recon report",
        "",
        f"{len(r.groups)} groups · **{len(r.conflicts)} conflicts** · "
        f"{len(r.agreements)} agreements · {len(r.updates)} updates · {len(r.sources)} sources",
        "",
    ]
    groups = r.conflicts if only_conflicts else r.groups
    for g in groups:
        out.append(f"## {_md_cell(g.entity.name)} · {_md_cell(g.field)} — {g.status.value}")
        out.append("")
        out.append("| value | score | source | speaker | quote |")
        out.append("|---|---|---|---|---|")
        for k in g.candidates:
            for c in k.claims:
                out.append(
                    f"| {_md_cell(k.value)} | {k.score:.2f} | {_md_cell(_who(c).split(';')[0])} | "
                    f"{_md_cell(c.speaker or '')} | {_md_cell(_quote_text(c))} |"
                )
        out.append("")
    return "\n".join(out)


def _esc(s: object) -> str:
    return html.escape(str(s), quote=True)


def _quote_html(c: Claim) -> str:
    q = c.quote or ""
    raw = c.value.raw
    d = "rtl" if _is_rtl(q) else "auto"
    if raw and raw in q:
        i = q.index(raw)
        body = f"{_esc(q[:i])}<mark>{_esc(raw)}</mark>{_esc(q[i + len(raw):])}"
    else:
        body = _esc(q)
    return f'<blockquote class="recon-quote" dir="{d}" lang="{_esc(c.source.language)}">{body}</blockquote>'


def group_html(g: Group) -> str:
    cls = f"recon-group recon-{g.status.value}"
    cols = []
    for k in g.candidates:
        claims = "".join(
            f'<div class="recon-claim"><div class="recon-who">{_esc(_who(c))}</div>'
            f"{_quote_html(c) if c.quote else ''}</div>"
            for c in k.claims
        )
        cols.append(
            f'<td class="recon-candidate"><div class="recon-value">{_esc(k.value)}</div>'
            f'<div class="recon-score">score {k.score:.2f}</div>{claims}</td>'
        )
    cons = (
        f"best supported: <b>{_esc(g.consensus)}</b> (confidence {g.confidence:.2f})"
        if g.consensus is not None
        else "best supported: <b>undecided</b>"
    )
    notes = "".join(f'<div class="recon-note">{_esc(n)}</div>' for n in g.notes)
    return (
        f'<div class="{cls}"><div class="recon-head"><span class="recon-status">'
        f"{_esc(_STATUS_LABEL[g.status])}</span> <b>{_esc(g.entity.name)}</b> · "
        f"{_esc(g.field)}</div><div>{cons}</div>"
        f'<table class="recon-values"><tr>{"".join(cols)}</tr></table>{notes}</div>'
    )


_CSS = """
.recon{font-family:system-ui,sans-serif;max-width:70em}
.recon-group{border:1px solid #ccc;border-radius:6px;padding:.5em .8em;margin:.6em 0}
.recon-conflict{border-color:#c0392b;border-left:6px solid #c0392b}
.recon-agree{border-left:6px solid #27ae60}.recon-update{border-left:6px solid #2980b9}
.recon-status{font-size:.8em;text-transform:uppercase;letter-spacing:.05em}
.recon-values td{vertical-align:top;padding:.3em .8em .3em 0;min-width:14em}
.recon-value{font-size:1.2em;font-weight:600}.recon-score{color:#666;font-size:.8em}
.recon-who{color:#444;font-size:.85em;margin-top:.3em}
.recon-quote{margin:.2em 0;padding:.2em .5em;border-inline-start:3px solid #ddd;font-size:.95em}
.recon-quote mark{background:#fde68a}
.recon-note{color:#8a6d3b;font-size:.85em}
.recon table.recon-trust td,.recon table.recon-trust th{padding:.2em .6em;text-align:start}
"""


def report_html(r: Report, *, only_conflicts: bool = False) -> str:
    conflicts = "".join(group_html(g) for g in r.conflicts)
    others = "" if only_conflicts else "".join(
        group_html(g) for g in r.groups if g.status in (Status.AGREE, Status.UPDATE)
    )
    trust = "".join(
        f"<tr><td>{_esc(t.source.label)}</td><td>{t.trust:.2f}</td><td>{t.claims}</td>"
        f"<td>{_esc(t.evidence)}</td></tr>"
        for t in sorted(r.trust, key=lambda t: (-t.trust, t.source.id))
    )
    return (
        f'<div class="recon"><style>{_CSS}</style>'
        f"<p><b>{len(r.conflicts)} conflicts</b>, {len(r.agreements)} agreements, "
        f"{len(r.updates)} updates in {len(r.groups)} groups from {len(r.sources)} sources</p>"
        f"<h3>Conflicts</h3>{conflicts or '<p>none</p>'}"
        + (f"<details><summary>Agreements and updates</summary>{others}</details>" if others else "")
        + (
            '<h3>Source trust</h3><table class="recon-trust"><tr><th>source</th><th>trust</th>'
            f"<th>claims</th><th>evidence</th></tr>{trust}</table>"
            if trust and not only_conflicts
            else ""
        )
        + "</div>"
    )


def report_page(r: Report, *, only_conflicts: bool = False) -> str:
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        "<title>recon report</title></head><body>"
        f"<h1>recon report</h1>{report_html(r, only_conflicts=only_conflicts)}</body></html>\n"
    )
