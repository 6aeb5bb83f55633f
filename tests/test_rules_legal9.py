"""Legal and departure rules written from the fourth (blind) gold batch's dev errors and checked on unannotated
non-test stories (LITIGATION_REGULATORY, EXECUTIVE_DEPARTURE): text -> the events expected (type, words in the
trigger, status), with the distractors that must not fire. Same row format as tests/test_event_rules.py:
("!", TYPE, "") means TYPE must not fire at all, ("!", TYPE, word) that no TYPE trigger contains word.
"""

from __future__ import annotations

import pytest

from conftest import assert_events

LIT = "LITIGATION_REGULATORY"
DEP = "EXECUTIVE_DEPARTURE"

CASES = [
    # rule 074: a dispute with a regulator or tax authority named by its acronym
    ("Harwell Securities said it ended its long dispute with the IRS over deductions.",
     [(LIT, "dispute", "actual")]),
    ("Analysts said the broker's dispute with the NASD over net capital rules was near an end.",
     [(LIT, "dispute", "actual")]),
    ("The two governments are in a dispute with the GATT panel over farm tariffs.", [("!", LIT, "")]),
    ("The union is in a wage dispute with the company's managers.", [("!", LIT, "")]),
    # rule 075: disputes of a legal kind, disputes with an authority named in full
    ("Norvel Inc said it resolved an accounting dispute with the staff of the Securities and Exchange Commission.",
     [(LIT, "dispute", "actual")]),
    ("Pardo Labs and a Swiss maker ended their trademark dispute over the Vitaline name.",
     [(LIT, "trademark dispute", "actual")]),
    ("The brewer has a dispute over back taxes with the state, its chairman said.",
     [(LIT, "dispute over back taxes", "actual")]),
    ("The dockers' dispute with the port authority entered its third week.", [("!", LIT, "")]),
    ("Both sides hope to settle the border dispute before the summit.", [("!", LIT, "")]),
    # rule 076: a regulator moving on a ticker-marked company in a headline; not rule-making headlines
    ("KELLOR SAYS SEC MOVING ON BRANT <BRN> OFFER", [(LIT, "SEC MOVING", "actual")]),
    ("SEC MOVES ON PROGRAM TRADING RULES", [("!", LIT, "")]),
    # rule 077: an authority moving against a party, headline capitals only
    ("OHIO MOVES AGAINST TWO COMMODITY DEALERS", [(LIT, "MOVES AGAINST", "actual")]),
    ("Officials said the army would move against the rebel positions at dawn.", [("!", LIT, "")]),
    # rule 078: going or taking a matter to a court named by its title
    ("Denmark said it may go to the European Court of Justice over the quota.",
     [(LIT, "go to the European Court", "hypothetical")]),
    ("The distiller has gone to the Jersey court to recover the fee it paid.",
     [(LIT, "gone to the Jersey court", "actual")]),
    ("The delegates went to the Court House hotel for dinner.", [("!", LIT, "")]),
    ("Athens renewed its offer to go to the International Court of Justice over the sea bed.", [("!", LIT, "")]),
    # rule 080: entangled or embroiled in legal challenges or suits
    ("The station licences have long been entangled in a series of challenges before the regulator.",
     [(LIT, "challenges", "actual")]),
    ("The retailer is mired in challenges from online rivals.", [("!", LIT, "")]),
    # EXECUTIVE_DEPARTURE rule 014: a named executive's exit or ouster
    ("Ms. Calder's abrupt exit leaves the retailer without a finance chief.", [(DEP, "exit", "actual")]),
    ("CEO Mark Ostrow's exit was announced on Tuesday.", [(DEP, "exit", "actual")]),
    ("Mr. Halloran's exit from the stake took two years, the fund said.", [("!", DEP, "")]),
    ("Mr. Jenkins's exit from the cabinet weakened the government.", [("!", DEP, "")]),
    ("The company plans an exit from the carpet business.", [("!", DEP, "")]),
    # rule 015: the exit or ouster of a titled officer
    ("Shares jumped after the ouster of chief executive Paul Brede.", [(DEP, "ouster", "actual")]),
    ("The exit of its CFO followed a weak quarter.", [(DEP, "exit", "actual")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_legal9_rules(extract, text, expected):
    assert_events(extract(text), expected)
