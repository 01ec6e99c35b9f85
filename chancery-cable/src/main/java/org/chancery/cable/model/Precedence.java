package org.chancery.cable.model;

import java.util.Locale;

/**
 * Message precedence, highest first, so that the natural order of the enum is queue order:
 * CRITIC &gt; Y (emergency command) &gt; FLASH &gt; NIACT IMMEDIATE &gt; IMMEDIATE &gt; PRIORITY &gt; ROUTINE.
 */
public enum Precedence {
    CRITIC("CRITIC", '\0'),
    EMERGENCY_COMMAND("EMERGENCY COMMAND", 'Y'),
    FLASH("FLASH", 'Z'),
    NIACT_IMMEDIATE("NIACT IMMEDIATE", 'O'),
    IMMEDIATE("IMMEDIATE", 'O'),
    PRIORITY("PRIORITY", 'P'),
    ROUTINE("ROUTINE", 'R');

    private final String word;
    private final char prosign;

    Precedence(String word, char prosign) {
        this.word = word;
        this.prosign = prosign;
    }

    /** The precedence as written on an addressee line or in JSON: FLASH, NIACT IMMEDIATE, IMMEDIATE, … */
    public String word() {
        return word;
    }

    /** The ACP 127 prosign letter (Z, O, P, R, Y); {@code '\0'} for CRITIC, which has none. */
    public char prosign() {
        return prosign;
    }

    public boolean outranks(Precedence other) {
        return compareTo(other) < 0;
    }

    /** The precedence of an FL2/FL5 prosign letter, or null when the letter is not one. */
    public static Precedence ofProsign(char c) {
        return switch (c) {
            case 'Z' -> FLASH;
            case 'O' -> IMMEDIATE;
            case 'P' -> PRIORITY;
            case 'R' -> ROUTINE;
            case 'Y' -> EMERGENCY_COMMAND;
            default -> null;
        };
    }

    /** The precedence of a word as written (any case, single spaces), or null when it is not one. */
    public static Precedence ofWord(String word) {
        String w = word.trim().toUpperCase(Locale.ROOT);
        for (Precedence p : values()) {
            if (p.word.equals(w)) return p;
        }
        return null;
    }
}
