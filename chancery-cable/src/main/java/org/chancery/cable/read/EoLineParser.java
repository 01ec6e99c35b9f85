package org.chancery.cable.read;

import org.chancery.cable.model.Declassification;
import org.chancery.cable.model.EoLine;

/**
 * The E.O. line in all its spellings: {@code E.O. 12958: DECL: 10/01/2011}, {@code EO 12958 DECL: 2020/02/23},
 * {@code e.o. 12958: decl: 6/3/08}, {@code E.O. 12958: N/A}, {@code DECL: AFTER KOREAN UNIFICATION},
 * {@code DECL: OADR}, {@code DECL: 25X1}.
 */
public final class EoLineParser {

    private EoLineParser() {
    }

    /** 25X1, X1, 25X1,6, 1.6X1: applied to one short, isolated word only. */
    private static final java.util.regex.Pattern EXEMPTION =
            java.util.regex.Pattern.compile("(?:25)?X[1-9](?:[,/]X?[1-9])*|1\\.[56]X[1-9]?");

    /** Whether {@code s} has an E.O. keyword at {@code i}: {@code E.O.}, {@code E. O.}, {@code EO} + a number. */
    static int keywordEnd(String s, int i) {
        if (i >= s.length() || Ascii.upper(s.charAt(i)) != 'E') return -1;
        int p = i + 1;
        if (p < s.length() && s.charAt(p) == '.') p++;
        p = Ascii.skipSpaces(s, p);
        if (p >= s.length() || Ascii.upper(s.charAt(p)) != 'O') return -1;
        p++;
        boolean dot = p < s.length() && s.charAt(p) == '.';
        if (dot) p++;
        int q = Ascii.skipSpaces(s, p);
        if (q + 1 < s.length() && Ascii.isDigit(s.charAt(q)) && s.charAt(q) == '1') return p;
        // "E.O.:" with the order left out
        if (dot && s.charAt(i + 1) == '.' && q < s.length() && s.charAt(q) == ':') return p;
        return -1;
    }

    /** Reads an E.O. field: {@code text} starts at the keyword. Never null. */
    public static EoLine parse(String text) {
        String t = Ascii.trim(text);
        int p = keywordEnd(t, 0);
        if (p < 0) p = 0;
        p = Ascii.skipSpaces(t, p);
        String order = null;
        int st = p;
        while (p < t.length() && Ascii.isDigit(t.charAt(p))) p++;
        if (p > st) order = t.substring(st, p);
        p = skipPunct(t, p);
        String rest = Ascii.trim(t.substring(p));
        return new EoLine(order, instruction(rest), rest);
    }

    private static int skipPunct(String s, int p) {
        while (p < s.length() && (Ascii.isSpace(s.charAt(p)) || s.charAt(p) == ':' || s.charAt(p) == ';'
                || s.charAt(p) == ',' || s.charAt(p) == '-')) {
            p++;
        }
        return p;
    }

    static Declassification instruction(String rest) {
        if (rest.isEmpty()) return new Declassification.Unparsed(rest);
        String up = Ascii.upper(rest);
        if (up.startsWith("N/A") || up.equals("NA") || up.startsWith("NA ") || up.startsWith("N/ A")
                || up.startsWith("NONE")) {
            return new Declassification.NotApplicable();
        }
        int p = 0;
        boolean decl = false;
        if (up.startsWith("DECL")) {
            decl = true;
            p = 4;
            if (up.startsWith("DECLASSIFY", 0)) p = 10;
            else if (up.startsWith("DECLAS", 0) && !up.startsWith("DECLASSIFIED")) p = 6;
            if (up.startsWith("DECLASSIFIED")) decl = false;
            if (decl) p = skipPunct(up, p);
        }
        if (!decl && !up.isEmpty() && !Ascii.isDigit(up.charAt(0))) {
            Declassification code = code(up);
            return code != null ? code : new Declassification.Unparsed(rest);
        }
        DateParser.Found date = DateParser.at(rest, p);
        if (date != null) return new Declassification.OnDate(date.date());
        String after = Ascii.trim(rest.substring(p));
        if (after.isEmpty()) return new Declassification.Unparsed(rest);
        Declassification code = code(Ascii.upper(after));
        if (code != null) return code;
        return decl ? new Declassification.OnEvent(after) : new Declassification.Unparsed(rest);
    }

    /** OADR, 25X1…25X9, X1…X8, GDS, and the older 1.6X codes; null for anything else. */
    private static Declassification code(String up) {
        if (up.startsWith("OADR")) return new Declassification.Oadr();
        int e = 0;
        while (e < up.length() && !Ascii.isSpace(up.charAt(e)) && up.charAt(e) != ',' && up.charAt(e) != ';') e++;
        String word = up.substring(0, e);
        if (word.equals("GDS") || word.equals("XGDS") || EXEMPTION.matcher(word).matches()) {
            return new Declassification.Exemption(word);
        }
        return null;
    }
}
