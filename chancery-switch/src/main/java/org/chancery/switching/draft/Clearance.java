package org.chancery.switching.draft;

import java.time.Instant;

/** A clearer's decision on one revision of a draft: cleared, or returned to the drafter with a comment. */
public record Clearance(String clearer, int revision, boolean cleared, String comment, Instant at) {
}
