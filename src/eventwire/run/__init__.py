"""Running the pipeline over many documents: ingest, worker pools, Dask, recode, metadata
corrections, and the snapshot that merges a store's actor facts into the packaged ones.

The store persists and the pipeline codes; this package is the only place that does both,
so that the store never runs the coder (docs/architecture.md).
"""
