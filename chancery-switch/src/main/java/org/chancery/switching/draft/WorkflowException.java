package org.chancery.switching.draft;

/** A step of the drafting workflow that is not allowed, with the reason in words a user can act on. */
public final class WorkflowException extends RuntimeException {

    public WorkflowException(String reason) {
        super(reason, null, false, false);
    }
}
