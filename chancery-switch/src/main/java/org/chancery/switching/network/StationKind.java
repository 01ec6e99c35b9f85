package org.chancery.switching.network;

import java.util.Locale;

/** What a station is: it decides nothing in routing but what the network file and the reports say of it. */
public enum StationKind {
    POST, DEPARTMENT, AGENCY, RELAY, COLLECTIVE;

    /** The word of the network file: {@code post}, {@code department}… */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind of a network-file word (any case), or null. */
    public static StationKind ofWord(String word) {
        for (StationKind k : values()) {
            if (k.word().equalsIgnoreCase(word)) return k;
        }
        return null;
    }
}
