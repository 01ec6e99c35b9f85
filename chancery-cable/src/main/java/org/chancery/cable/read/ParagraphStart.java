package org.chancery.cable.read;

import org.chancery.cable.model.PortionMark;

/**
 * The opening of a paragraph: {@code 1. (C) …}, {@code ¶2. (S/NF) …}, {@code 1.(C)}, {@code 3) …}, {@code (SBU) …},
 * or a damaged number such as {@code - 12.}. {@code number} is null for a paragraph opened by its mark only;
 * {@code damaged} tells that junk stood before the number; {@code textStart} is where the paragraph's own text
 * begins.
 */
public record ParagraphStart(Integer number, String numberText, boolean damaged, PortionMark mark, int textStart) {

    /** The paragraph opening at {@code from} in {@code s} (leading spaces skipped), or null. */
    public static ParagraphStart at(String s, int from) {
        int n = s.length();
        int p = Ascii.skipSpaces(s, from);
        int begin = p;
        boolean pilcrow = false;
        if (p < n && s.charAt(p) == '\u00B6') {
            pilcrow = true;
            p = Ascii.skipSpaces(s, p + 1);
        }
        boolean damaged = false;
        if (!pilcrow && p + 1 < n && s.charAt(p) == '-' && !(s.charAt(p + 1) == '-')) {
            int q = Ascii.skipSpaces(s, p + 1);
            if (q < n && Ascii.isDigit(s.charAt(q))) {
                damaged = true;
                p = q;
            }
        }
        Integer number = null;
        String numberText = null;
        int digits = p;
        while (digits < n && Ascii.isDigit(s.charAt(digits)) && digits - p < 3) digits++;
        if (digits > p && digits < n && (s.charAt(digits) == '.' || s.charAt(digits) == ')')) {
            int after = digits + 1;
            char next = after < n ? s.charAt(after) : ' ';
            if (Ascii.isSpace(next) || next == '(' || next == '[' || after >= n) {
                number = Integer.parseInt(s, p, digits, 10);
                numberText = s.substring(begin, after);
                p = after;
            }
        }
        if (number == null && damaged) return null;
        int q = Ascii.skipSpaces(s, p);
        PortionMarks.Found mark = PortionMarks.at(s, q);
        // "(c) the third point" inside a paragraph is a list item: a mark in lower case opens a paragraph only
        // after its number ("3. (c) …")
        if (mark != null && number == null && hasLowerCase(s, q, mark.end())) mark = null;
        if (mark != null) {
            int end = mark.end();
            // "(SBU):" and "(C)-" are written too
            if (end < n && (s.charAt(end) == ':' || s.charAt(end) == '-') ) end++;
            return new ParagraphStart(number, numberText, damaged, mark.mark(), Ascii.skipSpaces(s, end));
        }
        if (number == null) return null;
        return new ParagraphStart(number, numberText, damaged, null, q);
    }

    private static boolean hasLowerCase(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) >= 'a' && s.charAt(i) <= 'z') return true;
        }
        return false;
    }

    /**
     * Where a paragraph numbered {@code expected} opens inside a long line, after {@code from}: after the end of a
     * sentence, {@code ¶3.} or {@code 3.} followed by a mark or a capital. -1 when it does not.
     */
    public static int inside(String s, int from, int expected) {
        String num = Integer.toString(expected);
        int n = s.length();
        int i = from;
        while (true) {
            i = s.indexOf(num, i);
            if (i < 0) return -1;
            int after = i + num.length();
            if (after + 1 < n && s.charAt(after) == '.' && (Ascii.isSpace(s.charAt(after + 1)) || s.charAt(after + 1) == '(')
                    && (i == 0 || !Ascii.isDigit(s.charAt(i - 1)))) {
                int b = i;
                boolean pilcrow = b > 0 && s.charAt(b - 1) == '\u00B6';
                if (pilcrow) b--;
                int q = b;
                while (q > from && Ascii.isSpace(s.charAt(q - 1))) q--;
                boolean spaced = q < b;
                char prev = q > 0 ? s.charAt(q - 1) : '.';
                boolean sentenceEnd = prev == '.' || prev == '!' || prev == '?' || prev == '"' || prev == ')'
                        || prev == ']' || prev == ':' || prev == '\'' || prev == '-';
                if (q > from && (pilcrow || spaced && sentenceEnd)) {
                    int t = Ascii.skipSpaces(s, after + 1);
                    if (t < n && (s.charAt(t) == '(' && PortionMarks.at(s, t) != null || pilcrow
                            || Ascii.isUpperLetter(s.charAt(t)))) {
                        return b;
                    }
                }
            }
            i = after;
        }
    }
}
