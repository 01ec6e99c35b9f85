package org.chancery.switching.queue;

import org.chancery.cable.model.Precedence;

import java.time.Duration;
import java.time.Instant;

/**
 * A message that missed its speed-of-service objective, as recorded in {@code queue_breach}.
 *
 * @param transmissionId the transmission
 * @param post           the addressee whose copy breached, or empty when the message breached still queued
 * @param precedence     the precedence whose objective applies
 * @param stage          where the clock was when the objective passed
 * @param objective      the objective
 * @param releasedAt     release time (the clock's start)
 * @param detectedAt     when the switch noticed
 */
public record Breach(String transmissionId, String post, Precedence precedence, Stage stage, Duration objective,
                     Instant releasedAt, Instant detectedAt) {

    /** Where the message was when it missed the objective. */
    public enum Stage {
        /** Not yet delivered when the objective passed. */
        QUEUED,
        /** Delivered, but after the objective. */
        DELIVERED_LATE,
        /** Delivered, awaiting the duty officer's acknowledgment when the objective passed. */
        UNACKNOWLEDGED,
        /** Acknowledged, but after the objective. */
        ACKNOWLEDGED_LATE
    }
}
