"""The --language, --include and --exclude options of `eventwire code` reach reading and
cleaning (French inputs stop at the language check, so no model is loaded)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.cli, pytest.mark.slow]

EVENTWIRE = Path(sys.executable).parent / "eventwire"

FRENCH = ("Le président de la République a rencontré mardi le chancelier allemand à Berlin "
          "pour discuter de la sécurité européenne et de l'aide à l'Ukraine.")


def code(*args: str) -> tuple[list[dict], str, int]:
    result = subprocess.run([str(EVENTWIRE), "code", *args], capture_output=True, text=True,
                            timeout=120)
    return [json.loads(line) for line in result.stdout.splitlines()], result.stderr, result.returncode


def test_an_article_in_another_language_is_reported_and_not_coded(tmp_path):
    (tmp_path / "fr.txt").write_text(FRENCH, encoding="utf-8")
    (line,), errors, status = code(str(tmp_path / "fr.txt"))
    assert (line["language"], line["events"], status) == ("fr", [], 1)
    assert "text is in French (fr), not English; not coded" in errors


def test_the_language_option_names_the_languages_to_code(tmp_path):
    (tmp_path / "fr.txt").write_text(FRENCH, encoding="utf-8")
    _, errors, _ = code(str(tmp_path / "fr.txt"), "--language", "de", "--language", "EN")
    assert "text is in French (fr), not German or English; not coded" in errors


def test_include_and_exclude_globs_choose_the_files_of_a_folder(tmp_path):
    for name in ("a.txt", "b.txt", "c.html"):
        (tmp_path / name).write_text(FRENCH, encoding="utf-8")
    lines, errors, _ = code(str(tmp_path), "--include", "*.txt", "--exclude", "b*")
    assert len(lines) == 1 and errors.count("not coded") == 1


@pytest.mark.parametrize("args, languages", [
    ([], ("en",)),
    (["--language", "FR", "--language", "en"], ("fr", "en")),
    (["--language", "any"], None),
])
def test_the_language_option_gives_the_codes_or_none_for_any(args, languages):
    import click
    from click.testing import CliRunner

    from eventwire.cli.options import reading_options

    seen = {}

    @click.command()
    @reading_options
    def probe(include, exclude, languages, follow_symlinks):
        seen["languages"] = languages

    assert CliRunner().invoke(probe, args).exit_code == 0
    assert seen["languages"] == languages
