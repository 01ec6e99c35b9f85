package org.chancery.cable.read;

import java.util.Arrays;

/**
 * One envelope line split into whitespace-separated tokens, remembering where each token lies in the line so
 * that a part of the line (a plain language address, a remark) can be taken back exactly as written. Header
 * lines are short and few, so this one small allocation per line costs nothing next to the text.
 */
final class HeaderLine {

    private final String text;
    private int[] starts = new int[8];
    private int[] ends = new int[8];
    private int size;

    HeaderLine(String text) {
        this.text = text;
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(text.charAt(i))) i++;
            if (i == n) break;
            int start = i;
            while (i < n && !isSpace(text.charAt(i))) i++;
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            starts[size] = start;
            ends[size] = i;
            size++;
        }
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\u000B' || c == '\u00A0';
    }

    String text() {
        return text;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    String get(int i) {
        return text.substring(starts[i], ends[i]);
    }

    /** Whether token {@code i} exists and equals {@code s}. */
    boolean is(int i, String s) {
        return i < size && ends[i] - starts[i] == s.length() && text.startsWith(s, starts[i]);
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    /** Tokens {@code from} to {@code to} (exclusive) as written, inner spacing kept; empty when none. */
    String span(int from, int to) {
        return from < to ? text.substring(starts[from], ends[to - 1]) : "";
    }

    /** Everything from token {@code from} to the end of the last token; empty when none. */
    String rest(int from) {
        return span(from, size);
    }

    static boolean isDigits(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    static boolean isUpperLetters(String s, int from, int to) {
        if (from >= to) return false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 'A' || c > 'Z') return false;
        }
        return true;
    }

    /** A routing indicator: 4 to 7 capital letters, the first R (ACP 117). */
    static boolean isRoutingIndicator(String s) {
        return s.length() >= 4 && s.length() <= 7 && s.charAt(0) == 'R' && isUpperLetters(s, 0, s.length());
    }

    /** A precedence prosign as FL2 and FL5 write it: one of Z, O, P, R, Y. */
    static boolean isProsign(char c) {
        return c == 'Z' || c == 'O' || c == 'P' || c == 'R' || c == 'Y';
    }
}
