package org.chancery.cable.synth;

import org.chancery.cable.model.Address;
import org.chancery.cable.model.Precedence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Who a cable goes to: the action addressees (the Department, or from the Department the posts it instructs),
 * info copies to neighbouring posts, collectives (sometimes with XMT exclusions) and Washington agencies, each
 * with its precedence and message continuity number. MCNs are consecutive per originator and addressee;
 * collectives and agencies carry none.
 */
final class Addressing {

    /** The address lines of one cable: FL7, FL8, FL9. */
    record Addressees(List<Address> to, List<Address> info, List<String> exclusions) {
    }

    private static final Weighted<Integer> NEIGHBOURS = Weighted.of(0, 30, 1, 20, 2, 18, 3, 12, 4, 8, 5, 6, 6, 4, 8, 2);

    private final long seed;
    private final Stations stations;
    private final Recipients recipients;
    /** Last MCN per originator and addressee PLAD. Bounded by originators × addressees (a few tens of thousands). */
    private final Map<String, int[]> mcns = new HashMap<>();

    Addressing(long seed, Stations stations, Recipients recipients) {
        this.seed = seed;
        this.stations = stations;
        this.recipients = recipients;
    }

    /** One addressee before its precedence and MCN are set: a station gets an MCN, a collective or agency none. */
    private record Target(String ri, String plad, boolean numbered, String region) {
        boolean isCollective() {
            return plad.endsWith("COLLECTIVE");
        }
    }

    Addressees address(SplittableRandom r, Station sender, Station about, List<String> tags, Precedence action,
                       Precedence info) {
        List<Target> to = new ArrayList<>();
        List<Target> copies = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        taken.add(sender.ri());
        if (sender.isDepartment()) {
            if (Draw.chance(r, 0.04) && !recipients.collectives(about.region()).isEmpty()) {
                add(to, taken, collective(Draw.pick(r, recipients.collectives(about.region()))));
                add(copies, taken, station(about));
            } else {
                add(to, taken, station(about));
                if (Draw.chance(r, 0.08)) {
                    int more = Draw.between(r, 1, 2);
                    for (int i = 0; i < more; i++) add(to, taken, station(neighbour(r, about)));
                }
            }
            neighbours(r, about, copies, taken, NEIGHBOURS.pick(r) / 2);
        } else {
            add(to, taken, station(stations.department()));
            // A consulate copies its embassy; an embassy, at times, its consulates.
            for (Station s : stations.country(sender.countryTag())) {
                if (s == sender) continue;
                boolean embassy = !s.isConsulate() && !s.isMission();
                if (sender.isConsulate() ? embassy && Draw.chance(r, 0.9) : Draw.chance(r, 0.35)) {
                    add(copies, taken, station(s));
                }
            }
            neighbours(r, sender, copies, taken, NEIGHBOURS.pick(r));
        }
        String region = sender.isDepartment() ? about.region() : sender.region();
        List<String> exclusions = new ArrayList<>();
        if (Draw.chance(r, 0.25) && !recipients.collectives(region).isEmpty()) {
            add(copies, taken, collective(Draw.pick(r, recipients.collectives(region))));
            if (Draw.chance(r, 0.12)) {
                Station excluded = Draw.pick(r, stations.region(region));
                if (!taken.contains(excluded.ri())) exclusions.add(excluded.plad());
            }
        }
        for (String tag : tags) {
            if (Draw.chance(r, 0.12)) {
                for (Recipient c : recipients.collectives(tag)) add(copies, taken, collective(c));
            }
            for (Recipient a : recipients.agencies(tag)) {
                if (Draw.chance(r, 0.35)) add(copies, taken, agency(a));
            }
            if (Draw.chance(r, 0.5) && (tag.equals("MARR") || tag.equals("PTER") || tag.equals("MOPS"))) {
                for (Recipient a : recipients.agencies(region)) add(copies, taken, agency(a));
            }
        }
        if (Draw.chance(r, 0.2)) {
            for (Recipient a : recipients.agencies("*")) add(copies, taken, agency(a));
        }
        return new Addressees(lines(to, sender, action), lines(copies, sender, info), exclusions);
    }

    /** The routing indicators of FL2 for channel XRO: the stations addressed, as Cablegate keeps them. */
    static List<String> relays(Addressees a) {
        List<String> out = new ArrayList<>();
        for (Address x : a.info()) {
            if (x.mcn() != null && x.ri().startsWith("RUEH") && !x.ri().equals("RUEHC") && out.size() < 9) {
                out.add(x.ri());
            }
        }
        if (out.isEmpty()) out.add(a.to().get(0).ri());
        return out;
    }

    private void neighbours(SplittableRandom r, Station near, List<Target> copies, Set<String> taken, int count) {
        for (int i = 0; i < count; i++) add(copies, taken, station(neighbour(r, near)));
    }

    /** Another post of the same region (for the Department, any post). */
    private Station neighbour(SplittableRandom r, Station near) {
        List<Station> region = stations.region(near.region());
        return region.isEmpty() ? stations.post(r) : Draw.pick(r, region);
    }

    private List<Address> lines(List<Target> targets, Station sender, Precedence precedence) {
        List<Address> out = new ArrayList<>(targets.size());
        for (Target t : targets) {
            String mcn = t.numbered() ? nextMcn(sender, t) : null;
            out.add(new Address(t.ri(), t.plad(), precedence, mcn));
        }
        return out;
    }

    private String nextMcn(Station sender, Target t) {
        int[] last = mcns.computeIfAbsent(sender.plad() + "/" + t.plad(),
                k -> new int[] {Draw.derived(seed, Draw.key(k), 5).nextInt(9999)});
        last[0] = last[0] % 9999 + 1;
        return fourDigits(last[0]);
    }

    static String fourDigits(int n) {
        String s = Integer.toString(n);
        return "0000".substring(s.length()) + s;
    }

    private static void add(List<Target> list, Set<String> taken, Target t) {
        if (taken.add(t.ri())) list.add(t);
    }

    private static Target station(Station s) {
        return new Target(s.ri(), s.plad(), true, s.region());
    }

    private static Target collective(Recipient c) {
        return new Target(c.ri(), c.plad(), false, c.when());
    }

    private static Target agency(Recipient a) {
        return new Target(a.ri(), a.plad(), false, a.when());
    }
}
