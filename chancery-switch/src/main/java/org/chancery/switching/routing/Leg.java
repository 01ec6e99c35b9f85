package org.chancery.switching.routing;

import org.chancery.cable.model.Precedence;

import java.util.List;

/**
 * One transmission's worth of recipients: those served through one next hop at one precedence class (FLASH and
 * above travel apart from the rest). Its FL2 digraph is {@code action} then {@code info}.
 */
public record Leg(String nextHop, Precedence precedence, Precedence action, Precedence info,
                  List<Recipient> recipients) {

    public Leg {
        recipients = List.copyOf(recipients);
    }

    /** The RIs of FL2: the recipients' own stations, never a collective. */
    public List<String> indicators() {
        return recipients.stream().map(r -> r.station().ri()).toList();
    }
}
