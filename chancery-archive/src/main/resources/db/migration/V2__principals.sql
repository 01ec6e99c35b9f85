-- Principals: who may read what (docs/security.md). A principal's clearance is a level name (Level enum);
-- access lists, nationalities, memberships and roles are rows of principal_grant, one per value.

CREATE TABLE principal (
    id            TEXT NOT NULL PRIMARY KEY,
    display_name  TEXT,
    clearance     TEXT NOT NULL,            -- UNCLASSIFIED, SBU, CONFIDENTIAL, SECRET, TOP_SECRET
    password_hash TEXT,                     -- for the server later; null until then
    created_at    TEXT NOT NULL,            -- ISO-8601 UTC instant
    updated_at    TEXT NOT NULL
) WITHOUT ROWID;

-- kind: ACCESS_LIST (NODIS, EXDIS, … : the named list of a control), NATIONALITY (country code),
-- MEMBERSHIP (post or office key: PRAGUE, EUR/CE), ROLE (Role enum name).
CREATE TABLE principal_grant (
    principal_id TEXT NOT NULL REFERENCES principal (id),
    kind         TEXT NOT NULL,
    value        TEXT NOT NULL,
    PRIMARY KEY (principal_id, kind, value)
) WITHOUT ROWID;

-- Settings of the deployment (policy = document | portion).
CREATE TABLE setting (
    key   TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
