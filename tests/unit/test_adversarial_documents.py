"""The adversarial benchmark's documents (benchmarks/scale/adversarial.py)
are built as described and run through every stage: a smoke test of the
builders and of recon on them, at ~5 k characters.  No timing here: linear
time is measured by the benchmark itself."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

# Loaded by path: the benchmark directory is not a package.
_SPEC = importlib.util.spec_from_file_location(
    "_adversarial_bench",
    Path(__file__).resolve().parents[2] / "benchmarks" / "scale" / "adversarial.py",
)
assert _SPEC is not None and _SPEC.loader is not None
A = importlib.util.module_from_spec(_SPEC)
sys.modules[_SPEC.name] = A
_SPEC.loader.exec_module(A)

SIZE = 5_000


@pytest.mark.parametrize("name", sorted(A.DOCUMENTS))
def test_a_document_has_the_size_asked_and_no_sentence_break(name: str) -> None:
    text = A.DOCUMENTS[name](SIZE)
    assert len(text) == SIZE
    assert A.DOCUMENTS[name](SIZE) == text  # seeded: the same document every run
    if name != "pieces":
        assert "." not in text and "\n" not in text  # one endless sentence


@pytest.mark.parametrize("name", sorted(A.DOCUMENTS))
def test_every_stage_runs_on_a_document(name: str) -> None:
    text = A.DOCUMENTS[name](SIZE)
    for stage, run in A.stages().items():
        run(text)  # a crash or a typed error here fails the test
        assert stage


@pytest.mark.parametrize("name", ["claims", "dates_places", "speakers", "mixed"])
def test_a_structured_document_yields_claims(name: str) -> None:
    from recon import Document, Source
    from recon.extract import extract

    claims = extract(Document(source=Source(id="adv"), text=A.DOCUMENTS[name](SIZE)))
    assert len(claims) >= 20, len(claims)
    assert all(0 <= c.span.start < c.span.end <= SIZE for c in claims)
