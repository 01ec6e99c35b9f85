-- The store of record: every version of every cable, exactly as it came, with the parsed fields needed for
-- listing and threads. The search index is derived from these tables and can be rebuilt from them.

-- One row per cable: which version is current.
CREATE TABLE cable (
    id              TEXT    NOT NULL PRIMARY KEY,
    current_version INTEGER NOT NULL,
    current_seq     INTEGER NOT NULL
) WITHOUT ROWID;

-- One row per committed version. seq is the change sequence number: assigned by the single writer as
-- max(seq) + 1 inside the write transaction, so it only ever grows and is never reused (rows are never deleted).
-- The index records the highest seq it holds; anything above it is replayed on open.
CREATE TABLE cable_version (
    seq            INTEGER NOT NULL PRIMARY KEY,
    cable_id       TEXT    NOT NULL,
    version        INTEGER NOT NULL,
    format         TEXT    NOT NULL,           -- TEXT or HTML
    name           TEXT,                       -- the source name (file name without extension)
    source         BLOB    NOT NULL,           -- the input's exact bytes
    text_sha256    BLOB    NOT NULL,           -- SHA-256 of the cable text (UTF-8): the identity of a version
    dtg            TEXT,                       -- ISO-8601 UTC instant
    classification TEXT,                       -- banner level word
    caveats        TEXT,                       -- space-separated
    origin         TEXT,
    precedence     TEXT,
    tags           TEXT,                       -- space-separated codes
    subject        TEXT,
    diagnostics    TEXT    NOT NULL,           -- JSON array of {rule, severity, line, column, message}
    source_path    TEXT,                       -- the file it came from
    archive_entry  TEXT,                       -- the entry inside a .zip/.tar.gz, or null
    ingested_at    TEXT    NOT NULL,           -- ISO-8601 UTC instant
    UNIQUE (cable_id, version)
);

-- Idempotence: has this exact text been stored for this id before?
CREATE INDEX cable_version_text ON cable_version (cable_id, text_sha256);

-- The REF items of each version, in order. cited_id is the canonical id of a cited cable (null for e-mails,
-- memos and the like); "cited by" reads the references of current versions only.
CREATE TABLE cable_reference (
    seq       INTEGER NOT NULL,
    ordinal   INTEGER NOT NULL,
    citing_id TEXT    NOT NULL,
    letter    TEXT,
    kind      TEXT    NOT NULL,
    cited_id  TEXT,
    text      TEXT,
    PRIMARY KEY (seq, ordinal)
) WITHOUT ROWID;

CREATE INDEX cable_reference_cited ON cable_reference (cited_id);
