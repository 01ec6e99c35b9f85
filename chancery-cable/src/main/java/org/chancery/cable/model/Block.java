package org.chancery.cable.model;

/**
 * A piece of the body of the telegram text, in document order: a paragraph, a page or section marker met in the
 * middle of the text, or text the reader did not recognise (kept, never dropped).
 */
public sealed interface Block {

    /**
     * A paragraph. {@code number} is null for an unnumbered paragraph; {@code marking} is null when it carries
     * no portion mark; {@code text} is the paragraph without number and mark, its lines joined by single
     * spaces.
     */
    record Paragraph(Integer number, PortionMark marking, String text) implements Block {
    }

    /** A page or section marker such as {@code PAGE 02 ROME 01196 01 OF 02 082030Z}, as written (trimmed). */
    record PageMarker(String text) implements Block {
    }

    /** Text kept as written (trimmed lines joined by newlines). */
    record Text(String text) implements Block {
    }
}
