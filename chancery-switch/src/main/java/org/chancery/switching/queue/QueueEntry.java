package org.chancery.switching.queue;

import org.chancery.cable.model.Precedence;

import java.time.Instant;

/**
 * What a queue holds of an accepted transmission: enough to order it and find it in the store. The text stays
 * on disk until the message is sent, so that a backlog of 100,000 messages costs little memory.
 *
 * @param seq            acceptance order in the store (FIFO within a precedence follows it)
 * @param transmissionId the transmission id given by routing
 * @param destination    routing indicator of the next-hop station
 * @param precedence     the transmission's highest precedence
 * @param releasedAt     release time (the speed-of-service clock)
 */
public record QueueEntry(long seq, String transmissionId, String destination, Precedence precedence,
                         Instant releasedAt) {
}
