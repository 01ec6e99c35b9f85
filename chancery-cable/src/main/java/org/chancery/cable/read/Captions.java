package org.chancery.cable.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Caption lines: SIPDIS, NOFORN, NODIS, EXDIS, LIMDIS, STADIS, SENSITIVE, SPECAT, and the same repeated
 * ({@code SIPDIS SIPDIS}), several on one line ({@code NOFORN SIPDIS}) or fused ({@code NOFORNSIPDIS}).
 */
public final class Captions {

    private Captions() {
    }

    static final String[] WORDS = {"SIPDIS", "NOFORN", "NODIS", "EXDIS", "LIMDIS", "STADIS", "SENSITIVE", "SPECAT",
            "EXCLUSIVE", "ROGER", "CHEROKEE", "CODEL", "MED", "TERREP", "NOCONTRACT", "ORCON", "PROPIN"};

    /**
     * The captions of a line made only of caption words, normalised ({@code SPECAT EXCLUSIVE},
     * {@code SENSITIVE} for {@code SENSITIVE BUT UNCLASSIFIED}); null when anything else is on the line.
     */
    public static List<String> parse(String text) {
        String line = Ascii.upper(text); // "Noforn", "sipdis": only caption words may be on the line anyway
        List<String> out = new ArrayList<>(2);
        int i = bannerPrefix(line);
        if (i > 0) out.add("NOFORN");
        int n = line.length();
        while (true) {
            i = skip(line, i);
            if (i >= n) break;
            int word = match(line, i);
            if (word < 0) {
                if (Ascii.regionIs(line, i, "BUT UNCLASSIFIED") && !out.isEmpty()
                        && out.get(out.size() - 1).equals("SENSITIVE")) {
                    i += "BUT UNCLASSIFIED".length();
                    // "SENSITIVE BUT UNCLASSIFIED - PLEASE PROTECT ACCORDINGLY."
                    int q = skip(line, i);
                    if (q < line.length() && line.charAt(q) == '-') return out;
                    continue;
                }
                return null;
            }
            String w = WORDS[word];
            i += w.length();
            if (w.equals("EXCLUSIVE") && !out.isEmpty() && out.get(out.size() - 1).equals("SPECAT")) {
                out.set(out.size() - 1, "SPECAT EXCLUSIVE");
            } else {
                out.add(w);
            }
        }
        return out.isEmpty() ? null : out;
    }

    /**
     * A repeated banner with its control, {@code CONFIDENTIAL//NOFORN} or {@code SECRET/NOFORN}: the offset past
     * it, or 0 when the line is not one.
     */
    private static int bannerPrefix(String s) {
        for (String level : new String[] {"CONFIDENTIAL", "SECRET", "TOP SECRET", "UNCLASSIFIED"}) {
            if (!s.startsWith(level)) continue;
            int p = level.length();
            while (p < s.length() && s.charAt(p) == '/') p++;
            if (p > level.length() && s.startsWith("NOFORN", p) && Ascii.boundaryAt(s, p + 6)) return p + 6;
        }
        return 0;
    }

    /** The caption words at the end of {@code s} ({@code … MMITTELHAUSER SENSITIVE SIPDIS}), in order. */
    public static List<String> trailing(String s) {
        int start = trailingStart(s);
        if (start >= s.length()) return List.of();
        List<String> out = parse(s.substring(start));
        return out == null ? List.of() : out;
    }

    /** Where the trailing caption words of {@code s} begin ({@code s.length()} when there are none). */
    public static int trailingStart(String s) {
        int end = s.length();
        int start = end;
        while (true) {
            int e = start;
            while (e > 0 && Ascii.isSpace(s.charAt(e - 1))) e--;
            int b = e;
            while (b > 0 && !Ascii.isSpace(s.charAt(b - 1))) b--;
            if (b == e || b == 0) return start;
            String w = s.substring(b, e);
            if (!isWord(w)) return start;
            start = b;
        }
    }

    private static boolean isWord(String w) {
        for (int k = 0; k <= 7; k++) {
            if (WORDS[k].equals(w)) return true;
        }
        return false;
    }

    /** The captions at the start of {@code s} (fused or spaced), and where the rest begins. */
    public record Lead(List<String> captions, int end) {
    }

    public static Lead lead(String s) {
        List<String> out = new ArrayList<>(2);
        int i = 0;
        int end = 0;
        while (true) {
            i = skip(s, i);
            int word = i < s.length() ? match(s, i) : -1;
            if (word < 0) break;
            out.add(WORDS[word]);
            i += WORDS[word].length();
            end = i;
        }
        return new Lead(out, end);
    }

    private static int skip(String s, int i) {
        while (i < s.length() && (Ascii.isSpace(s.charAt(i)) || s.charAt(i) == ',' || s.charAt(i) == ';'
                || s.charAt(i) == '\\')) {
            i++;
        }
        return i;
    }

    /**
     * The caption word at {@code i}: it must end at a word boundary or be followed by another caption word
     * (fused captions); the short, common-English ones (MED, CODEL, ROGER…) only as whole words.
     */
    private static int match(String s, int i) {
        for (int k = 0; k < WORDS.length; k++) {
            String w = WORDS[k];
            if (!s.startsWith(w, i)) continue;
            int e = i + w.length();
            if (Ascii.boundaryAt(s, e)) return k;
            if (k <= 7 && startsCaption(s, e)) return k;
        }
        return -1;
    }

    private static boolean startsCaption(String s, int i) {
        for (int k = 0; k <= 7; k++) {
            if (s.startsWith(WORDS[k], i)) return true;
        }
        return Ascii.regionIs(s, i, "E.O.") || s.startsWith("EO ", i) || s.startsWith("DEPT", i)
                || s.startsWith("PLEASE", i) || s.startsWith("PASS", i);
    }
}
