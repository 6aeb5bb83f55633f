"""RESTRUCTURING and LAYOFFS, seventh round: a Chapter 11 story's 'reorganization', management reshuffles, financing
and balance-sheet restructurings, closures named again as a noun phrase, and the ways of writing restructurings and
layoffs the earlier rules missed. Same row format as tests/test_event_rules.py: ("!", TYPE, "") means TYPE must not
fire at all; ("!", TYPE, word) that no TYPE trigger contains word; an empty list means no event of any type.
"""

from __future__ import annotations

import pytest

from conftest import assert_events

CASES = [
    # RESTRUCTURING: 'reorganization' in a Chapter 11 story is the plan of reorganization (BANKRUPTCY), not a restructuring
    ("BRAXTON MILLS TO COMPLETE REORGANIZATION\n\nBraxton Mills Inc, which has been in bankruptcy proceedings since "
     "1985, said it will complete its reorganization on June 30.", [("!", "RESTRUCTURING", "")]),
    ("Delmont Shipping filed for Chapter 11 protection last year. The arbitration award is being contested. "
     "It said that because of the Delmont reorganization, the amount of the award is uncertain.",
     [("!", "RESTRUCTURING", "")]),
    ("Kellerman Freight said it proposed a plan of reorganization to its largest creditors. "
     "Under the proposal, investors would fund the reorganization.", [("!", "RESTRUCTURING", "")]),
    # ... while an operational reorganization far from any bankruptcy still counts
    ("Ardmore Oil said it is reorganizing its exploration and production operations into a single affiliate.",
     [("RESTRUCTURING", "reorganizing", "actual")]),
    ("Halvern Corp said the reorganization of its spirits operations cut costs by 20 mln dlrs.",
     [("RESTRUCTURING", "reorganization", "actual")]),
    # a corporate reorganization plan outside bankruptcy does not silence the sentences around it
    ("Bondholders will be paid interest under a corporate reorganization plan taking effect July one. "
     "The reorganization will split Tarrant Corp into three separate publicly traded companies.",
     [("RESTRUCTURING", "reorganization", "actual")]),
    # tax loss carryforwards from before a reorganization; a government's reorganization of state banks
    ("Net reflects charges not payable because of pre-reorganization tax loss carryforwards.",
     [("!", "RESTRUCTURING", "")]),
    ("The minister said the government will adopt whatever reorganization of the state banks is needed.",
     [("!", "RESTRUCTURING", "")]),
    # management reshuffles are not restructurings
    ("The analysts said the parent had promoted a major management reorganisation of the unit last year.",
     [("!", "RESTRUCTURING", "")]),
    ("DELTEC SYSTEMS RESTRUCTURES MANAGEMENT", [("!", "RESTRUCTURING", "")]),
    ("Corvan had restructured its management in recent months.", [("!", "RESTRUCTURING", "")]),
    ("Corvan said it will restructure its distribution operations.", [("RESTRUCTURING", "restructure", "actual")]),
    # restructuring finances, a balance sheet or an amount of debt is financing, not a company restructuring
    ("A creditor bank said it still had no idea how the utility plans to restructure its finances.",
     [("!", "RESTRUCTURING", "")]),
    ("The regulator will continue to support the thrift's efforts to restructure its balance sheet.",
     [("!", "RESTRUCTURING", "")]),
    ("The country seeks to restructure 4.2 billion dlrs of its 19.8 billion dlr foreign debt.",
     [("!", "RESTRUCTURING", "")]),
    # a closure told before and named again as a noun phrase is the same event
    ("Pinecrest said the seven closed stores, which lost 1.1 mln dlrs last year, are being sold.",
     [("!", "RESTRUCTURING", "")]),
    ("Pinecrest said it closed seven unprofitable stores in the quarter.", [("RESTRUCTURING", "closed", "actual")]),
    # mothballed sites to be restarted; retrenchment of competition in a market
    ("The time needed to restart mothballed terminals will delay gas imports until next year.",
     [("!", "RESTRUCTURING", "")]),
    ("The company will mothball its Arlee smelter in June.", [("RESTRUCTURING", "mothball", "actual")]),
    ("Lenders awaiting the retrenchment of competition as rates rise may need to think again.",
     [("!", "RESTRUCTURING", "")]),
    # LAYOFFS: jobs lost to imports across the economy are no company layoff
    ("Labor unions pressed Congress for relief from imports where jobs have been lost to foreign competition.",
     [("!", "LAYOFFS", "")]),
    ("Ferrand said 300 jobs will be eliminated at its Ohio plant.", [("LAYOFFS", "eliminated", "actual")]),
    # LAYOFFS: workers put out of work by a closure
    ("Harlan Foods said it will close its Dayton bakery in June, putting most of the bakery's 210 employees out of work.",
     [("LAYOFFS", "out of work", "actual")]),
    ("The regulator closed the savings bank, throwing about 300 employees out of work.",
     [("LAYOFFS", "out of work", "actual")]),
    ("Economists doubt that services can employ those put out of work in the manufacturing sector.",
     [("!", "LAYOFFS", "")]),
    # RESTRUCTURING: cost-reduction initiatives and cost-saving programmes
    ("Carrow Logistics is implementing further cost-reduction initiatives to offset weaker volumes.",
     [("RESTRUCTURING", "cost-reduction initiatives", "actual")]),
    ("The brewer said its cost-saving programme cut 40 mln dlrs of expenses last year.",
     [("RESTRUCTURING", "cost-saving programme", "actual")]),
    # a closure told as temporary in the sentences around it is no restructuring
    ("Marden Motors will idle four assembly plants next week, temporarily laying off 9,000 workers. "
     "The company will shut two plants in each of its divisions.", [("!", "RESTRUCTURING", "")]),
    ("Corliss Refining will close the coker at its Baytown refinery in early May. "
     "Several other Gulf refineries are shut for maintenance this spring.", [("!", "RESTRUCTURING", "")]),
    ("Penfold Freight plans to close four depots in Wales and may cut 300 jobs, mainly through the "
     "non-renewal of temporary contracts.", [("RESTRUCTURING", "close", "actual")]),
    # restructuring a deal or its terms is no company restructuring
    ("The minister would not say when government approval of the restructuring deal with lenders was likely.",
     [("!", "RESTRUCTURING", "")]),
    # chain results: the site noun told once, before the opened count
    ("During the year the chain opened 14 restaurants and closed two.", [("RESTRUCTURING", "closed", "actual")]),
    ("The index opened 12 points higher and closed 3 lower.", [("!", "RESTRUCTURING", "")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_restructuring7_rules(extract, text, expected):
    assert_events(extract(text), expected)
