"""Coding on a Dask cluster, and coded events written to a partitioned Parquet dataset.

Documents are read here and sent in batches to Dask workers; each worker process loads the
model and the snapshot once (a module-level cache) and runs the same per-document
pipeline as local ingest. Coded articles come back here, in input order, and are stored
through the normal store path (so dedup and story linking are the same), or written to
Parquet. A bounded number of batches is in flight, so memory stays bounded on long streams.

Dask is an optional extra (``pip install 'eventwire[dask]'``) and is imported lazily.
"""

from __future__ import annotations

import logging
import re
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventwire.errors import ConfigError, InputError
from eventwire.pipeline import Snapshot, code_articles, default_snapshot
from eventwire.records import Article
from eventwire.run.ingest import Coder, IngestReport, OnArticle, ingest_articles
from eventwire.run.pool import BATCH_SIZE, batched, code_stream, strip
from eventwire.run.protocol import RunStore
from eventwire.run.snapshot import extra_facts, with_facts

if TYPE_CHECKING:
    from eventwire.actors.facts import Fact

log = logging.getLogger(__name__)

# batches handed to each Dask worker thread ahead of the one being stored
IN_FLIGHT_PER_WORKER = 2
# event rows buffered before they are written out as Parquet files
ROWS_PER_WRITE = 20_000

_LOCAL = re.compile(r"local(?::(\d+))?")


def _dask() -> Any:
    try:
        import distributed
    except ImportError as exc:
        raise ConfigError("Dask is not installed: pip install 'eventwire[dask]'") from exc
    return distributed


@contextmanager
def dask_client(address: str) -> Iterator[Any]:
    """A Dask client for `address`: "local" or "local:N" (a LocalCluster of N single-threaded
    worker processes, default 2) or a scheduler address such as "tcp://host:8786"."""
    workers = local_workers(address)
    distributed = _dask()
    # Dask logs its cluster's life at INFO; follow the CLI's level (-v shows it, --debug more)
    logging.getLogger("distributed").setLevel(logging.getLogger().getEffectiveLevel())
    if workers:
        with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                      dashboard_address=None) as cluster, \
                distributed.Client(cluster) as client:
            yield client
        return
    try:
        client = distributed.Client(address, timeout="20s")
    except (OSError, TimeoutError) as exc:
        raise ConfigError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
    with client:
        yield client


def local_workers(address: str) -> int:
    """The number of workers of a "local[:N]" address, 0 for a scheduler address; raises
    InputError for anything else."""
    local = _LOCAL.fullmatch(address)
    if local and int(local.group(1) or 2) >= 1:
        return int(local.group(1) or 2)
    if local or not re.match(r"(tcp|tls|inproc|ucx|ws|wss)://.", address):
        raise InputError(f"--dask {address!r}: give local, local:N (N at least 1) or a scheduler "
                         "address such as tcp://host:8786")
    return 0


def dask_coder(client: Any, *, clean: bool = True,
               languages: Collection[str] | None = ("en",),
               batch_size: int = BATCH_SIZE) -> Coder:
    """A coder (see ``run.ingest.Coder``) that codes on the workers of `client`, in batches."""

    def code(articles: Iterable[Article], snapshot: Snapshot) -> Iterator[Article]:
        facts = extra_facts(snapshot)
        [shared] = client.scatter([facts], broadcast=True)
        window = max(1, sum(client.nthreads().values())) * IN_FLIGHT_PER_WORKER
        pending: deque[tuple[list[Article], Any]] = deque()
        for batch in batched(articles, batch_size):
            pending.append((batch, client.submit(code_batch, batch, clean, languages, shared.key,
                                                 shared, pure=False)))
            if len(pending) >= window:
                yield from _collect(*pending.popleft())
        while pending:
            yield from _collect(*pending.popleft())

    return code


def _collect(batch: list[Article], future: Any) -> list[Article]:
    """The coded batch; when its task failed (a worker died ...), each article says so."""
    try:
        return list(future.result())
    except Exception as exc:  # noqa: BLE001 - the articles carry the reason, the run goes on
        log.warning("a Dask task failed: %r", exc)
        for article in batch:
            article.errors.append(f"{article.origin or article.id}: coding on Dask failed: {exc!r}")
        return batch


# the snapshot of this worker process, by the key of the facts it was built with
_worker_snapshot: dict[str, Snapshot] = {}


def code_batch(articles: list[Article], clean: bool, languages: Collection[str] | None,
               facts_key: str, facts: list[Fact]) -> list[Article]:
    """Code a batch on a Dask worker (the model and snapshot are loaded once per process)."""
    snapshot = _worker_snapshot.get(facts_key)
    if snapshot is None:
        _worker_snapshot.clear()
        snapshot = _worker_snapshot[facts_key] = with_facts(default_snapshot(), facts).warm()
    return [strip(article) for article in
            code_articles(articles, snapshot, clean=clean, languages=languages)]


def ingest(paths: Sequence[str], store: RunStore, published: str | None = None, *, address: str,
           clean: bool = True, replace: bool = False,
           on_article: OnArticle | None = None,
           on_settle: Callable[[], None] | None = None,
           include: Sequence[str] = (), exclude: Sequence[str] = (),
           languages: Collection[str] | None = ("en",),
           follow_symlinks: bool = False) -> IngestReport:
    """As :func:`eventwire.run.ingest.ingest`, coding on the Dask cluster at `address`; storing,
    dedup and story linking happen here, through the store, in input order."""
    from eventwire.read import read_inputs

    articles = read_inputs(list(paths), published=published, include=include, exclude=exclude,
                           follow_symlinks=follow_symlinks)
    with dask_client(address) as client:
        coder = dask_coder(client, clean=clean, languages=languages)
        return ingest_articles(articles, store, clean=clean, workers=1, on_article=on_article,
                               languages=languages, coder=coder, on_settle=on_settle,
                               replace=replace)


