"""The command group knows every command on import (main.COMMANDS) and imports a command's
module only when the command is used."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import click
from click.testing import CliRunner

from eventwire.cli.main import COMMANDS, cli

DOCS = Path(__file__).resolve().parents[2] / "docs" / "cli.md"


def _documented() -> list[str]:
    return sorted(re.findall(r"^## `eventwire (\w+)`", DOCS.read_text(encoding="utf-8"), re.M))


def _fresh(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout


def test_a_fresh_import_lists_every_documented_command_without_loading_them():
    listed = _fresh("import sys, click; from eventwire.cli.main import cli; "
                    "print(sorted(cli.list_commands(click.Context(cli)))); "
                    "print(sorted(m for m in sys.modules if m.startswith('eventwire.cli.')))")
    commands, modules = listed.splitlines()
    assert commands == repr(_documented())
    assert modules == repr(["eventwire.cli.main"])


def test_the_package_is_the_same_command_line():
    from eventwire.cli import cli as package_cli

    assert package_cli is cli


def test_each_name_loads_the_command_of_that_name():
    ctx = click.Context(cli)
    for name in COMMANDS:
        command = cli.get_command(ctx, name)
        assert command is not None and command.name == name


def test_an_unknown_command_is_still_a_usage_error():
    result = CliRunner().invoke(cli, ["nosuch"])
    assert result.exit_code == 2 and "No such command 'nosuch'" in result.output
