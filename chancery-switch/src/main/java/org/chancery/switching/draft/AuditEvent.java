package org.chancery.switching.draft;

import java.time.Instant;

/**
 * One step of the drafting workflow for the audit log: who, what, on which draft or cable, the outcome
 * ({@code ok} or {@code refused}) and why (the reason of a refusal, a clearer's comment, the numbers given).
 */
public record AuditEvent(Instant at, String actor, String action, String subject, String outcome, String detail) {

    public static final String OK = "ok";
    public static final String REFUSED = "refused";
}
