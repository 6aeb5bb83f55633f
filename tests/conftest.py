"""Shared fixtures: one pipeline per test session (building it reads all pattern files), paths to shared corpora."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPORA = SHARED / "corpora"
SEED = CORPORA / "impac-2007q3-press-release.txt"


def shared_file(name: str) -> Path:
    """A file of ../shared/corpora, or a clean skip when ../shared is absent."""
    path = CORPORA / name
    if not path.exists():
        pytest.skip(f"../shared/corpora/{name} is not available")
    return path


@pytest.fixture(scope="session")
def nlp():
    import riskevents

    return riskevents.load()


@pytest.fixture(scope="session")
def extract(nlp):
    """extract(text) -> list of EventRecords."""
    from riskevents import Document, process_document

    def run(text: str, doc_id: str = "t"):
        return process_document(nlp, Document(doc_id, text)).events

    return run


@pytest.fixture(scope="session")
def entities(nlp):
    """entities(text) -> list of EntityRecords."""
    from riskevents import Document, process_document

    def run(text: str):
        return process_document(nlp, Document("t", text)).entities

    return run


def assert_events(events, expected) -> None:
    """The rule tables' check: every (type, words in the trigger, status) of ``expected`` is among ``events``; a row
    ("!", TYPE, "") says TYPE must not fire, ("!", TYPE, word) that no TYPE trigger contains word; an empty
    ``expected`` means no event at all."""
    got = [(e.event_type, e.trigger, e.status) for e in events]
    for etype, trigger_part, status in expected:
        if etype == "!" and status:
            assert not [t for t, trig, _ in got if t == trigger_part and status.lower() in trig.lower()], \
                f"{trigger_part} '{status}' must not fire: {got}"
            continue
        if etype == "!":
            assert trigger_part not in {t for t, _, _ in got}, f"{trigger_part} must not fire: {got}"
            continue
        assert any(t == etype and trigger_part.lower() in trig.lower() and s == status for t, trig, s in got), \
            f"expected {etype} '{trigger_part}' [{status}] in {got}"
    if not expected:
        assert got == [], f"expected no events, got {got}"
