"""The docs cover every command, option and setting."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from eventwire import settings
from eventwire.cli import cli

DOCS = Path(__file__).resolve().parent.parent / "docs"


def _commands() -> dict[str, click.Command]:
    """Every command by name, each loaded (tests/cli/test_lazy_commands.py checks none is missing)."""
    ctx = click.Context(cli)
    found = {name: cli.get_command(ctx, name) for name in cli.list_commands(ctx)}
    return {name: command for name, command in found.items() if command is not None}


COMMANDS = _commands()


def _options() -> list[tuple[str, str]]:
    found = []
    for name, command in COMMANDS.items():
        for param in command.params:
            if isinstance(param, click.Option) and not param.hidden:
                found += [(name, opt) for opt in param.opts if opt.startswith("--")]
    return found


@pytest.mark.parametrize("command", sorted(COMMANDS))
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
