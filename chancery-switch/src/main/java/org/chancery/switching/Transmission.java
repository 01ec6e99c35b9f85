package org.chancery.switching;

import org.chancery.cable.model.Address;
import org.chancery.cable.model.Level;
import org.chancery.cable.model.Precedence;

import java.time.Instant;
import java.util.List;

/**
 * One transmission handed from routing to the queues: a released cable (or one section of it) on its way to one
 * next-hop station, for the addressees served through that station.
 *
 * @param transmissionId channel designator + channel sequence number, e.g. {@code XRO0224} (unique per channel)
 * @param cableId        canonical id of the released cable, e.g. {@code 09PRAGUE589}
 * @param section        section number (1-based) of a split cable, or 1
 * @param precedence     the highest precedence among {@code addressees} (the queue order)
 * @param classification the cable's classification (accreditation of the station is checked before this exists)
 * @param destination    the routing indicator of the next-hop station
 * @param addressees     the addressees this transmission serves through {@code destination}
 * @param text           the full ACP 127 text as written by the strict writer
 * @param releasedAt     when the cable was released (speed-of-service clocks start here)
 */
public record Transmission(
        String transmissionId,
        String cableId,
        int section,
        Precedence precedence,
        Level classification,
        String destination,
        List<Address> addressees,
        String text,
        Instant releasedAt) {

    public Transmission {
        addressees = List.copyOf(addressees);
    }
}
