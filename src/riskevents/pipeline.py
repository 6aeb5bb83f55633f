"""Building the spaCy pipeline from a config in ``pipelines/`` (or loading a saved one)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import spacy
from spacy import util
from spacy.language import Language

from . import paths
from .errors import RiskEventsError, UsageError

# Importing the modules registers the factories even when the package's entry points are not installed.
from .components import entity_rules, event_builder, event_rules, lemmatizer, sections, sentences  # noqa: F401
from . import tokenizer  # noqa: F401


def load(pipeline: str | Path | None = None, overrides: dict[str, Any] | None = None) -> Language:
    """The riskevents pipeline: a config file (default ``pipelines/press_release.cfg``) or a saved pipeline folder.

    ``overrides`` are spaCy config overrides, e.g. ``{"paths.patterns": "my_patterns"}``.
    """
    overrides = dict(overrides or {})
    path = Path(pipeline) if pipeline else paths.default_pipeline()
    if not path.exists():
        raise UsageError(f"[E101] pipeline not found: {path}")
    if path.is_dir():
        try:
            return spacy.load(path, config=overrides)
        except Exception as e:  # spaCy raises a variety of errors for broken folders
            raise UsageError(f"[E102] cannot load saved pipeline {path}: {e}") from e
    try:
        config = util.load_config(path, overrides=overrides, interpolate=False)
    except Exception as e:
        raise UsageError(f"[E103] cannot read pipeline config {path}: {e}") from e
    if config["paths"].get("patterns") in (None, "", "null"):
        config["paths"]["patterns"] = str(paths.patterns_dir())
    try:
        nlp = util.load_model_from_config(config, auto_fill=True, validate=True)
    except RiskEventsError:
        raise
    except Exception as e:
        raise UsageError(f"[E104] invalid pipeline config {path}: {e}") from e
    nlp.initialize()
    return nlp
