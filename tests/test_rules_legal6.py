"""Legal and executive rules after the sixth recall/precision audit of unannotated non-test stories
(LITIGATION_REGULATORY, EXECUTIVE_DEPARTURE, RESTATEMENT): text -> the events expected (type, words in the trigger,
status), with the distractors that must not fire. Same row format as tests/test_event_rules.py: ("!", TYPE, "") means
TYPE must not fire at all, ("!", TYPE, word) that no TYPE trigger contains word.
"""

from __future__ import annotations

import pytest

from conftest import assert_events

LIT = "LITIGATION_REGULATORY"
DEP = "EXECUTIVE_DEPARTURE"
RST = "RESTATEMENT"

CASES = [
    # EXECUTIVE_DEPARTURE recall: active removals and firings, the successor's side, 'outgoing', collective nouns
    ("Corlan Inc said its board has removed Dana Whitfield as chairman and chief executive officer.",
     [(DEP, "removed", "actual")]),
    ("CORLAN <CRLN> BOARD REMOVES CHAIRMAN", [(DEP, "REMOVES", "actual")]),
    ("Hollis Securities fired the head of its bond trading desk in Zurich on Tuesday.", [(DEP, "fired", "actual")]),
    ("The president of Tamber Corp will retire in June. He will be replaced by Joan Ruiz, now executive vice "
     "president.", [(DEP, "retire", "actual"), (DEP, "will be replaced by", "actual")]),
    ("Ivo Mendes was elected chairman of Porta Systems. He replaces Carl Stein, who will stay on as a director.",
     [(DEP, "He replaces", "actual")]),
    ("Analysts said the outgoing chief executive left the retailer in better shape than he found it.",
     [(DEP, "outgoing chief executive", "actual")]),
    ("Lenders were unsettled by a wave of senior management resignations at the distributor.",
     [(DEP, "management resignations", "actual")]),
    ("Merra Foods named Beth Orr chairman. Tom Quay is quitting after nine years, the company said.",
     [(DEP, "is quitting", "actual")]),
    # EXECUTIVE_DEPARTURE precision: workers fired, weapons, restrictions removed, the predecessor keeps a post,
    # central bankers, White House and intelligence posts, sport
    ("The airline fired 20 flight attendants for handing out leaflets, the union president said.", [("!", DEP, "")]),
    ("The ministry removed the last restrictions on imports, the chairman of the trade board said.",
     [("!", DEP, "")]),
    ("Carla Dunn was named president, succeeding her uncle Peter J. Dunn, who remains chairman.",
     [("!", DEP, "")]),
    ("Ray Oakes was appointed president, succeeding Lyle Brandt who continues as chief executive.",
     [("!", DEP, "")]),
    ("Olga Wren succeeds Ted Marsh, who was elected chairman of the board.", [("!", DEP, "")]),
    ("Ray Oakes was appointed president, succeeding Lyle Brandt, who retired in May.", [(DEP, "retired", "actual")]),
    ("The Fed chairman said he plans to resign as governor once a successor takes office.", [("!", DEP, "")]),
    ("The nominee would succeed the director of the Central Intelligence Agency, White House officials said.",
     [("!", DEP, "")]),
    ("The players rallied after the departure of their head coach last season.", [("!", DEP, "")]),

    # LITIGATION_REGULATORY recall: court reporting, hearings, probers, judgment debts, freezing orders, claims
    ("The fees were paid as a signing bonus, the High Court heard on Monday.", [(LIT, "Court heard", "actual")]),
    ("In a short hearing before an appeals court, its lawyer said the Chapter 11 petition protects the company.",
     [(LIT, "hearing", "actual")]),
    ("Agency probers also questioned the firm's chairman, the SEC said.", [(LIT, "probers", "actual")]),
    ("The province has yet to pay the judgment debt owed to the contractor.", [(LIT, "judgment debt", "actual")]),
    ("Asset-freezing orders obtained by the brewer cover property worth five mln stg.",
     [(LIT, "asset-freezing orders", "actual")]),
    ("Calder said it will continue to pursue its claims against its former advisers.",
     [(LIT, "pursue its claims against", "actual")]),
    ("REGULATOR FILES BRIEF ASKING STATE COURT TO REVIEW VERDICT", [(LIT, "ASKING STATE COURT", "actual")]),
    ("The agency will urge the state supreme court to hear the appeal.", [(LIT, "urge the state supreme court", "actual")]),
    ("The SEC claims that the broker hid the losses from its customers.", [(LIT, "claims", "actual")]),
    # LITIGATION_REGULATORY precision: sales orders, 'suits your', law-firm investor notices, metaphorical penalties,
    # a company studying ideas, labour and political settlements, bankruptcy-court hearings, boilerplate
    ("Vantel said it had won a 40 mln dlr digital switching exchange order in Canada.", [("!", LIT, "")]),
    ("The company said it received a court order barring the sale.", [(LIT, "order", "actual")]),
    ("Pick the plan that suits your family best, the adviser said.", [("!", LIT, "")]),
    ("Acme Inc Investor Investigation over possible violations of securities laws.", [("!", LIT, "")]),
    ("Workers who take leave still face a parent penalty in pay, the survey said.", [("!", LIT, "")]),
    ("Refiners are investigating \"a new generation of catalysts\" to cut costs.", [("!", LIT, "")]),
    ("The striking dockers and the port employers hope to settle the dispute this week.", [("!", LIT, "")]),
    ("The two governments are trying to settle a political dispute over the island.", [("!", LIT, "")]),
    ("Pellman settled its dispute with the distributor in court last week.", [(LIT, "settled", "actual")]),
    ("A hearing on the disclosure statement is set for May 2 in the U.S. Bankruptcy Court.", [("!", LIT, "")]),
    ("Referenced cases, investigations and settlements are not filed or reached by the foundation.",
     [("!", LIT, "")]),
    ("The lawsuit seeks 50 mln dlrs in punitive damages from the bank.", [(LIT, "lawsuit", "actual"),
                                                                        ("!", LIT, "damages from")]),

    # 'board', 'agency' and 'exchange' alone are no legal actor for action/order/ruling words
    ("In other action, the board approved a regular quarterly dividend of eight cts.", [("!", LIT, "")]),
    ("The rating agency cited the larger financing in its action on the notes.", [("!", LIT, "")]),
    ("The exchange's order-routing system crashed ten minutes before the close.", [("!", LIT, "")]),
    ("The Nuclear Regulatory Commission ordered the utility to shut the plant.", [(LIT, "ordered", "actual")]),

    # RESTATEMENT precision: reclassifications, a law restating rights, one mention per clause
    ("Prior year results restated to reflect the deconsolidation of its finance unit.", [("!", RST, "")]),
    ("The 1986 discontinued operations are restated.", [("!", RST, "")]),
    ("The new statute restated the legal scope of secured creditors' rights.", [("!", RST, "")]),
    ("Year-ago results restated from an originally reported loss of 2.1 mln dlrs.",
     [(RST, "restated", "actual"), ("!", RST, "originally reported")]),
    ("Net income was lowered to 2.2 mln dlrs from the 2.9 mln dlrs previously reported.",
     [(RST, "previously reported", "actual")]),
    ("Prior year results restated to reflect a change in inventory accounting.", [(RST, "restated", "actual")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_legal6_rules(extract, text, expected):
    assert_events(extract(text), expected)
