"""The post-processor: trigger spans -> event records (arguments, polarity, modality, section, confidence).

How it decides (also in docs/extraction.md):

- **Mentions, not headings.** A trigger inside a section heading line ("Discontinued Operations") is not a mention
  (taxonomy, hard cases); a headline is.
- **Polarity and modality** (ConText-style, cues from ``patterns/context.jsonl``; the words that make a clause, a
  definite noun phrase or a verb of saying from ``patterns/builder_words.jsonl``): a NEGATED, HYPOTHETICAL or
  FORWARD_LOOKING cue applies to a trigger in its sentence when it is within ``max_scope`` tokens in its
  ``direction`` and no TERMINATE cue (but, however, ";", ...) stands between them. Cue words inside the trigger itself
  ("did not declare ... dividend" is a DIVIDEND_CUT) do not count; PSEUDO cues ("not only") cancel the cues they
  overlap. Hypothetical wins over forward-looking.
- **Section / boilerplate** from the sectionizer: a mention in forward_looking (safe-harbor) text is boilerplate.
- **Arguments** from the trigger's sentence: the amount is the MONEY entity closest to the trigger (after it at
  distance d, or before it at 1.5 d + 1 tokens, at most ``max_link_distance``) that no other trigger of the
  sentence is closer to; a per-share amount only when no total amount is available. Period and date: the nearest
  DATE entity of unit period / date. Business units and organizations: all of the sentence's, in order.
- **Lists**: a trigger in a sentence that ends with ":" and is followed by bullet items gives one record per item,
  with the item as the sentence and its arguments ("discontinued the following businesses: - ... by IFC and ISAC").
- **Confidence**: logit(c) = logit(prior of the rule) + sum of the weights of the features present
  (``confidence_weights`` in the config). A calibration file (``riskevents calibrate``) replaces prior and weights with
  estimates from review decisions.
"""

from __future__ import annotations

import bisect
import json
import math
from pathlib import Path
from typing import Any, NamedTuple

import numpy
from spacy.attrs import IDX, ORTH, SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .. import extensions as ext
from ..layout import blocks_of, text_of
from ..errors import PatternError
from ..patterns import WORD_LISTS, rules_of_kind
from ..records import EntityRecord, EventRecord
from .base import RuleComponent, is_in
from .sections import BOILERPLATE_SECTIONS, Section

DEFAULT_WEIGHTS = {
    "negated": -0.4,
    "hypothetical": -0.3,
    "forward_looking": -0.3,
    "boilerplate": -0.5,
    "table": -0.2,
    "headline": 0.2,
    "amount_linked": 0.3,
}
AMOUNT_TYPES = {"NET_LOSS", "CREDIT_LOSS_PROVISION", "IMPAIRMENT_WRITEDOWN"}
_ASIDE_MAX = 3  # tokens
_LIST_ITEM = 6  # tokens: the longest item of an enumeration whose commas a cue's scope crosses


class Words(NamedTuple):
    """The builder's word lists (patterns/builder_words.jsonl, kind ``word_list``; what each is for is in its note).
    Two are composed here, so that no word is listed twice: the verbs of saying (``reporting``) open a clause and
    make a following 'that' a complementizer, so ``clause_openers`` and ``saying`` are the file's lists of those
    names plus ``reporting``."""
    punct_terminators: frozenset[str]  # ; : end every cue's scope
    clause_words: frozenset[str]  # make a stretch between commas a clause, not a list item
    modal_asides: frozenset[str]  # adverbs between a modal and its verb
    verb_before: frozenset[str]  # before a trigger, make it a verb ('might bid', 'to offer')
    indefinite: frozenset[str]  # 'a merger'
    definite: frozenset[str]  # 'the merger', 'its offer'
    possessive: frozenset[str]  # "Emery's takeover"
    clause_breaks: frozenset[str]  # between two triggers of a type: two mentions; end a determiner's reach
    coordinators: frozenset[str]  # before a cue after the trigger: a new clause
    reporting: frozenset[str]  # verbs of saying and believing
    clause_openers: frozenset[str]  # reporting | clause_openers: after them an 'if' opens its own clause
    saying: frozenset[str]  # reporting | saying: after them 'that' opens a clause
    counterparty_articles: frozenset[str]  # 'to the U.S.'s Reynolds Metals'
    price_openers: frozenset[str]  # 'for about 387 mln dlrs' (compared as written)


