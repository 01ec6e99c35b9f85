package org.chancery.archive.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * The append-only audit log. The store's implementation chains records by hash so that any edit, removal or
 * reordering is detected; every read, search, export, release, declassification and permission change goes
 * through {@link #append}.
 */
public interface AuditLog {

    /** Appends the event durably; returns its sequence number in the log. */
    long append(AuditEvent event);

    /**
     * Appends the events durably, in order, one record each (a long job's records go in together: the log writes
     * them in as few transactions as it can); returns their sequence numbers. Fails when any of them failed to be
     * appended.
     */
    default List<Long> appendAll(List<AuditEvent> events) {
        List<Long> seqs = new ArrayList<>(events.size());
        for (AuditEvent e : events) seqs.add(append(e));
        return seqs;
    }
}
