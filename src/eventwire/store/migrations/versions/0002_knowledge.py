"""The knowledge table: user-added and learned actor facts with their provenance.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "knowledge",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("source", sa.String(10), nullable=False, index=True),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("kb_id", sa.String(200), nullable=False, index=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("name_key", sa.String(200), nullable=False, index=True),
        sa.Column("aliases", sa.JSON, nullable=False),
        sa.Column("country", sa.String(3)),
        sa.Column("sector", sa.String(3)),
        sa.Column("office", sa.Text),
        sa.Column("start", sa.String(10)),
        sa.Column("end", sa.String(10)),
        sa.Column("article_id", sa.String(200), sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  index=True),
        sa.Column("sentence_start", sa.Integer),
        sa.Column("sentence_end", sa.Integer),
        sa.Column("text", sa.Text),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("knowledge")
