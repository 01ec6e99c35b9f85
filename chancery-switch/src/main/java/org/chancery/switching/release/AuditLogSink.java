package org.chancery.switching.release;

import org.chancery.archive.audit.AuditLog;
import org.chancery.switching.draft.AuditEvent;
import org.chancery.switching.draft.AuditSink;

/**
 * Records the workflow's steps in the archive's audit log (issue 4) once it has an implementation: an {@code ok}
 * step is allowed, a refused one is not, with its reason; the action and the draft or cable it concerned.
 */
public final class AuditLogSink implements AuditSink {

    private final AuditLog log;

    public AuditLogSink(AuditLog log) {
        this.log = log;
    }

    @Override
    public void record(AuditEvent e) {
        String reason = e.detail() == null ? e.outcome() : e.detail();
        log.append(new org.chancery.archive.audit.AuditEvent(e.at(), e.actor(), e.action(), e.subject(),
                AuditEvent.OK.equals(e.outcome()), reason));
    }
}
