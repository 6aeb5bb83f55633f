"""Entity rules: MONEY, PERCENT, DATE (dates and periods), ORG and BUSINESS_UNIT, with normalized values.

The mechanisms are here; the vocabulary (currency words and symbols, scales, months, period words, legal suffixes,
exchanges, shipped business units) comes from ``patterns/*.jsonl``, from which the regexes are compiled at
initialize time. Matching runs regexes over the text (a few microseconds per line, the field notes measured a plain
regex at ~40x the tokenizer's speed) and snaps each match to token boundaries. Results: ``doc.ents`` (label, and the
rule id as ``span.id_``) and ``doc._.riskevents_entities`` (records with values).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .. import extensions as ext
from ..layout import blocks_of
from ..patterns import rules_of_kind
from ..records import EntityRecord
from .base import RuleComponent

NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_COUNTS = {"three": 3, "3": 3, "six": 6, "6": 6, "nine": 9, "9": 9, "twelve": 12, "12": 12}
_SCALE_WORDS = re.compile(r"in (thousands|millions|billions)", re.I)
_PER_SHARE_AFTER = re.compile(r"[ \t]*(?:per|a)[ \t]+(?:basic[ \t]+|diluted[ \t]+|fully[ \t]+diluted[ \t]+|"
                              r"basic[ \t]+and[ \t]+diluted[ \t]+)?(?:common[ \t]+)?(?:share|shr)\b", re.I)
_DETERMINERS = {"The", "A", "An", "This", "That", "Our", "Its", "Their", "Each", "Every", "Both", "Such", "Any"}
_CONNECTORS = {"of", "and", "&", "de", "du", "des", "la", "le", "del", "der", "und", "for", "the"}
_NAME_WORD = re.compile(r"[A-Z0-9][\w&'\u2019.\-]*$")


def _alt(surfaces: list[str]) -> str:
    return "|".join(re.escape(s) for s in sorted(set(surfaces), key=lambda s: (-len(s), s)))


def _number(text: str) -> float:
    return float(text.replace(",", ""))


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
        for r in rules_of_kind(rules, "currency"):
            pos = r.get("position", "prefix")
            for s in r["surface"]:
                target = self.currency_prefix if pos == "prefix" else self.currency_suffix
                target[s.lower()] = (r["code"], float(r.get("factor", 1.0)), r["id"])
        self.scales = {s.lower(): (float(r["factor"]), r["id"]) for r in rules_of_kind(rules, "scale")
                       for s in r["surface"]}
        self.percent_units = {s.lower(): (float(r.get("factor", 1.0)), r["id"]) for r in rules_of_kind(rules, "percent_unit")
                              for s in r["surface"]}
        self.months = {s.lower().rstrip("."): (int(r["number"]), r["id"]) for r in rules_of_kind(rules, "month")
                       for s in r["surface"]}
        self.period_rules = {r["code"]: r for r in rules_of_kind(rules, "period")}
        self.relative = {s.lower(): r["id"] for r in rules_of_kind(rules, "relative_date") for s in r["surface"]}
        self.suffixes = {s: r["id"] for r in rules_of_kind(rules, "legal_suffix") for s in r["surface"]}
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

    def _compile(self) -> None:
        scale = _alt(list(self.scales)) or "(?!)"
        pre = _alt(list(self.currency_prefix)) or "(?!)"
        suf = _alt(list(self.currency_suffix)) or "(?!)"
        self.money_prefix_re = re.compile(
            rf"(?P<open>\()?(?P<cur>{pre})[ \t]?(?P<paren>\()?[ \t]?(?P<sign>[-\u2212])?(?P<num>{NUM})(?P<close>\))?"
            rf"(?:[ \t]?(?P<close2>\)))?(?:[ \t\-]?(?P<scale>{scale})\b)?(?:[ \t]+(?P<cur2>{suf})\b)?", re.I)
        self.money_suffix_re = re.compile(
            rf"(?<![\w$.])(?P<open>\()?(?P<sign>[-\u2212])?(?P<num>{NUM})(?P<close>\))?[ \t]?(?:(?P<scale>{scale})[ \t]+)?"
            rf"(?P<cur>{suf})\b", re.I)
        self.table_money_re = re.compile(rf"(?<![\w$.])(?P<open>\()?(?P<num>{NUM})(?P<close>\))?(?:[ \t]?(?P<scale>{scale})\b)?",
                                         re.I)
        pu = _alt(list(self.percent_units)) or "(?!)"
        self.percent_re = re.compile(
            rf"(?<![\w.])(?P<open>\()?(?P<sign>[-+\u2212])?(?P<num>{NUM})(?P<close>\))?[ \t]?(?P<unit>{pu})(?!\w)", re.I)
        months = _alt([m for m in self.months]) or "(?!)"
        self.month_day_re = re.compile(
            rf"\b(?P<month>{months})\.?[ \t]+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?[ \t]+(?P<year>(?:1[89]|20)\d\d)\b)?", re.I)
        self.day_month_re = re.compile(
            rf"\b(?P<day>\d{{1,2}})[ \t]+(?P<month>{months})\.?,?[ \t]+(?P<year>(?:1[89]|20)\d\d)\b", re.I)
        self.month_year_re = re.compile(rf"\b(?P<month>{months})\.?,?[ \t]+(?P<year>(?:1[89]|20)\d\d)\b", re.I)
        self.year_re = re.compile(r"(?<![\w$.,\-/])(?P<year>(?:19[5-9]|20[0-4])\d)(?![\w%,\-/]|\.\d)")
        rel = _alt(list(self.relative)) or "(?!)"
        self.relative_re = re.compile(rf"\b(?:{rel})\b", re.I)
        self.period_res = self._period_regexes(months)
        sfx = _alt(list(self.suffixes)) or "(?!)"
        self.suffix_re = re.compile(rf"(?<![\w\-])(?:{sfx})(?![\w\-])\.?")
        exch = _alt(list(self.exchanges)) or "(?!)"
        self.ticker_re = re.compile(rf"\((?P<ex>{exch})[ \t]*[:\-]?[ \t]*(?P<sym>[A-Z][A-Z0-9.]{{0,6}})\)|<(?P<sym2>[A-Z][A-Z0-9.]{{0,6}})>")
        self.defined_re = re.compile(r"\([ \t]*(?:the[ \t]+)?[\"\u201c](?P<abbr>[A-Z][A-Za-z0-9&\-]{1,12})[\"\u201d]"
                                     r"(?:[ \t]+or[ \t]+[^)\n]{1,40})?[ \t]*\)")
        self.compiled = True

    def _period_regexes(self, months: str) -> list[tuple[re.Pattern[str], str]]:
        year = r"(?P<year>(?:1[89]|20)\d\d)"
        fy = r"(?:fiscal[ \t]+(?:year[ \t]+)?)?"
        date = rf"(?P<emonth>{months})\.?[ \t]+\d{{1,2}},?[ \t]+(?P<eyear>(?:1[89]|20)\d\d)"
        out = [
            (rf"\b(?:the[ \t]+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[ \t\-]+{fy}(?:quarter|qtr)\b"
             rf"(?:[ \t]+(?:of[ \t]+)?(?:fiscal[ \t]+)?{year}\b)?", "quarter"),
            (rf"\b{year}[ \t]+(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[ \t\-]+(?:quarter|qtr)\b", "quarter"),
            (rf"\bQ(?P<q>[1-4])[ \t\-]+{fy}(?P<year2>(?:1[89]|20)\d\d|'?\d\d)\b|\bQ(?P<q2>[1-4])\b", "q"),
            (rf"\b(?:the[ \t]+)?(?:first[ \t]+)?(?P<n>three|six|nine|twelve|3|6|9|12)[ \t\-]+months?(?:[ \t]+(?:ended|ending)"
             rf"[ \t]+{date}|[ \t]+of[ \t]+{year})?", "months"),
            (rf"\b(?:the[ \t]+)?(?P<half>first|second)[ \t]+half(?:[ \t]+of)?(?:[ \t]+{year})?\b", "half"),
            (rf"\b(?:fiscal|calendar)[ \t]+(?:year[ \t]+)?{year}\b|\bfiscal[ \t]+(?:year[ \t]+)?(?P<fyshort>'?\d\d)\b", "fiscal"),
            (rf"\b(?:fiscal[ \t]+)?year[ \t]+(?:ended|ending)[ \t]+{date}", "year_ended"),
            (rf"\byear[ \t\-]+end(?:ed)?[ \t]+{year}\b", "year_end"),
        ]
        return [(re.compile(p, re.I), kind) for p, kind in out]

    # ---- matching ----------------------------------------------------------------------------------------------
    def candidates(self, doc: Doc) -> list[Candidate]:
        text = doc.text
        out: list[Candidate] = []
        table_spans = [(b.start, b.end) for b in blocks_of(doc) if b.kind == "table_row"]
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
        found = list(_SCALE_WORDS.finditer(window))
        if not found:
            return 1.0
        return {"thousands": 1e3, "millions": 1e6, "billions": 1e9}[found[-1].group(1).lower()]

    def _money(self, text: str, table_spans: list[tuple[int, int]]) -> list[Candidate]:
        out: list[Candidate] = []
        for rx, kind in ((self.money_prefix_re, "prefix"), (self.money_suffix_re, "suffix")):
            for m in rx.finditer(text):
                cur = m.group("cur").lower()
                code, factor, rid = (self.currency_prefix if kind == "prefix" else self.currency_suffix)[cur]
                if kind == "prefix" and m.group("cur2"):
                    code = self.currency_suffix[m.group("cur2").lower()][0]
                start, end = m.start(), m.end()
                opened = bool(m.group("open"))
                closed = bool(m.group("close")) or bool(m.groupdict().get("close2"))
                negative = bool(m.groupdict().get("paren")) or bool(m.group("sign")) or (opened and closed)
                if opened and not closed:
                    start += 1
                if closed and not opened and not m.groupdict().get("paren"):
                    # "(\$0.21)" has both; "\$(16.3) million" has paren inside; a lone ")" is not ours
                    end_paren = m.group("close") is not None and m.end("close") == end and not m.group("scale")
                    if end_paren:
                        end -= 1
                value = _number(m.group("num")) * factor
                explicit_scale = m.group("scale")
                if explicit_scale:
                    value *= self.scales[explicit_scale.lower()][0]
                elif kind == "prefix" and self._in_spans(start, table_spans):
                    value *= self._scale_for_table(text, start)
                if negative:
                    value = -value
                per_share = bool(_PER_SHARE_AFTER.match(text, end)) or self._row_is_per_share(text, start, table_spans)
                unit = code + ("/share" if per_share else "")
                out.append(Candidate(start, end, "MONEY", round(value, 6), unit, rid, 2))
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
        for m in self.percent_re.finditer(text):
            factor, rid = self.percent_units[m.group("unit").lower()]
            value = _number(m.group("num")) * factor
            start, end = m.start(), m.end()
            opened, closed = bool(m.group("open")), bool(m.group("close"))
            if (opened and closed) or m.group("sign") in ("-", "\u2212"):
                value = -value
            elif opened:
                start += 1
            out.append(Candidate(start, end, "PERCENT", round(value, 6), "percent", rid, 2))
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

    def _month(self, word: str) -> tuple[int, str] | None:
        return self.months.get(word.lower().rstrip("."))

    def _dates(self, text: str) -> list[Candidate]:
        out: list[Candidate] = []
        for m in self.month_day_re.finditer(text):
            mo = self._month(m.group("month"))
            day = int(m.group("day"))
            if not mo or not 1 <= day <= 31:
                continue
            year = m.group("year")
            value = f"{year}-{mo[0]:02d}-{day:02d}" if year else f"--{mo[0]:02d}-{day:02d}"
            out.append(Candidate(m.start(), m.end(), "DATE", value, "date", mo[1], 2))
        for m in self.day_month_re.finditer(text):
            mo = self._month(m.group("month"))
            day = int(m.group("day"))
            if mo and 1 <= day <= 31:
                out.append(Candidate(m.start(), m.end(), "DATE", f"{m.group('year')}-{mo[0]:02d}-{day:02d}",
                                     "date", mo[1], 2))
        for m in self.month_year_re.finditer(text):
            mo = self._month(m.group("month"))
            if mo:
                out.append(Candidate(m.start(), m.end(), "DATE", f"{m.group('year')}-{mo[0]:02d}", "period", mo[1], 1))
        for m in self.year_re.finditer(text):
            out.append(Candidate(m.start(), m.end(), "DATE", m.group("year"), "period", "dates.year.001", 0))
        for m in self.relative_re.finditer(text):
            out.append(Candidate(m.start(), m.end(), "DATE", m.group(0).lower(), "relative",
                                 self.relative[m.group(0).lower()], 1))
        for rx, kind in self.period_res:
            for m in rx.finditer(text):
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
            y = g.get("year") or g.get("fyshort") or ""
            y = y.lstrip("'")
            if len(y) == 2:
                y = ("19" if int(y) > 50 else "20") + y
            return f"{y}-FY"
        if kind == "year_ended":
            return f"{g['eyear']}-FY"
        if kind == "year_end":
            return f"{year}-12-31"
        return None

    def _walk_back_name(self, text: str, end: int, limit: int = 7) -> int | None:
        """Start of the capitalized name that ends at ``end`` (words separated by single spaces)."""
        pos = end
        start = None
        words = 0
        while words < limit:
            seg_end = pos
            while seg_end > 0 and text[seg_end - 1] in " ,":
                seg_end -= 1
                if pos - seg_end > 2:
                    break
            if "\n" in text[seg_end:pos] or pos - seg_end > 2 or seg_end == 0:
                break
            ws = text.rfind(" ", 0, seg_end)
            nl = text.rfind("\n", 0, seg_end)
            tab = text.rfind("\t", 0, seg_end)
            ws = max(ws, nl, tab) + 1
            word = text[ws:seg_end]
            if not word:
                break
            if _NAME_WORD.match(word) and word not in _DETERMINERS:
                start = ws
                words += 1
                pos = ws
                continue
            if word in _CONNECTORS and start is not None:
                # only keep the connector if a capitalized word precedes it
                prev_end = ws - 1
                pws = max(text.rfind(" ", 0, prev_end), text.rfind("\n", 0, prev_end)) + 1
                prev = text[pws:prev_end]
                if _NAME_WORD.match(prev) and prev not in _DETERMINERS:
                    pos = ws
                    continue
            break
        return start

    def _orgs(self, text: str) -> list[Candidate]:
        out: list[Candidate] = []
        for m in self.suffix_re.finditer(text):
            suffix = m.group(0).rstrip(".")
            if text[m.start():m.start() + 2] == "Co" and suffix == "Co" and not m.group(0).endswith("."):
                if text[m.end():m.end() + 1] not in (" ", ",", "\n", ")", ";") :
                    continue
            start = self._walk_back_name(text, m.start())
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
        return out

    # ---- the component ------------------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            self.apply(doc)
        except Exception as e:
            error_handler(self.name, self, [doc], e)
        return doc

    def apply(self, doc: Doc) -> None:
        cands = self.candidates(doc)
        spans: list[Span] = []
        info: dict[tuple[int, int], Candidate] = {}
        # priority first, then longest: filter_spans keeps the longest, so break ties by sorting
        cands.sort(key=lambda c: (-(c.end - c.start) - 1000 * c.priority, c.start))
        for c in cands:
            span = doc.char_span(c.start, c.end, label=c.label, alignment_mode="expand", span_id=c.rule_id)
            if span is None or len(span) == 0:
                continue
            key = (span.start, span.end)
            if key in info:
                continue
            info[key] = c
            spans.append(span)
        kept = _filter_by_priority(spans, info)
        doc.ents = kept
        records = []
        for span in kept:
            c = info[(span.start, span.end)]
            records.append(EntityRecord(doc_id="", label=span.label_, text=span.text, start_char=span.start_char,
                                        end_char=span.end_char, value=c.value, unit=c.unit, rule_id=c.rule_id))
        doc._.set(ext.ENTITIES, records)


def _filter_by_priority(spans: list[Span], info: dict[tuple[int, int], Candidate]) -> list[Span]:
    """Non-overlapping spans: higher rule priority wins, then the longer span, then the earlier one."""
    ordered = sorted(spans, key=lambda s: (-info[(s.start, s.end)].priority, -(s.end - s.start), s.start))
    taken: set[int] = set()
    kept: list[Span] = []
    for span in ordered:
        if any(i in taken for i in range(span.start, span.end)):
            continue
        kept.append(span)
        taken.update(range(span.start, span.end))
    return sorted(kept, key=lambda s: s.start)


@Language.factory("riskevents_entity_rules", assigns=["doc.ents", "doc._.riskevents_entities"], default_config={})
def make_entity_rules(nlp: Language, name: str) -> EntityRules:
    return EntityRules(nlp, name)


__all__ = ["EntityRules", "make_entity_rules", "filter_spans"]
