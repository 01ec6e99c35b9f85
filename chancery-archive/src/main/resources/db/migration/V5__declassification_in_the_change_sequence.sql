-- A declassification is a change of the store of record like a new version (docs/index-design.md, "Durability";
-- docs/security.md, "Declassification"): it changes how its cable is indexed, so it takes a number in the same
-- change sequence (seq), which the index's high-water mark refers to. After a crash between the store and the
-- index, the replay of the changes after the mark puts the cable into the index again under its declassification.
-- Versions and declassifications share the sequence: a seq is given to one change only and never reused.
--
-- Existing rows are numbered after the last version, in (cable, version) order: the first open after this
-- migration replays them, which repairs an index that an interrupted run left at the old markings.

CREATE TABLE declassification_v5 (
    cable_id        TEXT    NOT NULL,
    version         INTEGER NOT NULL,         -- the version declassified: the only one this row governs
    declassified_on TEXT    NOT NULL,
    authority       TEXT    NOT NULL,
    basis           TEXT    NOT NULL,
    exempt          TEXT    NOT NULL,
    subject_exempt  INTEGER NOT NULL,
    decided_by      TEXT    NOT NULL,
    recorded_at     TEXT    NOT NULL,
    seq             INTEGER NOT NULL UNIQUE,  -- its number in the change sequence shared with cable_version.seq
    PRIMARY KEY (cable_id, version)
) WITHOUT ROWID;

INSERT INTO declassification_v5 (cable_id, version, declassified_on, authority, basis, exempt, subject_exempt,
                                 decided_by, recorded_at, seq)
SELECT cable_id, version, declassified_on, authority, basis, exempt, subject_exempt, decided_by, recorded_at,
       (SELECT coalesce(max(seq), 0) FROM cable_version) + row_number() OVER (ORDER BY cable_id, version)
FROM declassification;

DROP TABLE declassification;
ALTER TABLE declassification_v5 RENAME TO declassification;
