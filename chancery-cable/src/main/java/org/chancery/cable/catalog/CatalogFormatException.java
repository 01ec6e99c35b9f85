package org.chancery.cable.catalog;

/** A catalog file that does not follow its format: names the file, the line and what is wrong. */
public final class CatalogFormatException extends IllegalArgumentException {

    private final String source;
    private final int line;

    public CatalogFormatException(String source, int line, String problem) {
        super(source + ":" + line + ": " + problem);
        this.source = source;
        this.line = line;
    }

    /** The file or resource name. */
    public String source() {
        return source;
    }

    /** The 1-based line number. */
    public int line() {
        return line;
    }
}
