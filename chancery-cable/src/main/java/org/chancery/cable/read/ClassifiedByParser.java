package org.chancery.cable.read;

import org.chancery.cable.model.ClassifiedBy;

import java.util.ArrayList;
import java.util.List;

/**
 * The classification authority: {@code Classified By: Charge Mary Thompson-Jones for reasons 1.4 (b) and (d).}
 * and its variants: the word doubled ({@code Classified By: Classified by DCM …}), {@code Reason(s): 1.4 (B/D)},
 * {@code 1.4(b,d)}, {@code 1.5 (b) (d)}, a name before its title after a comma, {@code 0} typed for {@code O}.
 * Reasons come back normalised: {@code 1.4(b)}.
 */
public final class ClassifiedByParser {

    private ClassifiedByParser() {
    }

    /** The end of the keyword at {@code i} ({@code Classified By:}, {@code CLASSIFIED BY}), or -1. */
    static int keywordEnd(String s, int i) {
        if (!Ascii.regionIs(s, i, "CLASSIFIED")) return -1;
        int p = Ascii.skipSpaces(s, i + 10);
        if (!Ascii.regionIs(s, p, "BY") || !Ascii.boundaryAt(s, p + 2)) return -1;
        p += 2;
        p = Ascii.skipSpaces(s, p);
        if (p < s.length() && (s.charAt(p) == ':' || s.charAt(p) == '-')) p++;
        return p;
    }

    /** Reads the statement; {@code text} starts at the keyword (lines joined by spaces). Never null. */
    public static ClassifiedBy parse(String text) {
        String whole = Ascii.collapse(text);
        int p = keywordEnd(whole, 0);
        if (p < 0) p = 0;
        p = Ascii.skipSpaces(whole, p);
        int again = keywordEnd(whole, p); // "Classified By: Classified by DCM …"
        if (again > 0) p = Ascii.skipSpaces(whole, again);
        int reasonAt = reasonStart(whole, p);
        String authority = whole.substring(p, reasonAt < 0 ? whole.length() : reasonAt);
        authority = trimAuthority(authority);
        List<String> reasons = reasonAt < 0 ? List.of() : reasons(whole, reasonAt);
        String name = null;
        String title = null;
        if (!authority.isEmpty()) {
            authority = fixZeros(authority);
            int comma = authority.indexOf(',');
            String head = comma < 0 ? authority : Ascii.trim(authority.substring(0, comma));
            String tail = comma < 0 ? "" : Ascii.trim(authority.substring(comma + 1));
            int nameStart = nameStart(head);
            name = Ascii.trim(head.substring(nameStart));
            String prefix = Ascii.trim(head.substring(0, nameStart));
            title = prefix.isEmpty() ? (tail.isEmpty() ? null : tail)
                    : tail.isEmpty() ? prefix : prefix + ", " + tail;
            if (name.isEmpty()) name = null;
        }
        return new ClassifiedBy(name, title, reasons, whole);
    }

    /** Where the reasons begin: {@code for reason(s)}, {@code reason(s):}, {@code per}, or the first {@code 1.4}. */
    private static int reasonStart(String s, int from) {
        int r = Ascii.indexOf(s, "REASON", from);
        int e = Ascii.indexOf(s, "E.O.", from);
        int sec = sectionAt(s, from);
        int at = r;
        if (at < 0 || (sec >= 0 && sec < at)) at = sec;
        if (e >= 0 && (at < 0 || e < at)) at = e;
        if (at < 0) return -1;
        // take a preceding "for" / "under" / "per" with it
        int q = at;
        while (q > from && Ascii.isSpace(s.charAt(q - 1))) q--;
        for (String w : new String[] {"FOR", "UNDER", "PER", "BASED ON"}) {
            if (q - w.length() >= from && Ascii.regionIs(s, q - w.length(), w)
                    && Ascii.boundaryBefore(s, q - w.length())) {
                return q - w.length();
            }
        }
        return at;
    }

    /** The first section number {@code 1.4}/{@code 1.5}/{@code 1.6} at or after {@code from}, or -1. */
    private static int sectionAt(String s, int from) {
        for (int i = from; i + 2 < s.length(); i++) {
            if (s.charAt(i) == '1' && s.charAt(i + 1) == '.' && s.charAt(i + 2) >= '4' && s.charAt(i + 2) <= '6'
                    && Ascii.boundaryBefore(s, i) && (i + 3 >= s.length() || !Ascii.isDigit(s.charAt(i + 3)))) {
                return i;
            }
        }
        return -1;
    }

