package org.chancery.switching.queue;

import org.chancery.cable.model.Precedence;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Speed-of-service objectives: the longest a message of each precedence may take from release to delivery (or
 * to acknowledgment, for the precedences the duty officer must acknowledge).
 */
public final class SpeedOfService {

    private final EnumMap<Precedence, Duration> objectives;

    public SpeedOfService(Map<Precedence, Duration> objectives) {
        this.objectives = new EnumMap<>(Precedence.class);
        for (Precedence p : Precedence.values()) {
            Duration d = objectives.get(p);
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("no positive speed-of-service objective for " + p.word());
            }
            this.objectives.put(p, d);
        }
    }

    /**
     * The handling objectives: FLASH 10 minutes, IMMEDIATE 30 minutes, PRIORITY 3 hours, ROUTINE 6 hours. CRITIC
     * and emergency command precedence outrank FLASH and get its objective; NIACT IMMEDIATE is an IMMEDIATE that
     * wakes the addressee and gets the IMMEDIATE objective.
     */
    public static SpeedOfService standard() {
        Map<Precedence, Duration> m = new EnumMap<>(Precedence.class);
        m.put(Precedence.CRITIC, Duration.ofMinutes(10));
        m.put(Precedence.EMERGENCY_COMMAND, Duration.ofMinutes(10));
        m.put(Precedence.FLASH, Duration.ofMinutes(10));
        m.put(Precedence.NIACT_IMMEDIATE, Duration.ofMinutes(30));
        m.put(Precedence.IMMEDIATE, Duration.ofMinutes(30));
        m.put(Precedence.PRIORITY, Duration.ofHours(3));
        m.put(Precedence.ROUTINE, Duration.ofHours(6));
        return new SpeedOfService(m);
    }

    public Duration objective(Precedence precedence) {
        return objectives.get(precedence);
    }

    /** Precedences whose copies the post's duty officer must acknowledge (the clock stops at acknowledgment). */
    public static boolean requiresAcknowledgment(Precedence precedence) {
        return precedence.compareTo(Precedence.NIACT_IMMEDIATE) <= 0;
    }
}
