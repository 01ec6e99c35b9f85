package org.chancery.switching.draft;

import org.chancery.cable.model.Precedence;
import org.chancery.switching.network.Collective;
import org.chancery.switching.network.Station;

/**
 * A resolved TO or INFO addressee: a station or a collective of the network, at a precedence.
 * Exactly one of {@code station} and {@code collective} is set.
 */
public record AddressLine(Station station, Collective collective, Precedence precedence, boolean action) {

    public String ri() {
        return station != null ? station.ri() : collective.ri();
    }

    public String plad() {
        return station != null ? station.plad() : collective.plad();
    }

    public boolean isCollective() {
        return collective != null;
    }
}
