"""The docs cover every command, option and setting."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from eventwire import settings
from eventwire.cli import (
    cli,
    commands,  # noqa: F401 - registers the commands
    kb,  # noqa: F401 - registers the kb group
    recode,  # noqa: F401 - registers recode
    serve,  # noqa: F401 - registers serve and token
    summary,  # noqa: F401 - registers summary
)
from eventwire.cli.main import main  # noqa: F401 - importing registers nothing; commands below do

DOCS = Path(__file__).resolve().parent.parent / "docs"


def _options() -> list[tuple[str, str]]:
    found = []
    for name, command in cli.commands.items():
        for param in command.params:
            if isinstance(param, click.Option) and not param.hidden:
                found += [(name, opt) for opt in param.opts if opt.startswith("--")]
    return found


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_has_a_section_in_the_cli_docs(command):
    assert f"## `eventwire {command}`" in (DOCS / "cli.md").read_text()


@pytest.mark.parametrize("command, option", _options())
def test_every_option_is_documented(command, option):
    text = (DOCS / "cli.md").read_text()
    section = text.split(f"## `eventwire {command}`", 1)[1].split("\n## ", 1)[0]
    assert f"`{option}" in section


@pytest.mark.parametrize("setting", sorted(settings.SETTINGS))
def test_every_setting_is_documented(setting):
    assert settings.SETTINGS[setting].env in (DOCS / "settings.md").read_text()
