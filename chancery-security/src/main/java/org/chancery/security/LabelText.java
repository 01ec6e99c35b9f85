package org.chancery.security;

import org.chancery.cable.model.Level;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * The canonical text of a label, for the index, the test vectors and anyone outside Java:
 * <pre>
 *   label       = level *( "//" element )
 *   level       = "UNCLASSIFIED" / "SBU" / "CONFIDENTIAL" / "SECRET" / "TOP SECRET"
 *                 ; read also: "UNCLAS", "LOU", "LIMITED OFFICIAL USE", "SENSITIVE" (the last three are SBU)
 *   element     = control / rel-to / "SIPDIS" / dist
 *   control     = "NOFORN" / "NODIS" / "EXDIS" / "LIMDIS" / "STADIS" / "SPECAT" / "ORCON" / "PROPIN"
 *   rel-to      = "REL TO " country *( "," [" "] country )      ; must name USA
 *   country     = 3*4 capital letters
 *   dist        = "DIST " ( "NONE" / recipient *( "," [" "] recipient ) )
 *   recipient   = 1*( capital / digit / "/" / "-" / "." / "&amp;" / "_" ), no "//"
 * </pre>
 * Written: level word, controls in {@link Control} order, REL TO (USA, trigraphs, tetragraphs), then SIPDIS or
 * DIST (recipients sorted). Read: elements in any order, each at most once, upper case only (a label is written
 * by machines; lower case is a sign of a label typed by hand or damaged), no spaces around the text.
 */
public final class LabelText {

    private LabelText() {
    }

    public static String format(Label label) {
        StringBuilder sb = new StringBuilder(32);
        sb.append(label.level().word());
        for (Control c : Control.all()) {
            if (label.has(c)) sb.append("//").append(c.name());
        }
        if (!label.relTo().isEmpty()) sb.append("//REL TO ").append(String.join(", ", label.relTo()));
        switch (label.distribution()) {
            case Distribution.Sipdis s -> sb.append("//SIPDIS");
            case Distribution.Limited l -> sb.append("//DIST ").append(l.to().isEmpty() ? "NONE" : String.join(", ", l.to()));
            case Distribution.Unrestricted u -> {
            }
        }
        return sb.toString();
    }

    public static ParsedLabel parse(String text) {
        if (text == null || text.isEmpty()) return ParsedLabel.malformed(text, "empty label");
        if (text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ' || text.strip().length() != text.length()) {
            return ParsedLabel.malformed(text, "space around the label");
        }
        if (!text.equals(text.toUpperCase(Locale.ROOT))) {
            return ParsedLabel.malformed(text, "lower case in the label (labels are written in capitals)");
        }
        List<String> parts = split(text);
        Level level = level(parts.get(0));
        if (level == null) return ParsedLabel.malformed(text, "unknown level '" + parts.get(0) + "'");
        EnumSet<Control> controls = EnumSet.noneOf(Control.class);
        List<String> relTo = null;
        Distribution distribution = null;
        for (int i = 1; i < parts.size(); i++) {
            String part = parts.get(i);
            if (part.isEmpty()) return ParsedLabel.malformed(text, "empty element after '//'");
            Control c = Control.ofWord(part);
            if (c != null) {
                if (!controls.add(c)) return ParsedLabel.malformed(text, "control " + c + " given twice");
            } else if (part.equals("REL TO") || part.startsWith("REL TO ")) {
                if (relTo != null) return ParsedLabel.malformed(text, "REL TO given twice");
                relTo = list(part.substring(6));
                if (relTo == null) return ParsedLabel.malformed(text, "REL TO names no country, or an empty one");
            } else if (part.equals("SIPDIS")) {
                if (distribution != null) return ParsedLabel.malformed(text, "distribution given twice");
                distribution = Distribution.SIPDIS;
            } else if (part.equals("DIST") || part.startsWith("DIST ")) {
                if (distribution != null) return ParsedLabel.malformed(text, "distribution given twice");
                List<String> to = list(part.substring(4));
                if (to == null) return ParsedLabel.malformed(text, "DIST names no recipient (write DIST NONE)");
                if (to.equals(List.of("NONE"))) to = List.of();
                for (String r : to) {
                    if (!isRecipient(r)) return ParsedLabel.malformed(text, "not a post or office: '" + r + "'");
                }
                distribution = new Distribution.Limited(to);
            } else {
                return ParsedLabel.malformed(text, "unknown element '" + part + "'");
            }
        }
        try {
            return ParsedLabel.of(Label.of(level, controls, relTo == null ? List.of() : relTo,
                    distribution == null ? Distribution.UNRESTRICTED : distribution));
        } catch (IllegalArgumentException e) {
            return ParsedLabel.malformed(text, e.getMessage());
        }
    }

    /** The level of a level word of a label text (and the aliases it reads), or null. */
    static Level level(String word) {
        return switch (word) {
            case "UNCLASSIFIED", "UNCLAS" -> Level.UNCLASSIFIED;
            case "SBU", "LOU", "LIMITED OFFICIAL USE", "SENSITIVE" -> Level.SBU;
            case "CONFIDENTIAL" -> Level.CONFIDENTIAL;
            case "SECRET" -> Level.SECRET;
            case "TOP SECRET" -> Level.TOP_SECRET;
            default -> null;
        };
    }

    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>(4);
        int from = 0;
        while (true) {
            int at = text.indexOf("//", from);
            if (at < 0) {
                parts.add(text.substring(from));
                return parts;
            }
            parts.add(text.substring(from, at));
            from = at + 2;
        }
    }

    /** {@code " USA, GBR"} → [USA, GBR]; null when it names nothing or has an empty item. */
    static List<String> list(String rest) {
        if (rest.isEmpty() || rest.charAt(0) != ' ') return null;
        List<String> out = new ArrayList<>(4);
        for (String item : rest.substring(1).split(",", -1)) {
            String t = item.startsWith(" ") ? item.substring(1) : item;
            if (t.isEmpty() || t.contains(" ")) return null;
            out.add(t);
        }
        return out.isEmpty() ? null : out;
    }

    static boolean isRecipient(String r) {
        if (r.isEmpty() || r.contains("//")) return false;
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            boolean ok = c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '/' || c == '-' || c == '.' || c == '&'
                    || c == '_';
            if (!ok) return false;
        }
        return true;
    }
}
