package org.chancery.cable.write;

import java.util.ArrayList;
import java.util.List;

/**
 * Divides a body among sections. Whole blocks go into a section while they fit; a block that does not fit
 * starts the next section, unless it would not fit an empty section either: then it is cut at a line boundary
 * (wrapped lines end between words, so no word is split), filling what is left of the current section.
 *
 * <p>A reader joining the sections again takes a later section's first body line, when it opens no paragraph
 * (no number, no portion mark), as the rest of the paragraph the section before ended with. So a section never
 * starts with a whole <em>bare</em> block (a subheading, kept text): such a block is cut so that it starts in
 * the section before, or, when none of it fits there, the last line of that section comes along with it (and
 * when that section holds a single line, the block's first line stays in it, over the limit).
 */
final class Sections {

    private Sections() {
    }

    /** Lines {@code from} to {@code to} of body block {@code block}. */
    private record Piece(int block, int from, int to) {
        int lines() {
            return to - from;
        }
    }

    /** The body blocks of each section, in order; never empty. */
    static List<List<List<String>>> divide(TelegramLayout layout, int limit) {
        // "SECTION nn OF mm" has the same width for every nn and mm below 100, so section 01 OF 01 measures all.
        List<List<String>> firstHeading = new ArrayList<>(layout.classificationBlock(1, 1, true));
        firstHeading.addAll(layout.heading(true));
        firstHeading.addAll(layout.firstOnly());
        List<List<String>> otherHeading = new ArrayList<>(layout.classificationBlock(1, 1, true));
        otherHeading.addAll(layout.heading(false));
        int emptyUsed = CanonicalWriter.size(otherHeading);
        List<List<String>> body = layout.body();

        List<List<Piece>> sections = new ArrayList<>();
        List<Piece> current = new ArrayList<>();
        int used = CanonicalWriter.size(firstHeading);
        for (int b = 0; b < body.size(); b++) {
            List<String> block = body.get(b);
            int from = 0;
            while (from < block.size()) {
                if (from == 0 && layout.bare().get(b) && current.isEmpty() && !sections.isEmpty()) {
                    // a fresh section would open with the bare block: bring the end of the section before along
                    List<Piece> before = sections.getLast();
                    List<Piece> carried = carry(before, layout);
                    if (carried.isEmpty()) {
                        before.add(new Piece(b, 0, 1)); // it holds a single line: the block starts there
                        from = 1;
                        continue;
                    }
                    current.addAll(carried);
                    used = size(emptyUsed, carried, body);
                }
                List<String> rest = block.subList(from, block.size());
                int cost = (used > 0 ? 1 : 0) + CanonicalWriter.size(rest, rest.size());
                if (used + cost <= limit) {
                    current.add(new Piece(b, from, block.size()));
                    used += cost;
                    break;
                }
                boolean fitsEmpty = emptyUsed + (emptyUsed > 0 ? 1 : 0) + CanonicalWriter.size(rest, rest.size())
                        <= limit;
                boolean bareStart = from == 0 && layout.bare().get(b); // would open the next section
                int lines = fitsEmpty && !current.isEmpty() && !bareStart ? 0 : linesThatFit(rest, used, limit);
                if (lines == 0 && current.isEmpty()) lines = 1; // every section carries some of the body
                if (lines > 0) {
                    current.add(new Piece(b, from, from + lines));
                    from += lines;
                }
                List<Piece> carried = from == 0 && layout.bare().get(b) ? carry(current, layout) : List.of();
                if (from == 0 && layout.bare().get(b) && carried.isEmpty()) {
                    // nothing can come along (the section holds a single line): the block's first line stays here,
                    // over the limit, rather than open the next section
                    current.add(new Piece(b, 0, 1));
                    from = 1;
                }
                sections.add(current);
                current = new ArrayList<>(carried);
                used = size(emptyUsed, carried, body);
            }
        }
        if (!current.isEmpty() || sections.isEmpty()) sections.add(current);

        List<List<List<String>>> out = new ArrayList<>(sections.size());
        for (List<Piece> section : sections) {
            List<List<String>> blocks = new ArrayList<>(section.size());
            for (Piece p : section) blocks.add(body.get(p.block()).subList(p.from(), p.to()));
            out.add(blocks);
        }
        return out;
    }

    /**
     * The next section would start with a whole bare block: takes lines off the end of {@code current} to go
     * first in the next section, until that opens inside a block or with a paragraph of its own, as long as
     * {@code current} keeps a line.
     */
    private static List<Piece> carry(List<Piece> current, TelegramLayout layout) {
        List<Piece> carried = new ArrayList<>(1);
        while (!current.isEmpty()) {
            Piece last = current.getLast();
            if (last.lines() > 1) {
                current.set(current.size() - 1, new Piece(last.block(), last.from(), last.to() - 1));
                carried.addFirst(new Piece(last.block(), last.to() - 1, last.to()));
                return carried;
            }
            if (current.size() == 1) return carried; // the section keeps its one line
            current.removeLast();
            carried.addFirst(last);
            if (last.from() > 0 || !layout.bare().get(last.block())) return carried;
        }
        return carried;
    }

    /** The characters used after a heading of {@code heading} characters and the pieces, blank lines between. */
    private static int size(int heading, List<Piece> pieces, List<List<String>> body) {
        int used = heading;
        for (Piece p : pieces) {
            used += (used > 0 ? 1 : 0) + CanonicalWriter.size(body.get(p.block()).subList(p.from(), p.to()), p.lines());
        }
        return used;
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
