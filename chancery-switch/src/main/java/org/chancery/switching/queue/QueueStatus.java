package org.chancery.switching.queue;

import org.chancery.cable.model.Precedence;

import java.time.Instant;

/**
 * Messages not yet delivered for one destination at one precedence: how many, and the release time of the
 * oldest (its age against the speed-of-service objective is what an operator watches).
 *
 * @param destination routing indicator of the next-hop station
 * @param precedence  the queue
 * @param depth       messages waiting or on the channel, not yet filed by the receiver
 * @param oldest      release time of the oldest of them
 */
public record QueueStatus(String destination, Precedence precedence, long depth, Instant oldest) {
}
