package org.chancery.cable.read;

import java.util.ArrayList;
import java.util.List;

/**
 * The signature: the last line of the text when it is a surname or a short list of names ({@code RICE},
 * {@code Thompson-Jones}, {@code CLINTON, GATES}), or the same words run onto the end of the last paragraph
 * after its final sentence ({@code … of Defense Flournoy. Thompson-Jones}). Names come back upper-cased.
 *
 * @param names     the signers, upper case
 * @param wholeLine whether the signature is the whole line
 * @param cut       for a signature run onto a paragraph, where it begins in the line
 */
record Signature(List<String> names, boolean wholeLine, int cut) {

    /** The signature in the last text line, or null. */
    static Signature of(String line) {
        String t = Ascii.trim(line);
        if (t.isEmpty()) return null;
        List<String> whole = names(t, true);
        if (whole != null) return new Signature(whole, true, line.length());
        // "… last sentence. Surname": the words after the last sentence end
        int end = t.length();
        if (end > 4000) return null;
        char lastChar = t.charAt(end - 1);
        if (lastChar == '.' || lastChar == ':' || lastChar == ')' || lastChar == '"') return null;
        int i = end - 1;
        int spaces = 0;
        while (i > 0 && end - i < 48) {
            char c = t.charAt(i);
            if (Ascii.isSpace(c)) {
                spaces++;
                char p = t.charAt(i - 1);
                if ((p == '.' || p == '!' || p == '?' || p == '"' || p == ')') && isSentenceEnd(t, i - 1)) {
                    List<String> names = names(t.substring(i + 1), false);
                    if (names == null) return null;
                    int offset = line.indexOf(t) + i;
                    return new Signature(names, false, offset);
                }
            }
            i--;
        }
        return null;
    }

    /** Not an abbreviation such as {@code U.S.} or an initial. */
    private static boolean isSentenceEnd(String t, int dot) {
        if (t.charAt(dot) != '.') return true;
        if (dot >= 2 && Ascii.isLetter(t.charAt(dot - 1)) && !Ascii.isLetter(t.charAt(dot - 2))) return false;
        return true;
    }

    private static final String[] NOT_NAMES = {"END", "BT", "NNNN", "SIPDIS", "UNQUOTE", "QUOTE", "COMMENT",
            "SUMMARY", "NOTE", "TEXT", "CONFIDENTIAL", "SECRET", "UNCLASSIFIED", "UNCLAS", "NOFORN", "SENSITIVE",
            "PAGE", "THE", "AND", "FOR", "TO", "OF", "IN", "ON", "AT", "A", "AN", "IS", "WAS", "ARE", "BE", "TAGS",
            "SUBJECT", "REF", "ACTION", "INFO", "PARA", "SEE", "END.", "LIMITED", "OFFICIAL", "USE", "DECONTROLLED"};

    /**
     * The names of a signature text, or null when it is not one: one to four words of letters (hyphens,
     * apostrophes, initials), each capitalised, separated by spaces or commas; no digits.
     */
    private static List<String> names(String s, boolean wholeLine) {
        if (s.length() > 48) return null;
        String t = Ascii.trim(s);
        if (wholeLine && t.endsWith(".") && t.indexOf(' ') < 0) t = t.substring(0, t.length() - 1);
        if (t.isEmpty()) return null;
        List<String> names = new ArrayList<>(2);
        StringBuilder cur = new StringBuilder();
        int words = 0;
        int i = 0;
        int n = t.length();
        while (i < n) {
            char c = t.charAt(i);
            if (c == ',' || c == ';' || c == '/') {
                if (!cur.isEmpty()) names.add(cur.toString());
                cur.setLength(0);
                i++;
                continue;
            }
            if (Ascii.isSpace(c)) {
                i++;
                continue;
            }
            int st = i;
            while (i < n && !Ascii.isSpace(t.charAt(i)) && t.charAt(i) != ',' && t.charAt(i) != ';'
                    && t.charAt(i) != '/') {
                i++;
            }
            String w = t.substring(st, i);
            if (!isNameWord(w)) return null;
            words++;
            if (words > 4) return null;
            if (!cur.isEmpty()) cur.append(' ');
            cur.append(Ascii.upper(w));
        }
        if (!cur.isEmpty()) names.add(cur.toString());
        return names.isEmpty() ? null : names;
    }

    private static boolean isNameWord(String w) {
        if (w.isEmpty() || !Ascii.isUpperLetter(w.charAt(0))) return false;
        boolean letter = false;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Character.isLetter(c)) {
                letter = true;
            } else if (c == '.') {
                // only initials carry a period: J. or J.R.
                if (k == 0 || !Character.isLetter(w.charAt(k - 1)) || (k >= 2 && Character.isLetter(w.charAt(k - 2)))) {
                    return false;
                }
            } else if (c != '-' && c != '\'') {
                return false;
            }
        }
        if (!letter) return false;
        String up = Ascii.upper(w);
        for (String x : NOT_NAMES) {
            if (x.equals(up)) return false;
        }
        return true;
    }
}
