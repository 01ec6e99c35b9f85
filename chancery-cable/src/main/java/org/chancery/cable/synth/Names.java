package org.chancery.cable.synth;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Invented names ({@code names.txt}): US officials from first names and surnames; people, places and parties
 * of a country from syllables of its region. The people of a country are numbered and each is derived from the
 * corpus seed, the country and the number, so the same minister recurs across cables without any cache.
 */
final class Names {

    private final Map<String, List<String>> lists;

    private Names(Map<String, List<String>> lists) {
        this.lists = lists;
    }

    private static volatile Names builtIn;

    static Names builtIn() {
        Names n = builtIn;
        if (n == null) {
            Map<String, List<String>> lists = new HashMap<>();
            for (String line : Resources.lines("names.txt")) {
                int colon = line.indexOf(':');
                if (!line.startsWith("@") || colon < 0) throw new IllegalStateException("names.txt: bad line " + line);
                lists.put(line.substring(1, colon).strip(), Resources.bars(line.substring(colon + 1)));
            }
            builtIn = n = new Names(Map.copyOf(lists));
        }
        return n;
    }

    List<String> list(String name) {
        List<String> l = lists.get(name);
        if (l == null) throw new IllegalStateException("names.txt: no list @" + name);
        return l;
    }

    /** A US official: first name, sometimes a middle initial, surname. */
    Person american(SplittableRandom r) {
        String first = Draw.pick(r, list("us.first"));
        boolean woman = first.endsWith("*");
        if (woman) first = first.substring(0, first.length() - 1);
        if (Draw.chance(r, 0.3)) first = first + " " + Draw.pick(r, list("us.initial"));
        return new Person(first, Draw.pick(r, list("us.surname")), woman);
    }

    /** Person number {@code k} of a country of a region (stable for a given seed). */
    Person local(long seed, String region, String countryTag, int k) {
        SplittableRandom r = Draw.derived(seed, Draw.key(countryTag), 1, k);
        String key = lists.containsKey(region + ".given") ? region : "EUR";
        String given = Draw.pick(r, list(key + ".given"));
        boolean woman = given.endsWith("*");
        if (woman) given = given.substring(0, given.length() - 1);
        return new Person(given, syllables(r, key), woman);
    }

    /** Place number {@code k} of a country. */
    String place(long seed, String countryTag, int k) {
        SplittableRandom r = Draw.derived(seed, Draw.key(countryTag), 2, k);
        return syllables(r, "place");
    }

    /** Party number {@code k} of a country: "the National Renewal Front". */
    String party(long seed, String countryTag, int k) {
        SplittableRandom r = Draw.derived(seed, Draw.key(countryTag), 3, k);
        String a = Draw.pick(r, list("party.adj"));
        String b = Draw.pick(r, list("party.adj"));
        String noun = Draw.pick(r, list("party.noun"));
        return a.equals(b) || Draw.chance(r, 0.5) ? a + " " + noun : a + " " + b + " " + noun;
    }

    /** start + (middle) + end, capitalised after any particle: al-Habiri, Kovarik. */
    private String syllables(SplittableRandom r, String key) {
        StringBuilder sb = new StringBuilder(Draw.pick(r, list(key + ".start")));
        if (Draw.chance(r, 0.5)) sb.append(Draw.pick(r, list(key + ".mid")));
        sb.append(Draw.pick(r, list(key + ".end")));
        String s = sb.toString();
        int dash = s.indexOf('-');
        int at = dash > 0 && dash < 4 && Character.isLowerCase(s.charAt(0)) ? dash + 1 : 0;
        if (at < s.length()) {
            s = s.substring(0, at) + s.substring(at, at + 1).toUpperCase(Locale.ROOT) + s.substring(at + 1);
        }
        return s;
    }
}
