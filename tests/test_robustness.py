"""Real bad inputs, bad pattern files, long documents: good documents processed, bad ones listed, no traceback."""

from __future__ import annotations

import codecs
import csv
import json
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT, shared_file
from riskevents.documents import Document
from riskevents.extract import chunk_bounds, process_document

RISKEVENTS = [sys.executable, "-m", "riskevents.cli"]
GOOD = "Acme Corp reported a net loss of $5 million for the third quarter.\n"
FILL = "The weather in the region was mild and trading in the shares of the group was quiet all week long.\n"
PARAGRAPH = GOOD + FILL * 30 + "\n"


def five_mb() -> str:
    return PARAGRAPH * (5_000_000 // len(PARAGRAPH) + 1)


def cli(*args, stdin=None, timeout=300):
    return subprocess.run(RISKEVENTS + list(args), input=stdin, capture_output=True, cwd=ROOT, timeout=timeout)


@pytest.mark.slow
def test_bad_inputs_are_listed_good_ones_processed(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "binary.txt").write_bytes(b"\x00\x01\x02\xff\xfe\x00" * 100)
    (src / "empty.txt").write_bytes(b"")
    (src / "cp1252.txt").write_bytes("Acme\u2019s \u201cnet loss\u201d of \u20ac5 million.\n".encode("cp1252"))
    (src / "utf16.txt").write_bytes(codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le"))
    (src / "lines.jsonl").write_text(json.dumps({"id": "j1", "text": GOOD}) + "\n{broken\n"
                                     + json.dumps({"id": "j2", "text": GOOD}) + "\n", encoding="utf-8")
    (src / "big.txt").write_text(five_mb(), encoding="utf-8")
    (src / "page.html").write_text("<html><body><script>document.write('SCRIPTED net loss');</script><article>"
                                   "<p>" + GOOD * 5 + "</p></article></body></html>", encoding="utf-8")
    out = tmp_path / "out" / "events.csv"
    res = cli("extract", str(src), str(tmp_path / "does-not-exist"), "-o", str(out), "--workers", "2")
    stderr = res.stderr.decode()
    assert res.returncode == 2 and "input not found" in stderr  # a missing argument is a usage error ...
    res = cli("extract", str(src), "-o", str(out), "--workers", "2")
    stderr = res.stderr.decode()
    assert res.returncode == 3, stderr
    assert "Traceback" not in stderr
    with (tmp_path / "out" / "events.errors.csv").open(encoding="utf-8", newline="") as fh:
        errors = list(csv.DictReader(fh))
    reasons = {e["source"].rsplit("/", 1)[-1]: e["reason"] for e in errors}
    assert set(reasons) == {"binary.txt", "lines.jsonl:2"}, reasons
    assert "binary" in reasons["binary.txt"] and "malformed JSON" in reasons["lines.jsonl:2"]
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    by_doc = {}
    for r in rows:
        by_doc.setdefault(r["doc_id"], []).append(r)
    for doc_id in ("cp1252.txt", "utf16.txt", "j1", "j2", "big.txt", "page.html"):
        assert doc_id in by_doc, doc_id
    assert by_doc["cp1252.txt"][0]["encoding"] == "cp1252"
    assert by_doc["utf16.txt"][0]["encoding"] == "utf-16"
    assert "net loss" in by_doc["cp1252.txt"][0]["sentence"]
    assert all("SCRIPTED" not in r["sentence"] for r in by_doc["page.html"])
    big = by_doc["big.txt"]
    text = five_mb()
    assert len(big) >= len(text) // len(PARAGRAPH) and max(int(r["end_char"]) for r in big) > 4_900_000
    for r in big[-3:]:  # offsets rebased over the chunks index the whole text
        assert text[int(r["start_char"]):int(r["end_char"])] == r["trigger"]
    assert "6 documents" not in stderr and "documents" in stderr
    # ... while a missing path inside a list of inputs read by the library is a listed failure
    from riskevents.readers import read_inputs

    assert [f.reason for f in read_inputs([tmp_path / "nope"])] == ["no such file or folder"]


def test_bad_pattern_folder_exits_2_with_file_line_reason(tmp_path):
    bad = tmp_path / "patterns"
    shutil.copytree(ROOT / "patterns", bad)
    lines = (bad / "money.jsonl").read_text(encoding="utf-8").splitlines()
    lines.append(json.dumps({"id": "money.evil.999", "kind": "regex", "label": "MONEY", "pattern": "(a+)+$"}))
    (bad / "money.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "in.txt").write_text(GOOD)
    res = cli("extract", str(tmp_path / "in.txt"), "-o", str(tmp_path / "o.csv"), "--paths.patterns", str(bad))
    err = res.stderr.decode()
    assert res.returncode == 2, err
    assert f"money.jsonl:{len(lines)}" in err and "nested quantifiers" in err
    assert "Traceback" not in err and not (tmp_path / "o.csv").exists()


def test_malformed_json_pattern_exits_2(tmp_path):
    bad = tmp_path / "patterns"
    shutil.copytree(ROOT / "patterns", bad)
    with (bad / "events" / "net_loss.jsonl").open("a", encoding="utf-8") as fh:
        fh.write("{oops\n")
    (tmp_path / "in.txt").write_text(GOOD)
    res = cli("extract", str(tmp_path / "in.txt"), "-o", "-", "--paths.patterns", str(bad), "--workers", "2")
    assert res.returncode == 2 and b"net_loss.jsonl:" in res.stderr and b"not valid JSON" in res.stderr
    assert b"Traceback" not in res.stderr


def test_chunk_bounds_at_paragraphs():
    text = ("para one.\n\n" * 50) + "x" * 300
    bounds = chunk_bounds(text, 200)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:]))
    assert all(text[s - 2:s] == "\n\n" for s, _ in bounds[1:-1])


