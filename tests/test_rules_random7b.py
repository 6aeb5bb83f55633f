"""Random non-test audit 7b (LITIGATION_REGULATORY, BANKRUPTCY, RESTRUCTURING, ...): text -> the events expected (type,
words in the trigger, status), with distractors that must not fire. Same row format as tests/test_event_rules.py:
("!", TYPE, "") means TYPE must not fire at all; an empty list means no event of any type.
"""

from __future__ import annotations

import pytest

from conftest import assert_events

CASES = [
    # BANKRUPTCY: a meeting or a visit 'wound up' is over, no company is wound up (exclude.bankr.014)
    ("The Pacific Lending Bank today wound up a three-day meeting in Manila.", [("!", "BANKRUPTCY", "")]),
    ("The trade minister, winding up a two-day visit to Ottawa, said the talks would go on.",
     [("!", "BANKRUPTCY", "")]),
    ("Harrow Trustees was wound up last week by the High Court after a complaint by investors.",
     [("BANKRUPTCY", "wound up", "actual")]),
    ("The fund was wound up at a meeting of its creditors in May.", [("BANKRUPTCY", "wound up", "actual")]),
    # RESTRUCTURING: streamlining a process, procedure or an idea for one (exclude.restruct.034)
    ("Lenders want a streamlining of the slow and costly process of syndicating large loans.",
     [("!", "RESTRUCTURING", "")]),
    ("One streamlining idea is to let small lenders swap their claims for bonds.", [("!", "RESTRUCTURING", "")]),
    ("The new software will streamline the clinic to hospital patient referral process.",
     [("!", "RESTRUCTURING", "")]),
    ("Corvan Mills said it will streamline its operations and close two plants.",
     [("RESTRUCTURING", "streamline", "actual"), ("RESTRUCTURING", "close two plants", "actual")]),
    # RESTRUCTURING: a country's industry or a sector restructured is macro (exclude.restruct.035/036)
    ("The strong currency is forcing a deep restructuring of Korean industry, the institute said.",
     [("!", "RESTRUCTURING", "")]),
    ("The publisher has grown quickly since the industry restructuring that followed the takeover.",
     [("!", "RESTRUCTURING", "")]),
    ("Dalton Corp said it will restructure its industrial coatings division.",
     [("RESTRUCTURING", "restructure", "actual")]),
    # LITIGATION_REGULATORY: garments are no lawsuits (exclude.litig.023)
    ("Retailers hope shoppers will buy new bathing suits and swim suits early this year.",
     [("!", "LITIGATION_REGULATORY", "")]),
    ("Kestrel Inc said it filed suit against Orvo Corp in federal court.",
     [("LITIGATION_REGULATORY", "filed suit", "actual")]),
    # LITIGATION_REGULATORY: trade penalties on imports in retaliation (forbids of event.litigation_regulatory.009)
    ("The penalties will be levied on imported radios in retaliation for the partner's breach of the pact.",
     [("!", "LITIGATION_REGULATORY", "")]),
    ("The agency imposed penalties of 2 mln dlrs on the broker for violations of trading rules.",
     [("LITIGATION_REGULATORY", "penalties", "actual")]),
    # LITIGATION_REGULATORY: research or a buyer's check is no legal investigation; generic 'the penalties for
    # violations' of a rule (exclude.litig.024)
    ("The partnership will fund the clinical investigation of three drugs under development.",
     [("!", "LITIGATION_REGULATORY", "")]),
    ("The purchase is subject to a due diligence investigation and to financing.", [("!", "LITIGATION_REGULATORY", "")]),
    ("The unit offers environmental consulting and site investigations to utilities.",
     [("!", "LITIGATION_REGULATORY", "")]),
    ("The leaflet explains which payments are allowed and the penalties for violations.",
     [("!", "LITIGATION_REGULATORY", "")]),
    ("Regulators fined the dealer 40,000 dlrs for violations of the margin rules.",
     [("LITIGATION_REGULATORY", "fined", "actual")]),
    ("Police said an investigation into the fraud at the bank is under way.",
     [("LITIGATION_REGULATORY", "investigation", "actual")]),
    # RATING_DOWNGRADE: grain downgraded to feed quality is a crop grade (exclude.rating.005)
    ("Only 0.3 pct of wheat receivals were downgraded to feed quality after the rains.", [("!", "RATING_DOWNGRADE", "")]),
    ("Moody's downgraded Halvorsen Motors to junk status on Tuesday.", [("RATING_DOWNGRADE", "downgraded", "actual")]),
    # LITIGATION_REGULATORY: a plea for help and appeal as attractiveness are no court appeals (exclude.litig.025/026)
    ("The province appealed for emergency food aid after the drought.", [("!", "LITIGATION_REGULATORY", "")]),
    ("The speaker will discuss the renewed appeal of socialism among students.", [("!", "LITIGATION_REGULATORY", "")]),
    ("The company said it would appeal the ruling to the state supreme court.",
     [("LITIGATION_REGULATORY", "appeal the ruling", "actual")]),
    # LITIGATION_REGULATORY: a government ordering its own offices, officials or the public, and everyday 'order'
    # (exclude.litig.027/028)
    ("The authorities ordered government offices closed until Monday.", [("!", "LITIGATION_REGULATORY", "")]),
    ("Coast guard authorities ordered fishermen along the coast to return to port.",
     [("!", "LITIGATION_REGULATORY", "")]),
    ("The premier ordered financial officials to speed up the easing of exchange controls.",
     [("!", "LITIGATION_REGULATORY", "")]),
    ("He said the reforms would put the house in even better order, the commission noted.",
     [("!", "LITIGATION_REGULATORY", "")]),
    ("The Nuclear Regulatory Commission ordered the utility to close the plant.",
     [("LITIGATION_REGULATORY", "ordered", "actual")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_random7b_rules(extract, text, expected):
    assert_events(extract(text), expected)
