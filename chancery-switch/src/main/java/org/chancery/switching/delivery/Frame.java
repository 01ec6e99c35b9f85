package org.chancery.switching.delivery;

import org.chancery.switching.Transmission;

/**
 * A transmission on the channel from the switch to a station: the channel and its sequence number are assigned
 * when the message is sent, consecutively per channel, so that the receiving station can tell a missing message
 * (a gap) from a repeated one (a duplicate).
 *
 * @param channel      the sending channel (the switch's channel to the destination station)
 * @param seq          channel sequence number, 1, 2, 3… on each channel, never reused
 * @param transmission the message
 */
public record Frame(String channel, long seq, Transmission transmission) {
}
