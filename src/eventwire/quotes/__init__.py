"""Quotes: direct, block and indirect quotes with speaker, cue and content.

``find_quotes(article)`` reads ``doc``, ``text`` and ``actors`` and writes ``article.quotes``.
"""

from eventwire.quotes.find import find_quotes

__all__ = ["find_quotes"]
