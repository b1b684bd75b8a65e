"""Folders: symbolic links stay inside the input folder unless the user follows them out;
named pipes, link loops and dangling links are reported by name and never opened (issue #23)."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from eventwire.read import read_inputs

GOOD = "Police arrested protesters in Nairobi."
SECRET = "Secret text from outside the input folder."


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """An input folder holding good.txt, beside a file outside it (secret.txt)."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "secret.txt").write_text(SECRET, encoding="utf-8")
    return folder


def read_soon(paths: list[str], **options) -> list:
    """read_inputs in a thread that must end within 20 s: a named pipe opened for reading
    would block it for ever."""
    found: list = []
    thread = threading.Thread(target=lambda: found.extend(read_inputs(paths, **options)),
                              daemon=True)
    thread.start()
    thread.join(20)
    assert not thread.is_alive(), "reading blocked"
    return found


def by_name(articles) -> dict[str, list[str]]:
    return {Path(article.origin).name: article.errors for article in articles}


def test_a_link_out_of_the_folder_is_refused_with_its_name_and_target(root):
    (root / "passwd.txt").symlink_to(root.parent / "secret.txt")
    articles = read_soon([str(root)])
    assert by_name(articles) == {"good.txt": [], "passwd.txt": [
        f"{root / 'passwd.txt'}: symbolic link to {root.parent / 'secret.txt'}, outside the "
        "input folder; pass --follow-symlinks to read it"]}
    assert all(SECRET not in (article.raw_text or "") for article in articles)


def test_follow_symlinks_reads_a_link_out_of_the_folder(root):
    (root / "passwd.txt").symlink_to(root.parent / "secret.txt")
    good, linked = read_soon([str(root)], follow_symlinks=True)
    assert (linked.raw_text, linked.errors) == (SECRET, [])


def test_a_link_that_stays_inside_the_folder_is_followed(root):
    (root / "sub").mkdir()
    (root / "sub" / "b.txt").write_text("Ministers met in Doha.", encoding="utf-8")
    (root / "a.txt").symlink_to(root / "sub" / "b.txt")
    articles = read_soon([str(root)])
    assert [(Path(a.origin).name, a.raw_text) for a in articles] == [
        ("a.txt", "Ministers met in Doha."), ("good.txt", GOOD), ("b.txt", "Ministers met in Doha.")]


def test_a_linked_folder_out_of_the_folder_is_refused_unless_followed(root):
    (root.parent / "elsewhere").mkdir()
    (root.parent / "elsewhere" / "c.txt").write_text(SECRET, encoding="utf-8")
    (root / "archive").symlink_to(root.parent / "elsewhere")
    assert by_name(read_soon([str(root)]))["archive"] == [
        f"{root / 'archive'}: symbolic link to {root.parent / 'elsewhere'}, outside the input "
        "folder; pass --follow-symlinks to read it"]
    assert by_name(read_soon([str(root)], follow_symlinks=True))["c.txt"] == []


@pytest.mark.parametrize("name, make, problem", [
    ("pipe.txt", lambda path: os.mkfifo(path), "not a regular file but a named pipe (FIFO); "
                                                "it is not read"),
    ("loop.txt", lambda path: path.symlink_to(path.name), "symbolic link loop"),
    ("dangling.jsonl", lambda path: path.symlink_to("gone.jsonl"),
     "dangling symbolic link: its target gone.jsonl does not exist"),
])
def test_an_entry_that_cannot_be_read_is_reported_by_name_and_the_folder_is_read(
        root, name, make, problem):
    make(root / name)
    assert by_name(read_soon([str(root)])) == {"good.txt": [], name: [f"{root / name}: {problem}"]}


@pytest.mark.parametrize("make, problem", [
    (lambda path: os.mkfifo(path), "named pipe (FIFO)"),
    (lambda path: path.symlink_to(path.name), "symbolic link loop"),
    (lambda path: path.symlink_to("gone.txt"), "dangling symbolic link"),
])
def test_an_entry_named_directly_that_cannot_be_read_is_refused_without_opening_it(
        root, make, problem):
    make(root / "odd.txt")
    odd, good = read_soon([str(root / "odd.txt"), str(root / "good.txt")])
    assert len(odd.errors) == 1 and problem in odd.errors[0]
    assert good.errors == []


def test_a_link_back_to_an_enclosing_folder_is_a_loop_not_an_endless_walk(root):
    (root / "sub").mkdir()
    (root / "sub" / "up").symlink_to(root)
    assert by_name(read_soon([str(root)])) == {
        "good.txt": [], "up": [f"{root / 'sub' / 'up'}: symbolic link loop: it leads back "
                               f"to {root}"]}


def test_entries_that_are_no_input_are_ignored_as_before(root):
    os.mkfifo(root / "pipe.md")
    (root / "gone.png").symlink_to("nothing.png")
    (root / "skipped.txt").symlink_to("nothing.txt")
    assert by_name(read_soon([str(root)], exclude=["skipped.*"])) == {"good.txt": []}


def test_a_sidecar_link_out_of_the_folder_refuses_its_document(root):
    (root.parent / "meta.json").write_text('{"title": "From outside"}', encoding="utf-8")
    (root / "good.json").symlink_to(root.parent / "meta.json")
    (article,) = read_soon([str(root)])
    assert article.errors == [
        f"{root / 'good.txt'}: sidecar good.json: symbolic link to {root.parent / 'meta.json'}, "
        "outside the input folder; pass --follow-symlinks to read it"]


def test_a_file_name_that_is_not_utf8_is_shown_with_escapes(root):
    os.rename(root / "good.txt", os.fsencode(root) + b"/bad\xffname.txt")
    (article,) = read_soon([str(root)])
    assert article.errors == [] and article.origin == f"{root}/bad\\xffname.txt"
