"""Coverage of a happening: every report side by side, and where reports disagree.

Entry points (implemented in this package's modules):

- ``report_facts(article, event, published=None) -> ReportFacts``: the facts one coded
  event (a contract event object) of one coded article (the contract's output line) carries;
- ``find_discrepancies(reports: list[ReportFacts]) -> list[Discrepancy]``;
- ``happening_coverage(store, happening_id) -> Coverage`` and
  ``story_coverage(store, story_id) -> list[Coverage]``: read from a store.

See :mod:`eventwire.coverage.model` for the records.
"""

from eventwire.coverage.model import KINDS, Coverage, Discrepancy, Party, Quote, ReportFacts

__all__ = ["KINDS", "Coverage", "Discrepancy", "Party", "Quote", "ReportFacts"]

from eventwire.coverage.discrepancies import find_discrepancies  # noqa: E402 (after the records)
from eventwire.coverage.facts import report_facts  # noqa: E402
from eventwire.coverage.read import happening_coverage, story_coverage  # noqa: E402

__all__ += ["find_discrepancies", "happening_coverage", "report_facts", "story_coverage"]
