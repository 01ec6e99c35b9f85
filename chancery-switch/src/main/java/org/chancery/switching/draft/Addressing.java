package org.chancery.switching.draft;

import org.chancery.cable.model.Level;
import org.chancery.cable.model.Precedence;
import org.chancery.switching.network.Station;

import java.util.ArrayList;
import java.util.List;

/**
 * A draft's addressing resolved against the network: the originating station, the action and info lines, and the
 * exclusions ({@code XMT}) as stations.
 */
public record Addressing(Station origin, Level classification, List<AddressLine> to, List<AddressLine> info,
                         List<Station> exclusions) {

    public Addressing {
        to = List.copyOf(to);
        info = List.copyOf(info);
        exclusions = List.copyOf(exclusions);
    }

    /** Every line, action first. */
    public List<AddressLine> all() {
        List<AddressLine> out = new ArrayList<>(to);
        out.addAll(info);
        return out;
    }

    /** The highest precedence of some lines, or null when there are none. */
    public static Precedence highest(List<AddressLine> lines) {
        Precedence best = null;
        for (AddressLine l : lines) {
            if (best == null || l.precedence().outranks(best)) best = l.precedence();
        }
        return best;
    }
}
