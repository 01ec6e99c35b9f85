package org.chancery.cable.model;

/**
 * A classification level, in ascending order. LIMITED OFFICIAL USE (before 1995) and the SENSITIVE caption
 * are both {@link #SBU}: sensitive but unclassified.
 */
public enum Level {
    UNCLASSIFIED("UNCLASSIFIED", "U", 'U'),
    SBU("SBU", "SBU", 'U'),
    CONFIDENTIAL("CONFIDENTIAL", "C", 'C'),
    SECRET("SECRET", "S", 'S'),
    TOP_SECRET("TOP SECRET", "TS", 'T');

    private final String word;
    private final String portionMark;
    private final char securityLetter;

    Level(String word, String portionMark, char securityLetter) {
        this.word = word;
        this.portionMark = portionMark;
        this.securityLetter = securityLetter;
    }

    /** The word as the JSON schema and the banner give it: UNCLASSIFIED, SBU, CONFIDENTIAL, SECRET, TOP SECRET. */
    public String word() {
        return word;
    }

    /** The portion mark letters: U, SBU, C, S, TS. */
    public String portionMark() {
        return portionMark;
    }

    /** The letter repeated five times in the FL4 security warning (UUUUU, CCCCC, SSSSS, TTTTT). */
    public char securityLetter() {
        return securityLetter;
    }

    public boolean isClassified() {
        return compareTo(CONFIDENTIAL) >= 0;
    }

    public boolean dominates(Level other) {
        return compareTo(other) >= 0;
    }

    public static Level max(Level a, Level b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.compareTo(b) >= 0 ? a : b;
    }
}
