"""Entity rules: MONEY, PERCENT, DATE (dates and periods), ORG and BUSINESS_UNIT, with normalized values.

The mechanisms are here; the vocabulary (currency words and symbols, scales, months, period words, legal suffixes,
exchanges, the words around company names, shipped business units) comes from ``patterns/*.jsonl``, from which the
regexes are compiled at initialize time. Matching runs regexes over the text (a few microseconds per line, the field
notes measured a plain regex at ~40x the tokenizer's speed) and snaps each match to token boundaries. Results:
``doc.ents`` (label, and the rule id as ``span.id_``) and ``doc._.riskevents_entities`` (records with values).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.attrs import ENT_ID, ENT_IOB, ENT_TYPE, IDX, IS_ALPHA, IS_DIGIT, IS_PUNCT, IS_SPACE, LENGTH, LIKE_NUM, LOWER, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .. import extensions as ext
from ..layout import blocks_of, text_of
from ..patterns import rules_of_kind
from ..records import EntityRecord
from .base import RuleComponent, is_in

NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
# Blanks between the words of one entity: spaces or tabs, and at most one line break (wire text wraps lines inside
# "$1\nbillion" and "4.6\npercent"). No nested quantifiers: each is a run of blanks followed by an optional break.
WS = r"(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)"
WS0 = r"[ \t]*(?:\n[ \t]*)?"
YEAR = r"(?:1[89]|20)\d\d"
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": 4,
             "final": 4}
_PER_SHARE_BEFORE = re.compile(r"\b(?:per|a)[ \t]+(?:basic[ \t]+|diluted[ \t]+|fully[ \t]+diluted[ \t]+)?(?:common[ \t]+)?"
                               r"share[ \t]+(?:was|were|is|of|totaled|totalled|amounted[ \t]+to)[ \t]*$", re.I)
_AGE_BEFORE = re.compile(r"\b(?:his|her|their|my|your|our)[ \t]+(?:(?:early|mid|late)[ \t\-]+)?$", re.I)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[\-\s]*$")
_COUNTS = {"three": 3, "3": 3, "six": 6, "6": 6, "nine": 9, "9": 9, "twelve": 12, "12": 12}
_SCALE_WORDS = re.compile(r"in (thousands|millions|billions)", re.I)
_PER_SHARE_AFTER = re.compile(r"[ \t]*(?:per|a)[ \t]+(?:basic[ \t]+|diluted[ \t]+|fully[ \t]+diluted[ \t]+|"
                              r"basic[ \t]+and[ \t]+diluted[ \t]+)?(?:common[ \t]+)?(?:share|shr)\b", re.I)
_NAME_WORD = re.compile(r"[A-Z0-9][\w&'\u2019.\-]*$")


def _alt(surfaces: list[str], fold: bool = False, ws: bool = False) -> str:
    """A regex matching any of the surfaces, the longest first, written as a trie: ``dlrs|dlr|dollars`` becomes
    ``d(?:lrs?|ollars)``. Python's re tries the branches of an alternation one by one, so a flat alternation of
    hundreds of words costs hundreds of steps at every position it is tried; the trie costs one step per character.
    Same matches as the flat alternation sorted longest first: at one position the surfaces that match are prefixes
    of each other, and the trie tries a longer one before its prefix (children before the end of a word).
    ``fold``: the regex is compiled with re.I, so branches equal when lowercased are one branch (they must be: which
    of two case variants is tried first would otherwise decide between a longer and a shorter match).
    ``ws``: a space inside a surface ("per cent", "basis points") matches any blank run (``WS``)."""
    trie: dict[str, Any] = {}
    for s in set(surfaces):
        node = trie
        for ch in s.lower() if fold else s:
            node = node.setdefault(ch, {})
        node[""] = {}  # the end of a surface

    def emit(node: dict[str, Any]) -> str:
        branches = [(WS if ws and ch == " " else re.escape(ch)) + emit(child)
                    for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a surface ends here: try the longer ones first (greedy), then stop here
            return f"(?:{body})?"
        return body

    return emit(trie)


def _alt_ws(surfaces: list[str], fold: bool = False) -> str:
    """Like ``_alt``, but a space inside a surface ("per cent", "basis points") matches any blank run (``WS``)."""
    return _alt(surfaces, fold=fold, ws=True)


def _number(text: str) -> float:
    return float(text.replace(",", ""))



# where a numeric amount or percent can start (cheap: a lookbehind and one character class, no alternation)
_MONEY_NUMBER_START = re.compile(r"(?<![\w$.])[(\-\u2212.\d]")
_PERCENT_NUMBER_START = re.compile(r"(?<![\w.])[(\-+\u2212.\d]")


@dataclass
class Candidate:
    start: int
    end: int
    label: str
    value: Any
    unit: str
    rule_id: str
    priority: int


class EntityRules(RuleComponent):
    def __init__(self, nlp: Language, name: str = "riskevents_entity_rules") -> None:
        super().__init__(nlp, name)
        self.phrase_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.phrase_matcher_lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.phrase_info: dict[str, dict[str, Any]] = {}
        self.compiled = False

    # ---- building the regexes from the vocabulary -------------------------------------------------------------
    def set_rules(self, rules: list[dict[str, Any]]) -> None:
        self._store(rules)
        self.currency_prefix: dict[str, tuple[str, float, str]] = {}
        self.currency_suffix: dict[str, tuple[str, float, str]] = {}
        self.prefix_surfaces: list[str] = []
        self.currency_not_before: dict[str, re.Pattern[str]] = {}
        for r in rules_of_kind(rules, "currency"):
            pos = r.get("position", "prefix")
            for s in r["surface"]:
                target = self.currency_prefix if pos == "prefix" else self.currency_suffix
                if pos == "prefix":
                    self.prefix_surfaces.append(s)
                if r.get("not_before"):
                    self.currency_not_before[s.lower()] = re.compile(rf"{WS}(?:{_alt_ws(r['not_before'], fold=True)})\b", re.I)
                target[s.lower()] = (r["code"], float(r.get("factor", 1.0)), r["id"])
        self.scales = {s.lower(): (float(r["factor"]), r["id"]) for r in rules_of_kind(rules, "scale")
                       for s in r["surface"]}
        self.percent_units = {s.lower(): (float(r.get("factor", 1.0)), r["id"]) for r in rules_of_kind(rules, "percent_unit")
                              for s in r["surface"]}
        self.months = {s.lower().rstrip("."): (int(r["number"]), r["id"]) for r in rules_of_kind(rules, "month")
                       for s in r["surface"]}
        # a month's longest surface is its full name: only full names stand alone as dates ("in March")
        self.month_names = {max(r["surface"], key=len): (int(r["number"]), r["id"]) for r in rules_of_kind(rules, "month")}
        self.number_words: dict[str, tuple[float, str, str]] = {}
        for r in rules_of_kind(rules, "number_word"):
            for s in r["surface"]:
                self.number_words[s.lower()] = (float(r["value"]), r.get("role", "number"), r["id"])
        for tens, (tv, role, rid) in list(self.number_words.items()):
            if role == "tens":
                for unit, (uv, urole, _) in list(self.number_words.items()):
                    if urole == "number" and uv < 10:
                        self.number_words[f"{tens}-{unit}"] = (tv + uv, "number", rid)
        self.seasons = {s: (r["code"], r["id"]) for r in rules_of_kind(rules, "season") for s in r["surface"]}
        self.date_cues = {role: {s for r in rules_of_kind(rules, "date_cue") if r["role"] == role
                                 for s in r["surface"]} for role in ("before", "era", "needs_cue", "strong")}
        self.date_cues["before"] = {s.lower() for s in self.date_cues["before"]}
        self.date_cues["strong"] = {s.lower() for s in self.date_cues["strong"]}
        self.needs_cue = {w.lower() for w in self.date_cues["needs_cue"]}
        self.month_names_lower = {k.lower(): v for k, v in self.month_names.items()}
        self.period_rules = {r["code"]: r for r in rules_of_kind(rules, "period")}
        self.relative = {s.lower(): r["id"] for r in rules_of_kind(rules, "relative_date") for s in r["surface"]}
        self.suffixes = {s: r["id"] for r in rules_of_kind(rules, "legal_suffix") for s in r["surface"]}
        self.suffixes_after_comma = {s for r in rules_of_kind(rules, "legal_suffix") for s in r.get("after_comma", [])}
        self.name_stops = {s for r in rules_of_kind(rules, "name_stop") for s in r["surface"]}
        self.name_determiners = {s for r in rules_of_kind(rules, "name_determiner") for s in r["surface"]}
        self.name_connectors = {s for r in rules_of_kind(rules, "name_connector") for s in r["surface"]}
        self.exchanges = {s: r["id"] for r in rules_of_kind(rules, "exchange") for s in r["surface"]}
        self.table_items = {s.lower(): (r["code"], r["id"]) for r in rules_of_kind(rules, "table_item")
                            for s in r["surface"]}
        self.regex_rules = [(re.compile(r["pattern"]), r) for r in rules_of_kind(rules, "regex")]
        self.phrase_matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self.phrase_matcher_lower = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.phrase_info = {}
        for r in rules_of_kind(rules, "entity_phrase"):
            matcher = self.phrase_matcher if r.get("attr", "ORTH") == "ORTH" else self.phrase_matcher_lower
            matcher.add(r["id"], [self.nlp.make_doc(p) for p in r["phrases"]])
            self.phrase_info[r["id"]] = r
        self._compile()
        self._build_starts()

    def _words_of(self, *roles: str) -> str:
        return _alt([w for w, (_, role, _) in self.number_words.items() if role in roles], fold=True) or "(?!)"

    def _compile(self) -> None:
        scale = _alt(list(self.scales), fold=True) or "(?!)"
        scale_words = _alt([s for s in self.scales if len(s) > 2], fold=True) or "(?!)"
        pre = _alt_ws(self.prefix_surfaces) or "(?!)"
        suf = _alt_ws(list(self.currency_suffix), fold=True) or "(?!)"
        suf_words = _alt_ws([s for s in self.currency_suffix if len(s) > 2 and s.isalpha()], fold=True) or "(?!)"
        numw = self._words_of("number", "tens", "article")
        # a currency word ends at a word end that is not an abbreviation going on ("2 p.m." is no money)
        cur_end = r"(?![\w]|[.\-]\w)"
        # alphabetic currency prefixes (RM, USD, Rs, dlrs) are case-sensitive and start at a word start
        self.money_prefix_re = re.compile(
            rf"(?P<open>\()?(?<![A-Za-z0-9])(?P<cur>(?-i:{pre}))(?:[ \t]{{0,2}}|[ \t]*\n[ \t]*)(?P<paren>\()?[ \t]?"
            rf"(?P<sign>[-\u2212])?(?P<num>{NUM})(?P<close>\))?(?:[ \t]?(?P<close2>\)))?"
            rf"(?:[ \t\-]?(?P<scale>{scale})\b|[ \t]*\n[ \t]*(?P<scale_nl>{scale_words})\b)?(?:{WS}(?P<cur2>{suf}){cur_end})?",
            re.I)
        # tried only where a number starts (see _build_starts / _match_at)
        self.money_suffix_re = re.compile(
            rf"(?=[(\-\u2212.\d])(?<![\w$.])(?P<open>\()?(?P<sign>[-\u2212])?(?P<num>{NUM})(?P<close>\))?"
            rf"(?:{WS0}|-)(?:(?P<scale>{scale})(?:{WS}|-))?(?P<cur>{suf}){cur_end}", re.I)
        self.money_suffix_words_re = re.compile(
            rf"\b(?<![$.])(?P<open>)(?P<sign>)(?P<wnum>{numw})(?![\w])(?P<close>)"
            rf"(?:{WS0}|-)(?:(?P<scale>{scale})(?:{WS}|-))?(?P<cur>{suf}){cur_end}", re.I)
        mult = self._words_of("multiplier")
        self.multiplier_words = [w for w, (_, role, _) in self.number_words.items() if role == "multiplier"]
        self.money_vague_re = re.compile(
            rf"(?<![\w$.])(?:(?P<m1>{mult}){WS}of{WS})?(?P<m2>{mult}){WS}of{WS}(?P<cur>{suf_words})(?!\w)", re.I)
        self.table_money_re = re.compile(rf"(?<![\w$.])(?P<open>\()?(?P<num>{NUM})(?P<close>\))?(?:[ \t]?(?P<scale>{scale})\b)?",
                                         re.I)
        pu = _alt_ws(list(self.percent_units), fold=True) or "(?!)"
        pnumw = self._words_of("number", "tens")
        self.percent_re = re.compile(
            rf"(?<![\w.])(?P<open>\()?(?P<sign>[-+\u2212])?(?:(?P<num>{NUM})|(?P<wnum>{pnumw})(?!\w))(?P<close>\))?"
            rf"(?:[ \t]?|[ \t]*\n[ \t]*)(?P<unit>{pu})(?!\w)", re.I)
        # "5-15 percent": the first number of a range is a percent too (MUC tags "5" and "15 percent")
        self.percent_range_re = re.compile(
            rf"(?<![\w.\-])(?P<num>{NUM})(?:[ \t]*[-\u2013][ \t]*|[ \t]+to[ \t]+)"
            rf"(?=(?:{NUM})(?:[ \t]?|[ \t]*\n[ \t]*)(?P<unit>{pu})(?!\w))", re.I)
        frac = self._words_of("fraction")
        fnum = self._words_of("number", "tens", "article")
        self.percent_fraction_re = re.compile(
            rf"(?<![\w.])(?:(?P<fw>{fnum})[ \t\-]+)?(?P<fr>{frac})(?:{WS}of)?{WS}(?:a|an|one|1){WS}(?P<unit>{pu})(?!\w)", re.I)
        months = _alt([m for m in self.months], fold=True) or "(?!)"
        self.month_day_re = re.compile(
            rf"\b(?P<month>{months})\.?{WS}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?{WS}(?P<year>{YEAR})\b)?"
            rf"(?:[-\u2013](?P<day2>\d{{1,2}})(?![\w\-]))?", re.I)
        self.day_month_re = re.compile(
            rf"\b(?P<day>\d{{1,2}}){WS}(?P<month>{months})\.?,?{WS}(?P<year>{YEAR})\b", re.I)
        self.month_year_re = re.compile(rf"\b(?P<month>{months})\.?,?{WS}(?P<year>{YEAR})\b", re.I)
        era = _alt_ws(list(self.date_cues["era"])) or "(?!)"
        # a year: 1800-2049; before 1950 only after a cue word ("in 1924") or with an era ("2000 B.C.").
        # "1972-73" and "1880-1954" are two dates (the range's tail is found by year_tail_re).
        self.year_re = re.compile(
            rf"(?<![\w$.,\-/'])(?P<year>{YEAR})(?:{WS}(?P<era>(?-i:{era}))(?![\w]))?(?![\w%]|,\d|\.\d|-[^\d\s]|/)")
        self.year_tail_re = re.compile(rf"(?<=\d\d\d\d[-\u2013])(?P<tail>\d\d(?:\d\d)?)(?![\w%\-/]|,\d|\.\d)")
        self.decade_re = re.compile(r"(?<![\w$.])(?:(?P<dec>(?:1[89]|20)\d0)s|(?P<apos>['\u2019])(?P<d2>\d0)s"
                                    r"|(?<=[A-Za-z] )(?P<d3>[1-9]0)s)(?!\w)")
        # lowercase "century": "20th Century Fox" is a name
        self.century_re = re.compile(rf"\b(?P<c>[1-9]|1\d|2[01])(?:st|nd|rd|th)(?:{WS}|-)century\b")
        full = [m for m in self.month_names]
        self.bare_month_re = re.compile(rf"(?<![\w.])(?P<m>{_alt(full + [m.upper() for m in full])})(?![\w])")
        seasons = _alt(list(self.seasons)) or "(?!)"
        self.season_re = re.compile(rf"(?<![\w])(?P<s>{seasons})(?:{WS}of{WS}(?P<year>{YEAR})\b)?(?![\w])")
        rel = _alt_ws(list(self.relative), fold=True) or "(?!)"
        self.relative_re = re.compile(rf"(?<!\w)(?:{rel})(?!\w)", re.I)
        self.period_res = self._period_regexes(months)
        sfx = _alt(list(self.suffixes)) or "(?!)"
        # a period belongs to an abbreviated suffix written with it ("Inc.", "Corp."): "Harlan Industries." ends a
        # sentence, and the name is "Harlan Industries"
        self.suffix_re = re.compile(rf"(?<![\w\-])(?:{sfx})(?![\w\-])")
        exch = _alt(list(self.exchanges)) or "(?!)"
        self.ticker_re = re.compile(rf"\((?P<ex>{exch})[ \t]*[:\-]?[ \t]*(?P<sym>[A-Z][A-Z0-9.]{{0,6}})\)|<(?P<sym2>[A-Z][A-Z0-9.]{{0,6}})>")
        self.defined_re = re.compile(r"\([ \t]*(?:the[ \t]+)?[\"\u201c](?P<abbr>[A-Z][A-Za-z0-9&\-]{1,12})[\"\u201d]"
                                     r"(?:[ \t]+or[ \t]+[^)\n]{1,40})?[ \t]*\)")
        self.compiled = True

    def _period_regexes(self, months: str) -> list[tuple[re.Pattern[str], str, bool]]:
        year = r"(?P<year>(?:1[89]|20)\d\d)"
        fy = r"(?:fiscal[ \t]+(?:year[ \t]+)?)?"
        date = rf"(?P<emonth>{months})\.?{WS}\d{{1,2}},?{WS}(?P<eyear>(?:1[89]|20)\d\d)"
        # the third field: can the regex start with a digit ("1st quarter", "1987 first quarter", "3 months", "1987
        # fiscal year")? The others ("last quarter", "Q3", "first half", "year ended") are not tried at numbers.
        out = [
            (rf"\b(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[ \t\-]+{fy}(?:quarter|qtr)\b"
             rf"(?:{WS}(?:of{WS})?(?:fiscal{WS})?{year}\b)?", "quarter", True),
            (rf"\b(?P<ord>last|final)[ \t\-]+{fy}(?:quarter|qtr){WS}of{WS}(?:fiscal{WS})?{year}\b", "quarter", False),
            (rf"\b{year}[ \t]+(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[ \t\-]+(?:quarter|qtr)\b", "quarter", True),
            (rf"\bQ(?P<q>[1-4])[ \t\-]+{fy}(?P<year2>(?:1[89]|20)\d\d|'?\d\d)\b|\bQ(?P<q2>[1-4])\b", "q", False),
            (rf"\b(?:first[ \t]+)?(?P<n>three|six|nine|twelve|3|6|9|12)[ \t\-]+months?(?:{WS}(?:ended|ending)"
             rf"{WS}{date}|{WS}of{WS}{year})?", "months", True),
            (rf"\b(?P<half>first|second)[ \t]+half(?:{WS}of)?(?:{WS}{year})?\b", "half", False),
            (rf"\b(?:fiscal|calendar)[ \t]+(?:year[ \t]+)?{year}\b|\bfiscal[ \t]+(?:year[ \t]+)?(?P<fyshort>'?\d\d)\b"
             rf"|\b(?P<year3>(?:1[89]|20)\d\d){WS}fiscal{WS}year\b", "fiscal", True),
            (rf"\b(?:fiscal[ \t]+)?year[ \t]+(?:ended|ending)[ \t]+{date}", "year_ended", False),
            (rf"\byear[ \t\-]+end(?:ed)?[ \t]+{year}\b", "year_end", False),
        ]
        return [(re.compile(p, re.I), kind, at_digits) for p, kind, at_digits in out]

    # ---- where matches can start ------------------------------------------------------------------------------
    def _build_starts(self) -> None:
        """The expensive regexes (alternations of hundreds of words, tried by Python's re at every character) are
        tried only where a match can start: at a number, or at a token whose lowercase form is a word the regex
        begins with (one pass over the Doc's tokens). Same matches as scanning every character."""
        strings = self.nlp.vocab.strings

        def roles(*wanted: str) -> set[str]:
            return {w.split("-")[0] for w, (_, role, _) in self.number_words.items() if role in wanted}

        def first_words(surfaces) -> set[str]:
            out = set()
            for s in surfaces:
                first = s.lower().split()[0] if s.split() else ""
                out.update({first, first.split("-")[0]})
            return {w for w in out if w}

        months = {m.lower() for m in self.months} | {m.lower() + "." for m in self.months}
        families = {
            "money_words": roles("number", "tens", "article"),
            "percent_words": roles("number", "tens"),
            "fraction_words": roles("number", "tens", "article", "fraction"),
            "month": months,
            "season": {s.lower() for s in self.seasons},
            "relative": first_words(self.relative),
            "period": {"first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th", "last", "final", "q1", "q2",
                       "q3", "q4", "three", "six", "nine", "twelve", "fiscal", "calendar", "year"},
        }
        self.start_lower: dict[int, list[str]] = {}
        for name, ws in families.items():
            for w in ws | {w.rstrip(".") for w in ws} | {w.rstrip(".") + "." for w in ws}:
                names = self.start_lower.setdefault(strings.add(w), [])
                if name not in names:
                    names.append(name)
        self.start_lower_keys = numpy.array(sorted(self.start_lower), dtype=numpy.uint64)
        self.start_orth = {strings.add(v) for s in self.suffixes for v in (s, s.rstrip("."), s.rstrip(".") + ".")}
        self.start_orth_keys = numpy.array(sorted(self.start_orth), dtype=numpy.uint64)

    def _starts(self, doc: Doc, text: str) -> dict[str, list[int]]:
        """Where each family of regexes can start: token starts found by array lookups; Python touches only the
        tokens that are a start word, and the few tokens with words glued to symbols."""
        out: dict[str, list[int]] = {name: [] for name in ("money_words", "percent_words", "fraction_words", "month",
                                                            "season", "relative", "period", "suffix", "digit")}
        if len(doc):
            arr = doc.to_array([LOWER, ORTH, IDX, IS_DIGIT, IS_ALPHA, IS_PUNCT, IS_SPACE, LIKE_NUM])
            lower, idx = arr[:, 0], arr[:, 2]
            lower_index = self.start_lower
            hits = numpy.flatnonzero(is_in(lower, self.start_lower_keys))
            for key, start in zip(lower[hits].tolist(), idx[hits].tolist()):
                for name in lower_index[key]:
                    out[name].append(start)
            out["suffix"] = idx[is_in(arr[:, 1], self.start_orth_keys)].tolist()
            out["digit"] = idx[arr[:, 3] != 0].tolist()
            # a token with words glued to symbols ('<LTLP>1ST', 'April/', 'September"s'): a match may start after
            # any symbol inside it
            glued: list[int] = []
            odd = (arr[:, 3] == 0) & (arr[:, 4] == 0) & (arr[:, 5] == 0) & (arr[:, 6] == 0) & (arr[:, 7] == 0)
            for i in numpy.flatnonzero(odd).tolist():
                token = doc[i]
                start, word = token.idx, token.text
                glued.append(start)
                glued.extend(start + k + 1 for k, ch in enumerate(word) if not ch.isalnum())
            if glued:
                for name in ("month", "season", "relative", "period", "digit", "money_words", "percent_words",
                             "fraction_words", "suffix"):
                    out[name].extend(glued)
        out["money_number"] = [m.start() for m in _MONEY_NUMBER_START.finditer(text)]
        percent_number = [m.start() for m in _PERCENT_NUMBER_START.finditer(text)]
        # each list sorted and without repeats once, here, not again at every regex tried over it
        out = {name: sorted(set(positions)) for name, positions in out.items()}
        out["percent_any"] = sorted(set(percent_number).union(out["percent_words"]))
        out["period_digit"] = sorted(set(out["period"]).union(out["digit"]))
        return out

    @staticmethod
    def _match_at(rx: "re.Pattern[str]", text: str, positions: list[int]):
        """Like ``rx.finditer(text)`` when every match starts at one of the positions (sorted, no repeats): left to
        right, no overlaps."""
        last_end = -1
        for pos in positions:
            if pos < last_end:
                continue
            m = rx.match(text, pos)
            if m:
                yield m
                last_end = max(m.end(), pos + 1)

    # ---- matching ----------------------------------------------------------------------------------------------
    def candidates(self, doc: Doc) -> list[Candidate]:
        text = text_of(doc)
        # what earlier chunks of a long document knew (set by the driver): text before this chunk, defined terms
        self._context = doc.user_data.get(ext.CHUNK_CONTEXT) or {}
        self._defined: list[tuple[str, str, str]] = []
        out: list[Candidate] = []
        table_spans = [(b.start, b.end) for b in blocks_of(doc) if b.kind == "table_row"]
        self._doc_starts = self._starts(doc, text)
        out.extend(self._money(text, table_spans))
        out.extend(self._percent(text, table_spans))
        out.extend(self._dates(text))
        out.extend(self._orgs(text))
        for rx, r in self.regex_rules:
            for m in rx.finditer(text):
                if m.end() > m.start():
                    out.append(Candidate(m.start(), m.end(), r["label"], r.get("value", m.group(0)), "", r["id"], 3))
        for matcher in (self.phrase_matcher, self.phrase_matcher_lower):
            for match_id, s, e in matcher(doc):
                r = self.phrase_info[self.nlp.vocab.strings[match_id]]
                span = doc[s:e]
                out.append(Candidate(span.start_char, span.end_char, r["label"], r.get("value", span.text),
                                     "listed", r["id"], 4))
        return out

    def _scale_for_table(self, text: str, pos: int) -> float:
        window = text[max(0, pos - 3000):pos]
        if pos < 3000 and self._context.get("before_text"):  # a later chunk: the header may be in the previous one
            window = (self._context["before_text"] + window)[-3000:]
        found = list(_SCALE_WORDS.finditer(window))
        if not found:
            return 1.0
        return {"thousands": 1e3, "millions": 1e6, "billions": 1e9}[found[-1].group(1).lower()]

    def _money(self, text: str, table_spans: list[tuple[int, int]]) -> list[Candidate]:
        out: list[Candidate] = []
        st = self._doc_starts
        for rx, kind, found in ((self.money_prefix_re, "prefix", self.money_prefix_re.finditer(text)),
                                (self.money_suffix_re, "suffix", self._match_at(self.money_suffix_re, text,
                                                                                st["money_number"])),
                                (self.money_suffix_words_re, "suffix", self._match_at(self.money_suffix_words_re, text,
                                                                                      st["money_words"]))):
            for m in found:
                g = m.groupdict()
                cur = " ".join(m.group("cur").lower().split())
                code, factor, rid = (self.currency_prefix if kind == "prefix" else self.currency_suffix)[cur]
                if kind == "prefix" and m.group("cur2"):
                    code = self.currency_suffix[" ".join(m.group("cur2").lower().split())][0]
                explicit_scale = m.group("scale") or g.get("scale_nl")
                if kind == "suffix" and self._currency_refused(cur, text, m.end()):
                    continue
                if g.get("wnum"):
                    number, role, _ = self.number_words[g["wnum"].lower()]
                    if role == "article" and not explicit_scale:
                        continue  # "a dollar" is not an amount we report; "a million dollars" is
                else:
                    number = _number(m.group("num"))
                start, end = m.start(), m.end()
                opened = bool(m.group("open"))
                closed = bool(m.group("close")) or bool(m.groupdict().get("close2"))
                negative = bool(m.groupdict().get("paren")) or bool(m.group("sign")) or (opened and closed)
                if opened and closed and self._after_amount(text, start):
                    # "76.40 kroner (dlrs 10.6)", "5 mln stg (8 mln dlrs)": a conversion in parentheses, not negative
                    negative = bool(m.groupdict().get("paren")) or bool(m.group("sign"))
                    start += 1
                    end = (m.end("close2") if g.get("close2") else m.end("close")) - 1
                    if m.end() > end + 1:  # "(dlrs 10.6) mln": keep what follows the ")"
                        start, end = start - 1, m.end()
                if opened and not closed:
                    start += 1
                if closed and not opened and not m.groupdict().get("paren"):
                    # "(\$0.21)" has both; "\$(16.3) million" has paren inside; a lone ")" is not ours
                    end_paren = m.group("close") is not None and m.end("close") == end and not m.group("scale")
                    if end_paren:
                        end -= 1
                value = number * factor
                if explicit_scale:
                    value *= self.scales[explicit_scale.lower()][0]
                elif kind == "prefix" and self._in_spans(start, table_spans):
                    value *= self._scale_for_table(text, start)
                if negative:
                    value = -value
                per_share = (bool(_PER_SHARE_AFTER.match(text, end)) or self._row_is_per_share(text, start, table_spans)
                             or bool(_PER_SHARE_BEFORE.search(text, max(0, m.start() - 60), m.start())))
                unit = code + ("/share" if per_share else "")
                out.append(Candidate(start, end, "MONEY", round(value, 6), unit, rid, 2))
        # Vague amounts: "hundreds of millions of dollars" (value: the lower bound, 1e8)
        # (a vague amount needs a multiplier word: most texts have none, and the scan of every character is skipped)
        low = text.lower() if text.isascii() else None  # (re.I equals lower() on ASCII text only)
        vague = (self.money_vague_re.finditer(text) if low is None or any(w in low for w in self.multiplier_words)
                 else ())
        for m in vague:
            cur = " ".join(m.group("cur").lower().split())
            if self._currency_refused(cur, text, m.end()):
                continue
            code, factor, rid = self.currency_suffix[cur]
            value = self.number_words[m.group("m2").lower()][0] * factor
            if m.group("m1"):
                value *= self.number_words[m.group("m1").lower()][0]
            out.append(Candidate(m.start(), m.end(), "MONEY", value, code, "money.vague.001", 2))
        # Wire results tables: "Net loss 3.4 mln vs profit 1.1 mln" (dollars implied by the line item)
        for s, e in table_spans:
            line = text[s:e]
            low = line.lower()
            item = next((k for k in sorted(self.table_items, key=len, reverse=True) if low.startswith(k)), None)
            if item is None or "\t" in line:
                continue
            code, rid = self.table_items[item]
            for m in self.table_money_re.finditer(text, s + len(item), e):
                if not (m.group("scale") or "," in m.group("num")):
                    continue
                value = _number(m.group("num")) * (self.scales[m.group("scale").lower()][0] if m.group("scale") else 1)
                st, en = m.start(), m.end()
                if m.group("open") and m.group("close"):
                    value = -value
                elif m.group("open"):
                    st += 1
                elif m.group("close"):
                    en -= 1
                out.append(Candidate(st, en, "MONEY", value, code, rid, 1))
        return out

    def _after_amount(self, text: str, paren: int) -> bool:
        """Does an amount end right before the "(" at ``paren``? ("76.40 kroner (", "$5 million (", not "or (")"""
        before = text[max(0, paren - 40):paren].rstrip(" \t")
        if not before:
            return False
        if before[-1].isdigit():
            return True
        word = re.search(r"[A-Za-z.]+$", before)
        if not word:
            return False
        w = word.group(0).lower()
        return w in self.currency_suffix or w in self.scales or w.rstrip(".") in self.scales

    def _currency_refused(self, cur: str, text: str, end: int) -> bool:
        """'hundreds of pounds of provisions': a currency word followed by one of its not_before words is no money."""
        rx = self.currency_not_before.get(cur)
        return bool(rx and rx.match(text, end))

    @staticmethod
    def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
        return any(s <= pos < e for s, e in spans)

    @staticmethod
    def _row_is_per_share(text: str, pos: int, spans: list[tuple[int, int]]) -> bool:
        for s, e in spans:
            if s <= pos < e:
                label = text[s:pos].split("\t")[0].lower()
                return "per share" in label or "per common share" in label or label.startswith("shr")
        return False

    def _percent(self, text: str, table_spans: list[tuple[int, int]]) -> list[Candidate]:
        out: list[Candidate] = []
        st = self._doc_starts
        for m in self._match_at(self.percent_re, text, st["percent_any"]):
            factor, rid = self.percent_units[" ".join(m.group("unit").lower().split())]
            num = _number(m.group("num")) if m.group("num") else self.number_words[m.group("wnum").lower()][0]
            value = num * factor
            start, end = m.start(), m.end()
            opened, closed = bool(m.group("open")), bool(m.group("close"))
            if (opened and closed) or m.group("sign") in ("-", "\u2212"):
                value = -value
            elif opened:
                start += 1
            out.append(Candidate(start, end, "PERCENT", round(value, 6), "percent", rid, 2))
        for m in self.percent_range_re.finditer(text):
            factor, rid = self.percent_units[" ".join(m.group("unit").lower().split())]
            out.append(Candidate(m.start("num"), m.end("num"), "PERCENT", round(_number(m.group("num")) * factor, 6),
                                 "percent", "percent.range.001", 2))
        for m in self._match_at(self.percent_fraction_re, text, st["fraction_words"]):
            factor, _ = self.percent_units[" ".join(m.group("unit").lower().split())]
            frac, _, rid = self.number_words[m.group("fr").lower()]
            count = self.number_words[m.group("fw").lower()][0] if m.group("fw") else 1.0
            out.append(Candidate(m.start(), m.end(), "PERCENT", round(count * frac * factor, 6), "percent", rid, 2))
        # Table columns headed by "%": the last cell of each row under such a header is a percent.
        header_pct = False
        prev_end = -10
        for s, e in table_spans:
            if "\t" not in text[s:e]:
                continue
            if text.count("\n", prev_end, s) > 1:
                header_pct = False
            prev_end = e
            cells = text[s:e].split("\t")
            last = cells[-1].strip()
            if last == "%":
                header_pct = True
                continue
            if header_pct and re.fullmatch(r"\(?-?(?:" + NUM + r")\)?", last):
                cs = e - len(cells[-1]) + (len(cells[-1]) - len(cells[-1].lstrip()))
                ce = cs + len(last)
                v = _number(last.strip("()-"))
                if last.startswith("(") or last.startswith("-"):
                    v = -v
                out.append(Candidate(cs, ce, "PERCENT", v, "percent", "percent.table_column.001", 1))
        return out

    @staticmethod
    def _word_before(text: str, pos: int) -> str:
        """The word before ``pos`` (lowercased), across blanks and a hyphen: "early-spring" -> "early"."""
        m = _WORD_BEFORE.search(text, max(0, pos - 24), pos)
        return m.group(1).lower() if m else ""

    def _month(self, word: str) -> tuple[int, str] | None:
        return self.months.get(word.lower().rstrip("."))

    def _dates(self, text: str) -> list[Candidate]:
        out: list[Candidate] = []
        st = self._doc_starts
        for m in self._match_at(self.month_day_re, text, st["month"]):
            mo = self._month(m.group("month"))
            day = int(m.group("day"))
            if not mo or not 1 <= day <= 31:
                continue
            year = m.group("year")
            value = f"{year}-{mo[0]:02d}-{day:02d}" if year else f"--{mo[0]:02d}-{day:02d}"
            end = m.start("day2") - 1 if m.group("day2") else m.end()
            out.append(Candidate(m.start(), end, "DATE", value, "date", mo[1], 2))
            if m.group("day2") and day < int(m.group("day2")) <= 31:  # "May 1-31": two dates, as MUC tags them
                value2 = f"{year + '-' if year else '--'}{mo[0]:02d}-{int(m.group('day2')):02d}"
                out.append(Candidate(m.start("day2"), m.end("day2"), "DATE", value2, "date", mo[1], 2))
        for m in self._match_at(self.day_month_re, text, st["digit"]):
            mo = self._month(m.group("month"))
            day = int(m.group("day"))
            if mo and 1 <= day <= 31:
                out.append(Candidate(m.start(), m.end(), "DATE", f"{m.group('year')}-{mo[0]:02d}-{day:02d}",
                                     "date", mo[1], 2))
        for m in self._match_at(self.month_year_re, text, st["month"]):
            mo = self._month(m.group("month"))
            if mo:
                out.append(Candidate(m.start(), m.end(), "DATE", f"{m.group('year')}-{mo[0]:02d}", "period", mo[1], 1))
        before = self.date_cues["before"]
        for m in self.year_re.finditer(text):
            year = int(m.group("year"))
            if year >= 2050:
                continue
            if m.group("era"):
                era = m.group("era").upper().replace(".", "")
                value = f"-{year:04d}" if era in ("BC", "BCE") else str(year)
                out.append(Candidate(m.start(), m.end(), "DATE", value, "period", "dates.cue.002", 1))
                continue
            if year < 1950 and self._word_before(text, m.start()) not in before:
                continue
            out.append(Candidate(m.start(), m.end(), "DATE", m.group("year"), "period", "dates.year.001", 0))
        for m in self.year_tail_re.finditer(text):
            first = text[m.start() - 5:m.start() - 1]
            if not re.fullmatch(YEAR, first) or (m.start() > 5 and not re.match(r"[^\w$.,/]", text[m.start() - 6])):
                continue
            tail = m.group("tail")
            year = int(first[:2] + tail) if len(tail) == 2 else int(tail)
            if int(first) < year <= int(first) + 99:
                out.append(Candidate(m.start(), m.end(), "DATE", str(year), "period", "dates.year.001", 0))
        for m in self.decade_re.finditer(text) if "0s" in text else ():  # every decade ends with "0s"
            if m.group("dec"):
                value = m.group("dec") + "s"
            else:
                d = m.group("d2") or m.group("d3")
                if m.group("d3") and (self._word_before(text, m.start()) not in before or
                                      _AGE_BEFORE.search(text, max(0, m.start() - 20), m.start())):
                    continue  # "in his 80s", "in her early 50s" are ages
                value = "19" + d + "s"
            out.append(Candidate(m.start(), m.end(), "DATE", value, "decade", "dates.decade.001", 1))
        for m in self.century_re.finditer(text) if "century" in text else ():
            value = f"{int(m.group('c')) - 1:02d}XX"
            out.append(Candidate(m.start(), m.end(), "DATE", value, "century", "dates.century.001", 1))
        needs_cue, names = self.needs_cue, self.month_names_lower
        for m in self._match_at(self.bare_month_re, text, st["month"]):
            name = m.group("m").lower()
            if name in needs_cue and self._word_before(text, m.start()) not in before:
                continue
            number, rid = names[name]
            out.append(Candidate(m.start(), m.end(), "DATE", f"XXXX-{number:02d}", "period", rid, 0))
        for m in self._match_at(self.season_re, text, st["season"]):
            cue = self._word_before(text, m.start())
            if cue not in before:
                continue  # "prices fall", "hot spring"
            if not m.group("year") and cue not in self.date_cues["strong"] and re.match(rf"{WS}(?:of|in|from|to|by|off|back)\b", text[m.end():m.end() + 12]):
                continue  # "the fall of the Berlin Wall", "the fall in prices"
            code, rid = self.seasons[m.group("s")]
            value = f"{m.group('year') or 'XXXX'}-{code}"
            out.append(Candidate(m.start(), m.end(), "DATE", value, "season", rid, 1))
        for m in self._match_at(self.relative_re, text, st["relative"]):
            key = " ".join(m.group(0).lower().split())
            out.append(Candidate(m.start(), m.end(), "DATE", key, "relative", self.relative[key], 1))
        for rx, kind, at_digits in self.period_res:
            for m in self._match_at(rx, text, st["period_digit"] if at_digits else st["period"]):
                code = self._period_code(m, kind)
                if code is None:
                    continue
                rule = self.period_rules.get(kind)
                rid = rule["id"] if rule else f"dates.period_{kind}.001"
                out.append(Candidate(m.start(), m.end(), "DATE", code, "period", rid, 3))
        return out

    def _period_code(self, m: re.Match[str], kind: str) -> str | None:
        g = m.groupdict()
        year = g.get("year") or "XXXX"
        if kind == "quarter":
            return f"{year}-Q{_ORDINALS[g['ord'].lower()]}"
        if kind == "q":
            q = g.get("q") or g.get("q2")
            y = g.get("year2")
            if y:
                y = y.lstrip("'")
                y = y if len(y) == 4 else ("19" + y if int(y) > 50 else "20" + y)
            return f"{y or 'XXXX'}-Q{q}"
        if kind == "months":
            n = _COUNTS[g["n"].lower()]
            if g.get("emonth"):
                month = self._month(g["emonth"])
                if not month:
                    return None
                year = g["eyear"]
                if n == 3:
                    return f"{year}-Q{(month[0] - 1) // 3 + 1}"
                if n == 6:
                    return f"{year}-H{1 if month[0] <= 6 else 2}"
                if n == 12:
                    return f"{year}-FY"
                return f"{year}-{n}M"
            if g.get("year"):
                return f"{year}-{n}M" if n != 12 else f"{year}-FY"
            return None if n in (3,) and not g.get("year") else f"XXXX-{n}M"
        if kind == "half":
            return f"{year}-H{1 if g['half'].lower() == 'first' else 2}"
        if kind == "fiscal":
            y = g.get("year") or g.get("fyshort") or g.get("year3") or ""
            y = y.lstrip("'")
            if len(y) == 2:
                y = ("19" if int(y) > 50 else "20") + y
            return f"{y}-FY"
        if kind == "year_ended":
            return f"{g['eyear']}-FY"
        if kind == "year_end":
            return f"{year}-12-31"
        return None

    def _walk_back_name(self, text: str, end: int, limit: int = 7, comma_first: bool = True) -> int | None:
        """Start of the capitalized name that ends at ``end`` (words separated by single spaces, or by a
        ``name_connector`` such as "and", "of" between capitalized words; a ``name_determiner`` such as "The" is no
        part of it). A comma may stand between the name and what ends it when
        ``comma_first`` ("Cargill, Inc."), and between two words of the name ("Kidder, Peabody and Co"), but not
        after a word that cannot end the first part of a name: a legal suffix (a list: "Kidder Peabody and Co Inc,
        Salomon Brothers Inc"), a number or month ("In March 1986, Acme Corp"), or a ``name_stop`` word
        ("Separately, Acme Corp")."""
        pos = end
        start = None
        words = 0
        while words < limit:
            seg_end = pos
            while seg_end > 0 and text[seg_end - 1] in " ,":
                seg_end -= 1
                if pos - seg_end > 2:
                    break
            separator = text[seg_end:pos]
            if separator not in ("", " ", ",", ", ") or seg_end == 0:
                break  # (two spaces part a heading from the text: "About Acme  Acme Holdings Inc")
            comma = "," in separator
            if comma and start is None and not comma_first:
                break
            ws = text.rfind(" ", 0, seg_end)
            nl = text.rfind("\n", 0, seg_end)
            tab = text.rfind("\t", 0, seg_end)
            ws = max(ws, nl, tab) + 1
            word = text[ws:seg_end]
            if not word:
                break
            if comma and (word in self.name_stops or start is not None and (
                    word in self.suffixes or word.rstrip(".") in self.suffixes or any(ch.isdigit() for ch in word)
                    or word.lower().rstrip(".") in self.months)):
                break  # (a suffix word does end a name before its legal form: "Acme Holdings, Inc.")
            if _NAME_WORD.match(word) and word not in self.name_determiners:
                start = ws
                words += 1
                pos = ws
                continue
            if word in self.name_connectors and start is not None:
                # only keep the connector if a capitalized word precedes it, and not "and" after a legal form: "Acme
                # Ltd and Brill Corp" are two companies ("Bank and Trust Co", "Petroleum Co of Australia Ltd" one)
                prev_end = ws - 1
                pws = max(text.rfind(" ", 0, prev_end), text.rfind("\n", 0, prev_end)) + 1
                prev = text[pws:prev_end]
                if (_NAME_WORD.match(prev) and prev not in self.name_determiners
                        and not (word in ("and", "&") and prev in self.suffixes_after_comma)):
                    pos = ws
                    continue
            break
        return start

    def _orgs(self, text: str) -> list[Candidate]:
        out: list[Candidate] = []
        for m in self._match_at(self.suffix_re, text, self._doc_starts["suffix"]):
            suffix = m.group(0).rstrip(".")
            if text[m.start():m.start() + 2] == "Co" and suffix == "Co" and not m.group(0).endswith("."):
                if text[m.end():m.end() + 1] not in (" ", ",", "\n", ")", ";") :
                    continue
            start = self._walk_back_name(text, m.start(), comma_first=m.group(0) in self.suffixes_after_comma
                                         or suffix in self.suffixes_after_comma)
            if start is None:
                continue
            out.append(Candidate(start, m.end() if m.group(0).endswith(".") and not text[m.end():m.end() + 1].isalpha()
                                 else m.end(), "ORG", " ".join(text[start:m.end()].split()), "legal_suffix",
                                 self.suffixes.get(suffix, self.suffixes.get(m.group(0), "orgs.legal_suffix.001")), 1))
        for m in self.ticker_re.finditer(text):
            sym = m.group("sym") or m.group("sym2")
            ex = m.group("ex") or ""
            s = m.start("sym") if m.group("sym") else m.start("sym2")
            rid = self.exchanges.get(ex, "orgs.ticker.001")
            out.append(Candidate(s, s + len(sym), "ORG", f"{ex + ':' if ex else ''}{sym}", "ticker", rid, 2))
        # defined terms: Impac Funding Corporation ("IFC") -> both names for the rest of the document
        carried = [tuple(t) for t in self._context.get("defined_terms", [])]
        defined: list[tuple[str, str, str]] = []
        for m in self.defined_re.finditer(text):
            abbr = m.group("abbr")
            name_end = m.start()
            while name_end > 0 and text[name_end - 1] in " \t":
                name_end -= 1
            start = self._walk_back_name(text, name_end)
            if start is None:
                continue
            name = text[start:name_end]
            if len(name.split()) < 2 and not self.suffix_re.search(name):
                continue
            is_org = bool(self.suffix_re.search(name)) or bool(re.search(r"\b(?:Commission|Agency|Board|Exchange|"
                                                                         r"Department|Authority|Bank)\b", name))
            label = "ORG" if is_org else "BUSINESS_UNIT"
            out.append(Candidate(start, name_end, label, name, "defined_term", "orgs.defined_term.001", 2))
            out.append(Candidate(m.start("abbr"), m.end("abbr"), label, name, "defined_term", "orgs.defined_term.001", 2))
            for later in re.finditer(rf"(?<![\w\-]){re.escape(abbr)}(?![\w\-])", text[m.end():]):
                s = m.end() + later.start()
                out.append(Candidate(s, s + len(abbr), label, name, "defined_term", "orgs.defined_term.001", 2))
            defined.append((abbr, label, name))
        # terms defined in earlier chunks of the same document hold here too
        for abbr, label, name in carried:
            if any(abbr == d[0] for d in defined):
                continue
            for later in re.finditer(rf"(?<![\w\-]){re.escape(abbr)}(?![\w\-])", text):
                out.append(Candidate(later.start(), later.end(), label, name, "defined_term",
                                     "orgs.defined_term.001", 2))
        self._defined = carried + [d for d in defined if all(d[0] != c[0] for c in carried)]
        return out

    # ---- the component ------------------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            if self._wanted(doc):
                self.apply(doc)
            else:
                doc._.set(ext.ENTITIES, [])
        except Exception as e:
            error_handler(self.name, self, [doc], e)
        return doc

    def _wanted(self, doc: Doc) -> bool:
        """Entities are found unless the caller wants only events (``ext.ENTITY_OUTPUT`` is False) and no event rule
        of a later component can fire in this Doc. A chunk of a long document is always done: the terms it defines
        ("Impac Funding Corporation (IFC)") hold in the chunks after it."""
        if doc.user_data.get(ext.ENTITY_OUTPUT) is not False or ext.CHUNK_CONTEXT in doc.user_data:
            return True
        names = self.nlp.pipe_names
        for name, proc in self.nlp.pipeline[names.index(self.name) + 1 if self.name in names else 0:]:
            if hasattr(proc, "can_fire"):
                return bool(proc.can_fire(doc))
        return True

    def apply(self, doc: Doc) -> None:
        cands = self.candidates(doc)
        doc.user_data[ext.DEFINED_TERMS] = [list(t) for t in self._defined]
        text = text_of(doc)
        cands.sort(key=lambda c: (-(c.end - c.start) - 1000 * c.priority, c.start))
        # each candidate snapped to the tokens it touches, as doc.char_span(alignment_mode="expand") does, for all
        # candidates at once (tokens tile the text: each ends where the next starts)
        token_idx = doc.to_array([IDX, LENGTH]).astype("int64") if len(doc) else numpy.zeros((0, 2), dtype="int64")
        starts, lengths = token_idx[:, 0], token_idx[:, 1]
        cand_starts = numpy.fromiter((c.start for c in cands), "int64", len(cands))
        first = numpy.searchsorted(starts, cand_starts, "right") - 1
        last = numpy.searchsorted(starts, numpy.fromiter((c.end - 1 for c in cands), "int64", len(cands)), "right") - 1
        first = first + (cand_starts == starts[first] + lengths[first])  # a start in a token's trailing space
        info: dict[tuple[int, int], Candidate] = {}
        for c, s, e in zip(cands, first.tolist(), (last + 1).tolist()):
            if e <= s or s < 0 or (s, e) in info:
                continue
            info[(s, e)] = c
        kept = _filter_by_priority(info)
        # doc.ents written as token columns (what doc.set_ents does, without a Span object per entity)
        strings = self.nlp.vocab.strings
        ents = numpy.zeros((len(doc), 3), dtype="uint64")
        ents[:, 0] = 2  # O
        records = []
        for s, e in kept:
            c = info[(s, e)]
            ents[s, 0] = 3  # B
            ents[s + 1:e, 0] = 1  # I
            ents[s:e, 1] = strings.add(c.label)
            ents[s:e, 2] = strings.add(c.rule_id)
            start_char, end_char = int(starts[s]), int(starts[e - 1] + lengths[e - 1])
            records.append(EntityRecord(doc_id="", label=c.label, text=text[start_char:end_char], start_char=start_char,
                                        end_char=end_char, value=c.value, unit=c.unit, rule_id=c.rule_id))
        if len(doc):
            doc.from_array([ENT_IOB, ENT_TYPE, ENT_ID], ents)
        doc._.set(ext.ENTITIES, records)


def _filter_by_priority(info: dict[tuple[int, int], Candidate]) -> list[tuple[int, int]]:
    """Non-overlapping token ranges: higher rule priority wins, then the longer range, then the earlier one."""
    ordered = sorted(info, key=lambda k: (-info[k].priority, -(k[1] - k[0]), k[0]))
    taken: set[int] = set()
    kept: list[tuple[int, int]] = []
    for s, e in ordered:
        if not taken.isdisjoint(range(s, e)):
            continue
        kept.append((s, e))
        taken.update(range(s, e))
    return sorted(kept)


@Language.factory("riskevents_entity_rules", assigns=["doc.ents", "doc._.riskevents_entities"], default_config={})
def make_entity_rules(nlp: Language, name: str) -> EntityRules:
    return EntityRules(nlp, name)


__all__ = ["EntityRules", "make_entity_rules"]
