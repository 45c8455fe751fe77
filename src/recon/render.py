"""Rendering reports for people: plain text, Markdown and HTML.

Everything taken from the input (article text, outlet names, speakers,
entity and field names, URLs) is untrusted: HTML output escapes it, Markdown
output escapes both HTML and Markdown syntax, text output replaces control
characters (a terminal escape sequence in an article must not repaint the
analyst's terminal).  URLs become links only when they are ``http(s)``.

Arabic quotes are set right-to-left (``dir="rtl" lang="ar"``) with the
claimed figure in ``<mark>``; names inside English sentences are wrapped in
``<bdi>`` so that right-to-left text never reorders the sentence around it.

The work is done in private modules, one a form: ``_render_base`` (what all
forms share: finding the figure in its quote, folding repeated claims),
``_render_text`` (plain text and Markdown) and ``_render_html``; this module
is the public face.
"""

from recon._render_base import claim_figure, highlight, is_rtl
from recon._render_html import claim_html, group_html, report_html, report_page
from recon._render_text import group_text, report_markdown, report_text

__all__ = [
    "claim_figure",
    "claim_html",
    "group_html",
    "group_text",
    "highlight",
    "is_rtl",
    "report_html",
    "report_markdown",
    "report_page",
    "report_text",
]
