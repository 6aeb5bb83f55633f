"""Property tests (hypothesis): extraction never raises, spans index the text, CSV round trips are lossless."""

from __future__ import annotations

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from riskevents.documents import Document
from riskevents.extract import process_document
from riskevents.records import EVENT_COLUMNS
from riskevents.writers import csv_text, read_table

WORDS = ["net", "loss", "of", "$", "1.2", "billion", "million", "%", "percent", "filed", "for", "Chapter", "11",
         "bankruptcy", "Inc.", "(", "NYSE:", "IMH", ")", "will", "not", "may", "cut", "1,200", "jobs", "dividend",
         "suspended", "\n", "\n\n", "  ", "\t", "Safe", "Harbor", "Forward-Looking", "Statements", "Q3", "2007",
         "December", "20,", "--", "/PRNewswire/", "IRVINE,", "Calif.,", "\u20ac", "\u2019s", "\U0001F600", "=",
         "'", '"', "\r\n", "\u2028", "a:", "write-down", "impairment", "going", "concern", "downgraded"]
texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(WORDS), max_size=120).map(" ".join),
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(alphabet=string.printable, max_size=8)), max_size=80)
    .map("".join),
)
CHECK = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def assert_spans(text, result):
    for e in result.events:
        assert 0 <= e.start_char < e.end_char <= len(text)
        assert text[e.start_char:e.end_char] == e.trigger
        assert 0 <= e.sentence_start < e.sentence_end <= len(text)
        assert text[e.sentence_start:e.sentence_end] == e.sentence
        assert e.sentence_start <= e.start_char and e.end_char <= e.sentence_end
        if e.amount_start is not None:
            assert 0 <= e.amount_start < e.amount_end <= len(text)
            assert text[e.amount_start:e.amount_end] == e.amount_text
    for n in result.entities:
        assert 0 <= n.start_char < n.end_char <= len(text)
        assert text[n.start_char:n.end_char] == n.text


@CHECK
@given(text=texts)
def test_extraction_never_raises_and_spans_index_the_text(nlp, text):
    assert_spans(text, process_document(nlp, Document("p", text)))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.lists(st.sampled_from(WORDS + [". ", "\n\n"]), min_size=50, max_size=400).map(" ".join))
def test_chunked_spans_index_the_text(nlp, text):
    assert_spans(text, process_document(nlp, Document("p", text), chunk_chars=300))


cells = st.one_of(st.none(), st.booleans(), st.integers(-10**12, 10**12),
                  st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=40),
                  st.sampled_from(["=1+1", "+x", "-1", "@A", "\tx", "\rx", "'=x", "''+y", "007", "NA", "null", ""]))


@settings(max_examples=200, deadline=None)
@given(rows=st.lists(st.fixed_dictionaries({c: cells for c in EVENT_COLUMNS[:6]}), max_size=8))
def test_csv_write_read_lossless(tmp_path_factory, rows):
    from riskevents.writers import csv_cell

    columns = EVENT_COLUMNS[:6]
    path = tmp_path_factory.mktemp("csv") / "t.csv"
    path.write_text(csv_text(columns, rows), encoding="utf-8", newline="")
    back = read_table(path)
    assert list(back.columns) == columns
    assert len(back) == len(rows)
    for i, row in enumerate(rows):
        for c in columns:
            v = row[c]
            expected = csv_cell(v) if not isinstance(v, str) else v
            assert back[c][i] == expected, (c, v)
