package org.chancery.cable;

import org.chancery.cable.model.Cable;

import java.util.List;

/**
 * What the reader returns, never throwing: the typed {@link Cable}, the text it was read from, the segments
 * that tile that text, and the diagnostics collected on the way.
 *
 * @param name        the source's name: the file name without its extension (e.g. {@code 09PRAGUE589})
 * @param format      plain text or a Cablegate HTML page
 * @param source      the input exactly as given (for HTML, the whole page)
 * @param text        the cable text: for plain text the same as {@code source.text()}; for HTML the text of the
 *                    page's {@code <pre>} blocks with entities decoded
 * @param cable       the typed model
 * @param segments    the layout of {@code text}: contiguous, in order, covering all of it
 * @param diagnostics what the reader found wrong or odd, in text order
 */
public record ParsedCable(
        String name,
        SourceFormat format,
        Source source,
        String text,
        Cable cable,
        List<Segment> segments,
        List<Diagnostic> diagnostics) {

    public ParsedCable {
        segments = List.copyOf(segments);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The cable text rebuilt from its segments: equal to {@link #text()} for every input. */
    public String original() {
        StringBuilder sb = new StringBuilder(text.length());
        for (Segment s : segments) sb.append(text, s.start(), s.end());
        return sb.toString();
    }

    public String textOf(Segment segment) {
        return text.substring(segment.start(), segment.end());
    }

    public boolean hasErrors() {
        for (Diagnostic d : diagnostics) {
            if (d.severity() == Severity.ERROR) return true;
        }
        return false;
    }
}
