package org.chancery.archive.audit;

import java.time.Instant;

/**
 * One thing that happened, as the audit log records it: who did what to which object, when, and what the
 * access decision was with its reason.
 *
 * @param at       when
 * @param user     the principal's id ({@code local-admin} for the embedded store's administrator)
 * @param action   what: read, search, export, release, declassify, grant, revoke, … (lower case, stable words)
 * @param target   what it concerned: a cable id, a query, a user id
 * @param allowed  whether the action was allowed
 * @param reason   the decision's reason (why allowed or denied), or a short description
 */
public record AuditEvent(Instant at, String user, String action, String target, boolean allowed, String reason) {
}
