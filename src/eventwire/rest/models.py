"""Request and response shapes, for validation and the OpenAPI description."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class Document(BaseModel):
    """One input document, as a JSONL line of CONTRACT.md section 1 (text or html required)."""

    model_config = ConfigDict(extra="ignore")

    id: str | None = Field(None, description="Document id; default: a hash of its content.")
    text: str | None = Field(None, description="Plain text of the article.")
    html: str | None = Field(None, description="HTML page of the article (used when no text).")
    published: str | None = Field(None, description="Publication date, YYYY-MM-DD.")
    url: str | None = None
    title: str | None = None
    source: str | None = Field(None, description="Outlet name.")
    author: str | None = None


class DocumentStatus(BaseModel):
    """What happened to one posted document."""

    index: int = Field(description="Position of the document in the request, from 0.")
    id: str = Field(description="The stored id (or the request position of a rejected document).")
    status: str = Field(description="stored, unchanged or failed.")
    events: int = Field(description="Events coded in the document.")
    errors: list[str] = Field(description="Why the document failed, if it did.")


class IngestResult(BaseModel):
    """The outcome of ``POST /documents``."""

    run_id: str
    stored: int
    unchanged: int
    failed: int
    documents: list[DocumentStatus]


class Page(BaseModel):
    """One page of a listing; pass ``next_cursor`` as ``cursor`` for the next (null: last page)."""

    items: list[dict[str, Any]]
    next_cursor: str | None = Field(description="Cursor of the next page, or null on the last.")


class EventPage(Page):
    """One page of the event list, and how many events match its filters in all."""

    total: int = Field(description="Events matching the filters, on every page (with `q`, counted "
                                   "before the exact sentence check: it may be a little higher).")


class Period(BaseModel):
    """One period of a dyad timeline."""

    period: str = Field(description="2021-W34 (week), 2021-08 (month) or 2021 (year).")
    events: int
    quad: dict[str, int] = Field(description='Events per PLOVER quad class, keys "1" to "4".')
    mean_intensity: float | None


class Timeline(BaseModel):
    """Events between two countries per period."""

    a: str
    b: str
    freq: str
    periods: list[Period]


class Health(BaseModel):
    """The server is up and its store answers."""

    status: str
    version: str
    store: str
