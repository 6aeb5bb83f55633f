"""RESTRUCTURING and LAYOFFS, fifth pass: precision fixes from an audit of 260 actual records on unannotated non-test
wire copy and news. Each family below has rows that must still fire and the everyday senses that must not.

Rows are written for this file. A row lists the events that must be found (type, words in the trigger, status);
`("!", TYPE, "")` means no event of TYPE may be found in the text.
"""

from __future__ import annotations

import pytest

from conftest import assert_events

CASES = [
    # phase out: production at a site counts; a tax credit, incentives or ration cards being phased out do not
    ("The automaker will phase out production at its Ohio assembly plant over two years.",
     [("RESTRUCTURING", "phase out", "actual")]),
    ("The company said it phased out its oldest product lines last year.",
     [("RESTRUCTURING", "phased out", "actual")]),
    ("Twenty jobs will go with the phase-out of its merchant banking arm.",
     [("RESTRUCTURING", "phase-out", "actual")]),
    ("The airline will phase out its two oldest jets next year.", [("!", "RESTRUCTURING", "")]),
    ("The investment tax credit for rooftop panels is phasing out over the next three years.",
     [("!", "RESTRUCTURING", "")]),
    ("Export incentives are being phased out under the new trade rules.", [("!", "RESTRUCTURING", "")]),
    ("The old ration cards will be phased out by the end of April.", [("!", "RESTRUCTURING", "")]),
    # rescue package: a bail-out of an insurance fund or a country is no restructuring
    ("Lawmakers failed to agree on the size of a rescue package for the savings insurance fund.",
     [("!", "RESTRUCTURING", "")]),
    ("The rescue package plan for the ailing steelmaker includes closing two mills.",
     [("RESTRUCTURING", "closing two mills", "actual")]),
    # weather closures are temporary
    ("Sales were hurt in January by store closings caused by snowstorms in the Northeast.",
     [("!", "RESTRUCTURING", "")]),
    ("The chain said store closings cost it 3 mln dlrs in the quarter.", [("RESTRUCTURING", "store closings", "actual")]),
    # debt restructured, in words the older exclusions did not cover
    ("The country is restructuring 12.5 billion dlrs of previously rescheduled public debt over 15 years.",
     [("!", "RESTRUCTURING", "")]),
    ("Its negotiators agreed to restructure payments on 800 mln dlrs of bank credits.",
     [("!", "RESTRUCTURING", "")]),
    ("The state will also pay 300 mln dlrs in non-restructured principal this year.", [("!", "RESTRUCTURING", "")]),
    ("First-quarter net included a gain from loan restructurings that will not recur.", [("!", "RESTRUCTURING", "")]),
    ("The company is restructuring 400 of its branches and will cut costs.",
     [("RESTRUCTURING", "restructuring", "actual")]),
    # an economy, an industry, a stock market
    ("The report follows last year's study on economic restructuring and land reform.", [("!", "RESTRUCTURING", "")]),
    ("The minister spoke of the restructuring of the shipbuilding and textile industries.",
     [("!", "RESTRUCTURING", "")]),
    ("The group completed the restructuring of the company's chemicals sector last year.",
     [("RESTRUCTURING", "restructuring", "actual")]),
    ("Last year's reorganisation of the stock market opened it to foreign brokers.", [("!", "RESTRUCTURING", "")]),
    ("The restructured Paris stock exchange began trading on Monday.", [("!", "RESTRUCTURING", "")]),
    # portfolios and liquid assets, a board's membership
    ("Pension funds are restructuring their investment portfolios toward exporters.", [("!", "RESTRUCTURING", "")]),
    ("The lower ratio lets banks restructure liquid assets into longer-term paper.", [("!", "RESTRUCTURING", "")]),
    ("AJAX BOARD RESTRUCTURED TO INCLUDE TWO NEW DIRECTORS", [("!", "RESTRUCTURING", "")]),
    ("AJAX TO RESTRUCTURE CHEMICALS UNIT", [("RESTRUCTURING", "RESTRUCTURE", "actual")]),
    # 'close' that is no closure
    ("Among the passengers was a close friend of mine who worked at the mine.", [("!", "RESTRUCTURING", "")]),
    ("Traders want a daily closing above the upper trend line before buying.", [("!", "RESTRUCTURING", "")]),
    ("The mining group will close the mine and two processing plants next year.",
     [("RESTRUCTURING", "close the mine", "actual")]),
    # farm reorganizations on government payment rolls
    ("Since 1985 reorganizations of holdings added 4,000 persons to Agriculture Department payment rolls.",
     [("!", "RESTRUCTURING", "")]),
    ("The toolmaker said the reorganization of its sales force was completed.",
     [("RESTRUCTURING", "reorganization", "actual")]),
    # LAYOFFS: 'redundancies' as duplication, executives' severance contracts
    ("The chief executive said the need to remove inefficiencies and redundancies led to the decision.",
     [("!", "LAYOFFS", "")]),
    ("Manufacturers have built redundancies into supply chains to cope with shortages.", [("!", "LAYOFFS", "")]),
    ("After eliminating redundancies the merged group should be more profitable.", [("!", "LAYOFFS", "")]),
    ("The shipyard announced 600 redundancies at its Clyde yard.", [("LAYOFFS", "redundancies", "actual")]),
    ("Directors were asked about severance contracts for top executives in a change of control.",
     [("!", "LAYOFFS", "")]),
    # 'force' only as a work force
    ("The government acted to slash maize output and force diversification into other crops.", [("!", "LAYOFFS", "")]),
    ("Only ground troops could eliminate the militia's arsenal, which would require forces on the ground.",
     [("!", "LAYOFFS", "")]),
    ("The telephone company took charges for reducing its work force by 20,000.",
     [("LAYOFFS", "reducing its work force", "actual")]),
    ("The helicopter maker will cut its labor force by a third.", [("LAYOFFS", "cut its labor force", "actual")]),
    ("ACME TO CUT WORKFORCE BY 20 PCT", [("LAYOFFS", "CUT WORKFORCE", "actual")]),
    # workers ... cut: not another object or hours
    ("Some firms laid off workers and cut bloated inventories.", [("LAYOFFS", "laid off", "actual")]),
    ("Unions called out 90,000 employees to press for cuts in working hours.", [("!", "LAYOFFS", "")]),
    ("About 400 jobs will be cut at the plant, the company said.", [("LAYOFFS", "jobs will be cut", "actual")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_restructuring_layoffs_rows(extract, text, expected):
    assert_events(extract(text), expected)


@pytest.mark.parametrize("text,closed", [
    ("Brant Mills said it will close its Akron plant.", "close its Akron plant"),
    ("Harlow Stores said it will shut its Dayton plant.", "shut its Dayton plant"),
])
def test_a_company_named_for_its_sites_is_not_the_closed_site(extract, text, closed):
    """restructuring.014 ('some 600 stores are expected to close') does not reach back across a reporting verb to a
    company name ending in Mills or Stores: the closure is the one after the verb."""
    triggers = [e.trigger for e in extract(text) if e.event_type == "RESTRUCTURING"]
    assert any(closed in t for t in triggers), triggers
    assert not any(t.split()[0] in ("Mills", "Stores") for t in triggers), triggers
