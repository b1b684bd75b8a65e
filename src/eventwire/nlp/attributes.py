"""The model's attribute rules, applied with the same results at a fraction of the cost.

spaCy's ``attribute_ruler`` maps each token's fine tag (and a few words and dependency
labels) to its coarse part of speech, morphology and some lemmas, through a ``Matcher``
over 179 patterns; on news it costs as much as the parser. Nearly every pattern looks at one
token, and a one-token pattern's verdict depends only on the token's lower form, tag,
dependency label and whether it is a space: :class:`FastAttributes` works out, once per such
combination, which rules apply and what they set together, and checks the few multi-token
patterns (``gon na``, ``there is``) only where their first token matches. Rules apply in the
ruler's own order (a later rule overrides an earlier one), so every token ends up with the
attributes the ruler would give it; ``tests/nlp/test_attributes.py`` compares the two on
real news.

The rules are read from the loaded model's ruler, so a model with other rules gets its own;
a rule that uses anything this module does not evaluate leaves the model's ruler in place.
The ruler's compiled rules and spaCy's attribute setter are read through :mod:`eventwire.nlp.compat`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from eventwire.nlp import compat

# the token attributes a rule may test, read from a token as one hashable key
_KEY_FIELDS = ("LOWER", "TAG", "DEP", "IS_SPACE")

# token keys remembered (lower form x tag x dependency x space); a stream of news has some
# tens of thousands, and the memory is cleared if it ever holds more than this
_MAX_CACHED = 500_000

Predicate = Callable[[tuple[str, str, str, bool]], bool]
# a token as the rules see it: lower form, tag and dependency label (string hashes), is space
TokenKey = tuple[int, int, int, bool]
Attrs = dict[int, Any]
Rule = tuple[int, Predicate, Attrs]
# per token key: the merged attributes of the one-token rules that match, those rules as
# (rule id, attributes) in order, and the multi-token rules whose first token matches
Entry = tuple[Attrs, list[tuple[int, Attrs]], list[int]]


class UnsupportedRule(ValueError):
    """A rule tests an attribute or uses an operator this module does not evaluate."""


def _predicate(field: str, spec: Any) -> Predicate:
    if field not in _KEY_FIELDS:
        raise UnsupportedRule(f"attribute {field}")
    at = _KEY_FIELDS.index(field)
    if not isinstance(spec, dict):
        return lambda key: key[at] == spec
    if len(spec) != 1:
        raise UnsupportedRule(f"operators {sorted(spec)}")
    ((op, value),) = spec.items()
    if op == "IN":
        members = frozenset(value)
        return lambda key: key[at] in members
    if op == "NOT_IN":
        excluded = frozenset(value)
        return lambda key: key[at] not in excluded
    if op == "REGEX":
        pattern = re.compile(value)
        return lambda key: isinstance(key[at], str) and pattern.search(key[at]) is not None
    raise UnsupportedRule(f"operator {op}")


def _token_test(token_spec: dict[str, Any]) -> Predicate:
    if "OP" in token_spec:
        raise UnsupportedRule("quantifier OP")
    tests = [_predicate(field, spec) for field, spec in token_spec.items()]
    return lambda key: all(test(key) for test in tests)


class FastAttributes:
    """A pipeline component equivalent to the model's ``attribute_ruler`` (see the module)."""

    def __init__(self, ruler: Any) -> None:
        try:
            rules = compat.ruler_rules(ruler)
        except compat.Unsupported as exc:
            raise UnsupportedRule(str(exc)) from exc
        self._set = compat.token_attribute_setter()
        self._key_attrs = list(_KEY_FIELDS)   # the token key's fields, as Doc.to_array reads them
        self._strings = ruler.vocab.strings
        # one-token rules: those that name the word (LOWER equal to, or IN, a list) are
        # filed under each word they name; the rest are "general", and those of them that
        # test only tag, dependency and space are decided once per such triple
        self._by_word: dict[str, list[Rule]] = {}
        self._by_shape: list[Rule] = []
        self._general: list[Rule] = []
        self._multi: list[tuple[int, Sequence[Predicate], int, Attrs]] = []
        # the multi-token rules by the words their first token names (as ``_by_word``), and the
        # others, whose first token is tested on every token key
        self._multi_by_word: dict[str, list[int]] = {}
        self._multi_general: list[int] = []
        for rule_id, (patterns, attrs, index) in enumerate(rules):
            for pattern in patterns:
                tests = [_token_test(token_spec) for token_spec in pattern]
                lower = pattern[0].get("LOWER")
                words = [lower] if isinstance(lower, str) else (lower or {}).get("IN")
                if len(tests) > 1:
                    for word in words if isinstance(words, list) else ():
                        self._multi_by_word.setdefault(word, []).append(len(self._multi))
                    if not isinstance(words, list):
                        self._multi_general.append(len(self._multi))
                    self._multi.append((rule_id, tests, index if index >= 0 else len(tests) + index, attrs))
                    continue
                if isinstance(words, list):
                    for word in words:
                        self._by_word.setdefault(word, []).append((rule_id, tests[0], attrs))
                elif "LOWER" in pattern[0]:
                    self._general.append((rule_id, tests[0], attrs))
                else:
                    self._by_shape.append((rule_id, tests[0], attrs))
        self._shape_cache: dict[tuple[int, int, bool], list[tuple[int, Attrs]]] = {}
        self._cache: dict[TokenKey, Entry] = {}

    def _entry(self, key: TokenKey) -> Entry:
        entry = self._cache.get(key)
        if entry is None:
            text_key = self._text_key(key)
            shape = key[1:]
            by_shape = self._shape_cache.get(shape)
            if by_shape is None:
                by_shape = self._shape_cache[shape] = [
                    (rule_id, attrs) for rule_id, test, attrs in self._by_shape if test(text_key)]
            named = self._by_word.get(text_key[0], []) + self._general
            applied = by_shape + [(rule_id, attrs) for rule_id, test, attrs in named if test(text_key)]
            applied.sort(key=lambda pair: pair[0])
            merged = _merge(applied)
            # the rules whose first token names none of this word's forms cannot start here
            starts = sorted(n for n in {*self._multi_by_word.get(text_key[0], ()), *self._multi_general}
                            if self._multi[n][1][0](text_key))
            if len(self._cache) >= _MAX_CACHED:
                self._cache.clear()
            entry = self._cache[key] = (merged, applied, starts)
        return entry

    def _text_key(self, key: TokenKey) -> tuple[str, str, str, bool]:
        lower, tag, dep, is_space = key
        strings = self._strings
        return (strings[lower] if lower else "", strings[tag] if tag else "",
                strings[dep] if dep else "", is_space)

    def __call__(self, doc: Any) -> Any:
        # the keys read as one array (a Token object per word only where a rule sets something)
        keys: list[TokenKey] = [(lower, tag, dep, bool(space))
                                for lower, tag, dep, space in doc.to_array(self._key_attrs).tolist()]
        cache = self._cache
        entries = [cache.get(key) or self._entry(key) for key in keys]
        extra: dict[int, list[tuple[int, Attrs]]] = {}
        for i, (_, _, starts) in enumerate(entries):
            for n in starts:
                rule_id, tests, index, attrs = self._multi[n]
                end = i + len(tests)
                if end <= len(keys) and all(test(self._text_key(keys[j]))
                                            for test, j in zip(tests[1:], range(i + 1, end), strict=True)):
                    extra.setdefault(i + index, []).append((rule_id, attrs))
        for i, (merged, applied, _) in enumerate(entries):
            if i in extra:
                merged = _merge(sorted(applied + extra[i], key=lambda pair: pair[0]))
            if merged:
                self._set(doc[i], merged)
        return doc


def _merge(applied: list[tuple[int, Attrs]]) -> Attrs:
    """The attributes that rules applied in this order leave: a later rule's value wins."""
    merged: Attrs = {}
    for _, attrs in applied:
        merged.update(attrs)
    return merged


def use_fast_attributes(nlp: Any) -> bool:
    """Put :class:`FastAttributes` in place of the model's ``attribute_ruler``; False (and the
    model unchanged) if the model has no such ruler or a rule this module cannot evaluate."""
    from eventwire.nlp.swap import replace_component

    return replace_component(nlp, "attribute_ruler", "eventwire_attributes", FastAttributes, UnsupportedRule)
