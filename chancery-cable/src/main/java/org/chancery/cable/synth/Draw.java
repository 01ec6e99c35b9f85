package org.chancery.cable.synth;

import java.util.List;
import java.util.SplittableRandom;

/** Small random draws on the generator's one seeded source (never {@code Math.random}: the corpus must repeat). */
final class Draw {

    private Draw() {
    }

    static <T> T pick(SplittableRandom r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }

    static boolean chance(SplittableRandom r, double p) {
        return r.nextDouble() < p;
    }

    /** A number from {@code lo} to {@code hi}, both included. */
    static int between(SplittableRandom r, int lo, int hi) {
        return lo + r.nextInt(hi - lo + 1);
    }

    /**
     * A seed derived from a parent seed and some keys, for things that must not depend on the order in which
     * cables ask for them (the people of a country, the staff of a post in a year): SplitMix64 finalisation of
     * each key folded in.
     */
    static long derive(long seed, long... keys) {
        long h = seed;
        for (long k : keys) {
            h = mix(h ^ mix(k + 0x9E3779B97F4A7C15L));
        }
        return h;
    }

    /** A random source of its own for a derived seed. */
    static SplittableRandom derived(long seed, long... keys) {
        return new SplittableRandom(derive(seed, keys));
    }

    /** A stable 64-bit key for a text (String.hashCode is specified, so it is the same on every JVM). */
    static long key(String s) {
        return mix(s.hashCode());
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
