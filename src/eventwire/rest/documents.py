"""``POST /documents``: code and store documents sent in the request (token required)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Request

from eventwire.api import ingest_documents
from eventwire.records import Article
from eventwire.rest.auth import require_write
from eventwire.rest.errors import WRITE_ERRORS
from eventwire.rest.models import Document, IngestResult

router = APIRouter(dependencies=[Depends(require_write)], responses=WRITE_ERRORS)


@router.post("/documents", response_model=IngestResult, summary="Code and store documents",
             description="The body is one document or a list of them, each a JSONL line of "
                         "CONTRACT.md (`text` or `html` required). Each is coded and stored "
                         "unless already stored; `documents` gives each one's status in order. "
                         "Needs a bearer token from `eventwire token create`.")
def post_documents(request: Request,
                   body: Annotated[Document | list[Document], Body()]) -> dict[str, Any]:
    documents = body if isinstance(body, list) else [body]
    statuses: list[dict[str, Any]] = []

    def record(article: Article, status: str) -> None:
        # coding reads ahead, so callbacks may come out of order: the origin holds the position
        index = int((article.origin or ":0").rsplit(":", 1)[1]) - 1
        statuses.append({"index": index, "id": article.id, "status": status,
                         "events": len(article.events), "errors": list(article.errors)})

    report = ingest_documents([d.model_dump(exclude_none=True) for d in documents],
                              request.app.state.store, on_article=record)
    return {"run_id": report.run_id, "stored": report.stored, "unchanged": report.unchanged,
            "failed": report.failed,
            "documents": sorted(statuses, key=lambda s: s["index"])}
