"""Status, seventh round: families of status errors reported by the type helpers from unannotated non-test stories
(patterns/context.jsonl). Sentences written for the tests; each family has rows that must keep their status."""

import pytest

from conftest import assert_events

CASES = [
    # an expected after-tax loss: 'after' of 'after-tax' is no clause stop (context.pseudo.005)
    ("Dalton Media said it expects an after-tax loss of 22 cts a share for the second quarter.",
     [("NET_LOSS", "loss", "hypothetical")]),
    # ... after-tax proceeds of a sale that was made keep the stop
    ("Dalton said it expects to use the after-tax proceeds from the sale of its magazine unit to cut debt.",
     [("ASSET_SALE", "sale of its magazine unit", "actual")]),
    # an estimated or projected loss (context.forward.009)
    ("The estimated 2.4 mln dlrs annual loss compares with a profit of one mln dlrs.",
     [("NET_LOSS", "loss", "hypothetical")]),
    ("Dalton now expects to lose 20 cts a share, after previously projecting losses of 5 cts a share.",
     [("NET_LOSS", "losses", "hypothetical")]),
    ("Dalton posted a net loss of 2.4 mln dlrs for the year.", [("NET_LOSS", "net loss", "actual")]),
    # a capital headline verb that ends a bid, past names and tickers (context.negation.025 / 026)
    ("MARLOW <MRLW> ENDS KESTREL <KSTL> BID\nMarlow Industries Inc said it has ended its 15 dlrs a share bid for Kestrel Corp.",
     [("ACQUISITION", "BID", "negated")]),
    ("PENROSE TRADING ACQUISITION PACT TERMINATED\nPenrose said on Tuesday the agreement was ended by both parties.",
     [("ACQUISITION", "ACQUISITION", "negated")]),
    # ... a rejected bid was made, a merger 'NOT TERMINATED' stands
    ("KESTREL REJECTS MARLOW <MRLW> TAKEOVER BID\nKestrel Corp said on Tuesday its board turned down the offer.",
     [("ACQUISITION", "TAKEOVER BID", "actual")]),
    ("KESTREL SAYS MARLOW MERGER PLAN NOT TERMINATED\nKestrel Corp said on Tuesday the merger talks go on.",
     [("ACQUISITION", "MERGER", "actual")]),
    # acquisitions to be paid with proceeds (context.hypothetical.027)
    ("Proceeds will be used mainly for acquisitions of small software companies.",
     [("ACQUISITION", "acquisitions", "hypothetical")]),
    # an inverted condition (context.conditional.005)
    ("Dalton would use the income from the hotel chain, were it to be sold, to repay debt.",
     [("ASSET_SALE", "sold", "hypothetical")]),
    # a company heading for or approaching bankruptcy is not yet bankrupt (context.hypothetical.023)
    ("Hundreds of small builders are heading for bankruptcy, a trade group said.",
     [("BANKRUPTCY", "bankruptcy", "hypothetical")]),
    ("The insurance fund, which auditors said is approaching insolvency, needs new capital.",
     [("BANKRUPTCY", "insolvency", "hypothetical")]),
    ("Dalton Homes filed for bankruptcy protection in March.", [("BANKRUPTCY", "bankruptcy", "actual")]),
    # a request for emergency credit is funding stress, actual (annotation guide); debt relief sought stays
    # hypothetical (context.hypothetical.097)
    ("KORVIA SEEKS 300 MLN DLRS IN EMERGENCY CREDIT\nKorvia asked its creditor banks for new loans on Tuesday.",
     [("LIQUIDITY_STRESS", "EMERGENCY CREDIT", "actual")]),
    ("KORVIA SEEKS DEBT RESTRUCTURING\nKorvia asked its creditor banks for new terms on Tuesday.",
     [("DEBT_DEFAULT", "DEBT RESTRUCTURING", "hypothetical")]),
    # an executive who refused to resign did not leave (context.negation.027)
    ("Carver refused to resign his board seat and remains a director.",
     [("EXECUTIVE_DEPARTURE", "resign", "negated")]),
    ("Carver resigned his board seat on Friday.", [("EXECUTIVE_DEPARTURE", "resign", "actual")]),
    # 'target of' a probe is no goal (context.pseudo.007)
    ("The broker said it is the target of an SEC investigation into its trading.",
     [("LITIGATION_REGULATORY", "investigation", "actual")]),
    # a court remedy asked for in a filed action is LITIGATION_REGULATORY actual (context.hypothetical.097
    # unless_trigger); a probe asked for stays hypothetical
    ("The suit, filed in state court, seeks an injunction against further use of the Dalton name.",
     [("LITIGATION_REGULATORY", "injunction", "actual")]),
    ("Marlow said it has filed a motion seeking a rehearing of the appeals court's decision.",
     [("LITIGATION_REGULATORY", "rehearing", "actual")]),
    ("The committee voted to seek a federal probe of the grain levy.",
     [("LITIGATION_REGULATORY", "probe", "hypothetical")]),
    # a withheld detail does not deny the event (context.shield.001: reveal, identify)
    ("The amount of the payment was not revealed in the complaint, the SEC said.",
     [("LITIGATION_REGULATORY", "complaint", "actual")]),
    ("It did not identify the company to be acquired.", [("ACQUISITION", "acquired", "actual")]),
    # a company's announced decision in reported speech: 'would' is no modal (context.pseudo.008)
    ("Korvia had announced that it would sell three of its business units.",
     [("ASSET_SALE", "sell three of its business units", "actual")]),
    ("Korvia said it would lay off 300 workers at its Dunmore plant.", [("LAYOFFS", "lay off", "actual")]),
    # ... while other cues still apply
    ("Korvia said it would consider alternatives such as a sale of the unit.",
     [("ASSET_SALE", "sale of the unit", "hypothetical")]),
    ("Analysts said it would be possible for Korvia to sell the unit.", [("ASSET_SALE", "sell the unit", "hypothetical")]),
    # interest expressed in a deal is no deal (context.hypothetical.098)
    ("Dalton said it has received expressions of interest from several firms with respect to a restructuring.",
     [("RESTRUCTURING", "restructuring", "hypothetical")]),
    ("Dalton received expressions of interest in buying the unit, of which two became formal offers to purchase it.",
     [("ACQUISITION", "offers to purchase", "actual")]),
    # Schedule 13D wording: the sale alternative after the comma is as open as the purchase (context.hypothetical.099)
    ("The group said it may buy additional shares, or sell some or all of its current stake.",
     [("ASSET_SALE", "sell some or all of its current stake", "hypothetical")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_status(extract, text, expected):
    assert_events(extract(text), expected)
