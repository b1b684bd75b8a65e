"""The public API is small and deliberate: changing it is a visible change in review."""

import eventwire

EXPORTED = {
    "Article", "Claim", "ConfigError", "Entity", "Event", "EventFilter", "EventwireError", "FilterError",
    "InputError", "Place", "Quote", "Store", "StoreError", "Story", "TimeExpression",
    "__version__", "code_documents", "code_text", "ingest",
}


def test_the_public_api_exports_exactly_these_names():
    assert set(eventwire.__all__) == EXPORTED


def test_every_exported_name_exists():
    for name in eventwire.__all__:
        assert hasattr(eventwire, name), name


def test_importing_the_cli_package_gives_every_command():
    """`from eventwire.cli import cli` is the whole command line, in a fresh interpreter (here
    other tests have imported the command modules already)."""
    import subprocess
    import sys

    code = "from eventwire.cli import cli; print(' '.join(sorted(cli.commands)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert set(done.stdout.split()) == {"actors", "articles", "claims", "code", "compare", "demo", "eval",
                                        "events", "ingest", "kb", "recode", "relink", "reports", "serve",
                                        "stories", "summary", "token"}


def test_the_package_says_it_is_typed():
    from importlib.resources import files

    assert files("eventwire").joinpath("py.typed").is_file()
