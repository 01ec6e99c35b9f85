package org.chancery.cable.read;

import org.chancery.cable.Diagnostic;
import org.chancery.cable.Segment;
import org.chancery.cable.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * What the parts of the reader share while reading one cable: the lines, the segments laid so far and the
 * diagnostics. Segments are laid by whole lines, in order: {@link #lay} covers lines up to and including the
 * given one, and {@link #fillTo} covers anything skipped as plain text, so the segments always tile the text.
 */
public final class ReadContext {

    private final Lines lines;
    private final String hintName;
    private final List<Segment> segments = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private int laidTo; // offset up to which segments have been laid

    public ReadContext(Lines lines, String hintName) {
        this.lines = lines;
        this.hintName = hintName;
    }

    public Lines lines() {
        return lines;
    }

    /** The source name (file name without extension), a hint for the year of body-only extracts. May be null. */
    public String hintName() {
        return hintName;
    }

    /** Lays a segment of {@code kind} from the first unlaid offset through the end of line {@code lastLine}. */
    public void lay(Segment.Kind kind, int lastLine) {
        int end = lines.next(lastLine);
        if (end <= laidTo) return;
        segments.add(new Segment(kind, laidTo, end));
        laidTo = end;
    }

    /** Lays whatever lies before line {@code line} and is not yet laid as {@link Segment.Kind#TEXT}. */
    public void fillTo(int line) {
        int to = line < lines.count() ? lines.start(line) : lines.text().length();
        if (to > laidTo) {
            segments.add(new Segment(Segment.Kind.TEXT, laidTo, to));
            laidTo = to;
        }
    }

    public int laidTo() {
        return laidTo;
    }

    public void report(String rule, Severity severity, int line, int column, String message) {
        diagnostics.add(new Diagnostic(rule, severity, line + 1, column + 1, message));
    }

    public void report(String rule, Severity severity, String message) {
        diagnostics.add(new Diagnostic(rule, severity, 0, 0, message));
    }

    public List<Segment> segments() {
        return segments;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
