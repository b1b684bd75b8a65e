"""One small exception tree: every error eventwire raises on purpose is an EventwireError."""


class EventwireError(Exception):
    """Base of all eventwire errors; the message is meant for the user, one line."""


class InputError(EventwireError):
    """An input (file, line, document) cannot be read or coded."""


class StoreError(EventwireError):
    """The store cannot be opened, migrated, read or written."""


class StoreUnavailable(StoreError):
    """The store itself failed (disk full, read-only, connection lost), not one document:
    nothing more can be stored until it is fixed."""


class ConfigError(EventwireError):
    """A setting is missing or wrong (model not installed, bad database URL ...)."""


class GoldDataError(EventwireError):
    """An evaluation data set is missing or not in the expected form."""
