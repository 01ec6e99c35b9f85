package org.chancery.cable.synth;

import org.chancery.cable.catalog.Post;
import org.chancery.cable.catalog.Posts;
import org.chancery.cable.catalog.TagInfo;
import org.chancery.cable.catalog.Tags;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The posts of the synthetic corpus ({@code posts.tsv} joined with the posts catalog) and who writes when:
 * the Department sends a fixed share of all cables; the posts share the rest by weight, each weighted further
 * by whether it is working hours where it is. One table of senders per hour of the week keeps a draw O(log n).
 */
final class Stations {

    /** The Department's share of all cables (State sends many: instructions, demarches, collectives). */
    static final double DEPARTMENT_SHARE = 0.18;

    static final int HOURS_OF_WEEK = 7 * 24;

    private final List<Station> all;
    private final Station department;
    private final Map<String, List<Station>> byRegion = new HashMap<>();
    private final Map<String, List<Station>> byCountry = new HashMap<>();
    private final Weighted<Station> posts;
    private final List<Weighted<Station>> sendersByHour = new ArrayList<>(HOURS_OF_WEEK);
    /** The relative number of cables sent in each hour of the week (UTC, hour 0 = Monday 00Z), mean 1. */
    private final double[] activity = new double[HOURS_OF_WEEK];

    private Stations(List<Station> all, Station department) {
        this.all = List.copyOf(all);
        this.department = department;
        Weighted.Builder<Station> p = Weighted.builder();
        for (Station s : all) {
            byRegion.computeIfAbsent(s.region(), k -> new ArrayList<>()).add(s);
            byCountry.computeIfAbsent(s.countryTag(), k -> new ArrayList<>()).add(s);
            p.add(s, s.weight());
        }
        posts = p.build();
        double postsTotal = 0;
        for (Station s : all) postsTotal += s.weight();
        // Posts and the Department are weighted alike by their local hours, so over a week the Department
        // sends its share of all cables.
        double departmentWeight = postsTotal * DEPARTMENT_SHARE / (1 - DEPARTMENT_SHARE);
        double sum = 0;
        for (int h = 0; h < HOURS_OF_WEEK; h++) {
            Weighted.Builder<Station> b = Weighted.builder();
            double now = 0;
            for (Station s : all) {
                double w = s.weight() * localActivity(h, s.utcOffset());
                b.add(s, w);
                now += w;
            }
            double departmentNow = departmentWeight * localActivity(h, department.utcOffset());
            b.add(department, departmentNow);
            sendersByHour.add(b.build());
            activity[h] = now + departmentNow;
            sum += activity[h];
        }
        for (int h = 0; h < HOURS_OF_WEEK; h++) activity[h] = activity[h] * HOURS_OF_WEEK / sum;
    }

    private static volatile Stations builtIn;

    static Stations builtIn() {
        Stations s = builtIn;
        if (s == null) builtIn = s = load();
        return s;
    }

    private static Stations load() {
        Posts catalog = Posts.builtIn();
        Tags tags = Tags.builtIn();
        List<Station> out = new ArrayList<>();
        for (String line : Resources.lines("posts.tsv")) {
            List<String> f = Resources.fields("posts.tsv", line, 6);
            Post post = catalog.byPlad(f.get(0))
                    .orElseThrow(() -> new IllegalStateException("posts.tsv: " + f.get(0) + " is not in the posts catalog"));
            if (post.ri() == null) throw new IllegalStateException("posts.tsv: " + f.get(0) + " has no RI in the catalog");
            String country = f.size() > 6 ? f.get(6) : countryName(tags, f.get(1));
            out.add(new Station(out.size(), post, f.get(1), f.get(2), Integer.parseInt(f.get(3)),
                    Double.parseDouble(f.get(4)), f.get(5), country));
        }
        Post state = catalog.byPlad("SECSTATE WASHDC").orElseThrow();
        Station department = new Station(out.size(), state, "US", "WASH", -5, 0, "U.S.", "the United States");
        return new Stations(out, department);
    }

    /** "Czech Republic" from the TAGS catalog's meaning of EZ (without remarks in parentheses). */
    private static String countryName(Tags tags, String tag) {
        String meaning = tags.lookup(tag).map(TagInfo::meaning).orElse(tag);
        int paren = meaning.indexOf(" (");
        return paren > 0 ? meaning.substring(0, paren) : meaning;
    }

    /**
     * How busy a station is in a given hour of the week (UTC), by its local time: office hours on weekdays,
     * less in the evening, little at night and at weekends (cables are still sent then: duty officers).
     */
    static double localActivity(int hourOfWeekUtc, int utcOffset) {
        int local = Math.floorMod(hourOfWeekUtc + utcOffset, HOURS_OF_WEEK);
        int day = local / 24; // 0 = Monday
        int hour = local % 24;
        double daytime = hour >= 8 && hour < 18 ? 1.0 : hour == 7 || (hour >= 18 && hour < 21) ? 0.4 : 0.06;
        return day >= 5 ? daytime * 0.15 : daytime;
    }

    List<Station> all() {
        return all;
    }

    Station department() {
        return department;
    }

    /** The sender of a cable filed in the given hour of the week. */
    Station sender(SplittableRandom r, int hourOfWeekUtc) {
        return sendersByHour.get(hourOfWeekUtc).pick(r);
    }

    /** A post, by traffic weight (the Department's action addressees). */
    Station post(SplittableRandom r) {
        return posts.pick(r);
    }

    /** Relative traffic in an hour of the week, mean 1 over the week. */
    double activity(int hourOfWeekUtc) {
        return activity[hourOfWeekUtc];
    }

    List<Station> region(String region) {
        return byRegion.getOrDefault(region, List.of());
    }

    /** The posts of one country (an embassy and its consulates). */
    List<Station> country(String tag) {
        return byCountry.getOrDefault(tag, List.of());
    }
}