def words_of(rules: list[dict[str, Any]]) -> Words:
    """The word lists of the ``word_list`` rules; a list given on several lines is their union. Every list must be
    given (a missing one is a pattern error naming the files read)."""
    lists: dict[str, set[str]] = {}
    for r in rules_of_kind(rules, "word_list"):
        lists.setdefault(r["list"], set()).update(r["surface"])
    missing = [name for name in WORD_LISTS if name not in lists]
    if missing:
        def files(rs: list[dict[str, Any]]) -> list[str]:
            return sorted({r["_source"].rsplit(":", 1)[0] for r in rs if "_source" in r})

        where = files(rules_of_kind(rules, "word_list")) or files(rules)
        raise PatternError(", ".join(where) or "the event builder's patterns", None,
                           f"missing word list(s) {', '.join(missing)} (kind word_list, read by the event builder: "
                           "see patterns/README.md)")
    words = {name: frozenset(ws) for name, ws in lists.items()}
    words["clause_openers"] = words["reporting"] | words["clause_openers"]
    words["saying"] = words["reporting"] | words["saying"]
    return Words(**words)


def _speaks_of(cue: dict[str, Any], label: str) -> bool:
    """Does the cue say something of events of this type? ``types`` limits a cue to some event types ('offering to
    sell' makes a sale hypothetical); ``not_types`` keeps it off some ('expects lower earnings' is the warning)."""
    return ("types" not in cue or label in cue["types"]) and label not in cue.get("not_types", ())


class Stops(NamedTuple):
    """Token positions where a cue's scope ends, once per Doc, sorted for bisect."""
    terminators: list[int]  # TERMINATE cues and ; : (every cue)
    commas: list[int]  # (cues marked "clause": "comma")
    punct: list[int]  # ; : themselves, short asides included
    lists: list[tuple[int, int]]  # enumerations 'A, B and C': (first comma, end of the last item), sorted
    said_asides: list[int]  # the opening commas of short asides with a verb of saying (', Sprinkel said,')


def _enumerations(doc: Doc, commas: list[int], punct: list[int],
                  clause_words: frozenset[str]) -> list[tuple[int, int]]:
    """Enumerations of short items ('staff reductions, plant closures and the sale of two units', 'refinancing
    debt, business acquisitions or investments'): commas each followed by an item of at most _LIST_ITEM tokens,
    the last one closed by 'and' / 'or' and a last item. Returned as (first comma, end of the last item). A cue whose
    scope reaches the first item reaches every item: its commas do not end the scope. An item with a subject pronoun,
    an auxiliary or a reporting verb (``clause_words``) is a clause, not a list item ('expects a profit, it said and
    ...')."""
    out: list[tuple[int, int]] = []
    n = len(doc)
    i = 0
    while i < len(commas):
        c1 = commas[i]
        j = i
        end = None
        while True:
            c = commas[j]
            nxt = commas[j + 1] if j + 1 < len(commas) else n
            k = c + 1
            limit = min(nxt, c + 1 + _LIST_ITEM + 1, n)
            conj = None
            bad = False
            while k < limit:
                w = doc[k].lower_
                if doc[k].is_punct and w not in ("-", "'s") or _stopped(punct, k, k + 1):
                    break
                if w in ("and", "or"):
                    conj = k
                    break
                if w in clause_words:
                    bad = True
                    break
                k += 1
            if bad:
                break
            if conj is not None and (conj > c + 1 or j > i):  # 'A, B and C' / 'A, B, and C'; not 'A, and B'
                m = conj + 1
                while m < n and m - conj <= _LIST_ITEM and not doc[m].is_punct and doc[m].lower_ not in clause_words:
                    m += 1
                if m - conj > 1 and (m >= n or doc[m].is_punct or doc[m].lower_ not in clause_words):
                    end = m
                break
            if nxt < n and nxt - c - 1 <= _LIST_ITEM and nxt - c > 1 and k == nxt:  # another comma-item
                j += 1
                continue
            break
        if end is not None:
            out.append((c1, end))
            i = j + 1
        else:
            i += 1
    return out


def _first_at_or_after(positions: list[int], lo: int) -> int | float:
    """The first position >= lo (infinity when there is none)."""
    i = bisect.bisect_left(positions, lo)
    return positions[i] if i < len(positions) else math.inf


def _stopped(positions: list[int], lo: int, hi: int) -> bool:
    """Is there a position in [lo, hi)?"""
    return _first_at_or_after(positions, lo) < hi


def _is_question(doc: Doc, t: Span, s1: int, punct: list[int]) -> bool:
    """A trigger in a clause that ends with a question mark: the question asks whether the event happens, it does
    not assert it ('Has a credit event occurred?'). The question's clause starts after the last ':' or ';'."""
    for i in range(s1 - 1, t.end - 1, -1):
        text = doc[i].text
        if doc[i].is_space or text in ('"', "'", "\u201d", "\u2019", ")"):
            continue
        return text == "?" and not _stopped(punct, t.end, s1)
    return False


def _features(polarity: str, modality: str, section: str, boilerplate: bool, amount_linked: bool) -> dict[str, bool]:
    """The record's confidence features (the names of the pipeline config's ``confidence_weights``)."""
    return {
        "negated": polarity == "negated",
        "hypothetical": modality == "hypothetical",
        "forward_looking": modality == "forward_looking",
        "boilerplate": boilerplate,
        "table": section == "table",
        "headline": section == "headline",
        "amount_linked": amount_linked,
    }


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


