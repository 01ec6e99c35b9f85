package org.chancery.archive.audit;

import org.chancery.archive.audit.AuditFinding.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Walks an audit log in seq order, one record at a time, and locates what is wrong with it:
 * <ul>
 *   <li>a record whose fields no longer give its hash: <b>edited</b> when the next record (or, for the last
 *       one, the checkpoint) still names the stored hash, <b>hash altered</b> when it names the hash the fields
 *       give;</li>
 *   <li>a gap in the seqs: records <b>missing</b>;</li>
 *   <li>a record whose prev hash is the hash of a record stored elsewhere: records <b>reordered</b>; the hash of
 *       no record: a <b>broken link</b>;</li>
 *   <li>a log that ends before its checkpoint or before a head recorded elsewhere: <b>truncated</b>.</li>
 * </ul>
 * Memory is constant: only the previous record is kept; the rare lookup of a hash elsewhere in the log goes
 * through {@code seqOfHash}.
 */
final class AuditVerifier {

    private final ToLongFunction<String> seqOfHash;
    private final SqliteAuditLog.Head checkpoint;
    private final SqliteAuditLog.Head expected;
    private final List<AuditFinding> findings = new ArrayList<>();

    private long count;
    private AuditRecord prev;
    private String prevComputed;
    private boolean prevIntact;
    private boolean prevMoved;
    private String computedAtCheckpoint;
    private String computedAtExpected;

    AuditVerifier(ToLongFunction<String> seqOfHash, SqliteAuditLog.Head checkpoint, SqliteAuditLog.Head expected) {
        this.seqOfHash = seqOfHash;
        this.checkpoint = checkpoint;
        this.expected = expected;
    }

    void accept(AuditRecord r) {
        count++;
        String computed = r.computedHash();
        boolean intact = computed.equals(r.hash());
        boolean moved = false;
        if (prev == null) {
            if (r.seq() != 0) {
                add(0, Kind.GENESIS, r.seq() == 1 ? "record 0 (genesis) is missing"
                        : "records 0 (genesis) to " + (r.seq() - 1) + " are missing: the log starts at seq " + r.seq());
            } else if (!r.prevHash().equals(AuditHash.GENESIS_PREV)) {
                add(0, Kind.GENESIS, "record 0 (genesis): its prev hash is not " + AuditHash.GENESIS_PREV.length()
                        + " zeros");
            }
        } else {
            long expectedSeq = prev.seq() + 1;
            boolean gap = r.seq() > expectedSeq;
            judgePrevious(gap ? null : r.prevHash());
            if (gap) {
                add(expectedSeq, Kind.MISSING, r.seq() - 1 == expectedSeq
                        ? "record " + expectedSeq + " is missing (removed from the log)"
                        : "records " + expectedSeq + " to " + (r.seq() - 1) + " are missing (removed from the log)");
            } else if (!r.prevHash().equals(prev.hash()) && !r.prevHash().equals(prevComputed)) {
                long k = seqOfHash.applyAsLong(r.prevHash());
                if (k >= 0 && k != prev.seq()) {
                    moved = true;
                    add(r.seq(), Kind.REORDERED, "record " + r.seq() + " names the record now at seq " + k
                            + " as its predecessor, not record " + prev.seq() + ": records were moved");
                } else {
                    add(r.seq(), Kind.BROKEN_LINK, "record " + r.seq() + ": its prev hash is not the hash of record "
                            + prev.seq() + " (nor of any record in the log)");
                }
            }
        }
        if (checkpoint != null && r.seq() == checkpoint.seq()) computedAtCheckpoint = computed;
        if (expected != null && r.seq() == expected.seq()) computedAtExpected = computed;
        prev = r;
        prevComputed = computed;
        prevIntact = intact;
        prevMoved = moved;
    }

    /** Says what happened to the previous record, if its fields and hash disagree, from what its successor names. */
    private void judgePrevious(String namedBySuccessor) {
        if (prevIntact || prevMoved) return;
        long seq = prev.seq();
        if (prev.hash().equals(namedBySuccessor)) {
            add(seq, Kind.EDITED, "record " + seq + " was edited: its fields no longer give its hash");
        } else if (prevComputed.equals(namedBySuccessor)) {
            add(seq, Kind.HASH_ALTERED, "record " + seq + ": its stored hash was changed (its fields give the hash "
                    + "the next record names)");
        } else {
            add(seq, Kind.CORRUPT, "record " + seq + ": its fields do not give its hash");
        }
    }

    AuditVerification finish() {
        if (prev == null) {
            if (checkpoint != null) {
                add(0, Kind.TRUNCATED, "the log is empty, yet its checkpoint says it ends at seq " + checkpoint.seq());
            } else {
                add(0, Kind.GENESIS, "the log is empty: no genesis record, no checkpoint");
            }
            expectHead(-1);
            return new AuditVerification(0, -1, null, findings);
        }
        long last = prev.seq();
        if (checkpoint == null) {
            judgePrevious(null);
            add(last, Kind.CHECKPOINT, "no checkpoint: a cut at the tail of the log could not be seen");
        } else if (checkpoint.seq() > last) {
            judgePrevious(null);
            add(last + 1, Kind.TRUNCATED, (checkpoint.seq() == last + 1 ? "record " + (last + 1) + " is"
                    : "records " + (last + 1) + " to " + checkpoint.seq() + " are")
                    + " missing at the tail: the checkpoint says the log ends at seq " + checkpoint.seq());
        } else if (checkpoint.seq() < last) {
            judgePrevious(null);
            add(checkpoint.seq() + 1, Kind.CHECKPOINT, "records " + (checkpoint.seq() + 1) + " to " + last
                    + " were added without updating the checkpoint (it names seq " + checkpoint.seq() + ")");
        } else {
            judgePrevious(checkpoint.hash());
            if (!checkpoint.hash().equals(prev.hash()) && !checkpoint.hash().equals(prevComputed)) {
                add(last, Kind.CHECKPOINT, "the checkpoint's hash is not the hash of record " + last);
            }
        }
        if (checkpoint != null && checkpoint.seq() < last && computedAtCheckpoint != null
                && !computedAtCheckpoint.equals(checkpoint.hash())) {
            add(checkpoint.seq(), Kind.CHECKPOINT, "the checkpoint's hash is not the hash of record " + checkpoint.seq());
        }
        expectHead(last);
        return new AuditVerification(count, last, prev.hash(), findings);
    }

    private void expectHead(long last) {
        if (expected == null) return;
        if (expected.seq() > last) {
            add(last + 1, Kind.TRUNCATED, "the log ends at seq " + last + ", before the head recorded elsewhere ("
                    + expected + ")");
        } else if (computedAtExpected == null) {
            add(expected.seq(), Kind.HEAD, "record " + expected.seq() + " of the head recorded elsewhere is missing");
        } else if (!computedAtExpected.equals(expected.hash())) {
            add(expected.seq(), Kind.HEAD, "record " + expected.seq() + " does not have the hash recorded elsewhere ("
                    + expected.hash() + "): the log was rewritten up to there");
        }
    }

    private void add(long seq, Kind kind, String message) {
        findings.add(new AuditFinding(seq, kind, message));
    }
}
