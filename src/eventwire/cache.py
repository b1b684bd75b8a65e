"""Pickled indexes in the user cache folder, shared by the stages that build one.

A stage builds its index from the package's data once per machine and loads it in a
fraction of the time after that. The file name carries a version of what it was built from,
so a stale file is never read; it is written to a temporary file and renamed into place, so
concurrent processes never read a half-written one; a corrupt or unwritable cache is only
logged, never fatal.
"""

from __future__ import annotations

import logging
import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from eventwire import settings

log = logging.getLogger(__name__)


def cache_folder(cache_dir: Path | str | None = None) -> Path:
    """``cache_dir``, else the ``cache_dir`` setting (the user cache folder by default)."""
    return Path(cache_dir) if cache_dir else Path(settings.get("cache_dir"))


def read_pickle(path: Path, fresh: Callable[[Any], bool], what: str) -> Any | None:
    """The object pickled at ``path`` if ``fresh(obj)`` accepts it, else None."""
    try:
        with open(path, "rb") as f:
            found = pickle.load(f)
    except FileNotFoundError:
        return None
    except Exception as exc:  # noqa: BLE001 - a corrupt cache is rebuilt, never fatal
        log.warning("ignoring unreadable %s cache %s: %r", what, path, exc)
        return None
    return found if fresh(found) else None


def write_pickle(obj: Any, path: Path, what: str) -> None:
    """Write atomically (temporary file, then rename); an unwritable folder is only logged."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(obj, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError as exc:
        log.warning("cannot cache the %s in %s (%s); it stays in memory", what, path, exc)
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
