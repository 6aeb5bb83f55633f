"""Saving Docs the pipeline made: ``doc.to_bytes()``, ``Doc.from_bytes`` and ``DocBin(store_user_data=True)``.

The components keep plain dataclasses in ``doc.user_data`` (the layout blocks, the sections, and the entity and
event records behind ``doc._.riskevents_*``), which msgpack cannot write by itself. spaCy writes ``user_data`` with
srsly's msgpack, whose encoders and decoders are registries: this module registers one pair for those classes (a
class name and its fields; read back as the same class). Registered when ``riskevents.extensions`` is imported, as
every component does. ``DocBin`` reads the lists around the records back as tuples (spaCy's choice for all user
data).
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from functools import cache
from typing import Any, Callable

from srsly import msgpack_decoders, msgpack_encoders

_TAG = "__riskevents__"


@cache  # (imported on first use: the components import this module)
def _classes() -> dict[str, type]:
    from .components.sections import Section
    from .layout import Block
    from .records import EntityRecord, EventRecord

    return {cls.__name__: cls for cls in (Block, Section, EntityRecord, EventRecord)}


def encode(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    if is_dataclass(obj) and not isinstance(obj, type):
        classes = _classes()
        if classes.get(type(obj).__name__) is type(obj):
            return {_TAG: type(obj).__name__, "fields": {f.name: getattr(obj, f.name) for f in fields(obj)}}
    return obj if chain is None else chain(obj)


def decode(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    if isinstance(obj, dict) and _TAG in obj:
        cls = _classes().get(obj[_TAG])
        if cls is not None:  # (DocBin reads lists as tuples; the records hold lists)
            return cls(**{k: list(v) if isinstance(v, tuple) else v for k, v in obj["fields"].items()})
    return obj if chain is None else chain(obj)


msgpack_encoders.register("riskevents", func=encode)
msgpack_decoders.register("riskevents", func=decode)

__all__ = ["encode", "decode"]
