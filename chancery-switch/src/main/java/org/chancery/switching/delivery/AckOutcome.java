package org.chancery.switching.delivery;

/** The answer to an acknowledgment. */
public enum AckOutcome {
    /** Recorded now. */
    ACKNOWLEDGED,
    /** It was already acknowledged (by whoever is recorded): nothing changed. */
    ALREADY_ACKNOWLEDGED,
    /** No such message in this post's inbox. */
    NOT_FOUND,
    /** The copy needs the post's duty officer, and this user is not one. */
    NOT_DUTY_OFFICER
}
