"""the audit log is append-only; the ledger and the audit log allow one redaction, for erasure

Revision ID: 0005
Revises: 0003

Erasing a customer overwrites the free text tied to them: the reason on their ledger rows and the detail of
audit events about them. The guards let exactly that through (the one column set to the marker, every other
column unchanged) and refuse any other UPDATE, and every DELETE, as before.
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

REDACTED = "(erased)"  # app.services.privacy.REDACTED writes the same marker
GUARDED = (  # table, the one column erasure may redact, the refusal
    ("points_ledger", "reason", "points ledger is append-only"),
    ("audit_events", "detail", "the audit log is append-only"),
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS points_ledger_no_update")
        op.execute("DROP TRIGGER IF EXISTS points_ledger_no_delete")
        for table, column, refusal in GUARDED:
            # Every column but the redacted one must stay as it was: listed from the table as it is now.
            others = [
                row[1] for row in bind.exec_driver_sql(f"PRAGMA table_info({table})") if row[1] != column
            ]
            unchanged = " AND ".join(f"new.{c} IS old.{c}" for c in others)
            op.execute(
                f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} "
                f"WHEN NOT (new.{column} = '{REDACTED}' AND {unchanged}) "
                f"BEGIN SELECT RAISE(ABORT, '{refusal}'); END"
            )
            op.execute(
                f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{refusal}'); END"
            )
    elif bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS points_ledger_append_only ON points_ledger")
        op.execute("DROP FUNCTION IF EXISTS points_ledger_append_only()")
        # Arguments: the column erasure may redact, and the refusal. Row to jsonb covers every column,
        # including ones added later.
        op.execute(
            "CREATE FUNCTION append_only_but_redaction() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN "
            "IF TG_OP = 'UPDATE' "
            f"AND to_jsonb(NEW) ->> TG_ARGV[0] = '{REDACTED}' "
            "AND to_jsonb(NEW) - TG_ARGV[0] = to_jsonb(OLD) - TG_ARGV[0] THEN RETURN NEW; END IF; "
            "RAISE EXCEPTION '%', TG_ARGV[1]; "
            "END $$"
        )
        for table, column, refusal in GUARDED:
            op.execute(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION append_only_but_redaction('{column}', '{refusal}')"
            )
            op.execute(
                f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                f"FOR EACH STATEMENT EXECUTE FUNCTION append_only_but_redaction('{column}', '{refusal}')"
            )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for table, _, _ in GUARDED:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete")
        for verb in ("UPDATE", "DELETE"):  # the ledger's guard as 0001 made it
            op.execute(
                f"CREATE TRIGGER points_ledger_no_{verb.lower()} BEFORE {verb} ON points_ledger BEGIN "
                "SELECT RAISE(ABORT, 'points ledger is append-only'); END"
            )
    elif bind.dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS append_only_but_redaction() CASCADE")
        op.execute(
            "CREATE FUNCTION points_ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN RAISE EXCEPTION 'points ledger is append-only'; END $$"
        )
        op.execute(
            "CREATE TRIGGER points_ledger_append_only BEFORE UPDATE OR DELETE ON points_ledger "
            "FOR EACH ROW EXECUTE FUNCTION points_ledger_append_only()"
        )
