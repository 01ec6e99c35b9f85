-- Drafting, release and numbering (the release half of the switch). The queue half keeps its own tables and its
-- own migration history in the same file, switch.db; table names here begin with draft_ or numbering_.

-- One row per draft. content is the draft file's JSON; findings the lint findings of its last save (JSON).
CREATE TABLE draft_cable (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    state       TEXT    NOT NULL,             -- DRAFT, SUBMITTED, CLEARED, RELEASED
    revision    INTEGER NOT NULL,
    originator  TEXT,
    drafter     TEXT    NOT NULL,
    content     TEXT    NOT NULL,
    findings    TEXT    NOT NULL,
    cable_id    TEXT UNIQUE,                  -- set at release
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);

-- Clearances and returns, per revision of a draft.
CREATE TABLE draft_clearance (
    draft_id    INTEGER NOT NULL REFERENCES draft_cable (id),
    revision    INTEGER NOT NULL,
    clearer     TEXT    NOT NULL,
    cleared     INTEGER NOT NULL,             -- 1 cleared, 0 returned
    comment     TEXT,
    at          TEXT    NOT NULL
);
CREATE INDEX draft_clearance_draft ON draft_clearance (draft_id);

-- The workflow's audit trail until the archive's tamper-evident log (issue 4) takes over.
CREATE TABLE draft_audit (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    subject     TEXT,
    outcome     TEXT NOT NULL,
    detail      TEXT
);

-- Counters. Each is read and advanced inside the transaction that records the release, so a number is used
-- exactly when the release that uses it commits: never skipped, never given twice.
CREATE TABLE numbering_mrn (
    post        TEXT    NOT NULL,             -- the post word of the classification line (PRAGUE)
    year        INTEGER NOT NULL,
    last        INTEGER NOT NULL,
    PRIMARY KEY (post, year)
) WITHOUT ROWID;

CREATE TABLE numbering_mcn (
    origin      TEXT    NOT NULL,             -- RI of the originating station
    addressee   TEXT    NOT NULL,             -- RI of the addressee
    last        INTEGER NOT NULL,             -- never decreases; the MCN written is 1 + (last - 1) mod 9999
    PRIMARY KEY (origin, addressee)
) WITHOUT ROWID;

CREATE TABLE numbering_channel (
    origin      TEXT    NOT NULL,
    next_hop    TEXT    NOT NULL,
    designator  TEXT    NOT NULL UNIQUE,
    last        INTEGER NOT NULL,             -- never decreases; the sequence written is 1 + (last - 1) mod 9999
    PRIMARY KEY (origin, next_hop)
) WITHOUT ROWID;

-- One row per released cable: its numbers, the text, its transmissions and non-delivery reports (JSON), and
-- whether they have been handed to the archive and to the queues (done after the commit, redone on restart).
CREATE TABLE numbering_release (
    cable_id       TEXT    NOT NULL PRIMARY KEY,
    draft_id       INTEGER NOT NULL UNIQUE REFERENCES draft_cable (id),
    post           TEXT    NOT NULL,
    year           INTEGER NOT NULL,
    mrn            INTEGER NOT NULL,
    dtg            TEXT    NOT NULL,          -- ISO-8601 UTC
    classification TEXT    NOT NULL,
    released_by    TEXT    NOT NULL,
    text           TEXT    NOT NULL,          -- the cable as released (the originator's record copy)
    transmissions  TEXT    NOT NULL,
    reports        TEXT    NOT NULL,
    archived       INTEGER NOT NULL DEFAULT 0,
    handed_off     INTEGER NOT NULL DEFAULT 0,
    UNIQUE (post, year, mrn)
) WITHOUT ROWID;
