"""Status, eighth round: families of hypothetical mentions read as actual, found by reading unannotated non-test
stories (patterns/context.jsonl, the enumeration scope of the event builder). Sentences written for the tests; each
family has rows that must keep their status."""

import pytest

from conftest import assert_events

CASES = [
    # an enumeration after a cue is in the cue's scope ('expects ... A, B and C'; event_builder._enumerations)
    ("Korvia expects further restructuring this year through staff reductions, plant closures and the sale of two units.",
     [("LAYOFFS", "staff reductions", "hypothetical"), ("ASSET_SALE", "sale of two units", "hypothetical")]),
    ("Proceeds will be used for general purposes, which could include repaying debt, acquisitions or investments.",
     [("ACQUISITION", "acquisitions", "hypothetical")]),
    ("Korvia did not sell the unit, close plants or cut jobs.",
     [("ASSET_SALE", "sell the unit", "negated"), ("LAYOFFS", "cut jobs", "negated")]),
    # ... not a list of what was done after a cue's own clause, nor a clause after a comma
    ("Korvia sold its unit, closed plants and cut 300 jobs.",
     [("ASSET_SALE", "sold its unit", "actual"), ("LAYOFFS", "cut 300 jobs", "actual")]),
    ("To cut debt, Marlow shut a mill that could have been saved, sold its tire unit and reduced its payroll by 10 pct.",
     [("ASSET_SALE", "sold its tire unit", "actual"), ("LAYOFFS", "reduced its payroll", "actual")]),
    ("Korvia expects a profit this year, it said, and it sold its tire unit in May.",
     [("ASSET_SALE", "sold its tire unit", "actual")]),
    # ... nor for the noun-phrase cues 'any', 'subject to' (they yield to a negation)
    ("The closing is subject to approval by lenders, shareholders and the bankruptcy court overseeing Dalton's Chapter 11 case.",
     [("BANKRUPTCY", "bankruptcy court", "actual")]),
    # a loss, deficit or failure that something 'will result in' or a party 'will go' into is a forecast
    # (context.forward.010)
    ("The reserve addition will result in a second quarter loss of about 40 mln dlrs.",
     [("NET_LOSS", "loss", "hypothetical")]),
    ("The special payout will result in a deficit in stockholders' equity, Marlow said.",
     [("NEGATIVE_EQUITY", "deficit", "hypothetical")]),
    ("Some 150 savings banks will go bankrupt this year, an economist said.",
     [("BANKRUPTCY", "bankrupt", "hypothetical")]),
    ("Korvia said it will cease operations and liquidate its assets.",
     [("BANKRUPTCY", "liquidate", "actual")]),
    # a risk, a fear (context.hypothetical.100)
    ("Bankers saw that the state risked defaulting on its foreign debt.", [("DEBT_DEFAULT", "defaulting", "hypothetical")]),
    ("Few now fear for the collapse of a large bank.", [("BANKRUPTCY", "collapse", "hypothetical")]),
    ("Officials dismissed fears that the proposed takeover would hurt competition.",
     [("ACQUISITION", "takeover", "actual")]),
    # generic prose: 'when tour operators collapse', a party defined by the event, definitions
    # (context.generic.005, .007, .008, .009)
    ("The fund refunds holidaymakers when travel companies collapse.", [("BANKRUPTCY", "collapse", "hypothetical")]),
    ("The ratio was designed to identify companies that were cooking the books.",
     [("RESTATEMENT", "cooking the books", "hypothetical")]),
    ("A capital gain arises when certain assets are sold at a profit.", [("ASSET_SALE", "sold", "hypothetical")]),
    ("A compulsory liquidation means that the company's life is over.",
     [("BANKRUPTCY", "liquidation", "hypothetical")]),
    ("The retailer's compulsory liquidation means that 900 staff are out of work.", [("BANKRUPTCY", "liquidation", "actual")]),
    # a condition 'in case' (context.conditional.001)
    ("Marlow set up a credit line in case it buys a software company.",
     [("ACQUISITION", "buys a software company", "hypothetical")]),
    # a recommended merger, a deal still to negotiate (context.hypothetical.101, .103); a definite deal stays
    ("Marlow will take the stake by means of a capital increase.", [("ACQUISITION", "take the stake", "actual")]),
    ("Dart said it is prepared to negotiate all terms of its proposed acquisition of Kestrel Corp.",
     [("ACQUISITION", "acquisition", "actual")]),
    ("The panel recommended a merger of the two exchanges.", [("ACQUISITION", "merger", "hypothetical")]),
    ("We are prepared to negotiate all terms of an acquisition agreement, Dart said.",
     [("ACQUISITION", "acquisition", "hypothetical")]),
    # a belief or prediction about an indefinite event (context.forward.013); a known event stays
    ("The banker said he believes Korvia will successfully restructure its foreign debt this year.",
     [("DEBT_DEFAULT", "restructure its foreign debt", "hypothetical")]),
    ("Marlow believed the acquisition was the best use of its cash.", [("ACQUISITION", "acquisition", "actual")]),
    # a condition a few words after an indefinite event (context.conditional.006); not the terms of a known offer
    ("The ministry said it plans job cuts at five embassies unless Congress approves more funds.",
     [("LAYOFFS", "job cuts", "hypothetical")]),
    ("The ministry said it plans job cuts at five embassies.", [("LAYOFFS", "job cuts", "actual")]),
    ("Marlow said its tender offer and withdrawal rights expire April 20 unless extended.",
     [("ACQUISITION", "tender offer", "actual")]),
    # a planned deal that will not go ahead (context.negation.029)
    ("Dalton said a planned merger with Kestrel will not go ahead.", [("ACQUISITION", "merger", "negated")]),
    # a worked example, what happens as a rule (context.generic.010, .011); an example from the story stays
    ("Example On 1 May 2018 Anna sold 500 shares in B plc from her holding.",
     [("ASSET_SALE", "sold 500 shares", "hypothetical")]),
    ("In most cases, a judge's division of assets will be upheld on appeal.",
     [("LITIGATION_REGULATORY", "upheld on appeal", "hypothetical")]),
    ("For example, Acme closed three plants last year.", [("RESTRUCTURING", "closed three plants", "actual")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_status(extract, text, expected):
    assert_events(extract(text), expected)
