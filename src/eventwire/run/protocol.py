"""What running the coder needs from a store, as a protocol: :class:`eventwire.store.Store`
is one, and a test may pass a smaller stand-in."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Protocol

from sqlalchemy.orm import Session

from eventwire.records import Article


class RunStore(Protocol):
    """The store an ingest writes to: it checks, stores and logs documents one by one, and
    settles the run's stories at the end."""

    def new_run_id(self) -> str: ...

    def stored_content(self, article: Article) -> str: ...

    def add_article(self, article: Article, run_id: str | None = None, *,
                    replace: bool = False) -> str: ...

    def log(self, run_id: str, article: Article, status: str, message: str | None = None) -> None: ...

    def settle_stories(self, run_id: str | None = None) -> int: ...

    def report_counts(self, *, run_id: str | None = None) -> dict[str, int]: ...

    def transaction(self) -> AbstractContextManager[Session]: ...
