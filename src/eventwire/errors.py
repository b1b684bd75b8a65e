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


class FilterError(InputError, ValueError):
    """A filter parameter has a value no event can have (an unknown type, country code, date
    form or parameter); the message names the parameter and hints at a valid value.

    `param` is the parameter's name (``actor_country``), `problem` the rest of the message, so
    that each surface can name the parameter its own way (``--actor-country``, a query string).
    """

    def __init__(self, param: str, problem: str) -> None:
        super().__init__(f"{param}: {problem}")
        self.param = param
        self.problem = problem
