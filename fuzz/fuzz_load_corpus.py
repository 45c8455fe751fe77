"""atheris harness: load_corpus on arbitrary files (a folder, JSON Lines, text)."""

import tempfile
from pathlib import Path

from _common import main

import recon

TMP = Path(tempfile.mkdtemp(prefix="recon-fuzz-"))


def one(data: bytes) -> None:
    kind, body = data[:1], data[1:]
    folder = TMP / "corpus"
    folder.mkdir(exist_ok=True)
    for f in folder.iterdir():
        f.unlink()
    if kind == b"j":
        path = TMP / "docs.jsonl"
        path.write_bytes(body)
        recon.load_corpus(path, max_bytes=1 << 16)
        return
    half = len(body) // 2
    (folder / "a.txt").write_bytes(body[:half])
    (folder / "sources.json").write_bytes(body[half:])
    corpus = recon.load_corpus(folder, max_bytes=1 << 16)
    # Nothing lost: the article is either loaded or listed with a reason.
    assert len(corpus) + sum(p.endswith("a.txt") for p, _ in corpus.skipped) == 1


if __name__ == "__main__":
    main(one)
