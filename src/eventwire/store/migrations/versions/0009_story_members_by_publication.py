"""A story's members in publication order, ``articles (story_id, published, id)``, replacing
the index in storage order: holding a story together (`store/story_linking.py hold_story`) reads
its latest published members, so that stories depend on the articles, not on the runs that
stored them (`store/relink.py`).

Revision ID: 0009
Revises: 0008
"""

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_articles_story_recent", table_name="articles")
    op.create_index("ix_articles_story_published", "articles", ["story_id", "published", "id"])


def downgrade() -> None:
    op.drop_index("ix_articles_story_published", table_name="articles")
    op.create_index("ix_articles_story_recent", "articles", ["story_id", "ingested_at", "id"])
