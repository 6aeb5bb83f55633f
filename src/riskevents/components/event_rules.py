"""Event trigger rules: phrase vocabulary everywhere, token patterns only where an anchor word occurs.

Rules come from ``patterns/events/<type>.jsonl`` (kinds ``phrase``, ``token``, ``exclude``):

- ``phrase`` rules are PhraseMatcher patterns on LEMMA (or LOWER): "net loss" also finds "net losses", "lay off"
  also finds "laid off". The field notes measured 5,000 phrases as free.
- ``token`` rules are Matcher patterns (lemmas, operators, ``{n,m}`` gaps). They are expensive when tried at every
  token, so each rule has its own Matcher and runs only in the sentences that contain every word the pattern requires
  literally (found with array operations: ``numpy.isin`` over the Doc's LEMMA/LOWER/ORTH arrays gives which word
  groups occur in which sentence, and one ``reduceat`` which rules have all of theirs there); a pattern that names no
  word literally runs where one of its ``anchors`` lemmas occurs.
- ``exclude`` phrases suppress triggers that overlap them ("loss prevention", "provision of services").
- ``requires`` (one of these lemmas in the sentence), ``forbids`` (none of these lemmas in it), ``requires_nearby`` (one of these phrases within N sentences
  before or after) and ``forbids_nearby`` (none of them within N sentences) make a rule fire only in context.
- ``requires_prior_event`` (``{"types": [...], "sentences": N}``) keeps a match that refers back to an event ("the
  offer", "the plan") only when an antecedent (a kept match of one of those types, from a rule without this key)
  starts before it in its sentence or in the N sentences before; where such matches of several types cover the same
  tokens, the type whose antecedent is nearest before wins.

Output: ``doc.spans["riskevents_triggers"]``, label = event type, ``span.id_`` = rule id.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy
from spacy.attrs import LEMMA, LOWER, ORTH, SENT_START
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from .. import extensions as ext
from ..patterns import rules_of_kind
from .base import RuleComponent, key_positions

DEFAULT_PRIOR = 0.8
_SCAN = "riskevents.event_rules_scan"  # doc.user_data: the matches ``can_fire`` made, for ``find``


@dataclass
class _Scan:
    """One Doc's matches so far, and the arrays the rules are filtered with."""
    found: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, rule id)
    token_excludes: list[tuple[int, int, set[str] | None]] = field(default_factory=list)
    # token rule -> the sentences (in order) it can match in: they contain every word the rule requires literally (a
    # rule that names no word literally: one of its anchor lemmas); only rules that can match somewhere, in rule order
    rule_sentences: dict[int, list[int]] = field(default_factory=dict)
    lemmas: Any = None
    sent_starts: Any = None
    sent_ends: Any = None
    sent_of: Any = None
    kept: list[tuple[int, int, str]] | None = None  # the filtered matches, once computed for ``found``


