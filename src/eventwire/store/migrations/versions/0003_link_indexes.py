"""Indexes for linking: happening parties (dedup blocking) and article terms (story linking).

Existing happenings and articles are indexed as they are migrated.

Revision ID: 0003
Revises: 0002
"""

import json
from collections import Counter

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "happening_parties",
        sa.Column("happening_id", sa.String(64), sa.ForeignKey("happenings.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("country", sa.String(3), primary_key=True),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("date_value", sa.String(10), nullable=False),
        sa.Column("date_end", sa.String(10), nullable=False),
    )
    op.create_index("ix_happening_parties_block", "happening_parties", ["country", "type", "date_value"])
    op.create_table(
        "article_terms",
        sa.Column("term", sa.String(120), primary_key=True),
        sa.Column("article_id", sa.String(200), sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  primary_key=True, index=True),
        sa.Column("published", sa.String(10)),
    )
    op.create_index("ix_article_terms_lookup", "article_terms", ["term", "published"])
    op.create_table(
        "term_stats",
        sa.Column("term", sa.String(120), primary_key=True),
        sa.Column("df", sa.Integer, nullable=False),
    )
    _index_existing(op.get_bind())


def _index_existing(connection: sa.Connection) -> None:
    from eventwire.link import stories
    from eventwire.store.story_linking import term_key  # terms longer than VARCHAR(120) are hashed

    rows = connection.execute(sa.text("SELECT id, type, parties, date_value, date_end FROM happenings"))
    for id_, type_, parties, lo, hi in rows.fetchall():
        for country in filter(None, (parties or "").split(",")):
            connection.execute(sa.text(
                "INSERT INTO happening_parties (happening_id, country, type, date_value, date_end) "
                "VALUES (:h, :c, :t, :lo, :hi)"), {"h": id_, "c": country, "t": type_, "lo": lo, "hi": hi})
    df: Counter[str] = Counter()
    articles = connection.execute(sa.text("SELECT id, published, terms FROM articles")).fetchall()
    for id_, published, terms in articles:
        features = json.loads(terms) if isinstance(terms, str) else terms or {}
        df.update(features)
        for term in stories.index_terms(features, {}, len(articles)):
            connection.execute(sa.text("INSERT INTO article_terms (term, article_id, published) "
                                       "VALUES (:t, :a, :p)"),
                               {"t": term_key(term), "a": id_, "p": published})
    df[""] = len(articles)   # the empty feature counts the articles themselves
    for term, count in df.items():
        connection.execute(sa.text("INSERT INTO term_stats (term, df) VALUES (:t, :n)"),
                           {"t": term_key(term), "n": count})


def downgrade() -> None:
    for table in ("term_stats", "article_terms", "happening_parties"):
        op.drop_table(table)
