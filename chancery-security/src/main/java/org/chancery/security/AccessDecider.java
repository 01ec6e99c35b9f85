package org.chancery.security;

import java.util.List;
import java.util.Set;

/**
 * The one decision: may this principal read what this label marks? Pure, total (every input gets an answer,
 * null included) and allocation-free when it allows. Checks, in order, and denies at the first that fails:
 * <ol>
 *   <li>the label is well formed ({@link Reason#MALFORMED_LABEL});</li>
 *   <li>clearance ≥ level ({@link Reason#LEVEL});</li>
 *   <li>every control held: NOFORN by a US national, any other by being on the access list of its name
 *       ({@link Reason#CONTROL_NOT_HELD});</li>
 *   <li>REL TO names one of the principal's nationalities ({@link Reason#NOT_RELEASABLE});</li>
 *   <li>distribution: SIPDIS or no distribution reaches everyone; otherwise a membership must be the
 *       originator or an addressee ({@link Reason#DISTRIBUTION}).</li>
 * </ol>
 * Roles play no part: they say what a principal may do, not what they may read.
 */
public final class AccessDecider {

    private AccessDecider() {
    }

    public static Decision decide(Principal principal, Label label) {
        if (label == null) return Decision.deny(Reason.MALFORMED_LABEL, "no label");
        if (principal == null) return Decision.deny(Reason.NO_PRINCIPAL, "no principal");
        if (!principal.clearance().dominates(label.level())) {
            return Decision.deny(Reason.LEVEL, "clearance " + principal.clearance().word() + " is below "
                    + label.level().word());
        }
        int bits = label.controlBits();
        if (bits != 0) {
            for (Control c : Control.all()) {
                if ((bits & c.bit()) != 0 && !holds(principal, c)) {
                    return Decision.deny(Reason.CONTROL_NOT_HELD, c == Control.NOFORN
                            ? "NOFORN: not a US national" : c + ": not on the " + c + " access list");
                }
            }
        }
        List<String> relTo = label.relTo();
        if (!relTo.isEmpty() && !anyIn(relTo, principal.nationalities())) {
            return Decision.deny(Reason.NOT_RELEASABLE, "REL TO " + String.join(", ", relTo)
                    + " names none of the principal's nationalities");
        }
        if (label.distribution() instanceof Distribution.Limited limited
                && !anyIn(limited.to(), principal.memberships())) {
            return Decision.deny(Reason.DISTRIBUTION, "not distributed to any of the principal's posts or offices");
        }
        return Decision.ALLOW;
    }

    public static Decision decide(Principal principal, ParsedLabel label) {
        return switch (label) {
            case ParsedLabel.Valid v -> decide(principal, v.label());
            case ParsedLabel.Malformed m -> Decision.deny(Reason.MALFORMED_LABEL, "malformed label: " + m.error());
            case null -> Decision.deny(Reason.MALFORMED_LABEL, "no label");
        };
    }

    /** Reads the canonical label text ({@link LabelText}) and decides; a malformed text is denied with its error. */
    public static Decision decide(Principal principal, String labelText) {
        return decide(principal, LabelText.parse(labelText));
    }

    static boolean holds(Principal p, Control c) {
        return c == Control.NOFORN ? p.nationalities().contains(Label.USA) : p.accessLists().contains(c.name());
    }

    /** Whether any of {@code wanted} is in {@code held}; indexed, so no iterator is made. */
    private static boolean anyIn(List<String> wanted, Set<String> held) {
        for (int i = 0, n = wanted.size(); i < n; i++) {
            if (held.contains(wanted.get(i))) return true;
        }
        return false;
    }
}
