package org.chancery.switching.delivery;

import org.chancery.cable.model.Precedence;
import org.chancery.switching.queue.Breach;

import java.time.Instant;

/** What the switch tells its listeners, always after the fact is durably stored. */
public sealed interface SwitchEvent {

    /** A transmission was durably stored and queued. */
    record Accepted(String transmissionId, String destination, Precedence precedence, Instant at)
            implements SwitchEvent {
    }

    /** A copy was filed in a post's inbox. */
    record Delivered(InboxEntry entry) implements SwitchEvent {
    }

    /** A copy was acknowledged. */
    record Acknowledged(InboxEntry entry) implements SwitchEvent {
    }

    /** A delivery report was recorded for the originator. */
    record Reported(DeliveryReport report) implements SwitchEvent {
    }

    /** A message missed its speed-of-service objective. */
    record SpeedOfServiceBreach(Breach breach) implements SwitchEvent {
    }

    /** A FLASH or NIACT IMMEDIATE copy was not acknowledged in time. */
    record Escalated(InboxEntry entry, Instant at) implements SwitchEvent {
    }

    /** A receiver saw a gap in a channel's numbers and asked for retransmission. */
    record GapDetected(RetransmissionRequest request, Instant at) implements SwitchEvent {
    }

    /** A receiver discarded a frame whose number it had already filed. */
    record DuplicateDiscarded(String channel, long seq, String transmissionId, Instant at) implements SwitchEvent {
    }
}
