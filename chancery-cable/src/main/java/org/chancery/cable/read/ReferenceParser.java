package org.chancery.cable.read;

import org.chancery.cable.model.Reference;
import org.chancery.cable.model.ReferenceKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The items of a REF block (the text after the keyword, lines joined): lettered with {@code A.}, {@code A)},
 * {@code (A)}, {@code [A]} or {@code REF A}, or separated by semicolons. A cable reference is an optional 2- or
 * 4-digit year, a post (aliases such as SECSTATE resolved) and a number, giving a canonical id; a reference
 * without a year takes the citing cable's year. E-mails, telcons, memos and OSC reports are recognised by word.
 */
public final class ReferenceParser {

    private ReferenceParser() {
    }

    /** Word separators of one reference item (a short, isolated string). */
    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[\\s,:;]+");

    private static final Set<String> NOT_POST = Set.of("REF", "REFS", "REFTEL", "REFTELS", "AND", "ALSO", "SEE",
            "IN", "OF", "THE", "DATED", "NOTAL", "PREVIOUS", "CIRCULAR", "NO", "NR", "NUMBER", "PARA", "PARAS",
            "PARAGRAPH", "ON", "AT", "TO", "FROM", "FOR", "BY", "A", "B", "C", "D", "E", "F", "G", "H", "AS", "IS",
            "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC",
            "JANUARY", "FEBRUARY", "MARCH", "APRIL", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER",
            "DECEMBER", "STATE'S", "CABLE", "TEL", "MSG", "MESSAGE");

    /**
     * @param text       the block's text after the REF keyword
     * @param citingYear the citing cable's two-digit year, or -1 when not known
     */
    public static List<Reference> parse(String text, int citingYear) {
        List<Reference> out = new ArrayList<>(4);
        String t = Ascii.trim(text);
        if (t.isEmpty()) return out;
        int[] starts = new int[27];
        int[] ends = new int[27];
        int bullets = 0;
        int n = t.length();
        char expect = 'A';
        for (int i = 0; i < n && bullets < 26; i++) {
            if (i > 0 && !Ascii.isSpace(t.charAt(i - 1)) && t.charAt(i - 1) != ';' && t.charAt(i - 1) != ',') continue;
            int end = bulletEnd(t, i, expect);
            if (end < 0 && bullets == 0 && expect == 'A') continue;
            if (end < 0) continue;
            starts[bullets] = i;
            ends[bullets] = end;
            bullets++;
            expect++;
            i = end - 1;
        }
        if (bullets == 0) {
            int s = 0;
            for (int i = 0; i <= n; i++) {
                if (i == n || t.charAt(i) == ';') {
                    String item = Ascii.trim(t.substring(s, i));
                    if (!item.isEmpty()) out.add(item(null, item, citingYear));
                    s = i + 1;
                }
            }
            return out;
        }
        String lead = Ascii.trim(t.substring(0, starts[0]));
        // "REF: REF (A) …": the label written twice is no reference
        if (!lead.isEmpty() && !isLabel(lead)) out.add(item(null, lead, citingYear));
        for (int b = 0; b < bullets; b++) {
            int e = b + 1 < bullets ? starts[b + 1] : n;
            String item = trimSeparators(t.substring(ends[b], e));
            out.add(item(String.valueOf((char) ('A' + b)), item, citingYear));
        }
        return out;
    }

    /** {@code REF}, {@code REFS:}, {@code REFTEL}…: the block's label itself. */
    static boolean isLabel(String s) {
        String u = Ascii.upper(s.endsWith(":") ? s.substring(0, s.length() - 1) : s);
        return u.equals("REF") || u.equals("REFS") || u.equals("REFTEL") || u.equals("REFTELS");
    }

    /** The end of a bullet for {@code letter} at {@code i} ({@code A.}, {@code A)}, {@code (A)}, {@code [A]}, {@code REF A}), or -1. */
    private static int bulletEnd(String t, int i, char letter) {
        int n = t.length();
        int p = i;
        if (Ascii.regionIs(t, p, "REF ") || Ascii.regionIs(t, p, "REFTEL ")) {
            int q = Ascii.skipSpaces(t, t.indexOf(' ', p));
            if (q < n && Ascii.upper(t.charAt(q)) == letter && Ascii.boundaryAt(t, q + 1)) {
                q++;
                if (q < n && (t.charAt(q) == '.' || t.charAt(q) == ':' || t.charAt(q) == ')')) q++;
                return q;
            }
            return -1;
        }
        if (t.charAt(p) == '\u00B6' && p + 1 < n) p++; // "¶B." as a publisher wrote bullets too
        char c = t.charAt(p);
        if (c == '(' || c == '[') {
            char close = c == '(' ? ')' : ']';
            if (p + 2 < n && t.charAt(p + 1) == letter && t.charAt(p + 2) == close) return p + 3;
            return -1;
        }
        if (c == letter && p + 1 < n && (t.charAt(p + 1) == '.' || t.charAt(p + 1) == ')')) {
            int q = p + 2;
            if (q >= n || Ascii.isSpace(t.charAt(q))) return q;
        }
        return -1;
    }

    private static String trimSeparators(String s) {
        String t = Ascii.trim(s);
        while (!t.isEmpty() && (t.endsWith(";") || t.endsWith(",") || t.endsWith(" AND") || t.endsWith(" and"))) {
            t = Ascii.trim(t.endsWith(";") || t.endsWith(",") ? t.substring(0, t.length() - 1)
                    : t.substring(0, t.length() - 4));
        }
        return t;
    }

