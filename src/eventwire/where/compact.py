"""Places written in the compact forms of wire copy and local news, which NER and the
lookups miss:

- glued to a hyphen inside one token: the tokenizer splits "UK-led" but keeps "U.S.-led",
  "U.K.-based" and a wire dateline's "Calif.--(BUSINESS WIRE)--" whole, so the place before
  the hyphen is never looked up (:func:`glued_places`);
- a state's postal code after a US town or county and a comma ("CONWAY, SC (WXYZ) -",
  "Salem, OR, voters"): alone the code is too often a word or another place's abbreviation
  to look up, but there it can only be the state (:func:`postal_codes`).

Both return (token start, token end, character start, character end, candidates).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from eventwire import datafiles
from eventwire.nlp.phrases import doc_tokens
from eventwire.where.gazetteer import Candidate, Gazetteer
from eventwire.where.hidden import well_known

Hit = tuple[int, int, int, int, list[Candidate]]
Lookup = Callable[[str], list[Candidate]]


@functools.lru_cache(maxsize=1)
def postal_states() -> dict[str, str]:
    """Postal code -> the state's gazetteer name (data/postal_codes.tsv)."""
    rows = datafiles.table("where", "postal_codes.tsv", ("code", "state"), required=("code", "state"))
    return {row["code"]: row["state"] for row in rows}


def glued_places(doc: Any, lookup: Lookup, taken: set[int]) -> list[Hit]:
    """A well-known place (:func:`hidden.well_known`) written before the first hyphen of a
    token the tokenizer kept whole, a word or punctuation after the hyphen: "U.S.-led",
    "Texas--(BUSINESS"; and after it, another well-known place the first one pairs with
    ("U.S.-China talks", "the U.S.-Mexico border"), which names the other side of the pair."""
    found: list[Hit] = []
    for token in doc_tokens(doc):
        head, hyphen, rest = token.text.partition("-")
        # "FL-25" is a congressional district, "M-16" a rifle
        if token.i in taken or not hyphen or not _name_like(head) or rest[:1].isdigit():
            continue
        candidates = well_known(lookup(head))
        if not candidates:
            continue
        found.append((token.i, token.i + 1, token.idx, token.idx + len(head), candidates))
        tail = rest.partition("-")[0]
        other = well_known(lookup(tail)) if _name_like(tail) else []
        if other:
            start = token.idx + len(head) + len(hyphen)
            found.append((token.i, token.i + 1, start, start + len(tail), other))
    return found


def _name_like(text: str) -> bool:
    """A capitalised word, or initials with full stops ("U.S."), of two letters or more."""
    letters = text.replace(".", "")
    return len(letters) >= 2 and letters.isalpha() and text[:1].isupper()


def _name_word(token: Any) -> bool:
    """A word written as a name: capitalised or in capitals ("Energy", "SAID")."""
    return bool(token.is_alpha and (token.is_title or token.is_upper))


def postal_codes(doc: Any, gazetteer: Gazetteer, spans: list[tuple[int, int, list[Candidate]]],
                 taken: set[int]) -> list[Hit]:
    """The state a postal code names right after a US place and a comma, when the code closes
    the name: no capitalised word follows it ("CONWAY, SC (WXYZ)", "Horry County, SC, said";
    not "Austin, TX Energy"), nor a determiner, which makes the code a shouted word ("Salem,
    OR a nearby town")."""
    tokens = doc_tokens(doc)
    codes = postal_states()
    found: list[Hit] = []
    for _, end, candidates in spans:
        i = end + 1
        if (i >= len(tokens) or tokens[end].text != "," or i in taken
                or tokens[i].text not in codes or not any(c.country == "USA" for c in candidates)
                or (i + 1 < len(tokens) and (_name_word(tokens[i + 1]) or tokens[i + 1].pos_ == "DET"))):
            continue
        states = [c for c in gazetteer.lookup(codes[tokens[i].text])
                  if c.kind == "admin1" and c.country == "USA"]
        if states:
            found.append((i, i + 1, tokens[i].idx, tokens[i].idx + len(tokens[i].text), states))
    return found
