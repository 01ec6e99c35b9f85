package org.chancery.cable.write;

import java.util.ArrayList;
import java.util.List;

/**
 * Divides a body among sections. Whole blocks go into a section while they fit; a block that does not fit
 * starts the next section, unless it would not fit an empty section either: then it is cut at a line boundary
 * (wrapped lines end between words, so no word is split), filling what is left of the current section.
 */
final class Sections {

    private Sections() {
    }

    /** The body blocks of each section, in order; never empty. */
    static List<List<List<String>>> divide(TelegramLayout layout, int limit) {
        // "SECTION nn OF mm" has the same width for every nn and mm below 100, so section 01 OF 01 measures all.
        List<List<String>> firstHeading = new ArrayList<>(layout.classificationBlock(1, 1, true));
        firstHeading.addAll(layout.heading());
        List<List<String>> otherHeading = new ArrayList<>(firstHeading);
        firstHeading.addAll(layout.firstOnly());

        List<List<List<String>>> sections = new ArrayList<>();
        List<List<String>> current = new ArrayList<>();
        int used = CanonicalWriter.size(firstHeading);
        for (List<String> whole : layout.body()) {
            List<String> block = whole;
            while (block != null) {
                int cost = (used > 0 ? 1 : 0) + CanonicalWriter.size(block, block.size());
                if (used + cost <= limit) {
                    current.add(block);
                    used += cost;
                    block = null;
                    continue;
                }
                int emptyUsed = CanonicalWriter.size(otherHeading);
                boolean fitsEmpty = emptyUsed + (emptyUsed > 0 ? 1 : 0) + CanonicalWriter.size(block, block.size())
                        <= limit;
                int lines = fitsEmpty && !current.isEmpty() ? 0 : linesThatFit(block, used, limit);
                if (lines == 0 && current.isEmpty()) lines = 1; // every section carries some of the body
                if (lines > 0) {
                    current.add(block.subList(0, lines));
                    block = lines < block.size() ? block.subList(lines, block.size()) : null;
                }
                sections.add(current);
                current = new ArrayList<>();
                used = emptyUsed;
            }
        }
        if (!current.isEmpty() || sections.isEmpty()) sections.add(current);
        return sections;
    }

    private static int linesThatFit(List<String> block, int used, int limit) {
        int n = used + (used > 0 ? 1 : 0);
        int lines = 0;
        while (lines < block.size() && n + block.get(lines).length() + 1 <= limit) {
            n += block.get(lines).length() + 1;
            lines++;
        }
        return lines;
    }
}
