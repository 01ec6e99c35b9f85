package org.chancery.archive.audit;

/**
 * The append-only audit log. The store's implementation chains records by hash so that any edit, removal or
 * reordering is detected; every read, search, export, release, declassification and permission change goes
 * through {@link #append}.
 */
public interface AuditLog {

    /** Appends the event durably; returns its sequence number in the log. */
    long append(AuditEvent event);
}