def parquet_folder(out: str) -> Path:
    """The folder of an ``--out parquet://FOLDER`` value."""
    if not out.startswith("parquet://") or not out[len("parquet://"):]:
        raise InputError(f"--out {out!r}: give parquet://FOLDER")
    return Path(out[len("parquet://"):])


def write_parquet(paths: Sequence[str], folder: Path, published: str | None = None, *,
                  address: str | None = None, workers: int = 1, clean: bool = True,
                  on_article: OnArticle | None = None,
                  include: Sequence[str] = (), exclude: Sequence[str] = (),
                  languages: Collection[str] | None = ("en",),
                  follow_symlinks: bool = False) -> IngestReport:
    """Code every document under `paths` (on Dask at `address`, else in `workers` local
    processes) and write its events to the Parquet dataset in `folder`, partitioned by
    publication month; no store is involved, so there is no dedup or story linking."""
    import uuid

    from eventwire.read import read_inputs

    articles = read_inputs(list(paths), published=published, include=include, exclude=exclude,
                           follow_symlinks=follow_symlinks)
    report = IngestReport(run_id=uuid.uuid4().hex)
    with EventDataset(folder, report.run_id) as dataset:
        if address is None:
            _write_coded(code_stream(articles, clean=clean, workers=workers, languages=languages),
                         dataset, report, on_article)
        else:
            with dask_client(address) as client:
                coder = dask_coder(client, clean=clean, languages=languages)
                _write_coded(coder(articles, default_snapshot()), dataset, report, on_article)
    report.seconds = dataset.seconds
    return report


def _write_coded(articles: Iterable[Article], dataset: EventDataset, report: IngestReport,
                 on_article: OnArticle | None) -> None:
    for article in articles:
        if article.errors:
            report.failed += 1
            report.errors.append("; ".join(article.errors))
            status = "failed"
        else:
            dataset.add(article)
            report.stored += 1
            report.events += len(article.events)
            status = "stored"
        if on_article:
            on_article(article, status)


# Parquet columns: the flat event row of `eventwire events --format csv|parquet` (export.py,
# provenance columns included; docs/codebook.md), one report per row; `month` is the
# partition (hive style)
def parquet_schema() -> Any:
    """The pyarrow schema of the dataset's files (without the `month` partition column)."""
    from eventwire.export import flat_schema

    return flat_schema()


def event_rows(article: Article) -> list[dict[str, Any]]:
    """The Parquet rows of one coded article: one per event, with the article's provenance."""
    from eventwire.export import flat_record

    rows = []
    for event in article.events:
        data = event.to_dict()
        # status: a report here is linked to no event, nor known not to be (no store)
        data.update(reports=[{"doc_id": article.id}], url=article.url, source=article.source,
                    title=article.title, published=article.published, status=None,
                    sentence_text=article.text[event.sentence.start:event.sentence.end])
        row = flat_record(data)
        row["month"] = publication_month(article.published)
        rows.append(row)
    return rows


def publication_month(published: str | None) -> str:
    """The partition of an article: "YYYY-MM" of its publication date, else "unknown"."""
    return published[:7] if published and re.match(r"\d{4}-\d{2}", published) else "unknown"


class EventDataset:
    """A Parquet dataset of coded events under `folder`, partitioned by ``month=YYYY-MM``.

    Rows are buffered and written in files named after the run, so a second run into the
    same folder adds files and never overwrites the first run's.
    """

    def __init__(self, folder: Path, run_id: str) -> None:
        self.folder, self.run_id = folder, run_id
        self.rows: list[dict[str, Any]] = []
        self.writes = 0
        self.seconds = 0.0
        self._started = 0.0

    def __enter__(self) -> EventDataset:
        import time

        try:
            import pyarrow.dataset  # noqa: F401 - fail before coding starts
        except ImportError as exc:
            raise ConfigError("pyarrow is not installed: pip install pyarrow") from exc
        self._started = time.monotonic()
        return self

    def __exit__(self, *_: object) -> None:
        import time

        self.flush()
        self.seconds = time.monotonic() - self._started

    def add(self, article: Article) -> None:
        self.rows += event_rows(article)
        if len(self.rows) >= ROWS_PER_WRITE:
            self.flush()

    def flush(self) -> None:
        import pyarrow as pa
        import pyarrow.dataset as ds

        if not self.rows:
            return
        schema = parquet_schema().append(pa.field("month", pa.string()))
        table = pa.Table.from_pylist(self.rows, schema=schema)
        try:
            ds.write_dataset(table, self.folder, format="parquet",
                             partitioning=ds.partitioning(pa.schema([("month", pa.string())]),
                                                          flavor="hive"),
                             basename_template=f"part-{self.run_id}-{self.writes:05d}-{{i}}.parquet",
                             existing_data_behavior="overwrite_or_ignore")
        except OSError as exc:
            raise InputError(f"cannot write the Parquet dataset {self.folder}: {exc}") from exc
        self.writes += 1
        self.rows = []


__all__ = ["EventDataset", "code_batch", "dask_client", "dask_coder", "event_rows", "ingest",
           "local_workers", "parquet_folder", "parquet_schema", "publication_month", "write_parquet"]
