package org.chancery.cable.read;

/**
 * Page and section markers met in the middle of a cable: {@code PAGE 02 ROME 01196 01 OF 02 082030Z} (older
 * cables) and {@code TRIPOLI 00000402 001.2 OF 003} (a post, the eight-digit MRN, page and section of the
 * section).
 */
public final class PageMarkers {

    private PageMarkers() {
    }

    /** Whether the (trimmed) line is a page or section marker. */
    public static boolean is(String s) {
        int n = s.length();
        if (n < 8 || n > 90) return false;
        if (s.startsWith("PAGE ")) {
            int p = Ascii.skipSpaces(s, 5);
            return p < n && Ascii.isDigit(s.charAt(p));
        }
        // from the end: ddd OF ddd[.d] <8 digits> POST…
        int e = n;
        int p = e;
        while (p > 0 && Ascii.isDigit(s.charAt(p - 1))) p--;
        if (e - p != 3) return false;
        p = skipBack(s, p);
        if (p < 2 || !s.startsWith("OF", p - 2)) return false;
        p = skipBack(s, p - 2);
        if (p < 0) return false;
        int end = p;
        while (p > 0 && (Ascii.isDigit(s.charAt(p - 1)) || s.charAt(p - 1) == '.')) p--;
        if (end - p < 3 || !Ascii.isDigit(s.charAt(p))) return false;
        p = skipBack(s, p);
        if (p < 0) return false;
        end = p;
        while (p > 0 && Ascii.isDigit(s.charAt(p - 1))) p--;
        if (end - p != 8) return false;
        p = skipBack(s, p);
        if (p <= 0) return false;
        for (int i = 0; i < p; i++) {
            char c = s.charAt(i);
            if (!Ascii.isUpperLetter(c) && c != ' ' && c != '-' && c != '.') return false;
        }
        return true;
    }

    private static int skipBack(String s, int p) {
        int q = p;
        while (q > 0 && Ascii.isSpace(s.charAt(q - 1))) q--;
        return q == p ? -1 : q; // the parts are separated by spaces
    }
}
