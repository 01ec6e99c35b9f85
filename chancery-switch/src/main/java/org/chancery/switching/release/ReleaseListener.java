package org.chancery.switching.release;

/**
 * Takes a released cable's transmissions (to the queues) and its non-delivery reports (back to the originating
 * post). Called after the release has committed, and again at {@link DraftWorkflow#resume()} for a release whose
 * hand-off did not complete: a listener must accept the same transmission twice (the queues are idempotent per
 * transmission id and addressee).
 */
public interface ReleaseListener {

    ReleaseListener NONE = r -> { };

    void released(Release release) throws Exception;
}
