"""The post-processor: polarity, modality, sections and boilerplate, argument linking, confidence, ids."""

from __future__ import annotations

import pytest


def one(events, event_type):
    found = [e for e in events if e.event_type == event_type]
    assert len(found) == 1, [(e.event_type, e.trigger) for e in events]
    return found[0]


@pytest.mark.parametrize("text,event_type,polarity,modality", [
    ("The company received no margin calls in the quarter.", "MARGIN_CALL", "negated", "asserted"),
    ("The company has not breached its loan covenants.", "DEBT_DEFAULT", "negated", "asserted"),
    ("The company may record an impairment charge next year.", "IMPAIRMENT_WRITEDOWN", "affirmed", "hypothetical"),
    ("If sales weaken, the company could lay off workers.", "LAYOFFS", "affirmed", "hypothetical"),
    ("The company expects to close the plant by June.", "RESTRUCTURING", "affirmed", "forward_looking"),
    ("The company closed the plant in June, but it did not cut jobs elsewhere.", "RESTRUCTURING", "affirmed",
     "asserted"),
    ("Not only did the company post a net loss, it also missed estimates.", "NET_LOSS", "affirmed", "asserted"),
    # 'any' and 'subject to' are hypothetical on their own, negative polarity items under a negation
    ("Any default under the facility would accelerate the notes.", "DEBT_DEFAULT", "affirmed", "hypothetical"),
    ("The lender has not been notified of any default.", "DEBT_DEFAULT", "negated", "asserted"),
    ("The subsidiary is not subject to any insolvency proceedings.", "BANKRUPTCY", "negated", "asserted"),
    ("Completion is subject to approval of the acquisition by regulators.", "ACQUISITION", "affirmed", "hypothetical"),
    ("A net loss is expected for the fourth quarter.", "NET_LOSS", "affirmed", "forward_looking"),
    ("The automaker said no further layoffs are expected this month.", "LAYOFFS", "negated", "asserted"),
    # conditions and predictions
    ("Survival is dependent upon a restructuring of its bank debt.", "DEBT_DEFAULT", "affirmed", "hypothetical"),
    ("The offer is conditional on the company acquiring 90 pct of the shares.", "ACQUISITION", "affirmed",
     "hypothetical"),
    ("The chairman said there will be a write-off in the fourth quarter.", "IMPAIRMENT_WRITEDOWN", "affirmed",
     "forward_looking"),
    ("The company wrote off the investment in the fourth quarter.", "IMPAIRMENT_WRITEDOWN", "affirmed", "asserted"),
    # threats, urgings, odds and designs are not events that happened
    ("The regulator is threatening to revoke the license of the broker.", "LITIGATION_REGULATORY", "affirmed",
     "hypothetical"),
    ("Swap spreads implied a 6% chance of default within five years.", "DEBT_DEFAULT", "affirmed", "hypothetical"),
    ("Lawmakers urged regulators to impose sanctions against the bank.", "LITIGATION_REGULATORY", "affirmed",
     "hypothetical"),
    ("The rights plan is designed to deter a hostile takeover.", "ACQUISITION", "affirmed", "hypothetical"),
    ("The bank demanded immediate payment of the loan.", "DEBT_DEFAULT", "affirmed", "asserted"),
    # a short aside between commas does not end a cue's scope; headline capitals keep contractions as one token
    ("The company expects, however, to receive a delisting notice.", "DELISTING", "affirmed", "forward_looking"),
    ("The company did not, as yet, default on its notes.", "DEBT_DEFAULT", "negated", "asserted"),
    ("ACME HOLDINGS <ACME> WON'T BE DELISTED", "DELISTING", "negated", "asserted"),
    ("The company closed the plant in June, however, and cut jobs.", "RESTRUCTURING", "affirmed", "asserted"),
    # seeking, exploring, arranging and what one can do are not events yet
    ("The board authorized its bankers to seek a business combination.", "ACQUISITION", "affirmed", "hypothetical"),
    ("It retained an adviser to arrange for the sale of the company.", "ASSET_SALE", "affirmed", "hypothetical"),
    ("Above 90 pct the bidder can compulsorily buy the rest of the company.", "ACQUISITION", "affirmed", "hypothetical"),
    ("CANNON <CAN> SELLS STAKE IN VENTURE", "ASSET_SALE", "affirmed", "asserted"),
    ("It will close its Atlanta office and is evaluating other options.", "RESTRUCTURING", "affirmed",
     "asserted"),
    ("Goodwill is evaluated for impairment every year.", "IMPAIRMENT_WRITEDOWN", "affirmed", "hypothetical"),
    # a question asks, it does not assert; only the clause that ends with the question mark
    ("Has a bankruptcy credit event occurred?", "BANKRUPTCY", "affirmed", "hypothetical"),
    ("After the Chapter 11 filing, the panel was asked: will swaps pay out?", "BANKRUPTCY", "affirmed", "asserted"),
])
def test_polarity_and_modality(extract, text, event_type, polarity, modality):
    e = one(extract(text), event_type)
    assert (e.polarity, e.modality) == (polarity, modality)


