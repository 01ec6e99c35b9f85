package org.chancery.cable.read;

import org.chancery.cable.model.Address;
import org.chancery.cable.model.Precedence;

/**
 * Reads one addressee (or originator) as written after {@code FM}, {@code TO} or {@code INFO}, or on a
 * continuation line: {@code [RI/]PLAD [precedence] [MCN]}. Read from both ends: the routing indicator is what
 * stands before the first slash when that is an RI; the message continuity number is a trailing group of
 * digits; the precedence is the word (or {@code NIACT IMMEDIATE}) before it; the PLAD is what remains, as
 * written. Office symbols such as {@code //J-5//} stay in the PLAD.
 */
final class AddressParser {

    private static final String[] PRECEDENCE_WORDS = {"PRIORITY", "IMMEDIATE", "ROUTINE", "FLASH"};

    private AddressParser() {
    }

    /**
     * The address, and when its precedence word was misspelled, the word as written and its column in the
     * parsed line (else null and -1).
     */
    record Parsed(Address address, String misspelling, int misspellingColumn) {
    }

    /** Parses tokens {@code from} to the end of {@code line}. */
    static Parsed parse(HeaderLine line, int from) {
        String ri = null;
        int first = from;
        int last = line.size(); // exclusive
        String text = line.text();
        String plad;
        // RI: the first token up to its first slash, when that part is a routing indicator.
        String firstToken = first < last ? line.get(first) : "";
        int slash = firstToken.indexOf('/');
        int pladStart = -1;
        if (slash > 0 && HeaderLine.isRoutingIndicator(firstToken.substring(0, slash))) {
            ri = firstToken.substring(0, slash);
            pladStart = line.start(first) + slash + 1;
            if (slash + 1 == firstToken.length()) {
                first++; // "RUEHC/ SECSTATE": the PLAD starts with the next token
                pladStart = -1;
            }
        }
        String mcn = null;
        if (last - first >= 2 && isMcn(line.get(last - 1))) {
            mcn = line.get(last - 1);
            last--;
        }
        Precedence precedence = null;
        String misspelling = null;
        int misspellingColumn = -1;
        if (last - first >= 2) {
            String word = line.get(last - 1);
            Precedence p = precedenceWord(word);
            if (p == null) {
                p = nearPrecedenceWord(word);
                if (p != null) {
                    misspelling = word;
                    misspellingColumn = line.start(last - 1);
                }
            }
            if (p != null) {
                precedence = p;
                last--;
                if (p == Precedence.IMMEDIATE && last - first >= 2 && line.is(last - 1, "NIACT")) {
                    precedence = Precedence.NIACT_IMMEDIATE;
                    last--;
                }
            }
        }
        if (first < last) {
            int start = pladStart >= 0 ? pladStart : line.start(first);
            plad = text.substring(start, line.end(last - 1));
        } else {
            plad = null;
        }
        if (plad != null && plad.isEmpty()) plad = null;
        return new Parsed(new Address(ri, plad, precedence, mcn), misspelling, misspellingColumn);
    }

    /** A message continuity number: digits only; four as a rule, fewer or more are read and left to lint. */
    private static boolean isMcn(String s) {
        return s.length() <= 6 && HeaderLine.isDigits(s);
    }

    private static Precedence precedenceWord(String w) {
        return switch (w) {
            case "FLASH" -> Precedence.FLASH;
            case "IMMEDIATE" -> Precedence.IMMEDIATE;
            case "PRIORITY" -> Precedence.PRIORITY;
            case "ROUTINE" -> Precedence.ROUTINE;
            default -> null;
        };
    }

    /**
     * The precedence a misspelled word stands for ({@code PRIOITY}, {@code IMMEDAITE}, {@code ROUTNE}): one
     * letter dropped, added, changed or two neighbours swapped. Only words of six letters or more, so that no
     * short PLAD word is taken for a precedence.
     */
    static Precedence nearPrecedenceWord(String w) {
        if (w.length() < 6 || !HeaderLine.isUpperLetters(w, 0, w.length())) return null;
        for (String word : PRECEDENCE_WORDS) {
            if (word.length() >= 6 && oneEditApart(w, word)) return precedenceWord(word);
        }
        return null;
    }

    /** True when {@code a} and {@code b} differ by exactly one edit (optimal string alignment distance 1). */
    static boolean oneEditApart(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1 || a.equals(b)) return false;
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) i++;
        if (la == lb) {
            if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) return true; // substitution
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2); // transposition
        }
        if (la > lb) return a.regionMatches(i + 1, b, i, lb - i); // a has one extra letter
        return b.regionMatches(i + 1, a, i, la - i); // a lacks one letter
    }
}
