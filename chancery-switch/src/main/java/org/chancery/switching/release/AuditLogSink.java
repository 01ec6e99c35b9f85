package org.chancery.switching.release;

import org.chancery.archive.audit.AuditLog;
import org.chancery.switching.draft.AuditEvent;
import org.chancery.switching.draft.AuditSink;

/**
 * Records the workflow's steps in the archive's audit log: actor → user, action → {@code draft-<action>}
 * ({@code draft-create}, {@code draft-submit}, {@code draft-clear}, {@code draft-return}, {@code draft-release},
 * {@code draft-hand-off}, {@code draft-archive}, …), subject → target, an {@code ok} step is allowed and a refused
 * one is not, detail → reason.
 */
public final class AuditLogSink implements AuditSink {

    /** Marks the workflow's actions among the audit log's others. */
    public static final String ACTION_PREFIX = "draft-";

    private final AuditLog log;

    public AuditLogSink(AuditLog log) {
        this.log = log;
    }

    @Override
    public void record(AuditEvent e) {
        String reason = e.detail() == null ? e.outcome() : e.detail();
        log.append(new org.chancery.archive.audit.AuditEvent(e.at(), e.actor(), ACTION_PREFIX + e.action(), e.subject(),
                AuditEvent.OK.equals(e.outcome()), reason));
    }
}
