"""Entity rules, form by form: text -> the (label, text, value, unit) the text means.

Press-release forms (the seed release and wire results tables) and the newswire forms of the IE-ER gold (MUC
conventions: line breaks inside an entity, spelled and vague amounts, ranges, decades, seasons, holidays).
"""

from __future__ import annotations

import math

import pytest


def find(entities, text, label=None):
    found = [e for e in entities if e.text == text and (label is None or e.label == label)]
    assert found, f"no {label or 'entity'} {text!r} in {[(e.label, e.text) for e in entities]}"
    return found[0]


def same_value(got, want):
    if isinstance(want, float) or isinstance(got, float):
        return math.isclose(float(got), float(want), rel_tol=1e-9, abs_tol=1e-9)
    return str(got) == str(want)


MONEY = [
    # press releases
    ("a net loss of \\$1.2 billion for the quarter", "\\$1.2 billion", 1.2e9, "USD"),
    ("a net loss of \\$(16.3) million for the quarter", "\\$(16.3) million", -16.3e6, "USD"),
    ("taxable loss per diluted share was (\\$0.21) compared to a year ago", "(\\$0.21)", -0.21, "USD/share"),
    ("Net loss 3.4 mln dlrs vs profit 1.1 mln dlrs", "3.4 mln dlrs", 3.4e6, "USD"),
    ("The company will pay 12 cts a share on April 1", "12 cts", 0.12, "USD/share"),
    ("It bought the stake for 1.5 billion yen in cash", "1.5 billion yen", 1.5e9, "JPY"),
    ("It sold the unit for 50 mln stg last month", "50 mln stg", 50e6, "GBP"),
    ("Sales reached EUR 5 million in Germany", "EUR 5 million", 5e6, "EUR"),
    ("Sales reached €2.5 billion in Europe", "€2.5 billion", 2.5e9, "EUR"),
    ("The fine was £3 million in total", "£3 million", 3e6, "GBP"),
    ("A loss of $0.21 per diluted share", "$0.21", 0.21, "USD/share"),
    ("It raised US$40 million from investors", "US$40 million", 40e6, "USD"),
    ("It paid 300 Canadian dlrs for each unit", "300 Canadian dlrs", 300.0, "CAD"),
    # newswire (IE-ER) forms
    ("in excess of $600\nbillion in bad loans", "$600\nbillion", 600e9, "USD"),
    ("It got a $180-million loan", "$180-million", 180e6, "USD"),
    ("The IMF withheld a dlrs 220 million loan", "dlrs 220 million", 220e6, "USD"),
    ("a 3-stroke lead in the dlrs\n300,000 Classic", "dlrs\n300,000", 300e3, "USD"),
    ("a maximum fine of RM50,000 or two years' jail", "RM50,000", 50e3, "MYR"),
    ("the RM1 million complex is spread over 1.6ha", "RM1 million", 1e6, "MYR"),
    ("estimated to be about half-a million ringgit, from the company", "half-a million\nringgit".replace("\n", " "),
     0.5e6, "MYR"),
    ("the kidnappers demanded up to one million dollars.", "one million dollars", 1e6, "USD"),
    ("profits running to hundreds of\nmillions of dollars.", "hundreds of\nmillions of dollars", 1e8, "USD"),
    ("it could cost the Government millions of ringgit.", "millions of ringgit", 1e6, "MYR"),
    ("wages would increase by 2 kroner (28 cents) over two years", "2 kroner", 2.0, "DKK"),
    ("wages would increase by 2 kroner (28 cents) over two years", "28 cents", 0.28, "USD"),
    # a conversion in parentheses is not a negative amount
    ("The minimum wage is 76.40 kroner (dlrs 10.6) an hour.", "dlrs 10.6", 10.6, "USD"),
    ("It paid 5 mln stg (8 mln dlrs) for it.", "8 mln dlrs", 8e6, "USD"),
    # Indian numbering scales: 1 crore = 10 million, 1 lakh = 100,000
    ("Profit rose to Rs 146 crore in the quarter.", "Rs 146 crore", 1.46e9, "INR"),
    ("a fine of INR 1.45 Lakh", "INR 1.45 Lakh", 1.45e5, "INR"),
    ("valued at 2,500 crore rupees", "2,500 crore rupees", 2.5e10, "INR"),
    # dollar prefixes of other countries, and ISO codes written before the amount
    ("It paid S$45 million for the stake.", "S$45 million", 4.5e7, "SGD"),
    ("Sales reached NT$3.2 billion.", "NT$3.2 billion", 3.2e9, "TWD"),
    ("a NZ$45 million loan", "NZ$45 million", 4.5e7, "NZD"),
    ("It raised R$1.5 billion in bonds.", "R$1.5 billion", 1.5e9, "BRL"),
    ("The fine was US$20 million.", "US$20 million", 2e7, "USD"),
    ("net profit of SEK 2.1bn", "SEK 2.1bn", 2.1e9, "SEK"),
    ("a NOK 300 million contract", "NOK 300 million", 3e8, "NOK"),
]


