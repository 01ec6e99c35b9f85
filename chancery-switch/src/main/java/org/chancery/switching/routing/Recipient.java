package org.chancery.switching.routing;

import org.chancery.cable.model.Address;
import org.chancery.cable.model.Precedence;
import org.chancery.switching.network.Station;

/**
 * A station that receives a cable: addressed directly, or as a member of an addressed collective ({@code via}
 * is then the collective's RI).
 */
public record Recipient(Station station, Precedence precedence, boolean action, String via) {

    /** The addressee as a transmission names it; the MCN of a direct addressee, none through a collective. */
    public Address address(String mcn) {
        return new Address(station.ri(), station.plad(), precedence, via == null ? mcn : null);
    }
}
