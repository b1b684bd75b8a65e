"""Dyad timelines from one range scan: `happening_dyads`, and report intensities summed on
each happening.

A timeline over a popular dyad walked the party index of the rarer country and probed the
other country, the happening and its reports for each of its happenings: about 55,000 index
probes for India and Afghanistan in a store of a million events. `happening_dyads` holds one
row per pair of party countries of a happening, in (a, b, date) order, with the happening's
type and the sum and count of its reports' intensities, kept by the same code that keeps
the party index.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("happenings") as table:
        table.add_column(sa.Column("intensity_sum", sa.Float(), nullable=True))
        table.add_column(sa.Column("intensity_count", sa.Integer(), nullable=False, server_default="0"))
    op.execute("""
        UPDATE happenings SET
            intensity_sum = (SELECT sum(e.intensity) FROM events e WHERE e.happening_id = happenings.id),
            intensity_count = (SELECT count(e.intensity) FROM events e WHERE e.happening_id = happenings.id)
    """)
    op.create_table(
        "happening_dyads",
        sa.Column("a", sa.String(3), primary_key=True),
        sa.Column("b", sa.String(3), primary_key=True),
        sa.Column("date_value", sa.String(10), primary_key=True),
        sa.Column("happening_id", sa.String(64), sa.ForeignKey("happenings.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("intensity_sum", sa.Float(), nullable=True),
        sa.Column("intensity_count", sa.Integer(), nullable=False),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_happening_dyads_happening", "happening_dyads", ["happening_id"])
    op.execute("""
        INSERT INTO happening_dyads (a, b, date_value, happening_id, type, intensity_sum, intensity_count)
        SELECT p.country, q.country, h.date_value, h.id, h.type, h.intensity_sum, h.intensity_count
        FROM happening_parties p
        JOIN happening_parties q ON q.happening_id = p.happening_id AND p.country < q.country
        JOIN happenings h ON h.id = p.happening_id
        WHERE h.date_value IS NOT NULL
    """)


def downgrade() -> None:
    op.drop_index("ix_happening_dyads_happening", table_name="happening_dyads")
    op.drop_table("happening_dyads")
    with op.batch_alter_table("happenings") as table:
        table.drop_column("intensity_count")
        table.drop_column("intensity_sum")
