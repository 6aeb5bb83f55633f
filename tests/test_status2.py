"""Status of events in the ways news copy writes plans, proposals, offers, talks, rumours, reports, forecasts and
denials (patterns/context.jsonl cues, the builder's per-type cues). Sentences written for the tests."""

import pytest

from conftest import assert_events

CASES = [
    # the event named as the subject of talks or rumours
    # speculation is not annotated (annotation guide: "speculation about a bail-out is not annotated separately")
    ("Shares of Harbor Mills rose sharply on takeover speculation.", [("!", "ACQUISITION", "")]),
    ("Dalton Corp confirmed it was holding takeover talks with Pruett Industries.",
     [("ACQUISITION", "takeover", "hypothetical")]),
    ("Analysts said debt rescheduling talks with the creditor banks resume next week.",
     [("DEBT_DEFAULT", "rescheduling", "hypothetical")]),
    # ... but a denial of talks stays negated, and so does leaving them
    ("Northgate Bank said it was not engaged in any merger negotiations.",
     [("ACQUISITION", "merger", "negated")]),
    ("Marsh Inc said it withdrew from merger negotiations with Keller Co.",
     [("ACQUISITION", "merger", "negated")]),
    # wire headlines: expectations, reports, deliberation, modals
    ("KESTREL FOODS RESTRUCTURING SEEN\n\nKestrel Foods Inc is expected to announce a plan soon, analysts said.",
     [("RESTRUCTURING", "RESTRUCTURING", "hypothetical")]),
    ("ORLAND STEEL SAID TO CUT DIVIDEND\n\nOrland Steel Corp will decide on the payout next week.",
     [("DIVIDEND_CUT", "CUT DIVIDEND", "hypothetical")]),
    ("BRISTOL MINING MULLS RESTRUCTURING\n\nBristol Mining Ltd said its board will meet on Friday.",
     [("RESTRUCTURING", "RESTRUCTURING", "hypothetical")]),
    ("BRISTOL MINING MAY CUT DIVIDEND", [("DIVIDEND_CUT", "CUT DIVIDEND", "hypothetical")]),
    # interest, attempts, requests, threats
    ("Westfield Group said it is interested in acquiring the company's packaging unit.",
     [("ACQUISITION", "acquiring", "hypothetical")]),
    ("Westfield Group said it is not interested in acquiring the packaging unit.",
     [("ACQUISITION", "acquiring", "negated")]),
    ("Calloway Inc said it is trying to sell its trucking division to raise cash.",
     [("ASSET_SALE", "sell its trucking division", "hypothetical")]),
    ("The company filed for Chapter 11 in an attempt to restructure its debt.",
     [("BANKRUPTCY", "Chapter 11", "actual"), ("DEBT_DEFAULT", "restructure its debt", "hypothetical")]),
    # the verb after 'attempt to' is not the event: the suspension happened
    ("Mr Alvarez travelled to London in an attempt to explain the company's suspension of interest payments.",
     [("DEBT_DEFAULT", "suspension of interest payments", "actual")]),
    ("The union threatens legal action against the airline.",
     [("LITIGATION_REGULATORY", "legal action", "hypothetical")]),
    # calls and demands for an investigation or a resignation
    ("Union leaders called for a federal investigation into the company's accounts.",
     [("LITIGATION_REGULATORY", "investigation", "hypothetical")]),
    ("Protesters demanded the resignation of the chief executive of Harlan Co.",
     [("EXECUTIVE_DEPARTURE", "resignation", "hypothetical")]),
    # what is discussed or negotiated has not happened (not lawsuits discussed, nor bids)
    ("Officials of Harlan Co met with its banks to discuss a restructuring of the company.",
     [("RESTRUCTURING", "restructuring", "hypothetical")]),
    # imminence is not occurrence
    ("Harlan Co is set to go into administration, the union said.",
     [("BANKRUPTCY", "into administration", "hypothetical")]),
    ("The airline was on the brink of collapse last year.", [("BANKRUPTCY", "collapse", "hypothetical")]),
    # proposals: hypothetical for a liquidation or restructuring, not for a regulator's fine or a merger
    ("Delta Shipping said it will propose the liquidation of the company at the annual meeting.",
     [("BANKRUPTCY", "liquidation", "hypothetical")]),
    ("The regulator has proposed a fine of 200,000 dlrs against the utility.",
     [("LITIGATION_REGULATORY", "fine", "actual")]),
    ("The board rejected a proposed merger with Crane Corp.", [("ACQUISITION", "merger", "actual")]),
    # an offer to sell is no sale; an offer to buy is an acquisition (annotation guide)
    ("Harlan Co said it is offering to sell its retail unit.",
     [("ASSET_SALE", "sell its retail unit", "hypothetical")]),
    ("Harlan Co said it offered to buy Mercer Corp for 20 dlrs a share.",
     [("ACQUISITION", "offered to buy", "actual")]),
    # a planned or decided divestiture with no buyer is not yet a sale; with a buyer or price it is agreed
    ("Calloway Inc said it plans to sell its trucking division.",
     [("ASSET_SALE", "sell its trucking division", "hypothetical")]),
    ("Calloway Inc has decided to divest its test equipment unit.",
     [("ASSET_SALE", "divest its test equipment unit", "hypothetical")]),
    ("The company said the unit is to be sold sometime this year.", [("ASSET_SALE", "sold", "hypothetical")]),
    ("The company intends to sell its Dayton plant and expects to close two sales offices.",
     [("ASSET_SALE", "sell its Dayton plant", "actual")]),
    ("Calloway Inc said it plans to sell its trucking division to Brandt Corp for 40 mln dlrs.",
     [("ASSET_SALE", "sell its trucking division", "actual")]),
    ("CALLOWAY <CLW> PLANS TRUCKING UNIT SALE\n\nCalloway Inc said it will look for a buyer.",
     [("ASSET_SALE", "SALE", "hypothetical")]),
    ("Calloway Inc said it plans to sell the unit for 12 mln dlrs.", [("ASSET_SALE", "sell the unit", "actual")]),
    ("Calloway Inc agreed to sell its trucking division to Brandt Corp. It plans to use the proceeds from the sale "
     "of the division to reduce debt.",
     [("ASSET_SALE", "sell its trucking division", "actual"), ("ASSET_SALE", "proceeds from the sale", "actual")]),
    # a previously announced deal is presupposed: the modal is about its closing
    ("Harlan Co said it expects to close the previously announced acquisition of Mercer Corp on April 1.",
     [("ACQUISITION", "acquisition", "actual")]),
    ("Harlan Co said it did not complete the previously announced acquisition of Mercer Corp.",
     [("ACQUISITION", "acquisition", "negated")]),
    # a modal after a deal: a definite deal is a known one (its effects are hypothetical, not the deal)
    ("Moody's said the acquisition would weaken Harlan Co's cash flow protection.",
     [("ACQUISITION", "acquisition", "actual")]),
    ("Analysts said such a merger would be costly for both companies.", [("ACQUISITION", "merger", "hypothetical")]),
    # a conditional covers a long sentence
    ("If the court does not approve the settlement by the end of the month, which the lenders have said they will "
     "oppose in the hearings set for next week in New York, the company will have to file for Chapter 11 protection.",
     [("BANKRUPTCY", "Chapter 11", "hypothetical")]),
    # accounting-policy prose, but not a company named Policy ...
    ("Our policy is to write down goodwill when its carrying value exceeds fair value.",
     [("IMPAIRMENT_WRITEDOWN", "write down", "hypothetical")]),
    ("POLICY SYSTEMS <PMS> MAKES ACQUISITION", [("ACQUISITION", "ACQUISITION", "actual")]),
    # denials: of a problem (negated), not of a lawsuit's allegations, and not a double negation
    ("Fenwick Trading denied that it has liquidity problems.", [("LIQUIDITY_STRESS", "liquidity problems", "negated")]),
    ("Fenwick Trading denied the allegations in the lawsuit.", [("LITIGATION_REGULATORY", "allegations", "actual")]),
    ("Officials have never denied that the unit was unprofitable.", [("NET_LOSS", "unprofitable", "actual")]),
    # expectations and forecasts; a profit warning itself stays actual
    ("Analysts expect a dividend cut at Marlowe Corp later this year.",
     [("DIVIDEND_CUT", "dividend cut", "hypothetical")]),
    ("A net loss of about five mln dlrs is forecast for 1988.", [("NET_LOSS", "net loss", "hypothetical")]),
    ("HARLAN <HRL> SEES QTR, YEAR LOSS\n\nHarlan Co said it will report results next week.",
     [("NET_LOSS", "YEAR LOSS", "hypothetical")]),
    ("Harlan Co said it expects a net loss of 3 mln dlrs for the year.",
     [("EARNINGS_DECLINE", "expects a net loss", "actual"), ("NET_LOSS", "net loss", "hypothetical")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_status(extract, text, expected):
    assert_events(extract(text), expected)


def test_cue_types_validated(tmp_path):
    from riskevents.patterns import PatternError, validate_rule

    bad = {"id": "context.x.001", "kind": "cue", "category": "HYPOTHETICAL", "phrases": ["x"], "types": ["NOPE"]}
    with pytest.raises(PatternError):
        validate_rule(bad, "context.jsonl", 1)
