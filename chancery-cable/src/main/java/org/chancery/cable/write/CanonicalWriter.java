package org.chancery.cable.write;

import org.chancery.cable.model.Cable;
import org.chancery.cable.model.Envelope;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a cable in canonical form: ACP 127 format lines 1 to 16 around the telegram text, lines wrapped at
 * {@value #WIDTH} columns, split into sections when the telegram text is longer than a section may be. It
 * writes from the typed model only, so two equal cables write the same text. See {@code docs/canonical-form.md}.
 */
public final class CanonicalWriter {

    /** The line width of the canonical form (teleprinter convention kept by State telegrams). */
    public static final int WIDTH = 69;

    /**
     * The default largest telegram text of one section, in characters (line ends counted). Cablegate sections
     * hold 4,700 to 6,000 characters of text; past this the cable goes as sections of its own.
     */
    public static final int DEFAULT_SECTION_LIMIT = 6000;

    private CanonicalWriter() {
    }

    /** The whole cable as one text: its sections, when it is split, follow one another. */
    public static String write(Cable cable) {
        return join(cable, writeSections(cable));
    }

    /** The whole cable as one text, split into sections of at most {@code sectionLimit} characters of text. */
    public static String write(Cable cable, int sectionLimit) {
        return join(cable, writeSections(cable, sectionLimit));
    }

    /** The cable's sections, each a complete transmission (a single one when the text fits one section). */
    public static List<String> writeSections(Cable cable) {
        return writeSections(cable, DEFAULT_SECTION_LIMIT);
    }

    /**
     * The cable's sections. A section's telegram text (from its classification line to its last line) holds at
     * most {@code sectionLimit} characters unless a single line of it is longer, or the heading every section
     * repeats already fills it (each section then carries at least one line of the body).
     */
    public static List<String> writeSections(Cable cable, int sectionLimit) {
        if (sectionLimit < 1) throw new IllegalArgumentException("section limit must be positive: " + sectionLimit);
        TelegramLayout layout = TelegramLayout.of(cable.telegram(), WIDTH);
        List<List<String>> whole = new ArrayList<>(layout.classificationBlock(null, null, false));
        whole.addAll(layout.heading(true));
        whole.addAll(layout.firstOnly());
        whole.addAll(layout.body());
        if (size(whole) <= sectionLimit) return List.of(transmission(cable.envelope(), null, true, whole));

        List<List<List<String>>> bodies = Sections.divide(layout, sectionLimit);
        int count = bodies.size();
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            List<List<String>> blocks = new ArrayList<>(layout.classificationBlock(i + 1, count, true));
            blocks.addAll(layout.heading(i == 0));
            if (i == 0) blocks.addAll(layout.firstOnly());
            blocks.addAll(bodies.get(i));
            out.add(transmission(cable.envelope(), Notation.pad(i + 1, 2), i == 0, blocks));
        }
        return out;
    }

    /**
     * One section: the envelope's lines (if any) around the blocks, every line ending in a newline. The first
     * section carries what stood above the envelope (its preamble).
     */
    private static String transmission(Envelope envelope, String section, boolean first, List<List<String>> blocks) {
        StringBuilder sb = new StringBuilder();
        if (envelope != null && first) appendLines(sb, envelope.preamble());
        if (envelope != null) appendLines(sb, EnvelopeLines.head(envelope, section, WIDTH));
        appendLines(sb, joinBlocks(blocks));
        if (envelope != null) appendLines(sb, EnvelopeLines.tail(envelope));
        return sb.toString();
    }

    /** Sections follow one another; without an envelope a blank line keeps them apart. */
    private static String join(Cable cable, List<String> sections) {
        return String.join(cable.envelope() == null ? "\n" : "", sections);
    }

    static List<String> joinBlocks(List<List<String>> blocks) {
        List<String> lines = new ArrayList<>();
        for (List<String> block : blocks) {
            if (!lines.isEmpty()) lines.add("");
            lines.addAll(block);
        }
        return lines;
    }

    /** The characters of blocks written out: each line and its newline, a blank line between blocks. */
    static int size(List<List<String>> blocks) {
        int n = 0;
        for (List<String> block : blocks) {
            if (n > 0) n++;
            n += size(block, block.size());
        }
        return n;
    }

    /** The characters of the first {@code count} lines of a block, newlines included. */
    static int size(List<String> block, int count) {
        int n = 0;
        for (int i = 0; i < count; i++) n += block.get(i).length() + 1;
        return n;
    }

    private static void appendLines(StringBuilder sb, List<String> lines) {
        for (String line : lines) sb.append(line).append('\n');
    }
}
