package org.chancery.archive.audit;

import java.time.LocalDate;

/**
 * A selection of audit records; a null field does not restrict. Dates are UTC days, both ends included.
 */
public record AuditQuery(String user, LocalDate since, LocalDate until, String action, String target) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null);
}
