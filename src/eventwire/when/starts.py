"""The words a time rule's match can begin with, read from the rule's own pattern.

The time search (``find._candidates``) tries a rule only at the word starts whose word can
open one of its matches: a month, a preposition, "the", a digit … Reading these words off
the pattern itself keeps them in step with the rules and their lexicon; nothing is typed
twice. A *word* here is what opens the text at a place: its run of letters, lower-cased, or
else its first character, with every digit written ``0`` and every space `` ``.

The reader knows the part of the regex syntax the rules use (groups, alternatives,
classes, escapes, quantifiers, look-arounds) and refuses, as an open pattern, one whose
first word could be any word (``\\w+``, ``.``, a negated class, an unbounded run of
letters). Look-arounds consume nothing; ``(?![\\w])`` and ``\\b`` end a word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# what an item of a pattern's start leaves the word: still open to more letters, closed by
# a character that is no letter, or ended by an assertion that no letter follows
OPEN, CLOSED, ENDS = 0, 1, 2
Item = tuple[str, int]

_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
_SPACE = re.compile(r"\s")
_CLASS = re.compile(r"\[((?:\\.|[^\\\]])+)\]", re.DOTALL)
_QUANTIFIER = re.compile(r"(?:[?*+]|\{(\d*)(?:(,)(\d*))?\})[?+]?")
_NO_WORD_AFTER = ("(?![\\w])", "(?!\\w)")
_CLASS_ESCAPES = {"d": "0123456789", "s": " \t\n"}
_LONGEST_RANGE = 64


class OpenPattern(ValueError):
    """A pattern whose match may begin with any word."""


@dataclass(frozen=True)
class Starts:
    """The words a pattern's match may begin with: ``words`` exactly, or any word that
    begins with one of ``prefixes`` (a word the pattern may end on, or follow with an
    assertion it does not read)."""

    words: frozenset[str]
    prefixes: frozenset[str]

    def admits(self, word: str) -> bool:
        return word in self.words or any(word.startswith(prefix) for prefix in self.prefixes)


def token(char: str) -> str:
    """The word a character that is no letter stands for: ``0`` for a digit, `` `` for a space."""
    if _DIGIT.match(char):
        return "0"
    return " " if _SPACE.match(char) else char


def is_letter(char: str) -> bool:
    return bool(_LETTER.match(char))


def starts_of(pattern: str) -> Starts:
    """What a match of ``pattern`` (compiled case-insensitive) may begin with; raises
    :class:`OpenPattern` when it may begin with any word or match nothing at all."""
    items = _Reader(pattern).read()
    words = {word for word, state in items if state == CLOSED}
    prefixes = {word for word, state in items if state != CLOSED and word}
    if any(not word and state != CLOSED for word, state in items):
        raise OpenPattern(f"{pattern!r} may match the empty string")
    return Starts(frozenset(words), frozenset(prefixes))


def first_words(pattern: str) -> set[str] | None:
    """Every word (exact or as a prefix) a match of ``pattern`` may begin with, or None
    when it may begin with any word."""
    try:
        starts = starts_of(pattern)
    except OpenPattern:
        return None
    return set(starts.words | starts.prefixes)


def _then(first: set[Item], second: set[Item]) -> set[Item]:
    """The starts of ``first`` followed by ``second``."""
    out = {item for item in first if item[1] == CLOSED}
    for word, state in first:
        if state == CLOSED:
            continue
        for more, after in second:
            if word and (after == ENDS or (after == CLOSED and more and not is_letter(more[0]))):
                out.add((word, CLOSED))
            elif after == ENDS:
                out.add((word, OPEN))
            else:
                out.add((word + more, after))
    return out


def _repeat(items: set[Item], least: int, most: int | None) -> set[Item]:
    grows = any(state == OPEN and word for word, state in items)
    if most is None:
        if grows:
            raise OpenPattern("an unbounded run of letters")
        most = least + 1
    out: set[Item] = set()
    current: set[Item] = {("", OPEN)}
    for count in range(most + 1):
        if count >= least:
            out |= current
        current = _then(current, items)
    return out


class _Reader:
    """A reader of one pattern's start; each ``_*`` method reads from ``self.at`` on."""

    def __init__(self, pattern: str) -> None:
        self.text = pattern
        self.at = 0

    def read(self) -> set[Item]:
        items = self._alternatives()
        if self.at != len(self.text):
            raise OpenPattern(f"unread pattern at {self.at}: {self.text[self.at:self.at + 20]!r}")
        return items

    def _alternatives(self) -> set[Item]:
        items = self._sequence()
        while self.text.startswith("|", self.at):
            self.at += 1
            items |= self._sequence()
        return items

    def _sequence(self) -> set[Item]:
        items: set[Item] = {("", OPEN)}
        while self.at < len(self.text) and self.text[self.at] not in "|)":
            atom = self._atom()
            found = _QUANTIFIER.match(self.text, self.at)
            if found:
                self.at = found.end()
                atom = _repeat(atom, *_bounds(found))
            items = _then(items, atom)
        return items

    def _atom(self) -> set[Item]:
        char = self.text[self.at]
        if char == "(":
            return self._group()
        if char == "[":
            return self._class()
        if char == "\\":
            return self._escape()
        self.at += 1
        if char == ".":
            raise OpenPattern("any character")
        if char in "^$":
            return {("", OPEN)}
        return {_literal(char)}

    def _group(self) -> set[Item]:
        head = re.compile(r"\((\?(?:P<\w+>|:|[-a-zA-Z]+:|<?[=!]))?").match(self.text, self.at)
        if head is None or (head.group(1) is None and self.text.startswith("(?", self.at)):
            raise OpenPattern(f"a group the reader does not know at {self.at}")
        start = self.at
        self.at = head.end()
        if (head.group(1) or "").endswith(("=", "!")):   # a look-around consumes nothing
            self._skip_group()
            return {("", ENDS if self.text[start:self.at] in _NO_WORD_AFTER else OPEN)}
        items = self._alternatives()
        if not self.text.startswith(")", self.at):
            raise OpenPattern(f"unclosed group at {start}")
        self.at += 1
        return items

    def _skip_group(self) -> None:
        """Past the group's closing bracket, its body unread."""
        depth = 1
        while depth:
            if self.at >= len(self.text):
                raise OpenPattern("an unclosed look-around")
            char = self.text[self.at]
            if char == "[":
                self._class(read=False)
                continue
            self.at += 2 if char == "\\" else 1
            depth += {"(": 1, ")": -1}.get(char, 0)

    def _class(self, read: bool = True) -> set[Item]:
        found = _CLASS.match(self.text, self.at)
        if found is None:
            raise OpenPattern(f"an unclosed class at {self.at}")
        body, self.at = found.group(1), found.end()
        if not read:
            return set()
        if body.startswith("^"):
            raise OpenPattern("a negated class")
        chars: set[str] = set()
        for member in re.finditer(r"\\(.)|(.)-(.)|(.)", body, re.DOTALL):
            escaped, low, high, plain = member.groups()
            if escaped:
                if escaped == "w":
                    raise OpenPattern("a class of any word character")
                chars |= set(_CLASS_ESCAPES.get(escaped, escaped))
            elif low:
                if ord(high) - ord(low) > _LONGEST_RANGE:
                    raise OpenPattern("a wide range")
                chars |= {chr(code) for code in range(ord(low), ord(high) + 1)}
            else:
                chars.add(plain)
        return {_literal(char) for char in chars}

    def _escape(self) -> set[Item]:
        char = self.text[self.at + 1]
        self.at += 2
        if char == "b":
            return {("", ENDS)}
        if char in "AZB":
            return {("", OPEN)}
        if char in "wWDS":
            raise OpenPattern(f"\\{char}")
        if char in _CLASS_ESCAPES:
            return {_literal(_CLASS_ESCAPES[char][0])}
        if char in "nt":
            return {(" ", CLOSED)}
        if char.isalnum():
            raise OpenPattern(f"an escape the reader does not know: \\{char}")
        return {_literal(char)}


def _literal(char: str) -> Item:
    return (char.lower(), OPEN) if is_letter(char) else (token(char), CLOSED)


def _bounds(found: re.Match[str]) -> tuple[int, int | None]:
    mark = found.group(0)[0]
    if mark != "{":
        return {"?": (0, 1), "*": (0, None), "+": (1, None)}[mark]
    least = int(found.group(1) or 0)
    if not found.group(2):
        return least, least
    return least, int(found.group(3)) if found.group(3) else None