def _long_documents():
    docs = [shared_file("impac-2007q3-press-release.txt").read_text(encoding="utf-8")]
    with shared_file("reuters21578-train.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line)["text"]
            if len(text) > 4000:
                docs.append(text)
            if len(docs) >= 12:
                break
    for f in sorted((ROOT / "corpus" / "releases").glob("*.txt")):
        docs.append(f.read_text(encoding="utf-8"))
    return docs


def _rows(result):
    return [r.to_row() for r in result.events], [e.to_row() for e in result.entities]


# Document-level context that entity_rules keeps within one Doc: defined terms ('Vantor' after "Vantor Spectral
# Systems N.V. ("Vantor")") and a table's scale line ("in thousands"). A chunk does not see an earlier chunk's.
DOC_CONTEXT_FIELDS = ("organizations", "amount_value")


def test_chunked_events_equal_unchunked(nlp):
    """Small chunks give the same events (offsets rebased, running section and its title carried).

    The chunks (3,000 characters) are longer than any paragraph of these documents: a chunk shorter than a sentence
    must cut it.
    """
    def strip(rows):
        return [{k: v for k, v in r.items() if k not in DOC_CONTEXT_FIELDS} for r in rows]

    for text in _long_documents():
        whole = process_document(nlp, Document("d", text))
        chunked = process_document(nlp, Document("d", text), chunk_chars=3000)
        assert strip(_rows(chunked)[0]) == strip(_rows(whole)[0])


def test_chunked_requires_nearby(nlp):
    """requires_nearby looks at the sentences around a trigger, across a chunk boundary too."""
    text = _long_documents()[11]
    whole = _rows(process_document(nlp, Document("d", text)))
    assert _rows(process_document(nlp, Document("d", text), chunk_chars=4000)) == whole


def test_chunked_records_identical_for_reuters(nlp):
    for text in _long_documents()[1:12]:
        whole = _rows(process_document(nlp, Document("d", text)))
        assert _rows(process_document(nlp, Document("d", text), chunk_chars=1500)) == whole


def test_chunked_defined_terms(nlp):
    """Defined terms ('Vantor') and table scale headers of earlier chunks hold in later ones."""
    text = (ROOT / "corpus" / "releases" / "kestrel-vantor-acquisition-2007.txt").read_text(encoding="utf-8")
    whole = _rows(process_document(nlp, Document("d", text)))
    assert _rows(process_document(nlp, Document("d", text), chunk_chars=1500)) == whole


def test_empty_event_rules_folder_exits_2(tmp_path):
    bad = tmp_path / "patterns"
    shutil.copytree(ROOT / "patterns", bad)
    shutil.rmtree(bad / "events")
    (tmp_path / "in.txt").write_text(GOOD)
    res = cli("extract", str(tmp_path / "in.txt"), "-o", "-", "--paths.patterns", str(bad), "--workers", "1")
    assert res.returncode == 2 and b"events/*.jsonl" in res.stderr and b"no pattern file matches" in res.stderr
    assert b"Traceback" not in res.stderr
