package org.chancery.cable.read;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Inputs of about 1 MB built to push each part of the reader towards its worst case: one endless line, long runs
 * of one opening, and many lines of one heading field or envelope line. The reader must stay linear on all of
 * them; {@link AdversarialInputsTest} checks that they read and tile. They are public so that a benchmark can
 * time them (no timing in unit tests).
 */
public final class AdversarialInputs {

    private static final int SIZE = 1 << 20;
    private static final int LINES = 100_000;

    private AdversarialInputs() {
    }

    /** Named inputs, in a stable order. */
    public static Map<String, String> all() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("one line of letters", fill("ABCDEFGHIJ KLMNOPQRS "));
        m.put("one line of spaces", fill(" "));
        m.put("one line of (", fill("("));
        m.put("one line of '1. (C) '", fill("1. (C) "));
        m.put("one line of '2. (C) '", fill("2. (C) "));
        m.put("one line of '. 2. (C) X'", fill(". 2. (C) X"));
        m.put("one line of E.O.", fill("E.O. "));
        m.put("one line of 'E '", fill("E "));
        m.put("one line of 'E' then spaces", "E" + fill(" "));
        m.put("one line of TAGS:", fill("TAGS: "));
        m.put("one line of SUBJECT:", fill("SUBJECT: "));
        m.put("one line of REF: A.", fill("REF: A. "));
        m.put("one line of Classified By", fill("Classified By "));
        m.put("one line of SUMMARY", fill("SUMMARY "));
        m.put("one line of -", fill("-"));
        m.put("one line of ¶", fill("\u00B6"));
        m.put("one line of S E C R E T", fill("S E C R E T "));
        m.put("lines of TAGS:", lines("TAGS: PREL"));
        m.put("lines of TAGS", lines("TAGS"));
        m.put("lines of REF: A.", lines("REF: A."));
        m.put("lines of A. STATE 1", lines("A. STATE 1"));
        m.put("lines of SUBJECT:", lines("SUBJECT: X"));
        m.put("lines of PAGE 02", lines("PAGE 02 ROME 01196 01 OF 02 082030Z"));
        m.put("lines of VZCZC", lines("VZCZC"));
        m.put("lines of VZCZCXRO0224", lines("VZCZCXRO0224"));
        m.put("lines of RUEHAB", lines("RUEHAB RUEHCD"));
        m.put("lines of INFO RUEHC/X", lines("INFO RUEHC/SECSTATE WASHDC 0001"));
        m.put("lines of RUEHC/X", lines("RUEHC/SECSTATE WASHDC 0001"));
        m.put("lines of DE", lines("DE RUEHZZ #0589/01 2751444"));
        m.put("lines of ZNY", lines("ZNY CCCCC ZZH"));
        m.put("lines of DTG", lines("R 021444Z OCT 09"));
        m.put("lines of FM", lines("FM AMEMBASSY ATLANTIS"));
        m.put("lines of ORIGIN", lines("INFO  LOG-00   EX-00"));
        m.put("lines of S E C R E T", lines("S E C R E T"));
        m.put("lines of S E C R E T spaced", lines("S E C R E T " + " ".repeat(40) + "S E C R E T"));
        m.put("lines of classification", lines("CONFIDENTIAL ATLANTIS 000001"));
        m.put("lines of SIPDIS", lines("SIPDIS"));
        m.put("lines of DEPT FOR", lines("DEPT FOR EUR/NB"));
        m.put("lines of E.O.", lines("E.O. 12958: DECL: 10/01/2011"));
        m.put("lines of Classified By", lines("Classified By: X"));
        m.put("lines of text", lines("XYZZY PLUGH"));
        m.put("lines of 1. (C)", lines("1. (C) X"));
        m.put("lines of (C)", lines("(C)"));
        m.put("lines of ¶2.", lines("\u00B62. X"));
        m.put("lines of SUMMARY:", lines("SUMMARY: X"));
        m.put("lines of BT", lines("BT"));
        m.put("lines of NNNN", lines("NNNN"));
        m.put("lines of #0589", lines("#0589"));
        m.put("blank lines", lines(""));
        m.put("header then Classified By and text", "UNCLAS ATLANTIS 000001\nClassified By: X\n" + lines("MORE TEXT"));
        m.put("header then body Classified By and text",
                "UNCLAS ATLANTIS 000001\nSUBJECT: X\n\n1. (U) X\nCLASSIFIED BY X\n" + lines("MORE TEXT"));
        m.put("header then TAGS and tag lines", "UNCLAS ATLANTIS 000001\nTAGS: PREL\n" + lines("PREL PGOV"));
        m.put("header then SUBJECT and lines", "UNCLAS ATLANTIS 000001\nSUBJECT: X\n" + lines("MORE SUBJECT"));
        m.put("header then REF and bullets", "UNCLAS ATLANTIS 000001\nREF: A. STATE 1\n\n" + lines("B. STATE 2\n"));
        m.put("header then passing lines", "UNCLAS ATLANTIS 000001\n" + lines("DEPT FOR X"));
        m.put("text lines with a keyword every 59", every(59, "OFFICE LIST", "TAGS: PREL"));
        m.put("summary without end", "UNCLAS ATLANTIS 000001\nSUBJECT: X\n\n1. (U) SUMMARY: "
                + lines("X") + "\n" + lines("2. (U) Y"));
        m.put("html of <pre>", fill("<pre>"));
        m.put("html of &#", fill("&#"));
        m.put("html of <", fill("<"));
        m.put("html of <!--", fill("<!--"));
        return m;
    }

    /** {@code piece} repeated to about 1 MB, without a line break. */
    static String fill(String piece) {
        return piece.repeat(Math.max(1, SIZE / Math.max(1, piece.length())));
    }

    /** Lines of {@code line}: 100,000 of them, or fewer to stay within about 1 MB. */
    static String lines(String line) {
        return (line + "\n").repeat(Math.min(LINES, SIZE / (line.length() + 1)));
    }

    /** 100,000 lines of {@code line}, every {@code k}-th one {@code keyword} instead. */
    static String every(int k, String line, String keyword) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < LINES; i++) sb.append(i % k == k - 1 ? keyword : line).append('\n');
        return sb.toString();
    }
}
