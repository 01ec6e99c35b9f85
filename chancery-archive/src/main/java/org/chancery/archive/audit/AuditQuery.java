package org.chancery.archive.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A selection of audit records; a null field does not restrict. Dates are UTC days, both ends included.
 */
public record AuditQuery(String user, LocalDate since, LocalDate until, String action, String target) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null);

    /** The filters that restrict, as {@code name=value} words ({@code user=jdoe since=2026-01-01}): the target of an audit-query record. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (user != null) parts.add("user=" + user);
        if (since != null) parts.add("since=" + since);
        if (until != null) parts.add("until=" + until);
        if (action != null) parts.add("action=" + action);
        if (target != null) parts.add("target=" + target);
        return String.join(" ", parts);
    }
}
