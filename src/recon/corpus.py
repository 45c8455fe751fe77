"""Reading corpora from disk: folders of articles, JSON Lines, CSV.

:func:`load_corpus` never evaluates or unpickles anything it reads.  A file it
cannot read is recorded in :attr:`Corpus.skipped` with the reason and the
rest is loaded; :func:`recon.reconcile` carries those into
:attr:`Report.skipped`, so nothing is silently lost.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from recon.errors import CorpusError, ReconError
from recon.model import Document, Source
from recon.serialise import source_from_dict

__all__ = ["MAX_FILE_BYTES", "Corpus", "load_corpus", "read_claims_file"]

#: Files larger than this are refused (a corpus article is kilobytes; a
#: gigabyte "article" is a mistake or an attack).  Override per call.
MAX_FILE_BYTES = 50 * 1024 * 1024


class Corpus(list[Document]):
    """A list of documents that also remembers what could not be read."""

    def __init__(self, docs: Iterable[Document] = (), skipped: Iterable[tuple[str, str]] = ()):
        super().__init__(docs)
        self.skipped: list[tuple[str, str]] = list(skipped)

    def __repr__(self) -> str:
        return f"<Corpus: {len(self)} documents, {len(self.skipped)} skipped>"


def read_text(path: Path, max_bytes: int = MAX_FILE_BYTES) -> str:
    """A UTF-8 file's text; :class:`CorpusError` if too large, unreadable or not UTF-8."""
    try:
        size = path.stat().st_size
    except OSError as e:
        raise CorpusError(f"cannot read: {e.strerror or e}", path=path) from None
    if size > max_bytes:
        raise CorpusError(
            f"file is {size:,} bytes, more than the limit of {max_bytes:,}", path=path
        )
    try:
        data = path.read_bytes()
    except OSError as e:
        raise CorpusError(f"cannot read: {e.strerror or e}", path=path) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise CorpusError(
            f"not UTF-8 text (byte {e.start}): re-save it as UTF-8", path=path
        ) from None


def _load_sources(path: Path, max_bytes: int) -> dict[str, Source]:
    text = read_text(path, max_bytes)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise CorpusError(
            f"malformed JSON at line {e.lineno}, column {e.colno}: {e.msg}", path=path
        ) from None
    if isinstance(data, dict):
        data = [{"id": k, **v} if isinstance(v, dict) else {"id": k} for k, v in data.items()]
    if not isinstance(data, list):
        raise CorpusError("expected a list of source objects", path=path)
    out: dict[str, Source] = {}
    for i, entry in enumerate(data):
        if not isinstance(entry, dict) or "id" not in entry:
            raise CorpusError(f"entry {i} is not an object with an 'id'", path=path)
        try:
            out[str(entry["id"])] = source_from_dict(entry)
        except ReconError as e:
            raise CorpusError(f"entry {i}: {e}", path=path) from None
    return out


def _folder(path: Path, max_bytes: int) -> Corpus:
    skipped: list[tuple[str, str]] = []
    sources: dict[str, Source] = {}
    meta = path / "sources.json"
    if meta.exists():
        try:
            sources = _load_sources(meta, max_bytes)
        except CorpusError as e:
            skipped.append((str(meta), str(e)))
    docs = []
    for f in sorted(path.glob("*.txt")):
        try:
            text = read_text(f, max_bytes)
        except CorpusError as e:
            skipped.append((str(f), str(e)))
            continue
        doc_id = f.stem
        src = sources.get(doc_id, Source(id=doc_id))
        lines = text.strip().splitlines()
        title = lines[0].strip() if lines else None
        docs.append(Document(source=src, text=text, title=title or None))
    return Corpus(docs, skipped)