    private static String trimAuthority(String a) {
        String t = Ascii.trim(a);
        while (!t.isEmpty() && ",;.:-".indexOf(t.charAt(t.length() - 1)) >= 0
                && !(t.length() >= 2 && Ascii.isUpperLetter(t.charAt(t.length() - 2)) && t.charAt(t.length() - 1) == '.'
                && (t.length() == 2 || t.charAt(t.length() - 3) == ' '))) {
            t = Ascii.trim(t.substring(0, t.length() - 1));
        }
        return t;
    }

    /**
     * Where the person's name begins in {@code Title Given [Initials] Surname}: the surname (last word), the
     * initials before it and one given name; what is before is the title. A lone word is a name.
     */
    static int nameStart(String head) {
        String[] w = head.split(" ");
        if (w.length <= 2) {
            if (w.length == 2 && isTitleWord(w[0])) return w[0].length() + 1;
            return 0;
        }
        int k = w.length - 1; // surname
        k--;
        while (k > 0 && isInitial(w[k])) k--;
        // k is now the given name, unless it is a title word
        if (isTitleWord(w[k])) k++;
        int pos = 0;
        for (int j = 0; j < k; j++) pos += w[j].length() + 1;
        return pos;
    }

    private static boolean isInitial(String w) {
        return (w.length() == 2 && Ascii.isLetter(w.charAt(0)) && w.charAt(1) == '.')
                || (w.length() == 1 && Ascii.isLetter(w.charAt(0)));
    }

    private static boolean isTitleWord(String w) {
        String u = Ascii.upper(w);
        return switch (u) {
            case "AMBASSADOR", "CHARGE", "DCM", "CDA", "POLOFF", "ECONOFF", "COUNSELOR", "CONSUL", "OFFICER",
                 "DIRECTOR", "CHIEF", "SECRETARY", "ATTACHE", "POLITICAL", "ECONOMIC", "DEPUTY", "ACTING",
                 "MINISTER", "OF", "FOR", "AND", "POLCOUNS", "ECONCOUNS", "CG", "PO", "A/DCM", "D'AFFAIRES",
                 "AFFAIRES", "A.I.", "POL/ECON", "ASSISTANT", "UNDER", "SECSTATE", "ADMINISTRATOR" -> true;
            default -> false;
        };
    }

    /** {@code P0LITICAL} → {@code POLITICAL}: a zero inside a word of letters is a letter O. */
    private static String fixZeros(String s) {
        if (s.indexOf('0') < 0) return s;
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            if (cs[i] == '0' && ((i > 0 && Ascii.isLetter(cs[i - 1])) || (i + 1 < cs.length && Ascii.isLetter(cs[i + 1])))) {
                cs[i] = Character.isLowerCase(i > 0 ? cs[i - 1] : 'A') ? 'o' : 'O';
            }
        }
        return new String(cs);
    }

    /**
     * The reasons after {@code from}: a section number then single letters in any punctuation ({@code 1.4 (b) and
     * (d)}, {@code 1.4(B/D)}, {@code 1.4 b, d}); a new section number switches section. Letters without a section
     * number are read as 1.4.
     */
    static List<String> reasons(String s, int from) {
        List<String> out = new ArrayList<>(3);
        String section = null;
        int n = s.length();
        int i = from;
        int words = 0; // long words in a row: the reasons are over when prose resumes
        while (i < n) {
            char c = s.charAt(i);
            if (c == '1' && i + 2 < n && s.charAt(i + 1) == '.' && s.charAt(i + 2) >= '4' && s.charAt(i + 2) <= '6'
                    && (i + 3 >= n || !Ascii.isDigit(s.charAt(i + 3)))) {
                section = s.substring(i, i + 3);
                i += 3;
                words = 0;
                continue;
            }
            if (Ascii.isLetter(c)) {
                int st = i;
                while (i < n && Ascii.isLetter(s.charAt(i))) i++;
                if (i - st == 1) {
                    char l = Character.toLowerCase(c);
                    boolean inParens = st > 0 && (s.charAt(st - 1) == '(' || s.charAt(st - 1) == '/'
                            || s.charAt(st - 1) == ',' || s.charAt(st - 1) == '&');
                    if (l >= 'a' && l <= 'h' && (section != null || inParens)) {
                        String r = (section == null ? "1.4" : section) + "(" + l + ")";
                        if (!out.contains(r)) out.add(r);
                    }
                    words = 0;
                } else if (i - st > 3 && !Ascii.regionIs(s, st, "REASON") && !Ascii.regionIs(s, st, "SECTION")) {
                    if (section != null || !out.isEmpty()) {
                        if (++words >= 1 && !out.isEmpty()) break;
                    }
                }
                continue;
            }
            i++;
        }
        return out;
    }
}
