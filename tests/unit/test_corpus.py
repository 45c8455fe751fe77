import json

import pytest

import recon
from recon.corpus import read_claims_file


def test_seeds_load_with_their_metadata(seeds_dir):
    corpus = recon.load_corpus(seeds_dir)
    assert len(corpus) == 5 and corpus.skipped == []
    by_id = {d.id: d for d in corpus}
    afp = by_id["001_e03bb91fa9b7dccf"]
    assert afp.source.outlet == "AFP"
    assert str(afp.source.published) == "2020-03-29"
    assert afp.title and afp.text.startswith(afp.title)


def test_folder_without_sources_json(tmp_path):
    (tmp_path / "a.txt").write_text("نص", encoding="utf-8")
    (tmp_path / "b.txt").write_text("نص آخر", encoding="utf-8")
    corpus = recon.load_corpus(tmp_path)
    assert [d.id for d in corpus] == ["a", "b"]
    assert all(d.source.outlet is None for d in corpus)


def test_one_bad_file_is_skipped_with_the_reason_and_the_rest_loads(tmp_path):
    (tmp_path / "good.txt").write_text("نص", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\xfa not utf-8")
    corpus = recon.load_corpus(tmp_path)
    assert [d.id for d in corpus] == ["good"]
    (path, reason) = corpus.skipped[0]
    assert path.endswith("bad.txt") and "UTF-8" in reason


def test_bad_sources_json_is_reported_not_fatal(tmp_path):
    (tmp_path / "a.txt").write_text("نص", encoding="utf-8")
    (tmp_path / "sources.json").write_text("[{", encoding="utf-8")
    corpus = recon.load_corpus(tmp_path)
    assert len(corpus) == 1
    assert "malformed JSON" in corpus.skipped[0][1]


def test_missing_path_is_a_corpus_error(tmp_path):
    with pytest.raises(recon.CorpusError, match="no such file"):
        recon.load_corpus(tmp_path / "nope")


def test_oversize_file_is_refused(tmp_path):
    (tmp_path / "big.txt").write_text("x" * 2000, encoding="utf-8")
    corpus = recon.load_corpus(tmp_path, max_bytes=1000)
    assert corpus == [] and "limit" in corpus.skipped[0][1]


def test_jsonl_documents(tmp_path):
    p = tmp_path / "docs.jsonl"
    p.write_text(
        json.dumps({"id": "a", "text": "نص", "outlet": "AFP", "published": "2020-03-29"})
        + "\n"
        + "\n"
        + json.dumps({"id": "b"})
        + "\n",
        encoding="utf-8",
    )
    corpus = recon.load_corpus(p)
    assert [d.id for d in corpus] == ["a"] and corpus[0].source.outlet == "AFP"
    assert corpus.skipped and "text" in corpus.skipped[0][1]
    p.write_text("{not json}\n", encoding="utf-8")
    with pytest.raises(recon.CorpusError, match="line 1"):
        recon.load_corpus(p)


def test_skipped_files_reach_the_report(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\xff\xff")
    report = recon.reconcile(recon.load_corpus(tmp_path))
    assert any("bad.txt" in s.item for s in report.skipped)


def test_claims_csv(tmp_path):
    p = tmp_path / "claims.csv"
    p.write_text(
        "source,entity,field,value,unit,qualifier\nafp,K1,personnel,300,person,\n"
        "ina,K1,personnel,300,person,approx\nafp,K1,gate,A1,,\n",
        encoding="utf-8",
    )
    rows = read_claims_file(p)
    report = recon.reconcile(rows)
    assert report.group("K1", "personnel").status is recon.Status.AGREE
    assert report.group("K1", "gate").consensus.value == "A1"
    p.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(recon.CorpusError, match="columns"):
        read_claims_file(p)
