package org.chancery.archive.audit;

/**
 * One record of the audit log as stored: the event's fields as text exactly as they were hashed, the hash of the
 * record before it and its own hash ({@link AuditHash}).
 *
 * @param seq      position in the log: 0 for the genesis record, then 1, 2, … without gaps
 * @param at       ISO-8601 UTC instant with milliseconds ({@code 2026-01-02T03:04:05.678Z})
 * @param target   {@code ""} when the event had none
 * @param reason   {@code ""} when the event had none
 * @param prevHash the hash of record {@code seq - 1} (64 zeros for the genesis record)
 * @param hash     SHA-256 of this record's canonical serialisation, lower-case hex
 */
public record AuditRecord(long seq, String at, String user, String action, String target, boolean allowed,
                          String reason, String prevHash, String hash) {

    /** The hash this record's fields give; equal to {@link #hash} when the record is intact. */
    public String computedHash() {
        return AuditHash.of(this);
    }

    public boolean intact() {
        return computedHash().equals(hash);
    }
}
