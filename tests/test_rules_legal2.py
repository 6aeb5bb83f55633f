"""Legal, rating and provision rules, second pass over unannotated non-test wire copy (litigation/regulatory,
restatement, delisting, rating downgrade, impairment write-down, credit-loss provision):
text -> the events expected (type, words in the trigger, status), and distractors that must not fire.

Rows are written for this file, in the way wire copy and releases state these events. A row lists the events that
must be found; `("!", TYPE, "")` means no event of TYPE may be found in the text.
"""

from __future__ import annotations

import pytest

from conftest import assert_events

CASES = [
    # LITIGATION_REGULATORY: cases named without 'suit' or 'lawsuit'
    ("PILOTS UNION TAKES CARRIER TO COURT", [("LITIGATION_REGULATORY", "TAKES CARRIER TO COURT", "actual")]),
    ("The union is fighting the plant transfer in court.",
     [("LITIGATION_REGULATORY", "fighting the plant transfer in court", "actual")]),
    ("The retailers started summary proceedings in the Rotterdam district court against the importer.",
     [("LITIGATION_REGULATORY", "summary proceedings", "actual")]),
    ("The agency brought proceedings against two former directors of the bank.",
     [("LITIGATION_REGULATORY", "proceedings", "actual")]),
    ("A jury in a Houston state court has found the driller liable for breach of contract.",
     [("LITIGATION_REGULATORY", "court has found", "actual")]),
    ("\"The public deserves a full account,\" the judge wrote in his ruling.",
     [("LITIGATION_REGULATORY", "in his ruling", "actual")]),
    ("The toolmaker rejects charges by a rival that it violated two of its patents.",
     [("LITIGATION_REGULATORY", "rejects charges", "actual")]),
    ("TOP EXECUTIVE OF SHIPPING LINE CHARGED", [("LITIGATION_REGULATORY", "CHARGED", "actual")]),
    ("The distributor alleges that the supplier used fraudulent invoices to inflate its bills.",
     [("LITIGATION_REGULATORY", "alleges that", "actual")]),
    # distractors
    ("Customers will be charged a small fee for late payments.", [("!", "LITIGATION_REGULATORY", "")]),
    ("The insolvency proceedings against the shipyard opened on Monday.", [("!", "LITIGATION_REGULATORY", "")]),
    ("The hiring firm will court potential buyers for the bus maker.", [("!", "LITIGATION_REGULATORY", "")]),
    ("The opposition alleges that the minister misled parliament about illegal arms sales.",
     [("!", "LITIGATION_REGULATORY", "")]),
    ("He was named director of the Federal Bureau of Investigation.", [("!", "LITIGATION_REGULATORY", "")]),
    ("The exchange is building a small order execution system.", [("!", "LITIGATION_REGULATORY", "")]),
    # RATING_DOWNGRADE: agency wording
    ("Moody's Investors Service Inc said it lowered Northern Utility Co's 400 mln dlrs of debt.",
     [("RATING_DOWNGRADE", "it lowered", "actual")]),
    ("Cut were the utility's first mortgage bonds to A-3 from A-1 and its preferred stock to Baa-1.",
     [("RATING_DOWNGRADE", "Cut were", "actual")]),
    ("The bank's senior long-term debt rating fell to A (high) from AA (low), the rating service said.",
     [("RATING_DOWNGRADE", "rating fell", "actual")]),
    ("Standard and Poor's said it may downgrade the chain's debt. The agency said its review would focus on cash flow.",
     [("RATING_DOWNGRADE", "its review", "actual")]),
    # distractors: an upgrade review, uncertain direction, a company reducing its own debt
    ("Moody's said it may upgrade the retailer's debt. The agency said the review would focus on margins.",
     [("!", "RATING_DOWNGRADE", "")]),
    ("Moody's said it put the hospital chain's debt under review with uncertain direction.",
     [("!", "RATING_DOWNGRADE", "")]),
    ("Moody's said the company has lowered its financial leverage and its debt.", [("!", "RATING_DOWNGRADE", "")]),
    ("The network's audience ratings fell sharply last season.", [("!", "RATING_DOWNGRADE", "")]),
    # CREDIT_LOSS_PROVISION / IMPAIRMENT_WRITEDOWN
    ("Charges for bad and doubtful debts fell to 290 mln stg from 350 mln.",
     [("CREDIT_LOSS_PROVISION", "Charges for bad and doubtful debts", "actual")]),
    ("Net includes a 4.1 mln dlr provision for decline in market value of securities.",
     [("IMPAIRMENT_WRITEDOWN", "provision for decline in market value", "actual")]),
    ("Net includes a provision against disposal of surplus inventory.", [("!", "CREDIT_LOSS_PROVISION", "")]),
    ("Lawmakers want provisions for debt relief in the trade bill.", [("!", "CREDIT_LOSS_PROVISION", "")]),
    ("Research costs are written off in the year they occur.", [("!", "IMPAIRMENT_WRITEDOWN", "")]),
    # DELISTING / RESTATEMENT distractors
    ("Speculative selling halted the advance in afternoon trading, dealers said.", [("!", "DELISTING", "")]),
    ("The crypto exchange said it was halting trading of three tokens.", [("!", "DELISTING", "")]),
    ("The agency suspended its export cover for the country, trading sources said.", [("!", "DELISTING", "")]),
    ("Year-ago results restated to exclude two divisions sold in 1986.", [("!", "RESTATEMENT", "")]),
    ("Some traders believe the crop figures are overstated.", [("!", "RESTATEMENT", "")]),
    ("Year-ago results restated to reflect a change in accounting principle.", [("RESTATEMENT", "restated", "actual")]),
    # second pass: court reporting, prosecutors, revised results, exchange wording
    ("The court heard that the trader had moved the money offshore.",
     [("LITIGATION_REGULATORY", "court heard that", "actual")]),
    ("Prosecutors allege that the dealers misled the tax office about the owners of the shares.",
     [("LITIGATION_REGULATORY", "Prosecutors allege", "actual")]),
    ("A court rules the city cannot sell the land.", [("LITIGATION_REGULATORY", "court rules", "actual")]),
    ("The bankruptcy court heard objections from creditors.", [("!", "LITIGATION_REGULATORY", "")]),
    ("The company said its revised net loss for the fourth quarter is 3.1 mln dlrs.",
     [("RESTATEMENT", "revised net loss", "actual")]),
    ("Regulators are not requiring an adjustment of the previously reported financial results.",
     [("RESTATEMENT", "previously reported", "negated")]),
    ("It said its stock will no longer trade on the American Stock Exchange after the merger.",
     [("DELISTING", "will no longer trade", "actual")]),
    ("SECURITY BANCORP ADDS 200 MLN DLRS TO RESERVE\n\nThe bank said the addition covers its loans to developing countries.",
     [("CREDIT_LOSS_PROVISION", "ADDS 200 MLN DLRS TO RESERVE", "actual")]),
    ("The utility said it will add 20 mln barrels to its oil reserves.", [("!", "CREDIT_LOSS_PROVISION", "")]),
    ("The insurer added 40 mln dlrs to its loss reserves for asbestos claims.", [("!", "CREDIT_LOSS_PROVISION", "")]),
    # regulator actions without a legal noun; everyday 'suit' and the BIS
    ("The NRC said it had begun round-the-clock inspection of the reactor's control room.",
     [("LITIGATION_REGULATORY", "inspection", "actual")]),
    ("The agency said it denied a request by the steelmaker for more time to meet the pollution limits set by the EPA.",
     [("LITIGATION_REGULATORY", "denied a request", "actual")]),
    ("The reactor has been shut down by the NRC because of operator problems.",
     [("LITIGATION_REGULATORY", "shut down by the", "actual")]),
    ("The proposals included on-site inspection by inspectors of both superpowers.", [("!", "LITIGATION_REGULATORY", "")]),
    ("The bank wants to design deposits to suit individual investors.", [("!", "LITIGATION_REGULATORY", "")]),
    ("The Bank for International Settlements published its annual report.", [("!", "LITIGATION_REGULATORY", "")]),
    ("The steelmaker expects 1987 earnings to be lower than the previously reported 85 cts a share.", [("!", "RESTATEMENT", "")]),
    ("Net includes a charge of 22 mln dlrs for asset revaluation and plant closings.",
     [("IMPAIRMENT_WRITEDOWN", "asset revaluation", "actual")]),
    ("The government may allow a revaluation of the won against the dollar.", [("!", "IMPAIRMENT_WRITEDOWN", "")]),
    # results revised after they were reported
    ("UTILITY HOLDING <XYZ> REVISES 1986 NET TO INCLUDE LOSS", [("RESTATEMENT", "REVISES 1986 NET", "actual")]),
    ("The company said it revised its fourth quarter results to reflect an inventory writedown.",
     [("RESTATEMENT", "revised its fourth quarter results", "actual")]),
    ("- Adjusted earnings per share fell 12 per cent to 10.1p", [("!", "RESTATEMENT", "")]),
    ("-- corrects year of loss in second paragraph in item which originally ran March 3.", [("!", "RESTATEMENT", "")]),
    ("The company revised its 1987 earnings forecast downward.", [("!", "RESTATEMENT", "")]),
    ("BELGIUM REVISES DOWN 1987 GNP GROWTH FORECASTS", [("!", "RESTATEMENT", "")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_legal2_rules(extract, text, expected):
    assert_events(extract(text), expected)
