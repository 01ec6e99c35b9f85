package org.chancery.switching.draft;

/**
 * Where the workflow records its steps. The archive's tamper-evident audit log (issue 4) will implement this;
 * until then the switch writes to its own table ({@code SqliteAuditSink}) or keeps events in memory.
 */
public interface AuditSink {

    void record(AuditEvent event);
}
