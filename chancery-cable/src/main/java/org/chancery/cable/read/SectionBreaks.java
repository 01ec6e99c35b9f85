package org.chancery.cable.read;

import org.chancery.cable.model.ClassificationLine;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the sections of a multi-section cable meet, when one text holds several of them one after another. Two
 * kinds: a complete transmission ends ({@code BT}, {@code #SSN}, {@code NNNN}) and another envelope starts; or,
 * as Cablegate has it and as the writer joins sections without an envelope, the classification line of a later
 * section ({@code … SECTION 02 OF 03 …}) comes again in the middle of the text.
 *
 * <p>One pass over the lines: a line is only looked at closer when it is {@code NNNN} or holds {@code SECTION}.
 */
final class SectionBreaks {

    /**
     * One break. {@code end} is the first line that no longer belongs to the section before (its trailer, or the
     * repeated classification line); {@code next} is the first line of the next section (its envelope, or that
     * classification line); {@code envelope} tells which kind.
     */
    record Break(int end, int next, boolean envelope) {
    }

    private SectionBreaks() {
    }

    /** The breaks after line {@code from}, in order. */
    static List<Break> find(Lines lines, int from) {
        List<Break> out = new ArrayList<>(0);
        int n = lines.count();
        String text = lines.text();
        String post = null;
        String mrn = null;
        int last = 0;                // the section number of the last section line seen
        boolean ownLineNext = false; // after a new envelope, the next SECTION line is that section's own
        int section = -1;            // the next "SECTION " at or after the line looked at (searched once)
        for (int i = Math.max(0, from); i < n; i++) {
            int s = lines.start(i);
            int e = lines.end(i);
            while (s < e && Ascii.isBlank(text.charAt(s))) s++;
            while (e > s && Ascii.isBlank(text.charAt(e - 1))) e--;
            if (e - s == 4 && text.startsWith("NNNN", s)) {
                int j = i + 1;
                while (j < n && lines.isBlank(j)) j++;
                if (j < n && EnvelopeReader.startsHeader(lines, j)) {
                    out.add(new Break(trailerStart(lines, i, from), j, true));
                    ownLineNext = true;
                    i = j;
                }
                continue;
            }
            if (section != Integer.MAX_VALUE && section < s) {
                section = text.indexOf("SECTION ", s);
                if (section < 0) section = Integer.MAX_VALUE;
            }
            if (section >= e || section - s > 60) continue;
            ClassificationLineParser.Result r = ClassificationLineParser.find(text.substring(s, e));
            if (r == null) continue;
            ClassificationLine line = r.line();
            if (line.section() == null || line.mrn() == null) continue;
            if (post == null || ownLineNext) {
                // the first section's line, or the line of a section that came with its envelope: the
                // telegram reader reads it as that section's classification line
                if (post == null) {
                    post = line.post();
                    mrn = line.mrn();
                }
                ownLineNext = false;
                last = line.section();
                continue;
            }
            // without an envelope only a later section counts: the same line again is a page heading
            if (line.mrn().equals(mrn) && java.util.Objects.equals(line.post(), post) && line.section() > last) {
                out.add(new Break(i, i, false));
                last = line.section();
            }
        }
        return out;
    }

    /** The first line of the BT / #SSN / NNNN group (and blank lines among it) that ends at line {@code nnnn}. */
    private static int trailerStart(Lines lines, int nnnn, int from) {
        int start = nnnn;
        for (int i = nnnn - 1; i > from; i--) {
            if (lines.isBlank(i)) continue;
            String t = lines.trimmed(i);
            if (t.equals("BT") || t.length() >= 2 && t.length() <= 8 && t.charAt(0) == '#'
                    && Ascii.allDigits(t.substring(1))) {
                start = i;
                continue;
            }
            break;
        }
        return start;
    }
}
