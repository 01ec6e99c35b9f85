package org.chancery.cable.read;

/**
 * Small ASCII helpers for the line parsers: case-insensitive matching without allocating and without the
 * platform locale (a Turkish locale would turn {@code i} into a dotted capital).
 */
final class Ascii {

    private Ascii() {
    }

    static char upper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }

    static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isUpperLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** Blanks within a line: space, tab, no-break space, and the Unicode line/paragraph separators some copies carry. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\f' || c == '\u2028' || c == '\u2029'
                || c == '\u200B';
    }

    /** Upper case of the ASCII letters only; everything else unchanged. */
    static String upper(String s) {
        int i = 0;
        while (i < s.length() && !(s.charAt(i) >= 'a' && s.charAt(i) <= 'z')) i++;
        if (i == s.length()) return s;
        char[] cs = s.toCharArray();
        for (; i < cs.length; i++) cs[i] = upper(cs[i]);
        return new String(cs);
    }

    /** Whether {@code s} has {@code word} at {@code at}, ignoring ASCII case. */
    static boolean regionIs(String s, int at, String word) {
        if (at < 0 || at + word.length() > s.length()) return false;
        for (int k = 0; k < word.length(); k++) {
            if (upper(s.charAt(at + k)) != upper(word.charAt(k))) return false;
        }
        return true;
    }

    static boolean startsWith(String s, String word) {
        return regionIs(s, 0, word);
    }

    /** First index of {@code word} at or after {@code from}, ignoring ASCII case, or -1. */
    static int indexOf(String s, String word, int from) {
        return indexOf(s, word, from, s.length());
    }

    /** First index of {@code word} within {@code s[from, to)}, ignoring ASCII case, or -1. */
    static int indexOf(String s, String word, int from, int to) {
        int m = word.length();
        int last = Math.min(to, s.length()) - m;
        // a hot loop (the summary and comment of every cable are looked for this way): test the first
        // character in both cases before comparing the rest
        char first = upper(word.charAt(0));
        char firstLower = first >= 'A' && first <= 'Z' ? (char) (first + 32) : first;
        next:
        for (int i = Math.max(0, from); i <= last; i++) {
            char c = s.charAt(i);
            if (c != first && c != firstLower) continue;
            for (int k = 1; k < m; k++) {
                if (upper(s.charAt(i + k)) != upper(word.charAt(k))) continue next;
            }
            return i;
        }
        return -1;
    }

    /** Whether the char before {@code at} (if any) is not a letter or digit. */
    static boolean boundaryBefore(String s, int at) {
        return at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1));
    }

    /** Whether the char at {@code at} (if any) is not a letter or digit. */
    static boolean boundaryAt(String s, int at) {
        return at >= s.length() || !Character.isLetterOrDigit(s.charAt(at));
    }

    static int skipSpaces(String s, int i) {
        while (i < s.length() && isSpace(s.charAt(i))) i++;
        return i;
    }

    static int skipSpaces(String s, int i, int end) {
        while (i < end && isSpace(s.charAt(i))) i++;
        return i;
    }

    /** Whitespace of any kind, the blanks of {@link #isSpace} included: what {@link #trim} removes. */
    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || isSpace(c);
    }

    /** {@code s} with leading and trailing whitespace (including no-break spaces) removed. */
    static String trim(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isBlank(s.charAt(a))) a++;
        while (b > a && isBlank(s.charAt(b - 1))) b--;
        return a == 0 && b == s.length() ? s : s.substring(a, b);
    }

    /** Runs of whitespace collapsed to one space, trimmed. */
    static String collapse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || isSpace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static boolean allDigits(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) return false;
        }
        return true;
    }

    static boolean allLetters(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            if (!isLetter(s.charAt(i))) return false;
        }
        return true;
    }

    static String stripLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') i++;
        return digits.substring(i);
    }
}
