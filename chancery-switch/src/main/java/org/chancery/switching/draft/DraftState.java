package org.chancery.switching.draft;

/**
 * Where a draft is in its workflow: DRAFT (being written; the only state in which it can be edited) → SUBMITTED
 * (waiting for its required clearers; a clearer may return it to DRAFT with a comment) → CLEARED (every required
 * clearer has cleared this revision) → RELEASED (numbered, routed, archived; final).
 */
public enum DraftState {
    DRAFT, SUBMITTED, CLEARED, RELEASED
}
