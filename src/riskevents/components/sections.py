"""Press-release sectionizer: which section each character of the document is in.

Sections: headline, dateline, body, table, forward_looking (Forward-Looking Statements / Safe Harbor), about,
contact. A heading line switches the running section by the heading rules of ``patterns/sections.jsonl``; a
paragraph carrying a safe-harbor cue ("forward-looking statements within the meaning of ...") switches to
forward_looking even without a heading; table rows are "table" without changing the running section.
Mentions inside forward_looking text are boilerplate.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions as ext
from ..layout import blocks_of, text_of
from ..patterns import rules_of_kind
from .base import RuleComponent

BOILERPLATE_SECTIONS = frozenset({"forward_looking"})


@dataclass(frozen=True)
class Section:
    start: int
    end: int
    kind: str
    title: str


class Sectionizer(RuleComponent):
    def __init__(self, nlp: Language, name: str = "riskevents_sections") -> None:
        super().__init__(nlp, name)
        self.headings: list[tuple[str, str, str]] = []  # (lowercase prefix, section kind, rule id)
        self.cues: list[tuple[str, str, str]] = []

    def set_rules(self, rules: list[dict[str, Any]]) -> None:
        self._store(rules)
        self.headings = sorted(((p.lower(), r["section"], r["id"]) for r in rules_of_kind(rules, "heading")
                                for p in r["phrases"]), key=lambda t: -len(t[0]))
        self.cues = [(p.lower(), r["section"], r["id"]) for r in rules_of_kind(rules, "paragraph_cue")
                     for p in r["phrases"]]

    def heading_section(self, line: str) -> str | None:
        low = " ".join(line.lower().split())
        for prefix, kind, _ in self.headings:
            if low.startswith(prefix):
                return kind
        return None

    def sections(self, text: str, blocks: list, initial: str = "body") -> list[Section]:
        out: list[Section] = []
        current, title = initial, ""
        for block in blocks:
            chunk = text[block.start:block.end]
            if block.kind in ("headline", "dateline"):
                out.append(Section(block.start, block.end, block.kind, ""))
                continue
            if block.kind == "heading":
                kind = self.heading_section(chunk)
                current, title = (kind or "body"), chunk
                out.append(Section(block.start, block.end, current, title))
                continue
            kind = self.heading_section(chunk) if block.kind == "para" else None
            if kind in ("contact",):  # "CONTACT: ..." and "SOURCE ..." lines open the contact block inline
                current, title = kind, chunk.split(":")[0][:40]
            else:
                low = chunk[:400].lower()
                for cue, cue_kind, _ in self.cues:
                    if cue in low:
                        current, title = cue_kind, title if current == cue_kind else ""
                        break
            kind = "table" if block.kind == "table_row" else current
            out.append(Section(block.start, block.end, kind, title))
        return out

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            initial = doc.user_data.get("riskevents.initial_section", "body")
            doc._.set(ext.SECTIONS, self.sections(text_of(doc), blocks_of(doc), initial))
        except Exception as e:
            error_handler(self.name, self, [doc], e)
        return doc


@Language.factory("riskevents_sections", assigns=["doc._.riskevents_sections"], default_config={})
def make_sectionizer(nlp: Language, name: str) -> Sectionizer:
    return Sectionizer(nlp, name)
