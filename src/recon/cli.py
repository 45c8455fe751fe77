"""The ``recon`` command line: ``recon report PATH… [options]``.

Inputs, freely mixed: a folder of ``.txt`` articles (with an optional
``sources.json``), a single ``.txt`` article, or a JSON Lines / CSV file
whose rows are either structured claims (``source, entity, field, value``
and optionally ``unit, qualifier, low, high, as_of, quote, speaker``) or
documents (``text`` and optionally ``id, outlet, url, published, title``).
Each row is classified by its keys, so one file may hold both.

Exit status: 0 on success, 1 with ``--fail-on-conflict`` when the report
has conflicts, 2 when something could not be done (one line
``recon: error: …`` on stderr says what).  A bad file inside a folder, or a
bad row inside a file, is a warning: it is skipped and listed in the report.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import io
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO

import attrs

from recon.corpus import document_from_row, iter_jsonl, load_corpus, read_claims_file, read_text
from recon.errors import CorpusError, OptionError, ReconError
from recon.model import Document
from recon.progress import Progress
from recon.report import RECORD_KEYS, Report, Skipped

__all__ = ["Inputs", "main", "read_inputs", "render"]

FORMATS = ("text", "markdown", "json", "csv", "html")
_CLAIM_KEYS = frozenset({"entity", "field", "value"})
_MAX_WARNINGS = 20


class UsageError(Exception):
    """A bad command line (reported like any other error, exit status 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


@attrs.define
class Inputs:
    """What the command line read: items for :func:`recon.reconcile`, where
    each came from (``file:line``), and what was skipped while reading."""

    items: list[object] = attrs.Factory(list)
    origins: list[str] = attrs.Factory(list)
    skipped: list[tuple[str, str]] = attrs.Factory(list)

    def add(self, item: object, origin: str) -> None:
        self.items.append(item)
        self.origins.append(origin)

    @property
    def has_documents(self) -> bool:
        return any(isinstance(i, Document) for i in self.items)


def _add_row(out: Inputs, row: dict[str, Any], origin: str, default_id: str) -> None:
    if row.keys() >= _CLAIM_KEYS:
        out.add(row, origin)
    elif isinstance(row.get("text"), str):
        try:
            out.add(document_from_row(row, default_id), origin)
        except ReconError as e:
            out.skipped.append((origin, str(e)))
    else:
        out.skipped.append((origin, "neither a claim (entity, field, value) nor a document (text)"))


def _read_csv(path: Path, out: Inputs) -> None:
    text = read_text(path)
    try:
        reader = csv.DictReader(io.StringIO(text))
        header = set(reader.fieldnames or ())
        if header >= _CLAIM_KEYS and "text" not in header:
            rows = read_claims_file(path)
            for n, row in enumerate(rows, 2):
                out.add(row, f"{path}:{n}")
            return
        if "text" not in header:
            raise CorpusError(
                "CSV needs the columns source, entity, field, value (claims) "
                "or a text column (documents)",
                path=path,
            )
        for n, row in enumerate(reader, 2):
            clean = {k: v for k, v in row.items() if k is not None}
            _add_row(out, clean, f"{path}:{n}", f"{path.stem}-{n}")
    except csv.Error as e:
        raise CorpusError(f"malformed CSV: {e}", path=path) from None


def read_inputs(paths: Sequence[str | os.PathLike[str]]) -> Inputs:
    """Read every path the command line names; raise :class:`CorpusError`
    for a path that cannot be read at all."""
    out = Inputs()
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            raise CorpusError("no such file or folder", path=p)
        suffix = p.suffix.lower()
        if p.is_dir():
            corpus = load_corpus(p)
            if not corpus and not corpus.skipped:
                raise CorpusError("no .txt articles in this folder", path=p)
            for d in corpus:
                out.add(d, d.id)
            out.skipped.extend(corpus.skipped)
        elif suffix == ".csv":
            _read_csv(p, out)
        elif suffix in (".jsonl", ".ndjson", ".json"):
            for n, row in iter_jsonl(p):
                _add_row(out, row, f"{p}:{n}", f"{p.stem}-{n}")
        elif suffix in (".txt", ".md", ""):
            for d in load_corpus(p):
                out.add(d, str(p))
        else:
            raise CorpusError(
                f"don't know how to read {suffix!r} files: give a folder of .txt articles, "
                "a .txt article, or a .jsonl/.csv of claims or documents",
                path=p,
            )
    return out


class _Tracked:
    """The items, ticking a progress bar as reconcile() consumes them."""

    def __init__(self, inputs: Inputs, bar: Progress) -> None:
        self._items = inputs.items
        self._bar = bar
        self.skipped = inputs.skipped

    def __iter__(self) -> Iterator[object]:
        yield from self._bar.track(self._items)
        self._bar.set_label("reconciling")


def _relocate(report: Report, inputs: Inputs) -> Report:
    """Name skipped rows by file and line rather than by batch position."""
    fixed = []
    for s in report.skipped:
        item, reason = s.item, s.reason
        if item.startswith("item ") and item[5:].isdigit():
            i = int(item[5:])
            if i < len(inputs.origins):
                item = inputs.origins[i]
                prefix = f"item {i}: "
                reason = reason.removeprefix(prefix)
        reason = reason.removeprefix(f"{item}: ")  # a file error names its path already
        fixed.append(Skipped(item=item, reason=reason))
    fixed.sort(key=_input_order)
    return attrs.evolve(report, skipped=tuple(fixed))


def _input_order(s: Skipped) -> tuple[str, int]:
    path, _, line = s.item.rpartition(":")
    return (path, int(line)) if path and line.isdigit() else (s.item, 0)


def _csv_cell(v: object) -> object:
    # A cell starting with = + - @ is run as a formula by spreadsheets; quote it
    # (numbers are left alone, so -3 stays a number).
    if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + v
    return v


def render(report: Report, fmt: str, *, only_conflicts: bool = False) -> str:
    """The report in one of :data:`FORMATS`."""
    if only_conflicts and fmt in ("json", "csv"):
        report = attrs.evolve(report, groups=report.conflicts)
    if fmt == "text":
        return report.to_text(only_conflicts=only_conflicts)
    if fmt == "markdown":
        return report.to_markdown(only_conflicts=only_conflicts)
    if fmt == "html":
        return report.to_html(only_conflicts=only_conflicts)
    if fmt == "json":
        return report.to_json() + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=list(RECORD_KEYS), lineterminator="\n")
        w.writeheader()
        for rec in report.to_records():
            w.writerow({k: _csv_cell(v) for k, v in rec.items()})
        return buf.getvalue()
    raise OptionError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")