class EventBuilder(RuleComponent):
    # event types whose headline says no more than its lead: 'REID-ASHMAN TO DIVEST TEST PRODUCT UNIT' over 'said it has
    # decided to divest its test products division' (no buyer: hypothetical, annotation guide)
    HEADLINE_FOLLOWS_LEAD = ("ASSET_SALE", "RESTRUCTURING", "LAYOFFS")

    def __init__(self, nlp: Language, name: str = "riskevents_event_builder", *, rules_component: str,
                 confidence_weights: dict[str, float], max_link_distance: int, calibration: str | None) -> None:
        super().__init__(nlp, name)
        self.rules_component = rules_component
        self.weights = {**DEFAULT_WEIGHTS, **(confidence_weights or {})}
        self.max_link_distance = max_link_distance
        self.merge_window = 20
        self.calibration: dict[str, Any] | None = None
        if calibration:
            self.load_calibration(calibration)
        self.cue_lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.cue_lemma = PhraseMatcher(nlp.vocab, attr="LEMMA")
        self.cue_orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.cue_info: dict[str, dict[str, Any]] = {}
        self.words: Words | None = None  # set by set_rules (patterns/builder_words.jsonl)
        self._punct_hashes = numpy.zeros(0, dtype=numpy.uint64)  # the ORTH hashes of words.punct_terminators, sorted

    # ---- rules and calibration --------------------------------------------------------------------------------
    def set_rules(self, rules: list[dict[str, Any]]) -> None:
        self.words = words_of(rules)
        self._punct_hashes = numpy.array(sorted(self.nlp.vocab.strings.add(p) for p in self.words.punct_terminators),
                                         dtype=numpy.uint64)
        self._store(rules)
        self.cue_lower = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.cue_lemma = PhraseMatcher(self.nlp.vocab, attr="LEMMA")
        self.cue_orth = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self.cue_info = {}
        rules_comp = self._rules()
        for r in rules_of_kind(rules, "cue"):
            attr = r.get("attr", "LOWER")
            matcher = {"LEMMA": self.cue_lemma, "ORTH": self.cue_orth}.get(attr, self.cue_lower)
            docs = [rules_comp._pattern_doc(p, attr) if rules_comp else self.nlp.make_doc(p) for p in r["phrases"]]
            matcher.add(r["id"], docs)
            self.cue_info[r["id"]] = r

    def load_calibration(self, path: str | Path) -> None:
        with open(path, encoding="utf-8") as fh:
            self.calibration = json.load(fh)

    def _rules(self) -> Any:
        try:
            return self.nlp.get_pipe(self.rules_component)
        except KeyError:
            return None

    # ---- the component ----------------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            doc._.set(ext.EVENTS, self.build(doc))
        except Exception as e:
            error_handler(self.name, self, [doc], e)
        return doc

    def build(self, doc: Doc) -> list[EventRecord]:
        triggers = list(doc.spans[ext.TRIGGERS]) if ext.TRIGGERS in doc.spans else []
        if not triggers:
            return []
        blocks = blocks_of(doc)
        block_starts = [b.start for b in blocks]
        sections: list[Section] = doc._.get(ext.SECTIONS) or []
        section_starts = [s.start for s in sections]
        entities: list[EntityRecord] = doc._.get(ext.ENTITIES) or []
        idx = doc.to_array([IDX]).reshape(-1)
        ent_tok = [(int(numpy.searchsorted(idx, e.start_char, side="right")) - 1,
                    int(numpy.searchsorted(idx, e.end_char, side="left"))) for e in entities]
        ent_starts = [e.start_char for e in entities]
        sent_flags = doc.to_array([SENT_START]).reshape(-1).astype("int64") == 1
        sent_flags[0] = True
        sent_starts = numpy.flatnonzero(sent_flags)
        sent_ends = numpy.append(sent_starts[1:], len(doc))
        sent_of = numpy.cumsum(sent_flags) - 1
        cues = self._cues(doc)
        stops = self._stops(doc, cues)
        rules_comp = self._rules()

        def block_at(char: int):
            i = bisect.bisect_right(block_starts, char) - 1
            return blocks[i] if i >= 0 and blocks[i].start <= char < blocks[i].end else None

        def section_at(char: int) -> Section | None:
            i = bisect.bisect_right(section_starts, char) - 1
            return sections[i] if i >= 0 else None

        def sentence_bounds(sid: int) -> tuple[int, int]:
            return int(sent_starts[sid]), int(sent_ends[sid])

        def entities_in(s0: int, s1: int) -> list[int]:
            a = bisect.bisect_left(ent_starts, doc[s0].idx)
            b = bisect.bisect_left(ent_starts, doc[s1 - 1].idx + len(doc[s1 - 1].text)) if s1 > s0 else a
            return list(range(a, b))

        triggers = [t for t in triggers if (block_at(t.start_char) is None or block_at(t.start_char).kind != "heading")]
        triggers = self._one_per_clause(doc, triggers, sent_of, block_at)
        by_sentence: dict[int, list[Span]] = {}
        for t in triggers:
            by_sentence.setdefault(int(sent_of[t.start]), []).append(t)

        records: list[EventRecord] = []
        for t in triggers:
            sid = int(sent_of[t.start])
            s0, s1 = sentence_bounds(sid)
            polarity, modality, cue_ids = self._context(t, s0, s1, cues, stops)
            sec = section_at(t.start_char)
            section = sec.kind if sec else "body"
            block = block_at(t.start_char)
            if block is not None and block.kind == "table_row":
                section = "table"
            boilerplate = section in BOILERPLATE_SECTIONS
            prior = rules_comp.prior(t.id_) if rules_comp else 0.8
            targets = [(s0, s1)]
            list_items = self._list_items(doc, sid, sent_starts, sent_ends, blocks, block_at)
            if list_items:
                targets = list_items
            for a0, a1 in targets:
                same_sentence = [o for o in by_sentence.get(int(sent_of[a0]), []) if o is not t]
                rec = self._record(doc, t, a0, a1, same_sentence, entities, ent_tok, entities_in(a0, a1),
                                   polarity, modality, section, sec.title if sec else "", boilerplate, prior, cue_ids)
                records.append(rec)
        self._headline_follows_lead(records, rules_comp, text_of(doc))
        return records

    def _headline_follows_lead(self, records: list[EventRecord], rules_comp, text: str) -> None:
        """A headline in the infinitive ('X TO SELL UNIT', 'X TO CUT COSTS') states the story's lead, whose wording
        decides the status: when every mention of the headline's type in the lead (the first body sentence with a
        mention) is hypothetical ('said it has decided to divest its test products division', 'is studying measures
        to cut operating costs'), an asserted headline mention of that type is hypothetical too."""
        body = [r for r in records if r.section not in ("headline", "table")]
        if not body:
            return
        lead_start = min(r.sentence_start for r in body)
        for rec in records:
            if (rec.section != "headline" or rec.event_type not in self.HEADLINE_FOLLOWS_LEAD or rec.cues
                    or rec.polarity != "affirmed" or rec.modality != "asserted"):
                continue
            before = [w.upper() for w in text[max(0, rec.start_char - 8):rec.start_char].split()]
            if before[-1:] != ["TO"] and before[-2:] != ["TO", "BE"]:  # the infinitive: 'TO SELL', 'TO BE PRIVATISED'
                continue
            lead = [r for r in body if r.sentence_start == lead_start and r.event_type == rec.event_type]
            if not lead or any(r.modality != "hypothetical" for r in lead):
                continue
            rec.modality = "hypothetical"
            rec.cues = ["headline_lead"]
            prior = rules_comp.prior(rec.rule_id) if rules_comp else 0.8
            features = _features(rec.polarity, rec.modality, rec.section, rec.boilerplate,
                                 bool(rec.amount_text) and rec.event_type in AMOUNT_TYPES)
            rec.confidence = self.confidence(rec.rule_id, prior, features, rec.section)

    def _one_per_clause(self, doc: Doc, triggers: list[Span], sent_of, block_at) -> list[Span]:
        """One mention per event type per clause (the annotation guide's unit): a second trigger of the same type
        within ``merge_window`` tokens of the first in the same sentence, with no clause break or comparison word
        between them ("; , and but vs compared from"), repeats the first and is dropped. Table rows keep each
        trigger ("Shr loss 21 cts vs loss 7 cts" states two losses)."""
        kept: list[Span] = []
        last_by_type: dict[str, Span] = {}
        clause_breaks = self.words.clause_breaks
        for t in sorted(triggers, key=lambda sp: (sp.start, sp.end)):
            prev = last_by_type.get(t.label_)
            if (prev is not None and int(sent_of[prev.start]) == int(sent_of[t.start])
                    and 0 <= t.start - prev.end <= self.merge_window
                    and not any(tok.lower_ in clause_breaks for tok in doc[prev.end:t.start])):
                block = block_at(t.start_char)
                if block is None or block.kind != "table_row":
                    if t.start - prev.end <= 1 and t.end > prev.end:  # adjacent: one longer trigger
                        merged = Span(doc, prev.start, t.end, label=prev.label_, span_id=prev.id_)
                        kept[kept.index(prev)] = merged
                        last_by_type[t.label_] = merged
                    continue
            last_by_type[t.label_] = t
            kept.append(t)
        return kept

    def _list_items(self, doc: Doc, sid: int, sent_starts, sent_ends, blocks, block_at) -> list[tuple[int, int]]:
        s0, s1 = int(sent_starts[sid]), int(sent_ends[sid])
        if not doc[s0:s1].text.rstrip().endswith(":"):
            return []
        items: list[tuple[int, int]] = []
        nxt = sid + 1
        while nxt < len(sent_starts):
            a0, a1 = int(sent_starts[nxt]), int(sent_ends[nxt])
            first = next((tok for tok in doc[a0:a1] if not tok.is_space), None)
            block = block_at(first.idx) if first is not None else None
            if block is None or block.kind != "bullet" or first.idx != block.start:
                break
            items.append((a0, a1))
            nxt += 1
        return items

    # ---- context ----------------------------------------------------------------------------------------------
    def _cues(self, doc: Doc) -> list[tuple[int, int, dict[str, Any]]]:
        strings = self.nlp.vocab.strings
        found = []
        for matcher in (self.cue_lower, self.cue_lemma, self.cue_orth):
            for match_id, s, e in matcher(doc):
                found.append((s, e, self.cue_info[strings[match_id]]))
        pseudo = [(s, e) for s, e, r in found if r["category"] == "PSEUDO"]
        if pseudo:
            found = [(s, e, r) for s, e, r in found
                     if r["category"] == "PSEUDO" or not any(ps <= s and e <= pe for ps, pe in pseudo)]
        found.sort(key=lambda c: c[0])
        return found

    def _stops(self, doc: Doc, cues) -> Stops:
        orth = doc.to_array(ORTH).reshape(-1)  # token text hashes: one array, no Python per token
        strings = doc.vocab.strings
        punct: list[int] = numpy.flatnonzero(is_in(orth, self._punct_hashes)).tolist()
        commas: list[int] = numpy.flatnonzero(orth == strings.add(",")).tolist()
        terminators = {s for s, e, r in cues if r["category"] == "TERMINATE"} | set(punct)
        # a short aside between two commas ("expects, however, to", "has not, as yet, filed") does not end a scope
        aside: set[int] = set()
        said_asides: list[int] = []  # ', Sprinkel said,': the end of a question before it (embedded if-clauses)
        for a, b in zip(commas, commas[1:]):
            if b - a <= _ASIDE_MAX + 1 and not _stopped(punct, a + 1, b):
                aside.update(range(a, b + 1))
                if any(tok.lower_ in self.words.reporting for tok in doc[a + 1:b]):
                    said_asides.append(a)
        if aside:
            commas = [c for c in commas if c not in aside]
            terminators = {t for t in terminators if t not in aside}
        return Stops(sorted(terminators), commas, punct, _enumerations(doc, commas, punct, self.words.clause_words),
                     said_asides)

    def _context(self, t: Span, s0: int, s1: int, cues, stops: Stops) -> tuple[str, str, list[str]]:
        def stopped(lo: int, hi: int, clause: bool) -> bool:  # a stop in [lo, hi)?
            return _stopped(stops.terminators, lo, hi) or (clause and _stopped(stops.commas, lo, hi))

        negated = False
        denied: set[str] = set()  # categories a denial ends ('denied reports that it may buy': "ends" on a NEGATED cue)
        asserted = False  # an ASSERTED cue ('the previously announced acquisition') presupposes the event
        presupposed = False  # a definite offer ('the offer'): drops the modal cues but a conditional's
        modal: list[tuple[str, dict[str, Any]]] = []  # (category, cue) of the HYPOTHETICAL / FORWARD_LOOKING cues
        used: list[str] = []
        # SHIELD cues ('affected by', 'comment on') end the scope of the categories they name ('ends') for a cue
        # before them: 'will not be affected by the lawsuit' denies the effect, not the lawsuit
        shields = [(s, e, r) for s, e, r in cues if r["category"] == "SHIELD" and s0 <= s and e <= t.start
                   and _speaks_of(r, t.label_) and (not r.get("definite_trigger") or self._determined(t))]
        for s, e, r in cues:
            if s < s0 or e > s1 or r["category"] in ("TERMINATE", "PSEUDO", "SHIELD"):
                continue
            if r.get("definite_trigger"):
                if r["category"] == "ASSERTED" and _speaks_of(r, t.label_) and (
                        # the trigger's own head word, in a definite noun phrase ('the offer')
                        (e == t.end and t.start <= s and self._definite_noun(t))
                        # or a cue before a definite trigger ('expects to complete the acquisition', 'hopes to close
                        # the sale'): the deal is known, its closing lies ahead; like a definite offer, only a
                        # condition still makes it hypothetical
                        or (r.get("direction", "forward") == "forward" and e <= t.start
                            and 0 < int(r.get("max_scope", 0)) and t.start - e <= int(r.get("max_scope", 0))
                            and not stopped(e, t.start, True) and self._definite(t))):
                    presupposed = True
                    used.append(r["id"])
                continue
            if s < t.end and t.start < e:  # cue words inside the trigger are part of the event's wording
                continue
            if not _speaks_of(r, t.label_):
                continue
            scope = int(r.get("max_scope", 8))
            direction = r.get("direction", "forward")
            clause = r.get("clause") == "comma"
            if e <= t.start and direction in ("forward", "both"):
                embedded = (r.get("conditional") and scope > 8 and not clause
                            and not self._opens_clause(t.doc, s, s0))
                if embedded:
                    clause = True  # an embedded if-clause ends at its comma
                applies = t.start - e <= scope and not stopped(e, t.start, clause)
                # also at a comma that opens a short aside of saying: 'Asked if banks would write down loans,
                # Sprinkel said, "those loans have been written down"' (the answer has its own wording)
                if applies and embedded and _stopped(stops.said_asides, e, t.start):
                    applies = False
                # an enumeration after the cue is in its scope ('expects ... staff reductions, plant closures and
                # the sale of two units'); not for the cues that yield to a negation, whose scope is their own noun
                # phrase or request ('any NASD member for 20 days, fining him and censuring him', 'subject to
                # approval by creditors, equity holders and the bankruptcy court')
                if not applies and clause and "yields_to" not in r:
                    applies = self._in_list(t.doc, stops, e, t.start, scope, stopped)
            elif s >= t.end and direction in ("backward", "both"):
                applies = (s - t.end <= scope and not stopped(t.end, s, clause)
                           and not (s - 1 >= t.end and t.doc[s - 1].lower_ in self.words.coordinators))
            else:
                applies = False
            if applies and e <= t.start and any(e <= ss and r["category"] in sr.get("ends", ()) for ss, _, sr in shields):
                applies = False
            if not applies:
                continue
            if r.get("unless_counterparty") and self._counterparty(t, s1, stops):
                continue
            # "verb_trigger": a trigger right after 'to' / a modal is a verb, whatever determiner stands before it
            # ('clears the way for the company to sell the retail business')
            if (r.get("unless_definite") and self._definite(t, verb=r.get("verb_trigger", False))
                    and self._effect(t.doc, e, r.get("effect_verbs"))):
                continue
            if "unless_trigger" in r and t[-1].lower_.startswith(tuple(r["unless_trigger"])):  # the trigger's head
                continue
            if r["category"] == "NEGATED":
                negated = True
                denied.update(r.get("ends", ()))
                used.append(r["id"])
            elif r["category"] == "ASSERTED":
                asserted = True
                used.append(r["id"])
            elif r["category"] in ("HYPOTHETICAL", "FORWARD_LOOKING"):
                modal.append((r["category"], r))
        # a cue marked "yields_to": "NEGATED" does not count under a negation: 'any' in 'not subject to any
        # proceedings' is a negative polarity item, 'are expected' in 'no further layoffs are expected' is a denial
        modal = [(c, r) for c, r in modal if not (negated and r.get("yields_to") == "NEGATED")]
        # a denial of a rumour or report outweighs the rumour's modal wording: 'denied reports that it may buy',
        # 'rumours that it was seeking a takeover are not true' are negated (guide: 'denied published reports')
        # (a condition stays: 'if talks were broken off' is no denial)
        modal = [(c, r) for c, r in modal if c not in denied or r.get("conditional")]
        if asserted:  # 'expects to close the previously announced acquisition': the closing is ahead, the deal is not
            modal = []
        elif presupposed:  # 'is evaluating Regal's latest offer'; but 'if the tender offer is successful' (guide)
            modal = [(c, r) for c, r in modal if r.get("conditional")]
        used.extend(r["id"] for _, r in modal)
        hypothetical = any(c == "HYPOTHETICAL" for c, _ in modal)
        forward = any(c == "FORWARD_LOOKING" for c, _ in modal)
        modality = "hypothetical" if hypothetical else "forward_looking" if forward else "asserted"
        if modality == "asserted" and _is_question(t.doc, t, s1, stops.punct):
            modality = "hypothetical"
            used.append("question")
        return ("negated" if negated else "affirmed"), modality, sorted(set(used))

    def _in_list(self, doc: Doc, stops: Stops, e: int, start: int, scope: int, stopped) -> bool:
        """Does a cue ending at e reach a trigger at start through an enumeration ('expects further restructuring
        through staff reductions, plant closures and the sale of two units')? The cue's scope must reach the first
        item (its comma at most ``scope`` tokens away, no stop before it) and the trigger lie in a later item."""
        i = bisect.bisect_right(stops.lists, (e, math.inf))
        if i < len(stops.lists):
            c1, end = stops.lists[i]
            return (c1 - e <= scope and c1 < start < end and not stopped(e, c1, True) and not stopped(c1, start, False)
                    # the first item is in the cue's clause too: 'could have been saved, sold its units and ...'
                    # lists what was done, not what could be
                    and not any(tok.lower_ in self.words.clause_words for tok in doc[e:c1]))
        return False

    def _determined(self, t: Span) -> bool:
        """Does a definite determiner or a possessive stand right before the trigger (or open it): 'the suits',
        'its offer', "Brant's bid"? Stricter than _definite: 'the company to file for bankruptcy' is not."""
        doc, w = t.doc, self.words
        if t[0].lower_ in w.definite:
            return True
        return t.start > 0 and (doc[t.start - 1].lower_ in w.definite or doc[t.start - 1].lower_ in w.possessive)

    def _opens_clause(self, doc: Doc, s: int, s0: int) -> bool:
        """Does the cue at token s open a clause of its own (sentence start, after punctuation, a conjunction or a
        reporting verb)?"""
        i = s - 1
        while i >= s0 and doc[i].is_space:
            i -= 1
        if i < s0:
            return True
        prev = doc[i]
        return prev.is_punct or prev.lower_ in self.words.clause_openers

    def _definite(self, t: Span, window: int = 4, verb: bool = False) -> bool:
        """Is the trigger the head of a definite noun phrase ('the merger', 'this acquisition', 'Emery's takeover')?
        A definite deal is a known one: 'the acquisition would impair earnings' says what it does, not whether it
        happens; 'such a merger would be costly', 'an acquisition could take place' do not presuppose one."""
        doc, w = t.doc, self.words
        first = t[0].lower_  # a trigger may start with its determiner ('the offer', 'a merger')
        if first in w.indefinite:
            return False
        if first in w.definite:
            return True
        if verb and t.start > 0 and doc[t.start - 1].lower_ in w.verb_before:
            return False  # a verb ('for the company to sell the unit'): the determiner before is its subject's
        for i in range(t.start - 1, max(t.start - window, 0) - 1, -1):
            word = doc[i].lower_
            if word in w.indefinite:
                return False
            if word == "that" and i > 0 and doc[i - 1].lower_ in w.saying:
                return False  # a complementizer, not a determiner: 'said that further acquisitions are likely'
            if word in w.definite or word in w.possessive:
                return True
            if doc[i].is_punct or word in w.clause_breaks or word == "of":
                # 'of': the determiner before it is another noun's ('the process of acquisitions', 'the threat of
                # bankruptcy'); a determined trigger after 'of' has its own ('the cost of the acquisition')
                return False
        return False

    def _definite_noun(self, t: Span) -> bool:
        """A definite noun phrase, not the verb ('Lindner might bid', 'proposes to offer shares', 'the alternative
        would offer') and not a 'that' clause ('speculated that Lindner might bid')."""
        doc, verb_before = t.doc, self.words.verb_before
        if t.start > 0 and doc[t.start - 1].lower_ in verb_before:
            return False
        for i in range(t.start - 1, max(t.start - 4, 0) - 1, -1):
            if doc[i].lower_ == "that":
                return False
            if doc[i].lower_ in verb_before or doc[i].is_punct:
                break
        return self._definite(t)

    def _effect(self, doc: Doc, e: int, verbs: list[str] | None) -> bool:
        """Is the verb after a modal cue (ending at e) one of ``verbs``, the effects a known event has ('the sale would
        worsen relations', 'the downgrading would have little effect', 'the filing could, however, affect', passive
        'the gain on the sale would be included')? Without a list every verb counts. Not the event's own course
        ('downgrades would continue', 'asset disposals would total', 'the investigation could not be conducted') nor a
        counterfactual 'would have been', 'could have amounted'."""
        if verbs is None:
            return True
        i = e
        while i < len(doc) and (doc[i].lower_ in self.words.modal_asides or doc[i].is_punct and doc[i].text == ","):
            i += 1
        if i < len(doc) and doc[i].lower_ == "to":  # 'the acquisition is expected to increase revenues'
            i += 1
        if i + 1 < len(doc) and doc[i].lower_ == "be":  # the passive: 'a capital profit on the sale would be included'
            i += 1
        if i >= len(doc) or doc[i].lemma_.lower() not in verbs:
            return False
        if doc[i].lower_ == "have" and i + 1 < len(doc):
            nxt = doc[i + 1].lower_
            if nxt == "been" or nxt.endswith("ed") or nxt.endswith("en"):
                return False
        return True

    def _counterparty(self, t: Span, s1: int, stops: Stops, window: int = 15) -> bool:
        """Does the trigger's clause name the other party or the price after it ('plans to sell the station to MCA
        Inc for 387 mln dlrs', 'decided to sell its stake to <Triguna>')? Then a planned sale is an agreed one."""
        doc, w = t.doc, self.words
        end = min(s1, t.end + window)
        # the clause ends at the first terminator or comma after the trigger
        stop = min(_first_at_or_after(stops.terminators, t.end), _first_at_or_after(stops.commas, t.end))
        for i in range(t.end, min(end - 1, stop)):
            word, nxt = doc[i].lower_, doc[i + 1]
            # 'to the U.S.'s Reynolds Metals'
            if word == "to" and nxt.lower_ in w.counterparty_articles and i + 2 < end:
                nxt = doc[i + 2]
            if word == "to" and (nxt.text[:1].isupper() or nxt.text == "<"):
                return True
            if word == "for" and (nxt.like_num or nxt.text in w.price_openers):
                return True
        return False

    # ---- arguments and the record -----------------------------------------------------------------------------
    def _distance(self, t: Span, ts: int, te: int) -> float:
        if ts >= t.end:
            return float(ts - t.end)
        if te <= t.start:
            return 1.5 * (t.start - te) + 1
        return 0.0

    def _record(self, doc: Doc, t: Span, a0: int, a1: int, others: list[Span], entities, ent_tok, ent_ids,
                polarity: str, modality: str, section: str, section_title: str, boilerplate: bool, prior: float,
                cue_ids: list[str]) -> EventRecord:
        money = None
        best = None
        for i in ent_ids:
            e = entities[i]
            if e.label != "MONEY":
                continue
            ts, te = ent_tok[i]
            d = self._distance(t, ts, te)
            after = ts >= t.end
            # tier 0: near the trigger; tier 1: later in the sentence ("a mark-to-market loss on ... which was a
            # loss of $137.6 million"), only when no nearer amount exists
            tier = 0 if d <= self.max_link_distance else 1 if after and d <= 3 * self.max_link_distance else None
            if tier is None:
                continue
            if any(self._distance(o, ts, te) < d for o in others if o.label_ != t.label_):
                continue
            per_share = e.unit.endswith("/share")
            key = (tier, per_share, d)
            if best is None or key < best:
                best, money = key, e
        period = date = ""
        best_p = best_d = None
        for i in ent_ids:
            e = entities[i]
            if e.label != "DATE":
                continue
            ts, te = ent_tok[i]
            d = abs(ts - t.start) if ts >= t.start else abs(t.start - te)
            if e.unit == "period" and (best_p is None or d < best_p):
                best_p, period = d, str(e.value)
            elif e.unit == "date" and (best_d is None or d < best_d):
                best_d, date = d, str(e.value)
        units: list[str] = []
        orgs: list[str] = []
        for i in ent_ids:
            e = entities[i]
            if e.label == "BUSINESS_UNIT" and e.text not in units:
                units.append(e.text)
            elif e.label == "ORG" and e.text not in orgs:
                orgs.append(e.text)
        sent_text_start = next((tok.idx for tok in doc[a0:a1] if not tok.is_space), doc[a0].idx)
        last = next((tok for tok in reversed(doc[a0:a1]) if not tok.is_space), doc[a1 - 1])
        sent_text_end = last.idx + len(last.text)
        features = _features(polarity, modality, section, boilerplate, money is not None and t.label_ in AMOUNT_TYPES)
        confidence = self.confidence(t.id_, prior, features, section)
        return EventRecord(
            doc_id="", event_type=t.label_, trigger=t.text, start_char=t.start_char, end_char=t.end_char,
            sentence_start=sent_text_start, sentence_end=sent_text_end,
            sentence=text_of(doc)[sent_text_start:sent_text_end], polarity=polarity, modality=modality, section=section,
            boilerplate=boilerplate, business_units=units, organizations=orgs,
            amount_text=money.text if money else "", amount_value=money.value if money else None,
            currency=money.unit.split("/")[0] if money else "", period=period, date=date,
            confidence=confidence, rule_id=t.id_, amount_start=money.start_char if money else None,
            amount_end=money.end_char if money else None, section_title=section_title, cues=cue_ids,
        )

    def confidence(self, rule_id: str, prior: float, features: dict[str, bool], section: str) -> float:
        if self.calibration:
            from ..calibration import calibrated_confidence

            return calibrated_confidence(self.calibration, rule_id, features, section, fallback_prior=prior,
                                         weights=self.weights)
        z = _logit(prior) + sum(self.weights.get(f, 0.0) for f, on in features.items() if on)
        return round(_sigmoid(z), 4)


@Language.factory(
    "riskevents_event_builder",
    assigns=["doc._.riskevents_events"],
    requires=["doc.spans", "doc.ents"],
    default_config={"rules_component": "riskevents_event_rules", "confidence_weights": {}, "max_link_distance": 15,
                    "calibration": None},
)
def make_event_builder(nlp: Language, name: str, rules_component: str, confidence_weights: dict[str, float],
                       max_link_distance: int, calibration: str | None) -> EventBuilder:
    return EventBuilder(nlp, name, rules_component=rules_component, confidence_weights=confidence_weights,
                        max_link_distance=max_link_distance, calibration=calibration)
