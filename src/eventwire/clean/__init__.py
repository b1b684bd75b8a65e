"""Clean: remove what is not article text, keep datelines as metadata, detect language.

``clean_article`` is the whole public surface.
"""

from eventwire.clean.cleaner import clean_article

__all__ = ["clean_article"]
