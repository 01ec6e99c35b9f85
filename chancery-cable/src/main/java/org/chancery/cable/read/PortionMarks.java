package org.chancery.cable.read;

import org.chancery.cable.model.Level;
import org.chancery.cable.model.PortionMark;

import java.util.ArrayList;
import java.util.List;

/**
 * Portion marks: {@code (U)}, {@code (SBU)}, {@code (C)}, {@code (S)}, {@code (TS)} and the same with controls,
 * {@code (S/NF)}, {@code (S//NF)}, {@code (C/NF)}, {@code (SBU/N)}, {@code (C/REL TO USA, GBR)}.
 */
public final class PortionMarks {

    private PortionMarks() {
    }

    /** A mark found in a string: the mark and the offset just past its closing parenthesis. */
    public record Found(PortionMark mark, int end) {
    }

    /**
     * The mark that opens at {@code from} (an opening parenthesis, or {@code [}), or null. Reads at most a short
     * distance: a mark is never long.
     */
    public static Found at(String s, int from) {
        if (from >= s.length()) return null;
        char open = s.charAt(from);
        if (open != '(' && open != '[') return null;
        char close = open == '(' ? ')' : ']';
        int limit = Math.min(s.length(), from + 40);
        int end = -1;
        for (int i = from + 1; i < limit; i++) {
            char c = s.charAt(i);
            if (c == close) {
                end = i;
                break;
            }
            if (c == '(' || c == '\n') return null;
        }
        if (end < 0) return null;
        PortionMark mark = parse(s.substring(from + 1, end));
        return mark == null ? null : new Found(mark, end + 1);
    }

    /** The mark of its text without parentheses ({@code S//NF}), or null when it is not a portion mark. */
    public static PortionMark parse(String inner) {
        String text = Ascii.trim(inner);
        if (text.isEmpty() || text.length() > 36) return null;
        String up = Ascii.upper(text);
        int i = 0;
        while (i < up.length() && Ascii.isUpperLetter(up.charAt(i))) i++;
        Level level = level(up.substring(0, i));
        if (level == null) return null;
        List<String> controls = new ArrayList<>(2);
        String rest = up.substring(i);
        if (!rest.isEmpty()) {
            char sep = rest.charAt(0);
            if (sep != '/' && sep != '-' && sep != ' ') return null;
            for (String part : rest.split("/")) {
                String c = Ascii.trim(part.replace('-', ' '));
                if (c.isEmpty()) continue;
                String control = control(c);
                if (control == null) return null;
                if (!controls.contains(control)) controls.add(control);
            }
        }
        return new PortionMark(level, controls, text);
    }

    static Level level(String word) {
        return switch (word) {
            case "U" -> Level.UNCLASSIFIED;
            case "SBU", "LOU" -> Level.SBU;
            case "C" -> Level.CONFIDENTIAL;
            case "S" -> Level.SECRET;
            case "TS" -> Level.TOP_SECRET;
            default -> null;
        };
    }

    /** A control written in a mark, in full words; null when it is not one (then it is not a mark). */
    static String control(String c) {
        return switch (c) {
            case "NF", "N", "NOFORN" -> "NOFORN";
            case "FOUO" -> "FOUO";
            case "SBU" -> "SBU";
            case "ORCON", "OC" -> "ORCON";
            case "PROPIN", "PR" -> "PROPIN";
            case "NODIS" -> "NODIS";
            case "EXDIS" -> "EXDIS";
            case "LIMDIS" -> "LIMDIS";
            case "REL" -> "REL TO";
            default -> c.startsWith("REL TO") || c.startsWith("REL ") || c.startsWith("RELTO")
                    ? "REL TO " + Ascii.trim(c.substring(c.startsWith("REL TO") ? 6 : c.startsWith("RELTO") ? 5 : 4))
                    : null;
        };
    }
}
