"""Indexes for the read paths on large stores: dyad timelines and event listings.

- ``happening_parties (country, happening_id)``: a country's happenings straight from the
  index, each probed for the other country of a dyad by the primary key;
- ``events (happening_id, intensity)``: a happening's report intensities without reading
  the report rows (timelines);
- ``events (date_value, happening_id)``: matching reports in listing order (event pages
  read from their cursor instead of grouping every matching report);
- ``articles (coalesce(published, ''), id)`` and ``stories (coalesce(first_published, ''),
  id)``: the article and story listings in page order.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

INDEXES: list[tuple[str, str, list[str | sa.TextClause]]] = [
    ("ix_happening_parties_country", "happening_parties", ["country", "happening_id"]),
    ("ix_events_happening_intensity", "events", ["happening_id", "intensity"]),
    ("ix_events_date_happening", "events", ["date_value", "happening_id"]),
    ("ix_articles_listing", "articles", [sa.text("coalesce(published, '')"), "id"]),
    ("ix_stories_listing", "stories", [sa.text("coalesce(first_published, '')"), "id"]),
]


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _ in INDEXES:
        op.drop_index(name, table_name=table)
