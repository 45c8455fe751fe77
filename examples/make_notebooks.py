"""Write the example notebooks (outputs cleared): ``python examples/make_notebooks.py``.

The notebooks are generated so that their source stays reviewable as Python;
edit the cells here, not in the ``.ipynb`` files.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent

FIND_SEEDS = '''\
from pathlib import Path


def find_up(name: str) -> Path:
    """The folder ``name`` in the current directory or the nearest parent that has one."""
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        if (folder / name).is_dir():
            return folder / name
    raise FileNotFoundError(f"no {name}/ folder in {here} or any parent")


SEEDS = find_up("seeds")
SEEDS'''

QUICKSTART = [
    new_markdown_cell(
        "# recon quickstart\n\n"
        "Five Arabic news articles about the handover of bases in Iraq (the `seeds/` "
        "folder of the repository) report figures that do not always agree. recon "
        "extracts the claims, links the entities they are about, groups them by "
        "(entity, field) and tells you what agrees, what conflicts, and who said what."
    ),
    new_code_cell(FIND_SEEDS),
    new_markdown_cell(
        "`load_corpus` reads a folder of `.txt` articles; `sources.json` beside them "
        "gives each article's outlet and publication date."
    ),
    new_code_cell(
        "import recon\n\ncorpus = recon.load_corpus(SEEDS)\n"
        "print(corpus)\n[(d.id, d.source.outlet, d.source.published) for d in corpus]"
    ),
    new_markdown_cell(
        "`reconcile` runs the whole pipeline. In Jupyter the report shows itself: "
        "one card per conflict with the competing values side by side, the sources "
        "and speakers under each, and the Arabic quotes right-to-left with the "
        "claimed figure highlighted."
    ),
    new_code_cell("report = recon.reconcile(corpus)\nreport"),
    new_markdown_cell("## The conflicts\n\nEach group is displayable on its own too."),
    new_code_cell(
        "from IPython.display import display\n\n"
        "print(f'{len(report.conflicts)} conflicts in {len(report.groups)} groups')\n"
        "for group in report.conflicts:\n    display(group)"
    ),
    new_code_cell(
        "for group in report.conflicts:\n"
        "    print(group.entity.name, group.field, group.status)\n"
        "    for candidate in group.candidates:\n"
        "        print('   ', candidate.value, 'from', ', '.join(candidate.sources))"
    ),
    new_markdown_cell(
        "## To pandas\n\n`to_pandas()` gives one row per claim: the document, the "
        "entity and the mention as written, the field, the value with its interval, "
        "unit and qualifier, where it is in the text, the quote, the speaker, and "
        "the group's verdict."
    ),
    new_code_cell("df = report.to_pandas()\ndf.head()"),
    new_code_cell("df.groupby('status').size()"),
    new_markdown_cell(
        "## Filter by entity\n\nThe entity with the most claims, and what is said about it:"
    ),
    new_code_cell(
        "if len(df):\n"
        "    top = df['entity'].value_counts().index[0]\n"
        "    about = df[df['entity'] == top]\n"
        "    display(about[['doc', 'mention', 'field', 'value', 'qualifier', 'status']])\n"
        "else:\n"
        "    print('no claims were extracted')"
    ),
    new_markdown_cell(
        "`report.group(entity, field)` finds one group by entity name, id or any alias."
    ),
    new_code_cell(
        "if report.groups:\n"
        "    g = report.groups[0]\n"
        "    assert report.group(g.entity.name, g.field) is g\n"
        "    display(g)"
    ),
    new_markdown_cell(
        "## Source trust\n\nHow far each source is trusted, with the evidence: how "
        "often it agreed with the consensus where another source could be compared."
    ),
    new_code_cell("report.trust_table()"),
    new_markdown_cell(
        "## Share it\n\n`to_html()` is one self-contained page (no external assets) "
        "that can be opened in a browser or mailed; `to_json()` round-trips."
    ),
    new_code_cell(
        "import tempfile\n\n"
        "out = Path(tempfile.mkdtemp()) / 'report.html'\n"
        "out.write_text(report.to_html(), encoding='utf-8')\n"
        "again = recon.Report.from_json(report.to_json())\n"
        "assert again.to_records() == report.to_records()\n"
        "out"
    ),
]

STRUCTURED = [
    new_markdown_cell(
        "# Structured claims\n\nrecon does not need articles: hand it claims as "
        "`(source, entity, field, value)` tuples — the shape truth-discovery "
        "libraries use — or as a DataFrame, and it reconciles them the same way."
    ),
    new_code_cell(
        "import pandas as pd\n\nimport recon\n\n"
        "claims = [\n"
        "    ('AFP', 'Beirut port blast', 'injured', 6000),\n"
        "    ('Reuters', 'Beirut port blast', 'injured', 6000),\n"
        "    ('NNA', 'Beirut port blast', 'injured', 4000),\n"
        "    ('AFP', 'Beirut port blast', 'ammonium_nitrate_tonnes', 2750),\n"
        "    ('Reuters', 'Beirut port blast', 'ammonium_nitrate_tonnes', 2750),\n"
        "    ('NNA', 'Beirut port blast', 'warehouse', 'Hangar 12'),\n"
        "    ('Reuters', 'Beirut port blast', 'warehouse', 'hangar 12'),\n"
        "]\n"
        "report = recon.reconcile(claims)\nreport"
    ),
    new_markdown_cell(
        "For tuple input the consensus `.value` is the figure as given. Text values "
        "compare ignoring case and spacing."
    ),
    new_code_cell(
        "injured = report.group('Beirut port blast', 'injured')\n"
        "print(injured.status, injured.consensus.value, round(injured.confidence, 2))\n"
        "print(report.group('Beirut port blast', 'warehouse').status)"
    ),
    new_markdown_cell(
        "## Units and qualifiers\n\nA DataFrame (or CSV, or JSON Lines) may carry a "
        "unit and a qualifier per row. Comparisons honour them: *at least 29* and "
        "*31* agree; *about $1M* and *at least $1.1M* do not."
    ),
    new_code_cell(
        "df = pd.DataFrame(\n"
        "    [\n"
        "        ('Al Jazeera', 'Sohag train crash', 'killed', 29, 'person', 'at_least'),\n"
        "        ('Ahram', 'Sohag train crash', 'killed', 31, 'person', 'exact'),\n"
        "        ('SANA', 'Aleppo airport repairs', 'cost', 1_000_000, 'USD', 'approx'),\n"
        "        ('Enab Baladi', 'Aleppo airport repairs', 'cost', 1_100_000, 'USD', 'at_least'),\n"
        "    ],\n"
        "    columns=['source', 'entity', 'field', 'value', 'unit', 'qualifier'],\n"
        ")\n"
        "# a list may mix DataFrames with tuples, Claims and articles\n"
        "units = recon.reconcile([df])\n"
        "{(g.entity.name, g.field): g.status.value for g in units.groups}"
    ),
    new_markdown_cell(
        "## Policies and trust priors\n\nWhich value is *best supported* is decided "
        "by a policy. `majority` counts independent sources; `weighted` weights "
        "each by your prior trust in it (by source id or outlet); `latest` prefers "
        "the most recent statement of a figure that changes over time."
    ),
    new_code_cell(
        "tie = [('wire', 'Gaza convoy', 'trucks', 120), ('blog', 'Gaza convoy', 'trucks', 90)]\n"
        "for policy in ('majority', 'weighted'):\n"
        "    r = recon.reconcile(tie, policy=policy, priors={'wire': 0.9, 'blog': 0.3})\n"
        "    g = r.groups[0]\n"
        "    print(policy, '->', g.consensus.value if g.consensus else 'undecided')"
    ),
    new_code_cell(
        "import datetime as dt\n\n"
        "toll = [\n"
        "    ('MAP', 'Al Haouz earthquake', 'killed', 2122, dt.date(2023, 9, 10)),\n"
        "    ('Hespress', 'Al Haouz earthquake', 'killed', 2946, dt.date(2023, 9, 12)),\n"
        "]\n"
        "r = recon.reconcile(toll, policy='latest')\n"
        "g = r.groups[0]\n"
        "print(g.status, g.consensus.value if g.consensus else 'undecided')"
    ),
    new_markdown_cell(
        "A rising death toll reported on different days is an `update`, not a "
        "conflict. The source trust table shows the priors at work:"
    ),
    new_code_cell("recon.reconcile(claims, policy='weighted', priors={'NNA': 0.95}).trust_table()"),
    new_markdown_cell("## Back to pandas\n\nOne row per claim, ready for further analysis."),
    new_code_cell("report.to_pandas()"),
    new_code_cell(
        "claim = report.groups[0].claims[0]\n"
        "print(claim.entity, claim.field, claim.value, claim.source.id)\n"
        "claim"
    ),
]


def write(name: str, cells: list[nbformat.NotebookNode]) -> Path:
    nb = new_notebook(cells=cells)
    for i, cell in enumerate(nb.cells):
        cell.id = f"{Path(name).stem}-{i:02d}"  # stable ids: regenerating changes nothing
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nb.metadata["language_info"] = {"name": "python"}
    path = HERE / name
    nbformat.validate(nb)
    path.write_text(nbformat.writes(nb) + "\n", encoding="utf-8")
    return path


def main() -> None:
    for name, cells in (("quickstart.ipynb", QUICKSTART), ("structured_claims.ipynb", STRUCTURED)):
        print(write(name, cells))


if __name__ == "__main__":
    main()
