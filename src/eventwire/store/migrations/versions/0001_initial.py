"""The initial store: articles, happenings, events, participants, places, times, quotes,
claims, stories and the ingest log.

Revision ID: 0001
Revises:
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _id(name: str = "id") -> sa.Column[Any]:
    return sa.Column(name, sa.Integer, primary_key=True, autoincrement=True)


def _article_fk() -> sa.Column[Any]:
    return sa.Column("article_id", sa.String(200),
                     sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True)


def _span() -> list[sa.Column[Any]]:
    return [sa.Column("text", sa.Text, nullable=False), sa.Column("start", sa.Integer, nullable=False),
            sa.Column("end", sa.Integer, nullable=False)]


def upgrade() -> None:
    op.create_table(
        "stories",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("title", sa.Text),
        sa.Column("first_published", sa.String(10), index=True),
        sa.Column("last_published", sa.String(10), index=True),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.String(200), primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False, index=True),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.String(10), index=True),
        sa.Column("language", sa.String(8)),
        sa.Column("source", sa.String(300), index=True),
        sa.Column("url", sa.Text),
        sa.Column("origin", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("removed", sa.JSON, nullable=False),
        sa.Column("meta", sa.JSON, nullable=False),
        sa.Column("coded", sa.JSON, nullable=False),
        sa.Column("terms", sa.JSON, nullable=False),
        sa.Column("story_id", sa.String(64), sa.ForeignKey("stories.id"), index=True),
        sa.Column("coder_version", sa.String(40), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "happenings",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("parties", sa.String(200), nullable=False),
        sa.Column("date_value", sa.String(10)),
        sa.Column("date_end", sa.String(10)),
        sa.Column("granularity", sa.String(12), nullable=False),
        sa.Column("location_country", sa.String(3)),
        sa.Column("num_reports", sa.Integer, nullable=False),
    )
    op.create_index("ix_happenings_block", "happenings", ["type", "parties", "date_value"])
    op.create_table(
        "events",
        sa.Column("id", sa.String(240), primary_key=True),
        _article_fk(),
        sa.Column("happening_id", sa.String(64), sa.ForeignKey("happenings.id"), index=True),
        sa.Column("type", sa.String(16), nullable=False, index=True),
        sa.Column("mode", sa.String(32)),
        sa.Column("quad", sa.Integer),
        sa.Column("cameo", sa.String(8)),
        sa.Column("intensity", sa.Float),
        sa.Column("date_value", sa.String(10), index=True),
        sa.Column("date_end", sa.String(10)),
        sa.Column("granularity", sa.String(12), nullable=False),
        sa.Column("location_country", sa.String(3)),
        sa.Column("modality", sa.String(20), nullable=False),
        sa.Column("negated", sa.Boolean, nullable=False),
        sa.Column("background", sa.Boolean, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_table(
        "participants",
        _id(),
        sa.Column("event_id", sa.String(240), sa.ForeignKey("events.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("role", sa.String(10), nullable=False),
        sa.Column("country", sa.String(3), index=True),
        sa.Column("sector", sa.String(3)),
        sa.Column("name", sa.Text),
        *_span(),
    )
    op.create_table(
        "places",
        _id(),
        _article_fk(),
        *_span(),
        sa.Column("name", sa.Text),
        sa.Column("country", sa.String(3)),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("geonameid", sa.Integer),
        sa.Column("resolution", sa.String(10), nullable=False),
    )
    op.create_table(
        "times",
        _id(),
        _article_fk(),
        *_span(),
        sa.Column("value", sa.String(10)),
        sa.Column("value_end", sa.String(10)),
        sa.Column("granularity", sa.String(12), nullable=False),
    )
    op.create_table(
        "quotes",
        _id(),
        _article_fk(),
        sa.Column("speaker", sa.Text),
        sa.Column("cue", sa.Text, nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_table(
        "claims",
        _id(),
        sa.Column("event_id", sa.String(240), sa.ForeignKey("events.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("kind", sa.String(20), nullable=False),
        *_span(),
    )
    op.create_table(
        "ingest_log",
        _id(),
        sa.Column("run_id", sa.String(40), nullable=False, index=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("origin", sa.Text),
        sa.Column("doc_id", sa.String(200), index=True),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("message", sa.Text),
    )


def downgrade() -> None:
    for table in ("ingest_log", "claims", "quotes", "times", "places", "participants", "events",
                  "happenings", "articles", "stories"):
        op.drop_table(table)