def iter_jsonl(path: Path, max_bytes: int = MAX_FILE_BYTES) -> Iterator[tuple[int, dict[str, Any]]]:
    """``(line number, object)`` for each non-blank line of a JSON Lines file."""
    text = read_text(path, max_bytes)
    if text.lstrip().startswith("["):
        raise CorpusError("expected JSON Lines (one object per line), got a JSON array", path=path)
    for n, line in enumerate(io.StringIO(text), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise CorpusError(f"line {n}: malformed JSON ({e.msg})", path=path) from None
        if not isinstance(obj, dict):
            raise CorpusError(f"line {n}: expected a JSON object", path=path)
        yield n, obj


def document_from_row(row: Mapping[str, Any], default_id: str) -> Document:
    """A document from a JSON Lines or CSV row: ``text`` plus either a nested
    ``source`` object or flat ``id``/``outlet``/``url``/``published``/``language``."""
    text = row.get("text")
    if not isinstance(text, str):
        raise CorpusError("no 'text' string", path=default_id)
    src = row.get("source")
    if isinstance(src, Mapping):
        source = source_from_dict(src)
    else:
        source = Source(
            id=str(row.get("id") or src or default_id),
            outlet=row.get("outlet") or None,
            url=row.get("url") or None,
            published=row.get("published") or None,
            language=row.get("language") or "ar",
        )
    return Document(source=source, text=text, title=row.get("title") or None)


def _jsonl_documents(path: Path, max_bytes: int) -> Corpus:
    docs = []
    skipped = []
    for n, obj in iter_jsonl(path, max_bytes):
        if not isinstance(obj.get("text"), str):
            skipped.append((f"{path}:{n}", "no 'text' string"))
            continue
        try:
            docs.append(document_from_row(obj, f"{path.stem}-{n}"))
        except ReconError as e:
            skipped.append((f"{path}:{n}", str(e)))
    return Corpus(docs, skipped)


def read_claims_file(
    path: str | os.PathLike[str], *, max_bytes: int = MAX_FILE_BYTES
) -> list[dict[str, Any]]:
    """Rows of structured claims from a CSV or JSON Lines file, as dicts.

    Columns/keys: ``source, entity, field, value`` and optionally ``unit``,
    ``qualifier``, ``low``, ``high``, ``as_of``, ``quote``, ``speaker``.
    """
    p = Path(path)
    if p.suffix.lower() == ".csv":
        text = read_text(p, max_bytes)
        reader = csv.DictReader(io.StringIO(text))
        need = {"source", "entity", "field", "value"}
        if not reader.fieldnames or not need <= set(reader.fieldnames):
            raise CorpusError(f"CSV needs the columns {', '.join(sorted(need))}", path=p)
        rows: list[dict[str, Any]] = []
        for row in reader:
            v = row.get("value", "")
            if not row.get("unit"):
                try:
                    row["value"] = float(v) if any(ch in v for ch in ".eE") else int(v)
                except ValueError:
                    pass
            rows.append(row)
        return rows
    return [obj for _, obj in iter_jsonl(p, max_bytes)]


def load_corpus(path: str | os.PathLike[str], *, max_bytes: int = MAX_FILE_BYTES) -> Corpus:
    """Read articles: a folder of ``.txt`` files (with an optional
    ``sources.json`` giving each file's source metadata by file stem), a JSON
    Lines file of documents (``{"id", "text", "outlet", "published", …}``), or
    a single ``.txt`` file.

    Unreadable files inside a folder are skipped and listed in
    ``corpus.skipped``; a path that does not exist raises :class:`CorpusError`.
    """
    p = Path(path)
    if not p.exists():
        raise CorpusError("no such file or folder", path=p)
    if p.is_dir():
        return _folder(p, max_bytes)
    suffix = p.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return _jsonl_documents(p, max_bytes)
    if suffix in (".txt", ".md", ""):
        text = read_text(p, max_bytes)
        return Corpus([Document(source=Source(id=p.stem), text=text)])
    raise CorpusError(f"don't know how to read {suffix!r} files as articles", path=p)
