"""Quotes: direct, block and indirect quotes with speaker, cue and content.

``find_quotes(article)`` reads ``doc``, ``text`` and ``actors`` and writes ``article.quotes``.
The finders: ``direct`` (quotation marks), ``colon`` ("X said:" and block quotes, transcript
labels), ``clause`` ("X said that", "…, X said", "according to X", pledges and demands);
``speaker`` turns a cue into its speaker; the cue words are ``data/cues.tsv`` (``lexicon``).
"""

from eventwire.quotes.find import find_quotes
from eventwire.quotes.lexicon import load_cues

__all__ = ["find_quotes", "load_cues"]
