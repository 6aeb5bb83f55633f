"""Where the shipped pipeline configs and pattern files are.

In a wheel they are packaged under ``riskevents/data``; in a source checkout (editable install) they are the
repository's top-level ``pipelines/`` and ``patterns/`` folders.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

DEFAULT_PIPELINE = "press_release.cfg"


def _data_dir(name: str) -> Path:
    packaged = Path(str(resources.files("riskevents"))) / "data" / name
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"riskevents data folder '{name}' not found (looked in {packaged} and {checkout})")


def patterns_dir() -> Path:
    return _data_dir("patterns")


def pipelines_dir() -> Path:
    return _data_dir("pipelines")


def default_pipeline() -> Path:
    return pipelines_dir() / DEFAULT_PIPELINE
