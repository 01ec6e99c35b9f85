package org.chancery.switching.queue;

import org.chancery.cable.model.Precedence;

/**
 * The two ways out of the switch. CRITIC, Y and FLASH travel on the <b>urgent</b> lane: the writer thread sends
 * and files them itself — in the transaction that accepts them, or in a job that jumps its queue — on channels of
 * their own, so a FLASH never waits for ROUTINE traffic to be numbered or filed ahead of it on a shared channel.
 * Everything else travels on the <b>ordinary</b> lane, the forwarder thread's batches. Each lane serves its
 * highest precedence first.
 */
public enum Lane {

    URGENT(Precedence.CRITIC),
    ORDINARY(Precedence.NIACT_IMMEDIATE);

    /** The lane's highest precedence; it carries every precedence from there down to the next lane's. */
    private final Precedence highest;

    Lane(Precedence highest) {
        this.highest = highest;
    }

    /** The lane a message of precedence {@code p} travels on. */
    public static Lane of(Precedence p) {
        return p.ordinal() < ORDINARY.highest.ordinal() ? URGENT : ORDINARY;
    }

    /** The lane whose channel {@code channel} is (see {@link #channelTo}). */
    public static Lane ofChannel(String channel) {
        return channel.endsWith(URGENT_SUFFIX) ? URGENT : ORDINARY;
    }

    int highestOrdinal() {
        return highest.ordinal();
    }

    /**
     * The switch's channel to {@code destination} on this lane: the ordinary channel is named by the station's
     * routing indicator, the urgent one by the indicator and {@code /URGENT}. Each is numbered 1, 2, 3… apart.
     */
    public String channelTo(String destination) {
        return this == URGENT ? destination + URGENT_SUFFIX : destination;
    }

    private static final String URGENT_SUFFIX = "/URGENT";
}
