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
