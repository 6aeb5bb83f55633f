"""Status, third round: cue scope that generalizes beyond the dev stories (patterns/context.jsonl cues, the event
builder's SHIELD cues and effect verbs). Sentences written for the tests."""

import pytest

from conftest import assert_events

CASES = [
    # a negation before a verb whose object is presupposed denies the verb, not the event
    ("Its overseas units will not be affected by the lawsuit, the chairman of Dorrance Oil said.",
     [("LITIGATION_REGULATORY", "lawsuit", "actual")]),
    ("Haskell Co said it had no comment on the takeover offer from Brant Group.",
     [("ACQUISITION", "offer", "actual")]),
    ("The figures do not reflect the company's recent acquisition of Pell Corp.",
     [("ACQUISITION", "acquisition", "actual")]),
    ("Employees said they were not consulted on the sale of the company's retail unit to Vance Stores.",
     [("ASSET_SALE", "sale", "actual")]),
    ("The regulator said it is not challenging the bank's reported net loss for the year.",
     [("NET_LOSS", "net loss", "actual")]),
    ("The court, without comment, upheld a ruling against the insurer.",
     [("LITIGATION_REGULATORY", "ruling", "actual")]),
    # ... while the denial of the event itself stays negated
    ("Harbor Mills has not filed for bankruptcy protection, a spokesman said.",
     [("BANKRUPTCY", "bankruptcy", "negated")]),
    ("The lenders have not declared a default on the notes.",
     [("DEBT_DEFAULT", "default", "negated")]),
    # cancelled or terminated deals did not go ahead
    ("Orbis Inc said it cancelled the sale of its software unit.",
     [("ASSET_SALE", "sale", "negated")]),
    # ... also when the ending is a noun before the deal (annotation guide: a withdrawn bid is negated)
    ("Kessler Corp announced the termination of its tender offer for Brill Inc.",
     [("ACQUISITION", "tender offer", "negated")]),
    ("The withdrawal of the bid for Parrish Foods left the shares lower.",
     [("ACQUISITION", "bid", "negated")]),
    ("Calder Corp said its proposed buyout by management has been terminated by mutual consent.",
     [("ACQUISITION", "buyout", "negated")]),
    # a modal after a definite event followed by one of its effects speaks of the known event
    ("Officials said the sale of the chip unit would worsen relations between the two countries.",
     [("ASSET_SALE", "sale", "actual")]),
    ("The company said the court order could cause delays in its shipments.",
     [("LITIGATION_REGULATORY", "order", "actual")]),
    ("The central bank said the downgrading would have little effect on its borrowing costs.",
     [("RATING_DOWNGRADE", "downgrading", "actual")]),
    # ... but not an indefinite one, nor the event's own course, nor a counterfactual
    ("Analysts said a bankruptcy filing could follow within weeks.",
     [("BANKRUPTCY", "bankruptcy", "hypothetical")]),
    ("The agency said downgrades would continue to outpace upgrades this year.",
     [("RATING_DOWNGRADE", "downgrades", "hypothetical")]),
    ("The bank said its net loss this year would more than double.",
     [("NET_LOSS", "net loss", "hypothetical")]),
    ("A bailout of the airline would have been only a delay, the minister said.",
     [("LIQUIDITY_STRESS", "bailout", "hypothetical")]),
    # a condition right after the event, in its clause
    ("The bank said it will sue the developer if the loan is not repaid by June.",
     [("LITIGATION_REGULATORY", "sue", "hypothetical")]),
    ("The group said it would make further acquisitions if suitable opportunities arose.",
     [("!", "ACQUISITION", "")]),
    ("The partnership faces penalties if it misses the filing deadline.",
     [("LITIGATION_REGULATORY", "penalties", "hypothetical")]),
    # ... not a condition on something else, nor 'if not all'
    ("Many banks have written off most, if not all, of their loans to the country.",
     [("IMPAIRMENT_WRITEDOWN", "written off", "actual")]),
    ("Vance Corp said its tender offer expires on April 20 unless extended.",
     [("ACQUISITION", "offer", "actual")]),
    # an expected event named as a noun (annotation guide: expected losses are hypothetical); not 'than expected'
    ("The company blamed the expected loss on weak prices.", [("NET_LOSS", "loss", "hypothetical")]),
    ("Despite an expected second quarter loss, the bank remains well capitalized.",
     [("NET_LOSS", "loss", "hypothetical")]),
    ("The company posted a smaller than expected loss in the quarter.", [("NET_LOSS", "loss", "actual")]),
    # a determiner inside the trigger makes a deal definite: its effects are what the modal is about
    ("Officials said the sale would give the buyer a strong position in the market.",
     [("ASSET_SALE", "sale", "actual")]),
    # a restructuring or rescheduling that could not be done has not happened
    ("The company said it has been unable to restructure its obligations to the bank.",
     [("DEBT_DEFAULT", "restructure", "hypothetical")]),
    # a deal that is blocked, sweetened or terminated exists: the request or modal is about that verb
    ("The minister asked the cabinet to consider blocking the sale of the chip maker to Tanaka Corp.",
     [("ASSET_SALE", "sale", "actual")]),
    ("An investor group proposed to sweeten its takeover offer for Harlan Co.",
     [("ACQUISITION", "offer", "actual")]),
    ("Regulators would not block the merger, the company said.", [("ACQUISITION", "merger", "actual")]),
    # a definite offer or bid has been made: studying it or a modal about it does not make it hypothetical
    ("The board of Harlan Co is carefully studying the takeover offer from Brant Group.",
     [("ACQUISITION", "offer", "actual")]),
    ("The company said it is evaluating Brant's latest takeover offer and other alternatives.",
     [("ACQUISITION", "offer", "actual")]),
    # ... but an indefinite one, the verb, and an if-clause stay hypothetical (annotation guide)
    ("Analysts said a higher takeover offer could be made by another bidder.", [("ACQUISITION", "offer", "hypothetical")]),
    ("If the tender offer succeeds, Brant will own 60 pct of Harlan.", [("ACQUISITION", "offer", "hypothetical")]),
    # a wire headline of a loss still to come (annotation guide: expected losses are hypothetical)
    ("HARLAN FOODS TO HAVE THIRD QTR LOSS", [("NET_LOSS", "LOSS", "hypothetical")]),
    ("HARLAN FOODS POSTS THIRD QTR LOSS", [("NET_LOSS", "LOSS", "actual")]),
    # 'but still' between two adjectives is no clause break: the forecast covers the loss
    ("The company said it will report an improved but still unprofitable second quarter.",
     [("NET_LOSS", "unprofitable", "hypothetical")]),
    # acquisitions in general, to come (uses of proceeds, further ones) are no deal and no mention (exclude.acq.087:
    # "generic talk ... is not annotated"); a past or definite deal is
    ("Harlan Co said the proceeds will be used to finance acquisitions and for general corporate purposes.",
     [("!", "ACQUISITION", "")]),
    ("The group said it will pursue further acquisitions in Europe.", [("!", "ACQUISITION", "")]),
    ("The notes were issued to finance recent acquisitions.", [("ACQUISITION", "acquisitions", "actual")]),
    ("Harlan Co raised 50 mln dlrs to finance its takeover of Brant Group.", [("ACQUISITION", "takeover", "actual")]),
    # an intention disclaimed with 'no (present) intention of' is a denial; speculation about a candidate or an
    # expressed interest is not a deal (context.negation.020, context.hypothetical.060/061)
    ("A spokesman said Harlan has no present or future intention of making a full bid for Brant Group.",
     [("ACQUISITION", "bid for", "negated")]),
    ("Analysts said Selwyn Publishing is a takeover candidate.", [("ACQUISITION", "takeover", "hypothetical")]),
    ("Harlan Co first learned of Brant Group's interest in acquiring the rest of the company in March.",
     [("ACQUISITION", "acquiring", "hypothetical")]),
    ("Harlan Co said it acquired Brant Group, its third acquisition this year.",
     [("ACQUISITION", "acquired", "actual")]),
    # growth through acquisitions to come, the stake needed to launch a bid, a deal 'not in the cards'
    # (context.hypothetical.062, context.negation.021); past growth through acquisitions stays actual
    ("Harlan Co said it intends to expand through acquisition and new stores.",
     [("ACQUISITION", "acquisition", "hypothetical")]),
    ("Brant owns 25 pct of Harlan, short of the 30 pct needed to launch a takeover bid.",
     [("ACQUISITION", "takeover bid", "hypothetical")]),
    ("Analysts said a leveraged buyout of Selwyn is not in the cards.", [("ACQUISITION", "leveraged buyout", "negated")]),
    ("Harlan Co has grown through acquisitions since 1979.", [("ACQUISITION", "acquisitions", "actual")]),
    # purchases 'from time to time' are to come or habitual (context.hypothetical.063)
    ("The company said the shares will be acquired from time to time in the open market.",
     [("ACQUISITION", "acquired", "hypothetical")]),
    # an expressed lack of interest stays a denial (context.hypothetical.061 yields to the negation)
    ("Harlan Co said it is not interested in acquiring Brant Group.", [("ACQUISITION", "acquiring", "negated")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_status(extract, text, expected):
    assert_events(extract(text), expected)
