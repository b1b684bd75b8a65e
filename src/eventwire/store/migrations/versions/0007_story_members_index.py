"""Index of a story's members in the order they were stored: ``articles (story_id,
ingested_at, id)``, so that holding a story together (`store/story_linking.py hold_story`) reads
its most recent members from the index instead of sorting all of them.

Revision ID: 0007
Revises: 0006
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_articles_story_recent", "articles", ["story_id", "ingested_at", "id"])


def downgrade() -> None:
    op.drop_index("ix_articles_story_recent", table_name="articles")
