package org.chancery.switching.draft;

/**
 * Where the workflow records its steps: the archive's hash-chained audit log ({@code AuditLogSink}), or memory in
 * tests ({@link InMemoryAuditSink}). {@link #record} must be durable when it returns: the workflow commits a step
 * only after its record.
 */
public interface AuditSink {

    void record(AuditEvent event);
}
