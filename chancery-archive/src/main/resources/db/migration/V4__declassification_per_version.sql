-- A declassification governs the version it judged (docs/security.md, "Declassification"): a newer version of a
-- declassified cable is read at its own markings until it is declassified itself. So a cable may now have one
-- declassification per version, and one review item per version. Every existing row already names its version
-- (declassification.version) and keeps its meaning; review items take the version they were about: the one
-- declassified, else the version the schedule was read from (the current one).

CREATE TABLE declassification_v4 (
    cable_id        TEXT    NOT NULL,
    version         INTEGER NOT NULL,         -- the version declassified: the only one this row governs
    declassified_on TEXT    NOT NULL,
    authority       TEXT    NOT NULL,
    basis           TEXT    NOT NULL,
    exempt          TEXT    NOT NULL,
    subject_exempt  INTEGER NOT NULL,
    decided_by      TEXT    NOT NULL,
    recorded_at     TEXT    NOT NULL,
    PRIMARY KEY (cable_id, version)
) WITHOUT ROWID;

INSERT INTO declassification_v4 (cable_id, version, declassified_on, authority, basis, exempt, subject_exempt,
                                 decided_by, recorded_at)
SELECT cable_id, version, declassified_on, authority, basis, exempt, subject_exempt, decided_by, recorded_at
FROM declassification;

DROP TABLE declassification;
ALTER TABLE declassification_v4 RENAME TO declassification;

-- state: PENDING, EXTENDED, DECLASSIFIED, or SUPERSEDED (a newer version arrived before the item was decided,
-- or while its extension ran: the newer version has an item of its own). note: why a version is queued beyond
-- its own E.O. line (a new version of a cable a reviewer judged), or null.
CREATE TABLE declass_review_v4 (
    cable_id    TEXT    NOT NULL,
    version     INTEGER NOT NULL,
    rule        TEXT    NOT NULL,
    instruction TEXT    NOT NULL,
    queued_on   TEXT    NOT NULL,
    state       TEXT    NOT NULL,
    extended_to TEXT,
    reason      TEXT,
    decided_by  TEXT,
    decided_at  TEXT,
    note        TEXT,
    PRIMARY KEY (cable_id, version)
) WITHOUT ROWID;

INSERT INTO declass_review_v4 (cable_id, version, rule, instruction, queued_on, state, extended_to, reason,
                               decided_by, decided_at, note)
SELECT r.cable_id,
       COALESCE((SELECT d.version FROM declassification d WHERE d.cable_id = r.cable_id),
                (SELECT v.version FROM declass_schedule s JOIN cable_version v ON v.seq = s.seq
                 WHERE s.cable_id = r.cable_id),
                (SELECT c.current_version FROM cable c WHERE c.id = r.cable_id),
                1),
       r.rule, r.instruction, r.queued_on, r.state, r.extended_to, r.reason, r.decided_by, r.decided_at, NULL
FROM declass_review r;

DROP TABLE declass_review;
ALTER TABLE declass_review_v4 RENAME TO declass_review;
