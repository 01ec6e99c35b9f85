package org.chancery.switching.delivery;

import org.chancery.switching.queue.SpeedOfService;

import java.time.Clock;
import java.time.Duration;

/**
 * How a switch runs.
 *
 * @param clock          the time (tests inject a fixed or stepped clock)
 * @param speedOfService objectives per precedence
 * @param ackTimeout     how long a FLASH or NIACT IMMEDIATE copy may wait for the duty officer before escalation
 * @param profiles       the posts' distribution profiles
 * @param batchSize      messages per send batch at most: larger is faster in bulk, smaller lets a FLASH that
 *                       arrives mid-batch go sooner
 * @param link           what carries frames to the receivers
 * @param checkPeriod    how often deadlines (speed of service, acknowledgment) are checked when running
 */
public record SwitchConfig(Clock clock, SpeedOfService speedOfService, Duration ackTimeout, PostProfiles profiles,
                           int batchSize, Link link, Duration checkPeriod) {

    public SwitchConfig {
        if (batchSize < 1) throw new IllegalArgumentException("batch size must be positive");
        if (ackTimeout.isNegative() || checkPeriod.isNegative() || checkPeriod.isZero()) {
            throw new IllegalArgumentException("durations must be positive");
        }
    }

    /** System clock, standard objectives, escalation after 5 minutes, batches of 64, checks every 10 seconds. */
    public static SwitchConfig defaults() {
        return new SwitchConfig(Clock.systemUTC(), SpeedOfService.standard(), Duration.ofMinutes(5),
                PostProfiles.none(), 64, Link.DIRECT, Duration.ofSeconds(10));
    }

    public SwitchConfig withClock(Clock c) {
        return new SwitchConfig(c, speedOfService, ackTimeout, profiles, batchSize, link, checkPeriod);
    }

    public SwitchConfig withAckTimeout(Duration d) {
        return new SwitchConfig(clock, speedOfService, d, profiles, batchSize, link, checkPeriod);
    }

    public SwitchConfig withProfiles(PostProfiles p) {
        return new SwitchConfig(clock, speedOfService, ackTimeout, p, batchSize, link, checkPeriod);
    }

    public SwitchConfig withBatchSize(int n) {
        return new SwitchConfig(clock, speedOfService, ackTimeout, profiles, n, link, checkPeriod);
    }

    public SwitchConfig withLink(Link l) {
        return new SwitchConfig(clock, speedOfService, ackTimeout, profiles, batchSize, l, checkPeriod);
    }

    public SwitchConfig withCheckPeriod(Duration d) {
        return new SwitchConfig(clock, speedOfService, ackTimeout, profiles, batchSize, link, d);
    }
}
