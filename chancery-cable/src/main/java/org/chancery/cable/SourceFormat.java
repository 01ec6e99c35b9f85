package org.chancery.cable;

/** What the reader was given. */
public enum SourceFormat {
    /** A plain-text cable. */
    TEXT,
    /** A Cablegate HTML page, whose cable text is in its {@code <pre>} blocks. */
    HTML
}
