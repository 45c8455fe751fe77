"""The truth-benchmark loaders' value readings that recon's partial support relies on."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

# Loaded by path: the benchmark directory is not a package, and putting it on
# sys.path would let its module names shadow others for the rest of the session.
_SPEC = importlib.util.spec_from_file_location(
    "_truth_bench_loaders",
    Path(__file__).resolve().parents[2] / "benchmarks" / "truth" / "loaders.py",
)
assert _SPEC is not None and _SPEC.loader is not None
L = importlib.util.module_from_spec(_SPEC)
sys.modules[_SPEC.name] = L  # dataclasses look their module up by name
_SPEC.loader.exec_module(L)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("C125", ("125", "C-")),
        ("c-125", ("125", "C-")),
        ("TERM C - C125", ("125", "C-")),
        ("C125/C", ("125", "C-")),
        ("125", ("125",)),
        ("47B", ("-B", "47")),
        ("HOLD", ("HOLD",)),
        ("--", None),
    ],
)
def test_gate_parts(text: str, want: tuple[str, ...] | None) -> None:
    assert L.gate(text) == want


def test_a_bare_gate_number_is_part_of_the_lettered_gate_and_sides_differ() -> None:
    full, bare = set(L.gate("C125") or ()), set(L.gate("125") or ())
    assert bare < full
    assert L.gate("B47") != L.gate("47B")


def test_place_paths_follow_the_hierarchy(tmp_path: Path) -> None:
    (tmp_path / "hierarchy.csv").write_text(
        "ID,name,parentID\n0,Root,-1\n1,USA,0\n2,Minnesota,1\n3,Minneapolis,2\n"
        "4,India,0\n5,Maharashtra,4\n6,Bombay,5\n7,Bombay,4\n",
        encoding="utf-8",
    )
    path = L._place_paths(tmp_path)
    assert path("minneapolis") == ("minneapolis", "minnesota", "usa")
    assert set(path("minnesota")) < set(path("minneapolis"))
    # A name at two nodes keeps only the ancestors both share.
    assert path("bombay") == ("bombay", "india")
    assert path("atlantis") == ("atlantis",)
