"""Version of the package and of the coder (what a stored event was coded with).

The coder version names the code (package version and a suffix bumped by hand when a rule
change alters coding output) and the data it codes against: a digest of the lexicons and
knowledge-base tables, so editing a trigger or a person's office changes the version and
``eventwire recode`` picks up every article coded before the edit.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

__version__ = "0.1.0"

# bump whenever a rule change in the code alters coding output
CODE_REVISION = "coder.25"
# the folders of the coding stages whose data files (lexicons, knowledge base) shape the output
CODING_DATA = ("actors", "clean", "events", "nlp", "ontology", "quotes", "read", "when", "where")


def data_digest(package: Path = Path(__file__).parent) -> str:
    """The first 12 hex digits of the sha256 of every coding data file (path and content),
    the user's overlay files (``EVENTWIRE_DATA_OVERLAY``) included."""
    from eventwire.datafiles import SUFFIXES, overlay_files

    digest = hashlib.sha256()
    for folder in CODING_DATA:
        for path in sorted((package / folder).rglob("*")):
            if path.is_file() and path.suffix in SUFFIXES:
                digest.update(path.relative_to(package).as_posix().encode() + b"\0")
                digest.update(path.read_bytes() + b"\0")
    for path in overlay_files():
        digest.update(b"overlay/" + path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


# e.g. "0.1.0+coder.1.3f2a9c0d1b7e" (at most 40 characters: the store's column)
CODER_VERSION = f"{__version__}+{CODE_REVISION}.{data_digest()}"