    static Reference item(String letter, String text, int citingYear) {
        String up = Ascii.upper(text);
        boolean notal = up.contains("NOTAL");
        ReferenceKind kind;
        String id = null;
        if (hasWord(up, "E-MAIL") || hasWord(up, "EMAIL") || hasWord(up, "E-MAILS") || hasWord(up, "EMAILS")
                || up.contains("E-MAIL") || hasWord(up, "UNCLASS E-MAIL")) {
            kind = ReferenceKind.EMAIL;
        } else if (up.contains("TELCON") || up.contains("TELECON") || up.contains("PHONE CALL")
                || up.contains("TELEPHONE")) {
            kind = ReferenceKind.TELCON;
        } else if (up.contains("MEMCON") || hasWord(up, "MEMO") || up.contains("MEMORANDUM")) {
            kind = ReferenceKind.MEMO;
        } else if (hasWord(up, "OSC")) {
            kind = ReferenceKind.OSC;
        } else {
            id = cableId(up, citingYear);
            kind = id != null ? ReferenceKind.CABLE : ReferenceKind.OTHER;
        }
        return new Reference(letter, kind, id, text, notal);
    }

    private static boolean hasWord(String up, String word) {
        int i = up.indexOf(word);
        while (i >= 0) {
            if (Ascii.boundaryBefore(up, i) && Ascii.boundaryAt(up, i + word.length())) return true;
            i = up.indexOf(word, i + 1);
        }
        return false;
    }

    /** The canonical id of the first cable reference in an item, or null. */
    static String cableId(String up, int citingYear) {
        String[] tok = SEPARATORS.split(up);
        for (int k = 0; k < tok.length; k++) {
            String w = stripPunct(tok[k]);
            String fused = fusedId(w);
            if (fused != null) return fused;
            int d = 0;
            while (d < w.length() && Ascii.isDigit(w.charAt(d))) d++;
            if (d == 0 || d > 7 || d != w.length() && Ascii.isDigit(w.charAt(w.length() - 1))) continue;
            int p = k - 1;
            int words = 0;
            StringBuilder post = new StringBuilder();
            // A post the catalog knows wins, however many words it has (HO CHI MINH CITY, PORT OF SPAIN, TEL AVIV).
            boolean known = false;
            for (int m = Math.min(4, k); m >= 2 && !known; m--) {
                StringBuilder candidate = new StringBuilder();
                for (int q = k - m; q < k; q++) candidate.append(q > k - m ? " " : "").append(stripPunct(tok[q]));
                if (Catalogs.postByMrnOrigin(candidate.toString()).isPresent()) {
                    post.append(candidate.toString().replace(" ", ""));
                    words = m;
                    p = k - m - 1;
                    known = true;
                }
            }
            int fusedYear = -1;
            if (!known && p >= 0) {
                // "08PRAGUE 123": the year run into the post
                String pw = stripPunct(tok[p]);
                int dd = 0;
                while (dd < pw.length() && Ascii.isDigit(pw.charAt(dd))) dd++;
                if ((dd == 2 || dd == 4) && pw.length() - dd >= 2 && Ascii.allLetters(pw.substring(dd))) {
                    fusedYear = Integer.parseInt(pw, 0, dd, 10) % 100;
                    post.append(pw, dd, pw.length());
                    words = 1;
                    known = true;
                }
            }
            while (!known && p >= 0 && words < 3) {
                String pw = stripPunct(tok[p]);
                if (!Ascii.allLetters(pw) || pw.length() < 2 && words == 0
                        || NOT_POST.contains(pw) && !(pw.equals("THE") && post.toString().equals("HAGUE"))) break;
                post.insert(0, pw);
                words++;
                p--;
            }
            if (words == 0) continue;
            int year = fusedYear >= 0 ? fusedYear : citingYear;
            if (fusedYear < 0 && p >= 0) {
                String yw = stripPunct(tok[p]);
                if (Ascii.allDigits(yw) && (yw.length() == 2 || yw.length() == 4)) {
                    year = Integer.parseInt(yw) % 100;
                }
            }
            if (year < 0) return null;
            String number = Ascii.stripLeadingZeros(w.substring(0, d));
            return twoDigits(year) + Catalogs.idPrefix(post.toString()) + number;
        }
        return null;
    }

    /** {@code 09STATE12345} written as one word. */
    private static String fusedId(String w) {
        if (w.length() < 5 || !Ascii.isDigit(w.charAt(0)) || !Ascii.isDigit(w.charAt(1))) return null;
        int p = 2;
        while (p < w.length() && Ascii.isUpperLetter(w.charAt(p))) p++;
        if (p - 2 < 2 || p == w.length()) return null;
        for (int q = p; q < w.length(); q++) if (!Ascii.isDigit(w.charAt(q))) return null;
        return w.substring(0, 2) + Catalogs.idPrefix(w.substring(2, p)) + Ascii.stripLeadingZeros(w.substring(p));
    }

    private static String stripPunct(String w) {
        int a = 0;
        int b = w.length();
        while (a < b && !Character.isLetterOrDigit(w.charAt(a))) a++;
        while (b > a && !Character.isLetterOrDigit(w.charAt(b - 1))) b--;
        return w.substring(a, b);
    }

    static String twoDigits(int y) {
        int yy = ((y % 100) + 100) % 100;
        return yy < 10 ? "0" + yy : String.valueOf(yy);
    }
}
