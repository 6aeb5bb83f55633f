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
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_random7b_rules(extract, text, expected):
    assert_events(extract(text), expected)
