"""The ``recon`` command line: formats, options, exit statuses, error messages."""

from __future__ import annotations

import csv
import importlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import recon
from recon.cli import main, read_inputs
from recon.progress import Progress
from recon.report import RECORD_KEYS

DATA = Path(__file__).resolve().parents[1] / "data"
CSV = DATA / "claims.csv"
JSONL = DATA / "claims.jsonl"
DOCS = DATA / "docs.jsonl"


def run(*argv: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in argv], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def run_process(*argv: str | Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "recon", *map(str, argv)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, **env},
        timeout=120,
        check=False,
    )


def statuses(js: str) -> dict[str, str]:
    data = json.loads(js)
    return {g["field"]: g["status"] for g in data["groups"]}


def extraction_available() -> str | None:
    """None when articles can be reconciled, else why not."""
    try:
        mod = importlib.import_module("recon.extract")
    except ImportError as e:
        return f"recon.extract is not importable yet ({e})"
    if not hasattr(mod, "extract") or not hasattr(mod, "extract_credits"):
        return "recon.extract has no extract()/extract_credits() yet"
    return None


needs_extraction = pytest.mark.skipif(
    extraction_available() is not None, reason=str(extraction_available())
)


def write(path: Path, text: str | bytes) -> Path:
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("recon: error: "), err
    return lines[0]


# -- as a process -----------------------------------------------------------------


def test_version_as_a_process() -> None:
    p = run_process("--version")
    assert p.returncode == 0
    assert p.stdout.strip() == f"recon {recon.__version__}"


def test_report_as_a_process_with_json() -> None:
    p = run_process("report", CSV, "--format", "json")
    assert p.returncode == 0, p.stderr
    assert statuses(p.stdout) == {
        "injured": "conflict",
        "damage": "agree",
        "ammonium_nitrate": "agree",
    }
    assert p.stderr == ""  # not a terminal: no progress bar, and nothing was skipped


def test_arabic_output_survives_an_ascii_stdout() -> None:
    p = run_process("report", CSV, PYTHONIOENCODING="ascii")
    assert p.returncode == 0, p.stderr
    assert "مرفأ بيروت" in p.stdout


def test_bad_option_as_a_process_is_one_line_and_status_2() -> None:
    p = run_process("report", CSV, "--format", "pdf")
    assert p.returncode == 2
    line = one_error_line(p.stderr)
    assert "--format" in line and "pdf" in line


# -- formats ------------------------------------------------------------------------


def test_text_report_lists_the_conflict_and_its_sources() -> None:
    code, out, _ = run("report", CSV)
    assert code == 0
    head, rest = out.split("Conflicts (1)", 1)
    assert "1 conflict" in head
    conflict = rest.split("Agreements", 1)[0]
    assert "injured" in conflict
    assert "more than 6,000 people" in conflict and "about 4,000 people" in conflict
    assert "الصليب الأحمر اللبناني" in conflict


def test_json_report_round_trips() -> None:
    code, out, _ = run("report", JSONL, "-f", "json")
    assert code == 0
    report = recon.Report.from_json(out)
    by_field = {g.field: g.status.value for g in report.groups}
    assert by_field == {"killed": "update", "magnitude": "conflict", "epicentre": "agree"}


