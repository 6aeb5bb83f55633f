"""Status, fourth round: cues found by reading the extractor's statuses on unannotated non-test wire copy
(patterns/context.jsonl and the event builder's clause rules). Sentences written for the tests."""

import pytest

from conftest import assert_events

CASES = [
    # the expected closing of a known deal: the deal is agreed, only its closing lies ahead (context.pseudo.002)
    ("Harlan Co said the merger is expected to become effective in June.", [("ACQUISITION", "merger", "actual")]),
    ("Brant Group said the sale of its dairy unit is expected to be completed in the third quarter.",
     [("ASSET_SALE", "sale", "actual")]),
    # ... while an expected event stays forward-looking
    ("Analysts said a second quarter loss is expected.", [("NET_LOSS", "loss", "hypothetical")]),
    # an expected effect of a definite event speaks of the known event (context.forward.002 effect verbs)
    ("Selwyn said the acquisition is expected to increase its annual sales by 20 pct.",
     [("ACQUISITION", "acquisition", "actual")]),
    ("The restructuring is expected to reduce costs by 40 mln dlrs a year, the bank said.",
     [("RESTRUCTURING", "restructuring", "actual")]),
    # completing or closing a definite deal presupposes it (context.asserted.003) ...
    ("Harlan Co said it hopes to complete the acquisition of Brant Group in May.",
     [("ACQUISITION", "acquisition", "actual")]),
    ("The company said it expects to close the sale of its chemicals unit by Friday.",
     [("ASSET_SALE", "sale", "actual")]),
    # ... but not an indefinite one, and an if-clause still applies
    ("Harlan Co said it hopes to complete an acquisition this year.", [("ACQUISITION", "acquisition", "hypothetical")]),
    ("The company will book a gain if it completes the sale of its chemicals unit.",
     [("ASSET_SALE", "sale", "hypothetical")]),
    # exercising an option is the purchase; holding one is not (context.pseudo.003)
    ("Vance Corp said it is exercising its option to acquire 40 pct of Brill Inc.",
     [("ACQUISITION", "acquire", "actual")]),
    ("Vance Corp holds an option to acquire 40 pct of Brill Inc.", [("ACQUISITION", "acquire", "hypothetical")]),
    # shares 'tendered and not withdrawn' under a bid, and the target of a bid: the bid was made
    ("About 2.1 mln shares were tendered and not withdrawn under its bid for Brill Inc.",
     [("ACQUISITION", "bid", "actual")]),
    ("Shares of Parrish Foods, the target of a takeover bid from Vance Corp, rose two dlrs.",
     [("ACQUISITION", "takeover bid", "actual")]),
    ("The broker said it is not the target of a formal SEC investigation.",
     [("LITIGATION_REGULATORY", "investigation", "negated")]),
    # withdrawal words do not deny a loss (context.negation.004 types)
    ("The company is withdrawing from unprofitable product lines.", [("NET_LOSS", "unprofitable", "actual")]),
    ("Harlan Co said it withdrew its bid for Brant Group.", [("ACQUISITION", "bid", "negated")]),
    # 'may' or 'might' with a verb of the event's occurrence after it (context.hypothetical.064) ...
    ("The chairman said more acquisitions may be made this year.", [("ACQUISITION", "acquisitions", "hypothetical")]),
    ("Analysts said further writedowns might be necessary.", [("IMPAIRMENT_WRITEDOWN", "writedowns", "hypothetical")]),
    # ... not a known event's effect or character
    ("An official said the debt moratorium might backfire on the country.", [("DEBT_DEFAULT", "moratorium", "actual")]),
    ("The company said its 1986 net loss may prevent it from paying the fee.", [("NET_LOSS", "net loss", "actual")]),
    # a need is no decision (context.hypothetical.066); a past necessity is
    ("A spokesman said the company needs to be restructured to cut costs.",
     [("RESTRUCTURING", "restructured", "hypothetical")]),
    ("The company said it had to close the Akron plant last year.", [("RESTRUCTURING", "close", "actual")]),
    # a vow of legal action is a threat (context.hypothetical.067)
    ("The union vowed to challenge the decision in court.", [("LITIGATION_REGULATORY", "challenge", "hypothetical")]),
    # predictions (context.forward.007); a decided liquidation stays actual
    ("Many of the new brokers will end up losing money, analysts said.", [("NET_LOSS", "losing money", "hypothetical")]),
    ("The airline is destined to be acquired by a larger carrier.", [("ACQUISITION", "acquired", "hypothetical")]),
    ("Harlan Co said the company will eventually be liquidated.", [("BANKRUPTCY", "liquidated", "actual")]),
    # an if-clause inside another clause ends at its comma; one that opens the sentence or follows 'said' does not
    ("Worried that he would lose his licence if he kept missing hearings, the broker agreed to plead guilty.",
     [("LITIGATION_REGULATORY", "plead guilty", "actual")]),
    ("If the plan is rejected, the plant will be closed, union officials said.",
     [("RESTRUCTURING", "closed", "hypothetical")]),
    ("The spokesman said if the banks refuse, workers would have to be laid off.",
     [("LAYOFFS", "laid off", "hypothetical")]),
    # a condition after 'and' heads its own clause
    ("The agency backed the complaint and unless the tax is lifted it will act, officials said.",
     [("LITIGATION_REGULATORY", "complaint", "actual")]),
    # a claim or cost 'resulting from' or 'arising from' an event presupposes it (TERMINATE)
    ("The company said it has defenses to any possible claim resulting from the investigation.",
     [("LITIGATION_REGULATORY", "investigation", "actual")]),
    ("An auditor's opinion was qualified subject to the outcome of two lawsuits.",
     [("LITIGATION_REGULATORY", "lawsuits", "actual")]),
    # 'since' starts another clause: a price that dropped since the purchase does not deny the purchase
    ("The share price has dropped sharply since Vance Corp acquired Brill Inc in 1985.",
     [("ACQUISITION", "acquired", "actual")]),
    # immunity from prosecution rules it out (context.hypothetical.068)
    ("The committee voted to grant the aide limited immunity from prosecution.",
     [("LITIGATION_REGULATORY", "prosecution", "hypothetical")]),
    # a debt restructuring that is only offered (context.hypothetical.069); an agreed one stays actual
    ("The board is unlikely to accept the banks' offer for restructuring its debt.",
     [("DEBT_DEFAULT", "restructuring its debt", "hypothetical")]),
    # pressure for an event is not the event (context.hypothetical.070)
    ("Clearing banks have come under pressure to increase their provisions against bad loans.",
     [("CREDIT_LOSS_PROVISION", "provisions", "hypothetical")]),
    # rumours and speculation (context.hypothetical.071/072); a definite offer stays made
    ("Analysts said the company has been a rumored takeover target for months.",
     [("ACQUISITION", "takeover", "hypothetical")]),
    ("Executives tried to defuse speculation that the company would sell off its computer division.",
     [("ASSET_SALE", "sell off", "hypothetical")]),
    ("Dealers speculated that Harlan chairman John Reese made the takeover offer to put his company into the contest.",
     [("ACQUISITION", "offer", "actual")]),
    # denied reports of a deal and denied talks (context.negation.023/024); a regulator denying a merger acts
    ("The chairman denied press reports suggesting the company was preparing a buyout bid.",
     [("ACQUISITION", "buyout bid", "negated")]),
    ("Harlan Co said it is not holding discussions with anyone regarding a buyout of the company.",
     [("ACQUISITION", "buyout", "negated")]),
    ("The commission denied the merger on anticompetitive grounds.", [("ACQUISITION", "merger", "actual")]),
    # a restructuring plan still being drawn up (context.hypothetical.073)
    ("The company will work with its noteholders to develop a debt restructuring program.",
     [("DEBT_DEFAULT", "restructuring", "hypothetical")]),
    # deals eyed or looked at (context.hypothetical.074); not a definite one
    ("Harlan Co is looking at acquisitions in the food industry.", [("ACQUISITION", "acquisitions", "hypothetical")]),
    ("Let us take a look at Harlan's acquisition of Brant Group last year.", [("ACQUISITION", "acquisition", "actual")]),
    # a penalty faced if convicted (context.conditional.004)
    ("The trader faces a maximum penalty of ten years in prison if convicted.",
     [("LITIGATION_REGULATORY", "penalty", "hypothetical")]),
    # what was only tried did not happen (context.hypothetical.014)
    ("Brant Group tried to sell its dairy unit last year.", [("ASSET_SALE", "sell", "hypothetical")]),
    # an expected loss stays hypothetical
    ("Harlan Foods said it expects to report a loss for the year ended March 31.", [("NET_LOSS", "loss", "hypothetical")]),
    # no action taken on bids that were made (context.shield.002 'action on')
    ("The board decided to take no action on two takeover bids the company has received.",
     [("ACQUISITION", "takeover bids", "actual")]),
    # a possibility left open is no denial (context.hypothetical.076; annotation guide: 'cannot rule out')
    ("The company cannot rule out additional layoffs this year.", [("LAYOFFS", "layoffs", "hypothetical")]),
    ("The bank said it did not exclude accepting a suitable bid for the shares.",
     [("ACQUISITION", "bid", "hypothetical")]),
    # 'nor' denies in prose; a ticker '<NOR>' does not (context.negation.008)
    ("The company has not laid off workers, nor has it closed plants.", [("RESTRUCTURING", "closed plants", "negated")]),
    ("NORSTAR <NOR> DEBT DOWNGRADED BY S/P", [("RATING_DOWNGRADE", "DOWNGRADED", "actual")]),
    # 'not just' is no negation (context.pseudo.001)
    ("Investors balked not just over its widening losses but also over its governance.",
     [("NET_LOSS", "losses", "actual")]),
    # options and alternatives under consideration (context.hypothetical.077), across the list's commas
    ("Analysts said the options available to Harlan include a restructuring of its hotel unit.",
     [("RESTRUCTURING", "restructuring", "hypothetical")]),
    ("Brant said it is considering other options, including other business combinations.",
     [("ACQUISITION", "business combinations", "hypothetical")]),
    ("Analysts said Harlan's alternatives could include cost cuts, a leveraged buyout or a recapitalization.",
     [("ACQUISITION", "leveraged buyout", "hypothetical")]),
    # ... while options granted to buy shares are not a list of alternatives (an option not exercised is itself
    # hypothetical, annotation guide; context.hypothetical.112)
    ("Harlan said it was granted options to increase its equity stake in Brant during 1987.",
     [("ACQUISITION", "increase its equity stake", "hypothetical")]),
    # a denied belief about a known event denies the belief (context.shield.003); not about an indefinite one
    ("We do not think the merger, as proposed, is soundly based, the chief executive said.",
     [("ACQUISITION", "merger", "actual")]),
    ("The analyst said he does not believe the subpoenas will affect the deal.",
     [("LITIGATION_REGULATORY", "subpoenas", "actual")]),
    ("Analysts said they do not believe another suitor will top the bid.", [("ACQUISITION", "suitor", "negated")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_status(extract, text, expected):
    assert_events(extract(text), expected)
