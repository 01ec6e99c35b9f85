package org.chancery.switching.routing;

import org.chancery.cable.model.Level;
import org.chancery.cable.model.Precedence;
import org.chancery.switching.draft.AddressLine;
import org.chancery.switching.draft.Addressing;
import org.chancery.switching.network.Network;
import org.chancery.switching.network.Station;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans the routing of a cable: expands collectives (honouring {@code XMT}), keeps each station once (at its
 * highest precedence, action before info, a direct address before one through a collective), refuses stations
 * accredited below the cable's classification, groups the rest by next hop and sends FLASH (and above) apart
 * from lower precedences. Pure: numbers are given to the legs afterwards, at release.
 */
public final class Router {

    private final Network network;

    public Router(Network network) {
        this.network = network;
    }

    public RoutePlan plan(Addressing a) {
        Map<String, Recipient> recipients = new LinkedHashMap<>();
        Map<String, Undeliverable> refused = new LinkedHashMap<>();
        Level level = a.classification();
        // Direct addressees first, so that a station addressed both directly and through a collective keeps its MCN.
        for (AddressLine line : a.all()) {
            if (!line.isCollective()) add(recipients, refused, a.origin(), level, line.station(), line, null);
        }
        for (AddressLine line : a.all()) {
            if (!line.isCollective()) continue;
            for (Station member : network.expand(line.collective(), a.exclusions().stream().map(Station::ri).toList())) {
                add(recipients, refused, a.origin(), level, member, line, line.ri());
            }
        }
        // Group by next hop (in order of first appearance), FLASH and above apart.
        Map<String, List<Recipient>> groups = new LinkedHashMap<>();
        for (Recipient r : recipients.values()) {
            boolean flash = !Precedence.FLASH.outranks(r.precedence());
            String hop = network.nextHop(r.station().ri());
            groups.computeIfAbsent(hop + (flash ? " FLASH" : ""), k -> new ArrayList<>()).add(r);
        }
        // A FLASH group goes first; otherwise keep the order of first appearance.
        List<Leg> legs = new ArrayList<>();
        for (boolean flashPass : new boolean[] {true, false}) {
            for (Map.Entry<String, List<Recipient>> g : groups.entrySet()) {
                if (g.getKey().endsWith(" FLASH") != flashPass) continue;
                legs.add(leg(g.getKey().split(" ")[0], g.getValue()));
            }
        }
        return new RoutePlan(legs, List.copyOf(refused.values()));
    }

    private static void add(Map<String, Recipient> recipients, Map<String, Undeliverable> refused, Station origin,
                            Level level, Station station, AddressLine line, String via) {
        String ri = station.ri();
        if (ri.equals(origin.ri())) return; // the originator keeps its own copy; it is not sent to itself
        if (!station.accredited(level)) {
            refused.putIfAbsent(ri, new Undeliverable(station, via, station.plad() + " (" + ri + ") is accredited to "
                    + station.accreditation().word() + " and the cable is " + level.word()
                    + (via != null ? "; addressed through " + via : "")));
            return;
        }
        Recipient r = new Recipient(station, line.precedence(), line.action(), via);
        Recipient known = recipients.get(ri);
        if (known == null) {
            recipients.put(ri, r);
            return;
        }
        // One copy a station: the higher precedence and the action role win; a direct address keeps its MCN.
        Precedence p = line.precedence().outranks(known.precedence()) ? line.precedence() : known.precedence();
        recipients.put(ri, new Recipient(station, p, known.action() || line.action(),
                known.via() == null || via == null ? null : known.via()));
    }

    private static Leg leg(String hop, List<Recipient> rs) {
        Precedence action = null;
        Precedence info = null;
        Precedence top = null;
        for (Recipient r : rs) {
            if (r.action()) action = higher(action, r.precedence());
            else info = higher(info, r.precedence());
            top = higher(top, r.precedence());
        }
        // An info-only leg goes at the info precedence for both letters, as the seed's RR does.
        if (action == null) action = info;
        if (info == null) info = action;
        return new Leg(hop, top, action, info, rs);
    }

    private static Precedence higher(Precedence a, Precedence b) {
        return a == null || b.outranks(a) ? b : a;
    }
}