class EventRules(RuleComponent):
    def __init__(self, nlp: Language, name: str = "riskevents_event_rules") -> None:
        super().__init__(nlp, name)
        self.by_id: dict[str, dict[str, Any]] = {}
        self.phrase_lemma = PhraseMatcher(nlp.vocab, attr="LEMMA")
        self.phrase_lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exclude_lemma = PhraseMatcher(nlp.vocab, attr="LEMMA")
        self.exclude_lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.token_rules: list[tuple[str, set[int], list[tuple[str, set[int]]], Matcher]] = []
        self._length_bounds: dict[str, tuple[int, int]] = {}
        self._needed: dict[str, Any] = {}
        self._value_groups: dict[str, tuple[Any, Any]] = {}
        self._n_groups = 0
        self._rule_groups: Any = numpy.zeros(0, dtype="int64")
        self._rule_offsets: Any = numpy.zeros(0, dtype="int64")
        self._rule_group_count: Any = numpy.zeros((0, 1), dtype="int64")
        self._entity_rules: set[int] = set()

    def prior(self, rule_id: str) -> float:
        rule = self.by_id.get(rule_id)
        return float(rule.get("prior", DEFAULT_PRIOR)) if rule else DEFAULT_PRIOR

    def _pattern_doc(self, text: str, attr: str) -> Doc:
        doc = self.nlp.make_doc(text)
        if attr == "LEMMA":
            for name, proc in self.nlp.pipeline:
                if name == self.name:
                    break
                if "token.lemma" in (self.nlp.get_pipe_meta(name).assigns or []):
                    doc = proc(doc)
        return doc

    def set_rules(self, rules: list[dict[str, Any]]) -> None:
        self._store(rules)
        vocab = self.nlp.vocab
        self.by_id = {r["id"]: r for r in rules}
        self.phrase_lemma = PhraseMatcher(vocab, attr="LEMMA")
        self.phrase_lower = PhraseMatcher(vocab, attr="LOWER")
        self.exclude_lemma = PhraseMatcher(vocab, attr="LEMMA")
        self.exclude_lower = PhraseMatcher(vocab, attr="LOWER")
        has_lemmas = any("token.lemma" in (self.nlp.get_pipe_meta(n).assigns or []) for n in self.nlp.pipe_names)
        for r in rules_of_kind(rules, "phrase", "exclude"):
            if "phrases" not in r:
                continue
            attr = r.get("attr", "LEMMA")
            if attr == "LEMMA" and not has_lemmas:
                attr = "LOWER"
            if r["kind"] == "phrase":
                matcher = self.phrase_lemma if attr == "LEMMA" else self.phrase_lower
            else:
                matcher = self.exclude_lemma if attr == "LEMMA" else self.exclude_lower
            matcher.add(r["id"], [self._pattern_doc(p, attr) for p in r["phrases"]])
        lemma = self._lemma_function()
        self._requires = {
            r["id"]: {vocab.strings.add(lemma(w)) for w in r["requires"]} for r in rules if r.get("requires")
        }
        self._forbids = {
            r["id"]: {vocab.strings.add(lemma(w)) for w in r["forbids"]} for r in rules if r.get("forbids")
        }
        self.token_rules = []
        self._length_bounds = {}
        shared: dict[tuple[str, frozenset[int]], tuple[str, frozenset[int]]] = {}  # equal word groups: one object
        for r in rules_of_kind(rules, "token", "exclude"):
            if "pattern" not in r:
                continue
            pattern = _lemmatize_pattern(r["pattern"], lemma)
            matcher = Matcher(vocab)
            cheap, bounds = _one_gap_as_star(pattern)
            matcher.add(r["id"], [cheap])
            if bounds:
                self._length_bounds[r["id"]] = bounds
            rule_anchors = {vocab.strings.add(lemma(a)) for a in r["anchors"]}
            required = _required_literals(pattern, vocab)
            if r["id"] in self._requires and required:
                # "requires" is tested on the trigger's sentence after matching: a sentence without one of those
                # words cannot keep a match, so the Matcher need not run there either
                required.append(("LEMMA", self._requires[r["id"]]))
            groups = [(attr, frozenset(values)) for attr, values in required or [("LEMMA", rule_anchors)]]
            groups = [shared.setdefault(g, g) for g in groups]
            self.token_rules.append((r["id"], rule_anchors, groups, matcher))
        # which sentences each token rule can match in, with array operations and no Python loop over rules: a rule
        # needs every one of its word groups in the sentence, and a group is there when one of its values is. Per
        # attribute, the values some rule requires (sorted, for numpy.isin) and the groups of each value (CSR arrays);
        # per rule, its groups, concatenated in rule order (each rule has at least one)
        group_ids: dict[tuple[str, frozenset[int]], int] = {}
        rule_groups = [sorted({group_ids.setdefault(g, len(group_ids)) for g in groups})
                       for _, _, groups, _ in self.token_rules]
        self._n_groups = len(group_ids)
        groups_of: dict[str, dict[int, list[int]]] = {}
        for (attr, values), g in group_ids.items():
            for v in values:
                groups_of.setdefault(attr, {}).setdefault(v, []).append(g)
        self._needed, self._value_groups = {}, {}
        for attr, by_value in groups_of.items():
            keys = sorted(by_value)
            self._needed[attr] = numpy.array(keys, dtype="uint64")
            counts = [len(by_value[v]) for v in keys]
            indptr = numpy.zeros(len(keys) + 1, dtype="int64")
            indptr[1:] = numpy.cumsum(counts)
            self._value_groups[attr] = (indptr, numpy.array([g for v in keys for g in by_value[v]], dtype="int64"))
        self._rule_groups = numpy.array([g for gs in rule_groups for g in gs], dtype="int64")
        self._rule_offsets = numpy.cumsum([0] + [len(gs) for gs in rule_groups[:-1]]).astype("int64")
        self._rule_group_count = numpy.array([[len(gs)] for gs in rule_groups], dtype="int64")
        # the token rules that look at entities (ENT_TYPE ...): run after the entity rules have been asked to skip
        self._entity_rules = {i for i, (rid, *_) in enumerate(self.token_rules)
                              if any(k.startswith("ENT_") for tok in self.by_id[rid]["pattern"] for k in tok)}

    def _lemma_function(self):
        """Words written in LEMMA patterns, anchors, requires and forbids are lemmatized the way the pipeline
        lemmatizes text ("rating" is stored as "rate"), so a rule author writes plain words."""
        for name, proc in self.nlp.pipeline:
            if hasattr(proc, "lemma_of") and getattr(proc, "lookups", None) is not None:
                try:
                    proc.lookups.get_table("lemma_lookup")
                except KeyError:
                    break
                return lambda w: proc.lemma_of(w.lower())
        return lambda w: w.lower()

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            doc.spans[ext.TRIGGERS] = self.find(doc)
        except Exception as e:
            error_handler(self.name, self, [doc], e)
        return doc

    def can_fire(self, doc: Doc) -> bool:
        """Whether ``find`` can find a trigger in the Doc, asked before the entities are found: the phrases and the
        token rules that do not look at entities are run and filtered (their matches are kept in the Doc for
        ``find``); a rule that looks at entities counts as able to fire wherever the words it requires occur."""
        if ext.EVENTS_POSSIBLE in doc.user_data:
            return doc.user_data[ext.EVENTS_POSSIBLE]
        if len(doc) == 0:
            possible = False
        else:
            scan = self._scan(doc)
            scan.kept = self._keep(doc, scan)
            possible = bool(scan.kept) or any(i in self._entity_rules for i in scan.rule_sentences)
            if possible:  # (kept only for find, which removes it: a Doc's user_data stays serializable)
                doc.user_data[_SCAN] = scan
        doc.user_data[ext.EVENTS_POSSIBLE] = possible
        return possible

    def find(self, doc: Doc) -> list[Span]:
        if len(doc) == 0 or doc.user_data.get(ext.EVENTS_POSSIBLE) is False:
            return []
        scan = doc.user_data.pop(_SCAN, None) or self._scan(doc)
        before = (len(scan.found), len(scan.token_excludes))
        self._run_token_rules(doc, scan, [i for i in scan.rule_sentences if i in self._entity_rules])
        if scan.kept is None or (len(scan.found), len(scan.token_excludes)) != before:
            scan.kept = self._keep(doc, scan)  # (can_fire kept the matches already, unless entity rules added some)
        return self._resolve(doc, scan.kept)

    def _scan(self, doc: Doc) -> "_Scan":
        """The phrase matches and the matches of the token rules that do not look at entities."""
        strings = self.nlp.vocab.strings
        scan = _Scan()
        for matcher in (self.phrase_lemma, self.phrase_lower):
            for match_id, s, e in matcher(doc):
                scan.found.append((s, e, strings[match_id]))
        arrays = doc.to_array([LEMMA, LOWER, ORTH, SENT_START])
        scan.lemmas = arrays[:, 0]
        sent_flags = arrays[:, 3].astype("int64") == 1
        sent_flags[0] = True
        scan.sent_starts = numpy.flatnonzero(sent_flags)
        scan.sent_ends = numpy.append(scan.sent_starts[1:], len(doc))
        scan.sent_of = numpy.cumsum(sent_flags) - 1
        # group x sentence: whether a value of the group occurs in the sentence (numpy.isin finds the tokens)
        column_of = {"LEMMA": 0, "LOWER": 1, "ORTH": 2}
        present = numpy.zeros((self._n_groups, len(scan.sent_starts)), dtype=bool)
        for attr, keys in self._needed.items():
            column = arrays[:, column_of[attr]]
            rows, hits = key_positions(column, keys)
            if not hits.any():
                continue
            rows = rows[hits]
            indptr, groups = self._value_groups[attr]
            sizes = indptr[rows + 1] - indptr[rows]
            # the groups of every hit token, concatenated, and the token's sentence repeated alongside
            first = numpy.repeat(indptr[rows] - numpy.cumsum(sizes) + sizes, sizes)
            present[groups[first + numpy.arange(int(sizes.sum()))], numpy.repeat(scan.sent_of[hits], sizes)] = True
        # rule x sentence: every group of the rule present; the rules that can match somewhere, in rule order
        if len(self._rule_groups):
            counts = numpy.add.reduceat(present[self._rule_groups].astype("int64"), self._rule_offsets, axis=0)
            rule_ids, sentence_ids = numpy.nonzero(counts == self._rule_group_count)
            for i, sid in zip(rule_ids.tolist(), sentence_ids.tolist()):
                scan.rule_sentences.setdefault(i, []).append(sid)
        self._run_token_rules(doc, scan, [i for i in scan.rule_sentences if i not in self._entity_rules])
        return scan

    def _run_token_rules(self, doc: Doc, scan: "_Scan", rules: list[int]) -> None:
        """Run token rules where they can match (their ``scan.rule_sentences``), adding to the scan's matches and
        token exclusions."""
        strings = self.nlp.vocab.strings
        for i in rules:
            sentences = scan.rule_sentences[i]
            rid, _, _, matcher = self.token_rules[i]
            bounds = self._length_bounds.get(rid)
            for sid in sentences:
                s0, s1 = int(scan.sent_starts[sid]), int(scan.sent_ends[sid])
                span = doc[s0:s1]
                for match_id, s, e in matcher(span):
                    if bounds and not bounds[0] <= e - s <= bounds[1]:
                        continue  # the gap written {n,m} and run as "*": longer or shorter than the rule allows
                    rid = strings[match_id]
                    trig = self.by_id[rid].get("trigger")
                    if trig:  # (an exclusion's trigger is the part it covers: 'succeeding' in 'succeeding X, who retired')
                        s, e = trigger_slice(s, e, trig)
                    if self.by_id[rid]["kind"] == "exclude":
                        labels = self.by_id[rid].get("labels")
                        scan.token_excludes.append((s0 + s, s0 + e, set(labels) if labels else None))
                        continue
                    scan.found.append((s0 + s, s0 + e, rid))

    def _keep(self, doc: Doc, scan: "_Scan") -> list[tuple[int, int, str]]:
        """The matches that no exclusion covers and whose context conditions (requires, forbids, requires_nearby,
        forbids_nearby) hold."""
        if not scan.found:
            return []
        strings = self.nlp.vocab.strings
        sent_starts, sent_ends, sent_of, lemmas = scan.sent_starts, scan.sent_ends, scan.sent_of, scan.lemmas
        # tokens covered by exclusions: for every type (None), or per event type
        excluded: dict[str | None, set[int]] = {}
        exclusions = list(scan.token_excludes)
        for matcher in (self.exclude_lemma, self.exclude_lower):
            for match_id, s, e in matcher(doc):
                labels = self.by_id[strings[match_id]].get("labels")
                exclusions.append((s, e, set(labels) if labels else None))
        for s, e, labels in exclusions:
            for key in (labels or [None]):
                excluded.setdefault(key, set()).update(range(s, e))
        everything = excluded.get(None, set())
        kept: list[tuple[int, int, str]] = []
        for s, e, rid in scan.found:
            rule = self.by_id[rid]
            label = rule["label"]
            span_tokens = range(s, e)
            if not everything.isdisjoint(span_tokens) or not excluded.get(label, set()).isdisjoint(span_tokens):
                continue
            sid = int(sent_of[s])
            s0, s1 = int(sent_starts[sid]), int(sent_ends[sid])
            req = self._requires.get(rid)
            forbid = self._forbids.get(rid)
            if req or forbid:
                sentence_lemmas = set(lemmas[s0:s1].tolist())
                if req and not req & sentence_lemmas:
                    continue
                if forbid and forbid & sentence_lemmas:
                    continue
            needed, banned = rule.get("requires_nearby"), rule.get("forbids_nearby")
            if needed and not self._nearby(doc, scan, sid, needed):
                continue
            if banned and self._nearby(doc, scan, sid, banned):
                continue
            kept.append((s, e, rid))
        return self._keep_references(scan, kept)

    def _keep_references(self, scan: "_Scan", kept: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Apply ``requires_prior_event``: a back-reference ("the offer", "the plan") is kept only when an
        antecedent of one of its types (a kept match of a rule without the key) starts before it, in its sentence or
        in the N sentences before. Antecedents in earlier chunks of a long document are not seen. Where references of
        several types cover the same tokens ("the deal" after an acquisition and a sale), only the types whose
        antecedent is nearest before the reference stay."""
        references = [m for m in kept if self.by_id[m[2]].get("requires_prior_event")]
        if not references:
            return kept
        ordinary = [m for m in kept if not self.by_id[m[2]].get("requires_prior_event")]
        sent_of = scan.sent_of
        starts_by_label: dict[str, list[int]] = {}
        for s, _, rid in ordinary:
            starts_by_label.setdefault(self.by_id[rid]["label"], []).append(s)
        resolved: list[tuple[int, int, str, int]] = []  # (start, end, rule id, antecedent start)
        for s, e, rid in references:
            prior = self.by_id[rid]["requires_prior_event"]
            first_sentence = int(sent_of[s]) - int(prior["sentences"])
            best = -1
            for label in prior["types"]:
                for a in starts_by_label.get(label, ()):
                    if a < s and int(sent_of[a]) >= first_sentence and a > best:
                        best = a
            if best >= 0:
                resolved.append((s, e, rid, best))
        # references of different labels over the same tokens: the nearest antecedent wins
        chosen: list[tuple[int, int, str]] = []
        for s, e, rid, a in resolved:
            label = self.by_id[rid]["label"]
            beaten = any(a2 > a and self.by_id[r2]["label"] != label and s2 < e and s < e2
                         for s2, e2, r2, a2 in resolved)
            if not beaten:
                chosen.append((s, e, rid))
        return ordinary + chosen

    def _nearby(self, doc: Doc, scan: "_Scan", sid: int, nearby: dict[str, Any]) -> bool:
        """Whether one of ``nearby["phrases"]`` occurs within ``nearby["sentences"]`` sentences of sentence ``sid``
        (the sentence itself included; a chunk of a long document sees its neighbours' text too)."""
        sent_starts, sent_ends = scan.sent_starts, scan.sent_ends
        n = int(nearby["sentences"])
        first, last = max(0, sid - n), min(len(sent_starts) - 1, sid + n)
        window = doc[int(sent_starts[first]):int(sent_ends[last])].text.lower()
        window += self._beyond_chunk(doc, sid - n, sid + n - (len(sent_starts) - 1))
        return any(p.lower() in window for p in nearby["phrases"])

    def _beyond_chunk(self, doc: Doc, before: int, after: int) -> str:
        """For a chunk of a long document: the text of the ``-before`` sentences preceding it and of the ``after``
        sentences following it (the driver puts the neighbouring text in ``doc.user_data``)."""
        context = doc.user_data.get(ext.CHUNK_CONTEXT) or {}
        if (before >= 0 or not context.get("before_text")) and (after <= 0 or not context.get("after_text")):
            return ""
        try:
            splitter = self.nlp.get_pipe("riskevents_sentences")
        except KeyError:
            return ""
        extra = ""
        if before < 0 and context.get("before_text"):
            text = context["before_text"]
            starts = splitter.boundaries(text)
            extra += " " + text[starts[before] if len(starts) >= -before else 0:]
        if after > 0 and context.get("after_text"):
            text = context["after_text"]
            starts = splitter.boundaries(text) + [len(text)]
            extra += " " + text[:starts[after] if len(starts) > after else len(text)]
        return extra.lower()

    def _resolve(self, doc: Doc, found: list[tuple[int, int, str]]) -> list[Span]:
        """Per event type, overlapping triggers collapse to the longest (then the earliest rule)."""
        by_label: dict[str, list[tuple[int, int, str]]] = {}
        for s, e, rid in found:
            by_label.setdefault(self.by_id[rid]["label"], []).append((s, e, rid))
        spans: list[Span] = []
        for label, items in by_label.items():
            items.sort(key=lambda t: (-(t[1] - t[0]), t[0], t[2]))
            taken: set[int] = set()  # token indices (linear in the number of triggers, not quadratic)
            for s, e, rid in items:
                if not taken.isdisjoint(range(s, e)):
                    continue
                taken.update(range(s, e))
                spans.append(Span(doc, s, e, label=label, span_id=rid))
        spans.sort(key=lambda sp: (sp.start, sp.end, sp.label_))
        return spans


def _one_gap_as_star(pattern: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], tuple[int, int] | None]:
    """A pattern whose only variable part is one ``{n,m}`` gap, run as ``*`` plus a length check on each match.

    spaCy expands ``{n,m}`` into n required and m - n optional tokens, and the Matcher follows every way of filling
    the optional ones: a gap like ``{0,22}`` over ordinary words kept millions of partial matches alive (one rule took
    0.7 s on a single sentence). ``*`` is one looping state. With one variable part, a match's length fixes the gap's
    length, so keeping the matches of n + k .. m + k tokens (k: the other tokens) gives the same matches.
    Other patterns are returned unchanged, with no bounds."""
    variable = [i for i, tok in enumerate(pattern) if tok.get("OP") not in (None, "1")]
    if len(variable) != 1:
        return pattern, None
    i = variable[0]
    op = pattern[i]["OP"]
    if not (isinstance(op, str) and op.startswith("{") and op.endswith("}") and "," in op):
        return pattern, None
    low, _, high = op[1:-1].partition(",")
    if not high.strip():
        return pattern, None
    n, m = int(low or 0), int(high)
    fixed = len(pattern) - 1
    star = dict(pattern[i], OP="*")
    return pattern[:i] + [star] + pattern[i + 1:], (fixed + n, fixed + m)


def _required_literals(pattern: list[dict[str, Any]], vocab: Any) -> list[tuple[str, set[int]]]:
    """(attribute, allowed values) of each token the pattern cannot skip and that names its words literally."""
    required = []
    for tok in pattern:
        op = tok.get("OP")
        if op not in (None, "+", "1") and not (isinstance(op, str) and op.startswith("{") and not op.startswith("{0")
                                               and not op.startswith("{,")):
            continue
        for attr in ("LEMMA", "LOWER", "ORTH"):
            value = tok.get(attr)
            if isinstance(value, str):
                required.append((attr, {vocab.strings.add(value)}))
            elif isinstance(value, dict) and set(value) == {"IN"}:
                required.append((attr, {vocab.strings.add(v) for v in value["IN"]}))
    return required


def _lemmatize_pattern(pattern: list[dict[str, Any]], lemma) -> list[dict[str, Any]]:
    out = []
    for tok in pattern:
        tok = dict(tok)
        value = tok.get("LEMMA")
        if isinstance(value, str):
            tok["LEMMA"] = lemma(value)
        elif isinstance(value, dict):
            value = dict(value)
            for op in ("IN", "NOT_IN"):
                if op in value:
                    value[op] = sorted({lemma(v) for v in value[op]} | ({v.lower() for v in value[op]}
                                                                         if op == "IN" else set()))
            tok["LEMMA"] = value
        out.append(tok)
    return out


def trigger_slice(s: int, e: int, trig: list[int]) -> tuple[int, int]:
    """The trigger part of a match [s, e): offsets from the start when >= 0, from the end when < 0; an end of 0
    means the end of the match. ``[-1, 0]`` is the last token, ``[0, 1]`` the first."""
    a, b = trig
    new_s = s + a if a >= 0 else e + a
    new_e = e if b == 0 else (s + b if b > 0 else e + b)
    new_s = min(max(new_s, s), e - 1)
    new_e = max(min(new_e, e), new_s + 1)
    return new_s, new_e


@Language.factory("riskevents_event_rules", assigns=["doc.spans"], requires=["token.lemma"], default_config={})
def make_event_rules(nlp: Language, name: str) -> EventRules:
    return EventRules(nlp, name)
