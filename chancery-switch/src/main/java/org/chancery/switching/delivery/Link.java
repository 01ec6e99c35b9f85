package org.chancery.switching.delivery;

import java.util.List;

/**
 * What carries frames from the switch to the receiving stations. In one process it hands them over as they are;
 * tests put a faulty link in its place (one that drops, repeats or reorders frames) to show that the receivers
 * detect gaps and duplicates and that retransmission repairs them.
 *
 * <p>Called from two threads: the forwarder's (ordinary lane) and the writer's (urgent lane), so it must be
 * thread-safe.
 */
@FunctionalInterface
public interface Link {

    /** The frames as they arrive at the receivers. */
    List<Frame> carry(List<Frame> frames);

    Link DIRECT = frames -> frames;
}