def _prior(text: str) -> tuple[str, float]:
    name, sep, value = text.rpartition("=")
    try:
        trust = float(value)
    except ValueError:
        trust = -1.0
    if not sep or not name or not 0 < trust < 1:
        raise argparse.ArgumentTypeError(
            f"expected SOURCE=TRUST with TRUST strictly between 0 and 1, got {text!r}"
        )
    return name, trust


def _threshold(text: str) -> float:
    try:
        v = float(text)
    except ValueError:
        v = -1.0
    if not 0 <= v <= 100:
        raise argparse.ArgumentTypeError(f"expected a score from 0 to 100, got {text!r}")
    return v


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for documentation tools)."""
    from recon import __version__

    parser = _Parser(prog="recon", description="Multi-source claim reconciliation.")
    parser.add_argument("--version", action="version", version=f"recon {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    rp = sub.add_parser(
        "report",
        help="reconcile articles or claims and print the conflict report",
        description="Reconcile articles or structured claims and print the report.",
    )
    rp.add_argument("paths", nargs="+", metavar="PATH", help="folder, .txt, .jsonl or .csv")
    rp.add_argument("-f", "--format", choices=FORMATS, default="text")
    rp.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    rp.add_argument("--only", choices=["conflicts"], help="show only the conflicts")
    rp.add_argument("--tolerance", type=float, default=None, metavar="REL",
                    help="relative half-width of approximate figures (default 0.05)")  # fmt: skip
    rp.add_argument("--relative-tolerance", type=float, default=0.0, metavar="REL",
                    help="exact figures this close (relatively) agree (default 0)")  # fmt: skip
    rp.add_argument("--link-threshold", type=_threshold, default=None, metavar="SCORE",
                    help="fuzzy entity-linking cut-off, 0-100")  # fmt: skip
    rp.add_argument("--no-fuzzy-link", action="store_true",
                    help="link entities only by exact (normalised) name")  # fmt: skip
    rp.add_argument("--policy", default=None, help="majority, weighted, latest, …")
    rp.add_argument("--prior", type=_prior, action="append", default=[], metavar="SOURCE=TRUST",
                    help="prior trust in a source id or outlet (repeatable)")  # fmt: skip
    rp.add_argument("--fail-on-conflict", action="store_true",
                    help="exit with status 1 when the report has conflicts")  # fmt: skip
    rp.add_argument("-q", "--quiet", action="store_true", help="no warnings, no progress bar")
    rp.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    return parser


def _warn(stderr: TextIO, skipped: Sequence[Skipped]) -> None:
    for s in skipped[:_MAX_WARNINGS]:
        stderr.write(f"recon: warning: skipped {s.item}: {s.reason}\n")
    if len(skipped) > _MAX_WARNINGS:
        stderr.write(f"recon: warning: … and {len(skipped) - _MAX_WARNINGS} more skipped\n")


def _emit(text: str, stdout: TextIO) -> None:
    try:
        stdout.write(text)
    except UnicodeEncodeError:
        # A terminal or pipe that cannot encode Arabic: send UTF-8 bytes.
        stdout.flush()
        stdout.buffer.write(text.encode("utf-8"))
    stdout.flush()


def _report(args: argparse.Namespace, stderr: TextIO) -> Report:
    import recon

    inputs = read_inputs(args.paths)
    if inputs.has_documents and importlib.util.find_spec("recon.extract") is None:
        raise OptionError(
            "the input holds articles but this recon has no Arabic extractor "
            "(recon.extract); give structured claims (CSV/JSON Lines with source, "
            "entity, field, value) instead"
        )
    if not inputs.items:
        what = f"every input was skipped ({len(inputs.skipped)})" if inputs.skipped else "no input"
        raise CorpusError(f"nothing to reconcile: {what}")
    options: dict[str, Any] = {
        "policy": args.policy,
        "relative_tolerance": args.relative_tolerance,
        "link": "exact" if args.no_fuzzy_link else "auto",
        "threshold": args.link_threshold,
        "priors": dict(args.prior) or None,
        "on_error": "skip",
    }
    if args.tolerance is not None:
        options["tolerance"] = args.tolerance
    bar = Progress(len(inputs.items), label="reading", stream=stderr,
                   enabled=False if args.quiet else None)  # fmt: skip
    with bar:
        report = recon.reconcile(_Tracked(inputs, bar), **options)
    return _relocate(report, inputs)


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command line; returns the exit status (0, 1 or 2)."""
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    parser = build_parser()
    debug = "--debug" in (sys.argv[1:] if argv is None else argv)
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            raise UsageError("no command given (try 'recon report PATH' or 'recon --help')")
        report = _report(args, err)
    except SystemExit as e:  # --help, --version
        return int(e.code or 0) if not isinstance(e.code, str) else 2
    except UsageError as e:
        err.write(f"recon: error: {e}\n")
        return 2
    except ReconError as e:
        err.write(f"recon: error: {e}\n")
        return 2
    except ImportError as e:
        # A part of recon this input needs (e.g. the Arabic extractor) is missing.
        if debug or not (e.name or "").startswith("recon"):
            raise
        err.write(f"recon: error: this recon build cannot do that yet: {e}\n")
        return 2
    except KeyboardInterrupt:
        err.write("recon: interrupted\n")
        return 130
    except Exception as e:
        if debug:
            raise
        err.write(
            f"recon: error: internal error ({type(e).__name__}: {e}); "
            "run with --debug for the traceback\n"
        )
        return 2

    if not args.quiet:
        _warn(err, report.skipped)
    status = 1 if args.fail_on_conflict and report.conflicts else 0
    text = render(report, args.format, only_conflicts=args.only == "conflicts")
    if args.output:
        try:
            Path(args.output).write_text(text, encoding="utf-8")
        except OSError as e:
            err.write(f"recon: error: cannot write {args.output}: {e.strerror or e}\n")
            return 2
        if not args.quiet:
            err.write(
                f"recon: wrote {args.output} ({len(report.conflicts)} conflicts "
                f"in {len(report.groups)} groups)\n"
            )
        return status
    try:
        _emit(text, out)
    except BrokenPipeError:
        # `recon report … | head`: the reader left; that is not an error.
        if out is sys.stdout:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
    return status
