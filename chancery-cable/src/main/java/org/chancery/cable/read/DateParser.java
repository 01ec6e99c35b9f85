package org.chancery.cable.read;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Dates as cables write them in declassification instructions: {@code 10/01/2011}, {@code 6/3/08},
 * {@code 2020/02/23}, {@code 2019-06-02}, {@code 10.01.2009}, {@code JUNE 21, 2006}, {@code 21 JUN 2006}. Numeric
 * dates are month first (US style) unless the first number cannot be a month.
 */
final class DateParser {

    private DateParser() {
    }

    private static final String[] MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
            "NOV", "DEC"};

    /** A parsed date and the offset just past it. */
    record Found(LocalDate date, int end) {
    }

    /** The date that starts at {@code from} (after spaces), or null. */
    static Found at(String s, int from) {
        int i = Ascii.skipSpaces(s, from);
        if (i >= s.length()) return null;
        if (Ascii.isDigit(s.charAt(i))) {
            Found f = numeric(s, i);
            return f != null ? f : dayMonthYear(s, i);
        }
        return monthDayYear(s, i);
    }

    private static Found numeric(String s, int i) {
        int[] n = new int[3];
        int[] len = new int[3];
        int p = i;
        char sep = 0;
        for (int k = 0; k < 3; k++) {
            int st = p;
            while (p < s.length() && Ascii.isDigit(s.charAt(p)) && p - st < 4) p++;
            if (p == st) return null;
            n[k] = Integer.parseInt(s, st, p, 10);
            len[k] = p - st;
            if (k < 2) {
                if (p >= s.length()) return null;
                char c = s.charAt(p);
                if (c != '/' && c != '-' && c != '.') return null;
                if (k == 0) sep = c;
                else if (c != sep) return null;
                p++;
            }
        }
        if (p < s.length() && Ascii.isDigit(s.charAt(p))) return null;
        int y;
        int m;
        int d;
        if (len[0] == 4) {
            y = n[0];
            m = n[1];
            d = n[2];
        } else {
            y = len[2] == 4 ? n[2] : len[2] <= 2 ? twoDigitYear(n[2]) : -1;
            m = n[0];
            d = n[1];
            if (m > 12 && d <= 12) {
                int t = m;
                m = d;
                d = t;
            }
        }
        LocalDate date = date(y, m, d);
        return date == null ? null : new Found(date, p);
    }

    /** {@code 21 JUNE 2006} */
    private static Found dayMonthYear(String s, int i) {
        int p = i;
        while (p < s.length() && Ascii.isDigit(s.charAt(p)) && p - i < 2) p++;
        int d = Integer.parseInt(s, i, p, 10);
        p = Ascii.skipSpaces(s, p);
        int m = month(s, p);
        if (m < 0) return null;
        while (p < s.length() && Ascii.isLetter(s.charAt(p))) p++;
        if (p < s.length() && s.charAt(p) == '.') p++;
        p = Ascii.skipSpaces(s, p);
        return year(s, p, m, d);
    }

    /** {@code JUNE 21, 2006} */
    private static Found monthDayYear(String s, int i) {
        int m = month(s, i);
        if (m < 0) return null;
        int p = i;
        while (p < s.length() && Ascii.isLetter(s.charAt(p))) p++;
        if (p < s.length() && s.charAt(p) == '.') p++;
        p = Ascii.skipSpaces(s, p);
        int st = p;
        while (p < s.length() && Ascii.isDigit(s.charAt(p)) && p - st < 2) p++;
        if (p == st) return null;
        int d = Integer.parseInt(s, st, p, 10);
        if (p < s.length() && s.charAt(p) == ',') p++;
        p = Ascii.skipSpaces(s, p);
        return year(s, p, m, d);
    }

    private static Found year(String s, int p, int m, int d) {
        int st = p;
        while (p < s.length() && Ascii.isDigit(s.charAt(p)) && p - st < 4) p++;
        if (p - st != 4 && p - st != 2) return null;
        int y = Integer.parseInt(s, st, p, 10);
        LocalDate date = date(p - st == 2 ? twoDigitYear(y) : y, m, d);
        return date == null ? null : new Found(date, p);
    }

    private static int month(String s, int i) {
        for (int k = 0; k < 12; k++) {
            if (Ascii.regionIs(s, i, MONTHS[k])) return k + 1;
        }
        return -1;
    }

    /** Two-digit years: cables run from the 1960s, declassification dates into the 2030s. */
    static int twoDigitYear(int yy) {
        return yy < 60 ? 2000 + yy : 1900 + yy;
    }

    private static LocalDate date(int y, int m, int d) {
        if (y < 1900 || y > 2200) return null;
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
