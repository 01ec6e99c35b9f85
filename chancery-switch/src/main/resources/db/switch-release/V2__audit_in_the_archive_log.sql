-- The workflow's steps are recorded in the archive's hash-chained audit log (chancery.db, audit_log) since the
-- switch and the archive were wired together; the switch's own trail is no longer written.
DROP TABLE draft_audit;
