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
    public static List<String> parse(String line) {
        List<String> out = new ArrayList<>(2);
        int i = 0;
        int n = line.length();
        while (true) {
            i = skip(line, i);
            if (i >= n) break;
            int word = match(line, i);
            if (word < 0) {
                if (Ascii.regionIs(line, i, "BUT UNCLASSIFIED") && !out.isEmpty()
                        && out.get(out.size() - 1).equals("SENSITIVE")) {
                    i += "BUT UNCLASSIFIED".length();
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
        while (i < s.length() && (Ascii.isSpace(s.charAt(i)) || s.charAt(i) == ',' || s.charAt(i) == ';')) i++;
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
