"""The founding example: Impac Mortgage Holdings' Q3 2007 release (read from ../shared, skipped when absent).

Each case names an event the release states, the words of its trigger or sentence, and the linked values; the
extractor must produce it as an actual event (affirmed, asserted, not boilerplate) unless the case says otherwise.
"""

from __future__ import annotations

import pytest

from conftest import shared_file


@pytest.fixture(scope="module")
def seed_events(extract):
    path = shared_file("impac-2007q3-press-release.txt")
    with open(path, encoding="utf-8", newline="") as fh:
        text = fh.read()
    return text, extract(text, "impac-2007q3-press-release.txt")


def find(events, event_type, sentence_has, trigger_has=None, **expected):
    found = [e for e in events if e.event_type == event_type and sentence_has in e.sentence
             and (trigger_has is None or trigger_has in e.trigger)
             and all(getattr(e, k) == v for k, v in expected.items())]
    assert found, f"no {event_type} with {sentence_has!r} / {trigger_has!r} / {expected}: " + "; ".join(
        f"{e.event_type}:{e.trigger}:{e.status}:{e.amount_text}" for e in events if e.event_type == event_type)
    return found


ACTUAL = dict(polarity="affirmed", modality="asserted", boilerplate=False)


@pytest.mark.parametrize("event_type,sentence_has,trigger_has,expected", [
    ("NET_LOSS", "reports third quarter 2007 net loss", "net loss",
     dict(amount_value=1.2e9, currency="USD", period="2007-Q3")),
    ("CREDIT_LOSS_PROVISION", "primarily the result of a", "provision for loan losses",
     dict(amount_value=789.4e6, currency="USD")),
    ("IMPAIRMENT_WRITEDOWN", "Included in the net loss", "mark-to-market loss", dict(amount_value=137.6e6)),
    ("MARGIN_CALL", "significant margin calls during the third quarter of 2007", "margin call",
     dict(period="2007-Q3")),
    ("LIQUIDITY_STRESS", "reverse repurchase lines of credit", "reduced", dict(amount_value=924.0e6)),
    ("DIVIDEND_CUT", "did not declare a cash dividend on our common stock", "did not declare", {}),
    ("NEGATIVE_EQUITY", "the Company has negative net worth", "negative net worth", {}),
    ("NEGATIVE_EQUITY", "the Company reported a stockholders' deficit", "stockholders' deficit", {}),
    ("LAYOFFS", "including reducing staff and lease costs", "reducing staff", {}),
    ("ACQUISITION", "which was acquired at the end of May 2007", "acquired", {}),
    ("RESTRUCTURING", "has closed substantially all of its mortgage operations", "closed", {}),
    ("RESTRUCTURING", "re-size the organization", "re-size", {}),
    ("GOING_CONCERN", "the ability of the Company to continue is dependent upon many factors", "ability", {}),
])
def test_actual_events_with_linked_values(seed_events, event_type, sentence_has, trigger_has, expected):
    _, events = seed_events
    found = find(events, event_type, sentence_has, trigger_has, **ACTUAL)
    for key, value in expected.items():
        assert any(getattr(e, key) == pytest.approx(value) if isinstance(value, float) else getattr(e, key) == value
                   for e in found), (key, value, [(e.trigger, getattr(e, key)) for e in found])


@pytest.mark.parametrize("units", [["IFC", "ISAC"], ["ICCG"], ["IWLG"]])
def test_discontinued_operations_linked_to_each_unit(seed_events, units):
    _, events = seed_events
    found = [e for e in events if e.event_type == "DISCONTINUED_OPERATIONS" and e.business_units == units
             and e.status == "actual"]
    assert found, [(e.sentence[:60], e.business_units) for e in events if e.event_type == "DISCONTINUED_OPERATIONS"]


def test_going_concern_in_safe_harbor_is_boilerplate(seed_events):
    _, events = seed_events
    found = find(events, "GOING_CONCERN", "ability to continue as a going concern", "going concern")
    assert all(e.boilerplate and e.section == "forward_looking" and e.status == "hypothetical" for e in found)


def test_expected_sale_or_wind_down_is_forward_looking(seed_events):
    _, events = seed_events
    found = [e for e in events if "expects to sell or wind down its remaining retail platform" in e.sentence
             and e.start_char >= e.sentence_start]
    assert found and all(e.modality == "forward_looking" and e.status == "hypothetical" for e in found)


def test_offsets_index_the_text_as_read(seed_events):
    text, events = seed_events
    for e in events:
        assert text[e.start_char:e.end_char] == e.trigger
        assert text[e.sentence_start:e.sentence_end] == e.sentence
        if e.amount_start is not None:
            assert text[e.amount_start:e.amount_end] == e.amount_text


def test_section_headings_are_not_mentions(seed_events):
    text, events = seed_events
    heading = text.index("Discontinued Operations\n")
    assert not [e for e in events if e.start_char == heading]
    assert not [e for e in events if e.trigger.startswith("margin call exposure")]
