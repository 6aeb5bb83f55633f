"""The unit that flows through riskevents: a document with an id, its text exactly as read, and metadata."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Document:
    id: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Failure:
    """A document (or input) that could not be processed: listed in the errors file, never silently lost."""

    source: str
    reason: str
    doc_id: str = ""
