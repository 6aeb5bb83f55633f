"""Status, sixth round: hypothetical mentions read as actual (and a few the other way), found by a random precision audit
of statuses on unannotated non-test Reuters and FinCausal text (patterns/context.jsonl). Sentences written for the
tests; each family has rows that must stay actual."""

import pytest

from conftest import assert_events

CASES = [
    # an event a party faces is a prospect (context.hypothetical.086; dev gold: 'facing insolvency proceedings')
    ("HARLAN SHIPPING FACES BIG 1987 LOSSES", [("NET_LOSS", "LOSSES", "hypothetical")]),
    ("About 400 workers at the Dunmore mill face redundancy.", [("LAYOFFS", "redundancy", "hypothetical")]),
    ("The builder, also facing insolvency, asked its banks for more time.", [("BANKRUPTCY", "insolvency", "hypothetical")]),
    # ... while a loss or job cuts that happened stay actual, and faced lawsuits are filed
    ("Harlan posted a net loss of 4.2 mln dlrs in the quarter.", [("NET_LOSS", "net loss", "actual")]),
    ("Harlan said it will lay off 400 workers at the Dunmore mill.", [("LAYOFFS", "lay off", "actual")]),
    # a loss named as the object of a forecast noun (context.hypothetical.087)
    ("Brant's loss forecast for 1987 was cut by analysts.", [("NET_LOSS", "loss", "hypothetical")]),
    ("Analysts said Brant's loss prediction was too gloomy.", [("NET_LOSS", "loss", "hypothetical")]),
    # ... a reported loss with a forecast later in the sentence stays actual
    ("Brant reported a loss for 1986, and its forecast for 1987 is a small profit.", [("NET_LOSS", "loss", "actual")]),
    # a loss someone expected, past tense, farther than two words (context.forward.008)
    ('Brant said it expected a "substantial loss" for the year.', [("NET_LOSS", "loss", "hypothetical")]),
    ("Analysts had expected a small first quarter loss at Brant.", [("NET_LOSS", "loss", "hypothetical")]),
    # ... but not a loss that was larger than expected
    ("Brant reported a larger than expected loss of 3 mln dlrs.", [("NET_LOSS", "loss", "actual")]),
    # 'Can' that is a company name or the Canadian dollar, not a modal (context.pseudo.004)
    ("American Can sold its packaging unit to Triangle Industries Inc in November.",
     [("ASSET_SALE", "sold its packaging unit", "actual")]),
    ("Harlan made a 4.3 billion Can dlr offer for the assets of Brant Ltd.", [("ACQUISITION", "offer for", "actual")]),
    # an agreement still to be reached on a restructuring or rescheduling (context.hypothetical.088)
    ("Orlan Steel is trying to reach agreement with its banks on a plan for restructuring its debt.",
     [("DEBT_DEFAULT", "restructuring its debt", "hypothetical")]),
    ("Talks to agree final terms on the reorganisation of the group are continuing.",
     [("RESTRUCTURING", "reorganisation", "hypothetical")]),
    # ... while an agreement reached is actual, and arrears stay a state
    ("Orlan Steel reached agreement with its banks on rescheduling 300 mln dlrs of debt.",
     [("DEBT_DEFAULT", "rescheduling", "actual")]),
    # the subject of discussions (context.hypothetical.089)
    ("The unions held discussions on job cuts at the Dunmore plant with management.",
     [("LAYOFFS", "job cuts", "hypothetical")]),
    # legal and statutory prose (context.generic.004)
    ("Under the code, the liquidator shall sell the assets of the debtor within ninety days.",
     [("BANKRUPTCY", "liquidator", "hypothetical")]),
    # ... while a liquidator appointed for a named company is a real event
    ("A court appointed a liquidator for Brant Ltd on Monday.", [("BANKRUPTCY", "liquidator", "actual")]),
    # generic 'when a company fails' prose (context.generic.005)
    ("Suppliers are paid last when firms become insolvent.", [("BANKRUPTCY", "insolvent", "hypothetical")]),
    # ... a past collapse stays actual
    ("Brant Travel became insolvent in May after its lenders pulled their support.",
     [("BANKRUPTCY", "insolvent", "actual")]),
    # second-person advice and tax prose (context.generic.006)
    ("Once you dispose of the property, the gain is taxed at 20 pct.", [("ASSET_SALE", "dispose of", "hypothetical")]),
    # ... while a company's own sale stays actual
    ("Harlan said it disposed of its Ohio property for 12 mln dlrs.", [("ASSET_SALE", "disposed of", "actual")]),
    # a hoped-for event (context.hypothetical.090)
    ("The union met its lawyers in the hope of blocking the redundancies at the Dunmore plant.",
     [("LAYOFFS", "redundancies", "hypothetical")]),
    ("Shares fell on fading hopes of a takeover of Brant by Harlan.", [("ACQUISITION", "takeover", "hypothetical")]),
    # ... a takeover completed despite earlier hopes stays actual
    ("Harlan completed its takeover of Brant in June.", [("ACQUISITION", "takeover", "actual")]),
    # a plan put to a vote or awaiting approval (context.hypothetical.093; annotation guide: plans creditors will vote on)
    ("Its board will be asked to approve the plan to reorganize Brant Gas Corp next month.",
     [("RESTRUCTURING", "reorganize", "hypothetical")]),
    ("Creditors will vote on the rescue plan for Brant Travel on Friday.", [("RESTRUCTURING", "rescue plan", "hypothetical")]),
    # ... an approved plan is adopted
    ("Creditors approved the rescue plan for Brant Travel on Friday.", [("RESTRUCTURING", "rescue plan", "actual")]),
    # a determiner before 'of' belongs to another noun, and 'that' after a verb of saying opens a clause
    # (event builder, _definite): bare acquisitions to come stay hypothetical
    ("The process of acquisitions would go on, the chairman said.", [("ACQUISITION", "acquisitions", "hypothetical")]),
    ("Harlan said that further acquisitions in Europe are likely this year.", [("!", "ACQUISITION", "")]),
    # ... while a determined deal with an effect stays actual, also after 'said that' and after 'of the'
    ("Harlan said that the acquisition would add 20 mln dlrs to sales.", [("ACQUISITION", "acquisition", "actual")]),
    ("The cost of the acquisition would be 60 mln dlrs.", [("ACQUISITION", "acquisition", "actual")]),
    # an event said to be likely, with an adverb or 'seems' (context.forward.002)
    ("Union leaders believe a new takeover bid for Brant Corp is now likely.",
     [("ACQUISITION", "takeover bid", "hypothetical")]),
    ("Analysts said a merger with Brant Corp now seems likely.", [("ACQUISITION", "merger", "hypothetical")]),
    ("Harlan Corp agreed to acquire Brant Corp, the companies said.", [("ACQUISITION", "acquire", "actual")]),
    # the risks of an event (context.hypothetical.094)
    ("Lenders worry about the risks associated with insolvency of small builders.",
     [("BANKRUPTCY", "insolvency", "hypothetical")]),
    # a Chapter 11 plan still to be formed or filed (context.hypothetical.095); the case itself stays actual
    ("Brant Oil agreed to begin talks with Harlan to form a plan of reorganization under which Brant would become a "
     "unit of Harlan.", [("BANKRUPTCY", "reorganization under", "hypothetical")]),
    ("Brant Oil, which filed for Chapter 11 in May, expects to file a plan of reorganization by the end of June.",
     [("BANKRUPTCY", "Chapter 11", "actual")]),
    # an event under consideration or negotiation, named before the phrase (context.hypothetical.096)
    ("Harlan Energy said a restructuring of the partnership is being negotiated with its lenders.",
     [("RESTRUCTURING", "restructuring", "hypothetical")]),
    ("Further job cuts are under consideration at the Dunmore mill, the union said.",
     [("LAYOFFS", "job cuts", "hypothetical")]),
    # ... a completed one stays actual
    ("Harlan said the restructuring of the partnership was completed in May.",
     [("RESTRUCTURING", "restructuring", "actual")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_status(extract, text, expected):
    assert_events(extract(text), expected)
