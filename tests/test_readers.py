"""Readers: every input format, the decoding order, ranges of record files, release metadata."""

from __future__ import annotations

import codecs
import json

import pytest

from conftest import shared_file
from riskevents.documents import Document, Failure, document_columns, iso_date, parse_release_header
from riskevents.engines.shards import plan_shards
from riskevents.readers import ReadOptions, Source, decode, read_inputs, read_source, read_stdin, stdin_kind

CP1252_TEXT = "Acme\u2019s \u201cnet loss\u201d was \u20ac5 million \u2014 a record."


def docs(items):
    return [i for i in items if isinstance(i, Document)]


def fails(items):
    return [i for i in items if isinstance(i, Failure)]


@pytest.mark.parametrize("data, text, encoding", [
    (codecs.BOM_UTF8 + "caf\u00e9".encode(), "caf\u00e9", "utf-8-sig"),
    ("caf\u00e9 \u20ac".encode("utf-16"), "caf\u00e9 \u20ac", "utf-16"),
    ("caf\u00e9".encode("utf-8"), "caf\u00e9", "utf-8"),
    (CP1252_TEXT.encode("cp1252"), CP1252_TEXT, "cp1252"),
])
def test_decoding_order(data, text, encoding):
    assert decode(data) == (text, encoding)