SAFE_HARBOR_RELEASE = """Acme Holdings Reports Results

DALLAS, Texas, March 3, 2008 /PRNewswire/ -- Acme Holdings, Inc. (NYSE: ACM) reported a net loss of $3.1 million.

Forward-Looking Statements

This press release contains forward-looking statements within the meaning of the Private Securities Litigation
Reform Act. Risks include our ability to continue as a going concern and a possible default under our credit facility.

About Acme Holdings

Acme Holdings makes widgets.
"""


def test_sections_and_boilerplate(extract):
    events = extract(SAFE_HARBOR_RELEASE)
    loss = one(events, "NET_LOSS")
    assert loss.section == "body" and not loss.boilerplate and loss.status == "actual"
    for etype in ("GOING_CONCERN", "DEBT_DEFAULT"):
        e = one(events, etype)
        assert e.section == "forward_looking" and e.boilerplate and e.status == "hypothetical"


@pytest.mark.parametrize("heading", ["About Acme Holdings, Inc.", "About Acme Holdings Corp.", "About Acme Holdings"])
def test_company_profile_heading_ends_the_safe_harbor(extract, heading):
    text = SAFE_HARBOR_RELEASE.replace("About Acme Holdings\n\nAcme Holdings makes widgets.",
                                       heading + "\n\nAcme acquired Bolt Tools Corp. in 2005.")
    e = one(extract(text), "ACQUISITION")
    assert e.section == "about" and not e.boilerplate and e.status == "actual"


def test_sentence_ending_in_a_legal_suffix_is_not_a_heading(extract):
    text = "Acme Reports Results\n\nAcme said it agreed to acquire Bolt Tools Corp.\n\nThe deal closes in May.\n"
    e = one(extract(text), "ACQUISITION")
    assert e.section == "body" and e.status == "actual"


def test_dateline_is_its_own_sentence(extract):
    loss = one(extract(SAFE_HARBOR_RELEASE), "NET_LOSS")
    assert loss.sentence.startswith("Acme Holdings, Inc. (NYSE: ACM) reported")
    assert "Acme Holdings, Inc." in loss.organizations and loss.amount_value == pytest.approx(3.1e6)


@pytest.mark.parametrize("text,event_type,amount,period", [
    ("Acme reported a third quarter 2007 net loss of $1.2 billion, or $15.66 per diluted share.",
     "NET_LOSS", 1.2e9, "2007-Q3"),
    ("The net loss was the result of a $789.4 million provision for loan losses.",
     "CREDIT_LOSS_PROVISION", 789.4e6, ""),
    ("Shr loss 12 cts vs profit 8 cts", "NET_LOSS", 0.12, ""),
    ("For the first nine months of 2007 the company posted a net loss of 3.4 mln dlrs.", "NET_LOSS", 3.4e6, "2007-9M"),
])
def test_amount_and_period_linking(extract, text, event_type, amount, period):
    e = [x for x in extract(text) if x.event_type == event_type][0]
    assert e.amount_value == pytest.approx(amount)
    assert e.period == period




