-- The audit log and the declassification state, in the store of record. (V2 is the principals' migration.)

-- The audit log: append-only, hash-chained. hash = SHA-256 of the canonical serialisation of the record's fields
-- and prev_hash (docs/security.md, "Audit"); prev_hash of the genesis record (seq 0) is 64 zeros. The texts are
-- stored exactly as they were hashed, so that any tool can verify the chain from these columns alone.
CREATE TABLE audit_log (
    seq       INTEGER NOT NULL PRIMARY KEY,   -- 0 for the genesis record, then 1, 2, … without gaps
    at        TEXT    NOT NULL,               -- ISO-8601 UTC instant, milliseconds: 2026-01-02T03:04:05.678Z
    user      TEXT    NOT NULL,
    action    TEXT    NOT NULL,
    target    TEXT    NOT NULL,               -- '' when none
    allowed   INTEGER NOT NULL,               -- 1 or 0
    reason    TEXT    NOT NULL,               -- '' when none
    prev_hash TEXT    NOT NULL,               -- 64 lower-case hex digits
    hash      TEXT    NOT NULL
);

-- The head of the chain (last seq and its hash), rewritten in the same transaction as every append: a tail cut
-- off the log (records deleted from the end) no longer matches it. It lives in the same file, so it does not
-- stand against someone who rewrites both; for that, record the head printed by 'chancery audit verify'
-- elsewhere and check it with --expect-head.
CREATE TABLE audit_checkpoint (
    id   INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    seq  INTEGER NOT NULL,
    hash TEXT    NOT NULL
);

-- What the E.O. line of each cable's current version means for declassification, computed once per version
-- (seq: the version it was computed from). rule: NOT_CLASSIFIED, ON_DATE, TWENTY_FIVE_YEARS, EVENT, OADR,
-- EXEMPTION, UNPARSED, NO_DATE. due_on: ISO date the cable is due for declassification (ON_DATE,
-- TWENTY_FIVE_YEARS) or for review (EXEMPTION), else null.
CREATE TABLE declass_schedule (
    cable_id    TEXT    NOT NULL PRIMARY KEY,
    seq         INTEGER NOT NULL,
    level       TEXT,
    rule        TEXT    NOT NULL,
    instruction TEXT    NOT NULL,
    eo_order    TEXT,                         -- the executive order the E.O. line names (12958), or null
    due_on      TEXT,
    twenty_five TEXT                          -- DTG + 25 years, or null without a DTG
) WITHOUT ROWID;

CREATE INDEX declass_schedule_due ON declass_schedule (rule, due_on);

-- One row per declassified cable; never updated or deleted. The cable's stored versions are not touched: its
-- markings stay as written, and this row is what makes it readable at UNCLASSIFIED. exempt: paragraph numbers
-- withheld by a partial declassification, comma-separated ('' for none); subject_exempt 1 when the subject is.
CREATE TABLE declassification (
    cable_id        TEXT    NOT NULL PRIMARY KEY,
    version         INTEGER NOT NULL,         -- the version current when it was declassified
    declassified_on TEXT    NOT NULL,         -- ISO date the declassification takes effect
    authority       TEXT    NOT NULL,         -- E.O. 12958, DECL: 10/01/2011 …
    basis           TEXT    NOT NULL,         -- ON_DATE, TWENTY_FIVE_YEARS, REVIEW, EXTENDED_DATE
    exempt          TEXT    NOT NULL,
    subject_exempt  INTEGER NOT NULL,
    decided_by      TEXT    NOT NULL,
    recorded_at     TEXT    NOT NULL          -- ISO-8601 instant the archive recorded it
) WITHOUT ROWID;

-- The review queue: cables whose instruction a person must judge (an event, OADR, an unreadable instruction, no
-- date at all, an exemption past 25 years). state: PENDING, EXTENDED (until extended_to, then declassified),
-- DECLASSIFIED.
CREATE TABLE declass_review (
    cable_id    TEXT    NOT NULL PRIMARY KEY,
    rule        TEXT    NOT NULL,
    instruction TEXT    NOT NULL,
    queued_on   TEXT    NOT NULL,
    state       TEXT    NOT NULL,
    extended_to TEXT,
    reason      TEXT,
    decided_by  TEXT,
    decided_at  TEXT
) WITHOUT ROWID;
