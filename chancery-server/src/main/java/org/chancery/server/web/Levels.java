package org.chancery.server.web;

import org.chancery.cable.model.Level;

import java.util.Locale;

/**
 * The CSS class of a classification, for colour only (banners, portion marks, badges): {@code lvl-u},
 * {@code lvl-sbu}, {@code lvl-c}, {@code lvl-s}, {@code lvl-ts}. It decides nothing about who may read what.
 */
public final class Levels {

    private Levels() {
    }

    public static String css(Level level) {
        if (level == null) return "lvl-none";
        return switch (level) {
            case UNCLASSIFIED -> "lvl-u";
            case SBU -> "lvl-sbu";
            case CONFIDENTIAL -> "lvl-c";
            case SECRET -> "lvl-s";
            case TOP_SECRET -> "lvl-ts";
        };
    }

    /** The class of a written level or portion mark ({@code SECRET}, {@code S/NF}, {@code (C)}, {@code SBU}, {@code LOU}). */
    public static String css(String text) {
        if (text == null) return "lvl-none";
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (t.startsWith("(")) t = t.substring(1);
        if (t.startsWith("TOP SECRET") || t.startsWith("TS")) return "lvl-ts";
        if (t.startsWith("SBU") || t.startsWith("LOU") || t.startsWith("LIMITED OFFICIAL") || t.startsWith("SENSITIVE")
                || t.startsWith("FOUO")) return "lvl-sbu";
        if (t.startsWith("S")) return "lvl-s";
        if (t.startsWith("C")) return "lvl-c";
        if (t.startsWith("U")) return "lvl-u";
        return "lvl-none";
    }
}
