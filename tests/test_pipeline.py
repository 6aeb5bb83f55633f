"""The pipeline as spaCy sees it: config, components, sentence splitting, save/load round trip."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
import spacy

import riskevents
from riskevents import Document, process_document
from riskevents.errors import PatternError
from riskevents.patterns import validate_rule
from riskevents.components.sentences import SentenceSplitter

WIRE = """ACME CORP <ACM> 3RD QTR LOSS

NEW YORK, March 3 - Acme Corp said it lost money.
    Shr loss 12 cts vs profit eight cts
    Net loss 3.4 mln vs profit 1.1 mln
"""
TEXT = """Acme Holdings Reports Results

IRVINE, Calif., Dec. 20 /PRNewswire/ -- Acme Holdings, Inc. reported a net loss. Mr. J. R. Smith, the Chairman
of Acme Inc. The company said the loss was due to a $4.5 million write-down.

- the retail unit, conducted by AR;
- the commercial unit.
Interest income\t$ 313,772\t$ 316,285
"""


def test_pipeline_components(nlp):
    assert nlp.pipe_names == ["riskevents_sentences", "riskevents_lemmatizer", "riskevents_sections",
                              "riskevents_entity_rules", "riskevents_event_rules", "riskevents_event_builder"]


def test_wire_story_sentences(nlp):
    sents = [s.text.strip() for s in nlp(WIRE).sents if s.text.strip()]
    assert sents == ["ACME CORP <ACM> 3RD QTR LOSS", "NEW YORK, March 3 -", "Acme Corp said it lost money.",
                     "Shr loss 12 cts vs profit eight cts", "Net loss 3.4 mln vs profit 1.1 mln"]


def test_sentences_follow_press_release_shape(nlp):
    doc = nlp(TEXT)
    sents = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sents[0] == "Acme Holdings Reports Results"
    assert "IRVINE, Calif., Dec. 20 /PRNewswire/ --" in sents
    assert "Acme Holdings, Inc. reported a net loss." in sents
    assert any(s.startswith("Mr. J. R. Smith, the Chairman") for s in sents)  # no split after Mr. / initials
    assert "The company said the loss was due to a $4.5 million write-down." in sents  # split after "Inc. The"
    assert "- the retail unit, conducted by AR;" in sents and "- the commercial unit." in sents
    assert "Interest income\t$ 313,772\t$ 316,285" in sents


def test_escaped_dollar_is_tokenized_like_a_dollar(nlp):
    assert [t.text for t in nlp.make_doc(r"\$1.2 billion and \$(16.3) million")] == \
        ["\\$", "1.2", "billion", "and", "\\$", "(", "16.3", ")", "million"]


def test_lemmas_are_case_insensitive_and_canonical(nlp):
    doc = nlp("LOSSES widened as it laid off workers; Losses, losses, laying off")
    assert doc[0].lemma_ == doc[8].lemma_ == doc[10].lemma_ == "loss"
    assert doc[4].lemma_ == doc[12].lemma_  # laid / laying: one lemma
    warn = nlp("warning warnings")
    assert warn[0].lemma_ == warn[1].lemma_  # the table maps warnings -> warning -> warn


def test_sentence_splitter_reads_abbreviations_from_patterns(nlp):
    splitter = nlp.get_pipe("riskevents_sentences")
    assert isinstance(splitter, SentenceSplitter) and "calif." in splitter.abbreviations


def test_to_disk_and_load_without_the_repository(nlp, tmp_path):
    target = tmp_path / "saved"
    nlp.to_disk(target)
    moved = tmp_path / "elsewhere"
    shutil.copytree(target, moved)
    # a fresh interpreter, in another folder, loading the saved pipeline by path only
    code = ("import spacy, sys; nlp = spacy.load(sys.argv[1]); doc = nlp(sys.argv[2]);"
            "print([(e.event_type, e.trigger, e.status) for e in doc._.riskevents_events])")
    out = subprocess.run([sys.executable, "-c", code, str(moved), "The bank omitted its dividend."],
                         capture_output=True, text=True, cwd=tmp_path, check=True).stdout
    assert "('DIVIDEND_CUT', 'omitted its dividend', 'actual')" in out


def test_saved_pipeline_gives_the_same_records(nlp, tmp_path):
    nlp.to_disk(tmp_path / "p")
    loaded = riskevents.load(tmp_path / "p")
    a = process_document(nlp, Document("x", TEXT))
    b = process_document(loaded, Document("x", TEXT))
    assert [e.to_row() for e in a.events] == [e.to_row() for e in b.events]
    assert [e.to_row() for e in a.entities] == [e.to_row() for e in b.entities]


def test_other_patterns_folder_via_override(tmp_path):
    src = riskevents.paths.patterns_dir()
    shutil.copytree(src, tmp_path / "pat")
    (tmp_path / "pat" / "events" / "margin_call.jsonl").unlink()
    nlp2 = riskevents.load(overrides={"paths.patterns": str(tmp_path / "pat")})
    recs = process_document(nlp2, Document("x", "Lenders made margin calls.")).events
    assert not [e for e in recs if e.event_type == "MARGIN_CALL"]


def test_a_user_adds_a_trigger_by_adding_a_line(tmp_path):
    shutil.copytree(riskevents.paths.patterns_dir(), tmp_path / "pat")
    with open(tmp_path / "pat" / "events" / "my_rules.jsonl", "w", encoding="utf-8") as fh:
        fh.write('{"id": "event.margin_call.901", "kind": "phrase", "label": "MARGIN_CALL", '
                 '"phrases": ["variation margin demand"], "attr": "LEMMA"}\n')
    nlp2 = riskevents.load(overrides={"paths.patterns": str(tmp_path / "pat")})
    recs = process_document(nlp2, Document("x", "The fund met variation margin demands.")).events
    assert [(e.event_type, e.rule_id) for e in recs] == [("MARGIN_CALL", "event.margin_call.901")]


def test_blank_pipeline_reference_is_spacy_blank():
    assert spacy.blank("en").pipe_names == []


@pytest.mark.parametrize(("text", "fires"), [
    ("Trustees approved the company's plan. The overhaul of the fleet begins in May.", True),
    ("The company filed under Chapter 11 last week. The overhaul of the fleet begins in May.", False),
    ("The overhaul of the fleet begins in May. The company filed under Chapter 11 last week.", False),
    ("The company filed under Chapter 11. Trading was slow. Its shares fell. The overhaul of the fleet begins.", True),
])
def test_forbids_nearby_keeps_a_rule_off_where_a_phrase_is_near(tmp_path, text, fires):
    """forbids_nearby: none of the phrases within N sentences before or after (here 1)."""
    shutil.copytree(riskevents.paths.patterns_dir(), tmp_path / "pat")
    with open(tmp_path / "pat" / "events" / "my_rules.jsonl", "w", encoding="utf-8") as fh:
        fh.write('{"id": "event.restructuring.901", "kind": "phrase", "label": "RESTRUCTURING", '
                 '"phrases": ["overhaul of the fleet"], "attr": "LOWER", '
                 '"forbids_nearby": {"phrases": ["chapter 11"], "sentences": 1}}\n')
    nlp2 = riskevents.load(overrides={"paths.patterns": str(tmp_path / "pat")})
    recs = process_document(nlp2, Document("x", text)).events
    assert ("event.restructuring.901" in [e.rule_id for e in recs]) is fires


@pytest.mark.parametrize("value", [{"phrases": [], "sentences": 1}, {"phrases": ["x"]}, ["x"],
                                   {"phrases": ["x"], "sentences": -1}])
def test_forbids_nearby_is_validated(value):
    rule = {"id": "event.x.001", "kind": "phrase", "label": "LAYOFFS", "phrases": ["a"], "forbids_nearby": value}
    with pytest.raises(PatternError, match="forbids_nearby needs phrases"):
        validate_rule(rule, "bad.jsonl", 3)
