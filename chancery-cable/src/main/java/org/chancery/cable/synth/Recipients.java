package org.chancery.cable.synth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The collectives ({@code collectives.tsv}) and agencies ({@code agencies.tsv}) of the corpus, by when they apply. */
final class Recipients {

    private final Map<String, List<Recipient>> collectives;
    private final Map<String, List<Recipient>> agencies;

    private Recipients(Map<String, List<Recipient>> collectives, Map<String, List<Recipient>> agencies) {
        this.collectives = collectives;
        this.agencies = agencies;
    }

    private static volatile Recipients builtIn;

    static Recipients builtIn() {
        Recipients r = builtIn;
        if (r == null) builtIn = r = new Recipients(load("collectives.tsv"), load("agencies.tsv"));
        return r;
    }

    private static Map<String, List<Recipient>> load(String name) {
        Map<String, List<Recipient>> out = new HashMap<>();
        for (String line : Resources.lines(name)) {
            List<String> f = Resources.fields(name, line, 3);
            Recipient r = new Recipient(f.get(0), f.get(1), f.get(2));
            out.computeIfAbsent(r.when(), k -> new ArrayList<>()).add(r);
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(out);
    }

    /** Collectives for a region or a tag. */
    List<Recipient> collectives(String when) {
        return collectives.getOrDefault(when, List.of());
    }

    /** Agencies for a tag, a region, or {@code *}. */
    List<Recipient> agencies(String when) {
        return agencies.getOrDefault(when, List.of());
    }
}
