"""Extract the article body and metadata from HTML with trafilatura (dates via htmldate)."""

from __future__ import annotations

import logging
from typing import Any

import trafilatura

log = logging.getLogger(__name__)

# precision over guesses: no date taken from URL patterns or free text of the page
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def extract_html(html: str, url: str | None = None) -> tuple[str | None, dict[str, Any]]:
    """The body text of ``html`` (paragraphs joined by "\\n") and guessed metadata.

    The metadata dict has ``title``, ``author``, ``site``, ``source`` (the site name),
    ``url`` and ``published`` where trafilatura found them. The body is None when no article
    text could be found.
    """
    try:
        document = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as exc:  # noqa: BLE001 - a broken page is one bad document, not a crash
        log.warning("trafilatura failed on a page: %r", exc)
        return None, {}
    if document is None or isinstance(document, dict):  # a dict only when as_dict=True
        return None, {}
    return document.text or None, _guesses(document)


def _guesses(document: Any) -> dict[str, Any]:
    site = document.sitename or None
    return {
        "title": document.title or None,
        "author": document.author or None,
        "site": site,
        "source": site,
        "url": document.url or None,
        "published": document.date or None,
    }
