package org.chancery.switching.network;

import org.chancery.cable.model.Level;

import java.util.Locale;

/** Classification words as files and users write them: {@code TOP SECRET}, {@code top_secret}, {@code TS}. */
public final class LevelWords {

    private LevelWords() {
    }

    /** The level a word names, or null. */
    public static Level parse(String word) {
        if (word == null) return null;
        String w = word.strip().toUpperCase(Locale.ROOT).replace('_', ' ');
        if (w.equals("UNCLAS") || w.equals("LIMITED OFFICIAL USE")) {
            return w.equals("UNCLAS") ? Level.UNCLASSIFIED : Level.SBU;
        }
        for (Level l : Level.values()) {
            if (l.word().equals(w) || l.portionMark().equals(w)) return l;
        }
        return null;
    }

    public static final String EXPECTED = "UNCLASSIFIED, SBU, CONFIDENTIAL, SECRET, TOP SECRET";
}
