package org.chancery.cable.lint;

/** A 1-based line and column in the cable text; {@link #WHOLE} (0:0) when a finding concerns the whole cable. */
public record Position(int line, int column) {

    public static final Position WHOLE = new Position(0, 0);

    public boolean isWhole() {
        return line == 0;
    }
}