@pytest.mark.parametrize("text,span,value,unit", MONEY)
def test_money(entities, text, span, value, unit):
    e = find(entities(text), span, "MONEY")
    assert same_value(e.value, value) and e.unit == unit, (e.value, e.unit)


NOT_MONEY = [
    ("The meeting starts at 2 p.m. sharp.", "2 p"),
    ("a single room, 20 square meters (200 square feet) for us", "meters (200"),
    ("about 200 kilometers (125 miles) northeast", "kilometers (125"),
    ("he kept hundreds of pounds of emergency provisions", "hundreds of pounds"),
    ("He paid a dollar for it.", "a dollar"),
]


@pytest.mark.parametrize("text,span", NOT_MONEY)
def test_not_money(entities, text, span):
    assert not [e for e in entities(text) if e.label == "MONEY" and span in e.text]


def test_money_table_cells_scale_from_heading(entities):
    text = ("Consolidated Statements of Operations\n(in thousands, except per share data)\n\n"
            "\tSeptember 30, 2007\tSeptember 30, 2006\n"
            "Total revenues\t$ 313,772\t$ 200,100\n"
            "Net loss per share\t$ (0.21)\t$ 0.25\n")
    ents = entities(text)
    rev = find(ents, "$ 313,772", "MONEY")
    assert same_value(rev.value, 313_772_000.0) and rev.unit == "USD"
    shr = [e for e in ents if e.label == "MONEY" and e.unit == "USD/share"]
    assert shr, [(e.text, e.unit) for e in ents if e.label == "MONEY"]


PERCENT = [
    ("Margins rose to 4.76 % in the quarter", "4.76 %", 4.76),
    ("Sales rose 23 pct in March", "23 pct", 23.0),
    ("Margins changed (1) % from last year", "(1) %", -1.0),
    ("The Fed cut rates by 50 basis points on Tuesday", "50 basis points", 0.5),
    ("Deficits will reach 3.9 percent of output", "3.9 percent", 3.9),
    ("achievement was below 30 per\ncent.", "30 per\ncent", 30.0),
    ("sales rose 17.1\npercent in March", "17.1\npercent", 17.1),
    ("or 362.5 basis\npoints over Treasury", "362.5 basis\npoints", 3.625),
    ("Twenty-eight percent of the respondents said so", "Twenty-eight percent", 28.0),
    ("pickup trucks edged down one-tenth of 1 percent.", "one-tenth of 1 percent", 0.1),
    ("hours declined by seven-tenths of 1 percent from February", "seven-tenths of 1 percent", 0.7),
    ("A basis point is one hundredth of a\npercentage point.", "one hundredth of a\npercentage point", 0.01),
    ("rates rose half a percentage point", "half a percentage point", 0.5),
    # a range: both ends are percents (MUC tags "5" and "15 percent")
    ("buyers will receive 5-15 percent discount", "5", 5.0),
    ("buyers will receive 5-15 percent discount", "15 percent", 15.0),
]


@pytest.mark.parametrize("text,span,value", PERCENT)
def test_percent(entities, text, span, value):
    e = find(entities(text), span, "PERCENT")
    assert same_value(e.value, value) and e.unit == "percent", (e.value, e.unit)


