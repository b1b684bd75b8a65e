"""Walk input folders: the files to read, and why each entry that looks like an input is not
read (a named pipe, socket or device, a dangling or looping symbolic link, a link out of the
folder). Nothing is opened here but XML files, to tell feeds: a named pipe blocks its reader.
"""

from __future__ import annotations

import errno
import os
import stat
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from eventwire.read.feeds import is_feed
from eventwire.read.files import input_kind
from eventwire.read.sidecar import sidecar_path

SINGLE = (".txt", ".html", ".htm")   # one document per file; these take a sidecar .json
_SPECIAL = ((stat.S_ISFIFO, "named pipe (FIFO)"), (stat.S_ISSOCK, "socket"),
            (stat.S_ISCHR, "character device"), (stat.S_ISBLK, "block device"))


@dataclass(frozen=True)
class Entry:
    """A file to read in an input folder, or an entry that is not read and why."""

    path: Path
    problem: str | None = None   # why it is not read; None for a file to read
    folder: bool = False         # a folder that is not entered (``problem`` says why)


def path_problem(path: Path) -> str | None:
    """Why ``path`` is neither a regular file nor a folder (after following links), or None."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return _stat_problem(path, exc)
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    kind = next((name for test, name in _SPECIAL if test(mode)), "special file")
    return f"not a regular file but a {kind}; it is not read"


def _stat_problem(path: Path, error: OSError) -> str:
    if error.errno == errno.ELOOP:
        return "symbolic link loop"
    if error.errno == errno.ENOENT and path.is_symlink():
        return f"dangling symbolic link: its target {os.readlink(path)} does not exist"
    if error.errno == errno.ENOENT:
        return "no such file or folder"
    return f"cannot read it: {error.strerror or error}"


def folder_entries(folder: Path, wanted: Callable[[str], bool] = lambda _: True,
                   follow_symlinks: bool = False, skipped: Counter[str] | None = None) -> list[Entry]:
    """The input files under ``folder``, recursively, and the entries that look like inputs
    but cannot be read, sorted by path.

    Hidden entries, sidecars, XML files that are no feed, and files whose folder-relative
    path ``wanted`` refuses are left out; so are files of no input type, counted in
    ``skipped`` by suffix ("hidden" for hidden entries), so that they can be reported.
    Symbolic links are followed inside ``folder``, and out of it only with ``follow_symlinks``.
    """
    walk = _Walk(folder.resolve(), follow_symlinks, skipped if skipped is not None else Counter())
    found = list(walk.entries(folder, (walk.root,)))
    chosen = [e for e in found if e.folder or wanted(e.path.relative_to(folder).as_posix())]
    return sorted(_inputs(found, chosen), key=lambda e: e.path.relative_to(folder).parts)


class _Walk:
    """One walk down an input folder whose real path is ``root``."""

    def __init__(self, root: Path, follow_symlinks: bool, skipped: Counter[str]) -> None:
        self.root = root
        self.follow_symlinks = follow_symlinks
        self.skipped = skipped

    def entries(self, here: Path, above: tuple[Path, ...]) -> Iterator[Entry]:
        """The entries under ``here``; ``above`` holds the real paths of the folders it is
        in (a link back to one of them is a loop)."""
        try:
            children = list(here.iterdir())
        except OSError as exc:
            yield Entry(here, f"cannot list the folder: {exc.strerror or exc}", folder=True)
            return
        for child in children:
            if child.name.startswith("."):
                self.skipped["hidden"] += 1
            else:
                yield from self._child(child, above)

    def _child(self, child: Path, above: tuple[Path, ...]) -> Iterator[Entry]:
        problem = path_problem(child) or self._link_problem(child)
        if problem is None and child.is_dir():
            yield from self._folder(child, above)
        elif problem and child.is_dir():
            yield Entry(child, problem, folder=True)
        elif input_kind(child):
            yield Entry(child, problem)
        else:
            self.skipped[child.suffix.lower() or "no suffix"] += 1

    def _folder(self, child: Path, above: tuple[Path, ...]) -> Iterator[Entry]:
        real = child.resolve()
        if real in above:
            yield Entry(child, f"symbolic link loop: it leads back to {real}", folder=True)
        else:
            yield from self.entries(child, (*above, real))

    def _link_problem(self, child: Path) -> str | None:
        """Why the link ``child`` is not followed: it leads out of the root folder."""
        if self.follow_symlinks or not child.is_symlink():
            return None
        target = child.resolve()
        if target.is_relative_to(self.root):
            return None
        return (f"symbolic link to {target}, outside the input folder; "
                "pass --follow-symlinks to read it")


def _inputs(found: list[Entry], chosen: list[Entry]) -> Iterator[Entry]:
    """The ``chosen`` entries to read or report: sidecars (of any single-document file
    ``found``) and XML files that are no feed are left out; a document whose sidecar
    cannot be read is refused with the sidecar's problem."""
    sidecars = {sidecar_path(e.path) for e in found if input_kind(e.path) in SINGLE}
    problems = {e.path: e.problem for e in found if e.problem is not None}
    for entry in chosen:
        if entry.path not in sidecars and not _other_xml(entry):
            yield _with_sidecar_problem(entry, problems)


def _other_xml(entry: Entry) -> bool:
    """An .xml file that is no feed (a sitemap, configuration): not an input in a folder."""
    return entry.problem is None and input_kind(entry.path) == ".xml" and not is_feed(entry.path)


def _with_sidecar_problem(entry: Entry, problems: dict[Path, str]) -> Entry:
    side = sidecar_path(entry.path)
    if entry.problem or input_kind(entry.path) not in SINGLE or side not in problems:
        return entry
    return Entry(entry.path, f"sidecar {side.name}: {problems[side]}")
