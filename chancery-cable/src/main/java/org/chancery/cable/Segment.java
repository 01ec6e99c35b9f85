package org.chancery.cable;

/**
 * A run of the cable text, {@code [start, end)} in characters, and what it is. The segments of a parsed cable
 * tile its text exactly, in order, with no gap and no overlap: that is what makes the round trip lossless and
 * lets every byte be traced to the part of the model it became.
 */
public record Segment(Kind kind, int start, int end) {

    public enum Kind {
        // ACP 127 envelope
        START_OF_MESSAGE, ROUTING, STATION, SECURITY, FORMAT, FROM, TO, INFO, EXCLUSION,
        TEXT_DELIMITER, SSN_REPEAT, END_OF_MESSAGE,
        // Telegram text
        CLASSIFICATION, CAPTION, PASSING, EO, TAGS, SUBJECT, REFERENCES, CLASSIFIED_BY, PARAGRAPH, PAGE_MARKER,
        SIGNATURE,
        // Anything else
        BLANK, TEXT
    }

    public int length() {
        return end - start;
    }
}
