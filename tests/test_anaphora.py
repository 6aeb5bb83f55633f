"""Back-references to an event told earlier ('the offer', 'the plan', 'these losses'): rules with
``requires_prior_event`` fire only after an antecedent of their type found by an ordinary rule, within N sentences
before (or earlier in the same sentence); where references of several types cover the same words, the type whose
antecedent is nearest wins. Rows: text -> the events expected (type, words in the trigger, status); ("!", TYPE, word)
says no TYPE trigger contains word. Also: a bad ``requires_prior_event`` value stops the run (exit 2, file:line:
reason)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import assert_events
from riskevents.errors import PatternError
from riskevents.patterns import read_pattern_files

ACQ, SALE, BK, LIT = "ACQUISITION", "ASSET_SALE", "BANKRUPTCY", "LITIGATION_REGULATORY"
DEBT, RES, LAY, LOSS = "DEBT_DEFAULT", "RESTRUCTURING", "LAYOFFS", "NET_LOSS"

CASES = [
    # an antecedent of the type before the reference: the reference is a mention of its own
    ("Harlow Corp agreed to acquire Penfield Inc for 40 mln dlrs. Penfield's directors met on Friday. "
     "Analysts said the Harlow bid was generous.", [(ACQ, "acquire", "actual"), (ACQ, "bid", "actual")]),
    ("Corbin Stores filed for bankruptcy on Monday. This protection lets it keep trading. "
     "The proceedings will take months.",
     [(BK, "bankruptcy", "actual"), (BK, "protection", "actual"), (BK, "proceedings", "actual")]),
    ("Brandt Co reported a net loss of 4.1 mln dlrs for the year. These losses reflected weak steel demand.",
     [(LOSS, "net loss", "actual"), (LOSS, "losses", "actual")]),
    ("Tamsin Ltd said it will close three plants this year. The closures will cost 40 mln dlrs.",
     [(RES, "close three plants", "actual"), (RES, "closures", "actual")]),
    # three sentences back: beyond event.asset_sale.004's two-sentence window, within this one
    ("Tessel Group sold its packaging unit to Marren AG for 30 mln dlrs. Tessel makes boxes. It has 900 employees. "
     "The sale was approved by the board.", [(SALE, "sold", "actual"), (SALE, "sale", "actual")]),
    ("Tessel Group makes boxes. It has 900 employees. Its shares rose. The sale was approved by the board.",
     [("!", SALE, "sale")]),
    # the antecedent earlier in the same sentence
    ("Corbin Stores filed for bankruptcy on Monday and said the proceedings would take months.",
     [(BK, "bankruptcy", "actual"), (BK, "proceedings", "actual")]),
    # no antecedent: the reference alone is no event
    ("The board said the bid was fair to shareholders.", [("!", ACQ, "bid")]),
    ("Officials said the protection would help the company.", [("!", BK, "protection")]),
    ("Everyone agreed that these losses were regrettable.", [("!", LOSS, "losses")]),
    # an antecedent of another type only
    ("Vantor Inc sued Ellis Corp for patent infringement in federal court on Monday. "
     "Ellis said the sale was approved by the board.", [("!", SALE, "sale")]),
    ("Harlow Corp agreed to acquire Penfield Inc for 40 mln dlrs. The proceedings took a week.",
     [("!", BK, "proceedings")]),
    # the antecedent too far back (more than three sentences before)
    ("Harlow Corp agreed to acquire Penfield Inc for 40 mln dlrs. Harlow makes valves. It employs 900 people. "
     "Its shares rose. Sales rose 4 pct in the quarter. The board said the bid was fair.", [("!", ACQ, "bid")]),
    # the antecedent after the reference does not count
    ("Officials said this protection would help the company. Corbin Stores filed for bankruptcy on Monday.",
     [(BK, "bankruptcy", "actual"), ("!", BK, "protection")]),
    # a share offering after an acquisition is no back-reference to it
    ("Harlow Corp agreed to acquire Penfield Inc for 40 mln dlrs. Harlow will also sell new stock to the public, "
     "and the share offer is being underwritten by Morgan.", [("!", ACQ, "offer")]),
    ("Harlow Corp agreed to acquire Penfield Inc for 40 mln dlrs. It will pay for it with bonds, and "
     "the bid for the bonds closed at par.", [("!", ACQ, "bid")]),
    # 'that' before a verb is a relative pronoun, no determiner
    ("Harlow Corp agreed to acquire Penfield Inc for 40 mln dlrs. Penfield owns mines that bid on contracts.",
     [("!", ACQ, "bid")]),
    # a dispute referred back after a regulator's action; a trade dispute is no legal one
    ("The EPA fined Dorr Chemical 2 mln dlrs for dumping waste on Monday. Dorr said major issues of the dispute "
     "remain open.", [(LIT, "dispute", "actual")]),
    ("The EPA fined Dorr Chemical 2 mln dlrs for dumping waste on Monday. Separately, ministers said the trade "
     "dispute between the two countries had eased.", [("!", LIT, "dispute")]),
    # 'the loss of' a contract after a net loss
    ("Brandt Co reported a net loss of 4.1 mln dlrs. The loss of the Navy contract hurt sales.",
     [("!", LOSS, "loss of")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_back_references(extract, text, expected):
    assert_events(extract(text), expected)


def _write(tmp_path: Path, rule: dict) -> Path:
    good = {"id": "event.net_loss.901", "kind": "phrase", "label": "NET_LOSS", "phrases": ["net loss"]}
    (tmp_path / "bad.jsonl").write_text(json.dumps(good) + "\n" + json.dumps(rule) + "\n", encoding="utf-8")
    return tmp_path


REF = {"id": "event.net_loss.902", "kind": "phrase", "label": "NET_LOSS", "phrases": ["these losses"]}


@pytest.mark.parametrize("value", [
    {"types": ["NET_LOSS"]},                                  # no sentences
    {"sentences": 2},                                         # no types
    {"types": [], "sentences": 2},                            # empty types
    {"types": ["NOT_A_TYPE"], "sentences": 2},                # unknown type
    {"types": "NET_LOSS", "sentences": 2},                    # not a list
    {"types": ["NET_LOSS"], "sentences": 0},                  # not positive
    {"types": ["NET_LOSS"], "sentences": -1},
    {"types": ["NET_LOSS"], "sentences": "2"},                # not an int
    {"types": ["NET_LOSS"], "sentences": True},
    {"types": ["NET_LOSS"], "sentences": 2, "phrases": ["x"]},  # unknown key
    ["NET_LOSS", 2],
])
def test_bad_requires_prior_event_is_rejected_with_file_line_and_reason(tmp_path, value):
    folder = _write(tmp_path, {**REF, "requires_prior_event": value})
    with pytest.raises(PatternError) as info:
        read_pattern_files(folder, ["bad.jsonl"])
    err = info.value
    assert err.exit_code == 2 and err.line == 2 and "requires_prior_event" in err.reason
    assert "bad.jsonl:2: " in str(err)


def test_good_requires_prior_event_is_accepted(tmp_path):
    folder = _write(tmp_path, {**REF, "requires_prior_event": {"types": ["NET_LOSS", "EARNINGS_DECLINE"],
                                                                "sentences": 2}})
    assert len(read_pattern_files(folder, ["bad.jsonl"])) == 2


def test_requires_prior_event_is_not_allowed_on_exclusions(tmp_path):
    folder = _write(tmp_path, {"id": "exclude.loss.901", "kind": "exclude", "phrases": ["loss of"],
                               "requires_prior_event": {"types": ["NET_LOSS"], "sentences": 2}})
    with pytest.raises(PatternError, match="unknown key"):
        read_pattern_files(folder, ["bad.jsonl"])


# ---- the mechanism on rules written here (the shipped rules share few reference nouns between types) ----------
def _rules():
    ref = {"kind": "token", "anchors": ["arrangement"], "trigger": [-1, 0],
           "pattern": [{"LOWER": {"IN": ["the", "this"]}}, {"LOWER": "arrangement"}]}
    return [
        {"id": "event.acquisition.901", "kind": "phrase", "label": "ACQUISITION", "phrases": ["acquire"]},
        {"id": "event.asset_sale.901", "kind": "phrase", "label": "ASSET_SALE", "phrases": ["divest"]},
        {"id": "event.acquisition.902", "label": "ACQUISITION", **ref,
         "requires_prior_event": {"types": ["ACQUISITION"], "sentences": 1}},
        {"id": "event.asset_sale.902", "label": "ASSET_SALE", **ref,
         "requires_prior_event": {"types": ["ASSET_SALE"], "sentences": 1}},
        # a reference rule never serves as an antecedent: 'the plan' after 'the arrangement' alone is nothing
        {"id": "event.restructuring.901", "kind": "phrase", "label": "RESTRUCTURING", "phrases": ["the plan"],
         "requires_prior_event": {"types": ["ACQUISITION", "RESTRUCTURING"], "sentences": 2}},
    ]


@pytest.fixture(scope="module")
def kept_labels(nlp):
    from riskevents.components.event_rules import EventRules

    rules = EventRules(nlp, "anaphora_test_rules")
    rules.set_rules([dict(r) for r in _rules()])

    def run(text):
        doc = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            if name == "riskevents_event_rules":
                break
            doc = proc(doc)
        scan = rules._scan(doc)
        return sorted((doc[s:e].text, rules.by_id[rid]["label"]) for s, e, rid in rules._keep(doc, scan))

    return run


@pytest.mark.parametrize("text,expected", [
    # nearest antecedent wins where references of two types cover the same words
    ("Acme will acquire Bolt. Dorn will divest its mills. The arrangement closes in May.",
     [("arrangement", "ASSET_SALE"), ("acquire", "ACQUISITION"), ("divest", "ASSET_SALE")]),
    ("Dorn will divest its mills. Acme will acquire Bolt. The arrangement closes in May.",
     [("acquire", "ACQUISITION"), ("arrangement", "ACQUISITION"), ("divest", "ASSET_SALE")]),
    # one type only: its reference alone
    ("Acme will acquire Bolt. The arrangement closes in May.",
     [("acquire", "ACQUISITION"), ("arrangement", "ACQUISITION")]),
    # 'sentences': 1 reaches one sentence back, not two
    ("Acme will acquire Bolt. Its shares rose. The arrangement closes in May.", [("acquire", "ACQUISITION")]),
    # earlier in the same sentence counts, later does not
    ("Acme will acquire Bolt and the arrangement closes in May.",
     [("acquire", "ACQUISITION"), ("arrangement", "ACQUISITION")]),
    ("The arrangement closes in May. Acme will acquire Bolt.", [("acquire", "ACQUISITION")]),
    # references do not justify references
    ("Acme will acquire Bolt. The arrangement closes in May. Analysts like it. Then the plan was made public.",
     [("acquire", "ACQUISITION"), ("arrangement", "ACQUISITION")]),
    ("Acme will acquire Bolt. The plan was made public.", [("acquire", "ACQUISITION"), ("The plan", "RESTRUCTURING")]),
])
def test_requires_prior_event_mechanism(kept_labels, text, expected):
    assert kept_labels(text) == sorted(expected)
