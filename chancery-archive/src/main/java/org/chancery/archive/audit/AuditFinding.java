package org.chancery.archive.audit;

/**
 * Something {@code verify} found wrong with the audit log, located by sequence number.
 *
 * @param seq     the record concerned (for MISSING and TRUNCATED, the first one missing)
 * @param kind    what failed
 * @param message one line saying what and where
 */
public record AuditFinding(long seq, Kind kind, String message) {

    public enum Kind {
        /** The record's fields no longer give its hash, and the next record (or the head) still names that hash. */
        EDITED,
        /** The record's stored hash was changed: its fields give the hash the next record (or the head) names. */
        HASH_ALTERED,
        /** The record's fields do not give its hash, and nothing says whether the fields or the hash changed. */
        CORRUPT,
        /** Records are absent from the middle of the log (a gap in the sequence). */
        MISSING,
        /** The record names as its predecessor a record stored elsewhere in the log: records were moved. */
        REORDERED,
        /** The record's prev hash is no record's hash. */
        BROKEN_LINK,
        /** The genesis record is missing or wrong. */
        GENESIS,
        /** Records are missing at the end: the log is shorter than its checkpoint (or the expected head). */
        TRUNCATED,
        /** The checkpoint is missing, or disagrees with the log in a way not explained above. */
        CHECKPOINT,
        /** The head recorded elsewhere (--expect-head) is not in the log. */
        HEAD
    }
}
