"""Reports as plain text and as Markdown (private; :mod:`recon.render` re-exports
the public functions).  Text output replaces control characters; Markdown output
escapes both HTML and Markdown syntax."""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING

from recon._render_base import (
    _STATUS_LABEL,
    _distinct,
    _n,
    _singles,
    _summary,
    claim_figure,
)
from recon.model import Claim

if TYPE_CHECKING:
    from recon.report import Group, Report

__all__ = ["group_text", "report_markdown", "report_text"]

# -- plain text ---------------------------------------------------------------


def _clean(s: object) -> str:
    """One line of untrusted text, safe for a terminal: control characters replaced."""
    out = []
    for ch in str(s):
        if ch in "\n\t\r":
            out.append(" ")
        elif unicodedata.category(ch) == "Cc":
            out.append("\ufffd")
        else:
            out.append(ch)
    return "".join(out)


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
    if c.cue is not None:
        who += f"; cue: {c.cue.value}"
    return who


def _quote_text(c: Claim, width: int = 160) -> str:
    q = " ".join((c.quote or "").split())
    if len(q) > width:
        hit = claim_figure(c, q)
        start = max(0, hit[0] - width // 2) if hit else 0
        q = ("…" if start else "") + q[start : start + width] + "…"
    return q


def _times(n: int) -> str:
    return f" (stated {n} times)" if n > 1 else ""


def group_text(g: Group, *, indent: str = "") -> str:
    """A group as indented plain text: values, then their sources and quotes."""
    head = f"[{_STATUS_LABEL[g.status].upper()}] {_clean(g.entity.name)} · {_clean(g.field)}"
    lines = [indent + head]
    if g.consensus is not None:
        lines.append(
            f"{indent}  best supported: {_clean(g.consensus)}  (confidence {g.confidence:.2f})"
        )
    elif len(g.candidates) > 1:
        lines.append(f"{indent}  best supported: undecided")
    for k in g.candidates:
        lines.append(
            f"{indent}  • {_clean(k.value)}  — {_n(len(k.sources), 'source')}, score {k.score:.2f}"
        )
        for c, times in _distinct(k.claims):
            lines.append(f"{indent}      {_clean(_who(c))}{_times(times)}")
            if c.quote:
                lines.append(f"{indent}        “{_clean(_quote_text(c))}”")
    for n in g.notes:
        lines.append(f"{indent}  note: {_clean(n)}")
    return "\n".join(lines)


def _underlined(title: str) -> list[str]:
    return [title, "=" * len(title)]


def _section(title: str, groups: Sequence[Group]) -> list[str]:
    if not groups:
        return []
    out = _underlined(f"{title} ({len(groups)})")
    for g in groups:
        out.append(group_text(g))
        out.append("")
    return out


def report_text(r: Report, *, only_conflicts: bool = False) -> str:
    """``str(report)``: each conflict with its values, sources, speakers, quotes."""
    lines = [f"recon report: {_summary(r)} (policy: {_clean(r.policy)})", ""]
    lines += _section("Conflicts", r.conflicts)
    if not r.conflicts:
        lines += ["No conflicts.", ""]
    if not only_conflicts:
        lines += _section("Updates", r.updates)
        lines += _section("Agreements", r.agreements)
        singles = _singles(r)
        if singles:
            lines += [f"Single-source claims: {_n(len(singles), 'group')}", ""]
        if r.trust:
            lines += _underlined("Source trust")
            for t in sorted(r.trust, key=lambda t: (-t.trust, t.source.id)):
                lines.append(f"  {t.trust:.2f}  {_clean(t.source.label)}  ({_clean(t.evidence)})")
            lines.append("")
        if r.dependencies:
            lines += _underlined("Dependent sources")
            for d in r.dependencies:
                lines.append(
                    f"  {_clean(d.a)} ~ {_clean(d.b)} ({d.score:.2f}): {_clean(d.evidence)}"
                )
            lines.append("")
    if r.skipped:
        lines += _underlined("Skipped")
        for s in r.skipped:
            lines.append(f"  {_clean(s.item)}: {_clean(s.reason)}")
    return "\n".join(lines).rstrip() + "\n"


# -- Markdown -----------------------------------------------------------------

_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]|#~!{}"})


def _md(s: object) -> str:
    """Untrusted text as inert Markdown: HTML escaped, Markdown syntax backslashed,
    on one line (runs of white space become one space, kept at the ends)."""
    text = "".join(" " if ch.isspace() else ch for ch in str(s))
    return html.escape(text, quote=False).translate(_MD_SPECIAL)


def _md_quote(c: Claim) -> str:
    q = _quote_text(c)
    hit = claim_figure(c, q)
    if not hit:
        return _md(q)
    a, b = hit
    return f"{_md(q[:a])}**{_md(q[a:b])}**{_md(q[b:])}"


def _md_group(g: Group) -> list[str]:
    out = [f"### {_md(g.entity.name)} · {_md(g.field)} — {_STATUS_LABEL[g.status]}", ""]
    if g.consensus is not None:
        out.append(f"Best supported: **{_md(g.consensus)}** (confidence {g.confidence:.2f})")
    elif len(g.candidates) > 1:
        out.append("Best supported: **undecided**")
    out += ["", "| value | score | source | outlet | date | speaker | cue | quote |"]
    out.append("|---|---|---|---|---|---|---|---|")
    for k in g.candidates:
        for c, _n_times in _distinct(k.claims):
            s = c.source
            date = s.published.isoformat() if s.published else ""
            out.append(
                f"| {_md(k.value)} | {k.score:.2f} | {_md(s.id)} | {_md(s.outlet or '')} | "
                f"{date} | {_md(c.speaker or '')} | {c.cue.value if c.cue else ''} | "
                f"{_md_quote(c) if c.quote else ''} |"
            )
    out += [f"\n> note: {_md(n)}" for n in g.notes]
    out.append("")
    return out


def report_markdown(r: Report, *, only_conflicts: bool = False) -> str:
    """The report as GitHub-flavoured Markdown; every input string escaped."""
    out = ["# recon report", "", _summary(r) + f" · policy {_md(r.policy)}", ""]
    sections: list[tuple[str, Sequence[Group]]] = [("Conflicts", r.conflicts)]
    if not only_conflicts:
        sections += [("Updates", r.updates), ("Agreements", r.agreements)]
    for title, groups in sections:
        if groups:
            out += [f"## {title} ({len(groups)})", ""]
            for g in groups:
                out += _md_group(g)
    if not r.conflicts:
        out += ["No conflicts.", ""]
    if r.trust and not only_conflicts:
        out += ["## Source trust", "", "| source | outlet | trust | claims | evidence |"]
        out.append("|---|---|---|---|---|")
        for t in sorted(r.trust, key=lambda t: (-t.trust, t.source.id)):
            out.append(
                f"| {_md(t.source.id)} | {_md(t.source.outlet or '')} | {t.trust:.2f} | "
                f"{t.claims} | {_md(t.evidence)} |"
            )
        out.append("")
    if r.skipped:
        out += ["## Skipped", ""]
        out += [f"- {_md(s.item)}: {_md(s.reason)}" for s in r.skipped]
        out.append("")
    return "\n".join(out).rstrip() + "\n"