def test_nearer_trigger_owns_the_amount(extract):
    events = extract("The net loss was primarily the result of a $789.4 million provision for loan losses.")
    assert one(events, "NET_LOSS").amount_value is None
    assert one(events, "CREDIT_LOSS_PROVISION").amount_value == pytest.approx(789.4e6)


def test_defined_terms_become_units(extract):
    text = ('Acme Funding Operations ("AFO") was discontinued. Later, the company said AFO had closed its '
            'branches.')
    events = extract(text)
    disc = one(events, "DISCONTINUED_OPERATIONS")
    assert "AFO" in disc.business_units or "Acme Funding Operations" in disc.business_units
    closing = one(events, "RESTRUCTURING")
    assert closing.business_units == ["AFO"]


def test_confidence_orders_by_evidence(extract):
    actual = one(extract("The company reported a net loss of $4 million."), "NET_LOSS")
    hypothetical = one(extract("The company may report a net loss."), "NET_LOSS")
    assert 0 < hypothetical.confidence < actual.confidence < 1


def test_event_ids_are_stable_and_distinct(extract):
    text = "The company laid off 40 workers. It also laid off 12 managers."
    a = extract(text, "doc-1")
    b = extract(text, "doc-1")
    c = extract(text, "doc-2")
    assert [e.event_id for e in a] == [e.event_id for e in b]
    assert len({e.event_id for e in a}) == len(a) == 2
    assert not {e.event_id for e in a} & {e.event_id for e in c}


@pytest.mark.parametrize("code,doc_date,expected", [
    ("XXXX-Q3", "2007-12-20", "2007-Q3"),
    ("XXXX-Q4", "2008-02-14", "2007-Q4"),   # a February release's "fourth quarter" is last year's
    ("XXXX-Q1", "2008-02-14", "2008-Q1"),
    ("XXXX-06", "2007-12-20", "2007-06"),
    ("XXXX-9M", "2007-11-08", "2007-9M"),
    ("XXXX-H2", "2009-03-01", "2008-H2"),
    ("2007-Q3", "2008-02-14", "2007-Q3"),   # a written year is kept
    ("XXXX-Q3", "", "XXXX-Q3"),             # no document date: unchanged
])
def test_periods_without_a_year_take_the_document_date(code, doc_date, expected):
    from riskevents.records import resolve_period

    assert resolve_period(code, doc_date) == expected


def test_release_period_is_dated_by_its_dateline(extract):
    text = ("Acme Reports Results\n\nDALLAS, Texas, Feb. 14, 2008 /PRNewswire/ -- Acme Corp reported a net loss of "
            "$3 million for the fourth quarter.\n")
    loss = one(extract(text), "NET_LOSS")
    assert loss.period == "2007-Q4"


ONE_PER_CLAUSE = [
    # the same lawsuit named twice in one clause, the second 15 tokens after the first: one mention
    ("A federal judge in Denver ruled against Harlan Foods Corp in its long-running appeal of a 1984 jury verdict over "
     "patent infringement.", ["ruled against"]),
    # two clauses joined by ', and': two mentions
    ("A federal judge ruled against Harlan Foods Corp on Monday, and a jury in Ohio returned a verdict over patent "
     "infringement against its Dayton unit.", ["ruled", "verdict over patent infringement"]),
]


@pytest.mark.parametrize("text,triggers", ONE_PER_CLAUSE)
def test_one_mention_per_type_per_clause(extract, text, triggers):
    got = [e.trigger for e in extract(text) if e.event_type == "LITIGATION_REGULATORY"]
    assert len(got) == len(triggers), got
    for want, trig in zip(triggers, got):
        assert want in trig