def test_csv_report_has_one_row_per_claim() -> None:
    code, out, _ = run("report", CSV, "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0].keys()) == list(RECORD_KEYS)
    assert len(rows) == 6
    injured = [r for r in rows if r["field"] == "injured"]
    assert {r["status"] for r in injured} == {"conflict"}
    assert {r["doc"] for r in injured} == {"afp-0805", "nna-0805"}


def test_csv_output_defuses_spreadsheet_formulas(tmp_path: Path) -> None:
    src = write(
        tmp_path / "c.jsonl",
        '{"source": "a", "entity": "=HYPERLINK(\\"http://x\\")", "field": "f", "value": 3}\n'
        '{"source": "b", "entity": "=HYPERLINK(\\"http://x\\")", "field": "f", "value": 3}\n',
    )
    code, out, _ = run("report", src, "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and all(r["entity"].startswith("'=") for r in rows)


def test_markdown_and_html_formats() -> None:
    code, md, _ = run("report", CSV, "--format", "markdown")
    assert code == 0 and md.startswith("# recon report")
    assert "## Conflicts (1)" in md
    code, page, _ = run("report", CSV, "--format", "html")
    assert code == 0 and page.startswith("<!DOCTYPE html>")
    assert page.count('data-status="conflict"') == 1


def test_only_conflicts(tmp_path: Path) -> None:
    code, out, _ = run("report", CSV, JSONL, "--only", "conflicts", "--format", "json")
    assert code == 0
    assert sorted(statuses(out).values()) == ["conflict", "conflict"]
    code, text, _ = run("report", CSV, "--only", "conflicts")
    assert "Agreements" not in text and "injured" in text


def test_output_file(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    code, out, err = run("report", CSV, "--format", "html", "--output", target)
    assert code == 0 and out == ""
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "report.html" in err and "1 conflicts" in err


def test_output_to_a_missing_folder_fails_cleanly(tmp_path: Path) -> None:
    code, _, err = run("report", CSV, "-o", tmp_path / "no" / "such" / "r.txt")
    assert code == 2
    assert "cannot write" in one_error_line(err)


# -- exit status for CI pipelines ----------------------------------------------------


def test_fail_on_conflict(tmp_path: Path) -> None:
    assert run("report", CSV, "--fail-on-conflict")[0] == 1
    assert run("report", CSV)[0] == 0
    calm = write(tmp_path / "calm.csv", "source,entity,field,value\na,x,killed,3\nb,x,killed,3\n")
    assert run("report", calm, "--fail-on-conflict")[0] == 0


# -- options reach reconcile --------------------------------------------------------


def test_tolerance_changes_the_verdict(tmp_path: Path) -> None:
    f = write(
        tmp_path / "t.csv",
        "source,entity,field,value,unit,qualifier\n"
        "a,x,killed,100,person,approx\nb,x,killed,108,person,exact\n",
    )
    assert statuses(run("report", f, "-f", "json")[1]) == {"killed": "conflict"}
    out = run("report", f, "-f", "json", "--tolerance", "0.1")[1]
    assert statuses(out) == {"killed": "agree"}


def test_relative_tolerance_for_exact_figures(tmp_path: Path) -> None:
    f = write(tmp_path / "t.csv", "source,entity,field,value\na,x,budget,100\nb,x,budget,101\n")
    assert statuses(run("report", f, "-f", "json")[1]) == {"budget": "conflict"}
    out = run("report", f, "-f", "json", "--relative-tolerance", "0.02")[1]
    assert statuses(out) == {"budget": "agree"}


def test_policy_and_priors_decide_the_consensus(tmp_path: Path) -> None:
    f = write(tmp_path / "p.csv", "source,entity,field,value\nwire,x,killed,3\nblog,x,killed,5\n")
    plain = json.loads(run("report", f, "-f", "json")[1])
    assert plain["groups"][0]["consensus"] is None  # a tie: undecided
    out = run(
        "report", f, "-f", "json", "--policy", "weighted",
        "--prior", "wire=0.9", "--prior", "blog=0.3",
    )[1]  # fmt: skip
    data = json.loads(out)
    assert data["policy"] == "weighted"
    assert data["groups"][0]["consensus"]["value"] == 3


def test_linking_options_are_passed(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}
    real = recon.reconcile

    def spy(items: Any, **kw: Any) -> recon.Report:
        seen.update(kw)
        return real(items, **kw)

    monkeypatch.setattr(recon, "reconcile", spy)
    assert run("report", CSV, "--no-fuzzy-link", "--link-threshold", "92.5")[0] == 0
    assert seen["link"] == "exact" and seen["threshold"] == 92.5
    assert seen["on_error"] == "skip"
    run("report", CSV)
    assert seen["link"] == "auto" and seen["threshold"] is None


# -- errors: one clear line, status 2 --------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["report"], "PATH"),
        (["report", str(CSV), "--tolerance", "abc"], "--tolerance"),
        (["report", str(CSV), "--tolerance", "1.5"], "tolerance"),
        (["report", str(CSV), "--link-threshold", "120"], "0 to 100"),
        (["report", str(CSV), "--prior", "wire"], "SOURCE=TRUST"),
        (["report", str(CSV), "--prior", "wire=2"], "SOURCE=TRUST"),
        (["report", str(CSV), "--policy", "coin-toss"], "coin-toss"),
        (["report", str(CSV), "--only", "agreements"], "--only"),
        (["frobnicate"], "frobnicate"),
        ([], "no command"),
    ],
)
def test_bad_options(argv: list[str], needle: str) -> None:
    code, out, err = run(*argv)
    assert code == 2 and out == ""
    assert needle in one_error_line(err)


def test_missing_path() -> None:
    code, _, err = run("report", "/no/such/corpus")
    assert code == 2
    line = one_error_line(err)
    assert "/no/such/corpus" in line and "no such file" in line


def test_malformed_json_lines_names_the_line(tmp_path: Path) -> None:
    f = write(
        tmp_path / "bad.jsonl", '{"source": "a", "entity": "x", "field": "f", "value": 1}\n{oops\n'
    )
    code, _, err = run("report", f)
    assert code == 2
    line = one_error_line(err)
    assert "bad.jsonl" in line and "line 2" in line and "JSON" in line


def test_json_array_is_refused_with_a_hint(tmp_path: Path) -> None:
    f = write(tmp_path / "claims.json", '[{"source": "a"}]')
    code, _, err = run("report", f)
    assert code == 2 and "JSON Lines" in one_error_line(err)


@pytest.mark.parametrize("encoding", ["utf-16", "cp1256"])
def test_wrong_encoding(tmp_path: Path, encoding: str) -> None:
    f = write(
        tmp_path / "c.csv",
        "source,entity,field,value\nأ,قاعدة,killed,3\n".encode(encoding),
    )
    code, _, err = run("report", f)
    assert code == 2
    line = one_error_line(err)
    assert "UTF-8" in line and "c.csv" in line


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = write(tmp_path / "c.csv", "source,entity,field,value\na,x,f,1\n")
    real = Path.read_bytes

    def denied(self: Path) -> bytes:
        if self.name == "c.csv":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    # chmod 0 cannot stop root (tests may run as root), so refuse the read here.
    monkeypatch.setattr(Path, "read_bytes", denied)
    code, _, err = run("report", f)
    assert code == 2
    line = one_error_line(err)
    assert "c.csv" in line and "Permission denied" in line


def test_csv_without_claim_or_text_columns(tmp_path: Path) -> None:
    f = write(tmp_path / "c.csv", "who,what\na,b\n")
    code, _, err = run("report", f)
    assert code == 2 and "columns" in one_error_line(err)


def test_unknown_file_kind(tmp_path: Path) -> None:
    f = write(tmp_path / "c.xlsx", "PK")
    code, _, err = run("report", f)
    assert code == 2 and ".xlsx" in one_error_line(err)


def test_empty_folder(tmp_path: Path) -> None:
    code, _, err = run("report", tmp_path)
    assert code == 2 and "no .txt" in one_error_line(err)


# -- bad rows and bad files are skipped, the rest processed ---------------------------------


def test_bad_rows_are_skipped_with_file_and_line(tmp_path: Path) -> None:
    f = write(
        tmp_path / "c.jsonl",
        '{"source": "a", "entity": "x", "field": "killed", "value": 3, "unit": "person"}\n'
        '{"source": "b", "entity": "x", "field": "killed", "value": -4, "unit": "person"}\n'
        '{"source": "c", "entity": "x", "field": "killed", "value": 5, "unit": "person"}\n'
        '{"note": "neither"}\n',
    )
    code, out, err = run("report", f, "-f", "json")
    assert code == 0
    warnings = err.strip().splitlines()
    assert len(warnings) == 2
    assert f"{f}:2" in warnings[0] and "negative" in warnings[0]
    assert f"{f}:4" in warnings[1] and "neither a claim" in warnings[1]
    data = json.loads(out)
    assert {s["item"] for s in data["skipped"]} == {f"{f}:2", f"{f}:4"}
    assert data["groups"][0]["status"] == "conflict"  # 3 vs 5, from a and c
    assert run("report", f, "--quiet")[2] == ""


def test_everything_skipped_is_an_error(tmp_path: Path) -> None:
    f = write(tmp_path / "c.jsonl", '{"note": 1}\n{"note": 2}\n')
    code, _, err = run("report", f)
    assert code == 2 and "nothing to reconcile" in err.strip().splitlines()[-1]


def test_folder_with_a_bad_file_reads_the_rest(tmp_path: Path) -> None:
    write(tmp_path / "good.txt", "قتل 5 أشخاص في الهجوم.")
    write(tmp_path / "bad.txt", "قتل 5".encode("cp1256"))
    write(tmp_path / "also-good.txt", "أصيب 12 شخصا.")
    inputs = read_inputs([tmp_path])
    assert sorted(d.id for d in inputs.items) == ["also-good", "good"]  # type: ignore[attr-defined]
    assert len(inputs.skipped) == 1 and "bad.txt" in inputs.skipped[0][0]
    assert "UTF-8" in inputs.skipped[0][1]


def test_rows_are_classified_as_claims_or_documents(tmp_path: Path) -> None:
    f = write(
        tmp_path / "mixed.jsonl",
        '{"source": "a", "entity": "x", "field": "f", "value": 1}\n'
        '{"id": "doc-1", "outlet": "BBC عربي", "published": "2024-01-02", "text": "نص الخبر"}\n',
    )
    inputs = read_inputs([f])
    assert isinstance(inputs.items[0], dict)
    doc = inputs.items[1]
    assert isinstance(doc, recon.Document)
    assert doc.source.id == "doc-1" and doc.source.outlet == "BBC عربي"
    assert str(doc.source.published) == "2024-01-02"
    assert inputs.origins == [f"{f}:1", f"{f}:2"]


# -- articles (need the Arabic extractor) ---------------------------------------------------


@needs_extraction
def test_documents_jsonl_is_reconciled() -> None:
    code, out, err = run("report", DOCS, "-f", "json")
    assert code == 0, err
    data = json.loads(out)
    assert {s["id"] for s in data["sources"]} == {"ahram-0412", "masrawy-0412", "alwatan-0412"}


@needs_extraction
def test_folder_with_a_bad_file_is_reported_and_the_rest_processed(tmp_path: Path) -> None:
    for row in map(json.loads, DOCS.read_text(encoding="utf-8").splitlines()):
        write(tmp_path / f"{row['id']}.txt", row["text"])
    write(tmp_path / "broken.txt", "قتل 5".encode("utf-16"))
    code, out, err = run("report", tmp_path, "-f", "json")
    assert code == 0
    assert "broken.txt" in err and "warning" in err
    data = json.loads(out)
    assert len(data["sources"]) == 3
    assert any("broken.txt" in s["item"] for s in data["skipped"])


def test_articles_without_extractor_fail_cleanly(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda n, *a: None if n == "recon.extract" else real(n, *a)
    )
    code, _, err = run("report", DOCS)
    assert code == 2 and "extractor" in one_error_line(err)


# -- progress bar ------------------------------------------------------------------------------


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_quiet_when_not_a_terminal() -> None:
    s = io.StringIO()
    p = Progress(10, stream=s, delay=0, interval=0)
    for _ in p.track(range(10)):
        pass
    p.close()
    assert s.getvalue() == ""


def test_progress_draws_on_a_terminal_after_the_delay_and_erases_itself() -> None:
    s = _Tty()
    with Progress(4, label="reading", stream=s, delay=0, interval=0) as p:
        list(p.track(range(4)))
        drawn = s.getvalue()
    assert "reading" in drawn and "4/4" in drawn and "100%" in drawn
    assert s.getvalue().endswith("\r") and s.getvalue().count("\r") >= 5


def test_progress_stays_silent_for_quick_work() -> None:
    s = _Tty()
    with Progress(4, stream=s, delay=60) as p:
        list(p.track(range(4)))
    assert s.getvalue() == ""


def test_cli_progress_bar_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Progress, "__init__", _eager(Progress.__init__))
    err = _Tty()
    assert main(["report", str(CSV)], stdout=io.StringIO(), stderr=err) == 0
    assert "reading" in err.getvalue() and "6/6" in err.getvalue()
    err = _Tty()
    assert main(["report", str(CSV), "-q"], stdout=io.StringIO(), stderr=err) == 0
    assert err.getvalue() == ""


def _eager(init: Any) -> Any:
    def patched(self: Progress, total: int, **kw: Any) -> None:
        init(self, total, **{**kw, "delay": 0, "interval": 0})

    return patched
