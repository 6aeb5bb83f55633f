"""Pattern files: JSONL rules with ids, read at ``nlp.initialize()`` time and validated when loaded.

Every line of a file under ``patterns/`` is one rule: a JSON object with a unique ``id`` of the form
``family.slug.nnn`` and a ``kind`` that says which component reads it and which keys it needs. The kinds and their
keys are listed in ``KINDS`` below and documented in ``patterns/README.md``. Code holds mechanisms; vocabulary lives
in these files, so a user adds a unit, an alias or a trigger by adding a line.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Iterable

from spacy.util import registry

from .errors import PatternError

try:  # Python 3.11+
    import re._parser as sre_parse  # type: ignore[import-not-found]
    from re._constants import MAXREPEAT  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - older Pythons
    import sre_parse  # type: ignore[no-redef]
    from sre_constants import MAXREPEAT  # type: ignore[no-redef]

ID_RE = re.compile(r"^[a-z][a-z0-9_]*\.[a-z0-9_]+\.\d{3}$")

EVENT_TYPES = (
    "NET_LOSS", "EARNINGS_DECLINE", "CREDIT_LOSS_PROVISION", "IMPAIRMENT_WRITEDOWN", "DISCONTINUED_OPERATIONS",
    "RESTRUCTURING", "LAYOFFS", "GOING_CONCERN", "MARGIN_CALL", "DEBT_DEFAULT", "LIQUIDITY_STRESS", "DIVIDEND_CUT",
    "NEGATIVE_EQUITY", "BANKRUPTCY", "DELISTING", "RATING_DOWNGRADE", "LITIGATION_REGULATORY", "RESTATEMENT",
    "EXECUTIVE_DEPARTURE", "ACQUISITION", "ASSET_SALE",
)
ENTITY_LABELS = ("MONEY", "PERCENT", "DATE", "ORG", "BUSINESS_UNIT")
CONTEXT_CATEGORIES = ("NEGATED", "HYPOTHETICAL", "FORWARD_LOOKING", "ASSERTED", "TERMINATE", "PSEUDO", "SHIELD")
SECTION_KINDS = ("headline", "dateline", "body", "table", "forward_looking", "about", "contact")
# The event builder's word lists (patterns/builder_words.jsonl, kind word_list), each given at least once, and how
# the builder compares a token with them: "lower" (its lowercase form: the words must be lowercase) or "text" (as
# written: "US$", not "us$").
WORD_LISTS = {
    "punct_terminators": "text", "clause_words": "lower", "modal_asides": "lower", "verb_before": "lower",
    "indefinite": "lower", "definite": "lower", "possessive": "lower", "clause_breaks": "lower",
    "coordinators": "lower", "reporting": "lower", "clause_openers": "lower", "saying": "lower",
    "counterparty_articles": "lower", "price_openers": "text",
}

# Token attributes this pipeline provides (no tagger, parser or statistical NER: POS, TAG, DEP, MORPH are absent).
PROVIDED_TOKEN_ATTRS = {
    "ORTH", "TEXT", "NORM", "LOWER", "LEMMA", "SHAPE", "PREFIX", "SUFFIX", "LENGTH", "IS_ALPHA", "IS_ASCII",
    "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_PUNCT", "IS_SPACE", "IS_STOP", "IS_SENT_START",
    "LIKE_NUM", "LIKE_URL", "LIKE_EMAIL", "ENT_TYPE", "ENT_IOB", "ENT_ID", "SPACY", "OP",
}

# kind -> (required keys, optional keys)
KINDS: dict[str, tuple[set[str], set[str]]] = {
    # event triggers (patterns/events_*.jsonl)
    "phrase": ({"label", "phrases"}, {"attr", "prior", "requires", "forbids", "requires_nearby", "forbids_nearby",
                                      "requires_prior_event", "note"}),
    "token": ({"label", "pattern", "anchors"}, {"prior", "trigger", "requires", "forbids", "requires_nearby",
                                                "forbids_nearby", "requires_prior_event", "note"}),
    "exclude": (set(), {"phrases", "pattern", "anchors", "attr", "labels", "trigger", "note"}),
    # context cues (patterns/context.jsonl)
    "cue": ({"category", "phrases"}, {"attr", "direction", "max_scope", "clause", "note", "yields_to", "types",
                                        "unless_counterparty", "unless_trigger", "unless_definite", "effect_verbs", "ends",
                                        "definite_trigger", "conditional", "not_types", "verb_trigger"}),
    # sections (patterns/sections.jsonl)
    "heading": ({"section", "phrases"}, {"note"}),
    "paragraph_cue": ({"section", "phrases"}, {"note"}),
    # sentence splitting (patterns/sentences.jsonl)
    "abbreviation": ({"surface"}, {"note"}),
    "sentence_starter": ({"surface"}, {"note"}),
    # the event builder's word lists (patterns/builder_words.jsonl)
    "word_list": ({"list", "surface"}, {"note"}),
    # entities (patterns/money.jsonl, percent.jsonl, dates.jsonl, orgs.jsonl, units.jsonl)
    "currency": ({"code", "surface"}, {"position", "factor", "not_before", "note"}),
    "scale": ({"factor", "surface"}, {"note"}),
    "per_share": ({"surface"}, {"note"}),
    "percent_unit": ({"surface"}, {"factor", "note"}),
    "month": ({"number", "surface"}, {"note"}),
    "number_word": ({"surface", "value"}, {"role", "note"}),  # role: number | article | fraction | multiplier
    "season": ({"code", "surface"}, {"note"}),
    "date_cue": ({"role", "surface"}, {"note"}),  # role: before (a word that makes a bare year/month a date) | era
    "period": ({"code", "surface"}, {"note"}),
    "relative_date": ({"surface"}, {"note"}),
    "legal_suffix": ({"surface"}, {"after_comma", "note"}),
    "name_stop": ({"surface"}, {"note"}),
    "name_determiner": ({"surface"}, {"note"}),
    "name_connector": ({"surface"}, {"note"}),
    "exchange": ({"surface"}, {"note"}),
    "table_item": ({"surface", "code"}, {"note"}),
    "entity_phrase": ({"label", "phrases"}, {"attr", "value", "note"}),
    "regex": ({"label", "pattern"}, {"value", "note"}),
}


def _expand(folder: Path, files: Iterable[str]) -> list[Path]:
    """The named files of ``folder``; a name with ``*`` is a glob (``events/*.jsonl``), expanded in sorted order."""
    paths: list[Path] = []
    for name in files:
        if "*" in name:
            found = sorted(p for p in folder.glob(name) if p.is_file())
            if not found:
                raise PatternError(str(folder / name), None, "no pattern file matches")
            paths.extend(found)
        elif (folder / name).is_file():
            paths.append(folder / name)
        else:
            raise PatternError(str(folder / name), None, "pattern file does not exist")
    return paths


def read_pattern_files(folder: str | Path, files: Iterable[str]) -> list[dict[str, Any]]:
    """Read and validate the named JSONL files of ``folder`` (globs allowed); each rule gets ``_source`` =
    "file:line"."""
    folder = Path(folder)
    if not folder.is_dir():
        raise PatternError(str(folder), None, "pattern folder does not exist")
    rules: list[dict[str, Any]] = []
    seen: dict[str, str] = {}
    for path in _expand(folder, files):
        with path.open(encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                stripped = line.strip()
                if not stripped or stripped.startswith("//"):
                    continue
                try:
                    rule = json.loads(stripped)
                except json.JSONDecodeError as e:
                    raise PatternError(str(path), lineno, f"not valid JSON ({e.msg})") from e
                if not isinstance(rule, dict):
                    raise PatternError(str(path), lineno, "a rule must be a JSON object")
                validate_rule(rule, str(path), lineno)
                if rule["id"] in seen:
                    raise PatternError(str(path), lineno, f"duplicate id '{rule['id']}' (first at {seen[rule['id']]})")
                seen[rule["id"]] = f"{path}:{lineno}"
                rule["_source"] = f"{path.relative_to(folder).as_posix()}:{lineno}"
                rules.append(rule)
    return rules


def validate_rule(rule: dict[str, Any], source: str, line: int) -> None:
    rid = rule.get("id")
    if not isinstance(rid, str) or not ID_RE.match(rid):
        raise PatternError(source, line, f"missing or malformed id {rid!r} (want family.slug.nnn)")
    kind = rule.get("kind")
    if kind not in KINDS:
        raise PatternError(source, line, f"{rid}: unknown kind {kind!r} (one of {', '.join(sorted(KINDS))})")
    required, optional = KINDS[kind]
    keys = set(rule) - {"id", "kind"}
    missing = required - keys
    if missing:
        raise PatternError(source, line, f"{rid}: missing key(s) {', '.join(sorted(missing))}")
    unknown = keys - required - optional
    if unknown:
        raise PatternError(source, line, f"{rid}: unknown key(s) {', '.join(sorted(unknown))}")
    label = rule.get("label")
    if kind in ("phrase", "token") and label not in EVENT_TYPES:
        raise PatternError(source, line, f"{rid}: label {label!r} is not an event type of docs/taxonomy.md")
    if kind in ("entity_phrase", "regex") and label not in ENTITY_LABELS:
        raise PatternError(source, line, f"{rid}: entity label {label!r} not one of {', '.join(ENTITY_LABELS)}")
    if kind == "cue" and rule["category"] not in CONTEXT_CATEGORIES:
        raise PatternError(source, line, f"{rid}: category must be one of {', '.join(CONTEXT_CATEGORIES)}")
    if kind in ("heading", "paragraph_cue") and rule["section"] not in SECTION_KINDS:
        raise PatternError(source, line, f"{rid}: section must be one of {', '.join(SECTION_KINDS)}")
    if kind == "word_list" and (not isinstance(rule["list"], str) or rule["list"] not in WORD_LISTS):
        raise PatternError(source, line, f"{rid}: unknown word list {rule['list']!r} "
                                         f"(one of {', '.join(WORD_LISTS)})")
    if rule.get("attr", "LEMMA") not in ("LEMMA", "LOWER", "ORTH"):
        raise PatternError(source, line, f"{rid}: attr must be LEMMA, LOWER or ORTH")
    if "yields_to" in rule and (rule["yields_to"] != "NEGATED" or rule["category"] not in ("HYPOTHETICAL",
                                                                                          "FORWARD_LOOKING")):
        raise PatternError(source, line, f"{rid}: yields_to can only be NEGATED, on a HYPOTHETICAL or FORWARD_LOOKING cue")
    if "types" in rule and (not isinstance(rule["types"], list) or not rule["types"]
                            or any(t not in EVENT_TYPES for t in rule["types"])):
        raise PatternError(source, line, f"{rid}: types must be a non-empty list of event types of docs/taxonomy.md")
    if "clause" in rule and rule["clause"] not in ("comma", "sentence"):
        raise PatternError(source, line, f"{rid}: clause must be comma (scope ends at a comma) or sentence")
    if "direction" in rule and rule["direction"] not in ("forward", "backward", "both"):
        raise PatternError(source, line, f"{rid}: direction must be forward, backward or both")
    if "prior" in rule and not (isinstance(rule["prior"], (int, float)) and 0.0 < rule["prior"] < 1.0):
        raise PatternError(source, line, f"{rid}: prior must be a number strictly between 0 and 1")
    for key in ("phrases", "surface", "anchors"):
        if key in rule:
            val = rule[key]
            if not isinstance(val, list) or not val or not all(isinstance(p, str) and p.strip() for p in val):
                raise PatternError(source, line, f"{rid}: {key} must be a non-empty list of non-empty strings")
    if kind == "word_list" and WORD_LISTS[rule["list"]] == "lower" and any(w != w.lower() for w in rule["surface"]):
        upper = ", ".join(w for w in rule["surface"] if w != w.lower())
        raise PatternError(source, line, f"{rid}: the words of {rule['list']} must be lowercase (the event builder "
                                         f"compares a token's lowercase form with them): {upper}")
    for key in ("requires", "forbids"):
        if key in rule and not (isinstance(rule[key], list) and all(isinstance(p, str) for p in rule[key])):
            raise PatternError(source, line, f"{rid}: {key} must be a list of words")
    for key in ("requires_nearby", "forbids_nearby"):
        rn = rule.get(key)
        if rn is not None and not (isinstance(rn, dict) and isinstance(rn.get("phrases"), list) and rn["phrases"]
                                   and all(isinstance(p, str) and p.strip() for p in rn["phrases"])
                                   and isinstance(rn.get("sentences"), int) and rn["sentences"] >= 0):
            raise PatternError(source, line, f"{rid}: {key} needs phrases (a non-empty list of words) and sentences "
                                             "(an integer >= 0)")
    if "requires_prior_event" in rule:
        rp = rule["requires_prior_event"]
        if not (isinstance(rp, dict) and set(rp) == {"types", "sentences"} and isinstance(rp["types"], list)
                and rp["types"] and all(t in EVENT_TYPES for t in rp["types"])
                and isinstance(rp["sentences"], int) and not isinstance(rp["sentences"], bool) and rp["sentences"] > 0):
            raise PatternError(source, line, f"{rid}: requires_prior_event needs types (a non-empty list of event types "
                                             "of docs/taxonomy.md) and sentences (a positive integer), nothing else")
    if kind == "exclude" and not (("phrases" in rule) ^ ("pattern" in rule and "anchors" in rule)):
        raise PatternError(source, line, f"{rid}: an exclude rule has either phrases, or a pattern with anchors")
    if kind == "exclude" and "trigger" in rule and "pattern" not in rule:
        raise PatternError(source, line, f"{rid}: trigger (the part of the match an exclusion covers) needs a pattern")
    if kind == "token" or (kind == "exclude" and "pattern" in rule):
        _validate_token_pattern(rule, source, line)
    if kind == "regex":
        check_regex(rule["pattern"], source, line, rid)


def _validate_token_pattern(rule: dict[str, Any], source: str, line: int) -> None:
    rid = rule["id"]
    pattern = rule["pattern"]
    if not isinstance(pattern, list) or not pattern or not all(isinstance(t, dict) for t in pattern):
        raise PatternError(source, line, f"{rid}: pattern must be a non-empty list of token objects")
    for tok in pattern:
        for attr in tok:
            if attr.upper() not in PROVIDED_TOKEN_ATTRS and attr != "_":
                raise PatternError(
                    source, line, f"{rid}: token attribute {attr} is not provided by this pipeline "
                    "(no tagger or parser: use LEMMA, LOWER, ORTH, shape and IS_* flags)")
        for val in tok.values():
            if isinstance(val, dict) and "REGEX" in val:
                check_regex(val["REGEX"], source, line, rid)
    if "trigger" in rule:
        trig = rule["trigger"]
        if not (isinstance(trig, list) and len(trig) == 2 and all(isinstance(i, int) for i in trig)
                and -len(pattern) <= trig[0] < len(pattern) and -len(pattern) < trig[1] <= len(pattern)
                and (trig[1] == 0 or trig[1] > trig[0] >= 0 or trig[0] < trig[1] < 0 or trig[0] < 0 == trig[1])):
            raise PatternError(source, line, f"{rid}: trigger must be [start, end] token offsets into the match "
                                             "(negative: from the end; an end of 0: the end of the match)")
    # spaCy's own schema check (validate=True) catches misspelt operators and value types.
    from spacy.matcher import Matcher
    from spacy.vocab import Vocab

    try:
        Matcher(Vocab(), validate=True).add(rid, [pattern])
    except Exception as e:  # spaCy raises ValueError/MatchPatternError with its own message
        raise PatternError(source, line, f"{rid}: spaCy rejects the token pattern: {e}") from e


def _regex_risks(tree: Any, inside_repeat: bool = False) -> str | None:
    for op, av in tree:
        name = str(op)
        if name == "GROUPREF" or name == "GROUPREF_EXISTS":
            return "backreferences are not allowed"
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            lo, hi, sub = av
            unbounded = hi == MAXREPEAT or hi > 50
            if inside_repeat and unbounded:
                return "nested quantifiers can backtrack catastrophically"
            found = _regex_risks(sub, inside_repeat or unbounded)
            if found:
                return found
        elif name == "SUBPATTERN":
            found = _regex_risks(av[-1], inside_repeat)
            if found:
                return found
        elif name == "BRANCH":
            for branch in av[1]:
                found = _regex_risks(branch, inside_repeat)
                if found:
                    return found
        elif name in ("ASSERT", "ASSERT_NOT"):
            found = _regex_risks(av[1], inside_repeat)
            if found:
                return found
    return None


def check_regex(pattern: Any, source: str, line: int, rid: str) -> re.Pattern[str]:
    """Compile a rule's regex, rejecting backreferences and nested unbounded quantifiers."""
    if not isinstance(pattern, str) or not pattern:
        raise PatternError(source, line, f"{rid}: regex must be a non-empty string")
    try:
        compiled = re.compile(pattern)
        tree = sre_parse.parse(pattern)
    except re.error as e:
        raise PatternError(source, line, f"{rid}: regex does not compile ({e})") from e
    risk = _regex_risks(tree)
    if risk:
        raise PatternError(source, line, f"{rid}: regex rejected: {risk}")
    return compiled


@registry.misc("riskevents.read_patterns.v1")
def read_patterns_callback(path: str, files: list[str]) -> list[dict[str, Any]]:
    """Config hook: ``[initialize.components.X.patterns] @misc = "riskevents.read_patterns.v1"``."""
    return read_pattern_files(path, files)


def rules_of_kind(rules: Iterable[dict[str, Any]], *kinds: str) -> list[dict[str, Any]]:
    return [r for r in rules if r["kind"] in kinds]
