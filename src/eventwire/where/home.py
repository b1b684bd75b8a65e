"""The publisher's home country, from the country-code domain of the article's address.

"https://www.thehindu.com.in/…" says the publisher is in India; a local paper's "Columbia"
is then more likely India's than Missouri's only if nothing else in the article says so: the
country counts as one more place of the article in :class:`~eventwire.where.resolve.Context`,
like the dateline. Generic domains (.com, .org) and country domains sold worldwide (.io, .tv,
.co …) say nothing (``where/data/domains.tsv``).
"""

from __future__ import annotations

import functools
from urllib.parse import urlsplit

from eventwire import datafiles


@functools.cache
def _domains() -> dict[str, str]:
    """Country-code domain ("uk") -> ISO 3166-1 alpha-3 ("GBR")."""
    rows = datafiles.table("where", "domains.tsv", ("tld", "country"), required=("tld", "country"))
    return {row["tld"]: row["country"] for row in rows}


def home_country(url: str | None) -> str | None:
    """The ISO alpha-3 country of `url`'s country-code domain, or None."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    return _domains().get(host.rsplit(".", 1)[1].lower())