def test_percent_table_column(entities):
    text = ("(in thousands)\n\tThree Months Ended,\t\tIncrease (Decrease)\t%\n"
            "Interest income\t$ 313,772\t$ 279,000\t$ 34,772\t12.5\n"
            "Interest expense\t$ 290,000\t$ 299,000\t$ (9,000)\t(3.0)\n")
    ents = [e for e in entities(text) if e.label == "PERCENT"]
    assert sorted(float(e.value) for e in ents) == [-3.0, 12.5]


DATES = [
    # press releases
    ("On December 20, 2007 the board met.", "December 20, 2007", "2007-12-20", "date"),
    ("On Dec. 20 the board met.", "Dec. 20", "--12-20", "date"),
    ("for the period ended September 30, 2007.", "September 30, 2007", "2007-09-30", "date"),
    ("reports third quarter 2007 net loss", "third quarter 2007", "2007-Q3", "period"),
    ("For the first nine months of 2007 the company lost money", "first nine months of 2007", "2007-9M", "period"),
    ("Results for Q3 2007 were weak.", "Q3 2007", "2007-Q3", "period"),
    ("Earnings in fiscal 1986 fell.", "fiscal 1986", "1986-FY", "period"),
    ("Cash at year end 2007 was low.", "year end 2007", "2007-12-31", "period"),
    ("for the three months ended June 30, 2007, revenue fell", "three months ended June 30, 2007", "2007-Q2",
     "period"),
    ("for the year ended December 31, 2006, revenue fell", "year ended December 31, 2006", "2006-FY", "period"),
    ("in the first half of 2007 sales fell", "first half of 2007", "2007-H1", "period"),
    # newswire (IE-ER) forms
    ("The pope met them on Saturday.", "Saturday", "saturday", "relative"),
    ("SHAH ALAM, Thurs. - The department said", "Thurs.", "thurs.", "relative"),
    ("The show airs at 9 p.m. on Thursdays.", "Thursdays", "thursdays", "relative"),
    ("workers should go on strike April 3, said Kibwana", "April 3", "--04-03", "date"),
    ("Kiriyenko was born July 26,\n1962, in Sukhumi.", "July 26,\n1962", "1962-07-26", "date"),
    ("arrested in Geneva in October,\n1996, after warrants", "October,\n1996", "1996-10", "period"),
    ("maturities from April 1998 to March\n1999, lending support", "March\n1999", "1999-03", "period"),
    ("It had its soft opening last June and is growing.", "June", "XXXX-06", "period"),
    ("March sales rose 3.7 percent over all.", "March", "XXXX-03", "period"),
    ("MARCH UNEMPLOYMENT RISES", "MARCH", "XXXX-03", "period"),
    ("The deal closed in May with the union.", "May", "XXXX-05", "period"),
    ("tickets go on sale to members from May 1-31. People buying", "May 1", "--05-01", "date"),
    ("tickets go on sale to members from May 1-31. People buying", "31", "--05-31", "date"),
    ("the plant burned down in 1983, one of several fires", "1983", "1983", "period"),
    ("graduating from high school in 1924, he went west", "1924", "1924", "period"),
    ("the deficit for 1997-98 will reach 3.9 percent", "1997", "1997", "period"),
    ("the deficit for 1997-98 will reach 3.9 percent", "98", "1998", "period"),
    ("Areogun (circa 1880-1954), was a near contemporary", "1954", "1954", "period"),
    ("the kingdom of Sumer around 2000 B.C., which conceived", "2000 B.C.", "-2000", "period"),
    ("victims of mass firings in the early 1990s, now dominate", "1990s", "1990s", "decade"),
    ("a chalet for rent to tourists in the early '60s, about", "'60s", "1960s", "decade"),
    ("the 1970s and early 80s.", "80s", "1980s", "decade"),
    ("They regard it as 19th-century romanticism.", "19th-century", "18XX", "century"),
    ("born in the late 19th century and died young", "19th century", "18XX", "century"),
    ("Investigators met last fall in Rome.", "fall", "XXXX-fall", "season"),
    ("with coal prices slumping in the spring of\n1925, two companies", "spring of\n1925", "1925-spring", "season"),
    ("The star of the St. Patrick's Day offering is McCourt", "St. Patrick's Day", "holiday", "listed"),
    ("session on Thursday and then closed for Good Friday, many", "Good Friday", "holiday", "listed"),
    ("as strong as the rate of the last quarter of 1997, but", "last quarter of 1997", "1997-Q4", "period"),
    ("the government's 1999 fiscal year begins", "1999 fiscal year", "1999-FY", "period"),
]


