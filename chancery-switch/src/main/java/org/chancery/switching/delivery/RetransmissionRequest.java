package org.chancery.switching.delivery;

/**
 * A receiving station's request to send again the messages with channel sequence numbers {@code from..to} on
 * {@code channel}: it saw a later number (a gap) or, in a channel check, learned that more was sent than it
 * filed. The switch answers from its store.
 */
public record RetransmissionRequest(String channel, long from, long to) {

    public RetransmissionRequest {
        if (from < 1 || to < from) throw new IllegalArgumentException("bad range " + from + ".." + to);
    }
}
