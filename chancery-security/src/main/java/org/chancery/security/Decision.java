package org.chancery.security;

/**
 * Allow or deny, with the reason and a message for people (the message of a denial names what was missing; it
 * is for audit and for the principal's own administrator, not for display next to a hidden cable).
 */
public record Decision(boolean allowed, Reason reason, String message) {

    /** The one allowing decision: the allow path allocates nothing. */
    public static final Decision ALLOW = new Decision(true, Reason.ALLOWED, "allowed");

    public Decision {
        if (allowed != (reason == Reason.ALLOWED)) throw new IllegalArgumentException("allowed goes with ALLOWED only");
    }

    public static Decision deny(Reason reason, String message) {
        return new Decision(false, reason, message);
    }

    public boolean denied() {
        return !allowed;
    }
}
