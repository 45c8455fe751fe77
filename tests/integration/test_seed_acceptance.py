"""The shared acceptance check of the seed corpus, run through the public contract.

The check and its gold reading live outside the project (``../shared/acceptance``);
this test only runs it, so the answers are never written into recon's own tests.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHECK = ROOT.parent / "shared" / "acceptance" / "check_seeds.py"


@pytest.mark.skipif(not CHECK.exists(), reason="shared acceptance check not present")
def test_seed_corpus_passes_the_shared_acceptance_check():
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    p = subprocess.run(
        [sys.executable, str(CHECK)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    assert p.returncode == 0, p.stdout + p.stderr
    assert "required" in p.stdout