@pytest.mark.parametrize("text,span,value,unit", DATES)
def test_dates(entities, text, span, value, unit):
    e = find(entities(text), span, "DATE")
    assert same_value(e.value, value) and e.unit == unit, (e.value, e.unit)


NOT_DATES = [
    ("Oil prices fall in Asia.", "fall"),
    ("the fall in oil prices hurt", "fall"),
    ("the fall of the Berlin Wall", "fall"),
    ("You may go, said May Smith.", "May"),
    ("The man appeared to be in his early 50s, the radio said.", "50s"),
    ("a division of 20th Century Fox.", "20th Century"),
    ("The company employs 1200 workers.", "1200"),
    ("shares fell 2,007 points", "007"),
]


@pytest.mark.parametrize("text,span", NOT_DATES)
def test_not_dates(entities, text, span):
    assert not [e for e in entities(text) if e.label == "DATE" and span in e.text]


def test_date_spans_leave_the_determiner_out(entities):
    # MUC convention: "the" is not part of a date ("the 1990s" -> "1990s", "the first nine months of 2007")
    ents = entities("in the first nine months of 2007 and in the 1990s")
    assert {e.text for e in ents if e.label == "DATE"} == {"first nine months of 2007", "1990s"}


ORGS = [
    # a period belongs to an abbreviated suffix, not to a full word that ends the sentence
    ("The bid came from Harlan Industries.", "Harlan Industries"),
    ("The plant belongs to Narita Electric Power Company.", "Narita Electric Power Company"),
    ("The contract went to Acme Corp. on Monday.", "Acme Corp."),
    ("It bought a stake in Dorran Holdings Inc.", "Dorran Holdings Inc."),
    ("Tessaro Ltd said sales rose.", "Tessaro Ltd"),
]


@pytest.mark.parametrize("text,span", ORGS)
def test_org_names_end_at_their_suffix(entities, text, span):
    find(entities(text), span, "ORG")


# a comma inside a name: between the name and a legal form, and between the partners of a firm; not after a sentence
# adverb, a date, a number or another company's suffix, nor before a name word such as Bank or Group
ORG_COMMAS = [
    ("The board of Halvard Mills, Inc. met.", ["Halvard Mills, Inc."]),
    ("The stock of Tern Valley Bancorp, Inc. rose.", ["Tern Valley Bancorp, Inc."]),
    ("About Brisk Foods  Brisk Foods Holdings Inc. makes snacks.", ["Brisk Foods Holdings Inc."]),
    ("He joined First Carrow Bank and Trust Co in 1980.", ["First Carrow Bank and Trust Co"]),
    ("It sold the stake to Mining Co of Tasmania Ltd.", ["Mining Co of Tasmania Ltd."]),
    ("The bank hired Brenner, Loft and Co Inc to advise it.", ["Brenner, Loft and Co Inc"]),
    ("Separately, Corvane Short Term Trust said it would pay.", ["Corvane Short Term Trust"]),
    ("Meanwhile, Osterby Freight Corp cut its fares.", ["Osterby Freight Corp"]),
    ("Last Friday, Dunmore Chemical Corp filed suit.", ["Dunmore Chemical Corp"]),
    ("In March 1986, Pellworth Foods Inc bought the plant.", ["Pellworth Foods Inc"]),
    ("The underwriters are Ashby Securities Inc, Tolland Partners Ltd and Crane Capital Corp.",
     ["Ashby Securities Inc", "Tolland Partners Ltd", "Crane Capital Corp."]),
]


@pytest.mark.parametrize("text,names", ORG_COMMAS)
def test_org_names_and_commas(entities, text, names):
    assert [e.text for e in entities(text) if e.label == "ORG"] == names


def test_a_comma_does_not_join_a_person_to_a_name_word_suffix(entities):
    orgs = [e.text for e in entities("said Karl Meiner, Group treasurer of the firm.") if e.label == "ORG"]
    assert all("Meiner" not in o for o in orgs)
