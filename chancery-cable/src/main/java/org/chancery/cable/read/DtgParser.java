package org.chancery.cable.read;

import org.chancery.cable.model.Dtg;

/**
 * Reads a date-time group written as three tokens, {@code DDHHMMZ MON YY} (or a four-digit year): day, hour,
 * minute, zone letter, month abbreviation, year. Shape and values are checked apart, so a line that is
 * clearly meant as a DTG but carries an impossible value (month {@code XXX}, hour 25) is still recognised and
 * reported rather than taken for text.
 */
final class DtgParser {

    private static final String MONTHS = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC";

    /** Two-digit years from this value up are 19xx; below it 20xx (the corpus runs 1966–2010). */
    static final int CENTURY_PIVOT = 40;

    private DtgParser() {
    }

    /** A DTG, or the reason a DTG-shaped group is not a valid one. Exactly one of the two is non-null. */
    record Parsed(Dtg dtg, String problem) {
    }

    /** Whether tokens {@code i}, {@code i+1}, {@code i+2} have the shape of a DTG. */
    static boolean isDtgAt(HeaderLine t, int i) {
        if (i + 2 >= t.size()) return false;
        int s = t.start(i);
        String text = t.text();
        if (t.end(i) - s != 7) return false;
        for (int k = 0; k < 6; k++) {
            char c = text.charAt(s + k);
            if (c < '0' || c > '9') return false;
        }
        if (!Character.isLetter(text.charAt(s + 6))) return false;
        int ms = t.start(i + 1);
        if (t.end(i + 1) - ms != 3) return false;
        for (int k = 0; k < 3; k++) {
            if (!Character.isLetter(text.charAt(ms + k))) return false;
        }
        int ylen = t.end(i + 2) - t.start(i + 2);
        return (ylen == 2 || ylen == 4) && HeaderLine.isDigits(t.get(i + 2));
    }

    /** Parses the DTG at token {@code i}; call only when {@link #isDtgAt} holds. */
    static Parsed parse(HeaderLine t, int i) {
        String group = t.get(i);
        int day = twoDigits(group, 0);
        int hour = twoDigits(group, 2);
        int minute = twoDigits(group, 4);
        char zone = Character.toUpperCase(group.charAt(6));
        int month = monthOf(t.get(i + 1));
        String y = t.get(i + 2);
        int year = Integer.parseInt(y);
        if (y.length() == 2) year += year >= CENTURY_PIVOT ? 1900 : 2000;
        if (month == 0) return problem("unknown month '" + t.get(i + 1) + "': write JAN, FEB, … DEC");
        if (day < 1 || day > 31) return problem("day " + group.substring(0, 2) + " is not 01–31");
        if (hour > 24) return problem("hour " + group.substring(2, 4) + " is not 00–23");
        if (minute > 59) return problem("minute " + group.substring(4, 6) + " is not 00–59");
        return new Parsed(new Dtg(year, month, day, hour, minute, zone, y.length()), null);
    }

    private static Parsed problem(String message) {
        return new Parsed(null, message);
    }

    private static int twoDigits(String s, int at) {
        return (s.charAt(at) - '0') * 10 + (s.charAt(at + 1) - '0');
    }

    /** 1–12 for a three-letter English month abbreviation in any case, else 0. */
    static int monthOf(String mon) {
        if (mon.length() != 3) return 0;
        for (int m = 0; m < 12; m++) {
            if (MONTHS.regionMatches(true, m * 3, mon, 0, 3)) return m + 1;
        }
        return 0;
    }
}
