package org.chancery.cable.read;

/**
 * Extracts the cable text from a Cablegate HTML page: the contents of its {@code <pre>} blocks, tags removed
 * and character references decoded, the blocks joined by one blank line and ended by a newline — exactly how
 * the corpus's {@code .txt} files were made, so the text of a page equals the text file of the same cable.
 *
 * <p>A hand-written scanner in one pass: it jumps from {@code <} to {@code <} until a {@code <pre} opens,
 * then copies runs of text between tags and references. Broken pages never make it throw: an unclosed
 * {@code <pre>} runs to the end of the page, an unclosed tag swallows nothing but itself up to the end, an
 * unknown or malformed reference stays as written, and a page without {@code <pre>} gives the empty text
 * (with {@link Extraction#blocks()} 0 so that the caller can say so).
 */
public final class HtmlExtractor {

    private HtmlExtractor() {
    }

    /** The extracted text and the number of {@code <pre>} blocks it came from. */
    public record Extraction(String text, int blocks) {
    }

    public static String extract(String html) {
        return scan(html).text();
    }

    public static Extraction scan(String html) {
        int n = html.length();
        StringBuilder out = new StringBuilder(Math.min(n, 1 << 16));
        int blocks = 0;
        int i = html.indexOf('<');
        while (i >= 0 && i < n) {
            if (isTag(html, i, "pre")) {
                int gt = html.indexOf('>', i);
                if (gt < 0) break;
                if (blocks > 0) out.append("\n\n");
                blocks++;
                i = copyBlock(html, gt + 1, out);
                if (i < n) i = html.indexOf('<', i);
            } else {
                i = html.indexOf('<', i + 1);
            }
        }
        if (blocks > 0) out.append('\n');
        return new Extraction(out.toString(), blocks);
    }

    /** Whether a tag named {@code name} (lower case) opens at {@code i}: {@code <name>} or {@code <name attr…>}. */
    private static boolean isTag(String s, int i, String name) {
        int end = i + 1 + name.length();
        if (end >= s.length()) return false;
        if (!s.regionMatches(true, i + 1, name, 0, name.length())) return false;
        char c = s.charAt(end);
        return c == '>' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/';
    }

    /** Copies the text of a block starting at {@code from} up to its {@code </pre>}; returns where it ended. */
    private static int copyBlock(String s, int from, StringBuilder out) {
        int n = s.length();
        int run = from;
        int i = from;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '<') {
                char d = i + 1 < n ? s.charAt(i + 1) : ' ';
                boolean tag = Character.isLetter(d) || d == '/' || d == '!' || d == '?';
                if (!tag) {
                    i++;
                    continue;
                }
                out.append(s, run, i);
                if (d == '/' && isTag(s, i + 1, "pre")) {
                    int gt = s.indexOf('>', i);
                    return gt < 0 ? n : gt + 1;
                }
                int gt = s.indexOf('>', i);
                if (gt < 0) return n;
                i = gt + 1;
                run = i;
            } else if (c == '&') {
                int end = decodeReference(s, i, out, run);
                if (end > i) {
                    i = end;
                    run = end;
                } else {
                    i++;
                }
            } else {
                i++;
            }
        }
        out.append(s, run, n);
        return n;
    }

    /**
     * Decodes the reference at {@code amp}: when it is one ({@code &name;}, {@code &#NNN;}, {@code &#xHHHH;}),
     * appends the pending run {@code [run, amp)} and the character, and returns the offset after the {@code ;}.
     * Otherwise appends nothing and returns {@code amp}: the ampersand stays as written.
     */
    private static int decodeReference(String s, int amp, StringBuilder out, int run) {
        int n = s.length();
        int limit = Math.min(n, amp + 34);
        int semi = -1;
        for (int k = amp + 1; k < limit; k++) {
            char c = s.charAt(k);
            if (c == ';') {
                semi = k;
                break;
            }
            if (!(Character.isLetterOrDigit(c) || c == '#')) break;
        }
        if (semi < 0 || semi == amp + 1) return amp;
        int cp;
        if (s.charAt(amp + 1) == '#') {
            cp = numericReference(s, amp + 2, semi);
        } else {
            cp = Entities.codePoint(s, amp + 1, semi);
        }
        if (cp < 0) return amp;
        out.append(s, run, amp);
        out.appendCodePoint(cp);
        return semi + 1;
    }

    private static int numericReference(String s, int from, int to) {
        boolean hex = from < to && (s.charAt(from) == 'x' || s.charAt(from) == 'X');
        int k = hex ? from + 1 : from;
        if (k >= to || to - k > 8) return -1;
        int value = 0;
        for (; k < to; k++) {
            int d = asciiDigit(s.charAt(k));
            if (d < 0 || d >= (hex ? 16 : 10)) return -1;
            value = value * (hex ? 16 : 10) + d;
            if (value > Character.MAX_CODE_POINT) return -1;
        }
        if (value == 0 || (value >= 0xD800 && value <= 0xDFFF)) return -1;
        return value;
    }

    /** 0–15 for an ASCII digit or hex letter, else -1 (no other script's digits). */
    private static int asciiDigit(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    /** The named character references a cable page can carry: XML's five, HTML's Latin-1 set and typography. */
    private static final class Entities {
        /** Names of U+00A0 to U+00FF, in order. */
        private static final String[] LATIN1 = ("nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo"
                + " not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14"
                + " frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc"
                + " Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave"
                + " Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave"
                + " eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide"
                + " oslash ugrave uacute ucirc uuml yacute thorn yuml").split(" ");
        private static final java.util.Map<String, Integer> BY_NAME = new java.util.HashMap<>();

        static {
            for (int k = 0; k < LATIN1.length; k++) BY_NAME.put(LATIN1[k], 0xA0 + k);
            String[] other = {"quot", "\"", "amp", "&", "apos", "'", "lt", "<", "gt", ">", "OElig", "\u0152",
                    "oelig", "\u0153", "Scaron", "\u0160", "scaron", "\u0161", "Yuml", "\u0178", "fnof", "\u0192",
                    "circ", "\u02C6", "tilde", "\u02DC", "ensp", "\u2002", "emsp", "\u2003", "thinsp", "\u2009",
                    "zwnj", "\u200C", "zwj", "\u200D", "lrm", "\u200E", "rlm", "\u200F", "ndash", "\u2013",
                    "mdash", "\u2014", "lsquo", "\u2018", "rsquo", "\u2019", "sbquo", "\u201A", "ldquo", "\u201C",
                    "rdquo", "\u201D", "bdquo", "\u201E", "dagger", "\u2020", "Dagger", "\u2021", "bull", "\u2022",
                    "hellip", "\u2026", "permil", "\u2030", "prime", "\u2032", "Prime", "\u2033", "lsaquo",
                    "\u2039", "rsaquo", "\u203A", "oline", "\u203E", "euro", "\u20AC", "trade", "\u2122"};
            for (int k = 0; k < other.length; k += 2) BY_NAME.put(other[k], (int) other[k + 1].charAt(0));
        }

        private Entities() {
        }

        static int codePoint(String s, int from, int to) {
            Integer cp = BY_NAME.get(s.substring(from, to));
            return cp == null ? -1 : cp;
        }
    }
}
