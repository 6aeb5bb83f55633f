"""The blank English tokenizer with the few additions press-release text needs.

- ``\\$`` (a markdown-escaped dollar sign, as wires and the Impac release carry it) is one prefix token, so that
  ``\\$1.2`` splits into ``\\$`` + ``1.2`` like ``$1.2`` does.
- ``2bn`` / ``3mn`` split the scale off the number, like ``2m`` already does.
"""

from __future__ import annotations

from typing import Callable

from spacy.lang.en import English
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

EXTRA_PREFIXES = [r"\\\$", r"\\"]
EXTRA_SUFFIXES = [r"(?<=[0-9])(?:bn|mn|mln|bln)"]


@registry.tokenizers("riskevents.tokenizer.v1")
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    def make(nlp: Language) -> Tokenizer:
        defaults = English.Defaults
        prefixes = EXTRA_PREFIXES + list(defaults.prefixes or [])
        suffixes = EXTRA_SUFFIXES + list(defaults.suffixes or [])
        tokenizer = Tokenizer(
            nlp.vocab,
            rules=dict(defaults.tokenizer_exceptions),
            prefix_search=compile_prefix_regex(prefixes).search,
            suffix_search=compile_suffix_regex(suffixes).search,
            infix_finditer=compile_infix_regex(defaults.infixes).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )
        return tokenizer

    return make
