package org.chancery.archive.index;

import java.util.List;

/**
 * A passage of a cable's text with the matched terms marked as character ranges, so that each caller renders
 * them its own way (bold on a terminal, {@code <mark>} in a page, offsets in JSON).
 *
 * @param text       the passage (passages joined by " … ")
 * @param highlights the matched ranges, in order, {@code [start, end)} in {@code text}
 */
public record Snippet(String text, List<Range> highlights) {

    public Snippet {
        highlights = List.copyOf(highlights);
    }

    public record Range(int start, int end) {
    }

    /** The text with each highlight wrapped in {@code open} and {@code close}. */
    public String marked(String open, String close) {
        StringBuilder b = new StringBuilder(text.length() + highlights.size() * (open.length() + close.length()));
        int at = 0;
        for (Range r : highlights) {
            b.append(text, at, r.start()).append(open).append(text, r.start(), r.end()).append(close);
            at = r.end();
        }
        return b.append(text, at, text.length()).toString();
    }
}
