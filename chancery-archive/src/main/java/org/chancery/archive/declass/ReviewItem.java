package org.chancery.archive.declass;

import java.time.LocalDate;

/**
 * A cable in the review queue.
 *
 * @param instruction the E.O. instruction (or the note) that sent it there
 * @param twentyFive  DTG + 25 years, to set priorities; null when the cable has no DTG
 * @param extendedTo  for an extended item, the date it will be declassified
 * @param reason      the reviewer's reason for an extension
 */
public record ReviewItem(String cableId, Rule rule, String instruction, LocalDate queuedOn, LocalDate twentyFive,
                         State state, LocalDate extendedTo, String reason, String decidedBy) {

    public enum State { PENDING, EXTENDED, DECLASSIFIED }
}
