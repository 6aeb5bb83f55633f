"""Status, ninth round: denials of rumours and reports, words that are not the cues they contain ('as soon as
possible', 'no alternative to', 'no further details'), a possibility that is not a denial ('no assurance that'), verbs
about a known event under a negation ('has not changed its offer'), the expected closing of a deal, a board's
authorization of a sale (patterns/context.jsonl, and the "ends" of a NEGATED cue in the event builder). Sentences
written for the tests; each family has rows that must keep their status."""

import pytest

from conftest import assert_events

CASES = [
    # a denied rumour or report is negated, whatever modal wording the rumour has (negation.023/.007/.031 "ends")
    ("Korvia denied reports that it may buy a stake in Dalton.", [("ACQUISITION", "buy", "negated")]),
    ("The statement denied published reports that job losses would reach 2,000.",
     [("LAYOFFS", "job losses", "negated")]),
    ("Rumours that Korvia is interested in acquiring Dalton are not true, a spokesman said.",
     [("ACQUISITION", "acquiring", "negated")]),
    ("Press reports that Marlow was planning a takeover of Dalton were without foundation, he said.",
     [("ACQUISITION", "takeover", "negated")]),
    # a rumour that is not denied stays hypothetical; allegations called untrue leave the lawsuit standing
    ("Rumours that Korvia is interested in acquiring Dalton lifted its shares.",
     [("ACQUISITION", "acquiring", "hypothetical")]),
    ("Korvia said the allegations are untrue.", [("LITIGATION_REGULATORY", "allegations", "actual")]),
    # 'as possible' holds no possibility; a possibility stays
    ("The firm will give as much help as possible to staff who have lost their jobs.",
     [("LAYOFFS", "lost their jobs", "actual")]),
    ("It is possible that Korvia will lay off workers.", [("LAYOFFS", "lay off", "hypothetical")]),
    # 'no alternative to' affirms; 'no further details' denies the details, not the sale
    ("The employers said there was no alternative to proceeding with the redundancy plans.",
     [("LAYOFFS", "redundancy", "actual")]),
    ("He gave no further details of the sale of the unit.", [("ASSET_SALE", "sale of the unit", "actual")]),
    ("No layoffs are planned, a spokesman said.", [("LAYOFFS", "layoffs", "negated")]),
    # 'no assurance that' an indefinite event comes is a possibility, not a denial
    ("There is no assurance that an acquisition proposal will be made.",
     [("ACQUISITION", "acquisition", "hypothetical")]),
    # a verb about a known offer under a negation: the offer stands; a negated offer stays negated
    ("Dalton said it had not changed its offer for Korvia.", [("ACQUISITION", "offer for", "actual")]),
    ("Dalton has not responded to Korvia's takeover offer.", [("ACQUISITION", "offer", "actual")]),
    ("The union called off the strikes against planned redundancies.", [("LAYOFFS", "redundancies", "actual")]),
    ("Korvia does not plan to bid for Dalton.", [("ACQUISITION", "bid for", "negated")]),
    # the effect of a known sale is denied, not the sale; a sale that was called off stays negated
    ("Korvia said the sale of the unit is not expected to have a significant impact on earnings.",
     [("ASSET_SALE", "sale of the unit", "actual")]),
    ("Dalton said the sale of the unit was called off.", [("ASSET_SALE", "sale of the unit", "negated")]),
    # the expected closing of a known sale
    ("The sale of the unit is expected to conclude by the middle of April, Korvia said.",
     [("ASSET_SALE", "sale of the unit", "actual")]),
    # a board's authorization of a sale with no buyer is no sale yet (guide); with a buyer it is agreed
    ("Korvia said its board authorized the sale of its cosmetics unit.",
     [("ASSET_SALE", "sale of its cosmetics unit", "hypothetical")]),
    ("Korvia's board authorized the sale of its cosmetics unit to Dalton Corp for 40 mln dlrs.",
     [("ASSET_SALE", "sale of its cosmetics unit", "actual")]),
    # the account's name is no possibility
    ("The bank has added 9.9 mln dlrs to its allowance for possible loan losses.",
     [("CREDIT_LOSS_PROVISION", "added 9.9 mln dlrs", "actual")]),
    # cash it intends to use for an unnamed purchase
    ("Korvia has 500 mln dlrs in cash, which it intends to use to buy a drug company.",
     [("ACQUISITION", "buy a drug company", "hypothetical")]),
    # a reported decision with its time ('said on Wednesday it would'); a bare 'would' stays hypothetical
    ("Korvia said on Wednesday it would double its stake in Dalton.", [("ACQUISITION", "double its stake", "actual")]),
    ("Analysts said Korvia would acquire Dalton if prices fell.", [("ACQUISITION", "acquire", "hypothetical")]),
    # an event under way that 'would continue' or be maintained
    ("The minister said the country would maintain its suspension of interest payments.",
     [("DEBT_DEFAULT", "suspension of interest payments", "actual")]),
    # a review of a known offer presupposes it; a review of an impairment is still policy prose
    ("The board carefully reviewed Dalton's takeover offer.", [("ACQUISITION", "offer", "actual")]),
    ("Korvia completed a strategic review that resulted in substantial layoffs.", [("LAYOFFS", "layoffs", "actual")]),
    ("Each year the company will evaluate goodwill impairment in the fourth quarter.",
     [("IMPAIRMENT_WRITEDOWN", "impairment", "hypothetical")]),
    # a promise that there will be no job losses is a denial; a forecast of job losses stays forward-looking
    ("The company has promised that there will be no job losses before June.", [("LAYOFFS", "job losses", "negated")]),
    ("There will be job losses at the plant next year, the union expects.",
     [("LAYOFFS", "job losses", "hypothetical")]),
    # what events of a kind usually do (generic.012); a known lawsuit stays
    ("Shareholder lawsuits that survive a motion to dismiss often settle before trial.",
     [("LITIGATION_REGULATORY", "lawsuits", "hypothetical")]),
    ("Korvia said the lawsuit was filed on Monday.", [("LITIGATION_REGULATORY", "lawsuit", "actual")]),
    # rights-plan mechanics: a purchase by anyone at all (generic.013, .014, conditional.007); a named buyer stays
    ("The rights will be exercisable 10 days after a person or group acquires 20 pct of the company's stock.",
     [("ACQUISITION", "acquires", "hypothetical")]),
    ("Holders can buy a share for one dlr if any entity acquires 25 pct or more of the common.",
     [("ACQUISITION", "acquires", "hypothetical")]),
    ("Korvia acquired 20 pct of Dalton's stock last week.", [("ACQUISITION", "acquired", "actual")]),
    # a possible target is no takeover (hypothetical.121); the target of a known bid is left alone
    ("The new plan improves Dalton's appeal as a takeover target.", [("ACQUISITION", "takeover", "hypothetical")]),
    # a studied feasibility (hypothetical.122)
    ("The group will re-evaluate the feasibility of seeking control of Dalton.",
     [("ACQUISITION", "seeking control", "hypothetical")]),
    # a restructuring programme still to be developed, its head far after the verb (hypothetical.073, scope 7)
    ("Korvia will work with noteholders to develop an overall debt and asset restructuring program.",
     [("RESTRUCTURING", "restructuring", "hypothetical")]),
    # a definite event called recent has happened (asserted.004); a condition on it still counts
    ("Korvia should achieve large savings from its recent closure of two assembly plants.",
     [("RESTRUCTURING", "closure of two assembly plants", "actual")]),
    ("If the recent takeover offer had gone through, Korvia would own half of Dalton.",
     [("ACQUISITION", "offer", "hypothetical")]),
    # a restructuring pressed for, further layoffs a strike would stop, a purchase a financing will allow
    ("The government is pressing for a restructuring of the consortium.",
     [("RESTRUCTURING", "restructuring", "hypothetical")]),
    ("Workers went on strike to win higher pay and stop further layoffs.", [("LAYOFFS", "layoffs", "hypothetical")]),
    ("The new credit line will allow Korvia to acquire Dalton.", [("ACQUISITION", "acquire", "hypothetical")]),
    # the passive of an effect of a known sale (builder _effect); the sale's own course stays modal
    ("Korvia said the gain on the sale of the unit would be included in its 1987 accounts.",
     [("ASSET_SALE", "sale", "actual")]),
    # the terms of a reached agreement in its 'would' (asserted.005)
    ("Korvia said it reached an agreement under which Dalton would buy a 40 pct stake in Korvia.",
     [("ACQUISITION", "stake", "actual")]),
    # a definition across a parenthesis (generic.008, scope 10)
    ("A capital gain arises when certain capital (or chargeable) assets are sold at a profit.",
     [("ASSET_SALE", "sold", "hypothetical")]),
    # an infinitive headline says what its lead says (builder _headline_follows_lead): no buyer, hypothetical; an
    # agreed sale in the lead keeps the headline actual
    ("KORVIA TO SELL COSMETICS UNIT\n\nKorvia Corp said it has decided to sell its cosmetics unit.",
     [("ASSET_SALE", "SELL COSMETICS UNIT", "hypothetical")]),
    ("KORVIA TO SELL COSMETICS UNIT\n\nKorvia Corp said it agreed to sell its cosmetics unit to Dalton Inc "
     "for 40 mln dlrs.",
     [("ASSET_SALE", "SELL COSMETICS UNIT", "actual")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_status9(extract, text, expected):
    assert_events(extract(text), expected)