def test_folder_recursive_sorted_with_encodings(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_bytes(CP1252_TEXT.encode("cp1252"))
    (tmp_path / "a.md").write_text("# Title\n\nBody.", encoding="utf-8")
    (tmp_path / "c.txt").write_bytes("Hello \u20ac".encode("utf-16"))
    (tmp_path / ".hidden.txt").write_text("skip me")
    got = docs(read_inputs([tmp_path]))
    assert [d.id for d in got] == ["a.md", "b/z.txt", "c.txt"]
    assert [d.meta["encoding"] for d in got] == ["utf-8", "cp1252", "utf-16"]
    assert got[1].text == CP1252_TEXT


def test_html_article_without_script_style_nav(tmp_path):
    page = """<html><head><title>Acme posts loss</title><style>body{color:red}</style>
    <script>var secret = "SCRIPT-TEXT"; alert(1);</script></head><body>
    <nav><a href="/">Home</a> <a href="/markets">NAVLINK Markets</a></nav>
    <article><h1>Acme posts third quarter loss</h1>
    <p>Acme Corp reported a net loss of $5 million for the third quarter, compared with a profit a year ago.</p>
    <p>The company said it would cut 200 jobs and close its plant in Ohio as demand for its products fell.</p>
    </article><footer>Copyright FOOTER</footer></body></html>"""
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    [doc] = docs(read_inputs([tmp_path / "p.html"]))
    assert "net loss of $5 million" in doc.text
    for junk in ("SCRIPT-TEXT", "alert", "color:red", "NAVLINK"):
        assert junk not in doc.text
    assert doc.meta["encoding"] == "utf-8"


def test_tiny_html_falls_back_to_visible_text(tmp_path):
    (tmp_path / "t.htm").write_text("<p>Net loss widened.</p><script>x()</script>", encoding="utf-8")
    [doc] = docs(read_inputs([tmp_path / "t.htm"]))
    assert doc.text == "Net loss widened."


def test_csv_keys_and_metadata(tmp_path):
    path = tmp_path / "news.csv"
    path.write_text('story_id,body,source_name,published\n007,"Acme cut its dividend.\nSecond line.",Wire A,'
                    '2008-10-01\n,"No id here.",Wire B,\n', encoding="utf-8")
    items = list(read_inputs([path], ReadOptions(id_key="story_id", text_key="body")))
    d1, d2 = docs(items)
    assert d1.id == "007" and d1.text == "Acme cut its dividend.\nSecond line."
    assert d1.meta["source_name"] == "Wire A" and d1.meta["published"] == "2008-10-01"
    assert d2.id == "news.csv:4"
    assert document_columns(d1)["doc_meta"] == '{"published": "2008-10-01", "source_name": "Wire A"}'
    bad = list(read_inputs([path], ReadOptions(text_key="nope")))
    assert len(fails(bad)) == 2 and "no column 'nope'" in fails(bad)[0].reason


def test_jsonl_malformed_line_and_line_separator(tmp_path):
    path = tmp_path / "d.jsonl"
    rows = [json.dumps({"id": "a", "text": "one\u2028two"}, ensure_ascii=False), "{not json", "",
            json.dumps({"id": "b", "text": "three", "wire": "PRN"})]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    items = list(read_inputs([path]))
    assert [d.id for d in docs(items)] == ["a", "b"]
    assert docs(items)[0].text == "one\u2028two"
    [f] = fails(items)
    assert f.source.endswith("d.jsonl:2") and "malformed JSON" in f.reason


def test_jsonl_byte_ranges_equal_whole_file(tmp_path):
    path = tmp_path / "big.jsonl"
    lines = [json.dumps({"id": f"d{i}", "text": f"Document {i} caf\u00e9 " * (i % 7 + 1)}, ensure_ascii=False)
             for i in range(200)]
    lines.insert(57, "broken")
    path.write_bytes(codecs.BOM_UTF8 + ("\n".join(lines) + "\n").encode("utf-8"))
    whole = list(read_inputs([path]))
    shards = plan_shards([str(path)], shard_bytes=1000)
    assert len(shards) > 5
    ranged = [item for s in shards for src in s.sources for item in read_source(src)]
    assert ranged == whole
    assert all(s.sources[0].encoding == "utf-8-sig" for s in shards)


def test_cp1252_jsonl_ranges(tmp_path):
    path = tmp_path / "w.jsonl"
    text = "\n".join(json.dumps({"id": str(i), "text": CP1252_TEXT}, ensure_ascii=False) for i in range(50))
    path.write_bytes(text.encode("cp1252"))
    shards = plan_shards([str(path)], shard_bytes=500)
    ranged = [item for s in shards for src in s.sources for item in read_source(src)]
    assert ranged == list(read_inputs([path]))
    assert {d.meta["encoding"] for d in docs(ranged)} == {"cp1252"}
    assert docs(ranged)[0].text == CP1252_TEXT


def test_csv_and_sgml_record_ranges(tmp_path):
    path = tmp_path / "n.csv"
    path.write_text("id,text\n" + "".join(f'{i},"Line {i}\nmore {i}"\n' for i in range(300)), encoding="utf-8")
    shards = plan_shards([str(path)], shard_bytes=600)
    assert len(shards) > 3
    assert [i for s in shards for src in s.sources for i in read_source(src)] == list(read_inputs([path]))


def test_stdin_kinds():
    assert stdin_kind(b'{"id": "x", "text": "t"}\n') == "jsonl"
    assert stdin_kind(b"Acme posts a loss.\n") == "text"
    [d] = list(read_stdin(ReadOptions(), b'\n{"id": "x", "text": "t"}\n'))
    assert (d.id, d.text) == ("x", "t")
    [d] = list(read_stdin(ReadOptions(), "Caf\u00e9 loss".encode("cp1252")))
    assert (d.id, d.text, d.meta["encoding"]) == ("stdin", "Caf\u00e9 loss", "cp1252")


def test_missing_and_unsupported(tmp_path):
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    items = list(read_inputs([tmp_path / "nope", tmp_path / "x.pdf"]))
    assert [f.reason for f in fails(items)][0] == "no such file or folder"
    assert "unsupported file type '.pdf'" in fails(items)[1].reason


def test_reuters_sgml_matches_the_jsonl_release():
    sgm = shared_file("reuters21578-reut2-000.sgm")
    jsonl = shared_file("reuters21578-train.jsonl")
    stories = docs(read_inputs([sgm]))
    assert len(stories) == 1000
    released = {}
    with jsonl.open(encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            if obj["id"].startswith("reuters21578-") and int(obj["id"].split("-")[1]) <= 1000:
                released[obj["id"]] = obj
    for doc in stories:
        ref = released[doc.id]
        assert doc.text == ref["text"], doc.id
        assert doc.meta["date"] == ref["date"] and doc.meta.get("title", "") == ref["title"]
        assert doc.meta.get("dateline", "") == ref["dateline"]
    first = stories[0]
    assert first.id == "reuters21578-1" and first.meta["topics"] == ["cocoa"]
    cols = document_columns(first)
    assert (cols["doc_date"], cols["dateline_city"], cols["wire"], cols["title"]) == \
        ("1987-02-26", "SALVADOR", "Reuters", "BAHIA COCOA REVIEW")
    # story ranges read the same stories
    shards = plan_shards([str(sgm)], shard_bytes=200_000)
    assert len(shards) > 3
    assert [d.id for s in shards for src in s.sources for d in docs(read_source(src))] == [d.id for d in stories]


@pytest.mark.parametrize("text, expected", [
    ("Impac Mortgage Holdings, Inc. Announces Results\n\nDecember 20, 2007\n\nIRVINE, Calif., Dec. 20 "
     "/PRNewswire-FirstCall/ -- Impac Mortgage Holdings, Inc. (NYSE: IMH) (\"IMH\"), a REIT, reports a loss.",
     {"date": "2007-12-20", "dateline_city": "IRVINE", "wire": "PRNewswire-FirstCall",
      "company": "Impac Mortgage Holdings, Inc.", "ticker": "NYSE:IMH"}),
    ("AMSTERDAM, the Netherlands, October 29, 2008 /PRNewswire/ -- Vandermeer Logistics N.V. (Euronext: VDML) "
     "today reported", {"date": "2008-10-29", "dateline_city": "AMSTERDAM", "wire": "PRNewswire",
                        "company": "Vandermeer Logistics N.V.", "ticker": "Euronext:VDML"}),
    ("GRANITE STATE MILLS INC <GSML> 4TH QTR LOSS\n\nNEW YORK, March 3 - Granite State Mills Inc said",
     {"date": "--03-03", "dateline_city": "NEW YORK", "company": "GRANITE STATE MILLS INC", "ticker": "GSML"}),
    ("No header at all, just text.", {}),
])
def test_release_header(text, expected):
    assert parse_release_header(text) == expected


def test_iso_dates():
    assert iso_date("26-FEB-1987 15:01:01.79") == "1987-02-26"
    assert iso_date("26 February 2009") == "2009-02-26"
    assert iso_date("Sept. 17", 2007) == "2007-09-17"
    assert iso_date("nothing") == ""


def test_release_columns_in_records(tmp_path, nlp):
    from riskevents.extract import process_document

    seed = shared_file("impac-2007q3-press-release.txt")
    [doc] = docs(read_inputs([seed]))
    rows = process_document(nlp, doc).event_rows()
    assert rows
    assert {(r["doc_date"], r["dateline_city"], r["wire"], r["company"], r["ticker"], r["encoding"]) for r in rows} \
        == {("2007-12-20", "IRVINE", "PRNewswire-FirstCall", "Impac Mortgage Holdings, Inc.", "NYSE:IMH", "utf-8")}


def test_source_roundtrip():
    s = Source("/x.jsonl", "x.jsonl", "jsonl", 10, 20, 3, "utf-8", "-")
    assert Source(**s.to_dict()) == s and s.display == "-"
