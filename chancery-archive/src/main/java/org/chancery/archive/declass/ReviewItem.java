package org.chancery.archive.declass;

import java.time.LocalDate;

/**
 * A version of a cable in the review queue. A reviewer judges a text: the item names the version it is about,
 * and a decision declassifies that version only.
 *
 * @param version     the version under review
 * @param instruction the E.O. instruction (or the note) that sent it there
 * @param twentyFive  DTG + 25 years, to set priorities; null when the cable has no DTG
 * @param extendedTo  for an extended item, the date it will be declassified
 * @param reason      the reviewer's reason for an extension
 * @param note        why this version is here beyond its own E.O. line: a new version of a cable a reviewer
 *                    judged ({@code version 2 of a cable declassified on review on 2026-05-01 (version 1, in
 *                    full); compare the versions}), or null
 */
public record ReviewItem(String cableId, int version, Rule rule, String instruction, LocalDate queuedOn,
                         LocalDate twentyFive, State state, LocalDate extendedTo, String reason, String decidedBy,
                         String note) {

    /**
     * PENDING and EXTENDED items may be decided; SUPERSEDED: a newer version of the cable arrived before a
     * decision (or while an extension ran), and has its own item or declassification.
     */
    public enum State { PENDING, EXTENDED, DECLASSIFIED, SUPERSEDED }

    /** Whether a reviewer may decide it (pending, or extended and decided again). */
    public boolean open() {
        return state == State.PENDING || state == State.EXTENDED;
    }
}
