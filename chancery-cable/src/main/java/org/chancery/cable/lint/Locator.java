package org.chancery.cable.lint;

import org.chancery.cable.ParsedCable;
import org.chancery.cable.Segment;
import org.chancery.cable.read.Lines;

import java.util.ArrayList;
import java.util.List;

/**
 * Points findings at the text: turns an offset into a line and column, and finds the segment of a given kind
 * (or a word inside it) in the layout the reader left. Every lookup falls back to something less precise —
 * the segment's first line, then {@link Position#WHOLE} — so a rule never fails for want of a position.
 */
public final class Locator {

    private final ParsedCable parsed;
    private final Lines lines;

    public Locator(ParsedCable parsed) {
        this.parsed = parsed;
        this.lines = new Lines(parsed.text());
    }

    public Lines lines() {
        return lines;
    }

    /** The 1-based line and column of a character offset (the last line when past the end). */
    public Position at(int offset) {
        int n = lines.count();
        if (n == 0) return new Position(1, 1);
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) { // the last line whose start <= offset
            int mid = (lo + hi + 1) >>> 1;
            if (lines.start(mid) <= offset) lo = mid;
            else hi = mid - 1;
        }
        return new Position(lo + 1, Math.max(0, offset - lines.start(lo)) + 1);
    }

    /** The segments of one kind, in text order. */
    public List<Segment> segments(Segment.Kind kind) {
        List<Segment> out = new ArrayList<>();
        for (Segment s : parsed.segments()) {
            if (s.kind() == kind) out.add(s);
        }
        return out;
    }

    /** The first non-blank character of the first segment of {@code kind}, or {@link Position#WHOLE}. */
    public Position first(Segment.Kind kind) {
        for (Segment s : parsed.segments()) {
            if (s.kind() == kind) return at(skipBlank(s.start(), s.end()));
        }
        return Position.WHOLE;
    }

    /** The first non-blank character of the {@code index}-th (0-based) segment of {@code kind}, else the first. */
    public Position nth(Segment.Kind kind, int index) {
        List<Segment> all = segments(kind);
        if (index >= 0 && index < all.size()) return at(skipBlank(all.get(index).start(), all.get(index).end()));
        return first(kind);
    }

    /**
     * Where {@code needle} first occurs inside a segment of one of {@code kinds} (searched in that order of
     * kinds); the first segment of the first kind present when it does not occur; {@link Position#WHOLE} when
     * none of the kinds is present.
     */
    public Position find(String needle, Segment.Kind... kinds) {
        if (needle != null && !needle.isEmpty()) {
            String text = parsed.text();
            for (Segment.Kind kind : kinds) {
                for (Segment s : parsed.segments()) {
                    if (s.kind() != kind) continue;
                    int i = text.substring(s.start(), s.end()).indexOf(needle);
                    if (i >= 0) return at(s.start() + i);
                }
            }
        }
        for (Segment.Kind kind : kinds) {
            Position p = first(kind);
            if (!p.isWhole()) return p;
        }
        return Position.WHOLE;
    }

    private int skipBlank(int from, int to) {
        String text = parsed.text();
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) i++;
        return i < to ? i : from;
    }
}
